package cn.liangxin.graph.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.liangxin.graph.domain.Aliased;
import cn.liangxin.graph.domain.AreaLevel;
import cn.liangxin.graph.domain.Crs;
import cn.liangxin.graph.domain.Education;
import cn.liangxin.graph.domain.Formation;
import cn.liangxin.graph.domain.Geo;
import cn.liangxin.graph.domain.GeoPoint;
import cn.liangxin.graph.domain.IndustryCode;
import cn.liangxin.graph.domain.MemberStatus;
import cn.liangxin.graph.domain.NoPartyOrgReason;
import cn.liangxin.graph.domain.OrganizationKind;
import cn.liangxin.graph.domain.OrganizationStatus;
import cn.liangxin.graph.domain.Ownership;
import cn.liangxin.graph.domain.PartyOrgLevel;
import cn.liangxin.graph.domain.PartyOrgRating;
import cn.liangxin.graph.domain.TieKind;
import cn.liangxin.graph.domain.Vocabulary;

/**
 * Reads and validates a ledger bundle (docs/ledger-format.md) without touching the store, except
 * for one {@link KnownIds} question per kind of id about references the bundle does not resolve.
 * Every error of the bundle is collected, ordered by file (in {@link LedgerFile} order) and line.
 * Thread-safe: each {@link #parse} call works on its own state.
 */
public final class LedgerParser {

	/** Oldest accepted birth year of a member. */
	public static final int MIN_BIRTH_YEAR = 1900;

	private static final String BUNDLE = "(bundle)";

	private static final Map<LedgerFile, List<Column>> COLUMNS = columns();

	private final Clock clock;

	/** A parser that takes "the current year" (for birth years) from the system clock. */
	public LedgerParser() {
		this(Clock.systemDefaultZone());
	}

