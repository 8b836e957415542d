package cn.liangxin.graph.jointbranch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.liangxin.graph.coverage.CoverageAnalytics;
import cn.liangxin.graph.coverage.CoverageFigures;
import cn.liangxin.graph.network.NetworkReads;
import cn.liangxin.graph.network.Rows;
import cn.liangxin.graph.network.Scope;
import cn.liangxin.graph.store.GraphQueries;

/**
 * The joint-branch planner over the graph: reads the eligible units of a scope (and their
 * ties), hands them to the pure {@link JointBranch} algorithm, and dresses the plan with
 * what a planner needs — a suggested parent committee and name per group, and the
 * coverage a plan would bring. Nothing is written.
 */
@Service
@Transactional(readOnly = true)
public class JointBranchPlanner {

	private final GraphQueries queries;

	private final NetworkReads network;

	private final CoverageAnalytics coverage;

	public JointBranchPlanner(GraphQueries queries, NetworkReads network, CoverageAnalytics coverage) {
		this.queries = queries;
		this.network = network;
		this.coverage = coverage;
	}

	/** The plan for a scope, optimal where the budget allows. */
	public Plan plan(Scope scope, JointBranchParameters parameters) {
		scope = this.network.requireScope(scope);
		Eligible eligible = eligible(scope, parameters);
		JointBranchResult computed = new JointBranch().compute(eligible.graph(), parameters);
		PlaceNames names = names(computed);
		JointBranchResult result = computed.withNames(parameters, names);
		return new Plan(scope, parameters, result, suggestions(scope, result.groups(), names), eligible.guided(),
				names);
	}

	/**
	 * The names of the buildings, parks, communities and tied organizations the groups'
	 * reasons and suggestions and the unplaced units' reasons cite.
	 */
	private PlaceNames names(JointBranchResult result) {
		Set<String> buildings = new HashSet<>();
		Set<String> parks = new HashSet<>();
		Set<String> areas = new HashSet<>();
		Set<String> organizations = new HashSet<>();
		for (Unplaced u : result.unplaced()) {
			buildings.add(u.unit().buildingId());
			parks.add(u.unit().parkId());
			areas.add(u.unit().communityCode());
		}
		for (Group g : result.groups()) {
			if (common(g, Unit::buildingId) != null) {
				buildings.add(common(g, Unit::buildingId));
			}
			if (common(g, Unit::parkId) != null) {
				parks.add(common(g, Unit::parkId));
			}
			if (g.anchor().communityCode() != null) {
				areas.add(g.anchor().communityCode());
			}
			for (Reason r : g.reasons()) {
				switch (r.kind()) {
					case SAME_BUILDING -> buildings.add(r.value());
					case SAME_PARK -> parks.add(r.value());
					case SAME_COMMUNITY -> areas.add(r.value());
					case TIE -> {
						organizations.add(r.unitA());
						organizations.add(r.unitB());
					}
					default -> {
					}
				}
			}
		}
		buildings.remove(null);
		parks.remove(null);
		areas.remove(null);
		Map<String, String> b = new HashMap<>();
		Map<String, String> p = new HashMap<>();
		Map<String, String> a = new HashMap<>();
		Map<String, String> o = new HashMap<>();
		if (!buildings.isEmpty()) {
			this.network.buildings(buildings).forEach((id, v) -> b.put(id, v.name()));
		}
		if (!parks.isEmpty()) {
			this.network.parks(parks).forEach((id, v) -> p.put(id, v.name()));
		}
		if (!areas.isEmpty()) {
			this.network.areas(areas).forEach((id, v) -> a.put(id, v.name()));
		}
		if (!organizations.isEmpty()) {
			this.network.organizations(organizations).forEach((id, v) -> o.put(id, v.name()));
		}
		return new PlaceNames(b, p, a, o);
	}

	/**
	 * Coverage of the scope now and as it would be if the plan's groups became joint
	 * branches.
	 */
	public Simulation simulate(Scope scope, JointBranchParameters parameters) {
		Plan plan = plan(scope, parameters);
		CoverageFigures before = this.coverage.coverage(scope).figures();
		int placed = plan.result().placed();
		// Placed units are not organization-covered (that is what made them eligible);
		// those an
		// officer already guides were work-covered before.
		int newlyWorkCovered = (int) plan.result()
			.groups()
			.stream()
			.flatMap(g -> g.units().stream())
			.filter(u -> !plan.guided().contains(u.id()))
			.count();
		CoverageFigures after = new CoverageFigures(before.total(), before.organizationCovered() + placed,
				before.workCovered() + newlyWorkCovered, before.standaloneCovered());
		return new Simulation(before, after, plan);
	}

