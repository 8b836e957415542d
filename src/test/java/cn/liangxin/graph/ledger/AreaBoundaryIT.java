package cn.liangxin.graph.ledger;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ExecutionGraphQlService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import cn.liangxin.graph.support.Api;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.GraphQl;
import cn.liangxin.graph.support.TestStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The example district's areas.geojson (test resources, drawn by
 * example-district-boundaries.py) imported, served as {@code Area.boundary} and in the
 * map export; a bad one refused as a whole.
 */
@GraphIntegrationTest
class AreaBoundaryIT {

	static final ObjectMapper JSON = new ObjectMapper();

	static final Map<String, byte[]> BUNDLE = TestStore.bundle("ledger/example-district");

	@Autowired
	TestStore store;

	@Autowired
	LedgerImporter importer;

	@Autowired
	ExecutionGraphQlService service;

	@LocalServerPort
	int port;

	@BeforeEach
	void load() {
		this.store.exampleDistrict();
	}

	/** code → geometry, straight from the file. */
	static Map<String, JsonNode> fileGeometries() {
		Map<String, JsonNode> result = new LinkedHashMap<>();
		for (JsonNode f : JSON.readTree(BUNDLE.get("areas.geojson")).get("features")) {
			result.put(f.get("properties").get("code").asString(), f.get("geometry"));
		}
		return result;
	}

	@Test
	void everyAreaServesTheBoundaryOfTheFile() {
		Map<String, JsonNode> expected = fileGeometries();
		var areas = GraphQl.tester(this.service)
			.document("{ areas { code boundary } }")
			.execute()
			.path("areas")
			.entityList(Map.class)
			.get();
		assertThat(areas).hasSize(expected.size());
		for (Map<?, ?> area : areas) {
			String code = (String) area.get("code");
			assertThat(JSON.readTree((String) area.get("boundary"))).as(code).isEqualTo(expected.get(code));
		}
	}

	@Test
	void theMapExportCarriesTheChildAreasBoundaries() throws Exception {
		Map<String, JsonNode> expected = fileGeometries();
		var response = HttpClient.newHttpClient()
			.send(Api.request(this.port, "/api/maps/g6?areaCode=310121001000&layout=GEO").GET().build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		int areas = 0;
		for (JsonNode node : JSON.readTree(response.body()).get("nodes")) {
			JsonNode data = node.get("data");
			if (data.get("kind").asString().equals("AREA")) {
				areas++;
				assertThat(data.get("boundary")).as(data.get("entityId").asString())
					.isEqualTo(expected.get(data.get("entityId").asString()));
			}
		}
		assertThat(areas).as("the street and its five communities").isEqualTo(6);
	}

	@Test
	void aBadFeatureRefusesTheBundleAndNamesIt() {
		var before = this.store.fingerprint();
		Map<String, byte[]> files = new HashMap<>(BUNDLE);
		files.put("areas.geojson",
				"""
						{"type": "FeatureCollection", "features": [
						 {"type": "Feature", "properties": {"code": "310121001000"},
						  "geometry": {"type": "Polygon", "coordinates": [[[121.44,31.19],[121.47,31.19],[121.47,31.22],[121.44,31.19]]]}},
						 {"type": "Feature", "properties": {"code": "999999999999"},
						  "geometry": {"type": "Polygon", "coordinates": [[[121.44,31.19],[121.47,31.19],[121.47,31.22],[121.44,31.19]]]}},
						 {"type": "Feature", "properties": {"code": "310121002000"},
						  "geometry": {"type": "Polygon", "coordinates": [[[121.44,31.19],[121.47,31.19],[121.47,31.22]]]}}
						]}
						"""
					.getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> this.importer.importBundle(files))
			.isInstanceOfSatisfying(LedgerImporter.LedgerRejectedException.class, ex -> {
				assertThat(ex.errors()).extracting(LedgerError::toString)
					.containsExactly(
							"areas.geojson:2 [properties.code] feature 2 (features[1]): properties.code: \"999999999999\" is not an area of areas.csv nor of the store",
							"areas.geojson:3 [geometry] feature 3 (features[2]): geometry of \"310121002000\": ring 1: a ring needs at least 4 positions (the first repeated last)");
			});
		assertThat(this.store.fingerprint()).isEqualTo(before);
	}

}
