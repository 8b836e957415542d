package cn.liangxin.graph.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import cn.liangxin.graph.store.StoreVersion;

/**
 * The HTTP surface: HTTP Basic on {@code /graphql} and {@code /api/**} for scripts, a
 * login page and a session for the explorer and GraphiQL, and JWTs of the organisation's
 * identity provider when {@code spring.security.oauth2.resourceserver.jwt.*} is set.
 * Without credentials an API path answers 401 as JSON and a page redirects to the login
 * page. Only {@code /actuator/health} (status only, details for ADMIN) and the login page
 * are anonymous.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String REALM = "liangxin-graph";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Logins check the password hash once per credentials, then the stored user on every
	 * request.
	 */
	@Bean
	PasswordCheck passwordCheck(UserAccounts users, PasswordEncoder encoder) {
		return new PasswordCheck(users, encoder);
	}

	@Bean
	SecurityFilterChain web(HttpSecurity http, SecurityProperties properties, ObjectProvider<JwtDecoder> jwt,
			@Value("${liangxin.cors.allowed-origins:}") List<String> corsAllowedOrigins, UserAccounts accounts,
			StoreVersion version) throws Exception {
		RequestMatcher api = new OrRequestMatcher(PathPatternRequestMatcher.pathPattern("/graphql"),
				PathPatternRequestMatcher.pathPattern("/api/**"));
		// Requests that carry their own credentials (Basic, Bearer) cannot be forged by
		// another site,
		// nor can an API request without a session (it has nothing to ride on): it gets
		// its 401.
		RequestMatcher notForgeable = request -> request.getHeader("Authorization") != null
				|| (api.matches(request) && request.getRequestedSessionId() == null);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
			.permitAll()
			.requestMatchers("/login", "/favicon.ico", "/error")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers(HttpMethod.POST, "/api/ledger")
			.hasAnyRole(Role.IMPORTER.name(), Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(json401()))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.csrf(csrf -> csrf.spa().ignoringRequestMatchers(notForgeable))
			.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(json401(), api)
				.defaultAccessDeniedHandlerFor(json403(), api))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
						+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
						+ "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
						+ "base-uri 'self'; form-action 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		// CORS closed unless origins are named: a browser on another site gets no answer
		// it may read.
		List<String> origins = corsAllowedOrigins.stream().filter(o -> !o.isBlank()).toList();
		if (origins.isEmpty()) {
			http.cors(cors -> cors.disable());
		}
		else {
			http.cors(cors -> cors.configurationSource(cors(origins)));
		}
		// a session's user as the store holds it now, before anything is authorised
		http.addFilterAfter(new SessionRefresh(accounts, version), SecurityContextHolderFilter.class);
		if (jwt.getIfAvailable() != null) {
			http.oauth2ResourceServer(resource -> resource.authenticationEntryPoint(json401())
				.jwt(decoder -> decoder.jwtAuthenticationConverter(new JwtCallers(properties))));
		}
		return http.build();
	}

	private static CorsConfigurationSource cors(List<String> origins) {
		var configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(origins);
		configuration.setAllowedMethods(List.of("GET", "POST"));
		configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept-Language"));
		var source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/graphql", configuration);
		source.registerCorsConfiguration("/api/**", configuration);
		return source;
	}

	/**
	 * 401 as JSON; the Basic challenge only for clients that are not the explorer (no
	 * browser pop-up).
	 */
	private static AuthenticationEntryPoint json401() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) -> {
			if (request.getHeader("X-Requested-With") == null) {
				response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
			}
			json(response, HttpServletResponse.SC_UNAUTHORIZED, "需要登录 (authentication required)");
		};
	}

	private static AccessDeniedHandler json403() {
		return (request, response, ex) -> json(response, HttpServletResponse.SC_FORBIDDEN,
				"无权执行此操作 (your role does not allow this)");
	}

	private static void json(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"errors\":[{\"message\":\"" + message + "\"}]}");
	}

}
