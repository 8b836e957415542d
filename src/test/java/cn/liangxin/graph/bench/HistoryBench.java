package cn.liangxin.graph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;

import cn.liangxin.graph.coverage.CoverageAnalytics;
import cn.liangxin.graph.demo.CityGenerator;
import cn.liangxin.graph.demo.CityParameters;
import cn.liangxin.graph.ledger.ImportOptions;
import cn.liangxin.graph.ledger.LedgerImporter;
import cn.liangxin.graph.ledger.LedgerText;
import cn.liangxin.graph.network.Scope;

/**
 * The cost of history (issue 9, item 7): a generated city over eight quarters, each a
 * SNAPSHOT of the whole city in which about {@code --history-change} (5 %) of the
 * organizations changed (a fifth each: deregistered, left out of the ledger, new, newly
 * covered by a party organization, re-verified). Per quarter: the import's seconds and
 * the store's records; then coverage of the city and of a street at the first quarter, at
 * the last and at the latest, side by side in one run (ratios, as the machine is noisy),
 * and the records of one import of the last quarter alone for comparison.
 */
final class HistoryBench {

	private static final int QUARTERS = 8;

	private HistoryBench() {
	}

	static String run(int organizations, double change, Path dir, Function<Path, ConfigurableApplicationContext> start,
			int runs, int warmups) throws IOException {
		var out = new StringBuilder();
		out.append("## History: ")
			.append(String.format("%,d", organizations))
			.append(" organizations over ")
			.append(QUARTERS)
			.append(" quarters, ")
			.append(String.format("%.0f", change * 100))
			.append(" % changing per quarter\n\n");
		List<Map<String, byte[]>> quarters = quarters(
				CityGenerator.inMemoryBundle(CityParameters.of(organizations, 7L)), change);
		List<LocalDate> dates = new ArrayList<>();
		// the first quarter fills the empty store; the city it makes is what each later
		// quarter is a snapshot of
		String root = null;
		String street = null;
		try (var context = start.apply(dir.resolve("history"))) {
			var importer = context.getBean(LedgerImporter.class);
			Driver driver = context.getBean(Driver.class);
			out.append(
					"| quarter | asOf | rows | import s | rows/s | nodes (all) | relationships (all) | of which history |\n");
			out.append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
			for (int q = 0; q < QUARTERS; q++) {
				LocalDate asOf = LocalDate.of(2025, 3, 31)
					.plusMonths(3L * q)
					.withDayOfMonth(1)
					.plusMonths(1)
					.minusDays(1);
				dates.add(asOf);
				long t = System.nanoTime();
				LedgerImporter.ImportResult result;
				try {
					result = importer.importBundle(quarters.get(q),
							root == null ? ImportOptions.upsert(asOf) : ImportOptions.snapshot(asOf, root),
							LedgerText.CHINESE);
				}
				catch (LedgerImporter.LedgerRejectedException ex) {
					throw new IllegalStateException("quarter " + (q + 1) + " refused: "
							+ ex.errors().subList(0, Math.min(5, ex.errors().size())), ex);
				}
				double s = (System.nanoTime() - t) / 1e9;
				if (root == null) {
					root = areaOf(driver, "CITY", true);
					street = areaOf(driver, "STREET", false);
				}
				long[] records = records(driver);
				out.append(String.format("| %d | %s | %,d | %.1f | %,.0f | %,d | %,d | %,d |%n", q + 1, asOf,
						result.totalRows(), s, result.totalRows() / s, records[0], records[1], records[2]));
			}
			var coverage = context.getBean(CoverageAnalytics.class);
			out.append("\n| coverage of | first quarter ms | last quarter ms | latest ms | first / latest |\n");
			out.append("|---|---:|---:|---:|---:|\n");
			for (var scope : List.of(Map.entry("the city", Scope.EVERYTHING),
					Map.entry("a street (" + street + ")", new Scope(street, null)))) {
				double first = median(() -> coverage.coverage(scope.getValue(), dates.get(0)), runs, warmups);
				double last = median(() -> coverage.coverage(scope.getValue(), dates.get(QUARTERS - 1)), runs, warmups);
				double latest = median(() -> coverage.coverage(scope.getValue(), null), runs, warmups);
				out.append(String.format("| %s | %.0f | %.0f | %.0f | %.2f× |%n", scope.getKey(), first, last, latest,
						first / latest));
			}
		}
		try (var context = start.apply(dir.resolve("last-alone"))) {
			context.getBean(LedgerImporter.class)
				.importBundle(quarters.get(QUARTERS - 1), ImportOptions.upsert(dates.get(QUARTERS - 1)),
						LedgerText.CHINESE);
			long[] records = records(context.getBean(Driver.class));
			out.append(String.format(
					"%nThe last quarter imported alone into an empty store: %,d nodes, %,d relationships.%n%n",
					records[0], records[1]));
		}
		out.append("Store directories: ")
			.append(String.format("%,d", size(dir.resolve("history"))))
			.append(" bytes with the history, ")
			.append(String.format("%,d", size(dir.resolve("last-alone"))))
			.append(" bytes for the last quarter alone.\n\n");
		return out.toString();
	}

