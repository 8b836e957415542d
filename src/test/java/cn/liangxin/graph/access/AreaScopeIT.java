package cn.liangxin.graph.access;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import tools.jackson.databind.JsonNode;

import cn.liangxin.graph.support.Expected;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.GraphQl;
import cn.liangxin.graph.support.TestStore;
import cn.liangxin.graph.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Area scope (属地管理), feature by feature, as a VIEWER of 第1街道 of the example district: no
 * scope means the street; another street's area or park is FORBIDDEN naming the argument;
 * ids outside the street answer exactly as ids that do not exist; lists and counts hold
 * the street only. The street's expected figures come from the scenario's independently
 * computed answers.
 */
@GraphIntegrationTest
class AreaScopeIT {

	static final String OTHER_STREET = "310121002000";

	static final String OTHER_PARK = "P11-2";

	static final String OTHER_ORGANIZATION = "91310011000003X4";

	static final JsonNode EXPECTED = Expected.DISTRICT;

	@Autowired
	TestStore store;

	@Autowired
	TestUsers users;

	@Autowired
	ExecutionGraphQlService service;

	GraphQlTester graphQl;

	@BeforeEach
	void load() {
		this.store.exampleDistrict();
		this.users.streetUsers();
		this.graphQl = GraphQl.tester(this.service);
	}

	<T> T viewer(Supplier<T> work) {
		return this.users.as(TestUsers.STREET_VIEWER, work);
	}

	@Test
	void networkReadsHoldTheStreetOnly() {
		viewer(() -> {
			var response = this.graphQl.document("""
					{ organizations(first: 1000) { totalCount nodes { area { code } } }
					  areas { code } parks { id } me { username role area { code name } } }""").execute();
			response.path("organizations.totalCount")
				.entity(Integer.class)
				.isEqualTo(EXPECTED.get("coverage").get("area:" + TestUsers.STREET).get("total").asInt());
			assertThat(response.path("organizations.nodes[*].area.code").entityList(String.class).get())
				.allMatch(code -> code.startsWith("310121001"));
			assertThat(response.path("areas[*].code").entityList(String.class).get()).hasSize(6)
				.allMatch(code -> code.startsWith("310121001"));
			// the street has no park of its own; the district's parks lie in other
			// streets
			response.path("parks").entityList(Object.class).hasSize(0);
			response.path("me.username").entity(String.class).isEqualTo(TestUsers.STREET_VIEWER);
			response.path("me.role").entity(String.class).isEqualTo("VIEWER");
			response.path("me.area.name").entity(String.class).isEqualTo("第1街道");
			return null;
		});
	}

	@Test
	void idsOutsideTheStreetAnswerAsIdsThatDoNotExist() {
		viewer(() -> {
			for (String[] lookup : List.of(new String[] { "organization", "id", OTHER_ORGANIZATION, "NO-SUCH-ORG" },
					new String[] { "park", "id", OTHER_PARK, "NO-SUCH-PARK" },
					new String[] { "area", "code", "310121000000", "999999999999" })) {
				String outside = message(lookup[0], lookup[1], lookup[2]);
				String missing = message(lookup[0], lookup[1], lookup[3]);
				assertThat(outside).isEqualTo(missing.replace(lookup[3], lookup[2]));
			}
			// navigation stops at the area's edge: the street's parent district is not
			// shown
			this.graphQl.document("{ area(code: \"" + TestUsers.STREET + "\") { parent { code } children { code } } }")
				.execute()
				.path("area.parent")
				.valueIsNull()
				.path("area.children")
				.entityList(Object.class)
				.hasSize(5);
			return null;
		});
	}

	private String message(String field, String argument, String id) {
		var errors = new java.util.ArrayList<ResponseError>();
		this.graphQl.document("{ " + field + "(" + argument + ": \"" + id + "\") { __typename } }")
			.execute()
			.errors()
			.satisfy(errors::addAll);
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
		return errors.get(0).getMessage();
	}

	@Test
	void coverageWithoutAScopeIsTheStreetAndAnotherStreetOrParkIsForbidden() {
		viewer(() -> {
			JsonNode expected = EXPECTED.get("coverage").get("area:" + TestUsers.STREET);
			var response = this.graphQl.document("{ coverage { total organizationCovered workCovered uncovered } }")
				.execute();
			response.path("coverage.total").entity(Integer.class).isEqualTo(expected.get("total").asInt());
			response.path("coverage.organizationCovered")
				.entity(Integer.class)
				.isEqualTo(expected.get("organizationCovered").asInt());
			response.path("coverage.uncovered").entity(Integer.class).isEqualTo(expected.get("uncovered").asInt());
			forbidden("{ coverage(scope: {areaCode: \"" + OTHER_STREET + "\"}) { total } }", "scope.areaCode",
					OTHER_STREET);
			forbidden("{ coverage(scope: {parkId: \"" + OTHER_PARK + "\"}) { total } }", "scope.parkId", OTHER_PARK);
			forbidden("{ coverage(scope: {areaCode: \"310121000000\"}) { total } }", "scope.areaCode", "310121000000");
			return null;
		});
	}

