package cn.liangxin.graph.history;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.GraphQlTester;

import cn.liangxin.graph.ledger.ImportOptions;
import cn.liangxin.graph.ledger.LedgerImporter;
import cn.liangxin.graph.ledger.LedgerText;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.GraphQl;
import cn.liangxin.graph.support.TestStore;

import static cn.liangxin.graph.support.Quarters.DISTRICT;
import static cn.liangxin.graph.support.Quarters.Q2;
import static cn.liangxin.graph.support.Quarters.Q2_BUNDLE;
import static cn.liangxin.graph.support.Quarters.Q3;
import static cn.liangxin.graph.support.Quarters.STREET;
import static cn.liangxin.graph.support.Quarters.q3;
import static cn.liangxin.graph.support.Quarters.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network's lists and lookups as of a date (docs/domain.md, "History"): on a store
 * holding Q2 then Q3 as snapshots of the district, each read at Q2 answers as on a store
 * holding the Q2 bundle alone, and at the latest as on the Q3 bundle alone. One store per
 * quarter, built once for every scope.
 */
@GraphIntegrationTest
class HistoryReadsIT {

	private static final String LISTS = """
			query($scope: Scope, $asOf: String) {
			  organizations(filter: {scope: $scope, status: [ACTIVE, DEREGISTERED]}, first: 1000, asOf: $asOf) {
			    totalCount nodes { id name kind status employees aboveScale verifiedOn ownership
			                       area { code } park { id } building { id } } }
			  partyOrganizations(filter: {scope: $scope}, first: 1000, asOf: $asOf) {
			    totalCount nodes { id name level formation stars termEndsOn rating
			                       parent { id } area { code } park { id } } }
			}
			""";

	@Autowired
	TestStore store;

	@Autowired
	LedgerImporter importer;

	@Autowired
	ExecutionGraphQlService service;

	@AfterAll
	static void markChanged(@Autowired TestStore store) {
		store.changed();
	}

