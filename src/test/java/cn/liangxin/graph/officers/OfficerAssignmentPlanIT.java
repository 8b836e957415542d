package cn.liangxin.graph.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import cn.liangxin.graph.domain.Crs;
import cn.liangxin.graph.domain.Geo;
import cn.liangxin.graph.domain.GeoPoint;
import cn.liangxin.graph.ledger.LedgerImporter;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.GraphQl;
import cn.liangxin.graph.support.LedgerModel;
import cn.liangxin.graph.support.TestStore;
import cn.liangxin.graph.support.TestUsers;

/**
 * {@code officerAssignmentPlan} on the example district, street by street, against
 * answers computed here from the ledger's CSV files alone ({@link LedgerModel}, no
 * import, no Cypher): the most organizations any valid assignment covers (Kuhn's
 * augmenting paths over officer slots), and the least total distance among those
 * (min-cost max-flow by Bellman-Ford), with every assignment checked for area, load and
 * distance. And area scope: a street VIEWER plans its street only.
 */
@GraphIntegrationTest
class OfficerAssignmentPlanIT {

	static final LedgerModel MODEL = LedgerModel.of(TestStore.bundle("ledger/example-district"));

	@Autowired
	TestStore store;

	@Autowired
	TestUsers users;

	@Autowired
	ExecutionGraphQlService service;

	@Autowired
	LedgerImporter importer;

	GraphQlTester graphQl;

	@BeforeEach
	void load() {
		this.store.exampleDistrict();
		this.users.streetUsers();
		this.graphQl = GraphQl.tester(this.service);
	}

	/** One street's instance, as the ledger gives it. */
	record Instance(List<String> officers, Map<String, Integer> load, Map<String, GeoPoint> base, List<String> targets,
			boolean[][] allowed, double[][] meters) {
	}

	static Instance instance(String street, Double limit) {
		return instance(street, limit, Map.of());
	}

	/** {@code own}: officers' lat/lon as an officers.csv update would give them. */
	static Instance instance(String street, Double limit, Map<String, GeoPoint> own) {
		List<String> officers = MODEL.officers.values()
			.stream()
			.filter(o -> MODEL.within(o.area(), street))
			.map(LedgerModel.Officer::id)
			.toList();
		Map<String, Integer> load = new HashMap<>();
		Map<String, GeoPoint> base = new HashMap<>();
		for (String id : officers) {
			List<LedgerModel.Org> guided = MODEL.guides.getOrDefault(id, List.of())
				.stream()
				.map(MODEL.orgs::get)
				.filter(LedgerModel.Org::active)
				.toList();
			load.put(id, guided.size());
			List<GeoPoint> located = guided.stream().map(LedgerModel.Org::location).filter(p -> p != null).toList();
			GeoPoint mine = own.getOrDefault(id, MODEL.officers.get(id).location());
			if (mine != null) {
				base.put(id, mine);
			}
			else if (!located.isEmpty()) {
				base.put(id, new GeoPoint(located.stream().mapToDouble(GeoPoint::lat).average().orElseThrow(),
						located.stream().mapToDouble(GeoPoint::lon).average().orElseThrow()));
			}
		}
		List<String> targets = MODEL.orgs.values()
			.stream()
			.filter(o -> o.active() && MODEL.inScope(o, "area:" + street) && !MODEL.workCovered(o.id()))
			.map(LedgerModel.Org::id)
			.toList();
		boolean[][] allowed = new boolean[officers.size()][targets.size()];
		double[][] meters = new double[officers.size()][targets.size()];
		for (int o = 0; o < officers.size(); o++) {
			String officer = officers.get(o);
			for (int t = 0; t < targets.size(); t++) {
				LedgerModel.Org org = MODEL.orgs.get(targets.get(t));
				GeoPoint b = base.get(officer);
				boolean inArea = MODEL.within(org.area(), MODEL.officers.get(officer).area());
				boolean near = limit == null || b == null
						|| (org.location() != null && Geo.distanceMeters(b, org.location()) <= limit);
				allowed[o][t] = inArea && near;
				meters[o][t] = b == null || org.location() == null ? 0 : Geo.distanceMeters(b, org.location());
			}
		}
		return new Instance(officers, load, base, targets, allowed, meters);
	}

