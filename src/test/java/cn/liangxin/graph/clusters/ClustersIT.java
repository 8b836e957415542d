package cn.liangxin.graph.clusters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.GraphQl;
import cn.liangxin.graph.support.TestStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code clusters} over the example district: every method partitions exactly the park's
 * active organizations (counted from the CSV files), with coverage figures that add up,
 * and leaves no projected graph behind in the GDS catalog.
 */
@GraphIntegrationTest
class ClustersIT {

	static final Map<String, byte[]> BUNDLE = TestStore.bundle("ledger/example-district");

	@Autowired
	TestStore store;

	@Autowired
	ExecutionGraphQlService service;

	GraphQlTester graphQl;

	/**
	 * Where the time went, per statement (printed, not asserted: the build machine is
	 * shared).
	 */
	@AfterAll
	static void printStatementTimes(@Autowired MeterRegistry meters) {
		meters.find("liangxin.cypher")
			.timers()
			.stream()
			.filter(t -> t.getId().getTag("query").startsWith("cluster"))
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

	record Coverage(int total, int organizationCovered, int workCovered, int uncovered, Double organizationCoverageRate,
			Double workCoverageRate, int standaloneCovered, Double standaloneRate) {
	}

	record Industry(String code, String sectionName, String divisionName) {
	}

	record Cluster(String id, String label, int size, List<String> organizationIds, Coverage coverage,
			Industry dominantIndustry, int eligibleUnits) {
	}

	@ParameterizedTest
	@CsvSource({ "P11-1,LEIDEN", "P11-1,LOUVAIN", "P11-1,WCC", "P11-1,KMEANS", "P11-2,LEIDEN", "P11-2,LOUVAIN",
			"P11-2,WCC", "P11-2,KMEANS", "P11-3,LEIDEN", "P11-3,LOUVAIN", "P11-3,WCC", "P11-3,KMEANS" })
	void partitionsExactlyTheActiveOrganizationsOfEveryPark(String park, String method) {
		long started = System.nanoTime();
		var response = this.graphQl.documentName("clusters")
			.variable("scope", Map.of("parkId", park))
			.variable("method", method)
			.execute();
		long millis = (System.nanoTime() - started) / 1_000_000;
		List<Cluster> clusters = response.path("clusters.clusters").entityList(Cluster.class).get();
		System.out.printf("clusters park %s %s: %d clusters, modularity %s, %d ms%n", park, method, clusters.size(),
				response.path("clusters.modularity").entity(Object.class).get(), millis);

		List<String> all = new ArrayList<>();
		clusters.forEach(c -> all.addAll(c.organizationIds()));
		assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(activeOrganizationsOfPark(park));
		for (Cluster c : clusters) {
			assertThat(c.size()).isEqualTo(c.organizationIds().size()).isPositive();
			assertThat(c.coverage().total()).isEqualTo(c.size());
			assertThat(c.coverage().uncovered()).isEqualTo(c.coverage().total() - c.coverage().workCovered());
			assertThat(c.label()).isNotBlank();
			assertThat(c.eligibleUnits()).isBetween(0, c.size());
		}
		// organizations resolve through the batch loader, in the same order as the ids
		response.path("clusters.clusters[*].organizations[*].id").entityList(String.class).hasSize(all.size());
		if (method.equals("LEIDEN") || method.equals("LOUVAIN")) {
			response.path("clusters.modularity")
				.entity(Double.class)
				.satisfies(q -> assertThat(q).isBetween(-0.5, 1.0));
		}
	}

	@Test
	void coverageAndEligibleUnitsAddUpToTheParkFigures() {
		var clusters = this.graphQl.documentName("clusters")
			.variable("scope", Map.of("parkId", "P11-2"))
			.execute()
			.path("clusters.clusters")
			.entityList(Cluster.class)
			.get();
		var coverage = this.graphQl
			.document("{ coverage(scope: {parkId: \"P11-2\"}) { total organizationCovered workCovered } }")
			.execute();
		assertThat(clusters.stream().mapToInt(c -> c.coverage().total()).sum())
			.isEqualTo(coverage.path("coverage.total").entity(Integer.class).get());
		assertThat(clusters.stream().mapToInt(c -> c.coverage().organizationCovered()).sum())
			.isEqualTo(coverage.path("coverage.organizationCovered").entity(Integer.class).get());
		assertThat(clusters.stream().mapToInt(c -> c.coverage().workCovered()).sum())
			.isEqualTo(coverage.path("coverage.workCovered").entity(Integer.class).get());
		int gaps = this.graphQl
			.document("{ coverageGaps(scope: {parkId: \"P11-2\"}, kinds: [JOINT_CANDIDATE], first: 0) { totalCount } }")
			.execute()
			.path("coverageGaps.totalCount")
			.entity(Integer.class)
			.get();
		assertThat(clusters.stream().mapToInt(Cluster::eligibleUnits).sum()).isEqualTo(gaps);
	}

	@Test
	void leavesNoProjectedGraphBehindAndIsRepeatable() {
		var first = this.graphQl.documentName("clusters")
			.variable("scope", Map.of("areaCode", "310121003000"))
			.execute()
			.path("clusters.clusters[*].organizationIds")
			.entityList(Object.class)
			.get();
		var second = this.graphQl.documentName("clusters")
			.variable("scope", Map.of("areaCode", "310121003000"))
			.execute()
			.path("clusters.clusters[*].organizationIds")
			.entityList(Object.class)
			.get();
		assertThat(second).isEqualTo(first);
		try (var session = this.store.session()) {
			long left = session.run(
					"CALL gds.graph.list() YIELD graphName WHERE graphName STARTS WITH 'clusters-' RETURN count(*) AS n")
				.single()
				.get("n")
				.asLong();
			assertThat(left).isZero();
		}
	}

	@Test
	void kmeansTakesK() {
		var clusters = this.graphQl.documentName("clusters")
			.variable("scope", Map.of("parkId", "P11-2"))
			.variable("method", "KMEANS")
			.variable("k", 3)
			.execute()
			.path("clusters.clusters")
			.entityList(Cluster.class)
			.get();
		assertThat(clusters).hasSizeLessThanOrEqualTo(3);
	}

	@Test
	void badArgumentsAreClassifiedAndNamed() {
		assertError("{ clusters(scope: {parkId: \"NOPE\"}) { modularity } }", ErrorType.NOT_FOUND, "scope.parkId",
				"NOPE");
		assertError("{ clusters(scope: {parkId: \"P11-1\"}, method: KMEANS, k: 0) { modularity } }",
				ErrorType.BAD_REQUEST, "k", "0");
		assertError("{ clusters(scope: {parkId: \"P11-1\"}, weights: {proximityMeters: -5}) { modularity } }",
				ErrorType.BAD_REQUEST, "weights.proximityMeters", "-5");
	}

	private void assertError(String document, ErrorType type, String argument, String value) {
		this.graphQl.document(document).execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType()).isEqualTo(type);
			assertThat(errors.get(0).getMessage()).contains(argument).contains(value).doesNotContain("Exception");
		});
	}

	static Set<String> activeOrganizationsOfPark(String park) {
		Set<String> buildings = rows("buildings.csv").stream()
			.filter(c -> c[2].equals(park))
			.map(c -> c[0])
			.collect(Collectors.toSet());
		return new HashSet<>(rows("organizations.csv").stream()
			.filter(c -> !c[12].equals("DEREGISTERED"))
			.filter(c -> c[7].equals(park) || buildings.contains(c[8]))
			.map(c -> c[0])
			.toList());
	}

	static List<String[]> rows(String file) {
		return TestStore.text(BUNDLE, file)
			.lines()
			.skip(1)
			.filter(l -> !l.isBlank())
			.map(l -> l.split(",", -1))
			.toList();
	}

}
