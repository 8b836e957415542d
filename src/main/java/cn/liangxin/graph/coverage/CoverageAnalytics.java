package cn.liangxin.graph.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.liangxin.graph.domain.Formation;
import cn.liangxin.graph.network.AsOf;
import cn.liangxin.graph.network.InvalidArgumentException;
import cn.liangxin.graph.network.NetworkReads;
import cn.liangxin.graph.network.Paging;
import cn.liangxin.graph.network.Page;
import cn.liangxin.graph.network.Rows;
import cn.liangxin.graph.network.Scope;
import cn.liangxin.graph.network.Views.AreaView;
import cn.liangxin.graph.store.GraphQueries;

/**
 * Coverage figures, gaps and hot spots of a scope, exactly by the definitions of
 * docs/domain.md. Each answer is one statement per subject (organizations, party
 * organizations, officers) plus small lookups; the grouping and paging happen in the
 * database so a city-wide answer does not ship every organization to the service.
 */
@Service
@Transactional(readOnly = true)
public class CoverageAnalytics {

	/** The largest gap page a client may ask for. */

	private static final Map<String, Object> RANK = rank();

	private final GraphQueries queries;

	private final NetworkReads network;

	public CoverageAnalytics(GraphQueries queries, NetworkReads network) {
		this.queries = queries;
		this.network = network;
	}

	// ---- coverage
	// -----------------------------------------------------------------------------

	/** Coverage now: after the latest import. */
	public CoverageReport coverage(Scope scope) {
		return coverage(scope, null);
	}

	/**
	 * Coverage as the ledgers stood at {@code asOf}: the result of every import dated on
	 * or before it; the latest when null.
	 */
	public CoverageReport coverage(Scope scope, @Nullable LocalDate asOf) {
		scope = this.network.requireScope(scope);
		List<AreaView> childAreas = breakdownAreas(scope);
		var parameters = scope.parameters();
		parameters.put("at", AsOf.at(asOf));
		List<Group> groups = this.queries.list("coverage", this.queries.file("queries/coverage/coverage.cypher"),
				parameters, CoverageAnalytics::group);
		// the area each organization sits in → the breakdown row (child area) holding it
		Map<String, String> rowOfArea = new HashMap<>();
		if (!childAreas.isEmpty()) {
			this.queries
				.list("coverageAreaRollup", this.queries.file("queries/coverage/area-rollup.cypher"),
						Map.of("codes", childAreas.stream().map(AreaView::code).toList()), r -> r)
				.forEach(r -> Rows.strings(r.get("areas")).forEach(a -> rowOfArea.put(a, r.get("row").asString())));
		}
		CoverageFigures all = groups.stream().map(Group::figures).reduce(CoverageFigures.ZERO, CoverageFigures::plus);

		var byArea = new LinkedHashMap<String, CoverageFigures>();
		childAreas.forEach(a -> byArea.put(a.code(), CoverageFigures.ZERO));
		Map<String, CoverageFigures> byPark = new TreeMap<>();
		Map<String, CoverageFigures> byKind = new TreeMap<>();
		Map<String, CoverageFigures> bySection = new TreeMap<>();
		Map<String, CoverageFigures> byAboveScale = new TreeMap<>();
		Map<String, CoverageFigures> byReason = new TreeMap<>();
		Map<String, CoverageFigures> byOwnership = new TreeMap<>();
		for (Group g : groups) {
			String row = g.area() == null ? null : rowOfArea.get(g.area());
			if (row != null) {
				byArea.merge(row, g.figures(), CoverageFigures::plus);
			}
			if (g.park() != null) {
				byPark.merge(g.park(), g.figures(), CoverageFigures::plus);
			}
			byKind.merge(g.kind(), g.figures(), CoverageFigures::plus);
			bySection.merge(g.section() == null ? "" : g.section(), g.figures(), CoverageFigures::plus);
			byAboveScale.merge(g.aboveScale() == null ? "unknown" : g.aboveScale().toString(), g.figures(),
					CoverageFigures::plus);
			byReason.merge(g.noPartyOrgReason() == null ? Labels.UNKNOWN : g.noPartyOrgReason(), g.figures(),
					CoverageFigures::plus);
			byOwnership.merge(g.ownership() == null ? Labels.UNKNOWN : g.ownership(), g.figures(),
					CoverageFigures::plus);
		}
		Map<String, String> areaNames = new HashMap<>();
		childAreas.forEach(a -> areaNames.put(a.code(), a.name()));
		Map<String, String> parkNames = new HashMap<>();
		this.network.parks(byPark.keySet()).forEach((id, p) -> parkNames.put(id, p.name()));
		return new CoverageReport(scope, all, rows(byArea, areaNames::get), rows(byPark, parkNames::get),
				rows(byKind, Labels::kind), rows(bySection, Labels::section), rows(byAboveScale, Labels::aboveScale),
				rows(byReason, Labels::noPartyOrgReason), rows(byOwnership, Labels::ownership), formations(scope));
	}

