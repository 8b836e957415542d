package cn.liangxin.graph.jointbranch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

// One component's set packing over its enumerated valid groups (ExactPacking's enumeration: groups
// of 2..maxUnits compatible units within the member rules), each unit in at most one chosen group.
// The lexicographic objective is a sequence of stages: each optimises one objective with the
// earlier ones fixed at their optimum. A stage first solves its LP relaxation (LpBound, GLOP): when
// the bound meets the plan in hand, the plan is proven without search; otherwise the groups whose
// reduced cost shows they cannot be in a plan as good as it are left out, and the few that remain
// go to an exact MIP (SCIP, OR-Tools), warm-started with the plan. Proven only when every stage
// ends proven. Spreads enter as whole millimetres (stage values are integers): ties closer than
// 1 mm count as ties.
final class MipPacking {

	/**
	 * Outcome for one component: the plan (global unit indices), whether every stage
	 * ended OPTIMAL, and whether the first (most units placed) did.
	 */
	record Outcome(List<int[]> plan, boolean proven, boolean placedProven, int placed, boolean timedOut) {
	}

	// groups in the first restricted solve of improved(): the MIP proves a few hundred at
	// once
	private static final int RESTRICTED_GROUPS = 500;

	private static volatile boolean loaded;

	private final Instance in;

	private final ExactPacking groups;

	MipPacking(Instance in, ExactPacking groups) {
		this.in = in;
		this.groups = groups;
	}

