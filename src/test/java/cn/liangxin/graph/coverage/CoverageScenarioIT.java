package cn.liangxin.graph.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
 * Every coverage figure and gap list of the example district equals the independently
 * computed answers in example-district.expected.json (a copy of shared/scenarios).
 */
@GraphIntegrationTest
public class CoverageScenarioIT {

	static final JsonNode EXPECTED = Expected.DISTRICT;

	@Autowired
	TestStore store;

	@Autowired
	CoverageAnalytics coverage;

	@BeforeEach
	void load() {
		this.store.exampleDistrict();
	}

	static Stream<String> coverageScopes() {
		List<String> scopes = new ArrayList<>();
		EXPECTED.get("coverage").propertyNames().forEach(scopes::add);
		return scopes.stream();
	}

	@ParameterizedTest
	@MethodSource("coverageScopes")
	void coverageEqualsTheExpectedFigures(String key) {
		JsonNode expected = EXPECTED.get("coverage").get(key);
		CoverageFigures f = this.coverage.coverage(scope(key)).figures();
		assertThat(f.total()).isEqualTo(expected.get("total").asInt());
		assertThat(f.organizationCovered()).isEqualTo(expected.get("organizationCovered").asInt());
		assertThat(f.workCovered()).isEqualTo(expected.get("workCovered").asInt());
		assertThat(f.uncovered()).isEqualTo(expected.get("uncovered").asInt());
		assertThat(f.organizationCoverageRate()).isCloseTo(expected.get("organizationCoverageRate").asDouble(),
				within(1e-12));
		assertThat(f.workCoverageRate()).isCloseTo(expected.get("workCoverageRate").asDouble(), within(1e-12));
	}

	@Test
	void breakdownsAddUpAndMatchTheirOwnScopes() {
		CoverageReport all = this.coverage.coverage(Scope.EVERYTHING);
		for (List<CoverageReport.Row> rows : List.of(all.byKind(), all.byIndustrySection(), all.byAboveScale())) {
			assertThat(
					rows.stream().map(CoverageReport.Row::figures).reduce(CoverageFigures.ZERO, CoverageFigures::plus))
				.isEqualTo(all.figures());
		}
		// by area (the district's streets) and by park: each row equals the coverage of
		// that street or park
		assertThat(all.byArea()).extracting(CoverageReport.Row::key)
			.containsExactly("310121001000", "310121002000", "310121003000", "310121004000");
		for (CoverageReport.Row row : all.byArea()) {
			assertThat(row.figures()).isEqualTo(this.coverage.coverage(Scope.of(row.key(), null)).figures());
		}
		assertThat(all.byPark()).extracting(CoverageReport.Row::key).containsExactly("P11-1", "P11-2", "P11-3");
		for (CoverageReport.Row row : all.byPark()) {
			assertThat(row.figures()).isEqualTo(this.coverage.coverage(Scope.of(null, row.key())).figures());
		}
	}

	static Stream<String> gapScopes() {
		List<String> scopes = new ArrayList<>();
		EXPECTED.get("gaps").propertyNames().forEach(scopes::add);
		return scopes.stream();
	}

	@ParameterizedTest
	@MethodSource("gapScopes")
	void everyGapListEqualsTheExpectedOne(String key) {
		JsonNode expected = EXPECTED.get("gaps").get(key);
		LocalDate asOf = LocalDate.parse(EXPECTED.get("asof").asString());
		for (String kindName : expected.propertyNames()) {
			if (kindName.endsWith("_COUNT")) {
				continue;
			}
			GapKind kind = GapKind.valueOf(kindName);
			List<Gap> gaps = all(scope(key), EnumSet.of(kind), asOf);
			List<String> expectedIds = new ArrayList<>();
			expected.get(kindName).forEach(id -> expectedIds.add(id.asString()));
			assertThat(gaps).as(key + " " + kind)
				.extracting(Gap::subjectId)
				.containsExactlyInAnyOrderElementsOf(expectedIds);
			if (kind == GapKind.HIDDEN_MEMBERS) {
				JsonNode counts = expected.get("HIDDEN_MEMBERS_COUNT");
				gaps.forEach(g -> assertThat(g.count()).as(g.subjectId()).isEqualTo(counts.get(g.subjectId()).asInt()));
			}
		}
	}

