package cn.liangxin.graph.jointbranch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;

// One component's set packing as a CP-SAT model: a Boolean per enumerated valid group (the
// enumeration is ExactPacking's: groups of 2..maxUnits compatible units within the member rules),
// each unit in at most one chosen group. The lexicographic objective is a sequence of solves: each
// stage optimises one objective, then its optimum is fixed as a constraint for the next, and the
// stage's solution is the next stage's hint. Proven only when every stage ends OPTIMAL. Spreads
// enter as whole millimetres (CP-SAT takes integers): ties closer than 1 mm count as ties.
final class CpSatPacking {

	/**
	 * Outcome for one component: the plan (global unit indices), whether every stage
	 * ended OPTIMAL, and whether the first (most units placed) did.
	 */
	record Outcome(List<int[]> plan, boolean proven, boolean placedProven, int placed, boolean timedOut) {
	}

	/**
	 * Solver limits. One worker: a proven optimum is then found the same way every run
	 * (same input, same plan, as the planner promises) and the second core is left to the
	 * rest of a 2-core machine; several workers race and may return different optima. A
	 * search cut by a limit is reported as timed out: what it found may differ between
	 * runs.
	 */
	record Limits(int workers, double deterministicSeconds, int linearizationLevel) {

		static Limits defaults() {
			return new Limits(1, 4.0, 2);
		}
	}

