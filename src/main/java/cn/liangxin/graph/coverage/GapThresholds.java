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
 */
public record GapThresholds(int minFullMembers, int maxBranchMembers, int maxJointUnits, int maxOfficerLoad,
		int staleDays) {

	public static final GapThresholds DEFAULTS = new GapThresholds(3, 50, 5, 10, 92);

	public GapThresholds {
		positive("minFullMembers", minFullMembers);
		positive("maxBranchMembers", maxBranchMembers);
		positive("maxJointUnits", maxJointUnits);
		positive("maxOfficerLoad", maxOfficerLoad);
		positive("staleDays", staleDays);
	}

	private static void positive(String name, int value) {
		if (value < 1) {
			throw new InvalidArgumentException("thresholds." + name, value, "must be at least 1");
		}
	}
}