	/** Party organizations of the scope per formation, every formation present. */
	private List<CoverageReport.FormationShare> formations(Scope scope) {
		Map<Formation, Integer> counts = new EnumMap<>(Formation.class);
		for (Formation f : Formation.values()) {
			counts.put(f, 0);
		}
		this.queries
			.list("coverageFormations", this.queries.file("queries/coverage/formations.cypher"), scope.parameters(),
					r -> r)
			.forEach(r -> Formation.find(r.get("formation").asString(""))
				.ifPresent(f -> counts.put(f, r.get("n").asInt())));
		int total = counts.values().stream().mapToInt(Integer::intValue).sum();
		return counts.entrySet()
			.stream()
			.map(e -> new CoverageReport.FormationShare(e.getKey(), e.getValue(),
					total == 0 ? null : (double) e.getValue() / total))
			.toList();
	}

	/**
	 * The scope area's children; for everything the top areas (or the single top area's
	 * children); for a park its area's children.
	 */
	private List<AreaView> breakdownAreas(Scope scope) {
		if (scope.areaCode() != null) {
			return this.network.areaChildren(List.of(scope.areaCode())).getOrDefault(scope.areaCode(), List.of());
		}
		if (scope.parkId() != null) {
			var park = this.network.parks(List.of(scope.parkId())).get(scope.parkId());
			String area = park == null ? null : park.areaCode();
			return area == null ? List.of() : this.network.areaChildren(List.of(area)).getOrDefault(area, List.of());
		}
		List<AreaView> top = this.network.areas(null, null).stream().filter(a -> a.parentCode() == null).toList();
		if (top.size() == 1) {
			return this.network.areaChildren(List.of(top.get(0).code())).getOrDefault(top.get(0).code(), List.of());
		}
		return top;
	}

	private static List<CoverageReport.Row> rows(Map<String, CoverageFigures> figures,
			Function<String, @Nullable String> label) {
		List<CoverageReport.Row> rows = new ArrayList<>();
		figures.forEach((key, f) -> rows.add(new CoverageReport.Row(key, label.apply(key), f)));
		return rows;
	}

	private static Group group(Record r) {
		return new Group(Rows.string(r.get("area")), Rows.string(r.get("park")), r.get("kind").asString(""),
				Rows.string(r.get("section")), Rows.bool(r.get("aboveScale")), Rows.string(r.get("noPartyOrgReason")),
				Rows.string(r.get("ownership")),
				new CoverageFigures(r.get("total").asInt(), r.get("organizationCovered").asInt(),
						r.get("workCovered").asInt(), r.get("standaloneCovered").asInt()));
	}

	private record Group(@Nullable String area, @Nullable String park, String kind, @Nullable String section,
			@Nullable Boolean aboveScale, @Nullable String noPartyOrgReason, @Nullable String ownership,
			CoverageFigures figures) {
	}

	// ---- gaps
	// ---------------------------------------------------------------------------------

	/**
	 * Gaps of the given kinds (all when empty) in kind order, then id order.
	 * @param asOf the date STALE_RECORD is judged against
	 */
	public Page<Gap> gaps(Scope scope, Set<GapKind> kinds, LocalDate asOf, GapThresholds thresholds, int first,
			@Nullable String after) {
		return gaps(scope, kinds, asOf, null, thresholds, first, after);
	}

