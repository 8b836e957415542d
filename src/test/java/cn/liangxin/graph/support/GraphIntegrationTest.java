package cn.liangxin.graph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * An integration test against the real in-process Neo4j, started once per test JVM: every
 * test class carries exactly this configuration, so Spring caches and shares one context
 * (and one embedded server) between them. With {@code -Dspring.neo4j.uri=...} the same
 * tests run against an external server instead (see the {@code testcontainers} Maven
 * profile).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "liangxin.demo=false", "liangxin.allow-root=true",
				"liangxin.data-dir=target/it-neo4j/${random.uuid}", "liangxin.page-cache=128m",
				"liangxin.security.admin-password=" + TestUsers.ADMIN_PASSWORD,
				// five builds share two cores here: the first, cold district queries of
				// the browser
				// test passed the service's 30 s limit under that load; no test measures
				// the limit
				"liangxin.query-timeout=120s",
				// a second import waits this long for the first before its 409
				// (ImportLockIT)
				"liangxin.import.lock-wait=5s",
				// the test's own identity provider key: JwtIT signs with its private half
				"spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:jwt/test-public.pem" })
@Import({ TestStore.class, TestUsers.class })
// Every test runs as the real first ADMIN, loaded from the store by the service's own
// user
// details service (security stays on); tests of area scope switch to other users
// (TestUsers).
@WithUserDetails(value = TestUsers.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
public @interface GraphIntegrationTest {

}
