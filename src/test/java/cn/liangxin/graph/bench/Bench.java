package cn.liangxin.graph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.liangxin.graph.Application;
import cn.liangxin.graph.clusters.ClusterMethod;
import cn.liangxin.graph.clusters.ClusterWeights;
import cn.liangxin.graph.clusters.Clustering;
import cn.liangxin.graph.coverage.CoverageAnalytics;
import cn.liangxin.graph.coverage.GapThresholds;
import cn.liangxin.graph.demo.CityGenerator;
import cn.liangxin.graph.demo.CityParameters;
import cn.liangxin.graph.jointbranch.JointBranch;
import cn.liangxin.graph.jointbranch.JointBranchGraph;
import cn.liangxin.graph.jointbranch.JointBranchParameters;
import cn.liangxin.graph.jointbranch.JointBranchPlanner;
import cn.liangxin.graph.jointbranch.JointBranchResult;
import cn.liangxin.graph.jointbranch.JointBranchScopesBench;
import cn.liangxin.graph.ledger.BundleFiles;
import cn.liangxin.graph.ledger.KnownIds;
import cn.liangxin.graph.ledger.LedgerImporter;
import cn.liangxin.graph.ledger.LedgerParser;
import cn.liangxin.graph.support.Workbooks;
import cn.liangxin.graph.maps.Layout;
import cn.liangxin.graph.maps.NetworkMaps;
import cn.liangxin.graph.network.Scope;
import cn.liangxin.graph.profile.MemberProfiles;

/**
 * The benchmark (not a test): for each city size, generates a bundle, imports it through
 * the service's importer into a fresh embedded store, then times the analytics on a
 * district, a street, a park and the whole city, and writes Markdown tables to
 * {@code target/bench/}. Run with
 * {@code mvn -Pbench verify -Dbench.sizes=10000,100000,1000000} (see README).
 *
 * <p>
 * Bundles above {@code --chunk} rows per file are imported as several bundles, file by
 * file in reference order (each chunk is a valid bundle whose references resolve to the
 * store): an import is one transaction, and one transaction holding a whole city would
 * need more heap than 4 GB.
 */
public final class Bench {

	private static final StringBuilder report = new StringBuilder();

	private static int runs = 5;

	private static int warmups = 2;

