package cn.liangxin.graph.access;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A stored user as Spring Security authenticates it: the password hash, the role and the
 * area.
 */
final class AccountDetails implements UserDetails, CredentialsContainer {

	private final Account account;

	private @Nullable String passwordHash;

	private final boolean locked;

	private final boolean hadFailures;

	private final String token;

	AccountDetails(Account account, String passwordHash, boolean locked, boolean hadFailures, String token) {
		this.account = account;
		this.passwordHash = passwordHash;
		this.locked = locked;
		this.hadFailures = hadFailures;
		this.token = token;
	}

	/**
	 * The store version the user was read at: a session's user is read again once it
	 * changed (SessionRefresh).
	 */
	String token() {
		return this.token;
	}

	/**
	 * Whether failed logins were on record when the user was loaded (a success then
	 * clears them).
	 */
	boolean hadFailures() {
		return this.hadFailures;
	}

	Caller caller() {
		return new Caller(this.account.username(), this.account.role(), this.account.areaCode());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.account.role().authority()));
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.account.username();
	}

	@Override
	public boolean isEnabled() {
		return this.account.enabled();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public void eraseCredentials() {
		// The hash stays out of the session once the login is checked.
		this.passwordHash = null;
	}

}
