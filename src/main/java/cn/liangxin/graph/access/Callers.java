package cn.liangxin.graph.access;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the {@link Caller} from Spring Security's context of the current request. */
final class Callers {

	private Callers() {
	}

	static Caller current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			// No request at all: start-up, the demo import, benchmarks calling services
			// directly.
			// Every HTTP path that reaches data requires an authenticated user
			// (SecurityConfiguration).
			return Caller.SYSTEM;
		}
		if (authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
			throw new ForbiddenException("user", "(anonymous)");
		}
		if (authentication.getPrincipal() instanceof AccountDetails account) {
			return account.caller();
		}
		if (authentication instanceof JwtCallers.Authentication jwt) {
			return jwt.caller();
		}
		throw new ForbiddenException("user", authentication.getName());
	}

	/**
	 * The current user's name for the audit: "(system)" outside a request, "(anonymous)"
	 * before a login.
	 */
	static String currentOrAnonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Caller.SYSTEM.username();
		}
		return authentication instanceof AnonymousAuthenticationToken ? "(anonymous)" : authentication.getName();
	}

}
