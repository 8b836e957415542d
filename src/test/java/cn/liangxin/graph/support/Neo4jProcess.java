package cn.liangxin.graph.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An {@link ExternalNeo4jServer} in a child JVM, with a fresh store and a random
 * password.
 */
public final class Neo4jProcess implements AutoCloseable {

	public static final String USER = "neo4j";

	private final JavaProcess process;

	private final int port;

	private final String password;

	private Neo4jProcess(JavaProcess process, int port, String password) {
		this.process = process;
		this.port = port;
		this.password = password;
	}

	/**
	 * Starts one under {@code dir} (store and log), with or without GDS and APOC, and
	 * waits until Bolt answers.
	 */
	public static Neo4jProcess start(Path dir, boolean plugins) {
		int port = JavaProcess.freePort();
		String password = "ext-" + UUID.randomUUID();
		var args = new ArrayList<>(List.of("--home", dir.resolve("store").toString(), "--port", String.valueOf(port),
				"--password", password));
		if (!plugins) {
			args.add("--no-plugins");
		}
		JavaProcess process = JavaProcess.start("neo4j-" + port, dir.resolve("neo4j.log"), List.of("-Xmx768m"),
				ExternalNeo4jServer.class.getName(), args, line -> line.startsWith(ExternalNeo4jServer.READY));
		process.awaitLine(Duration.ofMinutes(3));
		return new Neo4jProcess(process, port, password);
	}

	/** The routing URI a service uses. */
	public String uri() {
		return "neo4j://127.0.0.1:" + this.port;
	}

	public String password() {
		return this.password;
	}

	public long pid() {
		return this.process.pid();
	}

	/** kill -9 of the server: a crash, or a cluster member lost. */
	public void kill() {
		this.process.kill();
	}

	public JavaProcess process() {
		return this.process;
	}

	@Override
	public void close() {
		this.process.close();
	}

}
