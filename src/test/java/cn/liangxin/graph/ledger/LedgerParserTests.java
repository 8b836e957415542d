package cn.liangxin.graph.ledger;

import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import cn.liangxin.graph.domain.AreaLevel;
import cn.liangxin.graph.domain.Crs;
import cn.liangxin.graph.domain.Education;
import cn.liangxin.graph.domain.Formation;
import cn.liangxin.graph.domain.Geo;
import cn.liangxin.graph.domain.GeoPoint;
import cn.liangxin.graph.domain.IndustryCode;
import cn.liangxin.graph.domain.MemberStatus;
import cn.liangxin.graph.domain.OrganizationKind;
import cn.liangxin.graph.domain.OrganizationStatus;
import cn.liangxin.graph.domain.PartyOrgLevel;
import cn.liangxin.graph.domain.TieKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class LedgerParserTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC);

	private final LedgerParser parser = new LedgerParser(CLOCK);

	private static final String ORG_HEADER = "id,name,kind,area_code\n";

	private static final String AREAS = "code,name,level,parent_code\nA1,Community,COMMUNITY,\n";

	// ---- whole bundles ----

	@Test
	void exampleBundleParsesWithoutErrorsAndEveryRow() throws Exception {
		Path dir = resource("example-district");
		ParseResult result = this.parser.parse(BundleFiles.fromDirectory(dir), KnownIds.NONE, LedgerText.ENGLISH);
		assertThat(result.errors()).isEmpty();
		assertThat(result.ok()).isTrue();
		// Counted independently: non-blank lines minus the header (the example has no
		// quoted line breaks).
		Map<String, Integer> expected = new LinkedHashMap<>();
		int total = 0;
		for (LedgerFile file : LedgerFile.values()) {
			long lines = Files.readAllLines(dir.resolve(file.fileName())).stream().filter(l -> !l.isBlank()).count();
			expected.put(file.fileName(), (int) lines - 1);
			total += (int) lines - 1;
		}
		assertThat(result.bundle().counts()).containsExactlyEntriesOf(expected);
		assertThat(result.bundle().totalRows()).isEqualTo(total).isEqualTo(2360);
		assertThat(result.bundle().files()).hasSize(10);
		OrganizationRow first = result.bundle().organizations().get(0);
		assertThat(first).isEqualTo(new OrganizationRow(2, "91310011000000X5", "上海华东家政服务有限公司",
				OrganizationKind.ENTERPRISE, new IndustryCode("O8051", 'O', "80"), 60, false, "310121003003", "P11-3",
				null, new GeoPoint(31.206898, 121.524593), OrganizationStatus.ACTIVE, LocalDate.of(2026, 9, 10), null,
				null, null, null, null));
	}

	@Test
	void chineseHeadersValuesAndBomWithCrLf() throws Exception {
		ParseResult result = this.parser.parse(BundleFiles.fromDirectory(resource("chinese-bom")), KnownIds.NONE,
				LedgerText.ENGLISH);
		assertThat(result.errors()).isEmpty();
		LedgerBundle bundle = result.bundle();
		assertThat(bundle.areas()).extracting(AreaRow::level)
			.containsExactly(AreaLevel.DISTRICT, AreaLevel.STREET, AreaLevel.COMMUNITY);
		assertThat(bundle.areas().get(1).parentCode()).isEqualTo("310101000000");
		OrganizationRow yunfan = bundle.organizations().get(0);
		assertThat(yunfan.name()).isEqualTo("上海\"云帆\"软件有限公司");
		assertThat(yunfan.kind()).isEqualTo(OrganizationKind.ENTERPRISE);
		assertThat(yunfan.industry()).isEqualTo(new IndustryCode("I6513", 'I', "65"));
		assertThat(yunfan.aboveScale()).isTrue();
		assertThat(yunfan.status()).isEqualTo(OrganizationStatus.ACTIVE);
		// GCJ-02 input is stored in WGS-84: a few hundred metres from the raw numbers.
		GeoPoint raw = new GeoPoint(31.2397, 121.4998);
		assertThat(yunfan.location()).isEqualTo(Geo.toWgs84(31.2397, 121.4998, Crs.GCJ02));
		assertThat(Geo.distanceMeters(raw, yunfan.location())).isBetween(300.0, 700.0);
		OrganizationRow association = bundle.organizations().get(1);
		assertThat(association.line()).isEqualTo(3);
		assertThat(association.status()).isEqualTo(OrganizationStatus.DEREGISTERED);
		assertThat(association.aboveScale()).isFalse();
		assertThat(association.location()).isNull();
		OrganizationRow noodles = bundle.organizations().get(2);
		assertThat(noodles.name()).isEqualTo("老王面馆");
		assertThat(noodles.kind()).isEqualTo(OrganizationKind.INDIVIDUAL_BUSINESS);
		assertThat(noodles.industry()).isNull();
		assertThat(noodles.employees()).isNull();
		assertThat(noodles.status()).isEqualTo(OrganizationStatus.ACTIVE);
		assertThat(noodles.location()).isEqualTo(new GeoPoint(31.24, 121.49));
		assertThat(bundle.partyOrgs()).extracting(PartyOrgRow::level, PartyOrgRow::formation, PartyOrgRow::stars)
			.containsExactly(tuple(PartyOrgLevel.COMMITTEE, Formation.AREA, 4),
					tuple(PartyOrgLevel.BRANCH, Formation.STANDALONE, 3));
		assertThat(bundle.partyOrgUnits()).hasSize(1);
		assertThat(bundle.members()).extracting(MemberRow::status, MemberRow::education, MemberRow::mobile)
			.containsExactly(tuple(MemberStatus.FULL, Education.BACHELOR, false),
					tuple(MemberStatus.PROBATIONARY, Education.POSTGRADUATE, null),
					tuple(MemberStatus.FULL, Education.BELOW_COLLEGE, true));
		assertThat(bundle.officers()).extracting(OfficerRow::areaCode).containsExactly("310101001000");
		assertThat(bundle.officerAssignments().get(0).since()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(bundle.orgLinks()).extracting(OrgLinkRow::kind, OrgLinkRow::share)
			.containsExactly(tuple(TieKind.SUPPLIES, null), tuple(TieKind.INVESTS_IN, 0.35));
	}

	@Test
	void badBundleReportsEveryErrorWithFileLineAndColumn() throws Exception {
		ParseResult result = this.parser.parse(BundleFiles.fromDirectory(resource("bad")), KnownIds.NONE,
				LedgerText.ENGLISH);
		assertThat(result.ok()).isFalse();
		assertThat(result.errors()).extracting(LedgerError::file, LedgerError::line, LedgerError::column)
			.containsExactly(tuple("organizations.csv", 3, "kind"), tuple("organizations.csv", 3, "industry_code"),
					tuple("organizations.csv", 3, "employees"), tuple("organizations.csv", 3, "above_scale"),
					tuple("organizations.csv", 3, "verified_on"), tuple("organizations.csv", 3, "lat"),
					tuple("organizations.csv", 5, "id"), tuple("organizations.csv", 6, "name"),
					tuple("organizations.csv", 6, "employees"), tuple("organizations.csv", 6, "area_code"),
					tuple("organizations.csv", 6, "lon"), tuple("members.csv", 1, "shoe_size"),
					tuple("members.csv", 3, "status"), tuple("members.csv", 3, "employer_id"),
					tuple("members.csv", 3, "birth_year"), tuple("members.csv", 3, "education"),
					tuple("members.csv", 4, null));
		assertThat(result.errors()).extracting(LedgerError::message)
			.containsExactly(
					"kind: \"COMPANY\" is not one of ENTERPRISE (非公企业), SOCIAL_ORGANIZATION (社会组织), "
							+ "INDIVIDUAL_BUSINESS (个体工商户)",
					"industry_code: \"A65\": division 65 (软件和信息技术服务业) belongs to section I, not A",
					"employees: \"abc\" is not a whole number ≥ 0",
					"above_scale: \"maybe\" is not a yes/no value (true/false, 是/否, 1/0)",
					"verified_on: \"2026-13-01\" is not a date such as 2026-03-31, 2026/3/31, 2026.3.31 or 2026年3月31日",
					"lat: \"95\" is not a latitude from -90 to 90",
					"id: \"ORG1\" appears again; the organization is already on line 2", "name is required but empty",
					"employees: \"-1\" is not a whole number ≥ 0",
					"area_code: \"NOWHERE\" is not an area in this bundle or in the store",
					"lon is empty but lat is given; give both or neither",
					"unknown column \"shoe_size\"; members.csv has the columns id (党员编号), status (党员类别), "
							+ "party_org_id (所在党组织), employer_id (工作单位), birth_year (出生年份), education (学历), "
							+ "mobile (流动党员), joined_on (入党日期), probation_ends_on (预备期满日期)",
					"status: \"MEMBER\" is not one of FULL (正式党员), PROBATIONARY (预备党员), APPLICANT (入党申请人), "
							+ "ACTIVIST (入党积极分子), CANDIDATE (发展对象)",
					"employer_id: \"ORG9\" is not an organization in this bundle or in the store",
					"birth_year: \"1850\" is not a year from 1900 to 2026",
					"education: \"PHD\" is not one of BELOW_COLLEGE (大专以下), COLLEGE (大专), BACHELOR (本科), "
							+ "POSTGRADUATE (研究生)",
					"the row has 4 cells but the header has 8 (an unquoted comma in a cell?)");
	}

	// ---- file-level errors ----

	@Test
	void unknownFileNamesAndAMissingOrganizationsFile() {
		ParseResult result = parse(Map.of("organisations.csv", ORG_HEADER, "notes.txt", "hello"));
		assertThat(result.errors()).extracting(LedgerError::file, LedgerError::line, LedgerError::column)
			.containsExactly(tuple("organizations.csv", null, null), tuple("notes.txt", null, null),
					tuple("organisations.csv", null, null));
		assertThat(result.errors().get(0).message())
			.isEqualTo("organizations.csv is missing; every bundle must have it");
		assertThat(result.errors().get(2).message()).startsWith("unknown file \"organisations.csv\"")
			.endsWith("Did you mean organizations.csv?");
	}

	@Test
	void headerProblems() {
		ParseResult result = parse(Map.of("organizations.csv",
				"ID,名称,Kind,area_code,area_code,\n" + "O1,x,ENTERPRISE,A1,A1,\n", "areas.csv", AREAS));
		assertThat(result.errors()).extracting(LedgerError::line, LedgerError::column, LedgerError::message)
			.containsExactly(tuple(1, null, "the required column name (单位名称) is missing"),
					tuple(1, "名称",
							"unknown column \"名称\"; organizations.csv has the columns id (统一社会信用代码), "
									+ "name (单位名称), kind (单位类型), industry_code (行业代码), employees (从业人员数), "
									+ "above_scale (规模以上), area_code (所在区划/所属区划), park_id (园区编号), "
									+ "building_id (楼宇编号), lat (纬度), lon (经度), crs (坐标系), status (状态), "
									+ "verified_on (核实日期), no_party_org_reason (未建党组织原因), planned_on (计划组建日期), "
									+ "owner_is_member (出资人是否党员), revenue (营业收入(万元)/营业收入（万元）), ownership (经济类型)"),
					tuple(1, "area_code", "column \"area_code\" appears twice (also as \"area_code\")"));
	}

	@Test
	void aFileThatIsNeitherUtf8NorGb18030OrEmpty() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		// 0xFF never starts a GB18030 character, and is not UTF-8 either
		files.put("organizations.csv", new byte[] { 'i', 'd', (byte) 0xFF, (byte) 0xFF, '\n' });
		files.put("areas.csv", new byte[0]);
		ParseResult result = this.parser.parse(files, KnownIds.NONE, LedgerText.ENGLISH);
		assertThat(result.errors()).extracting(LedgerError::file, LedgerError::line)
			.containsExactly(tuple("areas.csv", null), tuple("organizations.csv", null));
		assertThat(result.errors().get(0).message()).contains("empty");
		assertThat(result.errors().get(1).message()).contains("neither UTF-8 nor GB18030");
	}

	@Test
	void gbkAndGb18030FilesReadLikeTheirUtf8Copies() throws Exception {
		Map<String, byte[]> utf8 = BundleFiles.fromDirectory(resource("chinese-bom"));
		for (String charset : List.of("GBK", "GB18030")) {
			Map<String, byte[]> converted = new LinkedHashMap<>();
			// Excel's "CSV (逗号分隔)" writes no BOM: drop it with the re-encoding
			utf8.forEach(
					(name, bytes) -> converted.put(name, new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "")
						.getBytes(Charset.forName(charset))));
			assertThat(converted.get("organizations.csv")).isNotEqualTo(utf8.get("organizations.csv"));
			ParseResult result = this.parser.parse(converted, KnownIds.NONE, LedgerText.ENGLISH);
			assertThat(result.errors()).as(charset).isEmpty();
			assertThat(result.bundle()).as(charset).isEqualTo(this.parser.parse(utf8, KnownIds.NONE).bundle());
		}
	}

	// ---- cell errors ----

	@Test
	void requiredCellsAndEnums() {
		ParseResult result = parse(Map.of("organizations.csv",
				ORG_HEADER + "O1,  ,ENTERPRISE,A1\n,x,ENTERPRISE,A1\n" + "O3,x,非公企业,A1\nO4,x,,A1\nO5,x,enterprise,\n",
				"areas.csv", AREAS));
		assertThat(result.errors()).extracting(LedgerError::line, LedgerError::column, LedgerError::message)
			.containsExactly(tuple(2, "name", "name is required but empty"), tuple(3, "id", "id is required but empty"),
					tuple(5, "kind", "kind is required but empty"),
					tuple(6, "area_code", "area_code is required but empty"));
		assertThat(result.bundle().organizations()).extracting(OrganizationRow::kind)
			.containsExactly(OrganizationKind.ENTERPRISE, OrganizationKind.ENTERPRISE, null,
					OrganizationKind.ENTERPRISE);
	}

	@Test
	void numbersDecimalsBooleansDatesAndRanges() {
		String orgs = "id,name,kind,area_code,employees,above_scale,verified_on,lat,lon,crs\n"
				+ "O1,x,ENTERPRISE,A1,1.5,YES,2026-02-30,-90.5,180.1,WGS84\n"
				+ "O2,x,ENTERPRISE,A1,+7,0,2026/01/01,1e3,NaN,MARS\n" + "O3,x,ENTERPRISE,A1,0,是,2026-02-28,-90,180,\n";
		String partyOrgs = "id,name,level,formation,stars,founded_on\nD1,x,BRANCH,JOINT,6,2020-1-1\nD2,x,BRANCH,JOINT,0,\n";
		String members = "id,status,birth_year,mobile\nM1,FULL,2027,maybe\nM2,FULL,1900,no\n";
		String links = "from_id,to_id,kind,share\nO1,O2,INVESTS_IN,1.01\nO1,O3,INVESTS_IN,-0\nO2,O3,INVESTS_IN,50%\n";
		ParseResult result = parse(Map.of("organizations.csv", orgs, "areas.csv", AREAS, "party_orgs.csv", partyOrgs,
				"members.csv", members, "org_links.csv", links));
		assertThat(result.errors())
			.extracting(LedgerError::file, LedgerError::line, LedgerError::column, LedgerError::message)
			.containsExactly(tuple("organizations.csv", 2, "employees", "employees: \"1.5\" is not a whole number ≥ 0"),
					tuple("organizations.csv", 2, "verified_on",
							"verified_on: \"2026-02-30\" is not a date such as 2026-03-31, 2026/3/31, 2026.3.31 or 2026年3月31日"),
					tuple("organizations.csv", 2, "lat", "lat: \"-90.5\" is not a latitude from -90 to 90"),
					tuple("organizations.csv", 2, "lon", "lon: \"180.1\" is not a longitude from -180 to 180"),
					tuple("organizations.csv", 3, "lat", "lat: \"1e3\" is not a latitude from -90 to 90"),
					tuple("organizations.csv", 3, "lon", "lon: \"NaN\" is not a longitude from -180 to 180"),
					tuple("organizations.csv", 3, "crs",
							"crs: \"MARS\" is not one of WGS84 (WGS-84), GCJ02 (GCJ-02), BD09 (BD-09)"),
					tuple("party_orgs.csv", 2, "stars", "stars: \"6\" is not a whole number from 0 to 5"),
					tuple("members.csv", 2, "birth_year", "birth_year: \"2027\" is not a year from 1900 to 2026"),
					tuple("members.csv", 2, "mobile", "mobile: \"maybe\" is not a yes/no value (true/false, 是/否, 1/0)"),
					tuple("org_links.csv", 2, "share", "share: \"1.01\" is not a decimal from 0 to 1"),
					tuple("org_links.csv", 4, "share", "share: \"50%\" is not a decimal from 0 to 1"));
		OrganizationRow o1 = result.bundle().organizations().get(0);
		assertThat(o1.aboveScale()).isTrue();
		assertThat(o1.location()).isNull();
		assertThat(result.bundle().organizations().get(1).employees()).isEqualTo(7);
		assertThat(result.bundle().organizations().get(1).verifiedOn()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(result.bundle().partyOrgs().get(0).foundedOn()).isEqualTo(LocalDate.of(2020, 1, 1));
		assertThat(result.bundle().organizations().get(1).aboveScale()).isFalse();
		assertThat(result.bundle().organizations().get(2).location()).isEqualTo(new GeoPoint(-90, 180));
		assertThat(result.bundle().members().get(1).mobile()).isFalse();
		assertThat(result.bundle().orgLinks().get(1).share()).isEqualTo(0.0);
	}

	@Test
	void latitudeWithoutLongitude() {
		ParseResult result = parse(Map.of("organizations.csv", "id,name,kind,area_code,lat\nO1,x,ENTERPRISE,A1,31.2\n",
				"areas.csv", AREAS));
		assertThat(result.errors()).extracting(LedgerError::line, LedgerError::column, LedgerError::message)
			.containsExactly(tuple(2, "lat", "lon is empty but lat is given; give both or neither"));
	}

	@Test
	void officersTakeALocationLikeOrganizationsUnderChineseHeadersToo() {
		// BD-09 in, WGS-84 stored: the same conversion as an organization's row
		GeoPoint wgs = new GeoPoint(31.2, 121.5);
		GeoPoint bd = Geo.fromWgs84(wgs, Crs.BD09);
		ParseResult result = parse(Map.of("organizations.csv", ORG_HEADER + "O1,x,ENTERPRISE,A1\n", "areas.csv", AREAS,
				"officers.csv", "指导员编号,姓名,所属区划,纬度,经度,坐标系\nG1,甲,A1," + bd.lat() + "," + bd.lon() + ",BD-09\nG2,乙,A1,,,\n"
						+ "G3,丙,A1,31.2,,\nG4,丁,A1,95,121.5,WGS84\n"));
		assertThat(result.errors()).extracting(LedgerError::file, LedgerError::line, LedgerError::column)
			.containsExactly(tuple("officers.csv", 4, "经度"), tuple("officers.csv", 5, "纬度"));
		assertThat(result.errors()).extracting(LedgerError::message)
			.containsExactly("经度 is empty but 纬度 is given; give both or neither",
					"纬度: \"95\" is not a latitude from -90 to 90");
		var good = parse(
				Map.of("organizations.csv", ORG_HEADER + "O1,x,ENTERPRISE,A1\n", "areas.csv", AREAS, "officers.csv",
						"id,name,area_code,lat,lon,crs\nG1,甲,A1," + bd.lat() + "," + bd.lon() + ",BD09\nG2,乙,A1,,,\n"));
		assertThat(good.errors()).isEmpty();
		assertThat(good.bundle().officers().get(0).location().lat()).isCloseTo(wgs.lat(), within(1e-6));
		assertThat(good.bundle().officers().get(0).location().lon()).isCloseTo(wgs.lon(), within(1e-6));
		assertThat(good.bundle().officers().get(1).location()).isNull();
	}

	@Test
	void duplicateIdsNameTheFirstLine() {
		ParseResult result = parse(Map.of("organizations.csv",
				ORG_HEADER + "O1,x,ENTERPRISE,A1\n\"O2\",x,ENTERPRISE,A1\n" + "O1 ,y,ENTERPRISE,A1\n", "areas.csv",
				AREAS + "A1,Again,COMMUNITY,\n", "members.csv", "id,status\nM1,FULL\nM1,PROBATIONARY\n"));
		assertThat(result.errors())
			.extracting(LedgerError::file, LedgerError::line, LedgerError::column, LedgerError::message)
			.containsExactly(tuple("areas.csv", 3, "code", "code: \"A1\" appears again; the area is already on line 2"),
					tuple("organizations.csv", 4, "id",
							"id: \"O1\" appears again; the organization is already on line 2"),
					tuple("members.csv", 3, "id", "id: \"M1\" appears again; the member is already on line 2"));
	}

	@Test
	void wrongNumberOfCellsAndMalformedQuoting() {
		ParseResult result = parse(Map.of("organizations.csv",
				ORG_HEADER + "O1,x,ENTERPRISE,A1,extra\n"
						+ "O2,\"multi\nline\",ENTERPRISE\nO3,5\" screen,ENTERPRISE,A1\nO4,x,ENTERPRISE,A1\n,,,\n"
						+ "O5,\"open,ENTERPRISE,A1\n",
				"areas.csv", AREAS));
		assertThat(result.errors()).extracting(LedgerError::line, LedgerError::column, LedgerError::message)
			.containsExactly(tuple(2, null, "the row has 5 cells but the header has 4 (an unquoted comma in a cell?)"),
					tuple(3, null, "the row has 3 cells but the header has 4 (an unquoted comma in a cell?)"),
					tuple(5, null,
							"the row is not valid CSV: cell 2 contains a quote but is not quoted "
									+ "(quote the cell and double the quote)"),
					tuple(8, null, "the row is not valid CSV: a quoted cell opened on line 8 is never closed"));
		assertThat(result.bundle().organizations()).extracting(OrganizationRow::id, OrganizationRow::line)
			.containsExactly(tuple("O4", 6));
	}

	// ---- references ----

	@Test
	void referencesResolveInTheBundleThenInTheStoreAskedOncePerKind() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("areas.csv", AREAS + "A2,Street,STREET,OLD-DISTRICT\n");
		files.put("organizations.csv", "id,name,kind,area_code,park_id,building_id\nO1,x,ENTERPRISE,A1,P-OLD,\n"
				+ "O2,x,ENTERPRISE,A-OLD,P-GONE,B-GONE\n");
		files.put("members.csv", "id,status,party_org_id,employer_id\nM1,FULL,D-OLD,O1\nM2,FULL,D-GONE,O-OLD\n"
				+ "M3,FULL,D-GONE,O-GONE\n");
		files.put("party_org_units.csv", "party_org_id,organization_id\nD-OLD,O2\n");
		files.put("officer_assignments.csv", "officer_id,organization_id\nG-GONE,O1\n");
		files.put("org_links.csv", "单位A,单位B,关系类型\nO1,O-GONE,COOPERATES\nO1,O1,COOPERATES\n");
		Map<IdKind, Set<String>> store = new EnumMap<>(IdKind.class);
		store.put(IdKind.AREA, Set.of("OLD-DISTRICT", "A-OLD"));
		store.put(IdKind.PARK, Set.of("P-OLD"));
		store.put(IdKind.ORGANIZATION, Set.of("O-OLD"));
		store.put(IdKind.PARTY_ORGANIZATION, Set.of("D-OLD"));
		List<IdKind> asked = new ArrayList<>();
		Map<IdKind, Set<String>> questions = new EnumMap<>(IdKind.class);
		KnownIds known = (kind, ids) -> {
			asked.add(kind);
			questions.put(kind, new HashSet<>(ids));
			Set<String> found = new HashSet<>(ids);
			found.retainAll(store.getOrDefault(kind, Set.of()));
			return found;
		};
		ParseResult result = parse(files, known);
		assertThat(asked).containsExactly(IdKind.AREA, IdKind.PARK, IdKind.BUILDING, IdKind.ORGANIZATION,
				IdKind.PARTY_ORGANIZATION, IdKind.OFFICER);
		assertThat(questions.get(IdKind.ORGANIZATION)).containsExactlyInAnyOrder("O-OLD", "O-GONE");
		assertThat(questions.get(IdKind.AREA)).containsExactlyInAnyOrder("OLD-DISTRICT", "A-OLD");
		assertThat(result.errors())
			.extracting(LedgerError::file, LedgerError::line, LedgerError::column, LedgerError::message)
			.containsExactly(
					tuple("organizations.csv", 3, "park_id",
							"park_id: \"P-GONE\" is not a park in this bundle or in the store"),
					tuple("organizations.csv", 3, "building_id",
							"building_id: \"B-GONE\" is not a building in this bundle or in the store"),
					tuple("members.csv", 3, "party_org_id",
							"party_org_id: \"D-GONE\" is not a party organization in this bundle or in the store"),
					tuple("members.csv", 4, "party_org_id",
							"party_org_id: \"D-GONE\" is not a party organization in this bundle or in the store"),
					tuple("members.csv", 4, "employer_id",
							"employer_id: \"O-GONE\" is not an organization in this bundle or in the store"),
					tuple("officer_assignments.csv", 2, "officer_id",
							"officer_id: \"G-GONE\" is not an officer in this bundle or in the store"),
					tuple("org_links.csv", 2, "单位B",
							"单位B: \"O-GONE\" is not an organization in this bundle or in the store"),
					tuple("org_links.csv", 3, "单位B",
							"单位B: \"O1\" is the same organization as 单位A; an organization cannot be tied to itself"));
		assertThat(questions.get(IdKind.BUILDING)).containsExactly("B-GONE");
		assertThat(questions).doesNotContainKey(null);
	}

	// ---- cycles and link files ----

	@Test
	void parentCyclesAreReportedOnceAtTheirFirstLine() {
		String areas = "code,name,level,parent_code\nA1,x,COMMUNITY,A2\nA2,x,STREET,A3\nA3,x,DISTRICT,A2\n"
				+ "A4,x,COMMUNITY,A4\nA5,x,COMMUNITY,A1\n";
		String partyOrgs = "id,name,level,formation,parent_id\nD1,x,BRANCH,JOINT,D2\nD2,x,COMMITTEE,AREA,D1\n"
				+ "D3,x,BRANCH,JOINT,D1\n";
		ParseResult result = parse(Map.of("organizations.csv", ORG_HEADER + "O1,x,ENTERPRISE,A1\n", "areas.csv", areas,
				"party_orgs.csv", partyOrgs));
		assertThat(result.errors())
			.extracting(LedgerError::file, LedgerError::line, LedgerError::column, LedgerError::message)
			.containsExactly(
					tuple("areas.csv", 3, "parent_code", "parent_code: the area parents form a cycle A2 → A3 → A2"),
					tuple("areas.csv", 5, "parent_code", "parent_code: the area parents form a cycle A4 → A4"),
					tuple("party_orgs.csv", 2, "parent_id",
							"parent_id: the party organization parents form a cycle D1 → D2 → D1"));
	}

	@Test
	void duplicatePairsInLinkFilesAreDroppedSilently() {
		ParseResult result = parse(Map.of("organizations.csv", ORG_HEADER + "O1,x,ENTERPRISE,A1\nO2,x,ENTERPRISE,A1\n",
				"areas.csv", AREAS, "party_orgs.csv", "id,name,level,formation\nD1,x,BRANCH,JOINT\n",
				"party_org_units.csv", "party_org_id,organization_id\nD1,O1\nD1,O2\n D1 ,O1\n", "officers.csv",
				"id,name,area_code\nG1,x,A1\n", "officer_assignments.csv",
				"officer_id,organization_id,since\nG1,O1,2026-01-01\nG1,O1,2026-01-01\n", "org_links.csv",
				"from_id,to_id,kind\nO1,O2,SUPPLIES\nO1,O2,供应\nO1,O2,COOPERATES\nO2,O1,SUPPLIES\n"));
		assertThat(result.errors()).isEmpty();
		assertThat(result.bundle().partyOrgUnits()).extracting(PartyOrgUnitRow::line).containsExactly(2, 3);
		assertThat(result.bundle().officerAssignments()).hasSize(1);
		assertThat(result.bundle().orgLinks()).extracting(OrgLinkRow::line).containsExactly(2, 4, 5);
		assertThat(result.bundle().counts()).containsEntry("org_links.csv", 3).doesNotContainKey("members.csv");
		assertThat(result.bundle().members()).isEmpty();
	}

	@Test
	void aZippedBundleParsesLikeTheFolder() throws Exception {
		Path dir = resource("chinese-bom");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> file : BundleFiles.fromDirectory(dir).entrySet()) {
				zip.putNextEntry(new ZipEntry("台账/" + file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		ParseResult zipped = this.parser.parse(BundleFiles.fromZip(out.toByteArray()), KnownIds.NONE,
				LedgerText.ENGLISH);
		ParseResult folder = this.parser.parse(BundleFiles.fromDirectory(dir), KnownIds.NONE, LedgerText.ENGLISH);
		assertThat(zipped.errors()).isEmpty();
		assertThat(zipped.bundle()).isEqualTo(folder.bundle());
	}

	private ParseResult parse(Map<String, String> files) {
		return parse(files, KnownIds.NONE);
	}

	private ParseResult parse(Map<String, String> files, KnownIds store) {
		Map<String, byte[]> bytes = new LinkedHashMap<>();
		files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
		return this.parser.parse(bytes, store, LedgerText.ENGLISH);
	}

	/**
	 * Each way an industry code can be wrong, said in Chinese by default and in English
	 * on request, with the value.
	 */
	@Test
	void industryCodeErrorsAreInTheLedgersLanguage() {
		String csv = "统一社会信用代码,单位名称,单位类型,行业代码,所在区划\n" + "ORG1,甲,ENTERPRISE,I65x,310101001000\n"
				+ "ORG2,乙,ENTERPRISE,Z12,310101001000\n" + "ORG3,丙,ENTERPRISE,I99,310101001000\n"
				+ "ORG4,丁,ENTERPRISE,A65,310101001000\n";
		Map<String, byte[]> files = Map.of("organizations.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(this.parser.parse(files, KnownIds.NONE).errors()).filteredOn(e -> "行业代码".equals(e.column()))
			.extracting(LedgerError::line, LedgerError::message)
			.containsExactly(tuple(2, "行业代码：“I65x”不是行业代码（应为 GB/T 4754 门类字母 A–T 和/或 2 至 4 位数字，如 I6513）"),
					tuple(3, "行业代码：“Z12”：GB/T 4754 没有门类 Z（门类为 A 至 T）"),
					tuple(4, "行业代码：“I99”：GB/T 4754 没有大类 99（大类为 01 至 97）"),
					tuple(5, "行业代码：“A65”：大类 65（软件和信息技术服务业）属于门类 I，不是 A"));
		assertThat(this.parser.parse(files, KnownIds.NONE, LedgerText.ENGLISH).errors())
			.filteredOn(e -> "行业代码".equals(e.column()))
			.extracting(LedgerError::message)
			.containsExactly(
					"行业代码: \"I65x\" is not an industry code (a section letter A–T and/or 2 to 4 digits, e.g. I6513)",
					"行业代码: \"Z12\": there is no GB/T 4754 section Z (sections are A to T)",
					"行业代码: \"I99\": there is no GB/T 4754 division 99 (divisions are 01 to 97)",
					"行业代码: \"A65\": division 65 (软件和信息技术服务业) belongs to section I, not A");
	}

	private static Path resource(String name) throws URISyntaxException {
		return Path.of(LedgerParserTests.class.getResource("/ledger/" + name).toURI());
	}

}
