package cn.liangxin.graph.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import cn.liangxin.graph.ledger.LedgerImporter.ImportResult;
import cn.liangxin.graph.ledger.LedgerImporter.LedgerRejectedException;

/**
 * {@code POST /api/ledger}: a ledger bundle as a zip body ({@code application/zip}), an .xlsx
 * workbook body, or multipart files (each part a CSV named by its file name, a workbook or a
 * zip). 200 with the rows per file; 422 with every error of the bundle, 403 naming every row
 * outside an IMPORTER's area, 409 while another import runs (on any instance); the store unchanged in
 * each case. Only IMPORTERs and ADMINs may
 * post (SecurityConfiguration). Errors are in Chinese unless {@code Accept-Language} prefers English.
 */
@RestController
class LedgerController {

	private final LedgerImporter importer;

	LedgerController(LedgerImporter importer) {
		this.importer = importer;
	}

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@PostMapping(path = "/api/ledger", consumes = { "application/zip", "application/x-zip-compressed",
			MediaType.APPLICATION_OCTET_STREAM_VALUE })
	ImportResult importZip(@RequestBody byte[] zip, @RequestHeader(name = "Accept-Language", required = false) String language) {
		return this.importer.importBundle(BundleFiles.fromZip(zip), LedgerText.ofAcceptLanguage(language));
	}

	@PostMapping(path = "/api/ledger", consumes = XLSX)
	ImportResult importWorkbook(@RequestBody byte[] workbook,
			@RequestHeader(name = "Accept-Language", required = false) String language) {
		return this.importer.importBundle(Map.of(BundleFiles.WORKBOOK, workbook), LedgerText.ofAcceptLanguage(language));
	}

	@PostMapping(path = "/api/ledger", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportResult importParts(MultipartHttpServletRequest request,
			@RequestHeader(name = "Accept-Language", required = false) String language) throws IOException {
		var files = new LinkedHashMap<String, byte[]>();
		for (List<MultipartFile> parts : request.getMultiFileMap().values()) {
			for (MultipartFile part : parts) {
				String name = part.getOriginalFilename() != null && !part.getOriginalFilename().isBlank()
						? part.getOriginalFilename() : part.getName();
				name = name.substring(name.lastIndexOf('/') + 1);
				if (name.toLowerCase().endsWith(".zip")) {
					files.putAll(BundleFiles.fromZip(part.getBytes()));
				}
				else {
					files.put(name, part.getBytes());
				}
			}
		}
		return this.importer.importBundle(files, LedgerText.ofAcceptLanguage(language));
	}

	/** The template: one sheet per ledger file, made from the parser's column contract. */
	@GetMapping("/api/ledger/template.xlsx")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("两新组织党建台账模板.xlsx", StandardCharsets.UTF_8).build().toString())
			.body(LedgerTemplate.workbook());
	}

	@ExceptionHandler(BundleException.class)
	ResponseEntity<Map<String, Object>> unreadable(BundleException ex, HttpServletRequest request) {
		// Exception handlers take no @RequestHeader: read the header from the request.
		LedgerText text = LedgerText.ofAcceptLanguage(request.getHeader("Accept-Language"));
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("errors", List.of(ex.error(text))));
	}

	@ExceptionHandler(LedgerImporter.LedgerTooLargeException.class)
	ResponseEntity<Map<String, Object>> tooLarge(LedgerImporter.LedgerTooLargeException ex) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(Map.of("errors", List.of(new LedgerError("(bundle)", null, null, ex.getMessage()))));
	}

	/** Another import holds the store-wide lock: 409, and when to try again. */
	@ExceptionHandler(LedgerImporter.ImportRunningException.class)
	ResponseEntity<Map<String, Object>> running(LedgerImporter.ImportRunningException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.header(HttpHeaders.RETRY_AFTER, "10")
			.body(Map.of("errors", List.of(new LedgerError("(bundle)", null, null, ex.getMessage()))));
	}

	/**
	 * The store went away during the import (a cluster's leader failed over, the server stopped):
	 * the one write transaction never committed, so nothing was imported and the same bundle can be
	 * sent again.
	 */
	@ExceptionHandler({ ServiceUnavailableException.class, SessionExpiredException.class })
	ResponseEntity<Map<String, Object>> storeUnavailable(RuntimeException ex, HttpServletRequest request) {
		LedgerText text = LedgerText.ofAcceptLanguage(request.getHeader("Accept-Language"));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "30")
			.body(Map.of("errors", List.of(new LedgerError("(bundle)", null, null, text.t("import.storeUnavailable")))));
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