	/** The most targets covered: Kuhn's algorithm over one slot per unit of room. */
	static int maxCovered(Instance in, int maxLoad, Set<String> only) {
		List<Integer> slots = new ArrayList<>();
		for (int o = 0; o < in.officers().size(); o++) {
			for (int k = in.load().get(in.officers().get(o)); k < maxLoad; k++) {
				slots.add(o);
			}
		}
		int[] slotOf = new int[in.targets().size()];
		Arrays.fill(slotOf, -1);
		int[] targetOf = new int[slots.size()];
		Arrays.fill(targetOf, -1);
		int matched = 0;
		for (int t = 0; t < in.targets().size(); t++) {
			if ((only == null || only.contains(in.targets().get(t)))
					&& augment(t, in, slots, targetOf, slotOf, new boolean[slots.size()], only)) {
				matched++;
			}
		}
		return matched;
	}

	private static boolean augment(int t, Instance in, List<Integer> slots, int[] targetOf, int[] slotOf,
			boolean[] seen, Set<String> only) {
		for (int s = 0; s < slots.size(); s++) {
			if (!seen[s] && in.allowed()[slots.get(s)][t]) {
				seen[s] = true;
				if (targetOf[s] < 0 || augment(targetOf[s], in, slots, targetOf, slotOf, seen, only)) {
					targetOf[s] = t;
					slotOf[t] = s;
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * {flow, cost}: min-cost max-flow by successive Bellman-Ford shortest paths (source,
	 * officers, targets, sink).
	 */
	static double[] minCostMaxFlow(Instance in, int maxLoad) {
		int m = in.officers().size();
		int n = in.targets().size();
		int nodes = m + n + 2;
		int s = m + n;
		int sink = m + n + 1;
		List<int[]> edges = new ArrayList<>(); // from, to, cap
		List<Double> cost = new ArrayList<>();
		for (int o = 0; o < m; o++) {
			addEdge(edges, cost, s, o, Math.max(0, maxLoad - in.load().get(in.officers().get(o))), 0);
			for (int t = 0; t < n; t++) {
				if (in.allowed()[o][t]) {
					addEdge(edges, cost, o, m + t, 1, in.meters()[o][t]);
				}
			}
		}
		for (int t = 0; t < n; t++) {
			addEdge(edges, cost, m + t, sink, 1, 0);
		}
		int flow = 0;
		double total = 0;
		while (true) {
			double[] dist = new double[nodes];
			int[] via = new int[nodes];
			Arrays.fill(dist, Double.POSITIVE_INFINITY);
			Arrays.fill(via, -1);
			dist[s] = 0;
			for (int round = 0; round < nodes; round++) {
				boolean changed = false;
				for (int e = 0; e < edges.size(); e++) {
					int[] edge = edges.get(e);
					if (edge[2] > 0 && dist[edge[0]] + cost.get(e) < dist[edge[1]] - 1e-9) {
						dist[edge[1]] = dist[edge[0]] + cost.get(e);
						via[edge[1]] = e;
						changed = true;
					}
				}
				if (!changed) {
					break;
				}
			}
			if (via[sink] < 0) {
				return new double[] { flow, total };
			}
			for (int v = sink; v != s; v = edges.get(via[v])[0]) {
				edges.get(via[v])[2]--;
				edges.get(via[v] ^ 1)[2]++;
			}
			flow++;
			total += dist[sink];
		}
	}

	private static void addEdge(List<int[]> edges, List<Double> cost, int from, int to, int cap, double c) {
		edges.add(new int[] { from, to, cap });
		cost.add(c);
		edges.add(new int[] { to, from, 0 });
		cost.add(-c);
	}

	private Map<String, Object> plan(String street, Map<String, Object> rules) {
		var spec = this.graphQl.documentName("officerAssignmentPlan").variable("scope", Map.of("areaCode", street));
		if (rules != null) {
			spec = spec.variable("rules", rules);
		}
		return spec.execute().path("officerAssignmentPlan").entity(Map.class).get();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> plan, String field) {
		return (List<Map<String, Object>>) plan.get(field);
	}

	@SuppressWarnings("unchecked")
	private static Object at(Map<String, Object> map, String... path) {
		Object v = map;
		for (String p : path) {
			v = ((Map<String, Object>) v).get(p);
		}
		return v;
	}

	@Test
	void everyStreetReachesTheIndependentMaximumThenTheLeastDistanceWithinLoadAndDistance() {
		int nonTrivial = 0;
		for (String street : MODEL.areasOfLevel("STREET")) {
			Instance in = instance(street, 3000.0);
			Map<String, Object> plan = plan(street, null);
			int expected = maxCovered(in, 10, null);
			double[] mcmf = minCostMaxFlow(in, 10);
			assertThat(mcmf[0]).as(street).isEqualTo(expected);
			assertThat(plan.get("optimal")).isEqualTo(true);
			assertThat(plan.get("newlyCovered")).as(street + " newly covered").isEqualTo(expected);
			assertThat(((Number) plan.get("totalDistanceMeters")).doubleValue()).as(street + " total distance")
				.isCloseTo(mcmf[1], offset(1.0));
			List<Map<String, Object>> assignments = list(plan, "assignments");
			assertThat(assignments).hasSize(expected);
			Map<String, Integer> added = new HashMap<>();
			Set<String> taken = new HashSet<>();
			for (var a : assignments) {
				String officer = (String) at(a, "officer", "id");
				String org = (String) at(a, "organization", "id");
				int o = in.officers().indexOf(officer);
				int t = in.targets().indexOf(org);
				assertThat(o).as("officer %s of street %s", officer, street).isNotNegative();
				assertThat(t).as("target %s of street %s", org, street).isNotNegative();
				assertThat(in.allowed()[o][t]).as("%s may take %s", officer, org).isTrue();
				assertThat(taken.add(org)).isTrue();
				added.merge(officer, 1, Integer::sum);
				GeoPoint b = in.base().get(officer);
				if (b != null) {
					assertThat(((Number) a.get("distanceMeters")).doubleValue()).isLessThanOrEqualTo(3000.0)
						.isCloseTo(in.meters()[o][t], offset(0.5));
				}
				assertThat((String) a.get("zh")).contains(MODEL.orgs.get(org).name()).doesNotContain(" / ");
				assertThat((String) a.get("reason")).startsWith((String) a.get("zh")).endsWith((String) a.get("en"));
			}
			List<Map<String, Object>> loads = list(plan, "loads");
			assertThat(loads).extracting(l -> at(l, "officer", "id")).containsExactlyElementsOf(in.officers());
			for (var l : loads) {
				String officer = (String) at(l, "officer", "id");
				int before = in.load().get(officer);
				int add = added.getOrDefault(officer, 0);
				assertThat(l.get("before")).isEqualTo(before);
				assertThat(l.get("after")).isEqualTo(before + add);
				assertThat(l.get("room")).isEqualTo(Math.max(0, 10 - before));
				if (add > 0) {
					assertThat(before + add).isLessThanOrEqualTo(10);
				}
				assertThat(l.get("baseSource")).isEqualTo(in.base().containsKey(officer) ? "CENTROID" : "NONE");
			}
			assertThat(list(plan, "unreached")).hasSize(in.targets().size() - expected);
			int beforeWork = (Integer) at(plan, "before", "workCovered");
			assertThat(at(plan, "after", "workCovered")).isEqualTo(beforeWork + expected);
			assertThat(at(plan, "after", "organizationCovered")).isEqualTo(at(plan, "before", "organizationCovered"));
			nonTrivial += expected > 0 && expected < in.targets().size() ? 1 : 0;
		}
		// the distance limit or the loads bind in every street of the example: the
		// answers are not "all" or "none"
		assertThat(nonTrivial).isEqualTo(4);
	}

	@Test
	void withoutADistanceLimitTheMaximumIsTheLoadsAlone() {
		for (String street : MODEL.areasOfLevel("STREET")) {
			Map<String, Object> rules = new LinkedHashMap<>();
			rules.put("maxDistanceMeters", null);
			rules.put("maxLoad", 12);
			Map<String, Object> plan = plan(street, rules);
			Instance in = instance(street, null);
			assertThat(plan.get("newlyCovered")).as(street).isEqualTo(maxCovered(in, 12, null));
			assertThat(((Number) plan.get("totalDistanceMeters")).doubleValue()).as(street)
				.isCloseTo(minCostMaxFlow(in, 12)[1], offset(1.0));
		}
	}

	@Test
	void prioritizedGapsComeFirst() {
		// SHOULD_BUILD per the service's gap list (tested on its own in
		// CoverageScenarioIT)
		int firstInAll = 0;
		for (String street : MODEL.areasOfLevel("STREET")) {
			Set<String> shouldBuild = new HashSet<>(this.graphQl.document(
					"query($s: Scope) { coverageGaps(scope: $s, kinds: [SHOULD_BUILD], first: 1000) { nodes { organization { id } } } }")
				.variable("s", Map.of("areaCode", street))
				.execute()
				.path("coverageGaps.nodes[*].organization.id")
				.entityList(String.class)
				.get());
			Instance in = instance(street, 3000.0);
			Map<String, Object> plan = plan(street, Map.of("prioritize", List.of("SHOULD_BUILD")));
			int firstTier = maxCovered(in, 10, shouldBuild);
			firstInAll += firstTier;
			assertThat(list(plan, "newlyCoveredByPriority")).singleElement().satisfies(p -> {
				assertThat(p.get("kind")).isEqualTo("SHOULD_BUILD");
				assertThat(p.get("newlyCovered")).as(street).isEqualTo(firstTier);
			});
			// a tier first may cost others, never add to the most possible
			assertThat(((Number) plan.get("newlyCovered")).intValue()).isLessThanOrEqualTo(maxCovered(in, 10, null));
		}
		// 9 SHOULD_BUILD organizations of the example are not work-covered; some can be
		// reached
		assertThat(firstInAll).isPositive();
	}

	@Test
	void aStreetViewerPlansItsStreetOnly() {
		Map<String, Object> admin = plan(TestUsers.STREET, null);
		this.users.as(TestUsers.STREET_VIEWER, () -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> plan = this.graphQl.documentName("officerAssignmentPlan")
				.execute()
				.path("officerAssignmentPlan")
				.entity(Map.class)
				.get();
			assertThat(plan).isEqualTo(admin);
			assertThat(list(plan, "loads")).extracting(l -> at(l, "officer", "id"))
				.containsExactlyElementsOf(instance(TestUsers.STREET, 3000.0).officers());
			this.graphQl.documentName("officerAssignmentPlan")
				.variable("scope", Map.of("areaCode", "310121002000"))
				.execute()
				.errors()
				.satisfy(e -> {
					assertThat(e).hasSize(1);
					assertThat(e.get(0).getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
					assertThat(e.get(0).getMessage()).contains("scope.areaCode");
				});
			return null;
		});
	}

	@Test
	void anOfficersOwnLocationFromTheLedgerIsTheBase() {
		// 指导员5's centroid lies ~4 km east of 第1街道's organizations; a base (GCJ-02,
		// Chinese headers) in the street
		GeoPoint wgs = new GeoPoint(31.205, 121.455);
		GeoPoint gcj = Geo.fromWgs84(wgs, Crs.GCJ02);
		this.store.changed();
		try {
			// a bundle needs organizations.csv; an empty one changes nothing
			this.importer
				.importBundle(Map.of("organizations.csv", "id,name,kind,area_code\n".getBytes(StandardCharsets.UTF_8),
						"officers.csv", ("指导员编号,姓名,所属区划,纬度,经度,坐标系\nG11-5,指导员5," + TestUsers.STREET + "," + gcj.lat()
								+ "," + gcj.lon() + ",GCJ-02\n")
							.getBytes(StandardCharsets.UTF_8)));
			Map<String, Object> plan = plan(TestUsers.STREET, null);
			Instance in = instance(TestUsers.STREET, 3000.0, Map.of("G11-5", wgs));
			assertThat(list(plan, "loads")).singleElement().satisfies(l -> {
				assertThat(l.get("baseSource")).isEqualTo("LEDGER");
				assertThat(((Number) at(l, "base", "lat")).doubleValue()).isCloseTo(wgs.lat(), offset(1e-6));
				assertThat(((Number) at(l, "base", "lon")).doubleValue()).isCloseTo(wgs.lon(), offset(1e-6));
			});
			assertThat(plan.get("newlyCovered")).isEqualTo(maxCovered(in, 10, null)).isEqualTo(2);
			assertThat(((Number) plan.get("totalDistanceMeters")).doubleValue()).isCloseTo(minCostMaxFlow(in, 10)[1],
					offset(1.0));
			// the base in the street is nearer than the centroid was
			assertThat(((Number) plan.get("totalDistanceMeters")).doubleValue())
				.isLessThan(minCostMaxFlow(instance(TestUsers.STREET, 3000.0), 10)[1] - 1000);
		}
		finally {
			this.store.changed();
		}
	}

	@Test
	void badRulesAreNamed() {
		this.graphQl.document("{ officerAssignmentPlan(rules: {prioritize: [OFFICER_OVERLOAD]}) { newlyCovered } }")
			.execute()
			.errors()
			.satisfy(e -> {
				assertThat(e).hasSize(1);
				assertThat(e.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(e.get(0).getMessage()).contains("rules.prioritize").contains("OFFICER_OVERLOAD");
			});
		this.graphQl.document("{ officerAssignmentPlan(rules: {maxLoad: -1}) { newlyCovered } }")
			.execute()
			.errors()
			.satisfy(e -> assertThat(e.get(0).getMessage()).contains("rules.maxLoad").contains("-1"));
	}

}
