package cn.liangxin.graph.ledger;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.GraphQlTester;

import cn.liangxin.graph.coverage.CoverageAnalytics;
import cn.liangxin.graph.coverage.CoverageFigures;
import cn.liangxin.graph.network.Scope;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.GraphQl;
import cn.liangxin.graph.support.TestStore;

import static cn.liangxin.graph.support.Quarters.ADDED;
import static cn.liangxin.graph.support.Quarters.DISTRICT;
import static cn.liangxin.graph.support.Quarters.Q2;
import static cn.liangxin.graph.support.Quarters.Q2_BUNDLE;
import static cn.liangxin.graph.support.Quarters.Q3;
import static cn.liangxin.graph.support.Quarters.STREET;
import static cn.liangxin.graph.support.Quarters.changes;
import static cn.liangxin.graph.support.Quarters.facts;
import static cn.liangxin.graph.support.Quarters.q3;
import static cn.liangxin.graph.support.Quarters.rows;
import static cn.liangxin.graph.support.Quarters.within;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Two quarters of the example district (docs/domain.md, "History"). Q2 is the example
 * ledger; Q3 is made from it here: a firm added, one deregistered, one dropped from the
 * ledger, a party organization dissolved, a coverage link and an officer assignment
 * changed. The expected figures of each quarter are those of its bundle imported alone
 * into an empty store: the history must answer each date exactly as that.
 */
@GraphIntegrationTest
class HistoryIT {

	@Autowired
	TestStore store;

	@Autowired
	LedgerImporter importer;

	@Autowired
	CoverageAnalytics coverage;

	@Autowired
	ExecutionGraphQlService service;

	@AfterAll
	static void markChanged(@Autowired TestStore store) {
		store.changed();
	}

