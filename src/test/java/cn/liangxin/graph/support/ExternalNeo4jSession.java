package cn.liangxin.graph.support;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Under the {@code external} Maven profile (registered by src/external/resources, and
 * active only where that profile's Failsafe sets {@code liangxin.test.external-neo4j}):
 * starts an {@link ExternalNeo4jServer} in its own JVM once per test run and points
 * {@code spring.neo4j.uri} at it as {@code neo4j://} with its password, so the whole
 * integration suite runs against a server in another process and no embedded one starts.
 */
public class ExternalNeo4jSession implements LauncherSessionListener {

	private Neo4jProcess neo4j;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (!Boolean.getBoolean("liangxin.test.external-neo4j")) {
			return; // the unit tests' JVM (Surefire) needs no server
		}
		this.neo4j = Neo4jProcess.start(Path.of("target", "external-neo4j", UUID.randomUUID().toString()), true);
		System.setProperty("spring.neo4j.uri", this.neo4j.uri());
		System.setProperty("spring.neo4j.authentication.username", Neo4jProcess.USER);
		System.setProperty("spring.neo4j.authentication.password", this.neo4j.password());
		System.out.println("External Neo4j for the integration tests: " + this.neo4j.uri() + " (pid " + this.neo4j.pid()
				+ ", user " + Neo4jProcess.USER + ")");
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (this.neo4j != null) {
			this.neo4j.close();
		}
	}

}