	// Stops a solve that overruns its wall-clock limit (CP-SAT checks its own limit only
	// between steps).
	private static final ScheduledExecutorService GUARD = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "cp-sat-guard");
		t.setDaemon(true);
		return t;
	});

	private static volatile boolean loaded;

	private final Instance in;

	private final ExactPacking groups;

	private final Limits limits;

	CpSatPacking(Instance in, ExactPacking groups, Limits limits) {
		this.in = in;
		this.groups = groups;
		this.limits = limits;
	}

	static void load() {
		if (!loaded) {
			synchronized (CpSatPacking.class) {
				if (!loaded) {
					Loader.loadNativeLibraries();
					loaded = true;
				}
			}
		}
	}

	/**
	 * Solves for {@code objective} until {@code deadlineNanos} (System.nanoTime);
	 * {@code hint} is a valid plan of this component (the heuristic's or the exact
	 * search's) that warm-starts it.
	 */
	Outcome solve(Objective objective, List<int[]> hint, long deadlineNanos) {
		load();
		int count = (int) this.groups.groupCount();
		CpModel model = new CpModel();
		BoolVar[] x = new BoolVar[count];
		long[] size = new long[count];
		long[] spread = new long[count];
		long[] sturdy = new long[count];
		long[] one = new long[count];
		Map<Integer, List<Literal>> byUnit = new HashMap<>();
		Map<String, Integer> groupIndex = new HashMap<>();
		int[][] sorted = new int[count][];
		for (int g = 0; g < count; g++) {
			x[g] = model.newBoolVar("g" + g);
			int[] units = this.groups.groupUnits(g);
			size[g] = units.length;
			spread[g] = Math.round(this.groups.groupSpread(g) * 1000);
			int full = 0;
			for (int u : units) {
				full += this.in.full[u];
				byUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(x[g]);
			}
			sturdy[g] = this.in.p.sturdy(full) ? 1 : 0;
			one[g] = 1;
			sorted[g] = units.clone();
			Arrays.sort(sorted[g]);
			groupIndex.put(Arrays.toString(sorted[g]), g);
		}
		boolean[] hinted = hinted(hint, groupIndex, count);
		if (objective == Objective.MOST_UNITS) {
			dropDominated(x, size, spread, sorted, groupIndex, hinted, model);
		}
		for (List<Literal> vars : byUnit.values()) {
			if (vars.size() > 1) {
				model.addAtMostOne(vars);
			}
		}
		List<long[]> stages = new ArrayList<>();
		List<Boolean> maximize = new ArrayList<>();
		stages.add(size);
		maximize.add(true);
		if (objective == Objective.STURDY) {
			stages.add(sturdy);
			maximize.add(true);
		}
		else if (objective == Objective.FEWEST_BRANCHES) {
			stages.add(one);
			maximize.add(false);
		}
		stages.add(spread);
		maximize.add(false);

		boolean proven = true;
		boolean placedProven = false;
		boolean timedOut = false;
		boolean[] best = hinted;
		int hintPlaced = 0;
		for (int g = 0; g < count; g++) {
			hintPlaced += hinted[g] ? (int) size[g] : 0;
		}
		int first = 0;
		if (hintPlaced == byUnit.size()) {
			// the hint places every unit that lies in some group: nothing can place more
			model.addEquality(LinearExpr.weightedSum(x, size), hintPlaced);
			placedProven = true;
			first = 1;
		}
		for (int s = first; s < stages.size(); s++) {
			LinearExpr expr = LinearExpr.weightedSum(x, stages.get(s));
			if (maximize.get(s)) {
				model.maximize(expr);
			}
			else {
				model.minimize(expr);
			}
			model.clearHints();
			for (int g = 0; g < count; g++) {
				model.addHint(x[g], best[g]);
			}
			double seconds = (deadlineNanos - System.nanoTime()) / 1e9;
			if (seconds <= 0.001) {
				proven = false;
				timedOut = true;
				break;
			}
			CpSolver solver = new CpSolver();
			solver.getParameters()
				.setNumWorkers(this.limits.workers())
				.setMaxTimeInSeconds(seconds)
				.setMaxDeterministicTime(this.limits.deterministicSeconds())
				.setRandomSeed(20261202);
			// the LP relaxation with the at-most-one rows as cuts: what proves the spread
			// stage here
			solver.getParameters().setLinearizationLevel(this.limits.linearizationLevel());
			ScheduledFuture<?> guard = GUARD.schedule(solver::stopSearch, (long) (seconds * 1000) + 50,
					TimeUnit.MILLISECONDS);
			CpSolverStatus status;
			try {
				status = solver.solve(model);
			}
			finally {
				guard.cancel(false);
			}
			if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
				boolean[] found = new boolean[count];
				for (int g = 0; g < count; g++) {
					found[g] = solver.booleanValue(x[g]);
				}
				// a feasible answer of a later stage is never worse on the fixed earlier
				// ones
				if (status == CpSolverStatus.OPTIMAL || better(found, best, stages, maximize, s)) {
					best = found;
				}
			}
			if (status != CpSolverStatus.OPTIMAL) {
				proven = false;
				// a limit ended it (wall clock or deterministic): the plan found may
				// differ between runs
				timedOut = true;
				break;
			}
			placedProven |= s == 0;
			long value = Math.round(solver.objectiveValue());
			model.addEquality(expr, value);
		}
		List<int[]> plan = new ArrayList<>();
		int placed = 0;
		for (int g = 0; g < count; g++) {
			if (best[g]) {
				int[] units = this.groups.groupUnits(g);
				plan.add(units);
				placed += units.length;
			}
		}
		return new Outcome(plan, proven, placedProven, placed, timedOut);
	}

	private static boolean[] hinted(List<int[]> hint, Map<String, Integer> groupIndex, int count) {
		boolean[] hinted = new boolean[count];
		for (int[] g : hint) {
			Integer gi = groupIndex.get(key(g));
			if (gi != null) {
				hinted[gi] = true;
			}
		}
		return hinted;
	}

	/**
	 * Dominance for MOST_UNITS: a group of 4 or 5 units that splits into two valid groups
	 * whose spreads add up to no more than its own is never needed (the two place the
	 * same units at no more spread), so it is fixed to false. Chains end at groups of 2
	 * or 3, which never split. In dense scopes this removes most of the large groups, and
	 * with them most of the search.
	 */
	private static void dropDominated(BoolVar[] x, long[] size, long[] spread, int[][] sorted,
			Map<String, Integer> groupIndex, boolean[] hinted, CpModel model) {
		for (int g = 0; g < x.length; g++) {
			if (size[g] < 4 || hinted[g]) {
				continue;
			}
			int[] units = sorted[g];
			int k = units.length;
			// subsets holding units[0], of 2..k-2 units; the rest is the other part
			for (int mask = 1; mask < (1 << k) - 1; mask += 2) {
				int bits = Integer.bitCount(mask);
				if (bits < 2 || bits > k - 2) {
					continue;
				}
				int[] a = new int[bits];
				int[] b = new int[k - bits];
				for (int i = 0, ia = 0, ib = 0; i < k; i++) {
					if ((mask >> i & 1) != 0) {
						a[ia++] = units[i];
					}
					else {
						b[ib++] = units[i];
					}
				}
				Integer ga = groupIndex.get(Arrays.toString(a));
				Integer gb = groupIndex.get(Arrays.toString(b));
				if (ga != null && gb != null && spread[ga] + spread[gb] <= spread[g]) {
					model.addEquality(x[g], 0);
					break;
				}
			}
		}
	}

	private static boolean better(boolean[] a, boolean[] b, List<long[]> stages, List<Boolean> maximize, int upTo) {
		for (int s = 0; s <= upTo; s++) {
			long va = 0;
			long vb = 0;
			for (int g = 0; g < a.length; g++) {
				va += a[g] ? stages.get(s)[g] : 0;
				vb += b[g] ? stages.get(s)[g] : 0;
			}
			if (va != vb) {
				return maximize.get(s) ? va > vb : va < vb;
			}
		}
		return false;
	}

	private static String key(int[] units) {
		int[] sorted = units.clone();
		Arrays.sort(sorted);
		return Arrays.toString(sorted);
	}

}
