package cn.liangxin.graph.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import cn.liangxin.graph.network.Paging;
import cn.liangxin.graph.coverage.CoverageAnalytics;
import cn.liangxin.graph.coverage.GapThresholds;
import cn.liangxin.graph.network.NetworkReads;
import cn.liangxin.graph.network.Scope;
import cn.liangxin.graph.support.Api;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.StoreContents;
import cn.liangxin.graph.support.TestStore;
import cn.liangxin.graph.support.TestUsers;
import cn.liangxin.graph.support.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Workbooks, GBK files, the template and the export end to end: each imports into an
 * empty store to exactly the state the example district's CSV bundle gives (every node,
 * property and relationship), and a workbook with mistakes answers 422 naming sheet, row
 * and column letter.
 */
@GraphIntegrationTest
class LedgerWorkbookIT {

	/**
	 * The example district's CSV files alone: workbooks, GBK files and the ledger export
	 * carry the CSV files (area boundaries and the 五清 update are not part of them yet).
	 */
	static final Map<String, byte[]> EXAMPLE = csvOnly(TestStore.bundle("ledger/example-district"));

	static Map<String, byte[]> csvOnly(Map<String, byte[]> bundle) {
		var csv = new java.util.LinkedHashMap<String, byte[]>();
		bundle.forEach((name, bytes) -> {
			if (name.endsWith(".csv")) {
				csv.put(name, bytes);
			}
		});
		return csv;
	}

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final ObjectMapper JSON = new ObjectMapper();

	static final java.time.LocalDate AS_OF = java.time.LocalDate.of(2026, 11, 28);

	@Autowired
	TestStore store;

	@Autowired
	CoverageAnalytics coverage;

	@Autowired
	NetworkReads network;

	@Autowired
	TestUsers users;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@AfterAll
	static void markChanged(@Autowired TestStore store) {
		store.changed();
	}

	@Autowired
	LedgerImporter importer;

	/** The store holding exactly the example's CSV files. */
	private void csvExample() {
		this.store.clear();
		this.importer.importBundle(EXAMPLE);
		this.store.changed();
	}

	private List<String> exampleContents() {
		csvExample();
		return StoreContents.of(this.store);
	}