	/** The quarters: the generated city, then each the one before with its changes. */
	static List<Map<String, byte[]>> quarters(Map<String, byte[]> base, double change) {
		for (var file : base.entrySet()) {
			if (file.getKey().endsWith(".csv") && new String(file.getValue(), StandardCharsets.UTF_8).contains("\"")) {
				throw new IllegalStateException(file.getKey() + " has quoted cells: this bench edits plain rows");
			}
		}
		List<Map<String, byte[]>> quarters = new ArrayList<>();
		quarters.add(base);
		var random = new Random(9);
		int added = 0;
		for (int q = 1; q < QUARTERS; q++) {
			var b = new LinkedHashMap<>(quarters.get(q - 1));
			List<String[]> orgs = rows(b, "organizations.csv");
			List<String> header = header(b, "organizations.csv");
			int status = header.indexOf("status");
			int verified = header.indexOf("verified_on");
			int changes = (int) Math.round(orgs.size() * change / 5);
			Set<String> dropped = new HashSet<>();
			Set<String> deregistered = new HashSet<>();
			Set<String> verifiedNow = new HashSet<>();
			while (dropped.size() < changes) {
				dropped.add(orgs.get(random.nextInt(orgs.size()))[0]);
			}
			while (deregistered.size() < changes) {
				String id = orgs.get(random.nextInt(orgs.size()))[0];
				if (!dropped.contains(id)) {
					deregistered.add(id);
				}
			}
			while (verifiedNow.size() < changes) {
				verifiedNow.add(orgs.get(random.nextInt(orgs.size()))[0]);
			}
			List<String[]> newOrgs = new ArrayList<>();
			for (int i = 0; i < changes; i++) {
				String[] copy = orgs.get(random.nextInt(orgs.size())).clone();
				copy[0] = String.format("NEW%02d%07d", q, added++);
				copy[header.indexOf("name")] = "新设单位" + copy[0];
				newOrgs.add(copy);
			}
			String day = LocalDate.of(2025, 3, 31).plusMonths(3L * q).toString();
			edit(b, "organizations.csv", r -> dropped.contains(r[0]) ? null : r, r -> {
				if (deregistered.contains(r[0])) {
					r[status] = "DEREGISTERED";
				}
				if (verifiedNow.contains(r[0]) && verified >= 0) {
					r[verified] = day;
				}
				return r;
			}, newOrgs);
			// a unit's own branch given neither area nor park, covering only dropped
			// organizations, is dissolved with them
			Set<String> dissolved = dissolved(b, dropped);
			List<String> poHeader = header(b, "party_orgs.csv");
			int parent = poHeader.indexOf("parent_id");
			edit(b, "party_orgs.csv", r -> dissolved.contains(r[0]) ? null : r, r -> {
				if (parent >= 0 && dissolved.contains(r[parent])) {
					r[parent] = "";
				}
				return r;
			}, List.of());
			edit(b, "party_org_units.csv", r -> dissolved.contains(r[0]) ? null : r, r -> r, List.of());
			int partyOrg = header(b, "members.csv").indexOf("party_org_id");
			edit(b, "members.csv", r -> r, r -> {
				if (dissolved.contains(r[partyOrg])) {
					r[partyOrg] = "";
				}
				return r;
			}, List.of());
			// every row naming a dropped organization goes with it (members lose their
			// employer)
			edit(b, "party_org_units.csv", r -> dropped.contains(r[1]) ? null : r, r -> r,
					newCoverage(b, orgs, dropped, changes, random));
			edit(b, "officer_assignments.csv", r -> dropped.contains(r[1]) ? null : r, r -> r, List.of());
			edit(b, "org_links.csv", r -> dropped.contains(r[0]) || dropped.contains(r[1]) ? null : r, r -> r,
					List.of());
			int employer = header(b, "members.csv").indexOf("employer_id");
			edit(b, "members.csv", r -> r, r -> {
				if (dropped.contains(r[employer])) {
					r[employer] = "";
				}
				return r;
			}, List.of());
			quarters.add(b);
		}
		return quarters;
	}

