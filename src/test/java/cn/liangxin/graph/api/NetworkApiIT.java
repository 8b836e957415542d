package cn.liangxin.graph.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import cn.liangxin.graph.store.GraphQueries;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.Expected;
import cn.liangxin.graph.support.GraphQl;
import cn.liangxin.graph.support.TestStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API over the example district, checked against figures counted straight from
 * its CSV files (and the independently computed totals in
 * example-district.expected.json).
 */
@GraphIntegrationTest
class NetworkApiIT {

	@Autowired
	TestStore store;

	@Autowired
	ExecutionGraphQlService service;

	@Autowired
	GraphQueries queries;

	GraphQlTester graphQl;

	static final Map<String, byte[]> BUNDLE = TestStore.bundle("ledger/example-district");

	@BeforeEach
	void load() {
		this.store.exampleDistrict();
		this.graphQl = GraphQl.tester(this.service);
	}

	@Test
	void countsActiveOrganizationsOfEveryScope() {
		// expected.json: all 291, street 310121001000: 26, park P11-1: 39 (organizations
		// in the park directly or via a building)
		assertThat(total(Map.of())).isEqualTo(291);
		assertThat(total(Map.of("areaCode", "310121001000"))).isEqualTo(26);
		assertThat(total(Map.of("parkId", "P11-1"))).isEqualTo(39);
		assertThat(total(Map.of("parkId", "P11-2"))).isEqualTo(49);
		assertThat(total(Map.of("areaCode", "310121000000"))).isEqualTo(291);
	}

	@Test
	void everyParkCountsItsActiveOrganizationsDirectlyOrThroughABuilding() {
		List<Map<String, Object>> parks = this.graphQl.document("{ parks { id organizationCount } }")
			.execute()
			.path("parks")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(parks).hasSize(3);
		for (Map<String, Object> park : parks) {
			// the coverage totals of expected.json count the same organizations
			assertThat(park.get("organizationCount")).as("park %s", park.get("id"))
				.isEqualTo(Expected.DISTRICT.get("coverage").get("park:" + park.get("id")).get("total").asInt());
		}
	}

