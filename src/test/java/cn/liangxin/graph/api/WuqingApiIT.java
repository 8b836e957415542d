package cn.liangxin.graph.api;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import tools.jackson.databind.JsonNode;

import cn.liangxin.graph.coverage.WuqingScenarioIT;
import cn.liangxin.graph.store.GraphQueries;
import cn.liangxin.graph.support.Expected;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.GraphQl;
import cn.liangxin.graph.support.TestStore;
import cn.liangxin.graph.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 五清 fields over GraphQL: member profiles of scopes, organizations and party
 * organizations (batch loaded), the new columns, the party organization filters and the
 * coverage breakdowns, against example-district-wuqing.expected.json.
 */
@GraphIntegrationTest
class WuqingApiIT {

	static final JsonNode EXPECTED = Expected.WUQING;

	static final String AS_OF = EXPECTED.get("asof").asString();

	@Autowired
	TestStore store;

	@Autowired
	ExecutionGraphQlService service;

	@Autowired
	GraphQueries queries;

	@Autowired
	TestUsers users;

	GraphQlTester graphQl;

	@BeforeEach
	void load() {
		this.store.exampleDistrict();
		this.graphQl = GraphQl.tester(this.service);
	}

	@Test
	void memberProfileOfEachScope() {
		for (String key : List.of("all", "area:310121001000", "area:310121003000", "park:P11-1")) {
			var response = this.graphQl.documentName("memberProfile")
				.variable("scope", scope(key))
				.variable("asOf", AS_OF)
				.execute();
			assertProfile(key, response.path("memberProfile").entity(Map.class).get());
		}
	}

