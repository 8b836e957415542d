package cn.liangxin.graph.officers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.liangxin.graph.coverage.CoverageAnalytics;
import cn.liangxin.graph.coverage.CoverageFigures;
import cn.liangxin.graph.coverage.Gap;
import cn.liangxin.graph.coverage.GapKind;
import cn.liangxin.graph.coverage.GapThresholds;
import cn.liangxin.graph.domain.GeoPoint;
import cn.liangxin.graph.network.InvalidArgumentException;
import cn.liangxin.graph.network.NetworkReads;
import cn.liangxin.graph.network.Page;
import cn.liangxin.graph.network.Paging;
import cn.liangxin.graph.network.Rows;
import cn.liangxin.graph.network.Scope;
import cn.liangxin.graph.officers.OfficerAssignmentGraph.BaseSource;
import cn.liangxin.graph.officers.OfficerAssignmentGraph.Officer;
import cn.liangxin.graph.officers.OfficerAssignmentGraph.Target;
import cn.liangxin.graph.store.GraphQueries;

/**
 * The officer assignment planner over the graph: reads the scope's officers and the
 * organizations party work does not reach (cypher/queries/officers/), the gaps of the
 * kinds to put first (from {@link CoverageAnalytics}, the gaps' one home), hands them to
 * the pure {@link OfficerAssignment} and adds the coverage before and after. The scope
 * passes {@link NetworkReads#requireScope}: a street user plans its street only. Nothing
 * is written.
 */
@Service
@Transactional(readOnly = true)
public class OfficerAssignmentPlanner {

	private final GraphQueries queries;

	private final NetworkReads network;

	private final CoverageAnalytics coverage;

	public OfficerAssignmentPlanner(GraphQueries queries, NetworkReads network, CoverageAnalytics coverage) {
		this.queries = queries;
		this.network = network;
		this.coverage = coverage;
	}

	/**
	 * The plan for a scope.
	 * @param maxLoad at most this many ACTIVE organizations per officer, current ones
	 * included
	 * @param maxDistanceMeters the farthest from an officer's base, or null for no limit
	 * @param prioritize organization gap kinds whose organizations come first, in this
	 * order
	 * @param asOf the date the prioritized gaps are judged on (STALE_RECORD,
	 * PLAN_OVERDUE)
	 */
	public Plan plan(Scope scope, int maxLoad, @Nullable Double maxDistanceMeters, List<GapKind> prioritize,
			LocalDate asOf) {
		for (GapKind kind : prioritize) {
			if (kind.subject() != GapKind.Subject.ORGANIZATION) {
				throw new InvalidArgumentException("rules.prioritize", kind.name(),
						"is not a gap kind of organizations");
			}
		}
		if (maxLoad < 0 || maxLoad > 1000) {
			throw new InvalidArgumentException("rules.maxLoad", maxLoad, "must be between 0 and 1000");
		}
		if (maxDistanceMeters != null && !(maxDistanceMeters >= 0 && maxDistanceMeters <= 100_000)) {
			throw new InvalidArgumentException("rules.maxDistanceMeters", maxDistanceMeters,
					"must be between 0 and 100000");
		}
		scope = this.network.requireScope(scope);
		List<GapKind> tiers = prioritize.stream().distinct().toList();
		Map<String, Integer> tierOf = tiers(scope, tiers, asOf);
		var params = scope.parameters();
		List<Officer> officers = this.queries.list("assignmentOfficers",
				this.queries.file("queries/officers/officers.cypher"), params, r -> {
					GeoPoint own = point(Rows.decimal(r.get("lat")), Rows.decimal(r.get("lon")));
					GeoPoint centroid = point(Rows.decimal(r.get("guidedLat")), Rows.decimal(r.get("guidedLon")));
					GeoPoint base = own != null ? own : centroid;
					BaseSource source = own != null ? BaseSource.LEDGER
							: centroid != null ? BaseSource.CENTROID : BaseSource.NONE;
					return new Officer(r.get("id").asString(), r.get("name").asString(r.get("id").asString()),
							Rows.string(r.get("areaCode")), r.get("load").asInt(), base, source);
				});
		Map<String, String> parent = new HashMap<>();
		List<Target> targets = this.queries.list("assignmentTargets",
				this.queries.file("queries/officers/targets.cypher"), params, r -> {
					List<String> chain = Rows.strings(r.get("areas"));
					for (int i = 0; i + 1 < chain.size(); i++) {
						parent.put(chain.get(i), chain.get(i + 1));
					}
					String id = r.get("id").asString();
					Integer tier = tierOf.get(id);
					return new Target(id, r.get("name").asString(id), chain.isEmpty() ? null : chain.get(0),
							point(Rows.decimal(r.get("lat")), Rows.decimal(r.get("lon"))), tier == null ? -1 : tier,
							tier == null ? null : tiers.get(tier));
				});
		var graph = new OfficerAssignmentGraph(officers, targets, parent);
		var result = new OfficerAssignment().compute(graph,
				new OfficerAssignmentParameters(maxLoad, maxDistanceMeters, tiers.size()));
		CoverageFigures before = this.coverage.coverage(scope).figures();
		// Every target was not work-covered, so each assignment adds one; organization
		// coverage is unchanged.
		CoverageFigures after = new CoverageFigures(before.total(), before.organizationCovered(),
				before.workCovered() + result.newlyCovered(), before.standaloneCovered());
		return new Plan(scope, tiers, result, before, after);
	}

	/** Organization id → the first prioritized kind it has a gap of (its tier). */
	private Map<String, Integer> tiers(Scope scope, List<GapKind> tiers, LocalDate asOf) {
		Map<String, Integer> tierOf = new HashMap<>();
		for (int t = tiers.size() - 1; t >= 0; t--) {
			// later tiers first, so an organization with several kinds ends in its
			// earliest tier
			for (String id : gapSubjects(scope, tiers.get(t), asOf)) {
				tierOf.put(id, t);
			}
		}
		return tierOf;
	}

	private List<String> gapSubjects(Scope scope, GapKind kind, LocalDate asOf) {
		List<String> ids = new ArrayList<>();
		String after = null;
		while (true) {
			Page<Gap> page = this.coverage.gaps(scope, EnumSet.of(kind), asOf, GapThresholds.DEFAULTS, Paging.MAX_PAGE,
					after);
			page.edges().forEach(e -> ids.add(e.node().subjectId()));
			if (!page.hasNextPage()) {
				return ids;
			}
			after = page.endCursor();
		}
	}

	private static @Nullable GeoPoint point(@Nullable Double lat, @Nullable Double lon) {
		return lat == null || lon == null ? null : new GeoPoint(lat, lon);
	}

	/**
	 * A plan with the coverage it would bring.
	 *
	 * @param tiers the prioritized gap kinds, tier 0 first
	 * ({@code result.newlyCoveredByTier()} follows it)
	 * @param before the scope's coverage now
	 * @param after the same if every assignment were made
	 */
	public record Plan(Scope scope, List<GapKind> tiers, OfficerAssignmentResult result, CoverageFigures before,
			CoverageFigures after) {
	}

}
