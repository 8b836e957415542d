package cn.liangxin.graph.access;

import java.util.Map;

import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

import cn.liangxin.graph.store.StoreSessions;

/**
 * Locks a username for {@code lockout} after {@code maxFailedLogins} failed logins within
 * that time, and records every failure. The failures and the lock are kept on the
 * {@code (:User)} node ({@code failedLogins}, a list of times, and {@code lockedUntil},
 * by the store's clock), so a lockout holds across every service instance on the store
 * and survives a restart. A username that is no user keeps nothing (it cannot log in
 * anyway; the audit records the attempt), so made-up names cannot grow the store.
 * UserAccounts reads the lock with the user.
 */
@Component
class LoginThrottle {

	// Setting a property takes the user's write lock: concurrent failures through several
	// instances count one by one.
	private static final String WRITE_LOCK = "MATCH (u:User {username: $username}) SET u.lastFailedLoginAt = datetime()";

	private static final String COUNT = """
			MATCH (u:User {username: $username})
			WITH u, datetime() AS now, duration({milliseconds: $windowMillis}) AS window
			SET u.failedLogins = [t IN coalesce(u.failedLogins, []) WHERE t > now - window] + now
			WITH u, now, window, size(u.failedLogins) >= $max AS lock
			SET u.lockedUntil = CASE WHEN lock THEN now + window ELSE u.lockedUntil END
			RETURN lock
			""";

	private static final String FORGET = """
			MATCH (u:User {username: $username}) WHERE u.failedLogins <> [] OR u.lockedUntil IS NOT NULL
			SET u.failedLogins = [], u.lockedUntil = null
			""";

	private final SecurityProperties properties;

	private final StoreSessions sessions;

	private final AuditLog audit;

	LoginThrottle(SecurityProperties properties, StoreSessions sessions, @Lazy AuditLog audit) {
		this.properties = properties;
		this.sessions = sessions;
		this.audit = audit;
	}

	/** After an ADMIN changed the password or re-enabled the user. */
	void reset(String username) {
		try (var session = this.sessions.open()) {
			session.executeWriteWithoutResult(tx -> tx.run(FORGET, Map.of("username", username)).consume());
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		if (event.getAuthentication() instanceof BearerTokenAuthenticationToken) {
			// the "name" of a refused bearer token is the token itself: never record it
			this.audit.record("(bearer token)", AuditAction.LOGIN_FAILED, null, AuditLog.REFUSED,
					event.getException().getClass().getSimpleName());
			return;
		}
		String username = event.getAuthentication().getName();
		if (event instanceof AuthenticationFailureLockedEvent) {
			this.audit.record(username, AuditAction.LOGIN_LOCKED, null, AuditLog.REFUSED, "login while locked");
			return;
		}
		boolean lock;
		try (var session = this.sessions.open()) {
			lock = session.executeWrite(tx -> {
				tx.run(WRITE_LOCK, Map.of("username", username)).consume();
				var rows = tx
					.run(COUNT, Map.of("username", username, "windowMillis", this.properties.lockout().toMillis(),
							"max", this.properties.maxFailedLogins()))
					.list();
				return !rows.isEmpty() && rows.get(0).get("lock").asBoolean();
			});
		}
		this.audit.record(username, AuditAction.LOGIN_FAILED, null, AuditLog.REFUSED,
				event.getException().getClass().getSimpleName());
		if (lock) {
			this.audit.record(username, AuditAction.LOGIN_LOCKED, null, AuditLog.REFUSED, "locked for "
					+ this.properties.lockout() + " after " + this.properties.maxFailedLogins() + " failed logins");
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		// Only a user with failures on record costs a write: a Basic request
		// authenticates every time.
		if (event.getAuthentication().getPrincipal() instanceof AccountDetails account && account.hadFailures()) {
			reset(account.getUsername());
		}
	}

}
