package cn.liangxin.graph.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.GraphQl;
import cn.liangxin.graph.support.TestStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner over GraphQL: shape, defaults, navigation and errors (the optimum:
 * JointBranchScenarioIT).
 */
@GraphIntegrationTest
class JointBranchApiIT {

	@Autowired
	TestStore store;

	@Autowired
	ExecutionGraphQlService service;

	GraphQlTester graphQl;

	@BeforeEach
	void load() {
		this.store.exampleDistrict();
		this.graphQl = GraphQl.tester(this.service);
	}

	@Test
	void planOfAParkWithDefaultRules() {
		// expected.json "default|park:P11-3": 9 eligible, at most 8 placed
		var response = this.graphQl.documentName("jointBranchCandidates")
			.variable("scope", Map.of("parkId", "P11-3"))
			.execute();
		response.path("jointBranchCandidates.eligibleCount").entity(Integer.class).isEqualTo(9);
		response.path("jointBranchCandidates.placedCount").entity(Integer.class).isEqualTo(8);
		response.path("jointBranchCandidates.placedOptimal").entity(Boolean.class).isEqualTo(true);
		List<String> units = response.path("jointBranchCandidates.groups[*].units[*].id")
			.entityList(String.class)
			.get();
		List<String> unplaced = response.path("jointBranchCandidates.unplaced[*].organization.id")
			.entityList(String.class)
			.get();
		assertThat(units).hasSize(8).doesNotHaveDuplicates().doesNotContainAnyElementsOf(unplaced);
		assertThat(unplaced).hasSize(1);
		response.path("jointBranchCandidates.groups[0].reasons")
			.entityList(String.class)
			.satisfies(r -> assertThat(String.join(" ", r)).contains("/"));
		response.path("jointBranchCandidates.groups[0].suggestedName")
			.entity(String.class)
			.satisfies(n -> assertThat(n).endsWith("联合党支部"));
		response.path("jointBranchCandidates.groups[0].suggestedParent.formation")
			.entity(String.class)
			.isEqualTo("AREA");
	}

	@Test
	void reasonsNameThePlacesAndGroupsShowAnchorParentAndSturdiness() {
		var response = this.graphQl.document("""
				{ jointBranchCandidates(scope: {parkId: "P11-1"}, rules: {proximity: SAME_PARK, objective: STURDY}) {
				    optimal groups { fullMembers sturdy anchor { id } units { id } suggestedParent { id formation }
				                     zh: reasons(lang: ZH) en: reasons(lang: EN) } } }""").execute();
		response.path("jointBranchCandidates.optimal").entity(Boolean.class).isEqualTo(true);
		List<Map<String, Object>> groups = response.path("jointBranchCandidates.groups")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(groups).isNotEmpty().allSatisfy(g -> {
			assertThat(g.get("zh")).asList().contains("同一园区 华恒科技园（P11-1）");
			assertThat(g.get("en")).asList().contains("same park 华恒科技园 (P11-1)");
			assertThat(g.get("sturdy")).isEqualTo((Integer) g.get("fullMembers") >= 4);
			@SuppressWarnings("unchecked")
			var anchor = (Map<String, Object>) g.get("anchor");
			@SuppressWarnings("unchecked")
			var units = (List<Map<String, Object>>) g.get("units");
			assertThat(units.get(0).get("id")).isEqualTo(anchor.get("id"));
			@SuppressWarnings("unchecked")
			var parent = (Map<String, Object>) g.get("suggestedParent");
			assertThat(parent.get("formation")).isEqualTo("AREA");
		});
	}

	@Test
	void rulesChangeThePlan() {
		// expected.json "section500|park:P11-2": no group possible within 500 m and the
		// same section
		var response = this.graphQl.documentName("jointBranchCandidates")
			.variable("scope", Map.of("parkId", "P11-2"))
			.variable("rules", Map.of("maxDistanceMeters", 500.0, "industryMatch", "SECTION"))
			.execute();
		response.path("jointBranchCandidates.eligibleCount").entity(Integer.class).isEqualTo(4);
		response.path("jointBranchCandidates.placedCount").entity(Integer.class).isEqualTo(0);
		response.path("jointBranchCandidates.unplaced[*].code").entityList(String.class).hasSize(4);
	}

	@Test
	void simulationAndJoinSuggestions() {
		var response = this.graphQl.documentName("simulateJointBranches")
			.variable("scope", Map.of("parkId", "P11-1"))
			.execute();
		int before = response.path("simulateJointBranches.before.organizationCovered").entity(Integer.class).get();
		int after = response.path("simulateJointBranches.after.organizationCovered").entity(Integer.class).get();
		int placed = response.path("simulateJointBranches.plan.placedCount").entity(Integer.class).get();
		assertThat(after - before).isEqualTo(placed).isEqualTo(7);
		response.path("joinSuggestions[*].partyOrganization.formation")
			.entityList(String.class)
			.satisfies(f -> assertThat(f).allMatch("JOINT"::equals));
	}

	@Test
	void badRulesAreNamed() {
		this.graphQl.document("{ jointBranchCandidates(rules: {maxUnits: 1}) { placedCount } }")
			.execute()
			.errors()
			.satisfy(e -> {
				assertThat(e).hasSize(1);
				assertThat(e.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(e.get(0).getMessage()).contains("rules.maxUnits").contains("1");
			});
	}

}
