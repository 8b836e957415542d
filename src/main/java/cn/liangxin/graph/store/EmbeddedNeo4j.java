package cn.liangxin.graph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j Community server running inside this JVM, reachable over Bolt (on loopback
 * unless configured otherwise) with a password. The application talks to it through the
 * normal driver, exactly as to an external server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	/**
	 * The GDS and APOC procedures and functions the service calls (clusters, boundaries):
	 * the only ones given unrestricted access to the database's internals.
	 */
	static final List<String> SERVICE_PROCEDURES = List.of("gds.graph.project", "gds.graph.project.*", "gds.graph.drop",
			"gds.leiden.stream", "gds.louvain.stream", "gds.wcc.stream", "gds.kmeans.stream", "gds.version",
			"apoc.convert.toJson", "apoc.convert.fromJsonMap", "apoc.text.join");

	/** The Bolt user: Community has one administrator, {@code neo4j}. */
	public static final String BOLT_USER = "neo4j";

	private final DatabaseManagementService management;

	private final URI boltUri;

	private final String boltPassword;

	private EmbeddedNeo4j(DatabaseManagementService management, URI boltUri, String boltPassword) {
		this.management = management;
		this.boltUri = boltUri;
		this.boltPassword = boltPassword;
	}

	/**
	 * Starts the server with its files under {@code home} and GDS and APOC registered.
	 * Bolt requires authentication as {@value #BOLT_USER} with {@code boltPassword} (set
	 * anew at every start) and listens on {@code boltAddress} ({@code host:port}; port 0
	 * picks a free one).
	 */
	public static EmbeddedNeo4j start(Path home, String pageCache, String transactionMemoryMax, String boltAddress,
			String boltPassword) {
		SocketAddress address = address(boltAddress);
		return start(home, pageCache, transactionMemoryMax, address, address, boltPassword, true);
	}

	/**
	 * The same with Bolt listening on {@code listen} (e.g. all interfaces) and
	 * advertising {@code advertised} (the address a routing driver is told to use), with
	 * or without GDS and APOC: the external test server (support.ExternalNeo4jServer)
	 * runs the service's own store this way in a process of its own.
	 */
	public static EmbeddedNeo4j start(Path home, String pageCache, String transactionMemoryMax, SocketAddress listen,
			SocketAddress advertised, String boltPassword, boolean plugins) {
		long started = System.nanoTime();
		ownerOnly(home);
		DatabaseManagementService management = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, listen)
			.setConfig(BoltConnector.advertised_address, advertised)
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
			.setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(transactionMemoryMax))
			// The store's own door: only the procedures the service calls, and no LOAD
			// CSV of local files.
			.setConfig(GraphDatabaseSettings.procedure_unrestricted, SERVICE_PROCEDURES)
			.setConfig(GraphDatabaseSettings.allow_file_urls, false)
			.setConfig(BoltConnectorInternalSettings.unsupported_bolt_unauth_connection_timeout, Duration.ofMinutes(1))
			.build();
		if (plugins) {
			GraphDatabaseService db = management.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			GlobalProcedures procedures = ((GraphDatabaseAPI) db).getDependencyResolver()
				.resolveDependency(GlobalProcedures.class);
			ProcedureRegistration.registerAll(procedures);
		}
		// The embedded API runs without authentication, so it may set the password of the
		// Bolt user.
		try {
			management.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER " + BOLT_USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", boltPassword));
		}
		catch (RuntimeException ex) {
			// A configured password (liangxin.store.bolt-password) is already set from
			// the last start.
			if (!samePassword(ex)) {
				management.shutdown();
				throw ex;
			}
		}
		URI uri = URI.create("bolt://" + advertised.getHostname() + ":" + advertised.getPort());
		log.info("Embedded Neo4j started at {} (listening on {}, user {}{}) with files under {} in {} ms", uri, listen,
				BOLT_USER, plugins ? "" : ", without GDS and APOC", home.toAbsolutePath(),
				(System.nanoTime() - started) / 1_000_000);
		return new EmbeddedNeo4j(management, uri, boltPassword);
	}

	public URI boltUri() {
		return this.boltUri;
	}

	public String boltPassword() {
		return this.boltPassword;
	}

	@Override
	public void close() {
		log.info("Stopping embedded Neo4j");
		this.management.shutdown();
	}

	private static boolean samePassword(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (String.valueOf(t.getMessage()).contains("Old password and new password cannot be the same")) {
				return true;
			}
		}
		return false;
	}

	/** {@code host:port}; port 0 picks a free one. */
	public static SocketAddress address(String hostAndPort) {
		int colon = hostAndPort.lastIndexOf(':');
		String host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
		int port = colon < 0 ? 0 : Integer.parseInt(hostAndPort.substring(colon + 1));
		return new SocketAddress(host, port == 0 ? freePort(host) : port);
	}

	private static int freePort(String host) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(host, 0));
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on " + host + " for the embedded Neo4j Bolt connector", ex);
		}
	}

	/**
	 * The store holds party-membership data: its directory is the service user's alone.
	 */
	private static void ownerOnly(Path home) {
		try {
			Files.createDirectories(home);
			Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the store directory " + home, ex);
		}
	}

}
