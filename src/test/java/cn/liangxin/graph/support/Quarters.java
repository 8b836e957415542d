package cn.liangxin.graph.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Two quarters of the example district for the history's tests (docs/domain.md,
 * "History"): Q2 is the example ledger; Q3 is made from it by editing its rows, so what
 * changed is known row by row. Each quarter's expected answers are those of its bundle
 * imported alone.
 */
public final class Quarters {

	public static final LocalDate Q2 = LocalDate.parse("2026-06-30");

	public static final LocalDate Q3 = LocalDate.parse("2026-09-30");

	public static final String DISTRICT = "310121000000";

	public static final String STREET = "310121001000";

	/** The id of the firm Q3 adds (unreached). */
	public static final String ADDED = "91310011009999X0";

	public static final Map<String, byte[]> Q2_BUNDLE = TestStore.bundle("ledger/example-district");

	private Quarters() {
	}

	// ---- the quarters
	// -------------------------------------------------------------------------

	/**
	 * Q3: the example ledger with one unreached firm dropped (and every row naming it),
	 * one deregistered, one added, a party organization dissolved (its units uncovered,
	 * its members held nowhere), a coverage link added and an officer assignment moved.
	 */
	public static Map<String, byte[]> q3() {
		var b = new LinkedHashMap<>(Q2_BUNDLE);
		List<String[]> orgs = rows(b, "organizations.csv");
		List<String[]> units = rows(b, "party_org_units.csv");
		List<String[]> assignments = rows(b, "officer_assignments.csv");

		String deregistered = units.get(7)[1];
		String dissolved = rows(b, "party_orgs.csv").stream()
			.filter(p -> p[3].equals("STANDALONE") && !p[0].equals(units.get(0)[0]) && !p[0].equals(units.get(3)[0])
					&& !p[0].equals(units.get(7)[0]))
			.map(p -> p[0])
			.filter(p -> units.stream().anyMatch(u -> u[0].equals(p)))
			.findFirst()
			.orElseThrow();
		var covered = units.stream().map(u -> u[1]).collect(Collectors.toSet());
		var guided = assignments.stream().map(a -> a[1]).collect(Collectors.toSet());
		List<String> uncovered = orgs.stream()
			.filter(o -> o[12].equals("ACTIVE") && !covered.contains(o[0]) && !guided.contains(o[0]))
			.map(o -> o[0])
			.toList();
		// an unreached firm leaves the ledger (its record would otherwise name a party
		// organization covering nothing else)
		String dropped = uncovered.get(3);
		String nowCovered = uncovered.get(0);
		String nowGuided = uncovered.get(1);
		String[] added = orgs.stream().filter(o -> o[0].equals(uncovered.get(2))).findFirst().orElseThrow().clone();
		added[0] = ADDED;
		added[1] = "上海新设立测试有限公司";

		edit(b, "organizations.csv", row -> !row[0].equals(dropped), row -> {
			if (row[0].equals(deregistered)) {
				row[12] = "DEREGISTERED";
			}
			return row;
		}, List.<String[]>of(added));
		edit(b, "party_orgs.csv", row -> !row[0].equals(dissolved), row -> {
			if (row[4].equals(dissolved)) {
				row[4] = "";
			}
			return row;
		}, List.of());
		edit(b, "party_org_units.csv", row -> !row[1].equals(dropped) && !row[0].equals(dissolved),
				UnaryOperator.identity(), List.<String[]>of(new String[] { units.get(0)[0], nowCovered }));
		edit(b, "officer_assignments.csv", row -> !row[1].equals(dropped) && !row.equals(assignments.get(0)),
				UnaryOperator.identity(),
				List.<String[]>of(new String[] { assignments.get(0)[0], nowGuided, "2026-08-01" }));
		edit(b, "org_links.csv", row -> !row[0].equals(dropped) && !row[1].equals(dropped), UnaryOperator.identity(),
				List.of());
		edit(b, "members.csv", row -> true, row -> {
			if (row[3].equals(dropped)) {
				row[3] = "";
			}
			if (row[2].equals(dissolved)) {
				row[2] = "";
			}
			return row;
		}, List.of());
		return b;
	}

