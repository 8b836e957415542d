package cn.liangxin.graph.jointbranch;

/**
 * What a joint-branch plan optimises after placing the most units (docs/domain.md,
 * "Objectives"). Every objective is lexicographic and ends with the smallest total
 * spread.
 */
public enum Objective {

	/** Most units placed, then the smallest total spread. */
	MOST_UNITS,

	/**
	 * Most units placed, then the most sturdy groups (still at least
	 * {@code minFullMembers} full members if any one member leaves:
	 * {@code fullMembers >= minFullMembers + 1}), then spread.
	 */
	STURDY,

	/**
	 * Most units placed, then the fewest groups (fewer, larger branches), then spread.
	 */
	FEWEST_BRANCHES

}
