package cn.liangxin.graph.jointbranch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import cn.liangxin.graph.demo.CityGenerator;
import cn.liangxin.graph.demo.CityParameters;
import cn.liangxin.graph.domain.IndustryCode;
import cn.liangxin.graph.support.LedgerModel;
import cn.liangxin.graph.support.TestStore;

/**
 * Benchmark (run by {@code bench.Bench --jointbranch-scopes}, the {@code bench} profile):
 * the exact searches on the scopes a planner checks by hand — every park and street of
 * the example district and of the demo city (3,000 organizations, seed 11, as the service
 * generates it) — under each objective: the branch and bound alone, the LP bound and MIP
 * alone, and the default (branch and bound, then the LP bound and MIP where it did not
 * prove). Eligible units are read from the bundles' CSV files (no store). Writes
 * docs/jointbranch-bench.md.
 */
public final class JointBranchScopesBench {

	private JointBranchScopesBench() {
	}

	record Scope(String name, List<Unit> units) {
	}

	public static String run(Path out) throws IOException {
		List<Scope> scopes = new ArrayList<>();
		scopes.addAll(scopes("example", LedgerModel.of(TestStore.bundle("ledger/example-district"))));
		scopes.addAll(scopes("demo", LedgerModel.of(CityGenerator.inMemoryBundle(CityParameters.of(3_000, 11L)))));
		JointBranch.Budget base = JointBranch.Budget.defaults();
		Map<String, JointBranch.Budget> methods = new LinkedHashMap<>();
		methods.put("branch and bound", base.withMip(false).withNodesPerComponent(3_000_000));
		methods.put("LP + MIP", base.withNodesPerComponent(0));
		methods.put("default", base);
		// warm-up: class loading, JIT and the native library
		for (JointBranch.Budget b : methods.values()) {
			new JointBranch(b).compute(new JointBranchGraph(scopes.get(0).units(), java.util.Set.of()),
					JointBranchParameters.defaults());
		}
		StringBuilder md = new StringBuilder();
		md.append("# Joint-branch planner: exact searches per scope (measured)\n\n");
		md.append("Run: `mvn -B -Pbench verify -DskipTests -Dbench.demo=--none -Dbench.more=--jointbranch-scopes` ")
			.append("(`bench.Bench` → `jointbranch.JointBranchScopesBench`). Measured ")
			.append(LocalDate.now())
			.append(" on the shared 2-core machine (other builds running: times are pessimistic), ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores, Java ")
			.append(System.getProperty("java.version"))
			.append(".\n\n")
			.append("Scopes: every park and street of the example district and of the demo city (3,000 organizations, seed 11); ")
			.append("default rules (min 3 full, 2..5 units, ≤ 50 members, WITHIN_DISTANCE 1000 m, ANY industry). ")
			.append("\"proven\": scopes answering `optimal: true` (lexicographic); time: wall time of `JointBranch.compute` ")
			.append("(heuristic, enumeration and exact search), median and largest over the scopes of the row. ")
			.append("LP (GLOP) and MIP (SCIP): time limit ")
			.append(base.mipTimeLimit().toSeconds())
			.append(" s per plan.\n\n");
		md.append(
				"| objective | method | scope size (eligible) | scopes | proven | placed (sum) | candidate groups (largest) | median time | largest time |\n");
		md.append("|---|---|---|---:|---:|---:|---:|---:|---:|\n");
		int[][] bands = { { 0, 10 }, { 11, 30 }, { 31, 80 }, { 81, 1_000_000 } };
		for (Objective objective : Objective.values()) {
			JointBranchParameters p = JointBranchParameters.defaults().withObjective(objective);
			for (var method : methods.entrySet()) {
				if (objective != Objective.MOST_UNITS && !method.getKey().equals("default")) {
					continue; // the branch and bound optimises MOST_UNITS only: the
								// default is the LP bound and MIP alone
				}
				for (int[] band : bands) {
					List<Scope> in = scopes.stream()
						.filter(s -> s.units().size() >= band[0] && s.units().size() <= band[1])
						.toList();
					if (in.isEmpty()) {
						continue;
					}
					List<Double> times = new ArrayList<>();
					int proven = 0;
					int placed = 0;
					long groups = 0;
					for (Scope s : in) {
						long t0 = System.nanoTime();
						JointBranchResult r = new JointBranch(method.getValue())
							.compute(new JointBranchGraph(s.units(), java.util.Set.of()), p);
						times.add((System.nanoTime() - t0) / 1e9);
						proven += r.optimal() ? 1 : 0;
						placed += r.placed();
						groups = Math.max(groups, r.stats().candidateGroups());
					}
					times.sort(null);
					String row = String.format("| %s | %s | %s | %d | %d | %,d | %,d | %.2f s | %.2f s |%n", objective,
							method.getKey(), band[1] > 100_000 ? band[0] + "+" : band[0] + "–" + band[1], in.size(),
							proven, placed, groups, times.get(times.size() / 2), times.get(times.size() - 1));
					System.out.print(row);
					md.append(row);
				}
			}
		}
		md.append(
				"\nThe largest scopes, one by one (default method):\n\n| scope | eligible | objective | proven | placed | time |\n|---|---:|---|---|---:|---:|\n");
		List<Scope> largest = scopes.stream()
			.sorted((a, b) -> Integer.compare(b.units().size(), a.units().size()))
			.limit(6)
			.toList();
		for (Scope s : largest) {
			for (Objective objective : Objective.values()) {
				long t0 = System.nanoTime();
				JointBranchResult r = new JointBranch().compute(new JointBranchGraph(s.units(), java.util.Set.of()),
						JointBranchParameters.defaults().withObjective(objective));
				String row = String.format("| %s | %d | %s | %s | %d | %.2f s |%n", s.name(), s.units().size(),
						objective, r.optimal() ? "yes" : "no", r.placed(), (System.nanoTime() - t0) / 1e9);
				System.out.print(row);
				md.append(row);
			}
		}
		Files.createDirectories(out.getParent());
		Files.writeString(out, md.toString());
		return md.toString();
	}

