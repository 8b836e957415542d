package cn.liangxin.graph.jointbranch;

import java.util.List;

/**
 * A plan: disjoint valid groups (sorted by anchor id) and the eligible units left out (by
 * id).
 *
 * @param groups the groups
 * @param unplaced the units in no group, with reasons
 * @param optimal true when the plan is proven optimal: most units placed, and among those
 * the smallest total spread
 * @param placedOptimal true when no valid plan places more units (spread may not be
 * minimal)
 * @param eligible number of input units
 * @param placed units in groups
 * @param placedUpperBound no valid plan places more than this; equals {@code placed} when
 * {@code placedOptimal}
 * @param totalSpreadMeters sum over groups of {@link Group#spreadMeters()}
 * @param stats how the plan was found
 */
public record JointBranchResult(List<Group> groups, List<Unplaced> unplaced, boolean optimal, boolean placedOptimal,
		int eligible, int placed, int placedUpperBound, double totalSpreadMeters, Stats stats) {

	public JointBranchResult {
		groups = List.copyOf(groups);
		unplaced = List.copyOf(unplaced);
	}

	/**
	 * The same plan with the unplaced units' reasons naming their places (groups' reasons
	 * name theirs through {@link Reason#text(PlaceNames)}).
	 */
	public JointBranchResult withNames(JointBranchParameters p, PlaceNames names) {
		List<Unplaced> named = this.unplaced.stream()
			.map(u -> new Unplaced(u.unit(), u.reason(), u.reason().text(p, u.unit(), names)))
			.toList();
		return new JointBranchResult(this.groups, named, this.optimal, this.placedOptimal, this.eligible, this.placed,
				this.placedUpperBound, this.totalSpreadMeters, this.stats);
	}

	/**
	 * Search statistics.
	 *
	 * @param components connected components of the compatibility graph with 2 or more
	 * units
	 * @param exactComponents components solved by exact search to proof
	 * @param candidateGroups valid groups enumerated for the exact search
	 * @param searchNodes branch-and-bound nodes visited
	 * @param compatiblePairs edges of the compatibility graph
	 * @param millis wall time
	 * @param timedOut a time limit (the safety net, or the LP and MIP limit) cut the
	 * search short: the plan is still valid but may differ between runs (node budgets
	 * alone are deterministic)
	 */
	public record Stats(int components, int exactComponents, long candidateGroups, long searchNodes,
			long compatiblePairs, long millis, boolean timedOut) {
	}
}
