package cn.liangxin.graph.support;

import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * A GraphQL tester over the application's own execution service, no HTTP client needed.
 */
public final class GraphQl {

	private GraphQl() {
	}

	public static GraphQlTester tester(ExecutionGraphQlService service) {
		return ExecutionGraphQlServiceTester.create(service);
	}

}
