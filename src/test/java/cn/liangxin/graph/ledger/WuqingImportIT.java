package cn.liangxin.graph.ledger;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.TestStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The 五清 columns are optional: a bundle without them imports as before, and the 五清 update
 * of the example district adds exactly its new cells and its prospects, nothing else.
 */
@GraphIntegrationTest
class WuqingImportIT {

	static final Map<String, byte[]> BASE = TestStore.bundle("ledger/example-district");

	static final Map<String, byte[]> UPDATE = TestStore.bundle("ledger/example-district-wuqing");

	static final Set<String> NEW_PROPERTIES = Set.of("noPartyOrgReason", "plannedOn", "ownerIsMember", "revenue",
			"ownership", "termEndsOn", "hasSecretary", "secretaryTrained", "rating", "joinedOn", "probationEndsOn");

	@Autowired
	TestStore store;

	@Autowired
	LedgerImporter importer;

	@AfterAll
	static void markChanged(@Autowired TestStore store) {
		store.changed();
	}

	@Test
	void withoutTheNewColumnsNothingNewIsStoredAndTheUpdateAddsOnlyItsNewCells() {
		this.store.clear();
		this.importer.importBundle(BASE);
		var before = this.store.latestFingerprint();
		try (var session = this.store.session()) {
			List<String> keys = session.run("MATCH (n) UNWIND keys(n) AS k RETURN DISTINCT k")
				.list(r -> r.get("k").asString());
			assertThat(keys).doesNotContainAnyElementsOf(NEW_PROPERTIES);
		}
		assertThat(before).containsEntry("Member", 1667L).doesNotContainKeys("Prospect", "CULTIVATED_BY");

		this.importer.importBundle(UPDATE);
		var after = this.store.latestFingerprint();
		// independently from the update's CSV: its prospects, their links, and its
		// non-empty new cells
		List<String[]> members = rows(UPDATE, "members.csv");
		long prospects = members.stream().filter(c -> !c[1].equals("FULL") && !c[1].equals("PROBATIONARY")).count();
		long prospectCells = members.stream()
			.filter(c -> !c[1].equals("FULL") && !c[1].equals("PROBATIONARY"))
			.mapToLong(c -> 2 + nonEmpty(c, 4, 5, 6, 7, 8))
			.sum(); // id, status, birth year, education, mobile, dates
		long newCells = rows(UPDATE, "organizations.csv").stream().mapToLong(c -> nonEmpty(c, 14, 15, 16, 17, 18)).sum()
				+ rows(UPDATE, "party_orgs.csv").stream().mapToLong(c -> nonEmpty(c, 9, 10, 11, 12)).sum()
				+ members.stream()
					.filter(c -> c[1].equals("FULL") || c[1].equals("PROBATIONARY"))
					.mapToLong(c -> nonEmpty(c, 7, 8))
					.sum();
		var expected = new HashMap<>(before);
		expected.put("Prospect", prospects);
		expected.put("nodes", before.get("nodes") + prospects);
		expected.put("nodeProperties", before.get("nodeProperties") + prospectCells + newCells);
		expected.put("WORKS_AT",
				before.get("WORKS_AT") + members.stream()
					.filter(c -> !c[1].equals("FULL") && !c[1].equals("PROBATIONARY") && !c[3].isEmpty())
					.count());
		expected.put("CULTIVATED_BY",
				members.stream()
					.filter(c -> !c[1].equals("FULL") && !c[1].equals("PROBATIONARY") && !c[2].isEmpty())
					.count());
		assertThat(prospects).isPositive();
		assertThat(after).isEqualTo(expected);
	}

