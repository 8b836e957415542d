package cn.liangxin.graph.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import cn.liangxin.graph.network.Page;
import cn.liangxin.graph.network.Scope;
import cn.liangxin.graph.support.Expected;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.TestStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The 五清 gap kinds and coverage breakdowns of the example district with its 五清 update
 * equal the answers of example-district-wuqing.expected.json (computed from the CSV files
 * by scenarios/wuqing_expected.py, independently of the service).
 */
@GraphIntegrationTest
public class WuqingScenarioIT {

	static final JsonNode EXPECTED = Expected.WUQING;

	static final Set<GapKind> NEW_KINDS = EnumSet.of(GapKind.OWNER_MEMBER_UNBUILT, GapKind.PLAN_OVERDUE,
			GapKind.TERM_DUE, GapKind.NO_SECRETARY, GapKind.WEAK_BRANCH, GapKind.PROBATION_OVERDUE,
			GapKind.SOON_SHOULD_BUILD);

	@Autowired
	TestStore store;

	@Autowired
	CoverageAnalytics coverage;

	@BeforeEach
	void load() {
		this.store.exampleDistrict();
	}

	static LocalDate asOf() {
		return LocalDate.parse(EXPECTED.get("asof").asString());
	}

	static Stream<String> gapScopes() {
		List<String> scopes = new ArrayList<>();
		EXPECTED.get("gaps").propertyNames().forEach(scopes::add);
		return scopes.stream();
	}