	@Test
	void aWorkbookWithChineseSheetsAndHeadersImportsToTheStateOfTheCsvBundle() throws Exception {
		List<String> expected = exampleContents();
		this.store.clear();
		var response = post(Workbooks.fromBundle(EXAMPLE), XLSX, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(StoreContents.of(this.store)).isEqualTo(expected);
	}

	@Test
	void theBundleSavedAsGbkCsvFilesImportsToTheSameState() throws Exception {
		List<String> expected = exampleContents();
		this.store.clear();
		Map<String, byte[]> gbk = new LinkedHashMap<>();
		EXAMPLE.forEach((name, bytes) -> gbk.put(name,
				new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "").getBytes(Charset.forName("GBK"))));
		var response = post(LedgerImportIT.zip(gbk), "application/zip", null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(StoreContents.of(this.store)).isEqualTo(expected);
	}

	@Test
	void theDownloadedTemplateFilledWithTheExampleImportsAsAMultipartFile() throws Exception {
		List<String> expected = exampleContents();
		var template = this.http.send(Api.request(this.port, "/api/ledger/template.xlsx").GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(template.statusCode()).isEqualTo(200);
		assertThat(template.headers().firstValue("Content-Type")).hasValue(XLSX);
		this.store.clear();
		String boundary = UUID.randomUUID().toString();
		var body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"台账.xlsx\"\r\n"
				+ "Content-Type: " + XLSX + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(Workbooks.fillTemplate(template.body(), EXAMPLE));
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		var response = this.http.send(Api.request(this.port, "/api/ledger")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(StoreContents.of(this.store)).isEqualTo(expected);
	}

	@Test
	void aWorkbookWithThreeMistakesInTwoSheetsAnswers422NamingSheetRowAndColumn() throws Exception {
		this.store.exampleDistrict();
		var before = this.store.fingerprint();
		// organizations: kind (column 3) on line 5, employees (column 5) on line 12;
		// members: employer (column 4) on line 2
		var bad = new LinkedHashMap<>(EXAMPLE);
		bad.put("organizations.csv", LedgerImportIT.replaceCell(bad.get("organizations.csv"), 5, 3, "公司"));
		bad.put("organizations.csv", LedgerImportIT.replaceCell(bad.get("organizations.csv"), 12, 5, "很多"));
		bad.put("members.csv", LedgerImportIT.replaceCell(bad.get("members.csv"), 2, 4, "NO-SUCH-ORG"));
		byte[] workbook = Workbooks.fromBundle(bad);
		// inside a zip this time
		var zh = post(LedgerImportIT.zip(Map.of("台账.xlsx", workbook)), "application/zip", null);
		assertThat(zh.statusCode()).isEqualTo(422);
		JsonNode errors = JSON.readTree(zh.body()).get("errors");
		assertThat(errors).hasSize(3);
		assertThat(errors)
			.extracting(e -> e.get("sheet").asString(), e -> e.get("line").asInt(),
					e -> e.get("columnLetter").asString(), e -> e.get("column").asString())
			.containsExactly(tuple("两新组织", 5, letter(workbook, "两新组织", "单位类型"), "单位类型"),
					tuple("两新组织", 12, letter(workbook, "两新组织", "从业人员数"), "从业人员数"),
					tuple("党员", 2, letter(workbook, "党员", "工作单位"), "工作单位"));
		assertThat(errors.get(1).get("message").asString()).isEqualTo("从业人员数：“很多”不是不小于 0 的整数");
		var en = post(workbook, XLSX, "en-US,en;q=0.9");
		assertThat(en.statusCode()).isEqualTo(422);
		assertThat(JSON.readTree(en.body()).get("errors").get(1).get("message").asString())
			.isEqualTo("从业人员数: \"很多\" is not a whole number ≥ 0");
		assertThat(this.store.fingerprint()).isEqualTo(before);
	}

	@Test
	void exportThenImportIntoAnEmptyStoreGivesTheSameCountsFiguresAndGaps() throws Exception {
		csvExample();
		var fingerprint = this.store.fingerprint();
		var contents = StoreContents.of(this.store);
		List<Scope> scopes = scopes();
		var figures = scopes.stream().map(s -> this.coverage.coverage(s)).toList();
		var gaps = this.coverage.gaps(Scope.EVERYTHING, java.util.Set.of(), AS_OF, GapThresholds.DEFAULTS,
				Paging.MAX_PAGE, null);
		var export = this.http.send(Api.request(this.port, "/api/ledger/export").GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(export.statusCode()).isEqualTo(200);
		Map<String, byte[]> files = BundleFiles.fromZip(export.body());
		assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(EXAMPLE.keySet());
		assertThat(new String(files.get("organizations.csv"), StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
			.isEqualTo("\uFEFF" + String.join(",",
					LedgerParser.columns(LedgerFile.ORGANIZATIONS).stream().map(LedgerParser.Column::name).toList()));
		this.store.clear();
		var response = post(export.body(), "application/zip", null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(this.store.fingerprint()).isEqualTo(fingerprint);
		assertThat(StoreContents.of(this.store)).isEqualTo(contents);
		assertThat(scopes.stream().map(s -> this.coverage.coverage(s)).toList()).isEqualTo(figures);
		assertThat(this.coverage.gaps(Scope.EVERYTHING, java.util.Set.of(), AS_OF, GapThresholds.DEFAULTS,
				Paging.MAX_PAGE, null))
			.isEqualTo(gaps);
	}

	@Test
	void aStreetsExportImportsOnItsOwnWithTheStreetsCoverage() throws Exception {
		this.store.exampleDistrict();
		String street = "310121001000";
		var before = this.coverage.coverage(Scope.of(street, null));
		long organizations;
		try (var session = this.store.session()) {
			organizations = session
				.run("MATCH (:Area {code: $code})<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(o:Organization) "
						+ "RETURN count(o) AS n", Map.of("code", street))
				.single()
				.get("n")
				.asLong();
		}
		var export = this.http.send(Api.request(this.port, "/api/ledger/export?areaCode=" + street).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(export.statusCode()).isEqualTo(200);
		this.store.clear();
		var response = post(export.body(), "application/zip", null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(this.coverage.coverage(Scope.of(street, null)).figures()).isEqualTo(before.figures());
		assertThat(this.store.fingerprint().get("Organization")).isBetween(organizations, 300L - 1);
		var missing = this.http.send(Api.request(this.port, "/api/ledger/export?areaCode=NOPE").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("NOPE");
	}

	/**
	 * The example with its 五清 update (new columns, the recruitment pipeline as :Prospect
	 * nodes) out and into an empty store: every node and relationship equal, the areas'
	 * boundaries aside (areas.geojson is not part of the export).
	 */
	@Test
	void theWuqingUpdateAndItsProspectsSurviveExportAndImport() throws Exception {
		this.store.exampleDistrict();
		List<String> before = withoutAreaNodes(StoreContents.of(this.store));
		assertThat(before).as("the example holds prospects")
			.anyMatch(line -> line.startsWith("[[Prospect]"))
			.anyMatch(line -> line.contains(", CULTIVATED_BY, "));
		var export = this.http.send(Api.request(this.port, "/api/ledger/export").GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(export.statusCode()).isEqualTo(200);
		this.store.clear();
		var response = post(export.body(), "application/zip", null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(withoutAreaNodes(StoreContents.of(this.store))).isEqualTo(before);
	}

	// Lines with their properties in key order: a store built by another import holds the
	// same
	// properties in another order, which StoreContents' JSON keeps.
	private static List<String> withoutAreaNodes(List<String> contents) {
		return contents.stream()
			.filter(line -> !line.startsWith("[[\"Area\"]"))
			.map(line -> sorted(JSON.readValue(line, Object.class)).toString())
			.sorted()
			.toList();
	}

	private static Object sorted(Object json) {
		if (json instanceof Map<?, ?> map) {
			var keyed = new java.util.TreeMap<String, Object>();
			map.forEach((k, v) -> keyed.put(String.valueOf(k), sorted(v)));
			return keyed;
		}
		if (json instanceof List<?> list) {
			return list.stream().map(LedgerWorkbookIT::sorted).toList();
		}
		return json;
	}

	/**
	 * A street user's export holds the street and nothing outside it: every row lies in
	 * the street (computed here in Cypher, as the user's area is defined), every
	 * reference resolves inside the export, and it imports on its own into an empty store
	 * with the street's organizations. The ADMIN's export of the same street holds rows
	 * outside it (a party organization of another street covering a unit of this one), so
	 * the bound is the user's, not the area argument's.
	 */
	@Test
	void aStreetUsersExportHoldsNothingOutsideTheStreetAndImportsOnItsOwn() throws Exception {
		this.store.exampleDistrict();
		this.users.streetUsers();
		String street = TestUsers.STREET;
		Map<String, java.util.Set<String>> inside = new LinkedHashMap<>();
		try (var session = this.store.session()) {
			java.util.function.BiConsumer<String, String> ids = (file, cypher) -> inside.put(file, java.util.Set
				.copyOf(session.run(cypher, Map.of("code", street)).list(r -> r.get("id").asString())));
			String areas = "MATCH (:Area {code: $code})<-[:PART_OF*0..]-(a:Area) ";
			ids.accept("areas.csv", areas + "RETURN a.code AS id");
			ids.accept("organizations.csv", areas + "MATCH (a)<-[:IN_AREA]-(n:Organization) RETURN n.id AS id");
			ids.accept("parks.csv", areas + "MATCH (a)<-[:IN_AREA]-(n:Park) RETURN n.id AS id");
			ids.accept("buildings.csv", areas + "MATCH (a)<-[:IN_AREA]-(n:Building) RETURN n.id AS id");
			ids.accept("officers.csv", areas + "MATCH (a)<-[:IN_AREA]-(n:Officer) RETURN n.id AS id");
			ids.accept("party_orgs.csv",
					areas + "MATCH (a)<-[:IN_AREA]-(n:PartyOrganization) RETURN n.id AS id " + "UNION " + areas
							+ "MATCH (a)<-[:IN_AREA]-(:Park)<-[:IN_PARK]-(n:PartyOrganization) "
							+ "WHERE NOT (n)-[:IN_AREA]->() RETURN n.id AS id " + "UNION " + areas
							// a unit's own branch given neither area nor park lies where
							// its
							// units lie
							+ "MATCH (a)<-[:IN_AREA]-(:Organization)<-[:COVERS]-(n:PartyOrganization) "
							+ "WHERE NOT (n)-[:IN_AREA|IN_PARK]->() RETURN n.id AS id");
		}
		var admin = BundleFiles.fromZip(
				this.http
					.send(Api.request(this.port, "/api/ledger/export?areaCode=" + street).GET().build(),
							HttpResponse.BodyHandlers.ofByteArray())
					.body());
		assertThat(column(admin, "party_orgs.csv", "id")).as("the ADMIN's export reaches outside the street")
			.isNotEmpty()
			.anyMatch(id -> !inside.get("party_orgs.csv").contains(id));

		var export = this.http.send(
				Api.request(this.port, "/api/ledger/export", TestUsers.STREET_VIEWER, TestUsers.PASSWORD).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(export.statusCode()).isEqualTo(200);
		Map<String, byte[]> files = BundleFiles.fromZip(export.body());
		assertThat(column(files, "organizations.csv", "id")).as("exactly the street's organizations")
			.containsExactlyInAnyOrderElementsOf(inside.get("organizations.csv"));
		assertThat(column(files, "areas.csv", "code")).containsExactlyInAnyOrderElementsOf(inside.get("areas.csv"));
		for (String file : List.of("parks.csv", "buildings.csv", "officers.csv", "party_orgs.csv")) {
			assertThat(column(files, file, "id")).as(file).isSubsetOf(inside.get(file));
		}
		assertThat(column(files, "party_orgs.csv", "id")).as("the street's party organizations").isNotEmpty();
		// every reference names a row of the export (or is empty)
		var exported = new LinkedHashMap<String, java.util.Set<String>>();
		exported.put("areas.csv", java.util.Set.copyOf(column(files, "areas.csv", "code")));
		for (String file : List.of("parks.csv", "buildings.csv", "organizations.csv", "party_orgs.csv",
				"officers.csv")) {
			exported.put(file, java.util.Set.copyOf(column(files, file, "id")));
		}
		String[][] references = { { "areas.csv", "parent_code", "areas.csv" },
				{ "organizations.csv", "park_id", "parks.csv" },
				{ "organizations.csv", "building_id", "buildings.csv" },
				{ "party_orgs.csv", "parent_id", "party_orgs.csv" },
				{ "party_org_units.csv", "party_org_id", "party_orgs.csv" },
				{ "party_org_units.csv", "organization_id", "organizations.csv" },
				{ "members.csv", "party_org_id", "party_orgs.csv" },
				{ "members.csv", "employer_id", "organizations.csv" },
				{ "officer_assignments.csv", "organization_id", "organizations.csv" },
				{ "org_links.csv", "to_id", "organizations.csv" },
				{ "org_links.csv", "from_id", "organizations.csv" } };
		for (String[] r : references) {
			if (files.containsKey(r[0])) {
				assertThat(column(files, r[0], r[1])).as(r[0] + " " + r[1])
					.allMatch(v -> v.isEmpty() || exported.get(r[2]).contains(v));
			}
		}
		assertThat(column(files, "areas.csv", "parent_code")).as("the street's own parent is outside")
			.contains("")
			.doesNotContain("310121000000");

		this.store.clear();
		var response = post(export.body(), "application/zip", null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(this.store.fingerprint().get("Organization"))
			.isEqualTo((long) inside.get("organizations.csv").size());
		assertThat(this.coverage.coverage(Scope.of(street, null)).figures().total())
			.isEqualTo((int) (inside.get("organizations.csv").size() - deregistered(files)));
	}

	private static long deregistered(Map<String, byte[]> files) {
		return column(files, "organizations.csv", "status").stream().filter("DEREGISTERED"::equals).count();
	}

	/**
	 * The cells of one column of a CSV file of a bundle (empty when the file is absent).
	 */
	private static List<String> column(Map<String, byte[]> files, String file, String name) {
		if (!files.containsKey(file)) {
			return List.of();
		}
		List<CsvReader.Record> records = CsvReader
			.readAll(new String(files.get(file), StandardCharsets.UTF_8).replace("\uFEFF", ""));
		int i = records.get(0).cells().indexOf(name);
		assertThat(i).as(file + " has " + name).isNotNegative();
		return records.subList(1, records.size()).stream().map(r -> r.cells().get(i)).toList();
	}

	private List<Scope> scopes() {
		List<Scope> scopes = new java.util.ArrayList<>();
		scopes.add(Scope.EVERYTHING);
		this.network.areas("STREET", null).forEach(a -> scopes.add(Scope.of(a.code(), null)));
		this.network.parksIn(null).forEach(p -> scopes.add(Scope.of(null, p.id())));
		return scopes;
	}

	private static int column(Row header, String name) {
		for (var cell : header) {
			if (cell.getStringCellValue().equals(name)) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("no column " + name);
	}

	private static String letter(byte[] workbook, String sheet, String header) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
			return org.apache.poi.ss.util.CellReference
				.convertNumToColString(column(wb.getSheet(sheet).getRow(0), header));
		}
	}

	private HttpResponse<String> post(byte[] body, String contentType, String language) throws Exception {
		var request = Api.request(this.port, "/api/ledger").header("Content-Type", contentType);
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return this.http.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
