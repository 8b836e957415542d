package cn.liangxin.graph.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * Under the {@code testcontainers} profile: starts Neo4j 5.26 with APOC and GDS in a container
 * once per test run and points {@code spring.neo4j.uri} at it, so the same integration tests run
 * against an external server (and no embedded one starts).
 */
public class Neo4jContainerSession implements LauncherSessionListener {

	private Neo4jContainer neo4j;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		this.neo4j = new Neo4jContainer("neo4j:5.26-community")
			.withEnv("NEO4J_PLUGINS", "[\"apoc\",\"graph-data-science\"]")
			.withEnv("NEO4J_dbms_security_procedures_unrestricted", "gds.*,apoc.*")
			.withAdminPassword("liangxin-test");
		this.neo4j.start();
		System.setProperty("spring.neo4j.uri", this.neo4j.getBoltUrl());
		System.setProperty("spring.neo4j.authentication.username", "neo4j");
		System.setProperty("spring.neo4j.authentication.password", "liangxin-test");
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (this.neo4j != null) {
			this.neo4j.stop();
		}
	}
}
