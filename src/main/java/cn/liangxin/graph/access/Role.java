package cn.liangxin.graph.access;

/**
 * What a user may do. A VIEWER reads and runs every analytic and planner within its area;
 * an IMPORTER also imports ledgers within its area; an ADMIN sees everything, manages
 * users and reads the audit.
 */
public enum Role {

	VIEWER, IMPORTER, ADMIN;

	/** The Spring Security authority, {@code ROLE_ADMIN} for ADMIN. */
	public String authority() {
		return "ROLE_" + name();
	}

}