	/**
	 * Gaps as the ledgers stood at {@code history} (the latest when null), the rules
	 * judged at {@code asOf}.
	 */
	public Page<Gap> gaps(Scope scope, Set<GapKind> kinds, LocalDate asOf, @Nullable LocalDate history,
			GapThresholds thresholds, int first, @Nullable String after) {
		scope = this.network.requireScope(scope);
		int limit = Paging.limit(first);
		Set<GapKind> wanted = kinds.isEmpty() ? EnumSet.allOf(GapKind.class) : EnumSet.copyOf(kinds);
		GapCursor cursor = GapCursor.decode(after);
		var parameters = gapParameters(scope, wanted, asOf, history, thresholds, cursor, limit);
		List<FoundGaps> found = new ArrayList<>();
		if (wanted.stream().anyMatch(k -> k.subject() == GapKind.Subject.ORGANIZATION)) {
			found.add(found("organizationGaps", "queries/coverage/gaps-organizations.cypher", parameters));
		}
		if (wanted.stream().anyMatch(k -> k.subject() == GapKind.Subject.PARTY_ORGANIZATION)) {
			found.add(found("partyOrganizationGaps", "queries/coverage/gaps-party-organizations.cypher", parameters));
		}
		if (wanted.contains(GapKind.OFFICER_OVERLOAD)) {
			found.add(found("officerGaps", "queries/coverage/gaps-officers.cypher", parameters));
		}
		int total = found.stream().mapToInt(FoundGaps::totalCount).sum();
		List<GapRow> rows = found.stream()
			.flatMap(f -> f.page().stream())
			.sorted(Comparator.comparingInt((GapRow g) -> g.kind().ordinal()).thenComparing(GapRow::id))
			.limit(limit)
			.toList();
		boolean hasNext = rows.size() > first;
		List<Page.Edge<Gap>> edges = rows.stream()
			.limit(first)
			.map(g -> new Page.Edge<>(new GapCursor(g.kind().ordinal(), g.id()).encode(),
					new Gap(g.kind(), g.id(), g.count(), GapReasons.of(g.kind(), g.count(), thresholds))))
			.toList();
		return new Page<>(total, edges, hasNext);
	}

	/**
	 * Where organizations with gaps of the given kinds (UNCOVERED when empty) sit, on a
	 * grid.
	 */
	public List<Hotspots.Cell> hotspots(Scope scope, Set<GapKind> kinds, LocalDate asOf, @Nullable LocalDate history,
			GapThresholds thresholds, int cellMeters) {
		scope = this.network.requireScope(scope);
		if (cellMeters < 10 || cellMeters > 100_000) {
			throw new InvalidArgumentException("cellMeters", cellMeters, "must be between 10 and 100000");
		}
		Set<GapKind> wanted = kinds.isEmpty() ? EnumSet.of(GapKind.UNCOVERED) : EnumSet.copyOf(kinds);
		wanted.removeIf(k -> k.subject() != GapKind.Subject.ORGANIZATION);
		if (wanted.isEmpty()) {
			throw new InvalidArgumentException("kinds", kinds,
					"has no organization gap kind; hot spots map organizations");
		}
		var parameters = gapParameters(scope, wanted, asOf, history, thresholds, null, Integer.MAX_VALUE);
		FoundGaps found = found("organizationGapsAll", "queries/coverage/gaps-organizations.cypher", parameters);
		Map<String, Hotspots.Point> located = new LinkedHashMap<>();
		found.page()
			.stream()
			.filter(g -> g.lat() != null && g.lon() != null)
			.forEach(g -> located.putIfAbsent(g.id(), new Hotspots.Point(g.id(), g.lat(), g.lon())));
		return Hotspots.grid(List.copyOf(located.values()), cellMeters);
	}

	// ---- history
	// ------------------------------------------------------------------------------

	/** The dates of the history, oldest first. */
	public List<LocalDate> periods() {
		return this.queries.list("periods", this.queries.file("queries/coverage/periods.cypher"), Map.of(),
				r -> r.get("asOf").asLocalDate());
	}

	/**
	 * The ids of the organizations ACTIVE in the scope at the period before the one
	 * {@code history} falls in (the latest when null); null when there is none, and so
	 * nothing is new.
	 */
	private @Nullable List<String> previousActive(Scope scope, @Nullable LocalDate history) {
		LocalDate at = AsOf.at(history);
		List<LocalDate> before = periods().stream().filter(d -> !d.isAfter(at)).toList();
		if (before.size() < 2) {
			return null;
		}
		return List.copyOf(active(scope, before.get(before.size() - 2)).keySet());
	}

	/** The organizations ACTIVE in the scope at a date, by id, with their coverage. */
	private Map<String, Flags> active(Scope scope, LocalDate at) {
		var parameters = scope.parameters();
		parameters.put("at", at);
		Map<String, Flags> active = new LinkedHashMap<>();
		this.queries
			.list("activeOrganizations", this.queries.file("queries/coverage/active-organizations.cypher"), parameters,
					r -> r)
			.forEach(r -> active.put(r.get("id").asString(),
					new Flags(r.get("organizationCovered").asBoolean(), r.get("workCovered").asBoolean())));
		return active;
	}

