package cn.liangxin.graph.jointbranch;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The example district (copied from the shared scenario): every rule set and scope of the
 * expected answers must give the same number of eligible units and place as many as the
 * optimum.
 */
class ExampleDistrictJointBranchTests {

	private static final String DIR = "/ledger/example-district/";

	record Org(String id, String industry, int employees, String area, String park, String building, Double lat,
			Double lon, String status) {
	}

	@Test
	void everyRuleSetAndScopeMatchesTheExpectedOptimum() throws IOException {
		Map<String, String> buildingPark = new HashMap<>();
		for (String[] r : csv("buildings.csv")) {
			buildingPark.put(r[0], r[2]);
		}
		List<Org> orgs = new ArrayList<>();
		for (String[] r : csv("organizations.csv")) {
			orgs.add(new Org(r[0], r[3], Integer.parseInt(r[4]), r[6], r[7].isEmpty() ? buildingPark.get(r[8]) : r[7],
					r[8].isEmpty() ? null : r[8], r[9].isEmpty() ? null : Double.valueOf(r[9]),
					r[10].isEmpty() ? null : Double.valueOf(r[10]), r[12]));
		}
		Map<String, int[]> counts = new HashMap<>(); // full, members
		for (String[] r : csv("members.csv")) {
			int[] c = counts.computeIfAbsent(r[3], k -> new int[2]);
			if (r[1].equals("FULL")) {
				c[0]++;
			}
			if (r[1].equals("FULL") || r[1].equals("PROBATIONARY")) {
				c[1]++;
			}
		}
		Set<String> covered = new HashSet<>();
		for (String[] r : csv("party_org_units.csv")) {
			covered.add(r[1]);
		}
		Set<Tie> ties = new HashSet<>();
		for (String[] r : csv("org_links.csv")) {
			ties.add(Tie.of(r[0], r[1], r[2]));
		}
		JsonNode expected;
		try (InputStream s = getClass().getResourceAsStream("/scenarios/example-district.expected.json")) {
			expected = new ObjectMapper().readTree(s).get("jointBranch");
		}
		int cases = 0;
		for (Iterator<Map.Entry<String, JsonNode>> it = expected.properties().iterator(); it.hasNext();) {
			Map.Entry<String, JsonNode> e = it.next();
			String scope = e.getKey().substring(e.getKey().indexOf('|') + 1);
			JsonNode rules = e.getValue().get("rules");
			JointBranchParameters p = new JointBranchParameters(rules.get("minFullMembers").asInt(),
					rules.get("maxUnits").asInt(), rules.get("maxMembers").asInt(),
					Proximity.valueOf(rules.get("proximity").asString()), rules.get("maxDistanceMeters").asDouble(),
					IndustryMatch.valueOf(rules.get("industryMatch").asString()),
					rules.has("useTies") && rules.get("useTies").asBoolean());
			List<Unit> eligible = new ArrayList<>();
			for (Org o : orgs) {
				int[] c = counts.getOrDefault(o.id(), new int[2]);
				if (o.status().equals("ACTIVE") && c[0] >= 1 && c[0] <= 2 && !covered.contains(o.id())
						&& inScope(o, scope)) {
					eligible.add(new Unit(o.id(), c[0], c[1], o.employees(), o.building(), o.park(), o.area(), o.lat(),
							o.lon(), IndustryCodes.section(o.industry()), IndustryCodes.division(o.industry())));
				}
			}
			JointBranchGraph graph = new JointBranchGraph(eligible, ties);
			JointBranchResult result = new JointBranch().compute(graph, p);

			assertThat(eligible).as(e.getKey() + " eligible").hasSize(e.getValue().get("eligible").asInt());
			assertThat(result.placed()).as(e.getKey() + " placed").isEqualTo(e.getValue().get("optimumPlaced").asInt());
			assertThat(result.optimal()).as(e.getKey() + " proven").isTrue();
			assertThat(result.stats().candidateGroups()).as(e.getKey() + " candidate groups")
				.isEqualTo(e.getValue().get("candidateGroups").asLong());
			for (Group g : result.groups()) {
				assertThat(JointBranch.isValid(g.units(), graph, p)).as(e.getKey() + " " + g.ids()).isTrue();
			}
			// The expected plan is valid too (sanity check of our validity test against
			// theirs).
			Map<String, Unit> byId = new HashMap<>();
			eligible.forEach(u -> byId.put(u.id(), u));
			for (JsonNode grp : e.getValue().get("groups")) {
				List<Unit> units = new ArrayList<>();
				grp.forEach(id -> units.add(byId.get(id.asString())));
				assertThat(JointBranch.isValid(units, graph, p)).as(e.getKey() + " expected " + grp).isTrue();
			}
			cases++;
		}
		assertThat(cases).isEqualTo(12);
	}

