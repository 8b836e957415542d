package cn.liangxin.graph.jointbranch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import cn.liangxin.graph.load.Cancellation;

/**
 * The joint-branch planner: proposes disjoint valid groups of eligible units that place
 * as many units as possible and, among such plans, are best by the rules'
 * {@link Objective} (by default the smallest total spread; domain.md, "Joint-branch
 * candidates"). Pure algorithm: no Spring, no database.
 *
 * <h2>Method</h2>
 * <ol>
 * <li><b>Compatibility graph.</b> An edge joins two units that are near and match by
 * industry (or are tied, with {@code useTies}). Every pair of a valid group must be an
 * edge, so groups are cliques. Candidate pairs come from buckets (building, park,
 * community) and, for WITHIN_DISTANCE, from a grid of cells at least
 * {@code maxDistanceMeters} wide; this is linear in the number of near pairs, not
 * quadratic in the units.</li>
 * <li><b>Components.</b> Groups never cross connected components, so each is solved on
 * its own.</li>
 * <li><b>Heuristic for all units</b> ({@code LocalSearch}): constrained-first
 * construction of minimal valid groups from each unit's nearest partners, then repair
 * moves that place more units (insert into a group, new group from free units, steal a
 * spare unit from a group), then moves and swaps that lower the spread.</li>
 * <li><b>Exact per component</b> when the component has at most
 * {@link Budget#exactMaxUnits()} units and at most {@link Budget#maxGroups()} valid
 * groups: all valid groups are enumerated (cliques of 2..maxUnits, pruned by the member
 * cap). For MOST_UNITS a branch and bound over set packings ({@code ExactPacking}),
 * warm-started with the heuristic plan, branches on the unit with the fewest remaining
 * groups; its bound counts every free unit that still lies in a group of free units, and
 * for ties adds each one's cheapest spread share. It proves the small components at once,
 * within {@link Budget#nodesPerComponent()} steps.</li>
 * <li><b>LP bound and MIP</b> ({@code MipPacking}, {@code LpBound}, OR-Tools) for the
 * components the branch and bound leaves unproven and for every component under STURDY
 * and FEWEST_BRANCHES, one objective after the other (each optimum fixed for the next):
 * the LP relaxation of the set packing (GLOP) bounds the stage; when the plan in hand
 * meets the bound it is proven at once, else the groups whose reduced cost rules them out
 * are dropped and an exact MIP (SCIP) solves the rest, warm-started with the plan.</li>
 * </ol>
 * Why both: the branch and bound is instant and deterministic on the many small
 * components; in dense parks and streets (thousands of groups over a few dozen units,
 * nearly all within reach of each other) its bound is far too weak, while the LP bound is
 * within a few metres of the optimum and leaves a few dozen groups to the MIP
 * (docs/jointbranch-bench.md measures both per scope size). The MIP's time limit is a
 * safety net: a stage it cuts short answers the best plan found with {@code optimal}
 * false, and that plan may differ between runs ({@code stats.timedOut}); a proven plan
 * has the same value every run (docs/domain.md, "How the optimum is proven").
 *
 * <h2>What "optimal" means in the result</h2> {@code optimal} is true when every
 * component was proven (lexicographic optimum). When not, {@code placedUpperBound} bounds
 * what any plan could place: proven components contribute their optimum, the others the
 * units that lie in at least one valid group.
 */
public final class JointBranch {

