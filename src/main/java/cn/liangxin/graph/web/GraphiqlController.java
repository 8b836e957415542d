package cn.liangxin.graph.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the offline GraphiQL page at {@code /graphiql}.
 *
 * <p>
 * Spring's built-in page is disabled ({@code spring.graphql.graphiql.enabled=false})
 * because it loads its scripts from a CDN; {@code static/graphiql/index.html} loads the
 * same bundles from {@code /vendor/}, which the build copies out of
 * {@code frontend/node_modules}.
 */
@Controller
public class GraphiqlController {

	@GetMapping({ "/graphiql", "/graphiql/" })
	public String graphiql() {
		return "forward:/graphiql/index.html";
	}

}
