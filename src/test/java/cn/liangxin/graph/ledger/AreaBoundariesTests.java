package cn.liangxin.graph.ledger;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import cn.liangxin.graph.domain.Crs;
import cn.liangxin.graph.domain.Geo;
import cn.liangxin.graph.domain.GeoPoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** areas.geojson read on its own: what is stored, and every error naming its feature. */
class AreaBoundariesTests {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String SQUARE = "[[[121.5,31.2],[121.51,31.2],[121.51,31.21],[121.5,31.21],[121.5,31.2]]]";

	static AreaBoundaries.Result read(String json, String... bundleAreas) {
		return AreaBoundaries.read(json.getBytes(StandardCharsets.UTF_8), Set.of(bundleAreas), KnownIds.NONE);
	}

	static String collection(String... features) {
		return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
	}

	static String feature(String code, String type, String coordinates) {
		return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\"},\"geometry\":{\"type\":\"" + type
				+ "\",\"coordinates\":" + coordinates + "}}";
	}

	@Test
	void noFileNoBoundariesNoErrors() {
		var result = AreaBoundaries.read(null, Set.of(), KnownIds.NONE);
		assertThat(result.boundaries()).isEmpty();
		assertThat(result.errors()).isEmpty();
	}

	@Test
	void aWgs84PolygonIsStoredAsGiven() {
		var result = read(collection(feature("A1", "Polygon", SQUARE)), "A1");
		assertThat(result.errors()).isEmpty();
		JsonNode stored = JSON.readTree(result.boundaries().get("A1"));
		assertThat(stored.get("type").asString()).isEqualTo("Polygon");
		assertThat(stored.get("coordinates")).isEqualTo(JSON.readTree(SQUARE));
	}

	@Test
	void aGcj02FeatureIsConvertedToWgs84WithTheDomainsConversion() {
		String f = "{\"type\":\"Feature\",\"properties\":{\"code\":\"A1\",\"crs\":\"GCJ02\"},"
				+ "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}}";
		var result = read(collection(f), "A1");
		assertThat(result.errors()).isEmpty();
		JsonNode first = JSON.readTree(result.boundaries().get("A1")).get("coordinates").get(0).get(0);
		GeoPoint expected = Geo.toWgs84(31.2, 121.5, Crs.GCJ02);
		assertThat(first.get(0).asDouble()).isCloseTo(expected.lon(), within(1e-6));
		assertThat(first.get(1).asDouble()).isCloseTo(expected.lat(), within(1e-6));
		// GCJ-02 is offset by some hundred metres in Shanghai: the conversion really
		// happened
		assertThat(Geo.distanceMeters(new GeoPoint(31.2, 121.5), expected)).isGreaterThan(100);
	}

	@Test
	void aCollectionWideCrsAppliesToEveryFeature() {
		String json = "{\"type\":\"FeatureCollection\",\"crs\":\"BD09\",\"features\":["
				+ feature("A1", "Polygon", SQUARE) + "]}";
		var result = read(json, "A1");
		JsonNode first = JSON.readTree(result.boundaries().get("A1")).get("coordinates").get(0).get(0);
		assertThat(first.get(0).asDouble()).isCloseTo(Geo.toWgs84(31.2, 121.5, Crs.BD09).lon(), within(1e-6));
	}

	@Test
	void aMultiPolygonKeepsItsParts() {
		var result = read(
				collection(feature("A1", "MultiPolygon",
						"[" + SQUARE + "," + SQUARE.replace("121.5", "121.6").replace("121.51", "121.61") + "]")),
				"A1");
		assertThat(result.errors()).isEmpty();
		assertThat(JSON.readTree(result.boundaries().get("A1")).get("coordinates")).hasSize(2);
	}

	@Test
	void everyBadFeatureIsNamedByItsNumber() {
		var result = read(collection(feature("A1", "Polygon", SQUARE), // 1: fine
				feature("A2", "Polygon",
						"[[[121.5,31.2],[121.51,31.2],[121.51,31.21],[121.5,31.2]]]".replace("],[121.5,31.2]]]",
								"],[121.5,31.3]]]")), // 2: not closed
				feature("A3", "Point", "[121.5,31.2]"), // 3: not a polygon
				feature("A4", "Polygon", "[[[31.2,121.5],[31.21,121.5],[31.21,121.51],[31.2,121.5]]]"), // 4:
																										// lat
																										// first
				feature("NOPE", "Polygon", SQUARE), // 5: unknown code
				feature("A1", "Polygon", SQUARE), // 6: duplicate
				"{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}", // 7: no
																				// code
				feature("A8", "Polygon", "[[[121.5,31.2],[121.51,31.2],[121.52,31.2],[121.5,31.2]]]")), // 8:
																										// no
																										// area
				"A1", "A2", "A3", "A4", "A8");
		assertThat(result.errors()).extracting(LedgerError::line).containsExactly(2, 3, 4, 5, 6, 7, 8);
		assertThat(result.errors()).allSatisfy(e -> assertThat(e.file()).isEqualTo("areas.geojson"));
		List<String> messages = result.errors().stream().map(LedgerError::message).toList();
		assertThat(messages.get(0)).startsWith("feature 2 (features[1])").contains("not closed");
		assertThat(messages.get(1)).contains("\"Point\" is not Polygon or MultiPolygon");
		assertThat(messages.get(2)).contains("position 1").contains("outside");
		assertThat(messages.get(3)).contains("\"NOPE\" is not an area");
		assertThat(messages.get(4)).contains("already has a boundary in feature 1");
		assertThat(messages.get(5)).contains("properties.code: missing");
		assertThat(messages.get(6)).contains("no area");
		assertThat(result.errors()).extracting(LedgerError::column)
			.containsExactly("geometry", "geometry", "geometry", "properties.code", "properties.code",
					"properties.code", "geometry");
		assertThat(result.boundaries()).containsOnlyKeys("A1");
	}

	@Test
	void codesKnownToTheStoreAreAccepted() {
		var result = AreaBoundaries.read(collection(feature("OLD", "Polygon", SQUARE)).getBytes(StandardCharsets.UTF_8),
				Set.of(), (kind, ids) -> kind == IdKind.AREA ? ids : Set.of());
		assertThat(result.errors()).isEmpty();
		assertThat(result.boundaries()).containsOnlyKeys("OLD");
	}

	@Test
	void notJsonOrNotACollectionIsOneErrorAboutTheFile() {
		var broken = read("{\"type\": \"FeatureCollection\",\n \"features\": [,]}");
		assertThat(broken.errors()).singleElement().satisfies(e -> {
			assertThat(e.line()).isEqualTo(2);
			assertThat(e.message()).startsWith("is not valid JSON");
		});
		assertThat(read("{\"type\": \"Feature\"}").errors()).singleElement()
			.satisfies(e -> assertThat(e.message()).contains("FeatureCollection"));
	}

}