	/**
	 * Search limits.
	 *
	 * @param exactMaxUnits largest component given to the exact search
	 * @param maxGroups largest number of valid groups the exact search enumerates per
	 * component
	 * @param nodesPerComponent branch-and-bound budget per component, in nodes plus
	 * groups struck out
	 * @param timeLimit safety net for the whole computation
	 * @param mip whether the LP bound and the MIP prove what the branch and bound leaves
	 * (and the objectives other than MOST_UNITS)
	 * @param mipTimeLimit wall-clock limit for all LP and MIP solves of one plan
	 */
	public record Budget(int exactMaxUnits, int maxGroups, long nodesPerComponent, Duration timeLimit, boolean mip,
			Duration mipTimeLimit) {

		public static Budget defaults() {
			// The branch and bound (deterministic node budget: it proves the small
			// components at once) first, the LP bound and the MIP for what it leaves
			// unproven, with a limit a planner can wait for (docs/jointbranch-bench.md).
			return new Budget(1_000, 100_000, 100_000, Duration.ofSeconds(100), true, Duration.ofSeconds(10));
		}

		/** The same budget with or without the LP bound and MIP (benchmarks compare). */
		public Budget withMip(boolean value) {
			return new Budget(exactMaxUnits, maxGroups, nodesPerComponent, timeLimit, value, mipTimeLimit);
		}

		/** The same budget with another branch-and-bound node budget. */
		public Budget withNodesPerComponent(long value) {
			return new Budget(exactMaxUnits, maxGroups, value, timeLimit, mip, mipTimeLimit);
		}
	}

	private static final int EXISTENCE_NODES = 200_000;

	// largest component whose groups are priced when too many to enumerate: a street of a
	// few hundred eligible units, not a city's dense core (heuristic there)
	private static final int PRICED_MAX_UNITS = 300;

	private final Budget budget;

	public JointBranch() {
		this(Budget.defaults());
	}

	public JointBranch(Budget budget) {
		this.budget = budget;
	}

