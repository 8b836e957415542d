package cn.liangxin.graph.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.SimpleQueryRunner;

import cn.liangxin.graph.domain.Crs;
import cn.liangxin.graph.domain.Geo;
import cn.liangxin.graph.domain.GeoPoint;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The optional {@code areas.geojson} of a bundle: one GeoJSON Feature per area,
 * {@code properties.code} = the area code, a Polygon or MultiPolygon in WGS-84 (or in the
 * CRS named by a {@code crs} property of the feature or of the collection, as in the CSV
 * rows). Each boundary is stored on its Area as a WGS-84 GeoJSON geometry string
 * ({@code Area.boundary}).
 *
 * <p>
 * Kept apart from {@link LedgerParser} (which reads the CSV files): errors use the same
 * {@link LedgerError} shape with {@code line} = the feature's number in {@code features},
 * counting from 1 (a JSON syntax error gives the file's line instead).
 */
public final class AreaBoundaries {

	/** The file name in a bundle. */
	public static final String FILE_NAME = "areas.geojson";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	// Seven decimals of a degree are about 1 cm: more digits only make the stored strings
	// longer.
	private static final double ROUND = 1e7;

	private static final String STORE = """
			UNWIND $rows AS row
			MATCH (a:Area {code: row.code})
			SET a.boundary = row.geometry
			""";

	/**
	 * The boundaries read from the file and every error found.
	 *
	 * @param boundaries area code → WGS-84 GeoJSON geometry, in file order
	 */
	public record Result(Map<String, String> boundaries, List<LedgerError> errors) {

		public Result {
			boundaries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(boundaries));
			errors = List.copyOf(errors);
		}
	}

	private AreaBoundaries() {
	}

	/**
	 * Reads and validates {@code areas.geojson}.
	 * @param bytes the file, or null when the bundle has none (no boundaries, no errors)
	 * @param bundleAreas the area codes defined by the bundle's areas.csv
	 * @param store the ids already in the store, for codes the bundle does not define
	 */
	public static Result read(byte @Nullable [] bytes, Set<String> bundleAreas, KnownIds store) {
		if (bytes == null) {
			return new Result(Map.of(), List.of());
		}
		List<LedgerError> errors = new ArrayList<>();
		JsonNode root;
		try {
			root = JSON.readTree(bytes);
		}
		catch (JacksonException ex) {
			var where = ex.getLocation();
			Integer line = (where != null && where.getLineNr() > 0) ? where.getLineNr() : null;
			errors.add(new LedgerError(FILE_NAME, line, null, "is not valid JSON: " + ex.getOriginalMessage()));
			return new Result(Map.of(), errors);
		}
		if (root == null || !root.isObject() || !"FeatureCollection".equals(text(root.get("type")))
				|| !root.path("features").isArray()) {
			errors.add(new LedgerError(FILE_NAME, null, null,
					"must be a GeoJSON FeatureCollection: {\"type\": \"FeatureCollection\", \"features\": [...]}"));
			return new Result(Map.of(), errors);
		}
		Crs fileCrs = Crs.WGS84;
		if (root.has("crs")) {
			Optional<Crs> crs = crs(root.get("crs"));
			if (crs.isEmpty()) {
				errors.add(new LedgerError(FILE_NAME, null, "crs",
						"crs: " + root.get("crs") + " is not one of " + Crs.vocabulary().allowed()));
			}
			else {
				fileCrs = crs.get();
			}
		}

		Map<String, String> boundaries = new LinkedHashMap<>();
		Map<String, Integer> featureOf = new HashMap<>();
		JsonNode features = root.get("features");
		for (int i = 0; i < features.size(); i++) {
			int n = i + 1;
			JsonNode f = features.get(i);
			if (!f.isObject() || !"Feature".equals(text(f.get("type")))) {
				errors.add(error(n, null, "is not a GeoJSON Feature (\"type\": \"Feature\")"));
				continue;
			}
			JsonNode properties = f.path("properties");
			String code = text(properties.get("code"));
			if (code == null || code.isBlank()) {
				errors.add(error(n, "properties.code", "properties.code: missing; give the area code (区划代码)"));
				continue;
			}
			code = code.strip();
			Integer previous = featureOf.putIfAbsent(code, n);
			if (previous != null) {
				errors.add(error(n, "properties.code",
						"properties.code: \"" + code + "\" already has a boundary in feature " + previous
								+ "; give each area one feature (use a MultiPolygon for several parts)"));
				continue;
			}
			Crs crs = fileCrs;
			if (properties.has("crs") && !properties.get("crs").isNull()) {
				Optional<Crs> own = crs(properties.get("crs"));
				if (own.isEmpty()) {
					errors.add(error(n, "properties.crs", "properties.crs: " + properties.get("crs") + " is not one of "
							+ Crs.vocabulary().allowed()));
					continue;
				}
				crs = own.get();
			}
			try {
				boundaries.put(code, JSON.writeValueAsString(geometry(f.get("geometry"), crs)));
			}
			catch (BadGeometry ex) {
				errors.add(error(n, "geometry", "geometry of \"" + code + "\": " + ex.getMessage()));
			}
		}

		Set<String> unknown = new LinkedHashSet<>(featureOf.keySet());
		unknown.removeAll(bundleAreas);
		if (!unknown.isEmpty()) {
			unknown.removeAll(store.existing(IdKind.AREA, Set.copyOf(unknown)));
		}
		for (String code : unknown) {
			errors.add(error(featureOf.get(code), "properties.code",
					"properties.code: \"" + code + "\" is not an area of areas.csv nor of the store"));
			boundaries.remove(code);
		}
		errors
			.sort(java.util.Comparator.comparing(LedgerError::line, java.util.Comparator.nullsFirst(Integer::compare)));
		return new Result(boundaries, errors);
	}

	/** Stores the boundaries on their areas (which must exist by then). */
	public static void write(SimpleQueryRunner tx, Map<String, String> boundaries) {
		if (boundaries.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		boundaries.forEach((code, geometry) -> rows.add(Map.of("code", code, "geometry", geometry)));
		tx.run(STORE, Map.of("rows", rows)).consume();
	}

	private static LedgerError error(int feature, @Nullable String column, String message) {
		return new LedgerError(FILE_NAME, feature, column,
				"feature " + feature + " (features[" + (feature - 1) + "]): " + message);
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		return (node != null && node.isString()) ? node.asString() : null;
	}

	// A CRS name as in the CSV rows (WGS84, GCJ02, BD09 or a Chinese alias), or the old
	// GeoJSON
	// form {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}} for
	// WGS-84.
	private static Optional<Crs> crs(JsonNode node) {
		String name = text(node);
		if (name == null && node.isObject()) {
			name = text(node.path("properties").get("name"));
		}
		if (name == null) {
			return Optional.empty();
		}
		if (name.endsWith("CRS84") || name.endsWith("EPSG::4326") || name.equalsIgnoreCase("EPSG:4326")) {
			return Optional.of(Crs.WGS84);
		}
		return Crs.find(name);
	}

	private static final class BadGeometry extends Exception {

		BadGeometry(String message) {
			super(message, null, false, false);
		}

	}

	private static ObjectNode geometry(@Nullable JsonNode g, Crs crs) throws BadGeometry {
		if (g == null || g.isNull() || !g.isObject()) {
			throw new BadGeometry("missing; give a Polygon or MultiPolygon");
		}
		String type = text(g.get("type"));
		JsonNode coordinates = g.get("coordinates");
		if (coordinates == null || !coordinates.isArray()) {
			throw new BadGeometry("has no coordinates array");
		}
		ObjectNode out = JsonNodeFactory.instance.objectNode();
		if ("Polygon".equals(type)) {
			out.put("type", "Polygon");
			out.set("coordinates", polygon(coordinates, crs, ""));
		}
		else if ("MultiPolygon".equals(type)) {
			if (coordinates.isEmpty()) {
				throw new BadGeometry("MultiPolygon without polygons");
			}
			ArrayNode polygons = JsonNodeFactory.instance.arrayNode();
			for (int p = 0; p < coordinates.size(); p++) {
				polygons.add(polygon(coordinates.get(p), crs, "polygon " + (p + 1) + ", "));
			}
			out.put("type", "MultiPolygon");
			out.set("coordinates", polygons);
		}
		else {
			throw new BadGeometry(
					"type " + (type == null ? "missing" : "\"" + type + "\"") + " is not Polygon or MultiPolygon");
		}
		return out;
	}

	// A polygon: an outer ring and optional holes, each closed, with at least 4 positions
	// and an area.
	private static ArrayNode polygon(JsonNode rings, Crs crs, String where) throws BadGeometry {
		if (!rings.isArray() || rings.isEmpty()) {
			throw new BadGeometry(where + "a polygon needs at least one ring");
		}
		ArrayNode out = JsonNodeFactory.instance.arrayNode();
		for (int r = 0; r < rings.size(); r++) {
			String at = where + "ring " + (r + 1);
			JsonNode ring = rings.get(r);
			if (!ring.isArray() || ring.size() < 4) {
				throw new BadGeometry(at + ": a ring needs at least 4 positions (the first repeated last)");
			}
			double[][] points = new double[ring.size()][];
			for (int i = 0; i < ring.size(); i++) {
				JsonNode pos = ring.get(i);
				if (!pos.isArray() || pos.size() < 2 || !pos.get(0).isNumber() || !pos.get(1).isNumber()) {
					throw new BadGeometry(at + ", position " + (i + 1) + ": " + pos + " is not [lon, lat]");
				}
				double lon = pos.get(0).asDouble();
				double lat = pos.get(1).asDouble();
				if (!Double.isFinite(lon) || !Double.isFinite(lat) || lon < -180 || lon > 180 || lat < -90
						|| lat > 90) {
					throw new BadGeometry(at + ", position " + (i + 1) + ": " + pos
							+ " is outside lon −180…180, lat −90…90 (GeoJSON puts lon first)");
				}
				points[i] = new double[] { lon, lat };
			}
			double[] first = points[0];
			double[] last = points[points.length - 1];
			if (first[0] != last[0] || first[1] != last[1]) {
				throw new BadGeometry(at + ": not closed (the last position must repeat the first)");
			}
			double twiceArea = 0;
			for (int i = 0; i + 1 < points.length; i++) {
				twiceArea += points[i][0] * points[i + 1][1] - points[i + 1][0] * points[i][1];
			}
			if (Math.abs(twiceArea) < 1e-14) {
				throw new BadGeometry(at + ": has no area (its positions are on one line)");
			}
			ArrayNode ringOut = JsonNodeFactory.instance.arrayNode();
			for (double[] p : points) {
				GeoPoint w = Geo.toWgs84(p[1], p[0], crs);
				ringOut.add(JsonNodeFactory.instance.arrayNode()
					.add(Math.round(w.lon() * ROUND) / ROUND)
					.add(Math.round(w.lat() * ROUND) / ROUND));
			}
			out.add(ringOut);
		}
		return out;
	}

}
