package cn.liangxin.graph.maps;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import cn.liangxin.graph.support.Api;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.GraphQl;
import cn.liangxin.graph.support.TestStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code networkMap} and {@code GET /api/maps/{format}} over the example district,
 * checked against the park membership and covered units counted straight from the CSV
 * files.
 */
@GraphIntegrationTest
class MapsIT {

	static final Map<String, byte[]> BUNDLE = TestStore.bundle("ledger/example-district");

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestStore store;

	@Autowired
	ExecutionGraphQlService service;

	@LocalServerPort
	int port;

	GraphQlTester graphQl;

	final HttpClient http = HttpClient.newHttpClient();

	/**
	 * Where the time went, per statement (printed, not asserted: the build machine is
	 * shared).
	 */
	@AfterAll
	static void printStatementTimes(@Autowired MeterRegistry meters) {
		meters.find("liangxin.cypher")
			.timers()
			.stream()
			.filter(t -> t.getId().getTag("query").startsWith("map"))
			.sorted(java.util.Comparator.comparing((Timer t) -> t.getId().getTag("query")))
			.forEach(t -> System.out.printf("statement %-24s %4d runs, mean %7.1f ms, max %7.1f ms%n",
					t.getId().getTag("query"), t.count(), t.mean(java.util.concurrent.TimeUnit.MILLISECONDS),
					t.max(java.util.concurrent.TimeUnit.MILLISECONDS)));
	}

	@BeforeEach
	void load() {
		this.store.exampleDistrict();
		this.graphQl = GraphQl.tester(this.service);
	}

	record Node(String id, String entityId, String kind, String label, double x, double y, Double lat, Double lon,
			double size, String cluster) {
	}

	record Edge(String id, String source, String target, String kind) {
	}

	@ParameterizedTest
	@ValueSource(strings = { "P11-1", "P11-2", "P11-3" })
	void theMapOfAParkHoldsExactlyItsActiveOrganizationsAndTheirCoverage(String park) {
		long started = System.nanoTime();
		var response = this.graphQl.documentName("networkMap").variable("scope", Map.of("parkId", park)).execute();
		long millis = (System.nanoTime() - started) / 1_000_000;
		List<Node> nodes = response.path("networkMap.nodes").entityList(Node.class).get();
		List<Edge> edges = response.path("networkMap.edges").entityList(Edge.class).get();
		response.path("networkMap.truncated").entity(Boolean.class).isEqualTo(false);
		System.out.printf("networkMap park %s: %d nodes, %d edges, %d ms (first call includes warm-up)%n", park,
				nodes.size(), edges.size(), millis);

		Set<String> expected = activeOrganizationsOfPark(park);
		assertThat(entities(nodes, "ORGANIZATION")).containsExactlyInAnyOrderElementsOf(expected);
		Set<List<String>> covers = edges.stream()
			.filter(e -> e.kind().equals("COVERS"))
			.map(e -> List.of(e.source(), e.target()))
			.collect(Collectors.toSet());
		Set<List<String>> expectedCovers = rows("party_org_units.csv").stream()
			.filter(c -> expected.contains(c[1]))
			.map(c -> List.of("PARTY_ORGANIZATION:" + c[0], "ORGANIZATION:" + c[1]))
			.collect(Collectors.toSet());
		assertThat(covers).isEqualTo(expectedCovers);
		assertThat(entities(nodes, "PARK")).contains(park);
		assertThat(entities(nodes, "BUILDING")).containsAll(buildingsOf(park));
		assertWellFormed(nodes, edges);
		// a second call: the same picture (the layout is deterministic)
		long again = System.nanoTime();
		var second = this.graphQl.documentName("networkMap")
			.variable("scope", Map.of("parkId", park))
			.execute()
			.path("networkMap.nodes")
			.entityList(Node.class)
			.get();
		System.out.printf("networkMap park %s again: %d ms%n", park, (System.nanoTime() - again) / 1_000_000);
		assertThat(second).isEqualTo(nodes);
	}