	/**
	 * Every park and every street of a ledger, with its eligible units (JOINT_CANDIDATE,
	 * docs/domain.md).
	 */
	static List<Scope> scopes(String ledger, LedgerModel m) {
		List<Scope> scopes = new ArrayList<>();
		for (String park : m.parkName.keySet().stream().sorted().toList()) {
			scopes.add(new Scope(ledger + " park " + park, units(m, o -> park.equals(o.park()))));
		}
		for (String street : m.areasOfLevel("STREET")) {
			scopes.add(new Scope(ledger + " street " + street,
					units(m, o -> o.area() != null && m.within(o.area(), street))));
		}
		return scopes;
	}

	private static List<Unit> units(LedgerModel m, Predicate<LedgerModel.Org> inScope) {
		List<Unit> units = new ArrayList<>();
		for (LedgerModel.Org o : m.orgs.values()) {
			int full = m.full.getOrDefault(o.id(), 0);
			if (!o.active() || !inScope.test(o) || m.organizationCovered.contains(o.id()) || full < 1 || full >= 3) {
				continue;
			}
			IndustryCode code = o.industry() == null ? null : IndustryCode.parse(o.industry());
			units.add(new Unit(o.id(), full, m.members.getOrDefault(o.id(), 0), o.employees(), o.building(), o.park(),
					o.area(), o.location() == null ? null : o.location().lat(),
					o.location() == null ? null : o.location().lon(),
					code == null ? null : String.valueOf(code.section()), code == null ? null : code.division()));
		}
		return units;
	}

	public static void main(String[] args) throws IOException {
		System.out.println(run(Path.of(args.length > 0 ? args[0] : "docs/jointbranch-bench.md")));
		System.exit(0);
	}

}