	/**
	 * What changed for the organizations of a scope between two dates of the history
	 * (docs/domain.md, "History"), in kind order then id order, a page at a time.
	 */
	public Page<CoverageChange> changes(Scope scope, LocalDate from, LocalDate to, Set<CoverageChange.Kind> kinds,
			int first, @Nullable String after) {
		scope = this.network.requireScope(scope);
		if (to.isBefore(from)) {
			throw new InvalidArgumentException("to", to, "is before from (" + from + ")");
		}
		Map<String, Flags> before = active(scope, from);
		Map<String, Flags> now = active(scope, to);
		List<CoverageChange> all = CoverageChange.between(before, now)
			.stream()
			.filter(c -> kinds.isEmpty() || kinds.contains(c.kind()))
			.toList();
		GapCursor cursor = GapCursor.decode(after);
		List<CoverageChange> rest = all.stream()
			.filter(c -> cursor == null || c.kind().ordinal() > cursor.rank()
					|| (c.kind().ordinal() == cursor.rank() && c.organizationId().compareTo(cursor.id()) > 0))
			.toList();
		int limit = Paging.limit(first);
		List<Page.Edge<CoverageChange>> edges = rest.stream()
			.limit(Math.min(first, limit))
			.map(c -> new Page.Edge<>(new GapCursor(c.kind().ordinal(), c.organizationId()).encode(), c))
			.toList();
		return new Page<>(all.size(), edges, rest.size() > edges.size());
	}

	/** An organization's two coverage flags at a date. */
	record Flags(boolean organizationCovered, boolean workCovered) {
	}

	private FoundGaps found(String name, String file, Map<String, Object> parameters) {
		return this.queries
			.one(name, this.queries.file(file), parameters,
					r -> new FoundGaps(r.get("totalCount").asInt(), r.get("page")
						.asList(v -> new GapRow(GapKind.valueOf(v.get("kind").asString()), v.get("id").asString(),
								Rows.integer(v.get("count")), Rows.decimal(v.get("lat")), Rows.decimal(v.get("lon"))))))
			.orElse(new FoundGaps(0, List.of()));
	}

	private Map<String, Object> gapParameters(Scope scope, Set<GapKind> kinds, LocalDate asOf,
			@Nullable LocalDate history, GapThresholds t, @Nullable GapCursor cursor, int limit) {
		var parameters = scope.parameters();
		parameters.put("kinds", kinds.stream().map(Enum::name).toList());
		parameters.put("rank", RANK);
		parameters.put("asOf", asOf);
		parameters.put("at", AsOf.at(history));
		parameters.put("previous", kinds.contains(GapKind.NEW_UNCOVERED) ? previousActive(scope, history) : null);
		parameters.put("minFullMembers", t.minFullMembers());
		parameters.put("maxBranchMembers", t.maxBranchMembers());
		parameters.put("maxJointUnits", t.maxJointUnits());
		parameters.put("maxOfficerLoad", t.maxOfficerLoad());
		parameters.put("staleDays", t.staleDays());
		parameters.put("termDueDays", t.termDueDays());
		parameters.put("weakStars", t.weakStars());
		parameters.put("probationGraceDays", t.probationGraceDays());
		parameters.put("afterRank", cursor == null ? null : cursor.rank());
		parameters.put("afterId", cursor == null ? null : cursor.id());
		parameters.put("limit", limit);
		return parameters;
	}

	private static Map<String, Object> rank() {
		var rank = new HashMap<String, Object>();
		for (GapKind kind : GapKind.values()) {
			rank.put(kind.name(), kind.ordinal());
		}
		return Map.copyOf(rank);
	}

	private record FoundGaps(int totalCount, List<GapRow> page) {
	}

	private record GapRow(GapKind kind, String id, @Nullable Integer count, @Nullable Double lat,
			@Nullable Double lon) {
	}

	/** Keyset cursor over (kind order, id). */
	record GapCursor(int rank, String id) {

		String encode() {
			return Paging.cursor("gap", this.rank, this.id);
		}

		static @Nullable GapCursor decode(@Nullable String cursor) {
			String[] keys = Paging.keys(cursor, "gap", 2);
			if (keys == null) {
				return null;
			}
			try {
				return new GapCursor(Integer.parseInt(keys[0]), keys[1]);
			}
			catch (NumberFormatException ex) {
				throw new InvalidArgumentException("after", cursor,
						"is not a cursor this API issued (use a pageInfo.endCursor)");
			}
		}
	}

}
