package cn.liangxin.graph.coverage;

/**
 * The Chinese names planners use for the gap kinds of docs/domain.md (the reports' 类型
 * column, the planners' reasons).
 */
public final class GapLabels {

	private GapLabels() {
	}

	public static String of(GapKind kind) {
		return switch (kind) {
			case UNCOVERED -> "空白点";
			case SHOULD_BUILD -> "应建未建";
			case GRADUATION -> "可单独组建";
			case JOINT_CANDIDATE -> "可组建联合党支部";
			case HIDDEN_MEMBERS -> "隐形党员";
			case UNDERSIZED_BRANCH -> "支部正式党员不足";
			case OVERSIZED_BRANCH -> "支部党员过多";
			case JOINT_TOO_WIDE -> "联合党支部覆盖过宽";
			case COVERS_DEREGISTERED -> "覆盖已注销单位";
			case OFFICER_OVERLOAD -> "指导员联系单位过多";
			case STALE_RECORD -> "台账未按期核实";
			case OWNER_MEMBER_UNBUILT -> "出资人是党员未建党组织";
			case PLAN_OVERDUE -> "计划组建逾期";
			case TERM_DUE -> "换届到期";
			case NO_SECRETARY -> "未配备书记";
			case WEAK_BRANCH -> "后进/软弱涣散";
			case PROBATION_OVERDUE -> "预备党员转正逾期";
			case SOON_SHOULD_BUILD -> "下季度应建";
			case NEW_UNCOVERED -> "新增未覆盖";
		};
	}

	public static String subject(GapKind.Subject subject) {
		return switch (subject) {
			case ORGANIZATION -> "两新组织";
			case PARTY_ORGANIZATION -> "党组织";
			case OFFICER -> "党建指导员";
		};
	}

}
