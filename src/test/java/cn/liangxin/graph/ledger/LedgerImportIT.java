package cn.liangxin.graph.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.liangxin.graph.support.Api;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.TestStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/ledger} end to end: the example bundle, re-import, bad bundles,
 * updates.
 */
@GraphIntegrationTest
class LedgerImportIT {

	static final Map<String, byte[]> EXAMPLE = TestStore.bundle("ledger/example-district");

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestStore store;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@AfterAll
	static void markChanged(@Autowired TestStore store) {
		store.changed();
	}

	@Test
	void importsTheExampleBundleAsZipAndAgainWithoutChange() throws Exception {
		this.store.clear();
		var first = post(zip(EXAMPLE));
		assertThat(first.statusCode()).isEqualTo(200);
		JsonNode files = JSON.readTree(first.body()).get("files");
		// areas.geojson counts its features (boundaries), the CSV files their rows
		EXAMPLE.forEach((file, bytes) -> assertThat(files.get(file).asInt()).as(file)
			.isEqualTo(file.endsWith(".geojson") ? JSON.readTree(bytes).get("features").size() : dataLines(bytes)));
		var afterFirst = this.store.fingerprint();
		assertThat(afterFirst).containsEntry("Organization", 300L).containsEntry("Member", 1667L);

		var second = post(zip(EXAMPLE));
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(this.store.fingerprint()).isEqualTo(afterFirst);
	}

	@Test
	void rejectsABundleWithThreeErrorsInTwoFilesAndChangesNothing() throws Exception {
		this.store.exampleDistrict();
		var before = this.store.fingerprint();
		var bad = new LinkedHashMap<>(EXAMPLE);
		// organizations.csv: a bad number on line 3 and a bad enum on line 5;
		// members.csv: a dangling employer on line 2
		bad.put("organizations.csv", replaceCell(bad.get("organizations.csv"), 3, 5, "many"));
		bad.put("organizations.csv", replaceCell(bad.get("organizations.csv"), 5, 3, "COMPANY"));
		bad.put("members.csv", replaceCell(bad.get("members.csv"), 2, 4, "NO-SUCH-ORG"));
		var response = post(zip(bad));
		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode errors = JSON.readTree(response.body()).get("errors");
		assertThat(errors).hasSize(3);
		JsonNode member = error(errors, "members.csv", 2);
		assertThat(member.get("column").asString()).isEqualTo("employer_id");
		assertThat(member.get("message").asString()).contains("NO-SUCH-ORG");
		JsonNode number = error(errors, "organizations.csv", 3);
		assertThat(number.get("column").asString()).isEqualTo("employees");
		assertThat(number.get("message").asString()).contains("many");
		JsonNode kind = error(errors, "organizations.csv", 5);
		assertThat(kind.get("column").asString()).isEqualTo("kind");
		assertThat(kind.get("message").asString()).contains("COMPANY");
		assertThat(this.store.fingerprint()).isEqualTo(before);
	}

	@Test
	void acceptsMultipartFilesWithChineseHeadersAndBom() throws Exception {
		this.store.exampleDistrict();
		String areas = "\uFEFF区划代码,名称,层级,上级区划代码\nT-1,测试区,区,\nT-1-1,测试街道,街道,T-1\n";
		String orgs = "\uFEFF统一社会信用代码,单位名称,单位类型,行业代码,从业人员数,规模以上,所在区划,园区编号,楼宇编号,纬度,经度,坐标系,状态,核实日期\n"
				+ "T-ORG-1,测试科技有限公司,非公企业,6513,12,否,T-1-1,,,31.2,121.5,GCJ02,存续,2026-09-01\n";
		String boundary = UUID.randomUUID().toString();
		var body = new ByteArrayOutputStream();
		part(body, boundary, "areas.csv", areas);
		part(body, boundary, "organizations.csv", orgs);
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		var response = this.http.send(Api.request(this.port, "/api/ledger")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		this.store.changed();
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		var fingerprint = this.store.fingerprint();
		assertThat(fingerprint.get("Organization")).isEqualTo(301L);
		assertThat(fingerprint.get("Area")).isEqualTo(27L);
	}

	@Test
	void aLaterBundleUpdatesTheRowsItNamesAndReplacesTheirLinks() throws Exception {
		this.store.exampleDistrict();
		this.store.changed();
		// D11-0009 covered 91310011000000X5 (and maybe more): the update says it now
		// covers only 91310011000001X4
		var update = Map.of("party_org_units.csv",
				"party_org_id,organization_id\nD11-0009,91310011000001X4\n".getBytes(StandardCharsets.UTF_8),
				"organizations.csv",
				(TestStore.text(EXAMPLE, "organizations.csv").lines().limit(1).findFirst().get() + "\n"
						+ "91310011000000X5,上海华东家政服务有限公司（更名）,ENTERPRISE,O8051,61,false,310121003003,P11-3,,31.206898,121.524593,WGS84,ACTIVE,2026-10-01\n")
					.getBytes(StandardCharsets.UTF_8));
		var response = post(zip(update));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		try (var session = this.store.session()) {
			assertThat(session
				.run("MATCH (:PartyOrganization {id: 'D11-0009'})-[:COVERS]->(o) RETURN collect(o.id) AS ids")
				.single()
				.get("ids")
				.asList()).containsExactly("91310011000001X4");
			var org = session
				.run("MATCH (o:Organization {id: '91310011000000X5'}) RETURN o.name AS name, o.employees AS e")
				.single();
			assertThat(org.get("name").asString()).endsWith("（更名）");
			assertThat(org.get("e").asInt()).isEqualTo(61);
			// the other covers of the bundle are untouched
			assertThat(session.run("MATCH (:PartyOrganization {id: 'D11-0003'})-[:COVERS]->(o) RETURN count(o) AS n")
				.single()
				.get("n")
				.asInt()).isPositive();
		}
	}

	@Test
	void answersANonZipBodyWith422() throws Exception {
		var response = post("not a zip".getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(JSON.readTree(response.body()).get("errors").get(0).get("message").asString())
			.containsIgnoringCase("zip");
	}

	private HttpResponse<String> post(byte[] zip) throws IOException, InterruptedException {
		return this.http.send(Api.request(this.port, "/api/ledger")
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode error(JsonNode errors, String file, int line) {
		for (JsonNode error : errors) {
			if (error.get("file").asString().equals(file) && error.get("line").asInt() == line) {
				return error;
			}
		}
		throw new AssertionError("no error for " + file + " line " + line + " in " + errors);
	}

	static byte[] zip(Map<String, byte[]> files) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			for (var file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry("bundle/" + file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	static int dataLines(byte[] csv) {
		return (int) new String(csv, StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank()).count();
	}

	/** The file with one cell (1-based line and column) replaced. */
	static byte[] replaceCell(byte[] csv, int line, int column, String value) {
		List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
		String[] cells = lines.get(line - 1).split(",", -1);
		cells[column - 1] = value;
		var changed = new java.util.ArrayList<>(lines);
		changed.set(line - 1, String.join(",", cells));
		return (String.join("\n", changed) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private static void part(ByteArrayOutputStream body, String boundary, String file, String content)
			throws IOException {
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file
				+ "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content.getBytes(StandardCharsets.UTF_8));
		body.write("\r\n".getBytes(StandardCharsets.UTF_8));
	}

}
