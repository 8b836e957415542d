package cn.liangxin.graph.reports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.liangxin.graph.coverage.GapKind;
import cn.liangxin.graph.jointbranch.IndustryMatch;
import cn.liangxin.graph.jointbranch.JointBranchParameters;
import cn.liangxin.graph.jointbranch.Objective;
import cn.liangxin.graph.jointbranch.Proximity;
import cn.liangxin.graph.ledger.LedgerExport;
import cn.liangxin.graph.network.InvalidArgumentException;
import cn.liangxin.graph.network.NetworkReads;
import cn.liangxin.graph.network.NotFoundException;
import cn.liangxin.graph.network.Scope;
import cn.liangxin.graph.officers.OfficerAssignmentParameters;

/**
 * Downloads: {@code GET
 * /api/reports/{coverage|gaps|joint-branches|officer-assignments}.{xlsx|csv}} with
 * {@code areaCode} or {@code parkId} (gaps also {@code kinds}, {@code asOf}; joint
 * branches and officer assignments the planners' rules under their GraphQL names), and
 * {@code GET /api/ledger/export?areaCode=…}. The scope goes through {@code Scope.of} and
 * the services' {@code requireScope}, like every read; every download passes
 * {@link ExportAudit#exported}. Errors are JSON naming the parameter.
 */
