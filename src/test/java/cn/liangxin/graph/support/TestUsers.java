package cn.liangxin.graph.support;

import java.util.function.Supplier;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import cn.liangxin.graph.access.Role;
import cn.liangxin.graph.access.UserAccounts;

/**
 * The users of the integration tests: the first ADMIN the service creates on start, and
 * street users made through the service's own account management, each then loaded by the
 * service's user details service — real users, security on.
 */
@TestComponent
public class TestUsers {

	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "test-admin-password";

	/** The street the street users see: 第1街道 of the example district. */
	public static final String STREET = "310121001000";

	public static final String STREET_VIEWER = "street1-viewer";

	public static final String STREET_IMPORTER = "street1-importer";

	public static final String PASSWORD = "street-password-1";

	private final UserAccounts accounts;

	private final UserDetailsService users;

	public TestUsers(UserAccounts accounts, UserDetailsService users) {
		this.accounts = accounts;
		this.users = users;
	}

	/**
	 * Makes the street's VIEWER and IMPORTER unless they exist (the example district must
	 * be loaded).
	 */
	public synchronized void streetUsers() {
		if (this.accounts.find(STREET_VIEWER).isEmpty()) {
			this.accounts.create(STREET_VIEWER, PASSWORD, Role.VIEWER, STREET);
		}
		if (this.accounts.find(STREET_IMPORTER).isEmpty()) {
			this.accounts.create(STREET_IMPORTER, PASSWORD, Role.IMPORTER, STREET);
		}
	}

	/** Runs {@code work} as the given stored user, then restores the test's own user. */
	public <T> T as(String username, Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		UserDetails user = this.users.loadUserByUsername(username);
		SecurityContextHolder.setContext(new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