	@Test
	void listsAndLookupsAtEachQuarterAreThoseOfItsBundleAlone() {
		Map<String, byte[]> q3 = q3();
		List<String> scopes = scopes();
		// lookups of ids held by both quarters (a missing one is an error, compared
		// apart)
		Set<String> q3Organizations = Set.copyOf(ids(q3, "organizations.csv"));
		Set<String> q3PartyOrganizations = Set.copyOf(ids(q3, "party_orgs.csv"));
		List<String> organizations = ids(Q2_BUNDLE, "organizations.csv").stream()
			.filter(q3Organizations::contains)
			.toList();
		List<String> partyOrganizations = ids(Q2_BUNDLE, "party_orgs.csv").stream()
			.filter(q3PartyOrganizations::contains)
			.toList();
		List<String> officers = ids(Q2_BUNDLE, "officers.csv");
		String lookups = lookups(organizations, partyOrganizations, officers);

		load(Q2_BUNDLE, Q2);
		Map<String, Object> q2Alone = answers(scopes, lookups, null);
		load(q3, Q2);
		Map<String, Object> q3Alone = answers(scopes, lookups, null);

		this.store.clear();
		importSnapshot(Q2_BUNDLE, Q2);
		importSnapshot(q3, Q3);
		assertThat(answers(scopes, lookups, Q2)).isEqualTo(q2Alone);
		assertThat(answers(scopes, lookups, null)).isEqualTo(q3Alone);
		assertThat(answers(scopes, lookups, Q3)).isEqualTo(q3Alone);

		// the quarters differ in what these reads answer, so the comparison can fail: a
		// party organization dissolved, a firm dropped, one deregistered
		for (String scope : List.of("district", "street")) {
			assertThat(q3Alone.get(scope)).as(scope).isNotEqualTo(q2Alone.get(scope));
		}
		assertThat(q3Alone.get("lookups")).isNotEqualTo(q2Alone.get("lookups"));
		// a party organization left out of Q3 is found at Q2 only
		String dissolved = ids(Q2_BUNDLE, "party_orgs.csv").stream()
			.filter(id -> !q3PartyOrganizations.contains(id))
			.findFirst()
			.orElseThrow();
		GraphQlTester graphQl = GraphQl.tester(this.service);
		graphQl.document("{ partyOrganization(id: \"" + dissolved + "\", asOf: \"" + Q2 + "\") { id } }")
			.execute()
			.path("partyOrganization.id")
			.entity(String.class)
			.isEqualTo(dissolved);
		graphQl.document("{ partyOrganization(id: \"" + dissolved + "\") { id } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("NOT_FOUND")));
		// before the first quarter there was nothing
		graphQl.document(LISTS)
			.variable("scope", Map.of("areaCode", DISTRICT))
			.variable("asOf", Q2.minusDays(1).toString())
			.execute()
			.path("organizations.totalCount")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("partyOrganizations.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	/**
	 * The district, a street, a community of it and everything (the parks come apart).
	 */
	private static List<String> scopes() {
		return List.of("district", "street", "community", "everything");
	}

	private static Map<String, Object> scope(String name) {
		String community = rows(Q2_BUNDLE, "areas.csv").stream()
			.map(a -> a[0])
			.filter(code -> code.startsWith(STREET.substring(0, 9)) && !code.equals(STREET))
			.findFirst()
			.orElseThrow();
		return switch (name) {
			case "district" -> Map.of("areaCode", DISTRICT);
			case "street" -> Map.of("areaCode", STREET);
			case "community" -> Map.of("areaCode", community);
			default -> Map.of();
		};
	}

	/**
	 * Each scope's lists, each park's lists and the lookups, as answered over GraphQL.
	 */
	private Map<String, Object> answers(List<String> scopes, String lookups, LocalDate asOf) {
		GraphQlTester graphQl = GraphQl.tester(this.service);
		Map<String, Object> answers = new LinkedHashMap<>();
		Stream<Map.Entry<String, Map<String, Object>>> all = Stream.concat(
				scopes.stream().map(s -> Map.entry(s, scope(s))),
				rows(Q2_BUNDLE, "parks.csv").stream().map(p -> Map.entry("park " + p[0], Map.of("parkId", p[0]))));
		all.forEach(s -> {
			var response = graphQl.document(LISTS)
				.variable("scope", s.getValue())
				.variable("asOf", asOf == null ? null : asOf.toString())
				.execute();
			answers.put(s.getKey(), List.of(response.path("organizations").entity(Map.class).get(),
					response.path("partyOrganizations").entity(Map.class).get()));
		});
		var response = graphQl.document(lookups).variable("asOf", asOf == null ? null : asOf.toString()).execute();
		Map<String, Object> found = new LinkedHashMap<>();
		lookups.lines()
			.map(String::strip)
			.filter(l -> l.matches("[opg]\\d+: .*"))
			.map(l -> l.substring(0, l.indexOf(':')))
			.forEach(alias -> found.put(alias, response.path(alias).entity(Map.class).get()));
		assertThat(found).hasSizeGreaterThan(5);
		answers.put("lookups", found);
		return answers;
	}

	private static String lookups(List<String> organizations, List<String> partyOrganizations, List<String> officers) {
		StringBuilder document = new StringBuilder("query($asOf: String) {\n");
		for (int i = 0; i < organizations.size(); i++) {
			document.append("  o")
				.append(i)
				.append(": organization(id: \"")
				.append(organizations.get(i))
				.append("\", asOf: $asOf) { id name status employees area { code } park { id } building { id } }\n");
		}
		for (int i = 0; i < partyOrganizations.size(); i++) {
			document.append("  p")
				.append(i)
				.append(": partyOrganization(id: \"")
				.append(partyOrganizations.get(i))
				.append("\", asOf: $asOf) { id name formation stars parent { id } area { code } park { id } }\n");
		}
		for (int i = 0; i < officers.size(); i++) {
			document.append("  g")
				.append(i)
				.append(": officer(id: \"")
				.append(officers.get(i))
				.append("\", asOf: $asOf) { id name area { code } }\n");
		}
		return document.append("}").toString();
	}

	private static List<String> ids(Map<String, byte[]> bundle, String file) {
		return rows(bundle, file).stream().map(r -> r[0]).collect(Collectors.toList());
	}

	private void load(Map<String, byte[]> bundle, LocalDate asOf) {
		this.store.clear();
		try {
			this.importer.importBundle(bundle, ImportOptions.upsert(asOf), LedgerText.CHINESE);
		}
		catch (LedgerImporter.LedgerRejectedException ex) {
			throw new AssertionError("refused: " + ex.errors().stream().limit(5).toList(), ex);
		}
	}

	private void importSnapshot(Map<String, byte[]> bundle, LocalDate asOf) {
		try {
			this.importer.importBundle(bundle, ImportOptions.snapshot(asOf, DISTRICT), LedgerText.CHINESE);
		}
		catch (LedgerImporter.LedgerRejectedException ex) {
			throw new AssertionError("refused: " + ex.errors().stream().limit(5).toList(), ex);
		}
	}

}
