package cn.liangxin.graph.jointbranch;

import java.util.Arrays;
import java.util.List;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

// The LP relaxation of one stage of a component's set packing (GLOP): minimise c·x over x ≥ 0,
// each unit in at most one group (Σ x ≤ 1 over its groups), the earlier stages' values fixed
// (Σ c_t·x = v_t). Its use is a proof, so the bound is not GLOP's objective value (computed with
// tolerances) but recomputed from the duals: for ANY multipliers y ≤ 0 on the unit rows and z on
// the fixed rows, every 0/1 packing x meeting the fixed rows has
//   c·x = Σ r_g x_g + Σ_i y_i (Ax)_i + Σ_t z_t v_t ≥ Σ_g min(0, r_g) + Σ_i y_i + Σ_t z_t v_t = bound,
// with r_g = c_g − Σ_{i∈g} y_i − Σ_t z_t c_t[g]. GLOP's duals only make that bound tight. The
// same inequality excludes groups: a plan worth at most U uses only groups with r_g ≤ U − bound.
final class LpBound {

	/**
	 * @param bound a proven lower bound of c·x over the stage's 0/1 packings
	 * @param reducedCost r_g of every group (a plan worth at most U uses only groups with
	 * r_g ≤ U − bound)
	 * @param solution GLOP's primal solution (fractional in general)
	 */
	record Result(double bound, double[] reducedCost, double[] solution, double[] unitDuals, double[] fixedDuals) {

		/**
		 * The same result over more groups, priced with the same duals; valid as long as
		 * the groups added have r_g ≥ 0 or were counted in the bound (GroupPricing adds
		 * every group with r_g < 0 before the bound is taken).
		 */
		Result extended(List<int[]> units, List<long[]> objectiveAndFixed) {
			int old = this.reducedCost.length;
			double[] rc = Arrays.copyOf(this.reducedCost, old + units.size());
			double[] sol = Arrays.copyOf(this.solution, old + units.size());
			for (int k = 0; k < units.size(); k++) {
				rc[old + k] = priced(units.get(k), objectiveAndFixed.get(k));
			}
			return new Result(this.bound, rc, sol, this.unitDuals, this.fixedDuals);
		}

		/**
		 * r_g for a group: {@code coefficients} = its objective, then its fixed-stage
		 * values.
		 */
		double priced(int[] units, long[] coefficients) {
			double r = coefficients[0];
			for (int u : units) {
				r -= this.unitDuals[u];
			}
			for (int t = 0; t < this.fixedDuals.length; t++) {
				r -= this.fixedDuals[t] * coefficients[t + 1];
			}
			return r;
		}

		/**
		 * The groups a plan worth at most {@code incumbent} may use (a margin of safety
		 * for the rounding of doubles).
		 */
		boolean[] usable(long incumbent) {
			double slack = incumbent - this.bound + 1e-6 * (1 + Math.abs(incumbent));
			boolean[] keep = new boolean[this.reducedCost.length];
			for (int g = 0; g < keep.length; g++) {
				keep[g] = this.reducedCost[g] <= slack;
			}
			return keep;
		}

		/**
		 * Whether no plan is worth less than {@code incumbent} (stage values are
		 * integers).
		 */
		boolean proves(long incumbent) {
			return incumbent - this.bound < 1 - 1e-6 * (1 + Math.abs(incumbent));
		}
	}

	private LpBound() {
	}

	/**
	 * Solves the relaxation; null when GLOP does not end OPTIMAL (then nothing is proven
	 * or excluded).
	 * @param units the units of each group (any indices below {@code unitCount})
	 * @param c the stage's objective, minimised
	 * @param fixed the earlier stages' objectives
	 * @param fixedValues their fixed values
	 */
	static Result solve(int[][] units, int unitCount, long[] c, List<long[]> fixed, List<Long> fixedValues,
			long deadlineNanos) {
		MipPacking.load();
		MPSolver lp = MPSolver.createSolver("GLOP");
		try {
			int count = units.length;
			MPConstraint[] unitRow = new MPConstraint[unitCount];
			MPConstraint[] fixedRow = new MPConstraint[fixed.size()];
			for (int t = 0; t < fixedRow.length; t++) {
				fixedRow[t] = lp.makeConstraint(fixedValues.get(t), fixedValues.get(t));
			}
			MPObjective objective = lp.objective();
			MPVariable[] x = new MPVariable[count];
			for (int g = 0; g < count; g++) {
				// no upper bound: the unit rows imply x ≤ 1, and every reduced cost of an
				// optimum is then ≥ 0
				x[g] = lp.makeNumVar(0, MPSolver.infinity(), "");
				for (int u : units[g]) {
					if (unitRow[u] == null) {
						unitRow[u] = lp.makeConstraint(-MPSolver.infinity(), 1);
					}
					unitRow[u].setCoefficient(x[g], 1);
				}
				for (int t = 0; t < fixedRow.length; t++) {
					if (fixed.get(t)[g] != 0) {
						fixedRow[t].setCoefficient(x[g], fixed.get(t)[g]);
					}
				}
				objective.setCoefficient(x[g], c[g]);
			}
			objective.setMinimization();
			long millis = (deadlineNanos - System.nanoTime()) / 1_000_000;
			if (millis <= 0) {
				return null;
			}
			lp.setTimeLimit(millis);
			if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
				return null;
			}
			double[] y = new double[unitCount];
			double bound = 0;
			for (int u = 0; u < unitCount; u++) {
				if (unitRow[u] != null) {
					y[u] = Math.min(0, unitRow[u].dualValue());
					bound += y[u];
				}
			}
			double[] z = new double[fixedRow.length];
			for (int t = 0; t < z.length; t++) {
				z[t] = fixedRow[t].dualValue();
				bound += z[t] * fixedValues.get(t);
			}
			double[] reduced = new double[count];
			double[] solution = new double[count];
			for (int g = 0; g < count; g++) {
				double r = c[g];
				for (int u : units[g]) {
					r -= y[u];
				}
				for (int t = 0; t < z.length; t++) {
					r -= z[t] * fixed.get(t)[g];
				}
				reduced[g] = r;
				bound += Math.min(0, r);
				solution[g] = x[g].solutionValue();
			}
			return new Result(bound, reduced, solution, y, z);
		}
		finally {
			lp.delete();
		}
	}

}