	/** Plans joint branches for the given eligible units. */
	public JointBranchResult compute(JointBranchGraph graph, JointBranchParameters p) {
		long t0 = System.nanoTime();
		long deadline = t0 + budget.timeLimit().toNanos();
		Instance in = new Instance(graph, p);
		in.buildAdjacency();
		List<int[]> components = in.components();

		LocalSearch ls = new LocalSearch(in);
		// Give the heuristic at most half the time: the exact search and the reasons need
		// the rest.
		boolean timedOut = !ls.run(t0 + budget.timeLimit().toNanos() / 2);
		int[] heuristicGroup = ls.groupOf;

		long mipDeadline = 0; // set when the LP or MIP first runs
		LocalSearch probe = new LocalSearch(in);
		List<int[]> plan = new ArrayList<>();
		int exactComponents = 0;
		long groups = 0;
		long nodes = 0;
		boolean allProven = true;
		int upper = 0;
		// Whether each unit lies in some valid group: known exactly for enumerated
		// components.
		byte[] inGroup = new byte[in.n]; // 0 unknown, 1 yes, 2 no
		for (int[] comp : components) {
			Cancellation.checkpoint();
			List<int[]> incumbent = new ArrayList<>();
			boolean[] seen = new boolean[ls.groups.size()];
			for (int u : comp) {
				int g = heuristicGroup[u];
				if (g >= 0 && !seen[g]) {
					seen[g] = true;
					incumbent.add(ls.groups.get(g));
				}
			}
			ExactPacking exact = null;
			if (comp.length <= budget.exactMaxUnits() && System.nanoTime() < deadline) {
				exact = new ExactPacking(in, comp);
				if (!exact.enumerate(budget.maxGroups())) {
					exact = null;
				}
			}
			if (exact == null && budget.mip() && comp.length <= PRICED_MAX_UNITS && System.nanoTime() < deadline) {
				// too many groups to enumerate: the LP generates the groups it needs
				if (mipDeadline == 0) {
					MipPacking.load();
					mipDeadline = System.nanoTime() + budget.mipTimeLimit().toNanos();
				}
				int reachable = 0;
				for (int u : comp) {
					boolean found = heuristicGroup[u] >= 0 || probe.findGroup(u, true, EXISTENCE_NODES) != null
							|| probe.lastInconclusive();
					inGroup[u] = (byte) (found ? 1 : 2);
					reachable += found ? 1 : 0;
				}
				long until = Math.min(deadline, mipDeadline);
				MipPacking.Outcome c = new MipPacking(in, new GroupPricing(in, comp, until), reachable)
					.solve(p.objective(), incumbent, until);
				timedOut |= c.timedOut();
				plan.addAll(c.plan());
				exactComponents += c.proven() ? 1 : 0;
				allProven &= c.proven();
				upper += c.placedProven() ? c.placed() : reachable;
				continue;
			}
			if (exact == null) {
				timedOut |= comp.length <= budget.exactMaxUnits() && System.nanoTime() >= deadline;
				allProven = false;
				plan.addAll(incumbent);
				continue;
			}
			for (int i = 0; i < comp.length; i++) {
				inGroup[comp[i]] = (byte) (exact.inSomeGroup(i) ? 1 : 2);
			}
			groups += exact.groupCount();
			List<int[]> best = incumbent;
			boolean proven = false;
			boolean placedProven = false;
			if (p.objective() == Objective.MOST_UNITS) {
				ExactPacking.Outcome o = exact.solve(incumbent, budget.nodesPerComponent(), deadline);
				timedOut |= exact.timedOut;
				nodes += o.nodes();
				best = o.plan();
				proven = o.proven();
				placedProven = proven;
			}
			if (!proven && budget.mip()) {
				if (mipDeadline == 0) {
					// the first use unpacks the native library (seconds on a busy
					// machine): not the solver's time
					MipPacking.load();
					mipDeadline = System.nanoTime() + budget.mipTimeLimit().toNanos();
				}
				MipPacking.Outcome c = new MipPacking(in, exact).solve(p.objective(), best,
						Math.min(deadline, mipDeadline));
				// it starts from the plan it is given and only ever returns one at least
				// as good
				best = c.plan();
				timedOut |= c.timedOut();
				proven = c.proven();
				placedProven = c.placedProven();
			}
			plan.addAll(best);
			int bestPlaced = best.stream().mapToInt(g -> g.length).sum();
			if (proven) {
				exactComponents++;
			}
			if (placedProven) {
				upper += bestPlaced;
			}
			if (!proven) {
				allProven = false;
			}
			if (!placedProven) {
				for (int u : comp) {
					upper += inGroup[u] == 1 ? 1 : 0;
				}
			}
		}
		// Units of unproven, unenumerated components: bound by "lies in some valid
		// group".
		int[] groupOf = new int[in.n];
		Arrays.fill(groupOf, -1);
		for (int gi = 0; gi < plan.size(); gi++) {
			for (int u : plan.get(gi)) {
				groupOf[u] = gi;
			}
		}
		for (int u = 0; u < in.n; u++) {
			if (inGroup[u] == 0 && in.adj[u].length > 0) {
				if (groupOf[u] >= 0) {
					inGroup[u] = 1;
				}
				else {
					boolean found = probe.findGroup(u, true, EXISTENCE_NODES) != null;
					inGroup[u] = (byte) (found || probe.lastInconclusive() ? 1 : 2);
				}
				upper += inGroup[u] == 1 ? 1 : 0;
			}
		}
		int placed = plan.stream().mapToInt(g -> g.length).sum();
		boolean placedOptimal = placed == upper;
		long millis = (System.nanoTime() - t0) / 1_000_000;
		var stats = new JointBranchResult.Stats(components.size(), exactComponents, groups, nodes, in.edges, millis,
				timedOut);
		return toResult(in, plan, inGroup, allProven, placedOptimal, upper, stats);
	}

	/** Whether the units form a valid group under the rules (domain.md, exactly). */
	public static boolean isValid(List<Unit> group, JointBranchGraph graph, JointBranchParameters p) {
		if (group.size() < 2 || group.size() > p.maxUnits()) {
			return false;
		}
		// Ties among the group only: the rest of the graph does not matter for validity.
		var ids = group.stream().map(Unit::id).collect(java.util.stream.Collectors.toSet());
		if (ids.size() != group.size()) {
			return false;
		}
		var ties = graph == null ? java.util.Set.<Tie>of()
				: graph.ties()
					.stream()
					.filter(t -> ids.contains(t.a()) && ids.contains(t.b()))
					.collect(java.util.stream.Collectors.toSet());
		Instance in = new Instance(new JointBranchGraph(group, ties), p);
		int full = 0;
		int members = 0;
		for (int i = 0; i < in.n; i++) {
			full += in.full[i];
			members += in.mem[i];
			for (int j = i + 1; j < in.n; j++) {
				if (!in.compatible(i, j)) {
					return false;
				}
			}
		}
		return full >= p.minFullMembers() && members <= p.maxMembers();
	}