	/**
	 * Every park and street of the example district (default rules), under each
	 * objective: proven, and as good as an independent optimum: brute force over every
	 * packing (JointBranchPropertyTests) for scopes of up to 14 units; for larger ones
	 * the count of units that lie in some valid group — found by trying every set of 2..5
	 * of the scope's units against the domain's validity rule — which no plan can exceed.
	 */
	@Test
	void everyParkAndStreetIsProvenUnderEachObjective() {
		var scopes = JointBranchScopesBench.scopes("example", cn.liangxin.graph.support.LedgerModel
			.of(cn.liangxin.graph.support.TestStore.bundle("ledger/example-district")));
		assertThat(scopes).hasSizeGreaterThanOrEqualTo(7);
		int bruteForced = 0;
		for (JointBranchScopesBench.Scope scope : scopes) {
			JointBranchGraph graph = new JointBranchGraph(scope.units(), Set.of());
			int inSomeGroup = 0;
			for (Unit u : scope.units()) {
				inSomeGroup += inSomeValidGroup(u, scope.units(), graph) ? 1 : 0;
			}
			for (Objective objective : Objective.values()) {
				JointBranchParameters p = JointBranchParameters.defaults().withObjective(objective);
				JointBranchResult r = new JointBranch().compute(graph, p);
				String as = scope.name() + " " + objective;
				assertThat(r.optimal()).as(as).isTrue();
				if (scope.units().size() <= 14) {
					double[] best = JointBranchPropertyTests.bruteForce(graph, p, objective);
					assertThat(r.placed()).as(as).isEqualTo((int) best[0]);
					assertThat(r.totalSpreadMeters()).as(as)
						.isCloseTo(best[2], org.assertj.core.api.Assertions.within(0.01));
					bruteForced++;
				}
				else {
					assertThat(r.placed()).as(as).isEqualTo(inSomeGroup);
				}
			}
		}
		assertThat(bruteForced).isGreaterThanOrEqualTo(15);
	}

	private static boolean inSomeValidGroup(Unit u, List<Unit> units, JointBranchGraph graph) {
		List<Unit> others = units.stream().filter(v -> v != u).toList();
		return extend(new ArrayList<>(List.of(u)), others, 0, graph);
	}

	private static boolean extend(List<Unit> group, List<Unit> others, int from, JointBranchGraph graph) {
		JointBranchParameters p = JointBranchParameters.defaults();
		if (group.size() >= 2 && JointBranch.isValid(group, graph, p)) {
			return true;
		}
		if (group.size() == p.maxUnits()) {
			return false;
		}
		for (int i = from; i < others.size(); i++) {
			group.add(others.get(i));
			// most units find a group at once; the search is exhaustive only for the few
			// that have none
			if (extend(group, others, i + 1, graph)) {
				return true;
			}
			group.remove(group.size() - 1);
		}
		return false;
	}

	private static boolean inScope(Org o, String scope) {
		if (scope.startsWith("park:")) {
			return scope.substring(5).equals(o.park());
		}
		String code = scope.substring(5);
		// An area covers the areas below it: strip the trailing zero groups of the code.
		String prefix = code;
		while (prefix.endsWith("000")) {
			prefix = prefix.substring(0, prefix.length() - 3);
		}
		return o.area() != null && o.area().startsWith(prefix);
	}

	// The files have no quoted cells (checked), so a plain split is enough.
	private List<String[]> csv(String name) {
		try (InputStream s = getClass().getResourceAsStream(DIR + name)) {
			String[] lines = new String(s.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
			List<String[]> rows = new ArrayList<>();
			for (int i = 1; i < lines.length; i++) {
				if (!lines[i].isBlank()) {
					rows.add(lines[i].split(",", -1));
				}
			}
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
