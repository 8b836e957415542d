package cn.liangxin.graph.ledger;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A multipart upload over {@code liangxin.import.max-bytes}: the container refuses it
 * while parsing the parts, before any controller runs (so a controller's own handler
 * never sees it), and it is answered like every other ledger limit.
 */
@RestControllerAdvice
class UploadLimitAdvice {

	// A provider: web slices (@WebMvcTest) hold this advice without the limits
	private final ObjectProvider<ImportLimits> limits;

	UploadLimitAdvice(ObjectProvider<ImportLimits> limits) {
		this.limits = limits;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		LedgerText text = LedgerText.ofAcceptLanguage(request.getHeader("Accept-Language"));
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(Map.of("errors",
					List.of(Upload.tooLarge(this.limits.getIfAvailable(() -> ImportLimits.DEFAULTS)).error(text))));
	}

}