	/**
	 * The plain greedy baseline for comparison: units by id; each free unit takes its
	 * nearest free compatible units one by one until the group is valid; a group that
	 * cannot be completed is dropped.
	 */
	public static final class Greedy {

		public JointBranchResult compute(JointBranchGraph graph, JointBranchParameters p) {
			long t0 = System.nanoTime();
			Instance in = new Instance(graph, p);
			in.buildAdjacency();
			boolean[] used = new boolean[in.n];
			List<int[]> plan = new ArrayList<>();
			int[] cur = new int[p.maxUnits()];
			for (int u = 0; u < in.n; u++) {
				if (used[u] || in.adj[u].length == 0 || in.mem[u] > p.maxMembers()) {
					continue;
				}
				final int uu = u;
				Integer[] cand = Arrays.stream(in.adj[u])
					.filter(v -> !used[v])
					.boxed()
					.sorted(Comparator.<Integer>comparingDouble(v -> in.distance(uu, v)).thenComparing(v -> v))
					.toArray(Integer[]::new);
				int k = 1;
				cur[0] = u;
				int full = in.full[u];
				int mem = in.mem[u];
				for (int v : cand) {
					if (k >= 2 && full >= p.minFullMembers() || k == p.maxUnits()) {
						break;
					}
					if (mem + in.mem[v] > p.maxMembers()) {
						continue;
					}
					boolean ok = true;
					for (int t = 1; t < k; t++) {
						ok &= in.adjacent(cur[t], v);
					}
					if (ok) {
						cur[k++] = v;
						full += in.full[v];
						mem += in.mem[v];
					}
				}
				if (k >= 2 && full >= p.minFullMembers()) {
					int[] g = Arrays.copyOf(cur, k);
					for (int w : g) {
						used[w] = true;
					}
					plan.add(g);
				}
			}
			byte[] inGroup = new byte[in.n];
			LocalSearch probe = new LocalSearch(in);
			int upper = 0;
			for (int u = 0; u < in.n; u++) {
				if (in.adj[u].length > 0) {
					boolean found = used[u] || probe.findGroup(u, true, EXISTENCE_NODES) != null
							|| probe.lastInconclusive();
					inGroup[u] = (byte) (found ? 1 : 2);
					upper += found ? 1 : 0;
				}
			}
			int placed = plan.stream().mapToInt(g -> g.length).sum();
			var stats = new JointBranchResult.Stats(0, 0, 0, 0, in.edges, (System.nanoTime() - t0) / 1_000_000, false);
			return toResult(in, plan, inGroup, false, false, upper, stats);
		}

	}

	private static JointBranchResult toResult(Instance in, List<int[]> plan, byte[] inGroup, boolean optimal,
			boolean placedOptimal, int upper, JointBranchResult.Stats stats) {
		JointBranchParameters p = in.p;
		boolean[] placedUnit = new boolean[in.n];
		List<Group> groups = new ArrayList<>();
		double total = 0;
		for (int[] g : plan) {
			for (int u : g) {
				placedUnit[u] = true;
			}
			Group group = group(in, g);
			total += group.spreadMeters();
			groups.add(group);
		}
		groups.sort(Comparator.comparing(gr -> gr.anchor().id()));
		List<Unplaced> unplaced = new ArrayList<>();
		for (int u = 0; u < in.n; u++) {
			if (placedUnit[u]) {
				continue;
			}
			UnplacedReason r;
			if (in.mem[u] > p.maxMembers()) {
				r = UnplacedReason.TOO_MANY_MEMBERS;
			}
			else if (in.adj[u].length == 0) {
				r = UnplacedReason.NO_NEAR_UNIT;
			}
			else if (inGroup[u] == 2) {
				r = UnplacedReason.NEAR_UNITS_LACK_MEMBERS;
			}
			else {
				r = UnplacedReason.LEFT_OVER;
			}
			unplaced.add(new Unplaced(in.units[u], r, r.text(p, in.units[u], PlaceNames.NONE)));
		}
		int placed = in.n - unplaced.size();
		return new JointBranchResult(groups, unplaced, optimal, placedOptimal || optimal, in.n, placed,
				optimal ? placed : Math.max(upper, placed), total, stats);
	}

