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

import cn.liangxin.graph.coverage.CoverageAnalytics;
import cn.liangxin.graph.coverage.CoverageFigures;
import cn.liangxin.graph.network.Scope;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.TestStore;

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

	static final LocalDate Q2 = LocalDate.parse("2026-06-30");

	static final LocalDate Q3 = LocalDate.parse("2026-09-30");

	static final String DISTRICT = "310121000000";

	static final String STREET = "310121001000";

	static final Map<String, byte[]> Q2_BUNDLE = TestStore.bundle("ledger/example-district");

	@Autowired
	TestStore store;

	@Autowired
	LedgerImporter importer;

	@Autowired
	CoverageAnalytics coverage;

	@AfterAll
	static void markChanged(@Autowired TestStore store) {
		store.changed();
	}

	@Test
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

	// ---- the quarters
	// -------------------------------------------------------------------------

	/**
	 * Q3: the example ledger with one unreached firm dropped (and every row naming it),
	 * one deregistered, one added, a party organization dissolved (its units uncovered,
	 * its members held nowhere), a coverage link added and an officer assignment moved.
	 */
	static Map<String, byte[]> q3() {
		var b = new LinkedHashMap<>(Q2_BUNDLE);
		List<String[]> orgs = rows(b, "organizations.csv");
		List<String[]> units = rows(b, "party_org_units.csv");
		List<String[]> assignments = rows(b, "officer_assignments.csv");

		String deregistered = units.get(7)[1];
		String dissolved = rows(b, "party_orgs.csv").stream()
			.filter(p -> p[3].equals("STANDALONE") && !p[0].equals(units.get(0)[0]) && !p[0].equals(units.get(3)[0])
					&& !p[0].equals(units.get(7)[0]))
			.map(p -> p[0])
			.filter(p -> units.stream().anyMatch(u -> u[0].equals(p)))
			.findFirst()
			.orElseThrow();
		var covered = units.stream().map(u -> u[1]).collect(Collectors.toSet());
		var guided = assignments.stream().map(a -> a[1]).collect(Collectors.toSet());
		List<String> uncovered = orgs.stream()
			.filter(o -> o[12].equals("ACTIVE") && !covered.contains(o[0]) && !guided.contains(o[0]))
			.map(o -> o[0])
			.toList();
		// an unreached firm leaves the ledger (its record would otherwise name a party
		// organization covering nothing else)
		String dropped = uncovered.get(3);
		String nowCovered = uncovered.get(0);
		String nowGuided = uncovered.get(1);
		String[] added = orgs.stream().filter(o -> o[0].equals(uncovered.get(2))).findFirst().orElseThrow().clone();
		added[0] = "91310011009999X0";
		added[1] = "上海新设立测试有限公司";

		edit(b, "organizations.csv", row -> !row[0].equals(dropped), row -> {
			if (row[0].equals(deregistered)) {
				row[12] = "DEREGISTERED";
			}
			return row;
		}, List.<String[]>of(added));
		edit(b, "party_orgs.csv", row -> !row[0].equals(dissolved), row -> {
			if (row[4].equals(dissolved)) {
				row[4] = "";
			}
			return row;
		}, List.of());
		edit(b, "party_org_units.csv", row -> !row[1].equals(dropped) && !row[0].equals(dissolved),
				UnaryOperator.identity(), List.<String[]>of(new String[] { units.get(0)[0], nowCovered }));
		edit(b, "officer_assignments.csv", row -> !row[1].equals(dropped) && !row.equals(assignments.get(0)),
				UnaryOperator.identity(),
				List.<String[]>of(new String[] { assignments.get(0)[0], nowGuided, "2026-08-01" }));
		edit(b, "org_links.csv", row -> !row[0].equals(dropped) && !row[1].equals(dropped), UnaryOperator.identity(),
				List.of());
		edit(b, "members.csv", row -> true, row -> {
			if (row[3].equals(dropped)) {
				row[3] = "";
			}
			if (row[2].equals(dissolved)) {
				row[2] = "";
			}
			return row;
		}, List.of());
		return b;
	}

	/**
	 * The rows of a bundle within one street: its areas, parks, buildings, organizations,
	 * party organizations, officers and every link among them.
	 */
	static Map<String, byte[]> within(Map<String, byte[]> bundle, String street) {
		String prefix = street.substring(0, 9);
		var b = new LinkedHashMap<>(bundle);
		b.remove("areas.geojson");
		b.remove("areas.csv");
		var orgs = ids(b, "organizations.csv", r -> r[6].startsWith(prefix));
		var parks = ids(b, "parks.csv", r -> r[2].startsWith(prefix));
		// a party organization given neither area nor park lies where the units it covers
		// lie
		var unitsOutside = rows(b, "party_org_units.csv").stream()
			.filter(u -> !orgs.contains(u[1]))
			.map(u -> u[0])
			.collect(Collectors.toSet());
		var covering = rows(b, "party_org_units.csv").stream().map(u -> u[0]).collect(Collectors.toSet());
		var partyOrgs = ids(b, "party_orgs.csv", r -> r[5].startsWith(prefix)
				|| (r[5].isEmpty() && parks.contains(r[6]))
				|| (r[5].isEmpty() && r[6].isEmpty() && covering.contains(r[0]) && !unitsOutside.contains(r[0])));
		var officers = ids(b, "officers.csv", r -> r[2].startsWith(prefix));
		var buildings = ids(b, "buildings.csv", r -> r[3].startsWith(prefix));
		edit(b, "organizations.csv", r -> orgs.contains(r[0]), r -> {
			r[7] = parks.contains(r[7]) ? r[7] : "";
			r[8] = buildings.contains(r[8]) ? r[8] : "";
			return r;
		}, List.of());
		edit(b, "parks.csv", r -> parks.contains(r[0]), UnaryOperator.identity(), List.of());
		edit(b, "buildings.csv", r -> buildings.contains(r[0]), r -> {
			r[2] = parks.contains(r[2]) ? r[2] : "";
			return r;
		}, List.of());
		edit(b, "party_orgs.csv", r -> partyOrgs.contains(r[0]), r -> {
			r[4] = partyOrgs.contains(r[4]) ? r[4] : "";
			r[6] = parks.contains(r[6]) ? r[6] : "";
			return r;
		}, List.of());
		edit(b, "officers.csv", r -> officers.contains(r[0]), UnaryOperator.identity(), List.of());
		edit(b, "party_org_units.csv", r -> partyOrgs.contains(r[0]) && orgs.contains(r[1]), UnaryOperator.identity(),
				List.of());
		edit(b, "officer_assignments.csv", r -> officers.contains(r[0]) && orgs.contains(r[1]),
				UnaryOperator.identity(), List.of());
		edit(b, "org_links.csv", r -> orgs.contains(r[0]) && orgs.contains(r[1]), UnaryOperator.identity(), List.of());
		edit(b, "members.csv", r -> orgs.contains(r[3]) || (r[3].isEmpty() && partyOrgs.contains(r[2])), r -> {
			r[2] = partyOrgs.contains(r[2]) ? r[2] : "";
			r[3] = orgs.contains(r[3]) ? r[3] : "";
			return r;
		}, List.of());
		return b;
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

	// ---- CSV
	// ----------------------------------------------------------------------------------

	static List<String[]> rows(Map<String, byte[]> bundle, String file) {
		return new String(bundle.get(file), StandardCharsets.UTF_8).lines()
			.skip(1)
			.filter(l -> !l.isBlank())
			.map(l -> l.split(",", -1))
			.toList();
	}

	private static java.util.Set<String> ids(Map<String, byte[]> bundle, String file, Predicate<String[]> keep) {
		return rows(bundle, file).stream().filter(keep).map(r -> r[0]).collect(Collectors.toSet());
	}

	private static void edit(Map<String, byte[]> bundle, String file, Predicate<String[]> keep,
			UnaryOperator<String[]> change, List<String[]> add) {
		String header = new String(bundle.get(file), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
		List<String[]> rows = new ArrayList<>(
				rows(bundle, file).stream().filter(keep).map(r -> change.apply(r.clone())).toList());
		rows.addAll(add);
		String text = header + "\n"
				+ rows.stream().map(r -> String.join(",", Arrays.asList(r))).collect(Collectors.joining("\n")) + "\n";
		bundle.put(file, text.getBytes(StandardCharsets.UTF_8));
	}

}
