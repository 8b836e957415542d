package cn.liangxin.graph.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * /graphiql stays the entry point and lands on the offline page. A web slice without the
 * store: the request carries a logged-in user; who may open the page is AccessIT's (real
 * users).
 */
// as every test here: CI runs as root (store.RootGuard)
@WebMvcTest(controllers = GraphiqlController.class, properties = "liangxin.allow-root=true")
class GraphiqlControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void graphiqlForwardsToTheBundledPage() throws Exception {
		this.mvc.perform(get("/graphiql").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(forwardedUrl("/graphiql/index.html"));
	}

}