	/**
	 * The rows of a bundle within one street: its areas, parks, buildings, organizations,
	 * party organizations, officers and every link among them.
	 */
	public static Map<String, byte[]> within(Map<String, byte[]> bundle, String street) {
		String prefix = street.substring(0, 9);
		var b = new LinkedHashMap<>(bundle);
		b.remove("areas.geojson");
		b.remove("areas.csv");
		var orgs = ids(b, "organizations.csv", r -> r[6].startsWith(prefix));
		var parks = ids(b, "parks.csv", r -> r[2].startsWith(prefix));
		// a party organization given neither area nor park lies where the units it covers
		// lie
		var unitsOutside = rows(b, "party_org_units.csv").stream()
			.filter(u -> !orgs.contains(u[1]))
			.map(u -> u[0])
			.collect(Collectors.toSet());
		var covering = rows(b, "party_org_units.csv").stream().map(u -> u[0]).collect(Collectors.toSet());
		var partyOrgs = ids(b, "party_orgs.csv", r -> r[5].startsWith(prefix)
				|| (r[5].isEmpty() && parks.contains(r[6]))
				|| (r[5].isEmpty() && r[6].isEmpty() && covering.contains(r[0]) && !unitsOutside.contains(r[0])));
		var officers = ids(b, "officers.csv", r -> r[2].startsWith(prefix));
		var buildings = ids(b, "buildings.csv", r -> r[3].startsWith(prefix));
		edit(b, "organizations.csv", r -> orgs.contains(r[0]), r -> {
			r[7] = parks.contains(r[7]) ? r[7] : "";
			r[8] = buildings.contains(r[8]) ? r[8] : "";
			return r;
		}, List.of());
		edit(b, "parks.csv", r -> parks.contains(r[0]), UnaryOperator.identity(), List.of());
		edit(b, "buildings.csv", r -> buildings.contains(r[0]), r -> {
			r[2] = parks.contains(r[2]) ? r[2] : "";
			return r;
		}, List.of());
		edit(b, "party_orgs.csv", r -> partyOrgs.contains(r[0]), r -> {
			r[4] = partyOrgs.contains(r[4]) ? r[4] : "";
			r[6] = parks.contains(r[6]) ? r[6] : "";
			return r;
		}, List.of());
		edit(b, "officers.csv", r -> officers.contains(r[0]), UnaryOperator.identity(), List.of());
		edit(b, "party_org_units.csv", r -> partyOrgs.contains(r[0]) && orgs.contains(r[1]), UnaryOperator.identity(),
				List.of());
		edit(b, "officer_assignments.csv", r -> officers.contains(r[0]) && orgs.contains(r[1]),
				UnaryOperator.identity(), List.of());
		edit(b, "org_links.csv", r -> orgs.contains(r[0]) && orgs.contains(r[1]), UnaryOperator.identity(), List.of());
		edit(b, "members.csv", r -> orgs.contains(r[3]) || (r[3].isEmpty() && partyOrgs.contains(r[2])), r -> {
			r[2] = partyOrgs.contains(r[2]) ? r[2] : "";
			r[3] = orgs.contains(r[3]) ? r[3] : "";
			return r;
		}, List.of());
		return b;
	}

	/** Per ACTIVE organization of a bundle: organization-covered, work-covered. */
	public static Map<String, boolean[]> facts(Map<String, byte[]> bundle) {
		var partyOrgs = rows(bundle, "party_orgs.csv").stream().map(r -> r[0]).collect(Collectors.toSet());
		var covered = rows(bundle, "party_org_units.csv").stream()
			.filter(u -> partyOrgs.contains(u[0]))
			.map(u -> u[1])
			.collect(Collectors.toSet());
		var guided = rows(bundle, "officer_assignments.csv").stream().map(a -> a[1]).collect(Collectors.toSet());
		Map<String, boolean[]> facts = new java.util.TreeMap<>();
		rows(bundle, "organizations.csv").stream()
			.filter(o -> o[12].equals("ACTIVE"))
			.forEach(o -> facts.put(o[0],
					new boolean[] { covered.contains(o[0]), covered.contains(o[0]) || guided.contains(o[0]) }));
		return facts;
	}

	/**
	 * The changes between two quarters' facts, by kind (the API's order), ids in order.
	 */
	public static Map<String, List<String>> changes(Map<String, boolean[]> from, Map<String, boolean[]> to) {
		Map<String, List<String>> changes = new LinkedHashMap<>();
		for (String kind : List.of("APPEARED", "DISAPPEARED", "GAINED_ORGANIZATION_COVERAGE",
				"LOST_ORGANIZATION_COVERAGE", "GAINED_WORK_COVERAGE", "LOST_WORK_COVERAGE")) {
			java.util.Set<String> ids = new java.util.TreeSet<>();
			java.util.Set<String> all = new java.util.TreeSet<>(from.keySet());
			all.addAll(to.keySet());
			for (String id : all) {
				boolean[] a = from.get(id);
				boolean[] b = to.get(id);
				boolean change = switch (kind) {
					case "APPEARED" -> a == null && b != null;
					case "DISAPPEARED" -> a != null && b == null;
					case "GAINED_ORGANIZATION_COVERAGE" -> a != null && b != null && !a[0] && b[0];
					case "LOST_ORGANIZATION_COVERAGE" -> a != null && b != null && a[0] && !b[0];
					case "GAINED_WORK_COVERAGE" -> a != null && b != null && !a[1] && b[1];
					default -> a != null && b != null && a[1] && !b[1];
				};
				if (change) {
					ids.add(id);
				}
			}
			if (!ids.isEmpty()) {
				changes.put(kind, List.copyOf(ids));
			}
		}
		return changes;
	}

	// ---- CSV
	// ----------------------------------------------------------------------------------

	public static List<String[]> rows(Map<String, byte[]> bundle, String file) {
		return new String(bundle.get(file), StandardCharsets.UTF_8).lines()
			.skip(1)
			.filter(l -> !l.isBlank())
			.map(l -> l.split(",", -1))
			.toList();
	}

	public static java.util.Set<String> ids(Map<String, byte[]> bundle, String file, Predicate<String[]> keep) {
		return rows(bundle, file).stream().filter(keep).map(r -> r[0]).collect(Collectors.toSet());
	}

	public static void edit(Map<String, byte[]> bundle, String file, Predicate<String[]> keep,
			UnaryOperator<String[]> change, List<String[]> add) {
		String header = new String(bundle.get(file), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
		List<String[]> rows = new ArrayList<>(
				rows(bundle, file).stream().filter(keep).map(r -> change.apply(r.clone())).toList());
		rows.addAll(add);
		String text = header + "\n"
				+ rows.stream().map(r -> String.join(",", Arrays.asList(r))).collect(Collectors.joining("\n")) + "\n";
		bundle.put(file, text.getBytes(StandardCharsets.UTF_8));
	}

}