	@Test
	void gapsWithoutAScopeAreTheStreetsExactly() {
		viewer(() -> {
			JsonNode expected = EXPECTED.get("gaps").get("area:" + TestUsers.STREET);
			for (String kind : List.of("UNCOVERED", "SHOULD_BUILD", "JOINT_CANDIDATE", "STALE_RECORD")) {
				List<String> ids = this.graphQl.document("""
						query($kinds: [GapKind!]) { coverageGaps(kinds: $kinds, asOf: "2026-09-30", first: 500) {
						  nodes { organization { id } } } }""")
					.variable("kinds", List.of(kind))
					.execute()
					.path("coverageGaps.nodes[*].organization.id")
					.entityList(String.class)
					.get();
				List<String> want = new java.util.ArrayList<>();
				expected.get(kind).forEach(id -> want.add(id.asString()));
				assertThat(ids).as(kind).containsExactlyInAnyOrderElementsOf(want);
			}
			forbidden("{ coverageGaps(scope: {areaCode: \"" + OTHER_STREET + "\"}) { totalCount } }", "scope.areaCode",
					OTHER_STREET);
			forbidden("{ gapHotspots(scope: {parkId: \"" + OTHER_PARK + "\"}) { south } }", "scope.parkId", OTHER_PARK);
			return null;
		});
	}

	@Test
	void jointBranchesWithoutAScopeAreTheStreetsExactly() {
		JsonNode expected = EXPECTED.get("jointBranch").get("default|area:" + TestUsers.STREET);
		viewer(() -> {
			var response = this.graphQl.document("{ jointBranchCandidates { eligibleCount placedCount } }").execute();
			response.path("jointBranchCandidates.eligibleCount")
				.entity(Integer.class)
				.isEqualTo(expected.get("eligible").asInt());
			response.path("jointBranchCandidates.placedCount")
				.entity(Integer.class)
				.isEqualTo(expected.get("optimumPlaced").asInt());
			forbidden("{ jointBranchCandidates(scope: {parkId: \"" + OTHER_PARK + "\"}) { eligibleCount } }",
					"scope.parkId", OTHER_PARK);
			forbidden("{ simulateJointBranches(scope: {areaCode: \"" + OTHER_STREET + "\"}) { before { total } } }",
					"scope.areaCode", OTHER_STREET);
			forbidden("{ joinSuggestions(scope: {areaCode: \"" + OTHER_STREET + "\"}) { organization { id } } }",
					"scope.areaCode", OTHER_STREET);
			return null;
		});
	}

	@Test
	void mapsAndClustersOfTheStreetEqualTheAdminsAndOtherScopesAreForbidden() {
		String street = "{areaCode: \"" + TestUsers.STREET + "\"}";
		String mapQuery = "{ networkMap(scope: " + street + ", layout: GEO) { nodes { id } } }";
		String clusterQuery = "{ clusters(scope: " + street + ", method: WCC) { clusters { size } } }";
		List<String> adminMap = this.graphQl.document(mapQuery)
			.execute()
			.path("networkMap.nodes[*].id")
			.entityList(String.class)
			.get();
		List<Integer> adminClusters = this.graphQl.document(clusterQuery)
			.execute()
			.path("clusters.clusters[*].size")
			.entityList(Integer.class)
			.get();
		assertThat(adminMap).isNotEmpty();
		viewer(() -> {
			assertThat(this.graphQl.document(mapQuery)
				.execute()
				.path("networkMap.nodes[*].id")
				.entityList(String.class)
				.get()).isEqualTo(adminMap);
			assertThat(this.graphQl.document(clusterQuery)
				.execute()
				.path("clusters.clusters[*].size")
				.entityList(Integer.class)
				.get()).isEqualTo(adminClusters);
			forbidden("{ networkMap(scope: {parkId: \"" + OTHER_PARK + "\"}) { nodes { id } } }", "scope.parkId",
					OTHER_PARK);
			forbidden("{ clusters(scope: {areaCode: \"" + OTHER_STREET + "\"}) { modularity } }", "scope.areaCode",
					OTHER_STREET);
			return null;
		});
	}

	@Test
	void onlyAnAdminManagesUsersAndReadsTheAudit() {
		viewer(() -> {
			for (String query : List.of("{ users { username } }", "{ auditEvents { totalCount } }",
					"mutation { createUser(input: {username: \"x1\", password: \"long-enough\", role: ADMIN}) { username } }")) {
				this.graphQl.document(query).execute().errors().satisfy(errors -> {
					assertThat(errors).as(query).hasSize(1);
					assertThat(errors.get(0).getErrorType()).as(query).isEqualTo(ErrorType.FORBIDDEN);
				});
			}
			return null;
		});
		this.graphQl.document("""
				mutation { createUser(input: {username: "nowhere", password: "long-enough", role: VIEWER,
				  areaCode: "999999999999"}) { username } }""").execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(errors.get(0).getMessage()).contains("areaCode").contains("999999999999");
		});
		assertThat(this.graphQl.document("{ users { username role area { code } } }")
			.execute()
			.path("users[*].username")
			.entityList(String.class)
			.get()).contains(TestUsers.ADMIN, TestUsers.STREET_VIEWER, TestUsers.STREET_IMPORTER);
	}

	private void forbidden(String query, String argument, String value) {
		this.graphQl.document(query).execute().errors().satisfy(errors -> {
			assertThat(errors).as(query).hasSize(1);
			assertThat(errors.get(0).getErrorType()).as(query).isEqualTo(ErrorType.FORBIDDEN);
			assertThat(errors.get(0).getMessage()).as(query).contains(argument).contains("\"" + value + "\"");
		});
	}

}
