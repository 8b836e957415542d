package cn.liangxin.graph.api;

import static cn.liangxin.graph.api.BatchLoading.lookup;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import cn.liangxin.graph.coverage.CoverageAnalytics;
import cn.liangxin.graph.coverage.CoverageFigures;
import cn.liangxin.graph.coverage.CoverageReport;
import cn.liangxin.graph.coverage.Gap;
import cn.liangxin.graph.domain.Language;
import cn.liangxin.graph.coverage.GapKind;
import cn.liangxin.graph.coverage.GapThresholds;
import cn.liangxin.graph.coverage.Hotspots;
import cn.liangxin.graph.network.InvalidArgumentException;
import cn.liangxin.graph.network.NetworkReads;
import cn.liangxin.graph.network.Views.AreaView;
import cn.liangxin.graph.network.Views.LatLon;
import cn.liangxin.graph.network.Views.OfficerView;
import cn.liangxin.graph.network.Views.OrganizationView;
import cn.liangxin.graph.network.Views.ParkView;
import cn.liangxin.graph.network.Views.PartyOrganizationView;

/** Coverage figures, gaps and gap hot spots. */
@Controller
class CoverageController {

	static final ZoneId LEDGER_ZONE = cn.liangxin.graph.ledger.ImportOptions.LEDGER_ZONE;

	private final CoverageAnalytics coverage;

	private final NetworkReads network;

	CoverageController(CoverageAnalytics coverage, NetworkReads network) {
		this.coverage = coverage;
		this.network = network;
	}

	@QueryMapping
	CoveragePayload coverage(@Argument @Nullable ScopeInput scope, @Argument @Nullable String asOf) {
		return CoveragePayload.of(this.coverage.coverage(ScopeInput.toScope(scope), historyDate(asOf)));
	}

	/** A date of the history, null (the latest) when absent. */
	static @Nullable LocalDate historyDate(@Nullable String asOf) {
		return asOf == null || asOf.isBlank() ? null : date(asOf);
	}

	@QueryMapping
	Connection<Gap> coverageGaps(@Argument @Nullable ScopeInput scope, @Argument @Nullable List<GapKind> kinds,
			@Argument @Nullable String asOf, @Argument int first, @Argument @Nullable String after,
			@Argument @Nullable GapThresholdsInput thresholds) {
		return Connection.of(this.coverage.gaps(ScopeInput.toScope(scope), kinds(kinds), date(asOf), historyDate(asOf),
				GapThresholdsInput.toThresholds(thresholds), first, after), after != null);
	}

	@QueryMapping
	List<GapCellPayload> gapHotspots(@Argument @Nullable ScopeInput scope, @Argument @Nullable List<GapKind> kinds,
			@Argument int cellMeters, @Argument @Nullable String asOf,
			@Argument @Nullable GapThresholdsInput thresholds) {
		return this.coverage
			.hotspots(ScopeInput.toScope(scope), kinds(kinds), date(asOf), historyDate(asOf),
					GapThresholdsInput.toThresholds(thresholds), cellMeters)
			.stream()
			.map(GapCellPayload::of)
			.toList();
	}

	// ---- CoverageRow
	// --------------------------------------------------------------------------

	@BatchMapping(typeName = "CoverageRow", field = "area")
	Map<RowPayload, AreaView> rowArea(List<RowPayload> rows) {
		return lookup(rows, r -> r.dimension().equals("area") ? r.key() : null, this.network::areas);
	}

	@BatchMapping(typeName = "CoverageRow", field = "park")
	Map<RowPayload, ParkView> rowPark(List<RowPayload> rows) {
		return lookup(rows, r -> r.dimension().equals("park") ? r.key() : null, this.network::parks);
	}

	// ---- CoverageGap
	// --------------------------------------------------------------------------

	@BatchMapping(typeName = "CoverageGap", field = "organization")
	Map<Gap, OrganizationView> gapOrganization(List<Gap> gaps) {
		// a gap found at an earlier date may name a firm since left out of the ledger
		return subjects(gaps, GapKind.Subject.ORGANIZATION, this.network::organizationsEver);
	}

	@BatchMapping(typeName = "CoverageGap", field = "partyOrganization")
	Map<Gap, PartyOrganizationView> gapPartyOrganization(List<Gap> gaps) {
		return subjects(gaps, GapKind.Subject.PARTY_ORGANIZATION, this.network::partyOrganizations);
	}

	@BatchMapping(typeName = "CoverageGap", field = "officer")
	Map<Gap, OfficerView> gapOfficer(List<Gap> gaps) {
		return subjects(gaps, GapKind.Subject.OFFICER, this.network::officers);
	}

	@SchemaMapping(typeName = "CoverageGap", field = "reason")
	String gapReason(Gap gap, @Argument @Nullable Language lang) {
		return Language.pick(gap.reason(), lang);
	}

