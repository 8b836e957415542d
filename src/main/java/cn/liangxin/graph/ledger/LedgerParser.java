package cn.liangxin.graph.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
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
import java.util.function.Supplier;
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
 * Reads and validates a ledger bundle (docs/ledger-format.md) without touching the store,
 * except for one {@link KnownIds} question per kind of id about references the bundle
 * does not resolve. Every error of the bundle is collected, ordered by file (in
 * {@link LedgerFile} order) and line, up to {@link ImportLimits#maxErrors()} of them and
 * a last one counting the rest; a row or file past the other limits stops the parse with
 * a {@link BundleException} naming where. Thread-safe: each {@link #parse} call works on
 * its own state.
 */
public final class LedgerParser {

	/** Oldest accepted birth year of a member. */
	public static final int MIN_BIRTH_YEAR = 1900;

	private static final String BUNDLE = "(bundle)";

	private static final Map<LedgerFile, List<Column>> COLUMNS = columns();

	private final Clock clock;

	private final ImportLimits limits;

	/** A parser that takes "the current year" (for birth years) from the system clock. */
	public LedgerParser() {
		this(Clock.systemDefaultZone());
	}

	/** A parser with a fixed clock, for reproducible tests. */
	public LedgerParser(Clock clock) {
		this(clock, ImportLimits.DEFAULTS);
	}

	/** A parser with the system clock under the given limits. */
	public LedgerParser(ImportLimits limits) {
		this(Clock.systemDefaultZone(), limits);
	}

	/** A parser with a fixed clock under the given limits. */
	public LedgerParser(Clock clock, ImportLimits limits) {
		this.clock = clock;
		this.limits = limits;
	}

	/**
	 * Parses and validates a bundle.
	 * @param files file name (e.g. {@code organizations.csv}) to its bytes
	 * @param store the ids already in the store; null means an empty store
	 */
	public ParseResult parse(Map<String, byte[]> files, KnownIds store) {
		return parse(files, store, LedgerText.CHINESE);
	}

	/**
	 * Parses and validates a bundle, wording every error in the given language.
	 * @param files file name to bytes: CSV files named as in docs/ledger-format.md, or
	 * .xlsx workbooks whose sheets are named by file stem or Chinese name
	 */
	public ParseResult parse(Map<String, byte[]> files, KnownIds store, LedgerText text) {
		return new Run(files, (store != null) ? store : KnownIds.NONE, Year.now(this.clock).getValue(), text,
				this.limits)
			.parse();
	}

	/**
	 * The columns of a file in contract order: what the template, the export and the docs
	 * are made from.
	 */
	public static List<Column> columns(LedgerFile file) {
		return COLUMNS.get(file);
	}

	/**
	 * What a column holds, for the template's validations and notes and the export's
	 * formatting.
	 */
	public enum Type {

		TEXT, INTEGER, DECIMAL, BOOLEAN, DATE, ENUM

	}

	/**
	 * One column of a file: its English name, its Chinese alias(es) (the first is the
	 * template's header), whether it is required, and its type (the vocabulary of an ENUM
	 * column).
	 */
	public record Column(String name, boolean required, List<String> chinese, Type type, Vocabulary<?> vocabulary) {

		Column as(Type t) {
			return new Column(this.name, this.required, this.chinese, t, null);
		}

		Column oneOf(Vocabulary<?> v) {
			return new Column(this.name, this.required, this.chinese, Type.ENUM, v);
		}
	}

	private static Column req(String name, String... chinese) {
		return new Column(name, true, List.of(chinese), Type.TEXT, null);
	}

	private static Column opt(String name, String... chinese) {
		return new Column(name, false, List.of(chinese), Type.TEXT, null);
	}

	/**
	 * Columns a clerk's sheet often has that carry nothing for the ledger (序号 row
	 * numbers, notes).
	 */
	static final Set<String> IGNORED_COLUMNS = Set.of("序号", "备注", "说明");

	/** A workbook's sheet that is read by people only: the template's instructions. */
	static final String INSTRUCTIONS_SHEET = "填写说明";

	private static final Charset GB18030 = Charset.forName("GB18030");

	private static Map<LedgerFile, List<Column>> columns() {
		Map<LedgerFile, List<Column>> map = new EnumMap<>(LedgerFile.class);
		// Both 所在区划 and 所属区划 are used for the same thing in practice; accept either
		// everywhere.
		map.put(LedgerFile.AREAS, List.of(req("code", "区划代码"), req("name", "名称"),
				req("level", "层级").oneOf(AreaLevel.vocabulary()), opt("parent_code", "上级区划代码")));
		map.put(LedgerFile.PARKS,
				List.of(req("id", "园区编号"), req("name", "园区名称"), req("area_code", "所在区划", "所属区划"),
						opt("lat", "纬度").as(Type.DECIMAL), opt("lon", "经度").as(Type.DECIMAL),
						opt("crs", "坐标系").oneOf(Crs.vocabulary())));
		map.put(LedgerFile.BUILDINGS,
				List.of(req("id", "楼宇编号"), req("name", "楼宇名称"), opt("park_id", "园区编号"),
						req("area_code", "所在区划", "所属区划"), opt("lat", "纬度").as(Type.DECIMAL),
						opt("lon", "经度").as(Type.DECIMAL), opt("crs", "坐标系").oneOf(Crs.vocabulary())));
		map.put(LedgerFile.ORGANIZATIONS, List.of(req("id", "统一社会信用代码"), req("name", "单位名称"),
				req("kind", "单位类型").oneOf(OrganizationKind.vocabulary()), opt("industry_code", "行业代码"),
				opt("employees", "从业人员数").as(Type.INTEGER), opt("above_scale", "规模以上").as(Type.BOOLEAN),
				req("area_code", "所在区划", "所属区划"), opt("park_id", "园区编号"), opt("building_id", "楼宇编号"),
				opt("lat", "纬度").as(Type.DECIMAL), opt("lon", "经度").as(Type.DECIMAL),
				opt("crs", "坐标系").oneOf(Crs.vocabulary()), opt("status", "状态").oneOf(OrganizationStatus.vocabulary()),
				opt("verified_on", "核实日期").as(Type.DATE),
				opt("no_party_org_reason", "未建党组织原因").oneOf(NoPartyOrgReason.vocabulary()),
				opt("planned_on", "计划组建日期").as(Type.DATE), opt("owner_is_member", "出资人是否党员").as(Type.BOOLEAN),
				opt("revenue", "营业收入(万元)", "营业收入（万元）").as(Type.DECIMAL),
				opt("ownership", "经济类型").oneOf(Ownership.vocabulary())));
		map.put(LedgerFile.PARTY_ORGS, List.of(req("id", "党组织编号"), req("name", "党组织名称"),
				req("level", "组织层级").oneOf(PartyOrgLevel.vocabulary()),
				req("formation", "组建方式").oneOf(Formation.vocabulary()), opt("parent_id", "上级党组织"),
				opt("area_code", "所在区划", "所属区划"), opt("park_id", "园区编号"), opt("stars", "星级").as(Type.INTEGER),
				opt("founded_on", "成立日期").as(Type.DATE), opt("term_ends_on", "换届日期").as(Type.DATE),
				opt("has_secretary", "是否配备书记").as(Type.BOOLEAN), opt("secretary_trained", "书记是否培训").as(Type.BOOLEAN),
				opt("rating", "分类定级").oneOf(PartyOrgRating.vocabulary())));
		map.put(LedgerFile.PARTY_ORG_UNITS, List.of(req("party_org_id", "党组织编号"), req("organization_id", "统一社会信用代码")));
		map.put(LedgerFile.MEMBERS, List.of(req("id", "党员编号"), req("status", "党员类别").oneOf(MemberStatus.vocabulary()),
				opt("party_org_id", "所在党组织"), opt("employer_id", "工作单位"), opt("birth_year", "出生年份").as(Type.INTEGER),
				opt("education", "学历").oneOf(Education.vocabulary()), opt("mobile", "流动党员").as(Type.BOOLEAN),
				opt("joined_on", "入党日期").as(Type.DATE), opt("probation_ends_on", "预备期满日期").as(Type.DATE)));
		// An officer's own location (驻点) is where the assignment planner measures
		// distances from.
		map.put(LedgerFile.OFFICERS,
				List.of(req("id", "指导员编号"), req("name", "姓名"), req("area_code", "所属区划", "所在区划"),
						opt("lat", "纬度").as(Type.DECIMAL), opt("lon", "经度").as(Type.DECIMAL),
						opt("crs", "坐标系").oneOf(Crs.vocabulary())));
		map.put(LedgerFile.OFFICER_ASSIGNMENTS, List.of(req("officer_id", "指导员编号"), req("organization_id", "统一社会信用代码"),
				opt("since", "起始日期").as(Type.DATE)));
		map.put(LedgerFile.ORG_LINKS, List.of(req("from_id", "单位A"), req("to_id", "单位B"),
				req("kind", "关系类型").oneOf(TieKind.vocabulary()), opt("share", "持股比例").as(Type.DECIMAL)));
		return map;
	}

	private static String headerKey(String header) {
		return header.strip().toLowerCase(Locale.ROOT);
	}

	private static String describe(Column column) {
		return column.name() + " (" + String.join("/", column.chinese()) + ")";
	}

	// A reference from a cell to an id of some kind, checked once all files are read.
	private record Ref(Run.Sheet sheet, int line, String column, String id) {
	}

	// The errors of one parse: the first max are kept, the rest only counted (a file of a
	// million
	// bad rows must not become a million messages in memory and in the answer).
	private static final class Errors extends ArrayList<LedgerError> {

		private final int max;

		int dropped;

		Errors(int max) {
			this.max = max;
		}

		@Override
		public boolean add(LedgerError error) {
			if (size() >= this.max) {
				this.dropped++;
				return false;
			}
			return super.add(error);
		}

		// Past the cap: for the one error that counts the others.
		List<LedgerError> all() {
			return new java.util.AbstractList<>() {

				@Override
				public LedgerError get(int index) {
					return Errors.this.get(index);
				}

				@Override
				public int size() {
					return Errors.this.size();
				}

				@Override
				public void add(int index, LedgerError error) {
					Errors.super.add(index, error);
				}
			};
		}

	}

	// Where a ledger file comes from: a CSV file, or a sheet of a workbook.
	private record Input(String file, String sheet, byte[] csv, XlsxReader workbook) {
	}

	// The state of one parse call.
	private static final class Run {

		private final Map<String, byte[]> files;

		private final KnownIds store;

		private final int currentYear;

		private final LedgerText text;

		private final ImportLimits limits;

		private final Errors errors;

		// The ledger file each input (file, or file and sheet) holds, to order its
		// errors.
		private final Map<String, LedgerFile> origins = new HashMap<>();

		private final List<XlsxReader> workbooks = new ArrayList<>();

		// First line of each id defined in the bundle, per kind; also serves duplicate
		// detection.
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

		Run(Map<String, byte[]> files, KnownIds store, int currentYear, LedgerText text, ImportLimits limits) {
			this.limits = limits;
			this.errors = new Errors(limits.maxErrors());
			this.files = files;
			this.store = store;
			this.currentYear = currentYear;
			this.text = text;
			for (IdKind kind : IdKind.values()) {
				this.defined.put(kind, new HashMap<>());
				this.refs.put(kind, new ArrayList<>());
			}
		}

		ParseResult parse() {
			try {
				return read();
			}
			finally {
				this.workbooks.forEach(XlsxReader::close);
			}
		}

		private ParseResult read() {
			Map<LedgerFile, Input> inputs = inputs();
			Set<String> present = new LinkedHashSet<>();
			for (LedgerFile file : LedgerFile.values()) {
				Input input = inputs.get(file);
				if (input == null) {
					continue;
				}
				present.add(file.fileName());
				Sheet sheet = new Sheet(file, input);
				if (!sheet.open()) {
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
			this.store.bundleRead(!this.errors.isEmpty());
			checkReferences();
			checkCycles(LedgerFile.AREAS, this.areas, AreaRow::code, AreaRow::parentCode, AreaRow::line, "parent_code",
					this.text.t("noun.AREA"));
			checkCycles(LedgerFile.PARTY_ORGS, this.partyOrgs, PartyOrgRow::id, PartyOrgRow::parentId,
					PartyOrgRow::line, "parent_id", this.text.t("noun.PARTY_ORGANIZATION"));
			// Within a line, errors follow the columns of the file, as the planner reads
			// them.
			this.errors.sort(Comparator.comparing(this::fileRank)
				.thenComparing(LedgerError::file)
				.thenComparing(LedgerError::sheet, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(LedgerError::line, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparingInt(this::columnRank));
			if (this.errors.dropped > 0) {
				this.errors.all()
					.add(new LedgerError(BUNDLE, null, null,
							this.text.t("limit.errors", this.errors.dropped, this.limits.maxErrors())));
			}
			LedgerBundle bundle = new LedgerBundle(this.areas, this.parks, this.buildings, this.organizations,
					this.partyOrgs, this.partyOrgUnits, this.members, this.officers, this.officerAssignments,
					this.orgLinks, present);
			return new ParseResult(bundle, this.errors);
		}

		private int columnRank(LedgerError error) {
			if (error.column() == null) {
				return -1;
			}
			LedgerFile file = this.origins.get(origin(error.file(), error.sheet()));
			Sheet sheet = (file != null) ? this.sheets.get(file) : null;
			Integer position = (sheet != null) ? sheet.positions.get(error.column()) : null;
			return (position != null) ? position : Integer.MAX_VALUE;
		}

		private int fileRank(LedgerError error) {
			if (BUNDLE.equals(error.file())) {
				return -1;
			}
			LedgerFile file = this.origins.get(origin(error.file(), error.sheet()));
			if (file == null && error.sheet() == null) {
				file = LedgerFile.byFileName(error.file()).orElse(null);
			}
			return (file != null) ? file.ordinal() : LedgerFile.values().length;
		}

		private static String origin(String file, String sheet) {
			return (sheet == null) ? file : file + '\u0000' + sheet;
		}

		// Which input holds each ledger file: CSV files by name, workbook sheets by stem
		// or Chinese name.
		private Map<LedgerFile, Input> inputs() {
			Map<LedgerFile, Input> inputs = new EnumMap<>(LedgerFile.class);
			List<String> known = new ArrayList<>();
			for (LedgerFile file : LedgerFile.values()) {
				known.add(file.fileName());
			}
			for (String name : new TreeSet<>(this.files.keySet())) {
				LedgerFile file = LedgerFile.byFileName(name).orElse(null);
				if (file != null) {
					add(inputs, file, new Input(name, null, this.files.get(name), null));
				}
				else if (AreaBoundaries.FILE_NAME.equals(name)) {
					// read by AreaBoundaries
				}
				else if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
					addWorkbook(inputs, name, this.files.get(name));
				}
				else {
					this.errors.add(new LedgerError(name, null, null, this.text.t("bundle.unknownFile", name,
							String.join(", ", known), hint(name.toLowerCase(Locale.ROOT), known))));
				}
			}
			if (!inputs.containsKey(LedgerFile.ORGANIZATIONS)) {
				this.errors.add(new LedgerError(LedgerFile.ORGANIZATIONS.fileName(), null, null,
						this.text.t("bundle.missingOrganizations")));
			}
			return inputs;
		}

		private void addWorkbook(Map<LedgerFile, Input> inputs, String name, byte[] bytes) {
			XlsxReader workbook;
			try {
				workbook = new XlsxReader(bytes, this.limits);
			}
			catch (XlsxReader.UnreadableException ex) {
				this.errors.add(new LedgerError(name, null, null, this.text.t("bundle.unreadableWorkbook")));
				return;
			}
			this.workbooks.add(workbook);
			List<String> names = new ArrayList<>();
			for (LedgerFile file : LedgerFile.values()) {
				names.add(file.stem() + "/" + file.sheetName());
			}
			for (String sheet : workbook.sheetNames()) {
				if (sheet.strip().equals(INSTRUCTIONS_SHEET)) {
					continue;
				}
				LedgerFile file = LedgerFile.bySheetName(sheet).orElse(null);
				if (file != null) {
					add(inputs, file, new Input(name, sheet, null, workbook));
					continue;
				}
				boolean empty;
				try {
					empty = workbook.rows(sheet).isEmpty();
				}
				catch (XlsxReader.UnreadableException ex) {
					empty = false;
				}
				// Excel adds empty sheets (Sheet1, Sheet2) of its own: only one with
				// content is a mistake.
				if (!empty) {
					List<String> stems = new ArrayList<>();
					for (LedgerFile f : LedgerFile.values()) {
						stems.add(f.stem());
					}
					this.errors.add(new LedgerError(name, sheet, null, null, null, this.text.t("bundle.unknownSheet",
							sheet, String.join(", ", names), hint(sheet.strip().toLowerCase(Locale.ROOT), stems))));
				}
			}
		}

		private void add(Map<LedgerFile, Input> inputs, LedgerFile file, Input input) {
			Input previous = inputs.putIfAbsent(file, input);
			if (previous != null) {
				this.errors.add(new LedgerError(input.file(), input.sheet(), null, null, null,
						this.text.t("bundle.twice", file.fileName(), where(previous), where(input))));
				return;
			}
			this.origins.put(origin(input.file(), input.sheet()), file);
		}

		private static String where(Input input) {
			return (input.sheet() == null) ? input.file() : input.file() + " / " + input.sheet();
		}

		private String hint(String name, List<String> candidates) {
			String closest = null;
			int best = Integer.MAX_VALUE;
			for (String candidate : candidates) {
				int d = editDistance(name, candidate);
				if (d < best) {
					best = d;
					closest = candidate;
				}
			}
			return (best <= 3) ? this.text.t("bundle.didYouMean", closest) : "";
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
				Integer employees = s.integer("employees", 0, Integer.MAX_VALUE, "expect.wholeNumber");
				Boolean aboveScale = s.bool("above_scale");
				String area = s.requiredRef("area_code", IdKind.AREA);
				String park = s.ref("park_id", IdKind.PARK);
				String building = s.ref("building_id", IdKind.BUILDING);
				GeoPoint location = s.location();
				OrganizationStatus status = s.enumValue("status", OrganizationStatus.vocabulary(), false);
				LocalDate verifiedOn = s.date("verified_on");
				NoPartyOrgReason noPartyOrgReason = s.enumValue("no_party_org_reason", NoPartyOrgReason.vocabulary(),
						false);
				LocalDate plannedOn = s.date("planned_on");
				Boolean ownerIsMember = s.bool("owner_is_member");
				Double revenue = s.decimal("revenue", 0, Double.MAX_VALUE, "expect.revenue");
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
				Integer stars = s.integer("stars", 0, 5, "expect.wholeNumberRange", 0, 5);
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
			while (s.next()) {
				String id = s.required("id");
				if (id != null && !s.unique("id", id, ids, this.text.t("noun.MEMBER"))) {
					id = null;
				}
				MemberStatus status = s.enumValue("status", MemberStatus.vocabulary(), true);
				String partyOrg = s.ref("party_org_id", IdKind.PARTY_ORGANIZATION);
				String employer = s.ref("employer_id", IdKind.ORGANIZATION);
				Integer birthYear = s.integer("birth_year", MIN_BIRTH_YEAR, this.currentYear, "expect.year",
						MIN_BIRTH_YEAR, this.currentYear);
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
				GeoPoint location = s.location();
				if (id != null) {
					this.officers.add(new OfficerRow(s.line, id, name, area, location));
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
				Double share = s.decimal("share", 0, 1, "expect.share");
				if (from != null && from.equals(to)) {
					s.error("to_id", this.text.t("ref.selfTie", s.label("to_id"), to, s.label("from_id")));
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
						ref.sheet()
							.errorAt(ref.line(), ref.column(), this.text.t("ref.unknown",
									ref.sheet().label(ref.column()), ref.id(), this.text.t("a." + kind.name())));
					}
				}
			}
		}

		// Reports each cycle of parent links once, at its member with the smallest line.
		private <T> void checkCycles(LedgerFile file, List<T> rows, Function<T, String> id, Function<T, String> parent,
				Function<T, Integer> line, String parentColumn, String noun) {
			Sheet sheet = this.sheets.get(file);
			if (sheet == null || rows.isEmpty()) {
				return;
			}
			Map<String, T> byId = new HashMap<>();
			for (T row : rows) {
				byId.putIfAbsent(id.apply(row), row);
			}
			Map<String, Boolean> onPath = new HashMap<>(); // true while on the current
															// walk, false when done
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
					sheet.errorAt(line.apply(first), parentColumn,
							this.text.t("ref.cycle", sheet.label(parentColumn), noun, chain));
				}
				for (String done : path) {
					onPath.put(done, false);
				}
			}
		}

		// One open ledger file (a CSV file or a workbook sheet): header mapping, current
		// record, and
		// cell parsers that record errors. Both kinds of input reach the same cell
		// parsers (LedgerCells).
		final class Sheet {

			private final LedgerFile file;

			private final String name;

			private final String sheetName;

			private final Input input;

			private final Map<String, Integer> index = new HashMap<>();

			private final Map<String, String> written = new HashMap<>();

			private final List<Integer> unnamed = new ArrayList<>();

			// Header as written → its position, to order errors of one line by column.
			private final Map<String, Integer> positions = new HashMap<>();

			private int width;

			private Supplier<CsvReader.Record> reader;

			private List<String> cells;

			int line;

			private int rows;

			private List<String> header = List.of();

			// The header as written above a column letter, once the header is read.
			private String headerAt(String letter) {
				if (letter == null) {
					return null;
				}
				int i = org.apache.poi.ss.util.CellReference.convertColStringToIndex(letter);
				return (i < this.header.size() && !this.header.get(i).isBlank()) ? this.header.get(i).strip() : null;
			}

			Sheet(LedgerFile file, Input input) {
				this.file = file;
				this.input = input;
				this.name = input.file();
				this.sheetName = input.sheet();
			}

			private boolean workbook() {
				return this.input.workbook() != null;
			}

			boolean open() {
				if (workbook()) {
					List<CsvReader.Record> rows;
					try {
						rows = this.input.workbook().rows(this.sheetName);
					}
					catch (XlsxReader.UnreadableException ex) {
						fileError(Run.this.text.t("bundle.unreadableWorkbook"));
						return false;
					}
					catch (BundleException ex) {
						throw ex.in(this.name, this.sheetName, null);
					}
					Iterator<CsvReader.Record> it = rows.iterator();
					this.reader = () -> it.hasNext() ? it.next() : null;
				}
				else {
					String csv = decodeUpToAnOverlongCell(this.input.csv(), Run.this.limits.maxCellChars());
					if (csv == null) {
						fileError(Run.this.text.t("file.notText"));
						return false;
					}
					CsvReader csvReader = new CsvReader(csv, Run.this.limits);
					this.reader = csvReader::next;
				}
				Supplier<CsvReader.Record> records = this.reader;
				this.reader = () -> {
					try {
						return records.get();
					}
					catch (BundleException ex) {
						throw ex.in(this.name, this.sheetName, headerAt(ex.error().columnLetter()));
					}
				};
				CsvReader.Record header = this.reader.get();
				// A title row above the header (one filled cell, e.g. "2026年第三季度两新组织台账")
				// is skipped.
				if (header != null && header.error() == null && filled(header.cells()) == 1) {
					header = this.reader.get();
				}
				if (header == null) {
					fileError(Run.this.text.t("file.empty"));
					return false;
				}
				if (header.error() != null) {
					Run.this.errors.add(new LedgerError(this.name, this.sheetName, header.line(), null, null,
							Run.this.text.t("file.headerNotCsv", csvError(header))));
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
				this.header = header.cells();
				for (int i = 0; i < this.width; i++) {
					String raw = header.cells().get(i).strip();
					this.positions.putIfAbsent(raw, i);
					if (raw.isEmpty()) {
						this.unnamed.add(i);
						continue;
					}
					if (IGNORED_COLUMNS.contains(raw)) {
						continue;
					}
					Column column = byKey.get(headerKey(raw));
					if (column == null) {
						Run.this.errors.add(new LedgerError(this.name, this.sheetName, header.line(), raw,
								LedgerCells.columnLetter(i),
								Run.this.text.t("header.unknown", LedgerText.quote(raw), this.file.fileName(),
										columns.stream()
											.map(LedgerParser::describe)
											.collect(Collectors.joining(", ")))));
					}
					else if (this.index.containsKey(column.name())) {
						Run.this.errors.add(new LedgerError(this.name, this.sheetName, header.line(), raw,
								LedgerCells.columnLetter(i),
								Run.this.text.t("header.twice", raw, this.written.get(column.name()))));
					}
					else {
						this.index.put(column.name(), i);
						this.written.put(column.name(), raw);
					}
				}
				for (Column column : columns) {
					if (column.required() && !this.index.containsKey(column.name())) {
						Run.this.errors.add(new LedgerError(this.name, this.sheetName, header.line(), null, null,
								Run.this.text.t("header.missing", describe(column))));
					}
				}
				return true;
			}

			// A run of bytes without a comma or a line break lies inside one cell, and a
			// run this long holds more than maxCellChars characters whatever the encoding
			// (at most 4 bytes a character, at most every other one a doubled quote): the
			// file is decoded only up to there, where the reader stops at that cell with
			// its line and column, so a 50 MB cell costs neither its decoding nor its
			// characters. The cut backs off to a character's first byte (UTF-8, or up to
			// 3
			// more for GB18030).
			private static String decodeUpToAnOverlongCell(byte[] bytes, int maxCellChars) {
				long longest = 8L * (maxCellChars + 1) + 8;
				long run = 0;
				for (int i = 0; i < bytes.length; i++) {
					byte b = bytes[i];
					if (b == ',' || b == '\n' || b == '\r') {
						run = 0;
					}
					else if (++run > longest) {
						int cut = i;
						while (cut > 0 && (bytes[cut] & 0xC0) == 0x80) {
							cut--;
						}
						for (int back = 0; back < 4; back++) {
							String text = decode(Arrays.copyOf(bytes, cut - back));
							if (text != null) {
								return text;
							}
						}
						return null;
					}
				}
				return decode(bytes);
			}

			// UTF-8 (with or without BOM) unless the bytes are not UTF-8 but are GB18030
			// (which
			// includes GBK, what Chinese Excel saves "CSV (逗号分隔)" in); null when neither.
			private static String decode(byte[] bytes) {
				// The lenient decoder is several times faster; only a replacement
				// character in its
				// output calls for the strict checks (a genuine U+FFFD in the file is
				// allowed).
				String text = new String(bytes, StandardCharsets.UTF_8);
				if (text.indexOf('\uFFFD') < 0 || strict(StandardCharsets.UTF_8, bytes) != null) {
					return text;
				}
				return strict(GB18030, bytes);
			}

			private static String strict(Charset charset, byte[] bytes) {
				try {
					return charset.newDecoder()
						.onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT)
						.decode(ByteBuffer.wrap(bytes))
						.toString();
				}
				catch (CharacterCodingException ex) {
					return null;
				}
			}

			private String csvError(CsvReader.Record record) {
				return (record.errorKey() != null) ? Run.this.text.t(record.errorKey(), record.errorArg())
						: record.error();
			}

			private static int filled(List<String> cells) {
				int n = 0;
				for (String cell : cells) {
					if (!cell.isBlank()) {
						n++;
					}
				}
				return n;
			}

			/** Advances to the next well-formed, non-blank record. */
			boolean next() {
				while (true) {
					CsvReader.Record record = this.reader.get();
					if (record == null) {
						this.cells = null;
						return false;
					}
					if (++this.rows > Run.this.limits.maxRows()) {
						throw BundleException.tooLarge(this.name, record.line(), "limit.rows",
								Run.this.limits.maxRows());
					}
					this.line = record.line();
					this.cells = record.cells();
					if (record.error() != null) {
						Run.this.errors.add(new LedgerError(this.name, this.sheetName, this.line, null, null,
								Run.this.text.t("row.notCsv", csvError(record))));
						continue;
					}
					if (blank(this.cells)) {
						continue;
					}
					if (workbook()) {
						// A sheet row ends at its last filled cell: pad it to the header;
						// a filled cell
						// right of the header has no column.
						for (int i = this.width; i < this.cells.size(); i++) {
							if (!this.cells.get(i).isBlank()) {
								this.unnamed.add(i);
							}
						}
						List<String> padded = new ArrayList<>(this.cells);
						while (padded.size() < this.width) {
							padded.add("");
						}
						this.cells = padded;
					}
					else if (this.cells.size() != this.width) {
						Run.this.errors.add(new LedgerError(this.name, this.sheetName, this.line, null, null,
								Run.this.text.t("row.width", this.cells.size(), this.width)));
						continue;
					}
					boolean stray = false;
					for (int i : this.unnamed) {
						if (i < this.cells.size() && !this.cells.get(i).isBlank()) {
							Run.this.errors.add(new LedgerError(this.name, this.sheetName, this.line, null,
									LedgerCells.columnLetter(i),
									Run.this.text.t("row.stray", workbook() ? LedgerCells.columnLetter(i) : i + 1,
											LedgerText.quote(this.cells.get(i).strip()))));
							stray = true;
						}
					}
					if (workbook()) {
						this.unnamed.removeIf(i -> i >= this.width);
					}
					if (!stray) {
						return true;
					}
				}
			}

			// Rows of only commas (Excel leaves them after deleted rows) count as blank
			// lines.
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
				Run.this.errors.add(new LedgerError(this.name, this.sheetName, null, null, null, message));
			}

			void error(String column, String message) {
				errorAt(this.line, column, message);
			}

			/** An error at a line (row) and a column given by its English name. */
			void errorAt(int line, String column, String message) {
				Integer i = this.index.get(column);
				Run.this.errors.add(new LedgerError(this.name, this.sheetName, line, this.written.get(column),
						(i != null) ? LedgerCells.columnLetter(i) : null, message));
			}

			void invalid(String column, String value, String expectedKey, Object... args) {
				error(column, Run.this.text.t("cell.invalid", label(column), LedgerText.quote(value),
						Run.this.text.t(expectedKey, args)));
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
					error(column, Run.this.text.t("cell.required", label(column)));
				}
				return value;
			}

			/**
			 * A required id that must be unique in the file; null if missing or a
			 * duplicate.
			 */
			String id(String column, IdKind kind) {
				String id = code(column, required(column));
				if (id == null) {
					return null;
				}
				return unique(column, id, Run.this.defined.get(kind), Run.this.text.t("noun." + kind.name())) ? id
						: null;
			}

			// A code Excel turned into 3.10121E+11 is reported as such: its digits cannot
			// be recovered.
			private String code(String column, String value) {
				if (value != null && LedgerCells.scientific(value)) {
					error(column, Run.this.text.t("cell.scientific", label(column), LedgerText.quote(value)));
					return null;
				}
				return value;
			}

			boolean unique(String column, String id, Map<String, Integer> seen, String noun) {
				Integer first = seen.putIfAbsent(id, this.line);
				if (first != null) {
					error(column, Run.this.text.t("cell.again", label(column), id, noun, first));
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

			private String addRef(String column, String value, IdKind kind) {
				String id = code(column, value);
				if (id != null) {
					Run.this.refs.get(kind).add(new Ref(this, this.line, column, id));
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
					invalid(column, value, "expect.oneOf", vocabulary.allowed());
				}
				return e;
			}

			/**
			 * A whole number (thousands separators and full-width digits allowed) from
			 * min to max.
			 */
			Integer integer(String column, int min, int max, String expectedKey, Object... args) {
				String value = get(column);
				if (value == null) {
					return null;
				}
				Long n = LedgerCells.integer(value);
				if (n == null || n < min || n > max) {
					invalid(column, value, expectedKey, args);
					return null;
				}
				return n.intValue();
			}

			Double decimal(String column, double min, double max, String expectedKey) {
				String value = get(column);
				if (value == null) {
					return null;
				}
				Double d = LedgerCells.decimal(value);
				if (d == null || d < min || d > max) {
					invalid(column, value, expectedKey);
					return null;
				}
				return d;
			}

			Boolean bool(String column) {
				String value = get(column);
				if (value == null) {
					return null;
				}
				Boolean b = LedgerCells.bool(value);
				if (b == null) {
					invalid(column, value, "expect.yesNo");
				}
				return b;
			}

			LocalDate date(String column) {
				String value = get(column);
				if (value == null) {
					return null;
				}
				LocalDate date = LedgerCells.date(value);
				if (date == null) {
					invalid(column, value, "expect.date");
				}
				return date;
			}

			IndustryCode industry(String column) {
				String value = get(column);
				if (value == null) {
					return null;
				}
				try {
					return IndustryCode.parse(LedgerCells.fold(value));
				}
				catch (IndustryCode.Invalid ex) {
					// industry.SHAPE, industry.NO_SECTION, …: the same facts in the
					// ledger's language
					Object[] args = new Object[ex.arguments().size() + 1];
					args[0] = label(column);
					for (int i = 0; i < ex.arguments().size(); i++) {
						args[i + 1] = ex.arguments().get(i);
					}
					error(column, Run.this.text.t("industry." + ex.problem().name(), args));
					return null;
				}
			}

			/**
			 * lat/lon/crs of the row converted to WGS-84; null when both are empty or any
			 * is bad.
			 */
			GeoPoint location() {
				String latText = get("lat");
				String lonText = get("lon");
				Crs crs = enumValue("crs", Crs.vocabulary(), false);
				Double lat = decimal("lat", -90, 90, "expect.latitude");
				Double lon = decimal("lon", -180, 180, "expect.longitude");
				if (latText == null && lonText == null) {
					return null;
				}
				if (latText == null || lonText == null) {
					String missing = (latText == null) ? "lat" : "lon";
					String given = (latText == null) ? "lon" : "lat";
					error((this.index.containsKey(missing)) ? missing : given,
							Run.this.text.t("cell.halfLocation", label(missing), label(given)));
					return null;
				}
				if (lat == null || lon == null || (crs == null && get("crs") != null)) {
					return null;
				}
				return Geo.toWgs84(lat, lon, (crs != null) ? crs : Crs.WGS84);
			}

		}

	}

}
