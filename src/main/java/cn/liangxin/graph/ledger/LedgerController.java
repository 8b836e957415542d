package cn.liangxin.graph.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import cn.liangxin.graph.ledger.LedgerImporter.ImportResult;
import cn.liangxin.graph.ledger.LedgerImporter.LedgerRejectedException;

/**
 * {@code POST /api/ledger}: a ledger bundle as a zip body ({@code application/zip}), an
 * .xlsx workbook body, or multipart files (each part a CSV named by its file name, a
 * workbook or a zip). 200 with the rows per file; 422 with every error of the bundle, 403
 * naming every row outside an IMPORTER's area, 409 while another import runs (on any
 * instance); the store unchanged in each case. Only IMPORTERs and ADMINs may post
 * (SecurityConfiguration). Errors are in Chinese unless {@code Accept-Language} prefers
 * English.
 */
@RestController
class LedgerController {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LedgerController.class);

	private final LedgerImporter importer;

	private final ImportLimits limits;

	LedgerController(LedgerImporter importer, ImportLimits limits) {
		this.importer = importer;
		this.limits = limits;
	}

	// Not a turn of the analytics' bulkhead (load.HeavyWork): imports run one at a time
	// anyway, and
	// an import holding a turn while its commit waits for readers (StoreSnapshots) that
	// wait for a
	// turn would stall both until the readers' queue wait ran out.
	private ImportResult importing(Map<String, byte[]> files, HttpServletRequest request, String language) {
		return this.importer.importBundle(files, options(request), LedgerText.ofAcceptLanguage(language));
	}

	/**
	 * {@code asOf} (ISO date, default today), {@code mode} (UPSERT, the default, or
	 * SNAPSHOT) and {@code areaCode} (the snapshot's area) from the query string.
	 */
	private static ImportOptions options(HttpServletRequest request) {
		String asOf = request.getParameter("asOf");
		String mode = request.getParameter("mode");
		String areaCode = request.getParameter("areaCode");
		LocalDate date;
		try {
			date = asOf == null || asOf.isBlank() ? LocalDate.now(ImportOptions.LEDGER_ZONE)
					: LocalDate.parse(asOf.strip());
		}
		catch (DateTimeParseException ex) {
			throw new LedgerRejectedException(List.of(new LedgerError("(request)", null, "asOf",
					"asOf \"" + shorten(asOf) + "\" 不是 ISO 日期 yyyy-MM-dd (not an ISO date)")));
		}
		ImportOptions.Mode parsedMode;
		try {
			parsedMode = mode == null || mode.isBlank() ? ImportOptions.Mode.UPSERT
					: ImportOptions.Mode.valueOf(mode.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new LedgerRejectedException(List.of(new LedgerError("(request)", null, "mode",
					"mode \"" + shorten(mode) + "\" 应为 UPSERT 或 SNAPSHOT (must be UPSERT or SNAPSHOT)")));
		}
		boolean hasArea = areaCode != null && !areaCode.isBlank();
		if (parsedMode == ImportOptions.Mode.SNAPSHOT && !hasArea) {
			throw new LedgerRejectedException(List.of(new LedgerError("(request)", null, "areaCode",
					"mode=SNAPSHOT 需要 areaCode：快照所属的区划 (a SNAPSHOT needs the areaCode of its area)")));
		}
		if (parsedMode == ImportOptions.Mode.UPSERT && hasArea) {
			throw new LedgerRejectedException(List.of(new LedgerError("(request)", null, "areaCode",
					"areaCode 只用于 mode=SNAPSHOT (areaCode is taken only with mode=SNAPSHOT)")));
		}
		return new ImportOptions(date, parsedMode, hasArea ? areaCode.strip() : null);
	}

	private static String shorten(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "…";
	}

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@PostMapping(path = "/api/ledger",
			consumes = { "application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM_VALUE })
	ImportResult importZip(HttpServletRequest request,
			@RequestHeader(name = "Accept-Language", required = false) String language) throws IOException {
		try (Upload body = Upload.spool(request.getInputStream(), request.getContentLengthLong(), this.limits)) {
			var files = new BundleFiles(this.limits).addZip(body::open).files();
			return importing(files, request, language);
		}
	}

	@PostMapping(path = "/api/ledger", consumes = XLSX)
	ImportResult importWorkbook(HttpServletRequest request,
			@RequestHeader(name = "Accept-Language", required = false) String language) throws IOException {
		try (Upload body = Upload.spool(request.getInputStream(), request.getContentLengthLong(), this.limits)) {
			return importing(Map.of(BundleFiles.WORKBOOK, body.bytes()), request, language);
		}
	}

	@PostMapping(path = "/api/ledger", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportResult importParts(MultipartHttpServletRequest request,
			@RequestHeader(name = "Accept-Language", required = false) String language) throws IOException {
		// The container spooled the parts to disk
		// (spring.servlet.multipart.file-size-threshold=0)
		// under the same limit (spring.servlet.multipart.max-request-size =
		// liangxin.import.max-bytes).
		var files = new BundleFiles(this.limits);
		for (List<MultipartFile> parts : request.getMultiFileMap().values()) {
			for (MultipartFile part : parts) {
				String name = part.getOriginalFilename() != null && !part.getOriginalFilename().isBlank()
						? part.getOriginalFilename() : part.getName();
				name = name.substring(name.lastIndexOf('/') + 1);
				if (name.toLowerCase().endsWith(".zip")) {
					files.addZip(part::getInputStream);
				}
				else {
					try (InputStream in = part.getInputStream()) {
						files.addFile(name, in);
					}
				}
			}
		}
		return importing(files.files(), request, language);
	}

	/**
	 * The template: one sheet per ledger file, made from the parser's column contract.
	 */
	@GetMapping("/api/ledger/template.xlsx")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("两新组织党建台账模板.xlsx", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(LedgerTemplate.workbook());
	}

	@ExceptionHandler(BundleException.class)
	ResponseEntity<Map<String, Object>> unreadable(BundleException ex, HttpServletRequest request) {
		// Exception handlers take no @RequestHeader: read the header from the request.
		LedgerText text = LedgerText.ofAcceptLanguage(request.getHeader("Accept-Language"));
		return ResponseEntity.status(ex.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT)
			.body(Map.of("errors", List.of(ex.error(text))));
	}

	@ExceptionHandler(LedgerImporter.LedgerTooLargeException.class)
	ResponseEntity<Map<String, Object>> tooLarge(LedgerImporter.LedgerTooLargeException ex,
			HttpServletRequest request) {
		// The store's message names its settings and memory figures: the log gets it, the
		// client the advice.
		log.warn("Import refused as too large: {}", ex.getMessage());
		LedgerText text = LedgerText.ofAcceptLanguage(request.getHeader("Accept-Language"));
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(Map.of("errors",
					List.of(new LedgerError("(bundle)", null, null, text.t("bundle.tooManyRows", ex.rows())))));
	}

	/** Another import holds the store-wide lock: 409, and when to try again. */
	@ExceptionHandler(LedgerImporter.ImportRunningException.class)
	ResponseEntity<Map<String, Object>> running(LedgerImporter.ImportRunningException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.header(HttpHeaders.RETRY_AFTER, "10")
			.body(Map.of("errors", List.of(new LedgerError("(bundle)", null, null, ex.getMessage()))));
	}

	/**
	 * The store went away during the import (a cluster's leader failed over, the server
	 * stopped): the one write transaction never committed, so nothing was imported and
	 * the same bundle can be sent again.
	 */
	@ExceptionHandler({ ServiceUnavailableException.class, SessionExpiredException.class })
	ResponseEntity<Map<String, Object>> storeUnavailable(RuntimeException ex, HttpServletRequest request) {
		LedgerText text = LedgerText.ofAcceptLanguage(request.getHeader("Accept-Language"));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "30")
			.body(Map.of("errors",
					List.of(new LedgerError("(bundle)", null, null, text.t("import.storeUnavailable")))));
	}

	@ExceptionHandler(LedgerImporter.LedgerForbiddenException.class)
	ResponseEntity<Map<String, Object>> forbidden(LedgerImporter.LedgerForbiddenException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("errors", ex.errors()));
	}

	@ExceptionHandler(LedgerRejectedException.class)
	ResponseEntity<Map<String, Object>> rejected(LedgerRejectedException ex) {
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("errors", ex.errors()));
	}

}
