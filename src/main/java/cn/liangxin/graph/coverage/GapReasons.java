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
			case COVERS_DEREGISTERED -> "覆盖 " + n + " 个已注销单位，台账需更新 / covers " + n
					+ " deregistered organization(s): update the ledger";
			case OFFICER_OVERLOAD -> "联系 " + n + " 个单位，超过 " + t.maxOfficerLoad() + " 个 / guides " + n
					+ " active organizations, more than " + t.maxOfficerLoad();
			case STALE_RECORD -> count == null ? "台账从未核实 / ledger row never verified"
					: "台账 " + n + " 天未核实（超过 " + t.staleDays() + " 天）/ ledger row last verified " + n
							+ " days ago, more than " + t.staleDays();
		};
	}
}