	@Test
	void aTruncatedMapKeepsTheMostConnectedNodesAndNoDanglingEdge() {
		var response = this.graphQl.documentName("networkMap")
			.variable("scope", Map.of("parkId", "P11-2"))
			.variable("maxNodes", 10)
			.execute();
		response.path("networkMap.truncated").entity(Boolean.class).isEqualTo(true);
		List<Node> nodes = response.path("networkMap.nodes").entityList(Node.class).get();
		List<Edge> edges = response.path("networkMap.edges").entityList(Edge.class).get();
		assertThat(nodes).hasSizeLessThanOrEqualTo(10).isNotEmpty();
		assertWellFormed(nodes, edges);
		// the park itself is the best connected node of its map
		assertThat(entities(nodes, "PARK")).containsExactly("P11-2");
	}

	@Test
	void includeRestrictsTheKindsAndGeoLayoutWorks() {
		var response = this.graphQl.documentName("networkMap")
			.variable("scope", Map.of("parkId", "P11-1"))
			.variable("include", List.of("ORGANIZATION", "PARTY_ORGANIZATION"))
			.variable("layout", "GEO")
			.execute();
		List<Node> nodes = response.path("networkMap.nodes").entityList(Node.class).get();
		List<Edge> edges = response.path("networkMap.edges").entityList(Edge.class).get();
		assertThat(nodes).extracting(Node::kind).containsOnly("ORGANIZATION", "PARTY_ORGANIZATION");
		assertThat(edges).extracting(Edge::kind).doesNotContain("IN_PARK", "IN_BUILDING", "GUIDES");
		assertWellFormed(nodes, edges);
	}

	@Test
	void theMapOfAnAreaHoldsItsOrganizationsAndChildAreas() {
		String street = "310121003000";
		var response = this.graphQl.documentName("networkMap").variable("scope", Map.of("areaCode", street)).execute();
		List<Node> nodes = response.path("networkMap.nodes").entityList(Node.class).get();
		List<Edge> edges = response.path("networkMap.edges").entityList(Edge.class).get();
		Set<String> communities = rows("areas.csv").stream()
			.filter(c -> c[3].equals(street))
			.map(c -> c[0])
			.collect(Collectors.toSet());
		Set<String> expected = rows("organizations.csv").stream()
			.filter(c -> !c[12].equals("DEREGISTERED") && (c[6].equals(street) || communities.contains(c[6])))
			.map(c -> c[0])
			.collect(Collectors.toSet());
		assertThat(entities(nodes, "ORGANIZATION")).containsExactlyInAnyOrderElementsOf(expected);
		Set<String> areas = new HashSet<>(communities);
		areas.add(street);
		assertThat(entities(nodes, "AREA")).containsExactlyInAnyOrderElementsOf(areas);
		assertThat(edges.stream().filter(e -> e.kind().equals("PART_OF")).count()).isEqualTo(communities.size());
		assertWellFormed(nodes, edges);
	}

	@Test
	void theThreeJsonFormatsHoldTheSameNodes() throws Exception {
		int count = this.graphQl.documentName("networkMap")
			.variable("scope", Map.of("parkId", "P11-3"))
			.execute()
			.path("networkMap.nodes")
			.entityList(Node.class)
			.get()
			.size();
		JsonNode g6 = get("/api/maps/g6?parkId=P11-3", 200);
		assertThat(g6.get("nodes")).hasSize(count);
		assertThat(g6.get("nodes").get(0).get("style").get("x").isNumber()).isTrue();
		assertThat(g6.get("edges").get(0).get("data").get("kind").isString()).isTrue();
		JsonNode echarts = get("/api/maps/echarts?parkId=P11-3&layout=GEO", 200);
		assertThat(echarts.get("nodes")).hasSize(count);
		assertThat(echarts.get("categories")).hasSize(NodeKind.values().length);
		assertThat(echarts.get("links").size()).isEqualTo(g6.get("edges").size());
		JsonNode cytoscape = get("/api/maps/cytoscape?parkId=P11-3", 200);
		assertThat(cytoscape.get("elements").get("nodes")).hasSize(count);
		assertThat(cytoscape.get("elements").get("nodes").get(0).get("position").get("y").isNumber()).isTrue();
		JsonNode small = get("/api/maps/g6?areaCode=310121003000&maxNodes=10", 200);
		assertThat(small.get("nodes").size()).isLessThanOrEqualTo(10);
	}

