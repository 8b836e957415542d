package cn.liangxin.graph.access;

import org.jspecify.annotations.Nullable;

/**
 * Who is asking: a user with a role and, unless an ADMIN, an area.
 *
 * @param username the login name
 * @param role what the user may do
 * @param areaCode the area the user sees (with everything below it); null for an ADMIN
 */
public record Caller(String username, Role role, @Nullable String areaCode) {

	/**
	 * Work the service does on its own (start-up, demo import, benchmarks): no request,
	 * no limits.
	 */
	public static final Caller SYSTEM = new Caller("(system)", Role.ADMIN, null);

	public boolean seesEverything() {
		return this.role == Role.ADMIN;
	}
}