	@Test
	void pagesThroughEveryOrganizationOnceInIdOrder() {
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var response = this.graphQl.documentName("organizationsInScope")
				.variable("first", 70)
				.variable("after", after)
				.execute();
			seen.addAll(response.path("organizations.nodes[*].id").entityList(String.class).get());
			more = response.path("organizations.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("organizations.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(seen).hasSize(291).doesNotHaveDuplicates().isSorted();
		assertThat(seen).containsExactlyInAnyOrderElementsOf(activeOrganizationIds());
	}

	@Test
	void readsBackAnOrganizationWithItsNeighbours() {
		// 91310011000000X5: covered by D11-0009 (party_org_units.csv), in park P11-3,
		// community 310121003003
		var org = this.graphQl.documentName("organization").variable("id", "91310011000000X5").execute();
		org.path("organization.name").entity(String.class).isEqualTo("上海华东家政服务有限公司");
		org.path("organization.industry.code").entity(String.class).isEqualTo("O8051");
		org.path("organization.industry.section").entity(String.class).isEqualTo("O");
		org.path("organization.industry.division").entity(String.class).isEqualTo("80");
		org.path("organization.partyOrganizations[*].id").entityList(String.class).containsExactly("D11-0009");
		org.path("organization.park.id").entity(String.class).isEqualTo("P11-3");
		org.path("organization.area.code").entity(String.class).isEqualTo("310121003003");
		org.path("organization.area.parent.code").entity(String.class).isEqualTo("310121003000");
		org.path("organization.location.lat").entity(Double.class).isEqualTo(31.206898);
		org.path("organization.fullMembers").entity(Integer.class).isEqualTo(countMembers("91310011000000X5", true));
		org.path("organization.members").entity(Integer.class).isEqualTo(countMembers("91310011000000X5", false));
	}

	@Test
	void navigatesPartyOrganizationsBothWays() {
		var po = this.graphQl.documentName("partyOrganization").variable("id", "D11-0009").execute();
		assertThat(po.path("partyOrganization.units[*].id").entityList(String.class).get())
			.containsExactlyElementsOf(unitsOf("D11-0009"));
		po.path("partyOrganization.members").entity(Integer.class).isEqualTo(registeredIn("D11-0009"));
		var root = this.graphQl.documentName("partyOrganization").variable("id", "D11-0001").execute();
		root.path("partyOrganization.children[*].id")
			.entityList(String.class)
			.contains("D11-0002", "D11-0003", "D11-0004");
	}

	@Test
	void navigatesTheAreaTree() {
		var response = this.graphQl.documentName("areaTree").variable("code", "310121001000").execute();
		response.path("area.level").entity(String.class).isEqualTo("STREET");
		response.path("area.parent.code").entity(String.class).isEqualTo("310121000000");
		assertThat(response.path("area.children[*].code").entityList(String.class).get())
			.containsExactlyElementsOf(childrenOf("310121001000"));
		response.path("streets[*].code")
			.entityList(String.class)
			.containsExactly("310121001000", "310121002000", "310121003000", "310121004000");
	}

	@Test
	void filtersByKindIndustryAndName() {
		var enterprises = this.graphQl.documentName("filtered")
			.variable("filter", Map.of("kind", "SOCIAL_ORGANIZATION"))
			.execute();
		enterprises.path("organizations.totalCount")
			.entity(Integer.class)
			.isEqualTo(countActive(cols -> cols[2].equals("SOCIAL_ORGANIZATION")));
		var software = this.graphQl.documentName("filtered").variable("filter", Map.of("industry", "I65")).execute();
		software.path("organizations.totalCount")
			.entity(Integer.class)
			.isEqualTo(countActive(cols -> cols[3].startsWith("I65") || cols[3].startsWith("65")));
		var named = this.graphQl.documentName("filtered").variable("filter", Map.of("nameContains", "科技")).execute();
		named.path("organizations.totalCount")
			.entity(Integer.class)
			.isEqualTo(countActive(cols -> cols[1].contains("科技")));
		var all = this.graphQl.documentName("filtered")
			.variable("filter", Map.of("status", List.of("ACTIVE", "DEREGISTERED")))
			.execute();
		all.path("organizations.totalCount").entity(Integer.class).isEqualTo(300);
	}

	@Test
	void aPageOfOrganizationsCostsAFixedNumberOfStatements() {
		long before = this.queries.countAll();
		this.graphQl.documentName("organizationPage")
			.variable("first", 10)
			.execute()
			.path("organizations.nodes")
			.entityList(Object.class)
			.hasSize(10);
		long forTen = this.queries.countAll() - before;
		before = this.queries.countAll();
		this.graphQl.documentName("organizationPage")
			.variable("first", 100)
			.execute()
			.path("organizations.nodes")
			.entityList(Object.class)
			.hasSize(100);
		long forHundred = this.queries.countAll() - before;
		// page + projection + one batch per navigation field: independent of the page
		// size
		assertThat(forHundred).isEqualTo(forTen).isLessThanOrEqualTo(16);
	}

	@Test
	void badArgumentsAreClassifiedAndNamed() {
		assertError("{ organizations(filter: {scope: {areaCode: \"999\"}}) { totalCount } }", ErrorType.NOT_FOUND,
				"scope.areaCode", "999");
		assertError(
				"{ organizations(filter: {scope: {areaCode: \"310121001000\", parkId: \"P11-1\"}}) { totalCount } }",
				ErrorType.BAD_REQUEST, "scope", "P11-1");
		assertError("{ organizations(first: -1) { totalCount } }", ErrorType.BAD_REQUEST, "first", "-1");
		assertError("{ organizations(after: \"not-a-cursor\") { totalCount } }", ErrorType.BAD_REQUEST, "after",
				"not-a-cursor");
		assertError("{ organization(id: \"nope\") { id } }", ErrorType.NOT_FOUND, "id", "nope");
		assertError("{ area(code: \"nope\") { code } }", ErrorType.NOT_FOUND, "code", "nope");
		assertError("{ areas(parentCode: \"nope\") { code } }", ErrorType.NOT_FOUND, "parentCode", "nope");
		assertError("{ organizations(filter: {industry: \"Z9\"}) { totalCount } }", ErrorType.BAD_REQUEST,
				"filter.industry", "Z9");
	}

	private void assertError(String document, ErrorType type, String argument, String value) {
		this.graphQl.document(document).execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType()).isEqualTo(type);
			assertThat(errors.get(0).getMessage()).contains(argument).contains(value).doesNotContain("Exception");
		});
	}

	private int total(Map<String, String> scope) {
		return this.graphQl.documentName("organizationsInScope")
			.variable("scope", scope)
			.variable("first", 1)
			.execute()
			.path("organizations.totalCount")
			.entity(Integer.class)
			.get();
	}

	// ---- independent answers from the CSV files (no quoted cells in these files)
	// ----------------

	static List<String[]> rows(String file) {
		return TestStore.text(BUNDLE, file)
			.lines()
			.skip(1)
			.filter(l -> !l.isBlank())
			.map(l -> l.split(",", -1))
			.toList();
	}

	static List<String> activeOrganizationIds() {
		return rows("organizations.csv").stream().filter(c -> !c[12].equals("DEREGISTERED")).map(c -> c[0]).toList();
	}

	static int countActive(java.util.function.Predicate<String[]> predicate) {
		return (int) rows("organizations.csv").stream()
			.filter(c -> !c[12].equals("DEREGISTERED"))
			.filter(predicate)
			.count();
	}

	static int countMembers(String employer, boolean fullOnly) {
		return (int) rows("members.csv").stream()
			.filter(c -> c[3].equals(employer))
			.filter(c -> !fullOnly || c[1].equals("FULL"))
			.count();
	}

	static int registeredIn(String partyOrg) {
		return (int) rows("members.csv").stream().filter(c -> c[2].equals(partyOrg)).count();
	}

	static List<String> unitsOf(String partyOrg) {
		return rows("party_org_units.csv").stream().filter(c -> c[0].equals(partyOrg)).map(c -> c[1]).sorted().toList();
	}

	static List<String> childrenOf(String area) {
		return rows("areas.csv").stream().filter(c -> c[3].equals(area)).map(c -> c[0]).sorted().toList();
	}

}