	@Test
	void badArgumentsAreClassifiedAndNamed() throws Exception {
		assertError("{ networkMap(scope: {parkId: \"P11-1\"}, maxNodes: -1) { truncated } }", ErrorType.BAD_REQUEST,
				"maxNodes", "-1");
		assertError("{ networkMap(scope: {parkId: \"P11-1\"}, maxNodes: 20001) { truncated } }", ErrorType.BAD_REQUEST,
				"maxNodes", "20001");
		assertError("{ networkMap(scope: {parkId: \"NOPE\"}) { truncated } }", ErrorType.NOT_FOUND, "scope.parkId",
				"NOPE");
		assertError("{ networkMap(scope: {areaCode: \"999\"}) { truncated } }", ErrorType.NOT_FOUND, "scope.areaCode",
				"999");
		assertThat(get("/api/maps/svg?parkId=P11-1", 404).get("message").asString()).contains("format").contains("svg");
		assertThat(get("/api/maps/g6?parkId=NOPE", 404).get("message").asString()).contains("scope.parkId")
			.contains("NOPE");
		assertThat(get("/api/maps/g6?parkId=P11-1&maxNodes=-1", 400).get("message").asString()).contains("maxNodes");
		assertThat(get("/api/maps/g6?parkId=P11-1&areaCode=310121003000", 400).get("message").asString())
			.contains("scope");
		assertThat(get("/api/maps/g6", 400).get("message").asString()).contains("parkId");
	}

	// ---- helpers
	// ------------------------------------------------------------------------------

	static void assertWellFormed(List<Node> nodes, List<Edge> edges) {
		Set<String> ids = nodes.stream().map(Node::id).collect(Collectors.toSet());
		assertThat(ids).as("node ids unique").hasSize(nodes.size());
		assertThat(edges.stream().map(Edge::id).collect(Collectors.toSet())).as("edge ids unique")
			.hasSize(edges.size());
		for (Node n : nodes) {
			assertThat(Double.isFinite(n.x()) && Double.isFinite(n.y())).as("position of %s", n.id()).isTrue();
			assertThat(n.id()).isEqualTo(n.kind() + ":" + n.entityId());
		}
		for (Edge e : edges) {
			assertThat(ids).as("ends of %s", e.id()).contains(e.source(), e.target());
		}
		assertThat(nodes).noneMatch(n -> n.kind().equals("MEMBER"));
	}

	static Set<String> entities(List<Node> nodes, String kind) {
		return nodes.stream().filter(n -> n.kind().equals(kind)).map(Node::entityId).collect(Collectors.toSet());
	}

	static Set<String> buildingsOf(String park) {
		return rows("buildings.csv").stream().filter(c -> c[2].equals(park)).map(c -> c[0]).collect(Collectors.toSet());
	}

	/** Active organizations of a park: its park_id, or a building of the park. */
	static Set<String> activeOrganizationsOfPark(String park) {
		Set<String> buildings = buildingsOf(park);
		return rows("organizations.csv").stream()
			.filter(c -> !c[12].equals("DEREGISTERED"))
			.filter(c -> c[7].equals(park) || buildings.contains(c[8]))
			.map(c -> c[0])
			.collect(Collectors.toSet());
	}

	static List<String[]> rows(String file) {
		return TestStore.text(BUNDLE, file)
			.lines()
			.skip(1)
			.filter(l -> !l.isBlank())
			.map(l -> l.split(",", -1))
			.toList();
	}

	private JsonNode get(String path, int status) throws Exception {
		var response = this.http.send(Api.request(this.port, path).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
		return JSON.readTree(response.body());
	}

	private void assertError(String document, ErrorType type, String argument, String value) {
		this.graphQl.document(document).execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType()).isEqualTo(type);
			assertThat(errors.get(0).getMessage()).contains(argument).contains(value).doesNotContain("Exception");
		});
	}

}
