package cn.liangxin.graph.jointbranch;

/** Why an eligible unit is in no group of the plan. */
public enum UnplacedReason {

	/** It alone has more members than a group may have. */
	TOO_MANY_MEMBERS,
	/** No other unit is both near and industry-compatible. */
	NO_NEAR_UNIT,
	/**
	 * Compatible units exist, but no valid group (full members, units, members caps)
	 * contains it.
	 */
	NEAR_UNITS_LACK_MEMBERS,
	/** Valid groups with it exist, but the plan needs their other units elsewhere. */
	LEFT_OVER;

	String text(JointBranchParameters p) {
		return switch (this) {
			case TOO_MANY_MEMBERS ->
				"本单位党员已超过 " + p.maxMembers() + " 人上限 / has more than " + p.maxMembers() + " members on its own";
			case NO_NEAR_UNIT -> "附近没有可联合的单位 / no compatible unit nearby";
			case NEAR_UNITS_LACK_MEMBERS -> "附近单位合计正式党员不足 " + p.minFullMembers()
					+ " 人(或超出单位数、党员数上限) / nearby units together lack " + p.minFullMembers() + " full members within "
					+ p.maxUnits() + " units and " + p.maxMembers() + " members";
			case LEFT_OVER -> "可联合的单位已编入其他联合党支部 / its possible partners are placed in other groups";
		};
	}

}