	/**
	 * Eligible units that could join an existing JOINT branch of the scope without
	 * breaking its rules, best fit first.
	 */
	public List<JoinSuggestions.Suggestion> joinSuggestions(Scope scope, JointBranchParameters parameters) {
		scope = this.network.requireScope(scope);
		Eligible eligible = eligible(scope, parameters);
		Map<String, List<Unit>> branches = new LinkedHashMap<>();
		this.queries
			.list("jointBranches", this.queries.file("queries/jointbranch/joint-branches.cypher"), scope.parameters(),
					r -> Map.entry(r.get("branchId").asString(), unit(r)))
			.forEach(e -> branches.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		Set<String> ids = new HashSet<>();
		eligible.graph().units().forEach(u -> ids.add(u.id()));
		branches.values().forEach(units -> units.forEach(u -> ids.add(u.id())));
		Set<Tie> ties = parameters.useTies() ? ties(ids) : Set.of();
		return JoinSuggestions.compute(eligible.graph().units(), branches, ties, parameters);
	}

	/**
	 * The eligible units of a scope and their ties: the algorithm's input (benchmarks
	 * compare algorithms on it).
	 */
	public JointBranchGraph eligibleUnits(Scope scope, JointBranchParameters parameters) {
		scope = this.network.requireScope(scope);
		return eligible(scope, parameters).graph();
	}

	private Eligible eligible(Scope scope, JointBranchParameters parameters) {
		var params = scope.parameters();
		params.put("minFullMembers", parameters.minFullMembers());
		Set<String> guided = new HashSet<>();
		List<Unit> units = this.queries.list("eligibleUnits",
				this.queries.file("queries/jointbranch/eligible-units.cypher"), params, r -> {
					if (r.get("guided").asBoolean()) {
						guided.add(r.get("id").asString());
					}
					return unit(r);
				});
		Set<Tie> ties = parameters.useTies() && !units.isEmpty()
				? ties(units.stream().map(Unit::id).collect(java.util.stream.Collectors.toSet())) : Set.of();
		return new Eligible(new JointBranchGraph(units, ties), Set.copyOf(guided));
	}

	private Set<Tie> ties(Set<String> ids) {
		return Set.copyOf(this.queries.list("jointBranchTies", this.queries.file("queries/jointbranch/ties.cypher"),
				Map.of("ids", List.copyOf(ids)),
				r -> new Tie(r.get("a").asString(), r.get("b").asString(), r.get("kind").asString())));
	}

	private static Unit unit(Record r) {
		return new Unit(r.get("id").asString(), r.get("fullMembers").asInt(), r.get("members").asInt(),
				r.get("employees").asInt(), Rows.string(r.get("buildingId")), Rows.string(r.get("parkId")),
				Rows.string(r.get("communityCode")), Rows.decimal(r.get("lat")), Rows.decimal(r.get("lon")),
				Rows.string(r.get("section")), Rows.string(r.get("division")));
	}

	/** Parent committee and name per group, keyed by the group's anchor id. */
	private Map<String, Suggestion> suggestions(Scope scope, List<Group> groups, PlaceNames names) {
		if (groups.isEmpty()) {
			return Map.of();
		}
		List<Map<String, Object>> places = new ArrayList<>();
		for (Group g : groups) {
			var place = new HashMap<String, Object>();
			place.put("key", g.anchor().id());
			place.put("parkId", common(g, Unit::parkId));
			place.put("areaCode", g.anchor().communityCode() != null ? g.anchor().communityCode() : scope.areaCode());
			places.add(place);
		}
		Map<String, String> parents = new HashMap<>();
		this.queries
			.list("areaCommittees", this.queries.file("queries/jointbranch/area-committees.cypher"),
					Map.of("places", places), r -> r)
			.forEach(r -> {
				String id = Rows.string(r.get("partyOrganizationId"));
				if (id != null) {
					parents.put(r.get("key").asString(), id);
				}
			});
		Map<String, Integer> seen = new HashMap<>();
		Map<String, Suggestion> result = new LinkedHashMap<>();
		for (Group g : groups) {
			String building = common(g, Unit::buildingId);
			String park = common(g, Unit::parkId);
			String community = g.anchor().communityCode();
			String place = building != null && names.buildings().containsKey(building) ? names.buildings().get(building)
					: park != null && names.parks().containsKey(park) ? names.parks().get(park)
							: community != null && names.areas().containsKey(community) ? names.areas().get(community)
									: "";
			int n = seen.merge(place, 1, Integer::sum);
			String name = place + (n == 1 ? "" : "第" + n) + "联合党支部";
			result.put(g.anchor().id(), new Suggestion(parents.get(g.anchor().id()), name));
		}
		return result;
	}

	private static @Nullable String common(Group g, java.util.function.Function<Unit, @Nullable String> key) {
		String first = key.apply(g.units().get(0));
		if (first == null) {
			return null;
		}
		return g.units().stream().allMatch(u -> first.equals(key.apply(u))) ? first : null;
	}

	private record Eligible(JointBranchGraph graph, Set<String> guided) {
	}

	/**
	 * What the planner suggests for a group.
	 *
	 * @param parentId the AREA party organization (park or street committee) over the
	 * group, if any
	 * @param name a name such as 华恒科技园1号楼联合党支部
	 */
	public record Suggestion(@Nullable String parentId, String name) {
	}

	/**
	 * A plan with its suggestions.
	 *
	 * @param suggestions per group, keyed by the group's anchor id
	 * @param guided ids of eligible units an officer already guides
	 * @param names the places and organizations the reasons cite
	 */
	public record Plan(Scope scope, JointBranchParameters parameters, JointBranchResult result,
			Map<String, Suggestion> suggestions, Set<String> guided, PlaceNames names) {

		/** A group's reasons naming its places, each {@code 中文 / English}. */
		public List<String> reasons(Group group) {
			return group.reasons().stream().map(r -> r.text(this.names)).toList();
		}
	}

	/** Coverage before and after adopting a plan. */
	public record Simulation(CoverageFigures before, CoverageFigures after, Plan plan) {
	}

}