	/**
	 * Neo4j's cap on one transaction's memory: one bundle is one transaction
	 * (--transaction-memory).
	 */
	private static String transactionMemory = "3g";

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		List<Integer> sizes = Arrays.stream(options.getOrDefault("sizes", "10000,100000").split(","))
			.map(String::strip)
			.map(Integer::parseInt)
			.toList();
		int chunk = Integer.parseInt(options.getOrDefault("chunk", "1000000"));
		runs = Integer.parseInt(options.getOrDefault("runs", "5"));
		warmups = Integer.parseInt(options.getOrDefault("warmups", "2"));
		transactionMemory = options.getOrDefault("transaction-memory", transactionMemory);
		Path work = Files.createTempDirectory("liangxin-bench");
		Path out = Path.of(options.getOrDefault("out", "target/bench"));
		Files.createDirectories(out);
		line("# liangxin-graph benchmark, " + LocalDate.now() + "\n");
		line("Latencies: median of " + runs + " runs after " + warmups + " warm-up runs.\n");
		line("Machine: " + machine() + "\n");
		if (options.containsKey("jointbranch-scopes")) {
			// no store: the planner's exact searches on the parks and streets of the
			// example and the demo city
			System.out.println(JointBranchScopesBench.run(Path.of("docs", "jointbranch-bench.md")));
			System.exit(0);
		}
		if (options.containsKey("demo")) {
			demoAtRest(work.resolve("demo"));
		}
		for (int size : sizes) {
			if (options.containsKey("history")) {
				line(HistoryBench.run(size, Double.parseDouble(options.getOrDefault("history-change", "0.05")),
						work.resolve("history-" + size),
						dir -> start(dir, false, options.getOrDefault("page-cache", "2g")), runs, warmups));
				Files.writeString(out.resolve("bench.md"), report, StandardCharsets.UTF_8);
				continue;
			}
			if (options.containsKey("formats")) {
				formats(size, work.resolve("formats-" + size), options);
				Files.writeString(out.resolve("bench.md"), report, StandardCharsets.UTF_8);
				continue;
			}
			city(size, chunk, work.resolve("city-" + size), options);
			Files.writeString(out.resolve("bench.md"), report, StandardCharsets.UTF_8);
		}
		Files.writeString(out.resolve("bench.md"), report, StandardCharsets.UTF_8);
		System.out.println("\nWritten to " + out.resolve("bench.md"));
		System.exit(0);
	}

	private static void demoAtRest(Path dir) throws Exception {
		try (var context = start(dir, true, "512m")) {
			line("## Demo city at rest\n");
			line(memory("demo city (3,000 organizations)") + "\n");
		}
	}

	private static void city(int organizations, int chunk, Path dir, Map<String, String> options) throws Exception {
		line("## City of " + String.format("%,d", organizations) + " organizations\n");
		if (options.containsKey("existing-store")) {
			// the analytics again on a store an earlier run imported (its import figures
			// are in that run's report)
			try (var context = start(Path.of(options.get("existing-store")), false,
					options.getOrDefault("page-cache", "2g"))) {
				analytics(context);
				line(memory("after the benchmark, " + String.format("%,d", organizations) + " organizations") + "\n");
			}
			return;
		}
		Path bundle = dir.resolve("bundle");
		long generated = System.nanoTime();
		Map<String, Long> rows = new CityGenerator().writeBundle(CityParameters.of(organizations, 7L), bundle);
		long totalRows = rows.values().stream().mapToLong(Long::longValue).sum();
		System.out.printf("generated %,d rows in %.1f s%n", totalRows, (System.nanoTime() - generated) / 1e9);
		try (var context = start(dir.resolve("store"), false, options.getOrDefault("page-cache", "2g"))) {
			var importer = context.getBean(LedgerImporter.class);
			long started = System.nanoTime();
			int bundles = 0;
			for (Map<String, byte[]> part : BundleChunks.split(BundleFiles.fromDirectory(bundle), chunk)) {
				importer.importBundle(part);
				bundles++;
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			line("| import | rows | bundles | seconds | rows/s |");
			line("|---|---:|---:|---:|---:|");
			line(String.format("| %,d organizations | %,d | %d | %.1f | %,.0f |%n", organizations, totalRows, bundles,
					seconds, totalRows / seconds));
			if (options.containsKey("reimport") && bundles == 1) {
				long again = System.nanoTime();
				importer.importBundle(BundleFiles.fromDirectory(bundle));
				double s = (System.nanoTime() - again) / 1e9;
				line(String.format("Re-import of the same bundle (no change): %.1f s, %,.0f rows/s%n", s,
						totalRows / s));
			}
			analytics(context);
			line(memory("after the benchmark, " + String.format("%,d", organizations) + " organizations") + "\n");
		}
	}

	/**
	 * CSV beside .xlsx: the same generated bundle parsed (no store; best of three) and
	 * imported into a fresh store each, the workbook made from the CSV files with typed
	 * cells ({@link Workbooks#fromBundle}). {@code --formats=parse} skips the imports.
	 */
	private static void formats(int organizations, Path dir, Map<String, String> options) throws Exception {
		line("## CSV and .xlsx, " + String.format("%,d", organizations) + " organizations\n");
		Map<String, byte[]> csv = CityGenerator.inMemoryBundle(CityParameters.of(organizations, 7L));
		long madeAt = System.nanoTime();
		Map<String, byte[]> xlsx = Map.of("city.xlsx", Workbooks.fromBundle(csv));
		double made = (System.nanoTime() - madeAt) / 1e9;
		long csvBytes = csv.values().stream().mapToLong(b -> b.length).sum();
		long xlsxBytes = xlsx.get("city.xlsx").length;
		LedgerParser parser = new LedgerParser();
		long rows = 0;
		line("| format | bytes | rows | parse s (best of 3) | parse rows/s | import s | import rows/s |");
		line("|---|---:|---:|---:|---:|---:|---:|");
		boolean imports = !"parse".equals(options.get("formats"));
		for (var format : List.of(Map.entry("CSV (zip of files)", csv), Map.entry(".xlsx (one workbook)", xlsx))) {
			double best = Double.MAX_VALUE;
			for (int i = 0; i < 3; i++) {
				long t = System.nanoTime();
				var parsed = parser.parse(format.getValue(), KnownIds.NONE);
				best = Math.min(best, (System.nanoTime() - t) / 1e9);
				if (!parsed.ok()) {
					throw new IllegalStateException(
							parsed.errors().subList(0, Math.min(3, parsed.errors().size())).toString());
				}
				rows = parsed.bundle().totalRows();
			}
			String imported = "– | –";
			if (imports) {
				try (var context = start(dir.resolve(format.getKey().startsWith("CSV") ? "csv" : "xlsx"), false,
						options.getOrDefault("page-cache", "1g"))) {
					long t = System.nanoTime();
					context.getBean(LedgerImporter.class).importBundle(format.getValue());
					double s = (System.nanoTime() - t) / 1e9;
					imported = String.format("%.1f | %,.0f", s, rows / s);
				}
			}
			line(String.format("| %s | %,d | %,d | %.2f | %,.0f | %s |", format.getKey(),
					format.getKey().startsWith("CSV") ? csvBytes : xlsxBytes, rows, best, rows / best, imported));
		}
		line(String.format("%nWorkbook written from the CSV files with SXSSF in %.1f s.%n", made));
	}

	private static void analytics(ConfigurableApplicationContext context) {
		var coverage = context.getBean(CoverageAnalytics.class);
		var planner = context.getBean(JointBranchPlanner.class);
		var driver = context.getBean(Driver.class);
		Map<String, Scope> scopes = new LinkedHashMap<>();
		try (var session = driver.session()) {
			// as a service at rest would be: indexes online and sampled after the import
			session.run("CALL db.awaitIndexes(600)").consume();
			session.run("CALL db.resampleOutdatedIndexes()").consume();
			String district = session.run("""
					MATCH (a:Area {level: 'DISTRICT'}) RETURN a.code AS code ORDER BY code LIMIT 1""")
				.single()
				.get("code")
				.asString();
			String street = session
				.run("""
						MATCH (a:Area {level: 'STREET'})-[:PART_OF]->(:Area {code: $d}) RETURN a.code AS code ORDER BY code LIMIT 1""",
						Map.of("d", district))
				.single()
				.get("code")
				.asString();
			// the park with the most organizations of the district, as a park committee
			// would ask
			String park = session
				.run("""
						MATCH (p:Park)-[:IN_AREA]->(:Area)-[:PART_OF*0..]->(:Area {code: $d})
						RETURN p.id AS id ORDER BY COUNT { (p)<-[:IN_PARK]-(:Organization) } DESC, id LIMIT 1""",
						Map.of("d", district))
				.single()
				.get("id")
				.asString();
			scopes.put("park " + park, Scope.of(null, park));
			scopes.put("street " + street, Scope.of(street, null));
			scopes.put("district " + district, Scope.of(district, null));
			scopes.put("city", Scope.EVERYTHING);
		}
		LocalDate asOf = CityParameters.DEFAULT_AS_OF;
		var profiles = context.getBean(MemberProfiles.class);
		line("| scope | active organizations | coverage (median ms) | coverageGaps first page (median ms) | memberProfile (median ms) |");
		line("|---|---:|---:|---:|---:|");
		for (var scope : scopes.entrySet()) {
			int total = coverage.coverage(scope.getValue()).figures().total();
			double coverageMs = median(() -> coverage.coverage(scope.getValue()));
			double gapsMs = median(
					() -> coverage.gaps(scope.getValue(), Set.of(), asOf, GapThresholds.DEFAULTS, 20, null));
			double profileMs = median(() -> profiles.of(scope.getValue()));
			line(String.format("| %s | %,d | %.0f | %.0f | %.0f |", scope.getKey(), total, coverageMs, gapsMs,
					profileMs));
		}
		line("");
		var maps = context.getBean(NetworkMaps.class);
		var clustering = context.getBean(Clustering.class);
		line("| scope | map nodes | map edges | networkMap FORCE (median ms) | networkMap GEO (median ms) | clusters | clusters LEIDEN (median ms) |");
		line("|---|---:|---:|---:|---:|---:|---:|");
		for (var scope : scopes.entrySet()) {
			if (scope.getValue().isEverything() || scope.getKey().startsWith("district")) {
				continue; // a map of thousands of organizations is truncated at maxNodes;
							// parks and streets are what is drawn
			}
			var map = maps.map(scope.getValue(), null, 20_000, Layout.FORCE);
			double force = median(() -> maps.map(scope.getValue(), null, 20_000, Layout.FORCE));
			double geo = median(() -> maps.map(scope.getValue(), null, 20_000, Layout.GEO));
			int clusterCount = clustering
				.clusters(scope.getValue(), ClusterMethod.LEIDEN, ClusterWeights.DEFAULTS, null)
				.clusters()
				.size();
			double leiden = median(
					() -> clustering.clusters(scope.getValue(), ClusterMethod.LEIDEN, ClusterWeights.DEFAULTS, null));
			line(String.format("| %s | %,d | %,d | %.0f | %.0f | %,d | %.0f |", scope.getKey(), map.nodes().size(),
					map.edges().size(), force, geo, clusterCount, leiden));
		}
		line("");
		line("| scope | eligible | placed (ours) | optimal proven | upper bound | ours (ms, algorithm) | placed (greedy) | greedy (ms) | plan end to end (ms) |");
		line("|---|---:|---:|---|---:|---:|---:|---:|---:|");
		var parameters = JointBranchParameters.defaults();
		for (var scope : scopes.entrySet()) {
			JointBranchGraph graph = planner.eligibleUnits(scope.getValue(), parameters);
			long t0 = System.nanoTime();
			JointBranchResult ours = new JointBranch().compute(graph, parameters);
			long t1 = System.nanoTime();
			JointBranchResult greedy = new JointBranch.Greedy().compute(graph, parameters);
			long t2 = System.nanoTime();
			planner.plan(scope.getValue(), parameters);
			long t3 = System.nanoTime();
			line(String.format("| %s | %,d | %,d | %s | %,d | %.0f | %,d | %.0f | %.0f |", scope.getKey(),
					ours.eligible(), ours.placed(),
					ours.optimal() ? "yes" : (ours.placedOptimal() ? "placed count" : "no"), ours.placedUpperBound(),
					(t1 - t0) / 1e6, greedy.placed(), (t2 - t1) / 1e6, (t3 - t2) / 1e6));
		}
		line("");
	}

	/**
	 * Median wall time of {@code --runs} runs after {@code --warmups} warm-up runs, in
	 * milliseconds.
	 */
	private static double median(Supplier<?> run) {
		for (int i = 0; i < warmups; i++) {
			run.get();
		}
		double[] ms = new double[runs];
		for (int i = 0; i < ms.length; i++) {
			long t = System.nanoTime();
			run.get();
			ms[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(ms);
		return ms[ms.length / 2];
	}

	private static ConfigurableApplicationContext start(Path dataDir, boolean demo, String pageCache) {
		// Command-line arguments: they override application.properties (default
		// properties would not).
		return new SpringApplicationBuilder(Application.class).run("--liangxin.demo=" + demo,
				"--liangxin.allow-root=true", "--liangxin.data-dir=" + dataDir, "--liangxin.page-cache=" + pageCache,
				"--liangxin.transaction-memory=" + transactionMemory, "--server.port=0", "--logging.level.root=WARN",
				"--logging.level.cn.liangxin.graph.ledger=INFO");
	}

	private static String memory(String what) throws IOException {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		long max = Runtime.getRuntime().maxMemory();
		String rss = Files.readAllLines(Path.of("/proc/self/status"))
			.stream()
			.filter(l -> l.startsWith("VmRSS"))
			.findFirst()
			.orElse("VmRSS: ?")
			.replaceAll("\\s+", " ");
		return String.format("Memory at rest, %s: heap used after GC %,d MB of -Xmx %,d MB; process %s", what,
				heap >> 20, max >> 20, rss);
	}

	static String machine() throws IOException {
		String cpu = Files.readAllLines(Path.of("/proc/cpuinfo"))
			.stream()
			.filter(l -> l.startsWith("model name"))
			.findFirst()
			.map(l -> l.substring(l.indexOf(':') + 1).strip())
			.orElse("?");
		return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
				+ (((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
					.getTotalMemorySize() >> 30)
				+ " GiB, Java " + System.getProperty("java.version") + ", -Xmx"
				+ (Runtime.getRuntime().maxMemory() >> 20) + "m";
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].startsWith("--") && args[i].contains("=")) {
				options.put(args[i].substring(2, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
			}
			else if (args[i].startsWith("--")) {
				String key = args[i].substring(2);
				String value = (i + 1 < args.length && !args[i + 1].startsWith("--")) ? args[++i] : "true";
				options.put(key, value);
			}
		}
		return options;
	}

	private static void line(String text) {
		System.out.println(text);
		report.append(text).append('\n');
	}

}