	static void load() {
		if (!loaded) {
			synchronized (MipPacking.class) {
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
		long[] size = new long[count];
		long[] spread = new long[count];
		long[] sturdy = new long[count];
		long[] one = new long[count];
		Map<String, Integer> groupIndex = new HashMap<>();
		int[][] sorted = new int[count][];
		boolean[] inSomeGroup = new boolean[this.in.n];
		int unitsInGroups = 0;
		for (int g = 0; g < count; g++) {
			int[] units = this.groups.groupUnits(g);
			size[g] = units.length;
			spread[g] = Math.round(this.groups.groupSpread(g) * 1000);
			int full = 0;
			for (int u : units) {
				full += this.in.full[u];
				if (!inSomeGroup[u]) {
					inSomeGroup[u] = true;
					unitsInGroups++;
				}
			}
			sturdy[g] = this.in.p.sturdy(full) ? 1 : 0;
			one[g] = 1;
			sorted[g] = units.clone();
			Arrays.sort(sorted[g]);
			groupIndex.put(Arrays.toString(sorted[g]), g);
		}
		// every stage in minimising form: the ones to maximise negated
		List<long[]> stages = new ArrayList<>();
		stages.add(negated(size));
		if (objective == Objective.STURDY) {
			stages.add(negated(sturdy));
		}
		else if (objective == Objective.FEWEST_BRANCHES) {
			stages.add(one);
		}
		stages.add(spread);

		boolean proven = true;
		boolean placedProven = false;
		boolean timedOut = false;
		boolean[] best = hinted(hint, groupIndex, count);
		List<long[]> fixed = new ArrayList<>();
		List<Long> fixedValues = new ArrayList<>();
		int first = 0;
		if (-value(best, stages.get(0)) == unitsInGroups) {
			// the hint places every unit that lies in some group: nothing can place more
			fixed.add(stages.get(0));
			fixedValues.add(value(best, stages.get(0)));
			placedProven = true;
			first = 1;
		}
		for (int s = first; s < stages.size(); s++) {
			long[] c = stages.get(s);
			boolean[] keep = new boolean[count];
			Arrays.fill(keep, true);
			LpBound.Result lp = LpBound.solve(sorted, this.in.n, c, fixed, fixedValues, deadlineNanos);
			if (lp != null) {
				best = roundedIfBetter(lp.solution(), best, c, fixed, fixedValues, sorted);
				if (!lp.proves(value(best, c))) {
					best = improved(lp, best, c, fixed, fixedValues, sorted, deadlineNanos);
				}
				if (lp.proves(value(best, c))) {
					// the LP bound meets the plan in hand: it is optimal, no search
					placedProven |= s == 0;
					fixed.add(c);
					fixedValues.add(value(best, c));
					continue;
				}
				keep = lp.usable(value(best, c));
				for (int g = 0; g < count; g++) {
					keep[g] |= best[g];
				}
			}
			double seconds = (deadlineNanos - System.nanoTime()) / 1e9;
			if (seconds <= 0.001) {
				proven = false;
				timedOut = true;
				break;
			}
			Stage stage = solveStage(keep, c, fixed, fixedValues, best, sorted, seconds);
			if (stage.found() != null && (stage.optimal() || better(stage.found(), best, fixed, fixedValues, c))) {
				best = stage.found();
			}
			if (!stage.optimal()) {
				proven = false;
				// the time limit ended it: the plan found may differ between runs
				timedOut = true;
				break;
			}
			placedProven |= s == 0;
			fixed.add(c);
			fixedValues.add(value(best, c));
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

	/**
	 * A better incumbent before the exact solve, when the plan in hand leaves the LP
	 * bound so far behind that too many groups stay usable: the MIP on the groups the LP
	 * favours (its support and the smallest reduced costs), a few rounds. A better plan
	 * tightens the exclusion of groups by reduced cost; the plan returned is never worse.
	 */
	private boolean[] improved(LpBound.Result lp, boolean[] best, long[] c, List<long[]> fixed, List<Long> fixedValues,
			int[][] sorted, long deadlineNanos) {
		int count = best.length;
		Integer[] byReducedCost = new Integer[count];
		for (int g = 0; g < count; g++) {
			byReducedCost[g] = g;
		}
		Arrays.sort(byReducedCost, (a, b) -> Double.compare(lp.reducedCost()[a], lp.reducedCost()[b]) != 0
				? Double.compare(lp.reducedCost()[a], lp.reducedCost()[b]) : Integer.compare(a, b));
		int take = RESTRICTED_GROUPS;
		for (int round = 0; round < 3; round++) {
			boolean[] usable = lp.usable(value(best, c));
			int usableCount = 0;
			for (boolean u : usable) {
				usableCount += u ? 1 : 0;
			}
			double seconds = (deadlineNanos - System.nanoTime()) / 1e9;
			if (usableCount <= take || seconds <= 0.001) {
				return best;
			}
			boolean[] keep = new boolean[count];
			for (int g = 0; g < count; g++) {
				keep[g] = best[g] || lp.solution()[g] > 1e-6;
			}
			for (int k = 0; k < take; k++) {
				keep[byReducedCost[k]] = true;
			}
			Stage stage = solveStage(keep, c, fixed, fixedValues, best, sorted, seconds);
			if (stage.found() == null || !better(stage.found(), best, fixed, fixedValues, c)) {
				return best;
			}
			best = stage.found();
			take *= 2;
		}
		return best;
	}

	private record Stage(boolean optimal, boolean[] found) {
	}

	/**
	 * One stage as a MIP (SCIP) over the groups {@code keep} (those the LP bound does not
	 * exclude): each unit in at most one, the earlier stages fixed, {@code c} minimised,
	 * warm-started with {@code hint}.
	 */
	private Stage solveStage(boolean[] keep, long[] c, List<long[]> fixed, List<Long> fixedValues, boolean[] hint,
			int[][] sorted, double seconds) {
		int count = keep.length;
		MPSolver mip = MPSolver.createSolver("SCIP");
		try {
			MPVariable[] x = new MPVariable[count];
			MPConstraint[] unitRow = new MPConstraint[this.in.n];
			MPConstraint[] fixedRow = new MPConstraint[fixed.size()];
			for (int t = 0; t < fixedRow.length; t++) {
				fixedRow[t] = mip.makeConstraint(fixedValues.get(t), fixedValues.get(t));
			}
			MPObjective objective = mip.objective();
			List<MPVariable> hv = new ArrayList<>();
			List<Double> hval = new ArrayList<>();
			for (int g = 0; g < count; g++) {
				if (!keep[g]) {
					continue;
				}
				x[g] = mip.makeBoolVar("");
				for (int u : sorted[g]) {
					if (unitRow[u] == null) {
						unitRow[u] = mip.makeConstraint(-MPSolver.infinity(), 1);
					}
					unitRow[u].setCoefficient(x[g], 1);
				}
				for (int t = 0; t < fixedRow.length; t++) {
					if (fixed.get(t)[g] != 0) {
						fixedRow[t].setCoefficient(x[g], fixed.get(t)[g]);
					}
				}
				objective.setCoefficient(x[g], c[g]);
				hv.add(x[g]);
				hval.add(hint[g] ? 1.0 : 0.0);
			}
			objective.setMinimization();
			mip.setHint(hv.toArray(MPVariable[]::new), hval.stream().mapToDouble(Double::doubleValue).toArray());
			mip.setTimeLimit((long) (seconds * 1000));
			MPSolver.ResultStatus status = mip.solve();
			if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
				return new Stage(false, null);
			}
			boolean[] found = new boolean[count];
			for (int g = 0; g < count; g++) {
				found[g] = x[g] != null && x[g].solutionValue() > 0.5;
			}
			return new Stage(status == MPSolver.ResultStatus.OPTIMAL, found);
		}
		finally {
			mip.delete();
		}
	}

	private static long[] restricted(long[] values, List<Integer> kept) {
		long[] out = new long[kept.size()];
		for (int k = 0; k < out.length; k++) {
			out[k] = values[kept.get(k)];
		}
		return out;
	}

	private static long[] negated(long[] values) {
		long[] out = new long[values.length];
		for (int g = 0; g < values.length; g++) {
			out[g] = -values[g];
		}
		return out;
	}

	private static long value(boolean[] plan, long[] c) {
		long v = 0;
		for (int g = 0; g < plan.length; g++) {
			v += plan[g] ? c[g] : 0;
		}
		return v;
	}

	/**
	 * The LP solution when it is a 0/1 packing that meets the fixed stages and is better
	 * than {@code best} (an integral LP optimum is the optimum), else {@code best}.
	 */
	private boolean[] roundedIfBetter(double[] solution, boolean[] best, long[] c, List<long[]> fixed,
			List<Long> fixedValues, int[][] sorted) {
		boolean[] plan = new boolean[solution.length];
		boolean[] used = new boolean[this.in.n];
		for (int g = 0; g < solution.length; g++) {
			if (solution[g] > 1 - 1e-6) {
				plan[g] = true;
				for (int u : sorted[g]) {
					if (used[u]) {
						return best;
					}
					used[u] = true;
				}
			}
			else if (solution[g] > 1e-6) {
				return best;
			}
		}
		return better(plan, best, fixed, fixedValues, c) ? plan : best;
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
	 * Whether plan {@code a} meets the fixed stages and is worth less than {@code b} on
	 * {@code c}.
	 */
	private static boolean better(boolean[] a, boolean[] b, List<long[]> fixed, List<Long> fixedValues, long[] c) {
		for (int t = 0; t < fixed.size(); t++) {
			if (value(a, fixed.get(t)) != fixedValues.get(t)) {
				return false;
			}
		}
		return value(a, c) < value(b, c);
	}

	private static String key(int[] units) {
		int[] sorted = units.clone();
		Arrays.sort(sorted);
		return Arrays.toString(sorted);
	}

}