	@ParameterizedTest
	@MethodSource("gapScopes")
	void everyNewGapKindHasTheExpectedSubjectsAndCounts(String key) {
		JsonNode expected = EXPECTED.get("gaps").get(key);
		assertThat(expected.propertyNames())
			.containsExactlyInAnyOrderElementsOf(NEW_KINDS.stream().map(Enum::name).toList());
		for (GapKind kind : NEW_KINDS) {
			Map<String, Integer> want = new LinkedHashMap<>();
			expected.get(kind.name())
				.properties()
				.forEach(e -> want.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asInt()));
			Map<String, Integer> got = new LinkedHashMap<>();
			all(scope(key), EnumSet.of(kind), GapThresholds.DEFAULTS).forEach(g -> got.put(g.subjectId(), g.count()));
			assertThat(got).as(key + " " + kind).isEqualTo(want);
		}
	}

	@Test
	void theScenarioExercisesEveryNewKind() {
		JsonNode all = EXPECTED.get("gaps").get("all");
		NEW_KINDS.forEach(k -> assertThat(all.get(k.name()).size()).as(k.name()).isPositive());
		// TERM_DUE: both a term already ended and one ending within the 90 days
		List<Integer> days = new ArrayList<>();
		all.get("TERM_DUE").forEach(v -> days.add(v.asInt()));
		assertThat(days).anyMatch(d -> d < 0).anyMatch(d -> d >= 0);
	}

	@Test
	void reasonsAreInChineseAndEnglishWithTheThresholds() {
		var gaps = all(Scope.EVERYTHING, NEW_KINDS, GapThresholds.DEFAULTS);
		assertThat(gaps).extracting(Gap::kind).containsAll(NEW_KINDS);
		assertThat(gaps)
			.allSatisfy(g -> assertThat(g.reason()).containsPattern("\\p{IsHan}").containsPattern("[a-z]{4}"));
		assertThat(gaps).filteredOn(g -> g.kind() == GapKind.PROBATION_OVERDUE)
			.allSatisfy(g -> assertThat(g.reason()).contains("30").contains(g.count().toString()));
		assertThat(gaps).filteredOn(g -> g.kind() == GapKind.TERM_DUE && g.count() < 0)
			.allSatisfy(g -> assertThat(g.reason()).contains("超期").contains(String.valueOf(-g.count())));
	}

	@Test
	void allKindsTogetherHoldTheOldAndTheNewOnes() {
		JsonNode old = Expected.DISTRICT.get("gaps").get("all");
		int total = 0;
		for (String kind : old.propertyNames()) {
			total += kind.endsWith("_COUNT") ? 0 : old.get(kind).size();
		}
		for (GapKind kind : NEW_KINDS) {
			total += EXPECTED.get("gaps").get("all").get(kind.name()).size();
		}
		List<Gap> paged = all(Scope.EVERYTHING, Set.of(), GapThresholds.DEFAULTS);
		assertThat(paged).hasSize(total);
		assertThat(paged).isSortedAccordingTo(
				(a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind()) : a.subjectId().compareTo(b.subjectId()));
	}

	@Test
	void newThresholdsAreParameters() {
		var defaults = ids(GapKind.TERM_DUE, GapThresholds.DEFAULTS);
		var wide = ids(GapKind.TERM_DUE, new GapThresholds(3, 50, 5, 10, 92, 2000, 1, 30));
		assertThat(wide).containsAll(defaults).hasSizeGreaterThan(defaults.size());
		assertThat(ids(GapKind.WEAK_BRANCH, new GapThresholds(3, 50, 5, 10, 92, 90, 5, 30)))
			.containsAll(ids(GapKind.WEAK_BRANCH, GapThresholds.DEFAULTS))
			.hasSizeGreaterThan(ids(GapKind.WEAK_BRANCH, GapThresholds.DEFAULTS).size());
		assertThat(ids(GapKind.PROBATION_OVERDUE, new GapThresholds(3, 50, 5, 10, 92, 90, 1, 1000))).isEmpty();
		// SOON_SHOULD_BUILD follows minFullMembers: with 2 it is a different set
		assertThat(ids(GapKind.SOON_SHOULD_BUILD, new GapThresholds(2, 50, 5, 10, 92)))
			.isNotEqualTo(ids(GapKind.SOON_SHOULD_BUILD, GapThresholds.DEFAULTS));
	}

	static Stream<String> coverageScopes() {
		List<String> scopes = new ArrayList<>();
		EXPECTED.get("coverage").propertyNames().forEach(scopes::add);
		return scopes.stream();
	}

	@ParameterizedTest
	@MethodSource("coverageScopes")
	void breakdownsByReasonAndOwnershipAndFormationShares(String key) {
		JsonNode expected = EXPECTED.get("coverage").get(key);
		CoverageReport report = this.coverage.coverage(scope(key));
		assertThat(figures(report.byNoPartyOrgReason())).isEqualTo(figures(expected.get("byNoPartyOrgReason")));
		assertThat(figures(report.byOwnership())).isEqualTo(figures(expected.get("byOwnership")));
		assertThat(report.byNoPartyOrgReason()).allSatisfy(r -> assertThat(r.label()).isNotBlank());
		JsonNode shares = expected.get("formationShares");
		assertThat(report.formations()).hasSize(4);
		for (CoverageReport.FormationShare share : report.formations()) {
			JsonNode want = shares.get(share.formation().name());
			assertThat(share.count()).as(share.formation().name()).isEqualTo(want.get("count").asInt());
			assertThat(share.share()).isCloseTo(want.get("share").asDouble(), within(1e-12));
		}
	}

	// ---- helpers
	// ------------------------------------------------------------------------------

	private static Map<String, List<Integer>> figures(List<CoverageReport.Row> rows) {
		Map<String, List<Integer>> result = new HashMap<>();
		rows.forEach(r -> result.put(r.key(),
				List.of(r.figures().total(), r.figures().organizationCovered(), r.figures().workCovered())));
		return result;
	}

	private static Map<String, List<Integer>> figures(JsonNode rows) {
		Map<String, List<Integer>> result = new HashMap<>();
		rows.properties()
			.forEach(e -> result.put(e.getKey(), List.of(e.getValue().get("total").asInt(),
					e.getValue().get("organizationCovered").asInt(), e.getValue().get("workCovered").asInt())));
		return result;
	}

	private List<String> ids(GapKind kind, GapThresholds thresholds) {
		return all(Scope.EVERYTHING, EnumSet.of(kind), thresholds).stream().map(Gap::subjectId).toList();
	}

	private List<Gap> all(Scope scope, Set<GapKind> kinds, GapThresholds thresholds) {
		List<Gap> result = new ArrayList<>();
		String after = null;
		while (true) {
			Page<Gap> page = this.coverage.gaps(scope, kinds, asOf(), thresholds, 50, after);
			page.edges().forEach(e -> result.add(e.node()));
			if (!page.hasNextPage()) {
				return result;
			}
			after = page.edges().get(page.edges().size() - 1).cursor();
		}
	}

	static Scope scope(String key) {
		if (key.equals("all")) {
			return Scope.EVERYTHING;
		}
		String[] parts = key.split(":", 2);
		return parts[0].equals("area") ? Scope.of(parts[1], null) : Scope.of(null, parts[1]);
	}

}
