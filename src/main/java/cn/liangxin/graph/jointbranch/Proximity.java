package cn.liangxin.graph.jointbranch;

/**
 * When two units count as near each other (domain.md, "Joint-branch candidates").
 */
public enum Proximity {

	/** Same non-null building. */
	SAME_BUILDING,
	/** Same non-null park. */
	SAME_PARK,
	/** Same non-null community (lowest area). */
	SAME_COMMUNITY,
	/**
	 * Same non-null building, or both located and at most {@code maxDistanceMeters}
	 * apart.
	 */
	WITHIN_DISTANCE

}