	@Test
	@SuppressWarnings("unchecked")
	void eachQuarterIsAnsweredAsItsOwnBundleAloneForEveryStreetAndPark() {
		Map<String, byte[]> q3 = q3();
		List<Scope> scopes = scopes();
		assertThat(scopes).hasSizeGreaterThan(5);

		Map<Scope, CoverageFigures> q2Alone = alone(Q2_BUNDLE, scopes);
		Map<Scope, CoverageFigures> q3Alone = alone(q3, scopes);
		assertThat(q3Alone).as("the quarters differ").isNotEqualTo(q2Alone);

		this.store.clear();
		load(Q2_BUNDLE, ImportOptions.snapshot(Q2, DISTRICT));
		load(q3, ImportOptions.snapshot(Q3, DISTRICT));

		assertThat(figures(scopes, Q2)).isEqualTo(q2Alone);
		assertThat(figures(scopes, null)).isEqualTo(q3Alone);
		assertThat(figures(scopes, Q3)).isEqualTo(q3Alone);
		// before the first quarter there was nothing
		assertThat(this.coverage.coverage(new Scope(DISTRICT, null), Q2.minusDays(1)).figures().total()).isZero();
		assertThat(this.importer.periods()).extracting(Period::asOf).containsExactly(Q2, Q3);

		// over GraphQL, as the first ADMIN: the trend has both points, the changes are
		// exactly those of the two ledgers compared row by row, NEW_UNCOVERED is what
		// appeared unreached
		GraphQlTester graphQl = GraphQl.tester(this.service);
		graphQl
			.document(
					"""
							{ coverageTrend(scope: {areaCode: "310121000000"}) { asOf coverage { total organizationCovered workCovered } } }
							""")
			.execute()
			.path("coverageTrend[*].asOf")
			.entityList(String.class)
			.containsExactly("2026-06-30", "2026-09-30")
			.path("coverageTrend[1].coverage.workCovered")
			.entity(Integer.class)
			.isEqualTo(q3Alone.get(new Scope(DISTRICT, null)).workCovered());
		Map<String, List<String>> expected = changes(facts(Q2_BUNDLE), facts(q3));
		assertThat(expected.keySet()).contains("APPEARED", "DISAPPEARED", "GAINED_ORGANIZATION_COVERAGE",
				"LOST_ORGANIZATION_COVERAGE", "GAINED_WORK_COVERAGE", "LOST_WORK_COVERAGE");
		var response = graphQl.document("""
				{ coverageChanges(from: "2026-06-30", to: "2026-09-30", first: 1000) {
				    totalCount nodes { kind organization { id status } } } }
				""").execute();
		List<Map<String, Object>> nodes = response.path("coverageChanges.nodes")
			.entityList(Map.class)
			.get()
			.stream()
			.map(m -> (Map<String, Object>) m)
			.toList();
		Map<String, List<String>> listed = new LinkedHashMap<>();
		nodes.forEach(n -> listed.computeIfAbsent((String) n.get("kind"), k -> new ArrayList<>())
			.add((String) ((Map<?, ?>) n.get("organization")).get("id")));
		assertThat(listed).isEqualTo(expected);
		response.path("coverageChanges.totalCount")
			.entity(Integer.class)
			.isEqualTo(expected.values().stream().mapToInt(List::size).sum());
		graphQl.document("""
				{ coverageGaps(kinds: [NEW_UNCOVERED], first: 100) { nodes { organization { id } } } }
				""")
			.execute()
			.path("coverageGaps.nodes[*].organization.id")
			.entityList(String.class)
			.containsExactly(ADDED);
		// a gap of Q2 names the firm Q3 left out, as it last stood
		var q3Ids = rows(q3, "organizations.csv").stream().map(r -> r[0]).toList();
		String leftOut = rows(Q2_BUNDLE, "organizations.csv").stream()
			.map(r -> r[0])
			.filter(id -> !q3Ids.contains(id))
			.findFirst()
			.orElseThrow();
		graphQl
			.document(
					"""
							{ coverageGaps(kinds: [UNCOVERED], asOf: "2026-06-30", first: 1000) { nodes { organization { id name } } } }
							""")
			.execute()
			.path("coverageGaps.nodes[*].organization.id")
			.entityList(String.class)
			.contains(leftOut);
		graphQl.document("""
				{ coverageGaps(kinds: [NEW_UNCOVERED], asOf: "2026-06-30", first: 100) { totalCount } }
				""").execute().path("coverageGaps.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void aSnapshotOfOneStreetLeavesTheOthersAndARevertRestoresEveryDate() {
		List<Scope> scopes = scopes();
		this.store.clear();
		load(Q2_BUNDLE, ImportOptions.snapshot(Q2, DISTRICT));
		Map<Scope, CoverageFigures> before = figures(scopes, null);
		var fingerprint = this.store.fingerprint();

		// the street's Q3 ledger: Q3's rows of the street only
		var result = load(within(q3(), STREET), ImportOptions.snapshot(Q3, STREET));

		Map<Scope, CoverageFigures> after = figures(scopes, null);
		boolean streetChanged = false;
		for (Scope scope : scopes) {
			boolean inStreet = scope.areaCode() != null && scope.areaCode().startsWith(STREET.substring(0, 9));
			if (inStreet) {
				streetChanged |= !after.get(scope).equals(before.get(scope));
			}
			else if (scope.areaCode() != null && !scope.areaCode().equals(DISTRICT)) {
				assertThat(after.get(scope)).as("another street %s", scope).isEqualTo(before.get(scope));
			}
		}
		assertThat(streetChanged).as("the street's own figures changed").isTrue();
		assertThat(figures(scopes, Q2)).as("Q2 as it was").isEqualTo(before);

		this.importer.revert(result.importId());
		assertThat(this.store.fingerprint()).isEqualTo(fingerprint);
		assertThat(figures(scopes, null)).isEqualTo(before);
		assertThat(this.importer.periods()).extracting(Period::asOf).containsExactly(Q2);
	}

	@Test
	void onlyTheLatestImportIsRevertedAndAnEarlierDateIsRefusedByName() {
		this.store.clear();
		var first = load(Q2_BUNDLE, ImportOptions.upsert(Q3));
		var second = load(q3(), ImportOptions.upsert(Q3));
		assertThat(this.importer.periods()).singleElement()
			.satisfies(p -> assertThat(p.imports()).extracting(Period.Import::seq).containsExactly(1, 2));
		assertThatExceptionOfType(LedgerImporter.RevertRefusedException.class)
			.isThrownBy(() -> this.importer.revert(first.importId()))
			.withMessageContaining(second.importId());
		assertThatExceptionOfType(LedgerImporter.LedgerRejectedException.class)
			.isThrownBy(() -> this.importer.importBundle(Q2_BUNDLE, ImportOptions.upsert(Q2), LedgerText.CHINESE))
			.satisfies(ex -> assertThat(ex.errors()).singleElement()
				.satisfies(e -> assertThat(e.message()).contains("2026-06-30").contains("2026-09-30")));
	}

	@Test
	void aSnapshotWithRowsOutsideItsAreaIsRefusedNamingThem() {
		this.store.clear();
		load(Q2_BUNDLE, ImportOptions.snapshot(Q2, DISTRICT));
		var fingerprint = this.store.fingerprint();
		assertThatExceptionOfType(LedgerImporter.LedgerRejectedException.class)
			.isThrownBy(() -> this.importer.importBundle(q3(), ImportOptions.snapshot(Q3, STREET), LedgerText.CHINESE))
			.satisfies(ex -> assertThat(ex.errors()).isNotEmpty()
				.allSatisfy(e -> assertThat(e.message()).contains("快照区域").contains(STREET)));
		assertThat(this.store.fingerprint()).isEqualTo(fingerprint);
	}

	// ---- figures
	// ------------------------------------------------------------------------------

	/** Every street, community and park of the example district, and the district. */
	static List<Scope> scopes() {
		List<Scope> scopes = new ArrayList<>();
		rows(Q2_BUNDLE, "areas.csv").forEach(a -> scopes.add(new Scope(a[0], null)));
		rows(Q2_BUNDLE, "parks.csv").forEach(p -> scopes.add(new Scope(null, p[0])));
		return scopes;
	}

	/** Imports, failing with the bundle's errors when it is refused. */
	private LedgerImporter.ImportResult load(Map<String, byte[]> bundle, ImportOptions options) {
		try {
			return this.importer.importBundle(bundle, options, LedgerText.CHINESE);
		}
		catch (LedgerImporter.LedgerRejectedException ex) {
			throw new AssertionError("refused: " + ex.errors().stream().limit(5).toList(), ex);
		}
	}

	private Map<Scope, CoverageFigures> alone(Map<String, byte[]> bundle, List<Scope> scopes) {
		this.store.clear();
		load(bundle, ImportOptions.upsert(Q2));
		var figures = figures(scopes, null);
		this.store.clear();
		return figures;
	}

	private Map<Scope, CoverageFigures> figures(List<Scope> scopes, LocalDate asOf) {
		Map<Scope, CoverageFigures> figures = new LinkedHashMap<>();
		scopes.forEach(s -> figures.put(s, this.coverage.coverage(s, asOf).figures()));
		return figures;
	}

}
