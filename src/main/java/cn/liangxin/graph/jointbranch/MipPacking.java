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

	// most groups one pricing round may add, and the most a priced stage's proof may use
	private static final int PRICED_CAP = 100_000;

	// groups of most negative reduced cost each pricing round adds
	private static final int PRICED_ROUND = 1_000;

	private static volatile boolean loaded;

	private final Instance in;

	// the groups the stages choose from: every valid group of the component, or (with
	// pricing) those generated so far
	private final List<int[]> cols = new ArrayList<>();

	private final List<Double> spreads = new ArrayList<>();

	private final Map<String, Integer> index = new HashMap<>();

	private final int unitsInGroups;

	private final GroupPricing pricing;

	/** Over every enumerated valid group of a component. */
	MipPacking(Instance in, ExactPacking groups) {
		this.in = in;
		this.pricing = null;
		boolean[] inSome = new boolean[in.n];
		int count = 0;
		for (int g = 0; g < groups.groupCount(); g++) {
			int[] units = groups.groupUnits(g);
			add(units, groups.groupSpread(g));
			for (int u : units) {
				count += inSome[u] ? 0 : 1;
				inSome[u] = true;
			}
		}
		this.unitsInGroups = count;
	}

	/**
	 * Over a component whose groups are too many to enumerate: each stage generates the
	 * groups its LP needs ({@code pricing}).
	 * @param unitsInGroups how many of its units lie in some valid group (an upper bound
	 * will do: it only lets a hint placing them all skip the first stage)
	 */
	MipPacking(Instance in, GroupPricing pricing, int unitsInGroups) {
		this.in = in;
		this.pricing = pricing;
		this.unitsInGroups = unitsInGroups;
	}

	private boolean add(int[] units, double spreadMeters) {
		int[] sorted = units.clone();
		Arrays.sort(sorted);
		String key = Arrays.toString(sorted);
		if (this.index.containsKey(key)) {
			return false;
		}
		this.index.put(key, this.cols.size());
		this.cols.add(sorted);
		this.spreads.add(spreadMeters);
		return true;
	}

	// The stages' objectives, each in minimising form.
	private enum Term {

		PLACED, STURDY, GROUPS, SPREAD

	}

	private long[] vector(Term term) {
		long[] v = new long[this.cols.size()];
		for (int g = 0; g < v.length; g++) {
			int[] units = this.cols.get(g);
			v[g] = switch (term) {
				case PLACED -> -units.length;
				case STURDY -> {
					int full = 0;
					for (int u : units) {
						full += this.in.full[u];
					}
					yield this.in.p.sturdy(full) ? -1 : 0;
				}
				case GROUPS -> 1;
				case SPREAD -> Math.round(this.spreads.get(g) * 1000);
			};
		}
		return v;
	}

	private List<long[]> vectors(List<Term> terms) {
		return terms.stream().map(this::vector).toList();
	}

	private int[][] sorted() {
		return this.cols.toArray(int[][]::new);
	}

	/**
	 * Column generation for one stage: adds the groups with negative reduced cost until
	 * none is left, so that the LP's bound holds for every valid group. Null when the LP
	 * fails or a round finds more than {@link #PRICED_CAP} groups.
	 */
	private LpBound.Result priceOut(Term term, List<Term> fixed, List<Long> fixedValues, long deadlineNanos) {
		while (true) {
			LpBound.Result lp = LpBound.solve(sorted(), this.in.n, vector(term), vectors(fixed), fixedValues,
					deadlineNanos);
			if (lp == null || this.pricing == null) {
				return lp;
			}
			List<GroupPricing.Found> found = found(lp, term, fixed, Double.NaN);
			if (found == null) {
				return null;
			}
			int added = 0;
			for (GroupPricing.Found f : found) {
				added += add(f.units(), f.spreadMeters()) ? 1 : 0;
			}
			if (added == 0) {
				return lp;
			}
		}
	}

	private List<GroupPricing.Found> found(LpBound.Result lp, Term term, List<Term> fixed, double threshold) {
		double[] coef = new double[Term.values().length];
		coef[term.ordinal()] += 1;
		for (int t = 0; t < fixed.size(); t++) {
			coef[fixed.get(t).ordinal()] -= lp.fixedDuals()[t];
		}
		double[] w = new double[this.in.n];
		for (int u = 0; u < w.length; u++) {
			w[u] = -coef[Term.PLACED.ordinal()] - lp.unitDuals()[u];
		}
		if (Double.isNaN(threshold)) {
			return this.pricing.mostNegative(w, coef[Term.GROUPS.ordinal()], -coef[Term.STURDY.ordinal()],
					coef[Term.SPREAD.ordinal()], PRICED_ROUND);
		}
		return this.pricing.below(w, coef[Term.GROUPS.ordinal()], -coef[Term.STURDY.ordinal()],
				coef[Term.SPREAD.ordinal()], threshold, PRICED_CAP);
	}

	/**
	 * With pricing: adds every group a plan worth at most {@code incumbent} may use and
	 * returns the LP result over them; null when they are more than {@link #PRICED_CAP}.
	 */
	private LpBound.Result withUsable(LpBound.Result lp, Term term, List<Term> fixed, long incumbent) {
		if (this.pricing == null) {
			return lp;
		}
		double slack = incumbent - lp.bound() + 1e-6 * (1 + Math.abs(incumbent));
		List<GroupPricing.Found> found = found(lp, term, fixed, slack);
		if (found == null) {
			return null;
		}
		List<int[]> added = new ArrayList<>();
		for (GroupPricing.Found f : found) {
			if (add(f.units(), f.spreadMeters())) {
				added.add(this.cols.get(this.cols.size() - 1));
			}
		}
		List<long[]> coefficients = new ArrayList<>();
		int first = this.cols.size() - added.size();
		long[] c = vector(term);
		List<long[]> fv = vectors(fixed);
		for (int k = 0; k < added.size(); k++) {
			long[] row = new long[1 + fixed.size()];
			row[0] = c[first + k];
			for (int t = 0; t < fixed.size(); t++) {
				row[t + 1] = fv.get(t)[first + k];
			}
			coefficients.add(row);
		}
		return lp.extended(added, coefficients);
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
		for (int[] g : hint) {
			add(g, this.in.spread(g, g.length));
		}
		List<Term> stages = new ArrayList<>();
		stages.add(Term.PLACED);
		if (objective == Objective.STURDY) {
			stages.add(Term.STURDY);
		}
		else if (objective == Objective.FEWEST_BRANCHES) {
			stages.add(Term.GROUPS);
		}
		stages.add(Term.SPREAD);

		boolean proven = true;
		boolean placedProven = false;
		boolean timedOut = false;
		boolean[] best = hinted(hint, this.index, this.cols.size());
		List<Term> fixed = new ArrayList<>();
		List<Long> fixedValues = new ArrayList<>();
		int first = 0;
		if (-value(best, vector(Term.PLACED)) == this.unitsInGroups) {
			// the hint places every unit that lies in some group: nothing can place more
			fixed.add(Term.PLACED);
			fixedValues.add(value(best, vector(Term.PLACED)));
			placedProven = true;
			first = 1;
		}
		for (int s = first; s < stages.size(); s++) {
			Term term = stages.get(s);
			LpBound.Result lp = priceOut(term, fixed, fixedValues, deadlineNanos);
			best = Arrays.copyOf(best, this.cols.size());
			long[] c = vector(term);
			boolean[] keep = new boolean[this.cols.size()];
			Arrays.fill(keep, true);
			if (lp != null) {
				best = roundedIfBetter(lp.solution(), best, c, vectors(fixed), fixedValues, sorted());
				if (!lp.proves(value(best, c))) {
					best = improved(lp, best, c, vectors(fixed), fixedValues, sorted(), deadlineNanos);
				}
				if (!lp.proves(value(best, c))) {
					lp = withUsable(lp, term, fixed, value(best, c));
					best = Arrays.copyOf(best, this.cols.size());
					c = vector(term);
				}
				if (lp != null && lp.proves(value(best, c))) {
					// the LP bound meets the plan in hand: it is optimal, no search
					placedProven |= s == 0;
					fixed.add(term);
					fixedValues.add(value(best, c));
					continue;
				}
				if (lp != null) {
					keep = lp.usable(value(best, c));
					for (int g = 0; g < keep.length; g++) {
						keep[g] |= best[g];
					}
				}
			}
			double seconds = (deadlineNanos - System.nanoTime()) / 1e9;
			if (seconds <= 0.001 || (lp == null && this.pricing != null)) {
				// out of time, or (priced) the groups the proof needs are too many
				proven = false;
				timedOut |= seconds <= 0.001;
				break;
			}
			List<long[]> fv = vectors(fixed);
			Stage stage = solveStage(keep, c, fv, fixedValues, best, sorted(), seconds);
			if (stage.found() != null && (stage.optimal() || better(stage.found(), best, fv, fixedValues, c))) {
				best = stage.found();
			}
			if (!stage.optimal()) {
				proven = false;
				// the time limit ended it: the plan found may differ between runs
				timedOut = true;
				break;
			}
			placedProven |= s == 0;
			fixed.add(term);
			fixedValues.add(value(best, c));
		}
		List<int[]> plan = new ArrayList<>();
		int placed = 0;
		for (int g = 0; g < best.length; g++) {
			if (best[g]) {
				plan.add(this.cols.get(g).clone());
				placed += this.cols.get(g).length;
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
