package cn.liangxin.graph.jointbranch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import cn.liangxin.graph.coverage.CoverageScenarioIT;
import cn.liangxin.graph.network.Scope;
import cn.liangxin.graph.support.Expected;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.TestStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner over the example district: for every rule set and scope of
 * example-district.expected.json ("jointBranch"), the eligible count matches, the plan is
 * valid and places exactly the optimum.
 */
@GraphIntegrationTest
class JointBranchScenarioIT {

	static final JsonNode EXPECTED = Expected.DISTRICT.get("jointBranch");

	@Autowired
	TestStore store;

	@Autowired
	JointBranchPlanner planner;

	@BeforeEach
	void load() {
		this.store.exampleDistrict();
	}

	static Stream<String> cases() {
		List<String> keys = new ArrayList<>();
		EXPECTED.propertyNames().forEach(keys::add);
		return keys.stream();
	}

	@ParameterizedTest
	@MethodSource("cases")
	void placesTheOptimumWithValidGroups(String key) {
		JsonNode expected = EXPECTED.get(key);
		JsonNode r = expected.get("rules");
		var parameters = new JointBranchParameters(r.get("minFullMembers").asInt(), r.get("maxUnits").asInt(),
				r.get("maxMembers").asInt(), Proximity.valueOf(r.get("proximity").asString()),
				r.get("maxDistanceMeters").asDouble(), IndustryMatch.valueOf(r.get("industryMatch").asString()),
				r.has("useTies") && r.get("useTies").asBoolean());
		Scope scope = scope(key.substring(key.indexOf('|') + 1));
		var plan = this.planner.plan(scope, parameters);
		var result = plan.result();
		assertThat(result.eligible()).as("eligible").isEqualTo(expected.get("eligible").asInt());
		assertThat(result.placed()).as("placed").isEqualTo(expected.get("optimumPlaced").asInt());
		assertThat(result.placedOptimal()).isTrue();
		Set<String> seen = new HashSet<>();
		var graph = new JointBranchGraph(result.groups().stream().flatMap(g -> g.units().stream()).toList(), Set.of());
		for (Group g : result.groups()) {
			assertThat(JointBranch.isValid(g.units(), graph, parameters)).as(g.ids().toString()).isTrue();
			g.units().forEach(u -> assertThat(seen.add(u.id())).as("unit twice: " + u.id()).isTrue());
			assertThat(g.reasons()).isNotEmpty();
			assertThat(plan.suggestions().get(g.anchor().id()).name()).endsWith("联合党支部");
		}
		assertThat(result.placed() + result.unplaced().size()).isEqualTo(result.eligible());
	}

	@Test
	void simulationAddsThePlacedUnitsToOrganizationCoverage() {
		var simulation = this.planner.simulate(Scope.of(null, "P11-1"), JointBranchParameters.defaults());
		assertThat(simulation.before().total()).isEqualTo(39);
		assertThat(simulation.after().total()).isEqualTo(39);
		assertThat(simulation.after().organizationCovered() - simulation.before().organizationCovered())
			.isEqualTo(simulation.plan().result().placed())
			.isEqualTo(EXPECTED.get("default|park:P11-1").get("optimumPlaced").asInt());
		assertThat(simulation.after().workCovered()).isGreaterThanOrEqualTo(simulation.before().workCovered())
			.isLessThanOrEqualTo(simulation.after().total());
	}

	@Test
	void joinSuggestionsKeepEveryBranchWithinItsRules() {
		var parameters = JointBranchParameters.defaults();
		var suggestions = this.planner.joinSuggestions(Scope.EVERYTHING, parameters);
		assertThat(suggestions).isSortedAccordingTo((a, b) -> Double.compare(a.spreadMeters(), b.spreadMeters()));
		assertThat(suggestions).allSatisfy(s -> {
			assertThat(s.unitsAfter()).isLessThanOrEqualTo(parameters.maxUnits());
			assertThat(s.membersAfter()).isLessThanOrEqualTo(parameters.maxMembers());
			assertThat(s.spreadMeters()).isLessThanOrEqualTo(parameters.maxDistanceMeters());
		});
	}

	static Scope scope(String key) {
		return CoverageScenarioIT.scope(key);
	}

}
