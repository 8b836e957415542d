package cn.liangxin.graph.coverage;

import org.jspecify.annotations.Nullable;

/** The sentence that says why something is a gap, in Chinese and English. */
final class GapReasons {

	private GapReasons() {
	}

	static String of(GapKind kind, @Nullable Integer count, GapThresholds t) {
		int n = count == null ? 0 : count;
		return switch (kind) {
			case UNCOVERED -> "无党组织、无党建指导员：空白点 / no party organization and no guidance officer: a blank spot";
			case SHOULD_BUILD -> n + " 名正式党员，未建党组织：应建未建 / " + n
					+ " full members, no party organization: should build its own (≥ " + t.minFullMembers() + ")";
			case GRADUATION -> n + " 名正式党员，仅由联合、挂靠或区域党组织覆盖：可单独组建 / " + n
					+ " full members, covered only by joint, affiliated or area party organizations: ready to build its own";
			case JOINT_CANDIDATE -> n + " 名正式党员，未建党组织：可组建联合党支部 / " + n
					+ " full member(s), no party organization: a unit for a joint branch";
			case HIDDEN_MEMBERS -> n + " 名党员的组织关系不在覆盖本单位的党组织：隐形党员 / " + n
					+ " member(s) whose membership is held nowhere or in a party organization not covering this unit";
			case UNDERSIZED_BRANCH -> "支部正式党员 " + n + " 名，不足 " + t.minFullMembers() + " 名 / branch with " + n
					+ " full members, fewer than " + t.minFullMembers();
			case OVERSIZED_BRANCH -> "支部党员 " + n + " 名，超过 " + t.maxBranchMembers() + " 名，宜调整 / branch with " + n
					+ " members, more than " + t.maxBranchMembers() + ": consider a general branch or splitting";
			case JOINT_TOO_WIDE -> "联合党支部覆盖 " + n + " 个单位，超过 " + t.maxJointUnits() + " 个 / joint branch covering " + n
					+ " active units, more than " + t.maxJointUnits();
			case COVERS_DEREGISTERED ->
				"覆盖 " + n + " 个已注销单位，台账需更新 / covers " + n + " deregistered organization(s): update the ledger";
			case OFFICER_OVERLOAD -> "联系 " + n + " 个单位，超过 " + t.maxOfficerLoad() + " 个 / guides " + n
					+ " active organizations, more than " + t.maxOfficerLoad();
			case STALE_RECORD -> count == null ? "台账从未核实 / ledger row never verified" : "台账 " + n + " 天未核实（超过 "
					+ t.staleDays() + " 天）/ ledger row last verified " + n + " days ago, more than " + t.staleDays();
			case OWNER_MEMBER_UNBUILT ->
				"出资人（负责人）是党员，未建党组织：重点建党 / the owner is a party member and the firm has no party organization: a priority to build";
			case PLAN_OVERDUE ->
				"计划组建日期已过 " + n + " 天，仍未建党组织 / planned party organization " + n + " days overdue, still not built";
			case TERM_DUE -> n < 0 ? "已超期 " + (-n) + " 天未换届 / term ended " + (-n) + " days ago: re-election overdue"
					: n + " 天后届满，需换届 / term ends in " + n + " days (within " + t.termDueDays()
							+ "): prepare the re-election";
			case NO_SECRETARY -> "未配备书记 / no secretary";
			case WEAK_BRANCH -> count == null ? "分类定级为后进/软弱涣散，需整顿 / rated WEAK: needs rectifying"
					: "星级 " + n + " 星（不高于 " + t.weakStars() + " 星），需整顿 / " + n + " star(s), at most " + t.weakStars()
							+ ": needs rectifying";
			case PROBATION_OVERDUE -> n + " 名预备党员预备期满超过 " + t.probationGraceDays() + " 天未转正 / " + n
					+ " probationary member(s) whose probation ended more than " + t.probationGraceDays()
					+ " days ago: admission to full membership overdue";
			case NEW_UNCOVERED ->
				"上一期次以来新增、尚无组织覆盖和工作覆盖：应建必建 / new since the previous period and neither organization- nor work-covered";
			case SOON_SHOULD_BUILD -> "正式、预备党员和发展对象共 " + n + " 名，正式党员不足 " + t.minFullMembers() + " 名：下季度应建 / " + n
					+ " full and probationary members and candidates, fewer than " + t.minFullMembers()
					+ " full: should build next quarter";
		};
	}

}
