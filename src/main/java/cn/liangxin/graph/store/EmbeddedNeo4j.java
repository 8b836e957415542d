package cn.liangxin.graph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j Community server running inside this JVM, reachable only over Bolt on a loopback
 * port. The application talks to it through the normal driver, exactly as to an external server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final DatabaseManagementService management;

	private final URI boltUri;

	private EmbeddedNeo4j(DatabaseManagementService management, URI boltUri) {
		this.management = management;
		this.boltUri = boltUri;
	}

	/** Starts the server with its files under {@code home} and GDS and APOC registered. */
	public static EmbeddedNeo4j start(Path home, String pageCache, String transactionMemoryMax) {
		long started = System.nanoTime();
		int port = freeLoopbackPort();
		SocketAddress address = new SocketAddress("127.0.0.1", port);
		DatabaseManagementService management = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, address)
			.setConfig(BoltConnector.advertised_address, address)
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			// Loopback only and never advertised beyond this machine, so no authentication.
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
			.setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(transactionMemoryMax))
			.setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*", "apoc.*"))
			.setConfig(BoltConnectorInternalSettings.unsupported_bolt_unauth_connection_timeout, Duration.ofMinutes(1))
			.build();
		GraphDatabaseService db = management.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		GlobalProcedures procedures = ((GraphDatabaseAPI) db).getDependencyResolver()
			.resolveDependency(GlobalProcedures.class);
		ProcedureRegistration.registerAll(procedures);
		URI uri = URI.create("bolt://127.0.0.1:" + port);
		log.info("Embedded Neo4j started at {} with files under {} in {} ms", uri, home.toAbsolutePath(),
				(System.nanoTime() - started) / 1_000_000);
		return new EmbeddedNeo4j(management, uri);
	}

	public URI boltUri() {
		return this.boltUri;
	}

	@Override
	public void close() {
		log.info("Stopping embedded Neo4j");
		this.management.shutdown();
	}

	private static int freeLoopbackPort() {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress("127.0.0.1", 0));
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free loopback port for the embedded Neo4j Bolt connector", ex);
		}
	}
}