	private static Group group(Instance in, int[] g) {
		Integer[] order = Arrays.stream(g).boxed().toArray(Integer[]::new);
		// Anchor: most full members, then most employees, then smallest id; the rest by
		// id.
		Comparator<Integer> anchorFirst = Comparator.<Integer>comparingInt(i -> -in.full[i])
			.thenComparingInt(i -> -in.units[i].employees())
			.thenComparing(i -> in.units[i].id());
		Integer anchor = Arrays.stream(order).min(anchorFirst).orElseThrow();
		Arrays.sort(order,
				Comparator.<Integer>comparingInt(i -> i.equals(anchor) ? 0 : 1).thenComparing(i -> in.units[i].id()));
		List<Unit> units = new ArrayList<>();
		int full = 0;
		int members = 0;
		double sLat = 0;
		double sLon = 0;
		int located = 0;
		for (int i : order) {
			units.add(in.units[i]);
			full += in.full[i];
			members += in.mem[i];
			if (in.located(i)) {
				sLat += in.lat[i];
				sLon += in.lon[i];
				located++;
			}
		}
		double spread = in.spread(g, g.length);
		return new Group(units, in.units[anchor], full, members, spread, located == 0 ? null : sLat / located,
				located == 0 ? null : sLon / located, reasons(in, g, spread));
	}

	private static List<Reason> reasons(Instance in, int[] g, double spread) {
		List<Reason> out = new ArrayList<>();
		String building = common(in.building, g);
		String park = common(in.park, g);
		String community = common(in.community, g);
		boolean allLocated = Arrays.stream(g).allMatch(in::located);
		switch (in.p.proximity()) {
			case SAME_BUILDING -> out.add(Reason.of(Reason.Kind.SAME_BUILDING, building));
			case SAME_PARK -> out.add(Reason.of(Reason.Kind.SAME_PARK, park));
			case SAME_COMMUNITY -> out.add(Reason.of(Reason.Kind.SAME_COMMUNITY, community));
			case WITHIN_DISTANCE -> {
				if (building != null) {
					out.add(Reason.of(Reason.Kind.SAME_BUILDING, building));
				}
				else if (park != null) {
					out.add(Reason.of(Reason.Kind.SAME_PARK, park));
				}
				if (building == null || allLocated) {
					out.add(Reason.within(spread));
				}
			}
		}
		String division = common(in.division, g);
		String section = common(in.section, g);
		switch (in.p.industryMatch()) {
			case ANY -> {
				if (division != null) {
					out.add(Reason.of(Reason.Kind.SAME_DIVISION, division));
				}
				else if (section != null) {
					out.add(Reason.of(Reason.Kind.SAME_SECTION, section));
				}
				else {
					out.add(Reason.of(Reason.Kind.ANY_INDUSTRY, null));
				}
			}
			case SECTION, DIVISION -> {
				String code = in.p.industryMatch() == IndustryMatch.SECTION ? section : division;
				if (code != null) {
					out.add(Reason.of(in.p.industryMatch() == IndustryMatch.SECTION ? Reason.Kind.SAME_SECTION
							: Reason.Kind.SAME_DIVISION, code));
				}
			}
		}
		if (in.p.useTies()) {
			for (int a = 0; a < g.length; a++) {
				for (int b = a + 1; b < g.length; b++) {
					String kind = in.tie(g[a], g[b]);
					if (kind != null) {
						String x = in.units[g[a]].id();
						String y = in.units[g[b]].id();
						out.add(Reason.tie(x.compareTo(y) < 0 ? x : y, x.compareTo(y) < 0 ? y : x,
								kind.isEmpty() ? null : kind));
					}
				}
			}
		}
		return out;
	}

	private static String common(String[] values, int[] g) {
		String v = values[g[0]];
		for (int u : g) {
			if (v == null || !v.equals(values[u])) {
				return null;
			}
		}
		return v;
	}

}
