package cn.liangxin.graph.access;

/** What the audit records. Reads are not recorded one by one; exports are. */
public enum AuditAction {

	/** A login with a wrong password or an unknown username. */
	LOGIN_FAILED,
	/**
	 * A username locked for a while after repeated failures, or a login refused while
	 * locked.
	 */
	LOGIN_LOCKED,
	/** A ledger import, accepted or refused. */
	IMPORT, USER_CREATED, USER_UPDATED,
	/** A ledger import undone (revertImport), done or refused. */
	IMPORT_REVERTED,
	/** A spreadsheet, map or ledger export. */
	EXPORT

}
