package cn.liangxin.graph.access;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A REST request outside the caller's area answers 403 naming the argument, as GraphQL
 * answers FORBIDDEN.
 */
@RestControllerAdvice
class AccessErrors {

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<Map<String, Object>> forbidden(ForbiddenException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(Map.of("error", "FORBIDDEN", "message", ex.getMessage()));
	}

}