	/** Party organizations with neither area nor park whose units are all dropped. */
	private static Set<String> dissolved(Map<String, byte[]> b, Set<String> dropped) {
		List<String> header = header(b, "party_orgs.csv");
		int area = header.indexOf("area_code");
		int park = header.indexOf("park_id");
		Map<String, Boolean> keepsAUnit = new LinkedHashMap<>();
		rows(b, "party_org_units.csv")
			.forEach(u -> keepsAUnit.merge(u[0], !dropped.contains(u[1]), Boolean::logicalOr));
		Set<String> dissolved = new HashSet<>();
		for (String[] po : rows(b, "party_orgs.csv")) {
			if (po[area].isEmpty() && po[park].isEmpty() && Boolean.FALSE.equals(keepsAUnit.get(po[0]))) {
				dissolved.add(po[0]);
			}
		}
		return dissolved;
	}

	/**
	 * New coverage links: existing party organizations covering organizations that had
	 * none.
	 */
	private static List<String[]> newCoverage(Map<String, byte[]> b, List<String[]> orgs, Set<String> dropped,
			int changes, Random random) {
		List<String[]> units = rows(b, "party_org_units.csv");
		Set<String> covered = new HashSet<>();
		units.forEach(u -> covered.add(u[1]));
		List<String[]> added = new ArrayList<>();
		for (int tries = 0; added.size() < changes && tries < changes * 20; tries++) {
			String id = orgs.get(random.nextInt(orgs.size()))[0];
			if (!covered.contains(id) && !dropped.contains(id)) {
				covered.add(id);
				added.add(new String[] { units.get(random.nextInt(units.size()))[0], id });
			}
		}
		return added;
	}

	private static String areaOf(Driver driver, String level, boolean top) {
		try (var session = driver.session()) {
			var found = session.run(
					"MATCH (a:Area {level: $level}) WHERE $top = false OR NOT (a)-[:PART_OF]->() RETURN a.code AS code ORDER BY code LIMIT 1",
					Map.of("level", level, "top", top))
				.list(r -> r.get("code").asString());
			return found.isEmpty() ? null : found.get(0);
		}
	}

	/** Nodes, relationships, and the history's share of both. */
	private static long[] records(Driver driver) {
		try (var session = driver.session()) {
			long nodes = session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
			long rels = session.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asLong();
			long history = session.run("""
					MATCH (n) WHERE n:Version OR any(l IN labels(n) WHERE l STARTS WITH 'Gone') RETURN count(n) AS n
					""").single().get("n").asLong()
					+ session.run("MATCH ()-[r]->() WHERE type(r) STARTS WITH 'WAS' RETURN count(r) AS n")
						.single()
						.get("n")
						.asLong();
			return new long[] { nodes, rels, history };
		}
	}

	private static double median(Runnable work, int runs, int warmups) {
		for (int i = 0; i < warmups; i++) {
			work.run();
		}
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			work.run();
			ms[i] = (System.nanoTime() - t) / 1e6;
		}
		java.util.Arrays.sort(ms);
		return ms[runs / 2];
	}

	private static long size(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
	}

	private static List<String> header(Map<String, byte[]> bundle, String file) {
		return List
			.of(new String(bundle.get(file), StandardCharsets.UTF_8).lines().findFirst().orElseThrow().split(","));
	}

	private static List<String[]> rows(Map<String, byte[]> bundle, String file) {
		return new String(bundle.get(file), StandardCharsets.UTF_8).lines()
			.skip(1)
			.filter(l -> !l.isBlank())
			.map(l -> l.split(",", -1))
			.toList();
	}

	/** Keeps the rows {@code keep} returns (null drops one), changes them, adds some. */
	private static void edit(Map<String, byte[]> bundle, String file, Function<String[], String[]> keep,
			Function<String[], String[]> change, List<String[]> add) {
		if (!bundle.containsKey(file)) {
			return;
		}
		var text = new StringBuilder(String.join(",", header(bundle, file))).append('\n');
		for (String[] row : rows(bundle, file)) {
			String[] kept = keep.apply(row.clone());
			if (kept != null) {
				text.append(String.join(",", change.apply(kept))).append('\n');
			}
		}
		add.forEach(r -> text.append(String.join(",", r)).append('\n'));
		bundle.put(file, text.toString().getBytes(StandardCharsets.UTF_8));
	}

}
