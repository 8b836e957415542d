package cn.liangxin.graph.maps;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A benchmark of {@code networkMap} and {@code clusters} against an already running
 * service (not a test: run it by hand against any server, e.g. one holding a generated
 * city):
 *
 * <pre>
 * java -cp ... cn.liangxin.graph.maps.MapsBench --url http://127.0.0.1:8080/graphql \
 *     --park P11-1 --park P11-2 --street 310121003000 [--runs 7] [--warmup 2] [--maxNodes 2000]
 * </pre>
 *
 * Prints a Markdown table of the median and slowest latency (wall clock, client side) per
 * scope and query, with the size of the answer.
 */
public final class MapsBench {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String MAP = """
			query($scope: Scope!, $maxNodes: Int, $layout: Layout) {
			  networkMap(scope: $scope, maxNodes: $maxNodes, layout: $layout) { truncated nodes { id x y } edges { id } }
			}""";

	private static final String CLUSTERS = """
			query($scope: Scope!, $method: ClusterMethod) {
			  clusters(scope: $scope, method: $method) { modularity clusters { id size eligibleUnits coverage { total } } }
			}""";

	/** HTTP Basic of the user the bench runs as (the service needs a login). */
	private static String AUTHORIZATION = "";

	private MapsBench() {
	}

	public static void main(String[] args) throws Exception {
		String url = "http://127.0.0.1:8080/graphql";
		int runs = 7;
		int warmup = 2;
		int maxNodes = 2000;
		String credentials = "admin:" + System.getenv().getOrDefault("LIANGXIN_ADMIN_PASSWORD", "");
		var scopes = new LinkedHashMap<String, Map<String, String>>();
		for (int i = 0; i < args.length; i++) {
			String value = i + 1 < args.length ? args[i + 1] : "";
			switch (args[i]) {
				case "--url" -> url = value;
				case "--runs" -> runs = Integer.parseInt(value);
				case "--warmup" -> warmup = Integer.parseInt(value);
				case "--maxNodes" -> maxNodes = Integer.parseInt(value);
				case "--user" -> credentials = value;
				case "--park" -> scopes.put("park " + value, Map.of("parkId", value));
				case "--street", "--area" -> scopes.put("area " + value, Map.of("areaCode", value));
				default -> throw new IllegalArgumentException("Unknown argument " + args[i]
						+ " (use --url, --user name:password, --park, --street, --area, --runs, --warmup, --maxNodes)");
			}
			i++;
		}
		if (scopes.isEmpty()) {
			throw new IllegalArgumentException("Name at least one --park or --street");
		}
		AUTHORIZATION = "Basic " + java.util.Base64.getEncoder()
			.encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		System.out.println("| scope | query | answer | median ms | max ms |");
		System.out.println("|---|---|---|---:|---:|");
		for (var scope : scopes.entrySet()) {
			for (String layout : List.of("FORCE", "GEO")) {
				Map<String, Object> variables = Map.of("scope", scope.getValue(), "maxNodes", maxNodes, "layout",
						layout);
				row(http, url, scope.getKey(), "networkMap " + layout, MAP, variables, runs, warmup,
						data -> data.get("networkMap").get("nodes").size() + " nodes, "
								+ data.get("networkMap").get("edges").size() + " edges"
								+ (data.get("networkMap").get("truncated").asBoolean() ? " (truncated)" : ""));
			}
			for (String method : List.of("LEIDEN", "LOUVAIN", "WCC", "KMEANS")) {
				Map<String, Object> variables = Map.of("scope", scope.getValue(), "method", method);
				row(http, url, scope.getKey(), "clusters " + method, CLUSTERS, variables, runs, warmup,
						data -> data.get("clusters").get("clusters").size() + " clusters");
			}
		}
	}

	private static void row(HttpClient http, String url, String scope, String name, String query,
			Map<String, Object> variables, int runs, int warmup, java.util.function.Function<JsonNode, String> describe)
			throws Exception {
		String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
		var request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.header("Authorization", AUTHORIZATION)
			.timeout(Duration.ofMinutes(5))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		List<Long> times = new ArrayList<>();
		String answer = "";
		for (int i = 0; i < warmup + runs; i++) {
			long started = System.nanoTime();
			var response = http.send(request, HttpResponse.BodyHandlers.ofString());
			long millis = (System.nanoTime() - started) / 1_000_000;
			JsonNode json = JSON.readTree(response.body());
			if (response.statusCode() != 200 || json.has("errors")) {
				System.out.printf("| %s | %s | error: %s | | |%n", scope, name,
						json.has("errors") ? json.get("errors") : response.statusCode());
				return;
			}
			answer = describe.apply(json.get("data"));
			if (i >= warmup) {
				times.add(millis);
			}
		}
		long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("| %s | %s | %s | %d | %d |%n", scope, name, answer, sorted[sorted.length / 2],
				Arrays.stream(sorted).max().orElse(0));
	}

}