	/** A parser with a fixed clock, for reproducible tests. */
	public LedgerParser(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Parses and validates a bundle.
	 * @param files file name (e.g. {@code organizations.csv}) to its bytes
	 * @param store the ids already in the store; null means an empty store
	 */
	public ParseResult parse(Map<String, byte[]> files, KnownIds store) {
		return new Run(files, (store != null) ? store : KnownIds.NONE, Year.now(this.clock).getValue()).parse();
	}

	// One column of a file: its English name, its Chinese alias(es) and whether it is required.
	private record Column(String name, boolean required, String... chinese) {
	}

	private static Column req(String name, String... chinese) {
		return new Column(name, true, chinese);
	}

	private static Column opt(String name, String... chinese) {
		return new Column(name, false, chinese);
	}

	private static Map<LedgerFile, List<Column>> columns() {
		Map<LedgerFile, List<Column>> map = new EnumMap<>(LedgerFile.class);
		// Both 所在区划 and 所属区划 are used for the same thing in practice; accept either everywhere.
		map.put(LedgerFile.AREAS, List.of(req("code", "区划代码"), req("name", "名称"), req("level", "层级"),
				opt("parent_code", "上级区划代码")));
		map.put(LedgerFile.PARKS, List.of(req("id", "园区编号"), req("name", "园区名称"),
				req("area_code", "所在区划", "所属区划"), opt("lat", "纬度"), opt("lon", "经度"), opt("crs", "坐标系")));
		map.put(LedgerFile.BUILDINGS, List.of(req("id", "楼宇编号"), req("name", "楼宇名称"), opt("park_id", "园区编号"),
				req("area_code", "所在区划", "所属区划"), opt("lat", "纬度"), opt("lon", "经度"), opt("crs", "坐标系")));
		map.put(LedgerFile.ORGANIZATIONS, List.of(req("id", "统一社会信用代码"), req("name", "单位名称"),
				req("kind", "单位类型"), opt("industry_code", "行业代码"), opt("employees", "从业人员数"),
				opt("above_scale", "规模以上"), req("area_code", "所在区划", "所属区划"), opt("park_id", "园区编号"),
				opt("building_id", "楼宇编号"), opt("lat", "纬度"), opt("lon", "经度"), opt("crs", "坐标系"),
				opt("status", "状态"), opt("verified_on", "核实日期"), opt("no_party_org_reason", "未建党组织原因"),
				opt("planned_on", "计划组建日期"), opt("owner_is_member", "出资人是否党员"), opt("revenue", "营业收入(万元)", "营业收入（万元）"),
				opt("ownership", "经济类型")));
		map.put(LedgerFile.PARTY_ORGS, List.of(req("id", "党组织编号"), req("name", "党组织名称"), req("level", "组织层级"),
				req("formation", "组建方式"), opt("parent_id", "上级党组织"), opt("area_code", "所在区划", "所属区划"),
				opt("park_id", "园区编号"), opt("stars", "星级"), opt("founded_on", "成立日期"), opt("term_ends_on", "换届日期"),
				opt("has_secretary", "是否配备书记"), opt("secretary_trained", "书记是否培训"), opt("rating", "分类定级")));
		map.put(LedgerFile.PARTY_ORG_UNITS, List.of(req("party_org_id", "党组织编号"),
				req("organization_id", "统一社会信用代码")));
		map.put(LedgerFile.MEMBERS, List.of(req("id", "党员编号"), req("status", "党员类别"), opt("party_org_id", "所在党组织"),
				opt("employer_id", "工作单位"), opt("birth_year", "出生年份"), opt("education", "学历"),
				opt("mobile", "流动党员"), opt("joined_on", "入党日期"), opt("probation_ends_on", "预备期满日期")));
		map.put(LedgerFile.OFFICERS, List.of(req("id", "指导员编号"), req("name", "姓名"),
				req("area_code", "所属区划", "所在区划")));
		map.put(LedgerFile.OFFICER_ASSIGNMENTS, List.of(req("officer_id", "指导员编号"),
				req("organization_id", "统一社会信用代码"), opt("since", "起始日期")));
		map.put(LedgerFile.ORG_LINKS, List.of(req("from_id", "单位A"), req("to_id", "单位B"), req("kind", "关系类型"),
				opt("share", "持股比例")));
		return map;
	}

	private static String headerKey(String header) {
		return header.strip().toLowerCase(Locale.ROOT);
	}

	private static String describe(Column column) {
		return column.name() + " (" + String.join("/", column.chinese()) + ")";
	}

	private static String noun(IdKind kind) {
		return switch (kind) {
			case AREA -> "area";
			case PARK -> "park";
			case BUILDING -> "building";
			case ORGANIZATION -> "organization";
			case PARTY_ORGANIZATION -> "party organization";
			case OFFICER -> "officer";
		};
	}

	// A reference from a cell to an id of some kind, checked once all files are read.
	private record Ref(String file, int line, String column, String label, String id) {
	}

	// The state of one parse call.
	private static final class Run {

		private final Map<String, byte[]> files;

		private final KnownIds store;

		private final int currentYear;

		private final List<LedgerError> errors = new ArrayList<>();

		// First line of each id defined in the bundle, per kind; also serves duplicate detection.
		private final Map<IdKind, Map<String, Integer>> defined = new EnumMap<>(IdKind.class);

		private final Map<IdKind, List<Ref>> refs = new EnumMap<>(IdKind.class);

		private final Map<LedgerFile, Sheet> sheets = new EnumMap<>(LedgerFile.class);

		private final List<AreaRow> areas = new ArrayList<>();

		private final List<ParkRow> parks = new ArrayList<>();

		private final List<BuildingRow> buildings = new ArrayList<>();

		private final List<OrganizationRow> organizations = new ArrayList<>();

		private final List<PartyOrgRow> partyOrgs = new ArrayList<>();

		private final List<PartyOrgUnitRow> partyOrgUnits = new ArrayList<>();

		private final List<MemberRow> members = new ArrayList<>();

		private final List<OfficerRow> officers = new ArrayList<>();

		private final List<OfficerAssignmentRow> officerAssignments = new ArrayList<>();

		private final List<OrgLinkRow> orgLinks = new ArrayList<>();

		Run(Map<String, byte[]> files, KnownIds store, int currentYear) {
			this.files = files;
			this.store = store;
			this.currentYear = currentYear;
			for (IdKind kind : IdKind.values()) {
				this.defined.put(kind, new HashMap<>());
				this.refs.put(kind, new ArrayList<>());
			}
		}

		ParseResult parse() {
			checkFileNames();
			Set<String> present = new LinkedHashSet<>();
			for (LedgerFile file : LedgerFile.values()) {
				byte[] bytes = this.files.get(file.fileName());
				if (bytes == null) {
					continue;
				}
				present.add(file.fileName());
				Sheet sheet = new Sheet(file);
				if (!sheet.open(bytes)) {
					continue;
				}
				this.sheets.put(file, sheet);
				switch (file) {
					case AREAS -> readAreas(sheet);
					case PARKS -> readParks(sheet);
					case BUILDINGS -> readBuildings(sheet);
					case ORGANIZATIONS -> readOrganizations(sheet);
					case PARTY_ORGS -> readPartyOrgs(sheet);
					case PARTY_ORG_UNITS -> readPartyOrgUnits(sheet);
					case MEMBERS -> readMembers(sheet);
					case OFFICERS -> readOfficers(sheet);
					case OFFICER_ASSIGNMENTS -> readOfficerAssignments(sheet);
					case ORG_LINKS -> readOrgLinks(sheet);
				}
			}
			checkReferences();
			checkCycles(LedgerFile.AREAS, this.areas, AreaRow::code, AreaRow::parentCode, AreaRow::line, "parent_code",
					"area");
			checkCycles(LedgerFile.PARTY_ORGS, this.partyOrgs, PartyOrgRow::id, PartyOrgRow::parentId,
					PartyOrgRow::line, "parent_id", "party organization");
			// Within a line, errors follow the columns of the file, as the planner reads them.
			this.errors.sort(Comparator.comparing((LedgerError e) -> fileRank(e.file()))
				.thenComparing(LedgerError::file)
				.thenComparing(LedgerError::line, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparingInt(this::columnRank));
			LedgerBundle bundle = new LedgerBundle(this.areas, this.parks, this.buildings, this.organizations,
					this.partyOrgs, this.partyOrgUnits, this.members, this.officers, this.officerAssignments,
					this.orgLinks, present);
			return new ParseResult(bundle, this.errors);
		}

		private int columnRank(LedgerError error) {
			if (error.column() == null) {
				return -1;
			}
			Sheet sheet = LedgerFile.byFileName(error.file()).map(this.sheets::get).orElse(null);
			Integer position = (sheet != null) ? sheet.positions.get(error.column()) : null;
			return (position != null) ? position : Integer.MAX_VALUE;
		}

		private static int fileRank(String file) {
			if (BUNDLE.equals(file)) {
				return -1;
			}
			return LedgerFile.byFileName(file).map(Enum::ordinal).orElse(LedgerFile.values().length);
		}

		private void checkFileNames() {
			List<String> known = new ArrayList<>();
			for (LedgerFile file : LedgerFile.values()) {
				known.add(file.fileName());
			}
			for (String name : new TreeSet<>(this.files.keySet())) {
				// areas.geojson is read by AreaBoundaries
				if (LedgerFile.byFileName(name).isPresent() || AreaBoundaries.FILE_NAME.equals(name)) {
					continue;
				}
				String closest = null;
				int best = Integer.MAX_VALUE;
				for (String candidate : known) {
					int d = editDistance(name.toLowerCase(Locale.ROOT), candidate);
					if (d < best) {
						best = d;
						closest = candidate;
					}
				}
				String hint = (best <= 3) ? " Did you mean " + closest + "?" : "";
				this.errors.add(new LedgerError(name, null, null, "unknown file \"" + name
						+ "\": a bundle holds only " + String.join(", ", known) + "; it would be ignored." + hint));
			}
			if (!this.files.containsKey(LedgerFile.ORGANIZATIONS.fileName())) {
				this.errors.add(new LedgerError(LedgerFile.ORGANIZATIONS.fileName(), null, null,
						"organizations.csv is missing; every bundle must have it"));
			}
		}

		private static int editDistance(String a, String b) {
			int[] prev = new int[b.length() + 1];
			int[] cur = new int[b.length() + 1];
			for (int j = 0; j <= b.length(); j++) {
				prev[j] = j;
			}
			for (int i = 1; i <= a.length(); i++) {
				cur[0] = i;
				for (int j = 1; j <= b.length(); j++) {
					int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
					cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
				}
				int[] t = prev;
				prev = cur;
				cur = t;
			}
			return prev[b.length()];
		}

		// ---- files ----

		private void readAreas(Sheet s) {
			while (s.next()) {
				String code = s.id("code", IdKind.AREA);
				String name = s.required("name");
				AreaLevel level = s.enumValue("level", AreaLevel.vocabulary(), true);
				String parent = s.ref("parent_code", IdKind.AREA);
				if (code != null) {
					this.areas.add(new AreaRow(s.line, code, name, level, parent));
				}
			}
		}

		private void readParks(Sheet s) {
			while (s.next()) {
				String id = s.id("id", IdKind.PARK);
				String name = s.required("name");
				String area = s.requiredRef("area_code", IdKind.AREA);
				GeoPoint location = s.location();
				if (id != null) {
					this.parks.add(new ParkRow(s.line, id, name, area, location));
				}
			}
		}

		private void readBuildings(Sheet s) {
			while (s.next()) {
				String id = s.id("id", IdKind.BUILDING);
				String name = s.required("name");
				String park = s.ref("park_id", IdKind.PARK);
				String area = s.requiredRef("area_code", IdKind.AREA);
				GeoPoint location = s.location();
				if (id != null) {
					this.buildings.add(new BuildingRow(s.line, id, name, park, area, location));
				}
			}
		}

		private void readOrganizations(Sheet s) {
			while (s.next()) {
				String id = s.id("id", IdKind.ORGANIZATION);
				String name = s.required("name");
				OrganizationKind kind = s.enumValue("kind", OrganizationKind.vocabulary(), true);
				IndustryCode industry = s.industry("industry_code");
				Integer employees = s.integer("employees", 0, Integer.MAX_VALUE, "a whole number ≥ 0");
				Boolean aboveScale = s.bool("above_scale");
				String area = s.requiredRef("area_code", IdKind.AREA);
				String park = s.ref("park_id", IdKind.PARK);
				String building = s.ref("building_id", IdKind.BUILDING);
				GeoPoint location = s.location();
				OrganizationStatus status = s.enumValue("status", OrganizationStatus.vocabulary(), false);
				LocalDate verifiedOn = s.date("verified_on");
				NoPartyOrgReason noPartyOrgReason = s.enumValue("no_party_org_reason", NoPartyOrgReason.vocabulary(), false);
				LocalDate plannedOn = s.date("planned_on");
				Boolean ownerIsMember = s.bool("owner_is_member");
				Double revenue = s.decimal("revenue", 0, Double.MAX_VALUE, "an amount ≥ 0 in 万元 (e.g. 1250.5)");
				Ownership ownership = s.enumValue("ownership", Ownership.vocabulary(), false);
				if (id != null) {
					this.organizations.add(new OrganizationRow(s.line, id, name, kind, industry, employees, aboveScale,
							area, park, building, location, (status != null) ? status : OrganizationStatus.ACTIVE,
							verifiedOn, noPartyOrgReason, plannedOn, ownerIsMember, revenue, ownership));
				}
			}
		}

		private void readPartyOrgs(Sheet s) {
			while (s.next()) {
				String id = s.id("id", IdKind.PARTY_ORGANIZATION);
				String name = s.required("name");
				PartyOrgLevel level = s.enumValue("level", PartyOrgLevel.vocabulary(), true);
				Formation formation = s.enumValue("formation", Formation.vocabulary(), true);
				String parent = s.ref("parent_id", IdKind.PARTY_ORGANIZATION);
				String area = s.ref("area_code", IdKind.AREA);
				String park = s.ref("park_id", IdKind.PARK);
				Integer stars = s.integer("stars", 0, 5, "a whole number from 0 to 5");
				LocalDate foundedOn = s.date("founded_on");
				LocalDate termEndsOn = s.date("term_ends_on");
				Boolean hasSecretary = s.bool("has_secretary");
				Boolean secretaryTrained = s.bool("secretary_trained");
				PartyOrgRating rating = s.enumValue("rating", PartyOrgRating.vocabulary(), false);
				if (id != null) {
					this.partyOrgs.add(new PartyOrgRow(s.line, id, name, level, formation, parent, area, park, stars,
							foundedOn, termEndsOn, hasSecretary, secretaryTrained, rating));
				}
			}
		}

		private void readPartyOrgUnits(Sheet s) {
			Set<String> pairs = new HashSet<>();
			while (s.next()) {
				String partyOrg = s.requiredRef("party_org_id", IdKind.PARTY_ORGANIZATION);
				String organization = s.requiredRef("organization_id", IdKind.ORGANIZATION);
				if (partyOrg != null && organization != null && pairs.add(partyOrg + '\u0000' + organization)) {
					this.partyOrgUnits.add(new PartyOrgUnitRow(s.line, partyOrg, organization));
				}
			}
		}

		private void readMembers(Sheet s) {
			Map<String, Integer> ids = new HashMap<>();
			String range = "a year from " + MIN_BIRTH_YEAR + " to " + this.currentYear;
			while (s.next()) {
				String id = s.required("id");
				if (id != null && !s.unique("id", id, ids, "member")) {
					id = null;
				}
				MemberStatus status = s.enumValue("status", MemberStatus.vocabulary(), true);
				String partyOrg = s.ref("party_org_id", IdKind.PARTY_ORGANIZATION);
				String employer = s.ref("employer_id", IdKind.ORGANIZATION);
				Integer birthYear = s.integer("birth_year", MIN_BIRTH_YEAR, this.currentYear, range);
				Education education = s.enumValue("education", Education.vocabulary(), false);
				Boolean mobile = s.bool("mobile");
				LocalDate joinedOn = s.date("joined_on");
				LocalDate probationEndsOn = s.date("probation_ends_on");
				if (id != null) {
					this.members.add(new MemberRow(s.line, id, status, partyOrg, employer, birthYear, education, mobile,
							joinedOn, probationEndsOn));
				}
			}
		}

		private void readOfficers(Sheet s) {
			while (s.next()) {
				String id = s.id("id", IdKind.OFFICER);
				String name = s.required("name");
				String area = s.requiredRef("area_code", IdKind.AREA);
				if (id != null) {
					this.officers.add(new OfficerRow(s.line, id, name, area));
				}
			}
		}

		private void readOfficerAssignments(Sheet s) {
			Set<String> pairs = new HashSet<>();
			while (s.next()) {
				String officer = s.requiredRef("officer_id", IdKind.OFFICER);
				String organization = s.requiredRef("organization_id", IdKind.ORGANIZATION);
				LocalDate since = s.date("since");
				if (officer != null && organization != null && pairs.add(officer + '\u0000' + organization)) {
					this.officerAssignments.add(new OfficerAssignmentRow(s.line, officer, organization, since));
				}
			}
		}

		private void readOrgLinks(Sheet s) {
			Set<String> triples = new HashSet<>();
			while (s.next()) {
				String from = s.requiredRef("from_id", IdKind.ORGANIZATION);
				String to = s.requiredRef("to_id", IdKind.ORGANIZATION);
				TieKind kind = s.enumValue("kind", TieKind.vocabulary(), true);
				Double share = s.decimal("share", 0, 1, "a decimal from 0 to 1");
				if (from != null && from.equals(to)) {
					s.error("to_id", s.label("to_id") + ": \"" + to + "\" is the same organization as "
							+ s.label("from_id") + "; an organization cannot be tied to itself");
				}
				if (from != null && to != null && kind != null && triples.add(from + '\u0000' + to + '\u0000' + kind)) {
					this.orgLinks.add(new OrgLinkRow(s.line, from, to, kind, share));
				}
			}
		}

		// ---- whole-bundle checks ----

		private void checkReferences() {
			for (IdKind kind : IdKind.values()) {
				List<Ref> list = this.refs.get(kind);
				Map<String, Integer> inBundle = this.defined.get(kind);
				Set<String> outside = new HashSet<>();
				for (Ref ref : list) {
					if (!inBundle.containsKey(ref.id())) {
						outside.add(ref.id());
					}
				}
				if (outside.isEmpty()) {
					continue;
				}
				Set<String> existing = this.store.existing(kind, Set.copyOf(outside));
				for (Ref ref : list) {
					if (!inBundle.containsKey(ref.id()) && (existing == null || !existing.contains(ref.id()))) {
						this.errors.add(new LedgerError(ref.file(), ref.line(), ref.column(), ref.label() + ": \""
								+ ref.id() + "\" is not " + article(noun(kind)) + " in this bundle or in the store"));
					}
				}
			}
		}

		private static String article(String noun) {
			return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
		}

		// Reports each cycle of parent links once, at its member with the smallest line.
		private <T> void checkCycles(LedgerFile file, List<T> rows, Function<T, String> id,
				Function<T, String> parent, Function<T, Integer> line, String parentColumn, String noun) {
			Sheet sheet = this.sheets.get(file);
			if (sheet == null || rows.isEmpty()) {
				return;
			}
			Map<String, T> byId = new HashMap<>();
			for (T row : rows) {
				byId.putIfAbsent(id.apply(row), row);
			}
			Map<String, Boolean> onPath = new HashMap<>(); // true while on the current walk, false when done
			for (T row : rows) {
				List<String> path = new ArrayList<>();
				String cur = id.apply(row);
				while (cur != null && byId.containsKey(cur) && !onPath.containsKey(cur)) {
					onPath.put(cur, true);
					path.add(cur);
					cur = parent.apply(byId.get(cur));
				}
				if (cur != null && Boolean.TRUE.equals(onPath.get(cur))) {
					List<String> cycle = path.subList(path.indexOf(cur), path.size());
					T first = cycle.stream().map(byId::get).min(Comparator.comparing(line)).orElseThrow();
					String chain = cycle.stream().collect(Collectors.joining(" → ")) + " → " + cycle.get(0);
					this.errors.add(new LedgerError(file.fileName(), line.apply(first), sheet.written(parentColumn),
							sheet.label(parentColumn) + ": the " + noun + " parents form a cycle " + chain));
				}
				for (String done : path) {
					onPath.put(done, false);
				}
			}
		}

		// One open CSV file: header mapping, current record, and cell parsers that record errors.
		private final class Sheet {

			private final LedgerFile file;

			private final String name;

			private final Map<String, Integer> index = new HashMap<>();

			private final Map<String, String> written = new HashMap<>();

			private final List<Integer> unnamed = new ArrayList<>();

			// Header as written → its position, to order errors of one line by column.
			private final Map<String, Integer> positions = new HashMap<>();

			private int width;

			private CsvReader reader;

			private List<String> cells;

			int line;

			Sheet(LedgerFile file) {
				this.file = file;
				this.name = file.fileName();
			}

			boolean open(byte[] bytes) {
				// The lenient decoder is several times faster; only a replacement character in its
				// output calls for the strict check (a genuine U+FFFD in the file is allowed).
				String text = new String(bytes, StandardCharsets.UTF_8);
				if (text.indexOf('\uFFFD') >= 0) {
					try {
						StandardCharsets.UTF_8.newDecoder()
							.onMalformedInput(CodingErrorAction.REPORT)
							.onUnmappableCharacter(CodingErrorAction.REPORT)
							.decode(ByteBuffer.wrap(bytes));
					}
					catch (CharacterCodingException ex) {
						fileError("the file is not UTF-8 text (Excel saves GBK by default: use \"Save as → CSV UTF-8\")");
						return false;
					}
				}
				this.reader = new CsvReader(text);
				CsvReader.Record header = this.reader.next();
				if (header == null) {
					fileError("the file is empty; it needs at least the header row");
					return false;
				}
				if (header.error() != null) {
					Run.this.errors.add(new LedgerError(this.name, header.line(), null,
							"the header row is not valid CSV: " + header.error()));
				}
				Map<String, Column> byKey = new HashMap<>();
				List<Column> columns = COLUMNS.get(this.file);
				for (Column column : columns) {
					byKey.put(headerKey(column.name()), column);
					for (String alias : column.chinese()) {
						byKey.put(headerKey(alias), column);
					}
				}
				this.width = header.cells().size();
				for (int i = 0; i < this.width; i++) {
					String raw = header.cells().get(i).strip();
					this.positions.putIfAbsent(raw, i);
					if (raw.isEmpty()) {
						this.unnamed.add(i);
						continue;
					}
					Column column = byKey.get(headerKey(raw));
					if (column == null) {
						Run.this.errors.add(new LedgerError(this.name, header.line(), raw, "unknown column \"" + raw
								+ "\"; " + this.name + " has the columns "
								+ columns.stream().map(LedgerParser::describe).collect(Collectors.joining(", "))));
					}
					else if (this.index.containsKey(column.name())) {
						Run.this.errors.add(new LedgerError(this.name, header.line(), raw, "column \"" + raw
								+ "\" appears twice (also as \"" + this.written.get(column.name()) + "\")"));
					}
					else {
						this.index.put(column.name(), i);
						this.written.put(column.name(), raw);
					}
				}
				for (Column column : columns) {
					if (column.required() && !this.index.containsKey(column.name())) {
						Run.this.errors.add(new LedgerError(this.name, header.line(), null,
								"the required column " + describe(column) + " is missing"));
					}
				}
				return true;
			}

			/** Advances to the next well-formed, non-blank record. */
			boolean next() {
				while (true) {
					CsvReader.Record record = this.reader.next();
					if (record == null) {
						this.cells = null;
						return false;
					}
					this.line = record.line();
					this.cells = record.cells();
					if (record.error() != null) {
						Run.this.errors.add(new LedgerError(this.name, this.line, null,
								"the row is not valid CSV: " + record.error()));
						continue;
					}
					if (blank(this.cells)) {
						continue;
					}
					if (this.cells.size() != this.width) {
						Run.this.errors.add(new LedgerError(this.name, this.line, null, "the row has "
								+ this.cells.size() + " cells but the header has " + this.width
								+ " (an unquoted comma in a cell?)"));
						continue;
					}
					boolean stray = false;
					for (int i : this.unnamed) {
						if (!this.cells.get(i).isBlank()) {
							Run.this.errors.add(new LedgerError(this.name, this.line, null, "cell " + (i + 1) + " (\""
									+ this.cells.get(i).strip() + "\") is under a column without a header"));
							stray = true;
						}
					}
					if (!stray) {
						return true;
					}
				}
			}

			// Rows of only commas (Excel leaves them after deleted rows) count as blank lines.
			private static boolean blank(List<String> cells) {
				for (String cell : cells) {
					if (!cell.isBlank()) {
						return false;
					}
				}
				return true;
			}

			String written(String column) {
				return this.written.get(column);
			}

			/** The header as written, or the English name when the column is absent. */
			String label(String column) {
				String w = this.written.get(column);
				return (w != null) ? w : column;
			}

			void fileError(String message) {
				Run.this.errors.add(new LedgerError(this.name, null, null, message));
			}

			void error(String column, String message) {
				Run.this.errors.add(new LedgerError(this.name, this.line, this.written.get(column), message));
			}

			void invalid(String column, String value, String expected) {
				error(column, label(column) + ": \"" + value + "\" is not " + expected);
			}

			/** The trimmed cell, or null when empty or the column is absent. */
			String get(String column) {
				Integer i = this.index.get(column);
				if (i == null) {
					return null;
				}
				String value = this.cells.get(i);
				if (value.isEmpty()) {
					return null;
				}
				value = value.strip();
				return value.isEmpty() ? null : value;
			}

			String required(String column) {
				String value = get(column);
				if (value == null && this.index.containsKey(column)) {
					error(column, label(column) + " is required but empty");
				}
				return value;
			}

			/** A required id that must be unique in the file; null if missing or a duplicate. */
			String id(String column, IdKind kind) {
				String id = required(column);
				if (id == null) {
					return null;
				}
				return unique(column, id, Run.this.defined.get(kind), noun(kind)) ? id : null;
			}

			boolean unique(String column, String id, Map<String, Integer> seen, String noun) {
				Integer first = seen.putIfAbsent(id, this.line);
				if (first != null) {
					error(column, label(column) + ": \"" + id + "\" appears again; the " + noun + " is already on line "
							+ first);
					return false;
				}
				return true;
			}

			String ref(String column, IdKind kind) {
				return addRef(column, get(column), kind);
			}

			String requiredRef(String column, IdKind kind) {
				return addRef(column, required(column), kind);
			}

			private String addRef(String column, String id, IdKind kind) {
				if (id != null) {
					Run.this.refs.get(kind).add(new Ref(this.name, this.line, this.written.get(column), label(column), id));
				}
				return id;
			}

			<E extends Enum<E> & Aliased> E enumValue(String column, Vocabulary<E> vocabulary, boolean required) {
				String value = required ? required(column) : get(column);
				if (value == null) {
					return null;
				}
				E e = vocabulary.find(value).orElse(null);
				if (e == null) {
					invalid(column, value, "one of " + vocabulary.allowed());
				}
				return e;
			}

			Integer integer(String column, int min, int max, String expected) {
				String value = get(column);
				if (value == null) {
					return null;
				}
				Long n = parseLong(value);
				if (n == null || n < min || n > max) {
					invalid(column, value, expected);
					return null;
				}
				return n.intValue();
			}

			Double decimal(String column, double min, double max, String expected) {
				String value = get(column);
				if (value == null) {
					return null;
				}
				Double d = parseDecimal(value);
				if (d == null || d < min || d > max) {
					invalid(column, value, expected);
					return null;
				}
				return d;
			}

			Boolean bool(String column) {
				String value = get(column);
				if (value == null) {
					return null;
				}
				switch (value.toLowerCase(Locale.ROOT)) {
					case "true", "是", "1", "yes", "y" -> {
						return Boolean.TRUE;
					}
					case "false", "否", "0", "no", "n" -> {
						return Boolean.FALSE;
					}
					default -> {
						invalid(column, value, "a yes/no value (true/false, 是/否, 1/0)");
						return null;
					}
				}
			}

			LocalDate date(String column) {
				String value = get(column);
				if (value == null) {
					return null;
				}
				// LocalDate.parse alone would accept "+2026-01-01"; a ledger date is exactly yyyy-MM-dd.
				if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
					try {
						return LocalDate.parse(value);
					}
					catch (DateTimeParseException ex) {
						// reported below
					}
				}
				invalid(column, value, "a date in the form yyyy-MM-dd (e.g. 2026-03-31)");
				return null;
			}

			IndustryCode industry(String column) {
				String value = get(column);
				if (value == null) {
					return null;
				}
				try {
					return IndustryCode.parse(value);
				}
				catch (IllegalArgumentException ex) {
					error(column, label(column) + ": " + ex.getMessage());
					return null;
				}
			}

			/** lat/lon/crs of the row converted to WGS-84; null when both are empty or any is bad. */
			GeoPoint location() {
				String latText = get("lat");
				String lonText = get("lon");
				Crs crs = enumValue("crs", Crs.vocabulary(), false);
				Double lat = decimal("lat", -90, 90, "a latitude from -90 to 90");
				Double lon = decimal("lon", -180, 180, "a longitude from -180 to 180");
				if (latText == null && lonText == null) {
					return null;
				}
				if (latText == null || lonText == null) {
					String missing = (latText == null) ? "lat" : "lon";
					String given = (latText == null) ? "lon" : "lat";
					error((this.index.containsKey(missing)) ? missing : given, label(missing) + " is empty but "
							+ label(given) + " is given; give both or neither");
					return null;
				}
				if (lat == null || lon == null || (crs == null && get("crs") != null)) {
					return null;
				}
				return Geo.toWgs84(lat, lon, (crs != null) ? crs : Crs.WGS84);
			}
		}
	}

	// [+-]digits, at most 18 of them, without regex; null if anything else.
	private static Long parseLong(String s) {
		int i = 0;
		int n = s.length();
		boolean negative = false;
		if (n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
			negative = s.charAt(0) == '-';
			i = 1;
		}
		if (i == n || n - i > 18) {
			return null;
		}
		long value = 0;
		for (; i < n; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return null;
			}
			value = value * 10 + (c - '0');
		}
		return negative ? -value : value;
	}

	// Plain decimals only ([+-]digits[.digits]): Double.parseDouble would also take "NaN", "1e3", "2d".
	private static Double parseDecimal(String s) {
		int i = 0;
		int n = s.length();
		if (n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
			i = 1;
		}
		int digits = 0;
		boolean dot = false;
		for (; i < n; i++) {
			char c = s.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
			}
			else if (c == '.' && !dot) {
				dot = true;
			}
			else {
				return null;
			}
		}
		return (digits > 0) ? Double.parseDouble(s) : null;
	}
}
