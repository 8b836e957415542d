package cn.liangxin.graph.coverage;

import cn.liangxin.graph.network.InvalidArgumentException;

/**
 * The rules' numbers, each a parameter (defaults from the 支部工作条例 and local practice).
 *
 * @param minFullMembers full members from which a unit should build its own branch (3)
 * @param maxBranchMembers members above which a branch is oversized (50)
 * @param maxJointUnits active units above which a joint branch is too wide (5)
 * @param maxOfficerLoad active organizations above which an officer is overloaded (10)
 * @param staleDays days after which a ledger row is stale (92, one quarter)
 * @param termDueDays a term ending within this many days of the as-of date (or ended) is
 * due for re-election (90)
 * @param weakStars star ratings at or below this make a party organization weak (1)
 * @param probationGraceDays days after the end of probation by which 转正 is overdue (30)
 */
public record GapThresholds(int minFullMembers, int maxBranchMembers, int maxJointUnits, int maxOfficerLoad,
		int staleDays, int termDueDays, int weakStars, int probationGraceDays) {

	public static final GapThresholds DEFAULTS = new GapThresholds(3, 50, 5, 10, 92, 90, 1, 30);

	/** The first five rules with the defaults of the 五清 ones. */
	public GapThresholds(int minFullMembers, int maxBranchMembers, int maxJointUnits, int maxOfficerLoad,
			int staleDays) {
		this(minFullMembers, maxBranchMembers, maxJointUnits, maxOfficerLoad, staleDays, 90, 1, 30);
	}

	public GapThresholds {
		positive("minFullMembers", minFullMembers);
		positive("maxBranchMembers", maxBranchMembers);
		positive("maxJointUnits", maxJointUnits);
		positive("maxOfficerLoad", maxOfficerLoad);
		positive("staleDays", staleDays);
		positive("termDueDays", termDueDays);
		positive("probationGraceDays", probationGraceDays);
		if (weakStars < 0 || weakStars > 5) {
			throw new InvalidArgumentException("thresholds.weakStars", weakStars, "must be between 0 and 5");
		}
	}

	private static void positive(String name, int value) {
		if (value < 1) {
			throw new InvalidArgumentException("thresholds." + name, value, "must be at least 1");
		}
	}
}
