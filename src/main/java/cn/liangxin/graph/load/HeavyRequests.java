package cn.liangxin.graph.load;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The REST side of the bulkhead: spreadsheet reports, the ledger export and map exports
 * take a turn of {@link HeavyWork} for the whole request (imports take theirs around the
 * import itself, not the upload); a refusal is {@code 503} with {@code Retry-After} and
 * the usual {@code {"errors":[{"message"}]}}.
 */
@Configuration(proxyBeanMethods = false)
class HeavyRequests {

	private static final String TURN = HeavyRequests.class.getName() + ".turn";

	// A bean method, not a WebMvcConfigurer class: web slices (@WebMvcTest) pick up the
	// latter
	// without the HeavyWork it needs.
	@Bean
	WebMvcConfigurer heavyRequestTurns(HeavyWork heavy) {
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(turns(heavy))
					.addPathPatterns("/api/reports/**", "/api/maps/**", "/api/ledger/export");
			}
		};
	}

	private static HandlerInterceptor turns(HeavyWork heavy) {
		return new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (request.getAttribute(TURN) != null) {
					return true; // an async or error redispatch of a request that holds
									// its turn
				}
				heavy.enter();
				request.setAttribute(TURN, Boolean.TRUE);
				return true;
			}

			@Override
			public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
					Exception ex) {
				if (request.getAttribute(TURN) != null) {
					request.removeAttribute(TURN);
					heavy.leave();
				}
			}
		};
	}

	@RestControllerAdvice
	static class Busy {

		@ExceptionHandler(BusyException.class)
		ResponseEntity<Map<String, Object>> busy(BusyException ex) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfter().toSeconds()))
				.body(Map.of("errors", List.of(Map.of("message", ex.getMessage()))));
		}

	}

}
