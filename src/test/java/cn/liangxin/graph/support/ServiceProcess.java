package cn.liangxin.graph.support;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import cn.liangxin.graph.Application;

/**
 * The service in a JVM of its own (the test classpath: target/classes and every
 * dependency), on a free HTTP port, against the given Neo4j, with the tests' first ADMIN
 * and no demo city; started and waited for until it says it is started.
 */
public final class ServiceProcess implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final JavaProcess process;

	private final int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private ServiceProcess(JavaProcess process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts one; {@code properties} ({@code name=value}) come last and win. Call
	 * {@link #awaitStarted()} before use.
	 */
	public static ServiceProcess start(String name, Path dir, Neo4jProcess neo4j, List<String> properties) {
		var all = new ArrayList<>(
				List.of("spring.neo4j.uri=" + neo4j.uri(), "spring.neo4j.authentication.username=" + Neo4jProcess.USER,
						"spring.neo4j.authentication.password=" + neo4j.password(), "liangxin.demo=false"));
		all.addAll(properties);
		return start(name, dir, all, "Started Application in");
	}

	/**
	 * Starts one with its own embedded store under {@code dir/data} (or whatever
	 * {@code properties} say), ready once its log shows {@code readyLine}.
	 */
	public static ServiceProcess start(String name, Path dir, List<String> properties, String readyLine) {
		int port = JavaProcess.freePort();
		var args = new ArrayList<>(List.of("--server.port=" + port, "--server.address=127.0.0.1",
				"--liangxin.data-dir=" + dir.resolve("data"), "--liangxin.page-cache=128m",
				"--liangxin.security.admin-password=" + TestUsers.ADMIN_PASSWORD,
				// the tests run as root in CI (store.RootGuard)
				"--liangxin.allow-root=true"));
		properties.forEach(p -> args.add("--" + p));
		JavaProcess process = JavaProcess.start(name, dir.resolve(name + ".log"),
				List.of("-Xmx768m", "-XX:+ExitOnOutOfMemoryError"), Application.class.getName(), args,
				line -> line.contains(readyLine));
		return new ServiceProcess(process, port);
	}

	public ServiceProcess awaitStarted() {
		this.process.awaitLine(Duration.ofMinutes(10));
		return this;
	}

	public int port() {
		return this.port;
	}

	public JavaProcess process() {
		return this.process;
	}

	/** A GraphQL request as the given user; the whole answer (data and errors). */
	public JsonNode graphql(String username, String password, String query) throws Exception {
		HttpResponse<String> response = this.http.send(Api.request(this.port, "/graphql", username, password)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("query", query))))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GraphQL answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

	/** The same as the first ADMIN. */
	public JsonNode graphql(String query) throws Exception {
		return graphql(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD, query);
	}

	/**
	 * GraphQL as the first ADMIN, the raw answer (status and body), bounded by
	 * {@code timeout}.
	 */
	public HttpResponse<String> post(String query, Duration timeout) throws Exception {
		return this.http.send(Api.request(this.port, "/graphql")
			.header("Content-Type", "application/json")
			.timeout(timeout)
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("query", query))))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** {@code POST /api/ledger} with a zip, as the first ADMIN. */
	public HttpResponse<String> importZip(byte[] zip) throws Exception {
		return this.http.send(Api.request(this.port, "/api/ledger")
			.header("Content-Type", "application/zip")
			.timeout(Duration.ofMinutes(5))
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Any GET, as the given user (null: anonymous). */
	public HttpResponse<String> get(String path, String username, String password) throws Exception {
		HttpRequest.Builder request = username == null ? Api.anonymous(this.port, path)
				: Api.request(this.port, path, username, password);
		return this.http.send(request.timeout(Duration.ofSeconds(60)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Override
	public void close() {
		this.process.close();
	}

}
