package cn.liangxin.graph.access;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.liangxin.graph.store.StoreVersion;

/**
 * A login session keeps the user as it was loaded at the login. When the store has
 * changed since (an ADMIN changed the user's role or area, or disabled it, through this
 * or another instance), the user is read again before the request is authorised: a
 * disabled or deleted user's session ends, a new role or area applies at once. Basic and
 * JWT requests load the user anew each time.
 */
final class SessionRefresh extends OncePerRequestFilter {

	private final UserAccounts accounts;

	private final StoreVersion version;

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	SessionRefresh(UserAccounts accounts, StoreVersion version) {
		this.accounts = accounts;
		this.version = version;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountDetails details
				&& !details.token().equals(this.version.current())) {
			AccountDetails fresh = reload(details.getUsername());
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			if (fresh != null) {
				fresh.eraseCredentials();
				context.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
			}
			else if (request.getSession(false) != null) {
				request.getSession(false).invalidate();
			}
			SecurityContextHolder.setContext(context);
			if (fresh != null && request.getSession(false) != null) {
				this.sessions.saveContext(context, request, response);
			}
		}
		chain.doFilter(request, response);
	}

	private AccountDetails reload(String username) {
		try {
			AccountDetails fresh = (AccountDetails) this.accounts.loadUserByUsername(username);
			return fresh.isEnabled() && fresh.isAccountNonLocked() ? fresh : null;
		}
		catch (UsernameNotFoundException ex) {
			return null;
		}
	}

}
