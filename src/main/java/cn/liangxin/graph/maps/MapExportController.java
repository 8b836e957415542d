package cn.liangxin.graph.maps;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.liangxin.graph.access.AuditAction;
import cn.liangxin.graph.access.AuditLog;
import cn.liangxin.graph.network.InvalidArgumentException;
import cn.liangxin.graph.network.NetworkReads;
import cn.liangxin.graph.network.NotFoundException;
import cn.liangxin.graph.network.Scope;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/maps/{format}?areaCode=…|parkId=…[&maxNodes=…&layout=FORCE|GEO]}: the
 * network map as ready-to-draw JSON for G6, ECharts or Cytoscape.js (docs/maps.md).
 * Errors are JSON too: {@code {"error": "NOT_FOUND"|"BAD_REQUEST", "message": "..."}}
 * naming the argument.
 */
@RestController
class MapExportController {

	private final NetworkMaps maps;

	private final NetworkReads reads;

	private final JsonMapper json;

	private final AuditLog audit;

	MapExportController(NetworkMaps maps, NetworkReads reads, JsonMapper json, AuditLog audit) {
		this.maps = maps;
		this.reads = reads;
		this.json = json;
		this.audit = audit;
	}

	@GetMapping("/api/maps/{format}")
	Map<String, Object> export(@PathVariable String format, @RequestParam(required = false) @Nullable String areaCode,
			@RequestParam(required = false) @Nullable String parkId,
			@RequestParam(required = false) @Nullable String maxNodes,
			@RequestParam(required = false) @Nullable String layout) {
		MapFormats f = MapFormats.find(format)
			.orElseThrow(() -> new NotFoundException("format", format, "map format (use g6, echarts or cytoscape):"));
		if (areaCode == null && parkId == null) {
			throw new InvalidArgumentException("areaCode|parkId", "", "missing: give an area code or a park id");
		}
		Scope scope = Scope.of(areaCode, parkId);
		NetworkMap map = this.maps.map(scope, null, maxNodes(maxNodes), layout(layout));
		// Area nodes carry their areas.geojson boundary, so a client can draw the areas
		// as polygons.
		var codes = map.nodes().stream().filter(n -> n.kind() == NodeKind.AREA).map(MapNode::entityId).toList();
		Map<String, Object> boundaries = new LinkedHashMap<>();
		if (!codes.isEmpty()) {
			this.reads.boundaries(codes)
				.forEach((code, geometry) -> boundaries.put(code, this.json.readTree(geometry)));
		}
		Map<String, Object> rendered = f.render(map, boundaries);
		this.audit.record(AuditAction.EXPORT, scope.toString(), AuditLog.OK, "network map " + format);
		return rendered;
	}

	private static int maxNodes(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return 2000;
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidArgumentException("maxNodes", text, "is not a whole number");
		}
	}

	private static Layout layout(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Layout.FORCE;
		}
		try {
			return Layout.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException("layout", text, "is not FORCE or GEO");
		}
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Map<String, Object>> notFound(NotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(Map.of("error", "NOT_FOUND", "message", ex.getMessage()));
	}

	@ExceptionHandler(InvalidArgumentException.class)
	ResponseEntity<Map<String, Object>> badRequest(InvalidArgumentException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.body(Map.of("error", "BAD_REQUEST", "message", ex.getMessage()));
	}

}
