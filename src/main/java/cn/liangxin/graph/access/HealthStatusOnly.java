package cn.liangxin.graph.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anyone but an ADMIN gets only {@code {"status":"UP"}} from {@code /actuator/health} and
 * its probes ({@code /liveness}, {@code /readiness}): Boot hides components and details
 * from them but still lists the health groups beside the status, which tells a stranger
 * how the service is deployed. Runs after Spring Security's filters, so the caller is
 * known.
 */
@Configuration(proxyBeanMethods = false)
class HealthStatusOnly {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> healthStatusOnlyFilter() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				return !(path.equals("/actuator/health") || path.startsWith("/actuator/health/")) || admin();
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				var wrapper = new ContentCachingResponseWrapper(response);
				chain.doFilter(request, wrapper);
				byte[] body = wrapper.getContentAsByteArray();
				wrapper.resetBuffer();
				String status = null;
				try {
					JsonNode health = JSON.readTree(body);
					status = (health != null && health.get("status") != null) ? health.get("status").asString() : null;
				}
				catch (RuntimeException ex) {
					// not a health document (an error page): pass nothing of it on
				}
				if (status != null && status.chars().allMatch(c -> Character.isLetter(c) || c == '_')) {
					byte[] only = ("{\"status\":\"" + status + "\"}").getBytes(StandardCharsets.UTF_8);
					wrapper.setContentType("application/json");
					wrapper.setContentLength(only.length);
					wrapper.getOutputStream().write(only);
				}
				wrapper.copyBodyToResponse();
			}
		});
		registration.addUrlPatterns("/actuator/health", "/actuator/health/*");
		// after Spring Security (-100), which decides who the caller is
		registration.setOrder(0);
		return registration;
	}

	private static boolean admin() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(a -> ("ROLE_" + Role.ADMIN.name()).equals(a.getAuthority()));
	}

}
