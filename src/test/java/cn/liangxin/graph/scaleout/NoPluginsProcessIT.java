package cn.liangxin.graph.scaleout;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import cn.liangxin.graph.demo.CityGenerator;
import cn.liangxin.graph.demo.CityParameters;
import cn.liangxin.graph.support.Bundles;
import cn.liangxin.graph.support.Neo4jProcess;
import cn.liangxin.graph.support.ServiceProcess;
import cn.liangxin.graph.support.TestStore;
import cn.liangxin.graph.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service against an external server without GDS and APOC (as Aura Free or
 * Professional has no GDS): it starts, says which capabilities are off in its log and its
 * health details, answers {@code clusters} with an UNAVAILABLE error naming GDS, and
 * everything else works; killed under an import, the import fails whole and readiness
 * goes DOWN while liveness stays UP.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class NoPluginsProcessIT {

	static Neo4jProcess neo4j;

	static ServiceProcess service;

	@BeforeAll
	static void start() {
		Path dir = Path.of("target", "no-plugins", UUID.randomUUID().toString());
		neo4j = Neo4jProcess.start(dir, false);
		service = ServiceProcess.start("service", dir, neo4j, List.of());
		service.awaitStarted();
	}

	@AfterAll
	static void stop() {
		if (service != null) {
			service.close();
		}
		if (neo4j != null) {
			neo4j.close();
		}
	}

	@Test
	@Order(1)
	void theServiceStartsAndSaysInItsLogAndHealthThatGdsAndApocAreOff() throws Exception {
		String log = Files.readString(service.process().log());
		assertThat(log).contains("external server", "GDS absent, APOC absent")
			.contains("Capability off: Graph Data Science (GDS): clusters");
		var health = service.get("/actuator/health", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
		assertThat(health.statusCode()).isEqualTo(200);
		JsonNode store = new ObjectMapper().readTree(health.body()).at("/components/store/details");
		assertThat(store.get("server").asString()).isEqualTo("external");
		assertThat(store.get("uri").asString()).startsWith("neo4j://127.0.0.1:");
		assertThat(store.get("gds").asString()).isEqualTo("absent");
		assertThat(store.get("apoc").asString()).isEqualTo("absent");
		assertThat(store.get("capabilitiesOff").toString()).contains("Graph Data Science (GDS): clusters");
		// anyone else sees the status alone
		var anonymous = service.get("/actuator/health", null, null);
		assertThat(anonymous.body()).doesNotContain("gds");
	}

	@Test
	@Order(2)
	void clustersAnswerUnavailableNamingGdsAndEverythingElseWorks() throws Exception {
		assertThat(service.importZip(Bundles.zip(TestStore.bundle("ledger/example-district"))).statusCode())
			.isEqualTo(200);

		JsonNode clusters = service.graphql("{ clusters(scope: {areaCode: \"310121000000\"}) { method } }");
		JsonNode error = clusters.get("errors").get(0);
		assertThat(error.at("/extensions/classification").asString()).isEqualTo("UNAVAILABLE");
		assertThat(error.get("message").asString()).contains("clusters", "Graph Data Science (GDS)");
		assertThat(clusters.toString()).doesNotContain("Exception", "at cn.liangxin");

		JsonNode rest = service.graphql("""
				{ organizations { totalCount }
				  coverage(scope: {areaCode: "310121000000"}) { total organizationCovered }
				  coverageGaps(scope: {areaCode: "310121000000"}, kinds: [SHOULD_BUILD]) { totalCount }
				  jointBranchCandidates(scope: {parkId: "P11-1"}) { eligibleCount }
				  networkMap(scope: {parkId: "P11-1"}, maxNodes: 100) { nodes { id } } }
				""");
		assertThat(rest.get("errors")).isNull();
		assertThat(rest.at("/data/organizations/totalCount").asInt()).isEqualTo(291); // the
																						// ACTIVE
																						// ones
		assertThat(rest.at("/data/coverage/total").asInt()).isPositive();
		assertThat(rest.at("/data/coverageGaps/totalCount").asInt()).isPositive();
		assertThat(rest.at("/data/networkMap/nodes").size()).isPositive();
	}

	/**
	 * Last: the server is killed under an import (as a failed-over leader), which fails
	 * whole and says to retry.
	 */
	@Test
	@Order(3)
	void anImportWhoseServerGoesAwayAnswers503NothingImportedRetry() throws Exception {
		byte[] city = Bundles.zip(CityGenerator.inMemoryBundle(CityParameters.of(3000, 3L)));
		long linesBefore = Files.readAllLines(service.process().log()).size();
		CompletableFuture<HttpResponse<String>> answer = CompletableFuture.supplyAsync(() -> {
			try {
				return service.importZip(city);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		// once the service is busy with it (reading it against the store, or writing),
		// the server dies
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (!answer.isDone() && System.nanoTime() < deadline
				&& Files.readAllLines(service.process().log())
					.stream()
					.skip(linesBefore)
					.noneMatch(l -> l.contains("Import: "))) {
			Thread.sleep(100);
		}
		neo4j.kill();
		HttpResponse<String> response = answer.get(5, TimeUnit.MINUTES);
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		assertThat(response.body()).contains("本次未导入任何数据").doesNotContain("Exception");
	}

	/**
	 * After the server died: readiness goes DOWN (503), so a load balancer or Kubernetes
	 * stops sending requests, while liveness stays UP, so nothing restarts a process that
	 * is fine and only waits for its store.
	 */
	@Test
	@Order(4)
	void withTheServerGoneReadinessIsDownWhileLivenessStaysUp() throws Exception {
		if (neo4j.process().isAlive()) {
			// the previous test kills it; this one holds on its own
			neo4j.kill();
		}
		HttpResponse<String> readiness = service.get("/actuator/health/readiness", null, null);
		// the driver may still hold a connection it has not yet found broken: bounded
		// polling
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (readiness.statusCode() != 503 && System.nanoTime() < deadline) {
			Thread.sleep(500);
			readiness = service.get("/actuator/health/readiness", null, null);
		}
		assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
		assertThat(readiness.body()).isEqualTo("{\"status\":\"DOWN\"}");
		HttpResponse<String> liveness = service.get("/actuator/health/liveness", null, null);
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(service.get("/actuator/health", null, null).statusCode()).isEqualTo(503);
		assertThat(service.process().isAlive()).isTrue();
	}

}
