package cn.liangxin.graph.jointbranch;

/**
 * How two units must match by industry (GB/T 4754-2017). A unit without the needed code
 * matches only under {@link #ANY}, unless a tie between the pair counts (see
 * {@link JointBranchParameters#useTies()}).
 */
public enum IndustryMatch {

	/** Any industry. */
	ANY,
	/** Same section letter, e.g. {@code I}. */
	SECTION,
	/** Same two-digit division, e.g. {@code 65}. */
	DIVISION

}