	@Test
	void aPersonMovingThroughThePipelineKeepsOneNode() {
		this.store.exampleDistrict();
		this.store.changed();
		String header = "id,status,party_org_id,employer_id,birth_year,education,mobile\n";
		int membersBefore = employed("91310011000001X4");
		// M11-P0001 is a candidate (发展对象) of 91310011000001X4 in the update: admitted,
		// then (a ledger fix) back
		this.importer.importBundle(
				bundle("members.csv", header + "M11-P0001,PROBATIONARY,D11-0016,91310011000001X4,1990,BACHELOR,\n"));
		assertThat(employed("91310011000001X4")).isEqualTo(membersBefore + 1);
		try (var session = this.store.session()) {
			var r = session
				.run("""
						MATCH (n:Member|Prospect {id: 'M11-P0001'})
						RETURN labels(n) AS labels, [(n)-[r]->(x) WHERE NOT type(r) STARTS WITH 'WAS' | type(r) + ':' + x.id] AS links""")
				.single();
			assertThat(r.get("labels").asList()).containsExactly("Member");
			assertThat(r.get("links").asList()).containsExactlyInAnyOrder("MEMBER_OF:D11-0016",
					"WORKS_AT:91310011000001X4");
		}
		this.importer
			.importBundle(bundle("members.csv", header + "M11-P0001,发展对象,D11-0016,91310011000001X4,1990,BACHELOR,\n"));
		assertThat(employed("91310011000001X4")).isEqualTo(membersBefore);
		try (var session = this.store.session()) {
			var r = session
				.run("""
						MATCH (n:Member|Prospect {id: 'M11-P0001'})
						RETURN labels(n) AS labels, [(n)-[r]->(x) WHERE NOT type(r) STARTS WITH 'WAS' | type(r) + ':' + x.id] AS links""")
				.single();
			assertThat(r.get("labels").asList()).containsExactly("Prospect");
			assertThat(r.get("links").asList()).containsExactlyInAnyOrder("CULTIVATED_BY:D11-0016",
					"WORKS_AT:91310011000001X4");
		}
	}

	@Test
	void aBadNewValueRejectsTheBundleAndChangesNothing() {
		this.store.exampleDistrict();
		var before = this.store.fingerprint();
		var bad = new HashMap<>(UPDATE);
		String orgs = new String(UPDATE.get("organizations.csv"), StandardCharsets.UTF_8);
		bad.put("organizations.csv", orgs.replaceFirst(",私营\n", ",国营\n").getBytes(StandardCharsets.UTF_8));
		assertThatExceptionOfType(LedgerImporter.LedgerRejectedException.class)
			.isThrownBy(() -> this.importer.importBundle(bad))
			.satisfies(ex -> assertThat(ex.errors()).singleElement().satisfies(e -> {
				assertThat(e.file()).isEqualTo("organizations.csv");
				assertThat(e.line()).isEqualTo(2);
				assertThat(e.column()).isEqualTo("ownership");
				assertThat(e.message()).contains("国营").contains("PRIVATE (私营)");
			}));
		assertThat(this.store.fingerprint()).isEqualTo(before);
	}

	private int employed(String organization) {
		try (var session = this.store.session()) {
			return session
				.run("MATCH (:Organization {id: $id})<-[:WORKS_AT]-(m:Member) RETURN count(m) AS n",
						Map.of("id", organization))
				.single()
				.get("n")
				.asInt();
		}
	}

	private static Map<String, byte[]> bundle(String file, String text) {
		return Map.of(file, text.getBytes(StandardCharsets.UTF_8), "organizations.csv",
				"id,name,kind,area_code\n".getBytes(StandardCharsets.UTF_8));
	}

	private static long nonEmpty(String[] cells, int... columns) {
		long n = 0;
		for (int c : columns) {
			n += cells[c].isEmpty() ? 0 : 1;
		}
		return n;
	}

	// the update's files have no quoted cells
	private static List<String[]> rows(Map<String, byte[]> bundle, String file) {
		return new String(bundle.get(file), StandardCharsets.UTF_8).lines()
			.skip(1)
			.filter(l -> !l.isBlank())
			.map(l -> l.split(",", -1))
			.toList();
	}

}
