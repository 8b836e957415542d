package cn.liangxin.graph.access;

import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A JWT of the organisation's identity provider as a {@link Caller}: the subject is the
 * username, the role and the area come from the claims named by
 * {@code liangxin.security.role-claim} and {@code liangxin.security.area-claim}. A token
 * without a valid role, or without an area for a role other than ADMIN, is refused.
 */
final class JwtCallers implements Converter<Jwt, AbstractAuthenticationToken> {

	private final SecurityProperties properties;

	JwtCallers(SecurityProperties properties) {
		this.properties = properties;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		String roleName = jwt.getClaimAsString(this.properties.roleClaim());
		Role role;
		try {
			role = Role.valueOf(String.valueOf(roleName).toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadCredentialsException("the token's " + this.properties.roleClaim() + " claim is not a role");
		}
		String area = jwt.getClaimAsString(this.properties.areaClaim());
		if (role != Role.ADMIN && (area == null || area.isBlank())) {
			throw new BadCredentialsException("the token has no " + this.properties.areaClaim() + " claim");
		}
		var caller = new Caller(jwt.getSubject(), role, role == Role.ADMIN ? null : area);
		return new Authentication(jwt, caller);
	}

	/** A JWT authentication that carries its caller. */
	static final class Authentication extends JwtAuthenticationToken {

		private final Caller caller;

		Authentication(Jwt jwt, Caller caller) {
			super(jwt, List.of(new SimpleGrantedAuthority(caller.role().authority())), caller.username());
			this.caller = caller;
		}

		Caller caller() {
			return this.caller;
		}

	}

}