@RestController
class ReportsController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	/**
	 * Ledgers are kept in China: "today" for asOf is today there, as in the GraphQL API.
	 */
	private static final ZoneId LEDGER_ZONE = ZoneId.of("Asia/Shanghai");

	private final Reports reports;

	private final LedgerExport ledger;

	private final NetworkReads network;

	private final ExportAudit audit;

	ReportsController(Reports reports, LedgerExport ledger, NetworkReads network, ExportAudit audit) {
		this.reports = reports;
		this.ledger = ledger;
		this.network = network;
		this.audit = audit;
	}

	@GetMapping("/api/reports/coverage.{format}")
	ResponseEntity<byte[]> coverage(@PathVariable String format, @RequestParam Map<String, String> parameters) {
		Scope scope = scope(parameters);
		return download("coverage", format, scope, parameters, () -> this.reports.coverage(scope));
	}

	@GetMapping("/api/reports/gaps.{format}")
	ResponseEntity<byte[]> gaps(@PathVariable String format, @RequestParam Map<String, String> parameters) {
		Scope scope = scope(parameters);
		Set<GapKind> kinds = kinds("kinds", parameters.get("kinds"));
		LocalDate asOf = asOf(parameters.get("asOf"));
		return download("gaps", format, scope, parameters, () -> this.reports.gaps(scope, kinds, asOf));
	}

	@GetMapping("/api/reports/joint-branches.{format}")
	ResponseEntity<byte[]> jointBranches(@PathVariable String format, @RequestParam Map<String, String> parameters) {
		Scope scope = scope(parameters);
		JointBranchParameters rules = rules(parameters);
		return download("joint-branches", format, scope, parameters, () -> this.reports.jointBranches(scope, rules));
	}

	@GetMapping("/api/reports/officer-assignments.{format}")
	ResponseEntity<byte[]> officerAssignments(@PathVariable String format,
			@RequestParam Map<String, String> parameters) {
		Scope scope = scope(parameters);
		int maxLoad = integer(parameters, "maxLoad", OfficerAssignmentParameters.defaults().maxLoad());
		// as in GraphQL: absent is the default (3000 m); "none" (or null) is no limit
		String distance = blankToNull(parameters.get("maxDistanceMeters"));
		Double maxDistance = distance == null ? OfficerAssignmentParameters.defaults().maxDistanceMeters()
				: distance.equalsIgnoreCase("none") || distance.equalsIgnoreCase("null") ? null
						: parse("maxDistanceMeters", distance, Double::parseDouble);
		List<GapKind> prioritize = List.copyOf(kinds("prioritize", parameters.get("prioritize")));
		LocalDate asOf = asOf(parameters.get("asOf"));
		return download("officer-assignments", format, scope, parameters,
				() -> this.reports.officerAssignments(scope, maxLoad, maxDistance, prioritize, asOf));
	}

	@GetMapping("/api/ledger/export")
	ResponseEntity<byte[]> ledger(@RequestParam(required = false) @Nullable String areaCode,
			@RequestParam Map<String, String> parameters) {
		Scope scope = this.network.requireScope(Scope.of(blankToNull(areaCode), null));
		byte[] zip = this.ledger.zip(scope.areaCode());
		this.audit.exported("ledger", "zip", scope, parameters);
		return attachment(zip, MediaType.parseMediaType("application/zip"),
				"ledger" + (scope.areaCode() != null ? "-" + scope.areaCode() : "") + ".zip");
	}

	private ResponseEntity<byte[]> download(String report, String format, Scope scope, Map<String, String> parameters,
			java.util.function.Supplier<List<Table>> tables) {
		if (!format.equals("xlsx") && !format.equals("csv")) {
			throw new NotFoundException("format", format, "report format (use xlsx or csv):");
		}
		List<Table> built = tables.get();
		byte[] bytes = format.equals("xlsx") ? ReportWriter.xlsx(built) : ReportWriter.csv(built.get(0));
		this.audit.exported(report, format, scope, parameters);
		String stem = report + (scope.areaCode() != null ? "-" + scope.areaCode() : "")
				+ (scope.parkId() != null ? "-" + scope.parkId() : "");
		return attachment(bytes, format.equals("xlsx") ? XLSX : CSV, stem + "." + format);
	}

	private static ResponseEntity<byte[]> attachment(byte[] bytes, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}

	// ---- parameters
	// -------------------------------------------------------------------------

	private static Scope scope(Map<String, String> parameters) {
		return Scope.of(blankToNull(parameters.get("areaCode")), blankToNull(parameters.get("parkId")));
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

	/**
	 * Comma-separated or repeated GapKind names in the order given; empty for none (the
	 * gaps report: all kinds).
	 */
	private static Set<GapKind> kinds(String name, @Nullable String text) {
		Set<GapKind> kinds = new java.util.LinkedHashSet<>();
		if (text == null) {
			return kinds;
		}
		for (String part : text.split(",")) {
			if (!part.isBlank()) {
				kinds.add(parse(name, upper(part), GapKind::valueOf));
			}
		}
		return kinds;
	}

	private static LocalDate asOf(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return LocalDate.now(LEDGER_ZONE);
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidArgumentException("asOf", text, "is not an ISO date (yyyy-MM-dd)");
		}
	}

	/**
	 * The planner's rules under the names of the GraphQL input JointBranchRules; absent
	 * ones take the defaults.
	 */
	private static JointBranchParameters rules(Map<String, String> p) {
		JointBranchParameters d = JointBranchParameters.defaults();
		int minFull = integer(p, "minFullMembers", d.minFullMembers());
		int maxUnits = integer(p, "maxUnits", d.maxUnits());
		int maxMembers = integer(p, "maxMembers", d.maxMembers());
		double meters = d.maxDistanceMeters();
		if (blankToNull(p.get("maxDistanceMeters")) != null) {
			meters = parse("maxDistanceMeters", p.get("maxDistanceMeters"), Double::parseDouble);
		}
		Proximity proximity = blankToNull(p.get("proximity")) == null ? d.proximity()
				: parse("proximity", upper(p.get("proximity")), Proximity::valueOf);
		IndustryMatch match = blankToNull(p.get("industryMatch")) == null ? d.industryMatch()
				: parse("industryMatch", upper(p.get("industryMatch")), IndustryMatch::valueOf);
		boolean useTies = blankToNull(p.get("useTies")) == null ? d.useTies()
				: parse("useTies", p.get("useTies"), ReportsController::bool);
		Objective objective = blankToNull(p.get("objective")) == null ? d.objective()
				: parse("objective", upper(p.get("objective")), Objective::valueOf);
		try {
			return new JointBranchParameters(minFull, maxUnits, maxMembers, proximity, meters, match, useTies,
					objective);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException("rules", p, "are not valid: " + ex.getMessage());
		}
	}

	private static boolean bool(String s) {
		return switch (s.toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new IllegalArgumentException(s);
		};
	}

	private static int integer(Map<String, String> p, String name, int fallback) {
		String text = blankToNull(p.get(name));
		return (text == null) ? fallback : parse(name, text, Integer::parseInt);
	}

	private static <T> T parse(String name, String text, Function<String, T> parser) {
		try {
			return parser.apply(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException(name, text, "is not valid");
		}
	}

	private static String upper(String text) {
		return text.toUpperCase(Locale.ROOT);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Map<String, Object>> notFound(NotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("error", "NOT_FOUND", "message", ex.getMessage()));
	}

	@ExceptionHandler(InvalidArgumentException.class)
	ResponseEntity<Map<String, Object>> badRequest(InvalidArgumentException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("error", "BAD_REQUEST", "message", ex.getMessage()));
	}

}
