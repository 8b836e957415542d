package cn.liangxin.graph.coverage;

/** Every kind of gap of docs/domain.md, in the order gap lists use. */
public enum GapKind {

	UNCOVERED(Subject.ORGANIZATION), SHOULD_BUILD(Subject.ORGANIZATION), GRADUATION(Subject.ORGANIZATION),
	JOINT_CANDIDATE(Subject.ORGANIZATION), HIDDEN_MEMBERS(Subject.ORGANIZATION),
	UNDERSIZED_BRANCH(Subject.PARTY_ORGANIZATION), OVERSIZED_BRANCH(Subject.PARTY_ORGANIZATION),
	JOINT_TOO_WIDE(Subject.PARTY_ORGANIZATION), COVERS_DEREGISTERED(Subject.PARTY_ORGANIZATION),
	OFFICER_OVERLOAD(Subject.OFFICER), STALE_RECORD(Subject.ORGANIZATION),
	// the 五清 ledger's kinds (issue 13), after the first ones so existing cursors keep
	// their order
	OWNER_MEMBER_UNBUILT(Subject.ORGANIZATION), PLAN_OVERDUE(Subject.ORGANIZATION),
	TERM_DUE(Subject.PARTY_ORGANIZATION), NO_SECRETARY(Subject.PARTY_ORGANIZATION),
	WEAK_BRANCH(Subject.PARTY_ORGANIZATION), PROBATION_OVERDUE(Subject.PARTY_ORGANIZATION),
	SOON_SHOULD_BUILD(Subject.ORGANIZATION),
	// the quarterly history's kind (issue 9)
	NEW_UNCOVERED(Subject.ORGANIZATION);

	/** What a gap of this kind is about. */
	public enum Subject {

		ORGANIZATION, PARTY_ORGANIZATION, OFFICER

	}

	private final Subject subject;

	GapKind(Subject subject) {
		this.subject = subject;
	}

	public Subject subject() {
		return this.subject;
	}

}
