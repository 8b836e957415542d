package cn.liangxin.graph.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import cn.liangxin.graph.Application;
import cn.liangxin.graph.demo.CityGenerator;
import cn.liangxin.graph.demo.CityParameters;
import cn.liangxin.graph.ledger.BundleFiles;
import cn.liangxin.graph.ledger.LedgerImporter;
import cn.liangxin.graph.store.EmbeddedNeo4j;

/**
 * The service beside its closest peer, @neo4j/graphql 7 on Apollo Server (bench/peer),
 * both serving the same embedded Neo4j store, as a user choosing between the two would
 * try them: the same questions over loopback HTTP from the same client, runs alternating
 * A B A B, and the ratio of throughputs per workload and concurrency. Before timing, each
 * workload's answers are compared, so the two sides are known to answer the same
 * question.
 * <p>
 * {@code mvn -Pbench verify -DskipTests -Dbench.peer.sizes=3000,20000}; writes
 * {@code target/bench/peer.md}. Needs {@code npm ci} in bench/peer (the profile runs it).
 */
public final class PeerBench {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String ADMIN_PASSWORD = "peer-bench-admin";

	static final String BOLT_PASSWORD = "peer-bench-bolt";

	private static final StringBuilder report = new StringBuilder();

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		List<Integer> sizes = Arrays.stream(options.getOrDefault("sizes", "3000,20000").split(","))
			.map(String::strip)
			.map(Integer::parseInt)
			.toList();
		int rounds = Integer.parseInt(options.getOrDefault("rounds", "4"));
		double seconds = Double.parseDouble(options.getOrDefault("seconds", "4"));
		List<Integer> concurrency = Arrays.stream(options.getOrDefault("concurrency", "1,8").split(","))
			.map(String::strip)
			.map(Integer::parseInt)
			.toList();
		Path peerDir = Path.of(options.getOrDefault("peer", "bench/peer"));
		Path out = Path.of(options.getOrDefault("out", "target/bench"));
		Files.createDirectories(out);
		Path work = Files.createTempDirectory("liangxin-peer-bench");
		line("# The service beside @neo4j/graphql, " + LocalDate.now() + "\n");
		line("Machine: " + Bench.machine() + ". Both serve the same embedded Neo4j 5.26 store (in the "
				+ "service's JVM); the peer is @neo4j/graphql " + peerVersion(peerDir) + " on Apollo Server "
				+ "(bench/peer), the service answers with HTTP Basic (its password checked once per credentials), "
				+ "the peer without authentication (its default). The same Java client asks both over loopback; "
				+ rounds + " rounds of " + seconds + " s per side, alternating A B A B; figures are the median "
				+ "requests/s of the rounds; ratio = service / peer (above 1: the service is faster).\n");
		for (int size : sizes) {
			city(size, rounds, seconds, concurrency, peerDir, work.resolve("city-" + size));
			Files.writeString(out.resolve("peer.md"), report, StandardCharsets.UTF_8);
		}
		line("""
				What the peer cannot express at all, so has no column: coverage rates (组织覆盖率 / 工作覆盖率 need
				"covered by a party organization OR guided by an officer" counted over an area and every area
				below it), every gap kind but the plainest (SHOULD_BUILD needs member counts compared with a
				threshold per organization, HIDDEN_MEMBERS a member held by no party organization covering their
				employer), joint-branch plans and simulations, officer plans, clusters, and maps ready to draw.
				Its park of an organization is the direct IN_PARK only (not "through its building"), so W2 and
				W3 use parks whose organizations all sit in them directly, which the answer check confirms.
				""");
		Files.writeString(out.resolve("peer.md"), report, StandardCharsets.UTF_8);
		System.out.println("\nWritten to " + out.resolve("peer.md"));
		System.exit(0);
	}

	private static void city(int organizations, int rounds, double seconds, List<Integer> concurrency, Path peerDir,
			Path dir) throws Exception {
		Path bundle = dir.resolve("bundle");
		new CityGenerator().writeBundle(CityParameters.of(organizations, 7L), bundle);
		try (var context = start(dir.resolve("store"))) {
			context.getBean(LedgerImporter.class).importBundle(BundleFiles.fromDirectory(bundle));
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
			var bolt = context.getBean(EmbeddedNeo4j.class).boltUri();
			Inputs inputs = inputs(context.getBean(Driver.class));
			Process peer = startPeer(peerDir, bolt.toString());
			try {
				var service = new Side("service", URI.create("http://127.0.0.1:" + port + "/graphql"),
						"Basic " + Base64.getEncoder()
							.encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
				var other = new Side("peer", URI.create("http://127.0.0.1:" + PEER_PORT + "/"), null);
				List<Workload> workloads = workloads(inputs);
				line("## " + String.format("%,d", organizations) + " organizations\n");
				line("Inputs: W1 organization " + inputs.organization() + "; W2 park " + inputs.park() + " ("
						+ inputs.parkOrganizations() + " organizations); W4 street " + inputs.street() + ".\n");
				for (Workload w : workloads) {
					String a = w.ours().apply(post(service, w.serviceQuery(), w.variables()));
					String b = w.theirs().apply(post(other, w.peerQuery(), w.variables()));
					if (!a.equals(b)) {
						throw new IllegalStateException(
								w.name() + ": the answers differ\nservice: " + a + "\npeer:    " + b);
					}
				}
				line("| workload | clients | service req/s | peer req/s | ratio |");
				line("|---|---:|---:|---:|---:|");
				for (int clients : concurrency) {
					for (Workload w : workloads) {
						double[] ours = new double[rounds];
						double[] theirs = new double[rounds];
						for (int r = 0; r < rounds; r++) {
							// A B, then B A: neither side always runs on a warmer machine
							if (r % 2 == 0) {
								ours[r] = throughput(service, w.serviceQuery(), w.variables(), clients, seconds);
								theirs[r] = throughput(other, w.peerQuery(), w.variables(), clients, seconds);
							}
							else {
								theirs[r] = throughput(other, w.peerQuery(), w.variables(), clients, seconds);
								ours[r] = throughput(service, w.serviceQuery(), w.variables(), clients, seconds);
							}
						}
						double a = median(ours);
						double b = median(theirs);
						line(String.format("| %s | %d | %,.0f | %,.0f | %.2f× |", w.name(), clients, a, b, a / b));
						System.out.println(report.substring(report.lastIndexOf("\n", report.length() - 2) + 1).strip());
					}
				}
				line("");
			}
			finally {
				peer.destroy();
				if (!peer.waitFor(10, TimeUnit.SECONDS)) {
					peer.destroyForcibly();
				}
			}
		}
	}

	record Inputs(String organization, String park, int parkOrganizations, String street) {
	}

	/**
	 * The workload's inputs, chosen so both sides can be asked the very same question.
	 */
	private static Inputs inputs(Driver driver) {
		try (var session = driver.session()) {
			String organization = session.run("""
					MATCH (o:Organization {status: 'ACTIVE'})-[:IN_PARK]->(:Park)
					WHERE EXISTS { (o)<-[:COVERS]-(:PartyOrganization) }
					RETURN o.id AS id ORDER BY id LIMIT 1
					""").single().get("id").asString();
			// the peer knows only direct IN_PARK: a park whose organizations are all
			// directly in it
			var park = session
				.run("""
						MATCH (p:Park)<-[:IN_PARK]-(o:Organization)
						WHERE NOT EXISTS { (p)<-[:IN_PARK]-(:Building)<-[:IN_BUILDING]-(x:Organization) WHERE NOT (x)-[:IN_PARK]->(p) }
						RETURN p.id AS id, count(o) AS n ORDER BY n DESC, id LIMIT 1
						""")
				.single();
			String street = session.run("""
					MATCH (s:Area {level: 'STREET'})<-[:PART_OF*0..1]-(:Area)<-[:IN_AREA]-(o:Organization)
					RETURN s.code AS code, count(o) AS n ORDER BY n DESC, code LIMIT 1
					""").single().get("code").asString();
			return new Inputs(organization, park.get("id").asString(), park.get("n").asInt(), street);
		}
	}

	record Workload(String name, String serviceQuery, String peerQuery, Map<String, Object> variables,
			Function<JsonNode, String> ours, Function<JsonNode, String> theirs) {
	}

	private static List<Workload> workloads(Inputs in) {
		var w1 = new Workload("W1 organization by id with party organizations and park",
				"""
						query($id: ID!) { organization(id: $id) { name partyOrganizations { id name formation } park { name } } }
						""",
				"""
						query($id: ID!) { organizations(where: {id: {eq: $id}}) { name partyOrganizations { id name formation } park { name } } }
						""",
				Map.of("id", in.organization()),
				r -> organization(r.at("/data/organization"), r.at("/data/organization/park/name").asString()),
				r -> organization(r.at("/data/organizations/0"), r.at("/data/organizations/0/park/0/name").asString()));
		var w2 = new Workload("W2 page of 100 active organizations of a park, party organizations and members", """
				query($park: ID!) { organizations(filter: {scope: {parkId: $park}}, first: 100) { totalCount
				  nodes { id name members partyOrganizations { id name } } } }
				""", """
				query($park: ID!) { organizationsConnection(first: 100, sort: [{id: ASC}],
				    where: {status: {eq: "ACTIVE"}, park: {some: {id: {eq: $park}}}}) { totalCount
				  edges { node { id name membersConnection { totalCount } partyOrganizations { id name } } } } }
				""", Map.of("park", in.park()),
				r -> page(r.at("/data/organizations/totalCount").asInt(), r.at("/data/organizations/nodes"), n -> n,
						n -> n.get("members").asInt()),
				r -> page(r.at("/data/organizationsConnection/totalCount").asInt(),
						r.at("/data/organizationsConnection/edges"), e -> e.get("node"),
						n -> n.at("/membersConnection/totalCount").asInt()));
		var w3 = new Workload("W3 active organizations per park", """
				{ parks { id organizationCount } }
				""", """
				{ parks { id organizationsConnection(where: {node: {status: {eq: "ACTIVE"}}}) { totalCount } } }
				""", Map.of(), r -> perPark(r.at("/data/parks"), "id", row -> row.get("organizationCount").asInt()),
				r -> perPark(r.at("/data/parks"), "id", row -> row.at("/organizationsConnection/totalCount").asInt()));
		var w4 = new Workload("W4 a street's uncovered organizations (first 100)",
				"""
						query($street: ID!) { coverageGaps(scope: {areaCode: $street}, kinds: [UNCOVERED], first: 100) { totalCount
						  nodes { organization { id name } } } }
						""",
				"""
						query($street: ID!) { organizationsConnection(first: 100, sort: [{id: ASC}], where: {
						    status: {eq: "ACTIVE"},
						    OR: [{area: {some: {code: {eq: $street}}}}, {area: {some: {parent: {some: {code: {eq: $street}}}}}}],
						    partyOrganizationsAggregate: {count: {eq: 0}}, officersAggregate: {count: {eq: 0}}}) { totalCount
						  edges { node { id name } } } }
						""",
				Map.of("street", in.street()),
				r -> ids(r.at("/data/coverageGaps/totalCount").asInt(), r.at("/data/coverageGaps/nodes"),
						n -> n.get("organization")),
				r -> ids(r.at("/data/organizationsConnection/totalCount").asInt(),
						r.at("/data/organizationsConnection/edges"), e -> e.get("node")));
		return List.of(w1, w2, w3, w4);
	}

	private static String organization(JsonNode o, String park) {
		var parties = new TreeSet<String>();
		o.get("partyOrganizations")
			.forEach(p -> parties.add(p.get("id").asString() + "/" + p.get("formation").asString()));
		return o.get("name").asString() + " " + parties + " " + park;
	}

	private static String page(int total, JsonNode list, Function<JsonNode, JsonNode> node,
			Function<JsonNode, Integer> members) {
		var rows = new ArrayList<String>();
		list.forEach(item -> {
			JsonNode n = node.apply(item);
			var parties = new TreeSet<String>();
			n.get("partyOrganizations").forEach(p -> parties.add(p.get("id").asString()));
			rows.add(n.get("id").asString() + ":" + members.apply(n) + parties);
		});
		return total + " " + rows;
	}

	private static String perPark(JsonNode rows, String key, Function<JsonNode, Integer> count) {
		var counts = new TreeMap<String, Integer>();
		rows.forEach(r -> {
			int n = count.apply(r);
			if (n > 0) {
				counts.put(r.get(key).asString(), n);
			}
		});
		return counts.toString();
	}

	private static String ids(int total, JsonNode list, Function<JsonNode, JsonNode> node) {
		var rows = new ArrayList<String>();
		list.forEach(item -> rows.add(node.apply(item).get("id").asString()));
		return total + " " + rows;
	}

	record Side(String name, URI uri, String authorization) {
	}

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static JsonNode post(Side side, String query, Map<String, Object> variables) throws Exception {
		var response = HTTP.send(request(side, query, variables), HttpResponse.BodyHandlers.ofString());
		JsonNode body = JSON.readTree(response.body());
		if (response.statusCode() != 200 || body.has("errors")) {
			throw new IllegalStateException(
					side.name() + " answered " + response.statusCode() + ": " + response.body());
		}
		return body;
	}

	private static HttpRequest request(Side side, String query, Map<String, Object> variables) {
		var builder = HttpRequest.newBuilder(side.uri())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))));
		if (side.authorization() != null) {
			builder.header("Authorization", side.authorization());
		}
		return builder.build();
	}

	/**
	 * Requests per second over {@code seconds}, {@code clients} threads each asking one
	 * after the other.
	 */
	private static double throughput(Side side, String query, Map<String, Object> variables, int clients,
			double seconds) throws Exception {
		HttpRequest request = request(side, query, variables);
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<Integer>> done = new ArrayList<>();
			long started = System.nanoTime();
			for (int c = 0; c < clients; c++) {
				done.add(pool.submit(() -> {
					int n = 0;
					while (running.get()) {
						var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() != 200) {
							throw new IllegalStateException(side.name() + " answered " + response.statusCode());
						}
						n++;
					}
					return n;
				}));
			}
			Thread.sleep((long) (seconds * 1000));
			running.set(false);
			int total = 0;
			for (Future<Integer> f : done) {
				total += f.get();
			}
			return total / ((System.nanoTime() - started) / 1e9);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	}

	static final int PEER_PORT = 4417;

	private static Process startPeer(Path peerDir, String boltUri) throws Exception {
		var builder = new ProcessBuilder("node", "server.mjs").directory(peerDir.toFile()).redirectErrorStream(true);
		builder.environment()
			.putAll(Map.of("NEO4J_URI", boltUri, "NEO4J_USER", "neo4j", "NEO4J_PASSWORD", BOLT_PASSWORD, "PORT",
					String.valueOf(PEER_PORT)));
		Process peer = builder.start();
		var output = new BufferedReader(new InputStreamReader(peer.getInputStream(), StandardCharsets.UTF_8));
		String first = output.readLine();
		if (first == null || !first.startsWith("peer ready")) {
			peer.destroyForcibly();
			throw new IllegalStateException("the peer did not start: " + first);
		}
		Thread echo = new Thread(() -> output.lines().forEach(l -> System.out.println("peer: " + l)));
		echo.setDaemon(true);
		echo.start();
		return peer;
	}

	private static String peerVersion(Path peerDir) throws Exception {
		return JSON.readTree(Files.readString(peerDir.resolve("package.json")))
			.at("/dependencies/@neo4j~1graphql")
			.asString();
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(Application.class).run("--liangxin.demo=false",
				"--liangxin.allow-root=true", "--liangxin.data-dir=" + dataDir, "--liangxin.page-cache=1g",
				"--liangxin.transaction-memory=3g", "--server.port=0",
				"--liangxin.security.admin-password=" + ADMIN_PASSWORD,
				"--liangxin.store.bolt-password=" + BOLT_PASSWORD, "--logging.level.root=WARN");
	}

	private static void line(String text) {
		report.append(text).append('\n');
	}

}
