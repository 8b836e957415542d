package cn.liangxin.graph.ledger;

/** The kinds of entity a ledger row can refer to by id (areas by code). */
public enum IdKind {

	/** Area, by {@code code}. */
	AREA,

	/** Park. */
	PARK,

	/** Building. */
	BUILDING,

	/** Organization (unified social credit code). */
	ORGANIZATION,

	/** Party organization. */
	PARTY_ORGANIZATION,

	/** Guidance officer. */
	OFFICER

}