	@Test
	void pagesAllKindsTogetherInKindOrderWithoutLosingAny() {
		LocalDate asOf = LocalDate.parse(EXPECTED.get("asof").asString());
		// the kinds this file answers; the 五清 kinds join them in WuqingScenarioIT
		Set<GapKind> kinds = EnumSet.noneOf(GapKind.class);
		int expectedTotal = 0;
		JsonNode expected = EXPECTED.get("gaps").get("all");
		for (String kind : expected.propertyNames()) {
			if (!kind.endsWith("_COUNT")) {
				kinds.add(GapKind.valueOf(kind));
				expectedTotal += expected.get(kind).size();
			}
		}
		List<Gap> paged = all(Scope.EVERYTHING, kinds, asOf);
		assertThat(paged).hasSize(expectedTotal);
		assertThat(paged).isSortedAccordingTo(
				(a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind()) : a.subjectId().compareTo(b.subjectId()));
		assertThat(this.coverage.gaps(Scope.EVERYTHING, kinds, asOf, GapThresholds.DEFAULTS, 5, null).totalCount())
			.isEqualTo(expectedTotal);
		assertThat(paged).allSatisfy(g -> assertThat(g.reason()).isNotBlank());
	}

	@Test
	void thresholdsAreParameters() {
		LocalDate asOf = LocalDate.parse(EXPECTED.get("asof").asString());
		var strict = new GapThresholds(3, 50, 5, 1000, 92);
		assertThat(this.coverage.gaps(Scope.EVERYTHING, Set.of(GapKind.OFFICER_OVERLOAD), asOf, strict, 10, null)
			.totalCount()).isZero();
		var lenient = new GapThresholds(3, 50, 5, 1, 92);
		assertThat(this.coverage.gaps(Scope.EVERYTHING, Set.of(GapKind.OFFICER_OVERLOAD), asOf, lenient, 10, null)
			.totalCount()).isGreaterThan(1);
	}

	@Test
	void hotspotsCountEveryLocatedUncoveredOrganizationOnce() {
		LocalDate asOf = LocalDate.parse(EXPECTED.get("asof").asString());
		var cells = this.coverage.hotspots(Scope.EVERYTHING, Set.of(GapKind.UNCOVERED), asOf, null,
				GapThresholds.DEFAULTS, 500);
		List<String> ids = cells.stream().flatMap(c -> c.organizationIds().stream()).toList();
		assertThat(ids).doesNotHaveDuplicates();
		List<String> uncovered = new ArrayList<>();
		EXPECTED.get("gaps").get("all").get("UNCOVERED").forEach(id -> uncovered.add(id.asString()));
		assertThat(uncovered).containsAll(ids);
		assertThat(cells).isSortedAccordingTo((a, b) -> Integer.compare(b.count(), a.count()));
	}

	private List<Gap> all(Scope scope, Set<GapKind> kinds, LocalDate asOf) {
		List<Gap> gaps = new ArrayList<>();
		String after = null;
		while (true) {
			Page<Gap> page = this.coverage.gaps(scope, kinds, asOf, GapThresholds.DEFAULTS, 37, after);
			page.edges().forEach(e -> gaps.add(e.node()));
			if (!page.hasNextPage()) {
				return gaps;
			}
			after = page.endCursor();
		}
	}

	public static Scope scope(String key) {
		if (key.equals("all")) {
			return Scope.EVERYTHING;
		}
		String[] parts = key.split(":", 2);
		return parts[0].equals("area") ? Scope.of(parts[1], null) : Scope.of(null, parts[1]);
	}

}
