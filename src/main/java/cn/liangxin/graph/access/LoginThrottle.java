package cn.liangxin.graph.access;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Locks a username for {@code lockout} after {@code maxFailedLogins} failed logins within that
 * time, and records every failure. Kept in this instance's memory: with several service
 * instances each counts its own failures (docs/security.md).
 */
@Component
class LoginThrottle {

	private static final int MAX_TRACKED = 10_000;

	private final SecurityProperties properties;

	private final AuditLog audit;

	private final Clock clock = Clock.systemUTC();

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

	LoginThrottle(SecurityProperties properties, @Lazy AuditLog audit) {
		this.properties = properties;
		this.audit = audit;
	}

	boolean isLocked(String username) {
		Instant until = this.lockedUntil.get(username);
		if (until != null && until.isAfter(this.clock.instant())) {
			return true;
		}
		this.lockedUntil.remove(username);
		return false;
	}

	void reset(String username) {
		this.failures.remove(username);
		this.lockedUntil.remove(username);
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
		if (this.failures.size() > MAX_TRACKED) {
			// made-up usernames must not grow the map without bound
			this.failures.clear();
		}
		if (event instanceof AuthenticationFailureLockedEvent) {
			this.audit.record(username, AuditAction.LOGIN_LOCKED, null, AuditLog.REFUSED, "login while locked");
			return;
		}
		Instant now = this.clock.instant();
		Deque<Instant> recent = this.failures.computeIfAbsent(username, u -> new ArrayDeque<>());
		boolean lock;
		synchronized (recent) {
			recent.addLast(now);
			while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(this.properties.lockout()))) {
				recent.removeFirst();
			}
			lock = recent.size() >= this.properties.maxFailedLogins();
		}
		this.audit.record(username, AuditAction.LOGIN_FAILED, null, AuditLog.REFUSED,
				event.getException().getClass().getSimpleName());
		if (lock) {
			this.lockedUntil.put(username, now.plus(this.properties.lockout()));
			this.audit.record(username, AuditAction.LOGIN_LOCKED, null, AuditLog.REFUSED,
					"locked for " + this.properties.lockout() + " after " + this.properties.maxFailedLogins()
							+ " failed logins");
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.failures.remove(event.getAuthentication().getName());
	}
}