	@SchemaMapping(typeName = "GapCell", field = "center")
	LatLon cellCenter(GapCellPayload cell) {
		return new LatLon((cell.south() + cell.north()) / 2, (cell.west() + cell.east()) / 2);
	}

	private static <T> Map<Gap, T> subjects(List<Gap> gaps, GapKind.Subject subject,
			Function<Set<String>, Map<String, T>> load) {
		return lookup(gaps, g -> g.kind().subject() == subject ? g.subjectId() : null, load);
	}

	private static Set<GapKind> kinds(@Nullable List<GapKind> kinds) {
		return kinds == null ? Set.of() : Set.copyOf(kinds);
	}

	static LocalDate date(@Nullable String asOf) {
		if (asOf == null || asOf.isBlank()) {
			return LocalDate.now(LEDGER_ZONE);
		}
		try {
			return LocalDate.parse(asOf.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidArgumentException("asOf", asOf, "is not an ISO date (yyyy-MM-dd)");
		}
	}

	// ---- payloads
	// -----------------------------------------------------------------------------

	/** GraphQL {@code input GapThresholds}. */
	record GapThresholdsInput(@Nullable Integer minFullMembers, @Nullable Integer maxBranchMembers,
			@Nullable Integer maxJointUnits, @Nullable Integer maxOfficerLoad, @Nullable Integer staleDays,
			@Nullable Integer termDueDays, @Nullable Integer weakStars, @Nullable Integer probationGraceDays) {

		static GapThresholds toThresholds(@Nullable GapThresholdsInput in) {
			GapThresholds d = GapThresholds.DEFAULTS;
			if (in == null) {
				return d;
			}
			return new GapThresholds(or(in.minFullMembers(), d.minFullMembers()),
					or(in.maxBranchMembers(), d.maxBranchMembers()), or(in.maxJointUnits(), d.maxJointUnits()),
					or(in.maxOfficerLoad(), d.maxOfficerLoad()), or(in.staleDays(), d.staleDays()),
					or(in.termDueDays(), d.termDueDays()), or(in.weakStars(), d.weakStars()),
					or(in.probationGraceDays(), d.probationGraceDays()));
		}

		private static int or(@Nullable Integer value, int fallback) {
			return value == null ? fallback : value;
		}
	}

	/** GraphQL {@code type CoverageRow}. */
	record RowPayload(String dimension, String key, @Nullable String label, int total, int organizationCovered,
			int workCovered, int uncovered, @Nullable Double organizationCoverageRate,
			@Nullable Double workCoverageRate, int standaloneCovered, @Nullable Double standaloneRate) {

		static List<RowPayload> of(String dimension, List<CoverageReport.Row> rows) {
			return rows.stream().map(r -> {
				CoverageFigures f = r.figures();
				return new RowPayload(dimension, r.key(), r.label(), f.total(), f.organizationCovered(),
						f.workCovered(), f.uncovered(), f.organizationCoverageRate(), f.workCoverageRate(),
						f.standaloneCovered(), f.standaloneRate());
			}).toList();
		}
	}

	/** GraphQL {@code type Coverage}. */
	record CoveragePayload(int total, int organizationCovered, int workCovered, int uncovered,
			@Nullable Double organizationCoverageRate, @Nullable Double workCoverageRate, int standaloneCovered,
			@Nullable Double standaloneRate, String denominator, List<RowPayload> byArea, List<RowPayload> byPark,
			List<RowPayload> byKind, List<RowPayload> byIndustrySection, List<RowPayload> byAboveScale,
			List<RowPayload> byNoPartyOrgReason, List<RowPayload> byOwnership,
			List<CoverageReport.FormationShare> formationShares) {

		static CoveragePayload of(CoverageReport report) {
			CoverageFigures f = report.figures();
			return new CoveragePayload(f.total(), f.organizationCovered(), f.workCovered(), f.uncovered(),
					f.organizationCoverageRate(), f.workCoverageRate(), f.standaloneCovered(), f.standaloneRate(),
					"全部存续（ACTIVE）两新组织 / all ACTIVE organizations in scope", RowPayload.of("area", report.byArea()),
					RowPayload.of("park", report.byPark()), RowPayload.of("kind", report.byKind()),
					RowPayload.of("section", report.byIndustrySection()),
					RowPayload.of("aboveScale", report.byAboveScale()),
					RowPayload.of("noPartyOrgReason", report.byNoPartyOrgReason()),
					RowPayload.of("ownership", report.byOwnership()), report.formations());
		}
	}

	/** GraphQL {@code type GapCell}. */
	record GapCellPayload(double south, double west, double north, double east, int count,
			List<String> organizationIds) {

		static GapCellPayload of(Hotspots.Cell c) {
			return new GapCellPayload(c.south(), c.west(), c.north(), c.east(), c.count(), c.organizationIds());
		}
	}

}