	@Test
	void memberProfileKeepsToTheCallersArea() {
		this.users.streetUsers();
		this.users.as(TestUsers.STREET_VIEWER, () -> {
			// no scope: the viewer's street
			var own = this.graphQl.documentName("memberProfile").variable("asOf", AS_OF).execute();
			assertProfile("area:" + TestUsers.STREET, own.path("memberProfile").entity(Map.class).get());
			this.graphQl.documentName("memberProfile")
				.variable("scope", Map.of("areaCode", "310121002000"))
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
					assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
					assertThat(e.getMessage()).contains("scope.areaCode");
				}));
			return null;
		});
	}

	@Test
	void memberProfileOfOrganizationsIsBatchLoaded() {
		var response = this.graphQl.documentName("organizationProfiles")
			.variable("first", 300)
			.variable("asOf", AS_OF)
			.execute();
		List<Map<String, Object>> nodes = nodes(response.path("organizations.nodes").entityList(Map.class).get());
		Map<String, Map<String, Object>> byId = nodes.stream()
			.collect(Collectors.toMap(n -> (String) n.get("id"), n -> n));
		EXPECTED.get("memberProfile")
			.propertyNames()
			.stream()
			.filter(k -> k.startsWith("organization:"))
			.forEach(k -> assertProfile(k, profile(byId.get(k.substring("organization:".length())))));
		// one statement for the profiles of a page, whatever its size
		assertThat(statements("organizationProfiles", 10)).isEqualTo(statements("organizationProfiles", 200));
	}

	@Test
	void memberProfileOfPartyOrganizations() {
		var response = this.graphQl.documentName("partyOrganizationProfiles")
			.variable("first", 100)
			.variable("asOf", AS_OF)
			.execute();
		List<Map<String, Object>> nodes = nodes(response.path("partyOrganizations.nodes").entityList(Map.class).get());
		Map<String, Map<String, Object>> byId = nodes.stream()
			.collect(Collectors.toMap(n -> (String) n.get("id"), n -> n));
		EXPECTED.get("memberProfile")
			.propertyNames()
			.stream()
			.filter(k -> k.startsWith("partyOrganization:"))
			.forEach(k -> assertProfile(k, profile(byId.get(k.substring("partyOrganization:".length())))));
		assertThat(statements("partyOrganizationProfiles", 5)).isEqualTo(statements("partyOrganizationProfiles", 70));
	}

	@Test
	void newColumnsReadBackAsImported() {
		// from example-district-wuqing: Chinese values (是, 私营, 较好, 否) arrive as the enum
		// names
		var org = this.graphQl.document(
				"""
						{ organization(id: "91310011000003X4") { noPartyOrgReason plannedOn ownerIsMember revenue ownership } }""")
			.execute();
		org.path("organization.noPartyOrgReason").entity(String.class).isEqualTo("FOREIGN_INVESTED");
		org.path("organization.ownerIsMember").entity(Boolean.class).isEqualTo(true);
		org.path("organization.revenue").entity(Double.class).isEqualTo(1521.3);
		org.path("organization.ownership").entity(String.class).isEqualTo("PRIVATE");
		org.path("organization.plannedOn").valueIsNull();
		var po = this.graphQl.document("""
				{ partyOrganization(id: "D11-0002") { termEndsOn hasSecretary secretaryTrained rating stars } }""")
			.execute();
		po.path("partyOrganization.termEndsOn").entity(String.class).isEqualTo("2026-06-28");
		po.path("partyOrganization.hasSecretary").entity(Boolean.class).isEqualTo(false);
		po.path("partyOrganization.secretaryTrained").valueIsNull();
		po.path("partyOrganization.rating").entity(String.class).isEqualTo("GOOD");
	}

	@Test
	void partyOrganizationsFilterByStarsRatingAndTerm() {
		JsonNode filters = EXPECTED.get("partyOrganizations");
		assertThat(filtered(Map.of("stars", 1))).isEqualTo(strings(filters.get("stars=1")));
		assertThat(filtered(Map.of("rating", "WEAK"))).isEqualTo(strings(filters.get("rating=WEAK")));
		assertThat(filtered(Map.of("termDueBefore", "2027-01-01")))
			.isEqualTo(strings(filters.get("termDueBefore=2027-01-01")));
		// together: the intersection
		List<String> both = filtered(Map.of("rating", "WEAK", "termDueBefore", "2027-01-01"));
		assertThat(both).isEqualTo(strings(filters.get("rating=WEAK")).stream()
			.filter(strings(filters.get("termDueBefore=2027-01-01"))::contains)
			.toList());
	}

	@Test
	void badFilterValuesAreNamed() {
		var stars = this.graphQl.document("{ partyOrganizations(filter: {stars: 9}) { totalCount } }").execute();
		stars.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(e.getMessage()).contains("filter.stars").contains("9");
		}));
		var term = this.graphQl
			.document("{ partyOrganizations(filter: {termDueBefore: \"next year\"}) { totalCount } }")
			.execute();
		term.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(e.getMessage()).contains("filter.termDueBefore").contains("next year");
		}));
	}

	@Test
	void coverageBreakdownsOverGraphQl() {
		var response = this.graphQl.documentName("coverageWuqing").execute();
		List<Map<String, Object>> reasons = nodes(
				response.path("coverage.byNoPartyOrgReason").entityList(Map.class).get());
		JsonNode expected = EXPECTED.get("coverage").get("all");
		assertThat(reasons).extracting(r -> r.get("key"))
			.containsExactlyInAnyOrderElementsOf(expected.get("byNoPartyOrgReason").propertyNames());
		assertThat(reasons).filteredOn(r -> r.get("key").equals("TOO_FEW_MEMBERS"))
			.singleElement()
			.satisfies(r -> assertThat(r.get("label")).isEqualTo("党员不足3人"));
		List<Map<String, Object>> shares = nodes(response.path("coverage.formationShares").entityList(Map.class).get());
		assertThat(shares).extracting(s -> s.get("formation"))
			.containsExactly("STANDALONE", "JOINT", "AFFILIATED", "AREA");
		assertThat(shares.stream().mapToDouble(s -> ((Number) s.get("share")).doubleValue()).sum()).isCloseTo(1.0,
				org.assertj.core.api.Assertions.within(1e-9));
	}

	// ---- helpers
	// ------------------------------------------------------------------------------

	private long statements(String document, int first) {
		long before = this.queries.countAll();
		var tester = this.graphQl.documentName(document).variable("first", first).variable("asOf", AS_OF);
		tester.execute()
			.path(document.startsWith("organization") ? "organizations.nodes" : "partyOrganizations.nodes")
			.entityList(Object.class)
			.hasSize(first);
		return this.queries.countAll() - before;
	}

	private List<String> filtered(Map<String, Object> filter) {
		return this.graphQl.documentName("partyOrganizationProfiles")
			.variable("filter", filter)
			.variable("first", 100)
			.execute()
			.path("partyOrganizations.nodes[*].id")
			.entityList(String.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> profile(Map<String, Object> node) {
		assertThat(node).isNotNull();
		return (Map<String, Object>) node.get("memberProfile");
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static List<Map<String, Object>> nodes(List<Map> list) {
		return (List<Map<String, Object>>) (List) list;
	}

	@SuppressWarnings("unchecked")
	private static void assertProfile(String key, Map<String, Object> actual) {
		JsonNode expected = EXPECTED.get("memberProfile").get(key);
		assertThat(actual.get("members")).as(key).isEqualTo(expected.get("members").asInt());
		assertThat(actual.get("prospects")).as(key).isEqualTo(expected.get("prospects").asInt());
		for (String field : List.of("byStage", "byAgeBand", "byEducation", "byMobility")) {
			Map<String, Integer> want = new LinkedHashMap<>();
			expected.get(field).properties().forEach(e -> want.put(e.getKey(), e.getValue().asInt()));
			Map<String, Integer> got = new LinkedHashMap<>();
			((List<Map<String, Object>>) actual.get(field))
				.forEach(c -> got.put((String) c.get("key"), (Integer) c.get("count")));
			// same keys in the same order, same counts
			assertThat(got).as(key + " " + field).containsExactlyEntriesOf(want);
		}
	}

	private static List<String> strings(JsonNode array) {
		List<String> result = new java.util.ArrayList<>();
		array.forEach(v -> result.add(v.asString()));
		return result;
	}

	private static Map<String, Object> scope(String key) {
		if (key.equals("all")) {
			return new HashMap<>();
		}
		String[] parts = key.split(":", 2);
		return Map.of(parts[0].equals("area") ? "areaCode" : "parkId", parts[1]);
	}

}
