package cn.liangxin.graph.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.configuration.helpers.SocketAddress;

import cn.liangxin.graph.store.EmbeddedNeo4j;

/**
 * Neo4j 5.26 in a process of its own — the project's own server (EmbeddedNeo4j: the same
 * settings, GDS and APOC registered the same way) behind a {@code main}, as an external
 * server stands for the service: authentication on, Bolt listening on every interface.
 *
 * <pre>
 * java -cp … cn.liangxin.graph.support.ExternalNeo4jServer --home DIR --port 7687 --password SECRET [--no-plugins]
 * </pre>
 *
 * Prints {@value #READY} and the Bolt URI once it answers; stops when its standard input
 * closes (its parent died or closed it) or on SIGTERM, so a test run never leaves one
 * behind.
 */
public final class ExternalNeo4jServer {

	public static final String READY = "EXTERNAL-NEO4J-READY ";

	private ExternalNeo4jServer() {
	}

	public static void main(String[] args) throws IOException {
		Map<String, String> options = options(args);
		int port = Integer.parseInt(options.getOrDefault("port", "7687"));
		boolean plugins = !options.containsKey("no-plugins");
		EmbeddedNeo4j server = EmbeddedNeo4j.start(Path.of(options.getOrDefault("home", "target/external-neo4j")),
				options.getOrDefault("page-cache", "128m"), options.getOrDefault("transaction-memory", "1g"),
				new SocketAddress("0.0.0.0", port), new SocketAddress("127.0.0.1", port),
				options.getOrDefault("password", "liangxin-external"), plugins);
		Runtime.getRuntime().addShutdownHook(new Thread(server::close, "external-neo4j-stop"));
		System.out.println(READY + server.boltUri());
		System.out.flush();
		// Stay up until the parent closes our standard input (or dies, which closes it
		// too).
		while (System.in.read() >= 0) {
			// ignore input
		}
		System.exit(0);
	}

	private static Map<String, String> options(String[] args) {
		var options = new HashMap<String, String>();
		for (int i = 0; i < args.length; i++) {
			String name = args[i].replaceFirst("^--", "");
			boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
			options.put(name, flag ? "" : args[++i]);
		}
		return options;
	}

}
