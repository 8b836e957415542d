package cn.liangxin.graph.demo;

import cn.liangxin.graph.domain.Crs;
import cn.liangxin.graph.domain.GeoPoint;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.liangxin.graph.demo.Industries.Industry;

/**
 * Writes a synthetic but plausible city as a ledger bundle (docs/ledger-format.md):
 * areas, parks, buildings, organizations, party organizations and what they cover,
 * members, guidance officers and their assignments, and ties between organizations.
 *
 * <p>
 * Deterministic: the same {@link CityParameters} give the same bytes. Streaming: the city
 * is generated community by community and rows go to the files as they are made; only one
 * community's organizations (a few hundred) and one street's places are held at a time,
 * so a million organizations need little heap.
 *
 * <p>
 * Every gap the analytics look for occurs on purpose: organizations without members,
 * small units with 1–2 full members left uncovered (joint-branch candidates), units with
 * 3 or more full members and no party organization (应建未建) or only a joint one
 * (graduation), joint branches covering more than five units, branches over 50 members,
 * coverage of deregistered units, members registered nowhere or elsewhere (口袋党员),
 * overloaded officers and stale rows.
 */
public final class CityGenerator {

	/**
	 * The bundle's files in writing order, each with exactly the header of
	 * ledger-format.md.
	 */
	public static final Map<String, String> HEADERS = headers();

	/** The areas' boundaries, written beside the CSV files (one feature per area). */
	public static final String AREAS_GEOJSON = "areas.geojson";

	private static final String[] EDUCATION = { "BELOW_COLLEGE", "COLLEGE", "BACHELOR", "POSTGRADUATE", "" };

	private static final double[] EDUCATION_WEIGHTS = { 10, 22, 50, 14, 4 };

	// Half the spacing of the street grid of a district (see district()): a street's
	// cell.
	private static final double STREET_HALF_LAT = 0.01;

	private static final double STREET_HALF_LON = 0.012;

	private static final String[] WQ_OWNERSHIP = { "PRIVATE", "FOREIGN", "HK_MACAO_TAIWAN", "COLLECTIVE", "OTHER",
			null };

	private static final double[] WQ_OWNERSHIP_WEIGHTS = { 82, 4, 4, 2, 2, 6 };

	// reasons other than the member count, weighted as district reports list them
	private static final String[] WQ_REASONS = { "OWNER_UNSUPPORTIVE", "NOT_GUIDED", "BEING_BUILT", "OTHER" };

	private static final double[] WQ_REASON_WEIGHTS = { 30, 25, 30, 15 };

	private static final String[] WQ_RATINGS = { "ADVANCED", "GOOD", "AVERAGE", "WEAK", null };

	private static final double[] WQ_RATING_WEIGHTS = { 15, 40, 30, 5, 10 };

	private static final String[] WQ_PROSPECT_EDUCATION = { "COLLEGE", "BACHELOR", "POSTGRADUATE", "" };

	private static final double[] WQ_PROSPECT_EDUCATION_WEIGHTS = { 25, 55, 15, 5 };

	/**
	 * Writes the bundle into {@code dir} (created if missing; files of the same name are
	 * replaced).
	 * @return rows written per file, header excluded, in {@link #HEADERS} order
	 */
	public Map<String, Long> writeBundle(CityParameters parameters, Path dir) throws IOException {
		Files.createDirectories(dir);
		return generate(parameters, file -> {
			try {
				return Files.newOutputStream(dir.resolve(file));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * The bundle as file name → UTF-8 bytes, for small cities such as the demo district
	 * the service imports at start-up (about 3,000 organizations make about 1 MB).
	 */
	public static Map<String, byte[]> inMemoryBundle(CityParameters parameters) {
		Map<String, ByteArrayOutputStream> buffers = new LinkedHashMap<>();
		generate(parameters, file -> buffers.computeIfAbsent(file, f -> new ByteArrayOutputStream(1 << 16)));
		Map<String, byte[]> bundle = new LinkedHashMap<>();
		buffers.forEach((file, buffer) -> bundle.put(file, buffer.toByteArray()));
		return bundle;
	}

	/**
	 * Zips a written bundle; entries carry a fixed time so the zip is as deterministic as
	 * the files.
	 */
	public static void zip(Path dir, Path zipFile) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipFile))) {
			List<String> files = new ArrayList<>(HEADERS.keySet());
			files.add(AREAS_GEOJSON);
			for (String file : files) {
				Path source = dir.resolve(file);
				if (Files.exists(source)) {
					ZipEntry entry = new ZipEntry(file);
					entry.setTime(0L);
					zip.putNextEntry(entry);
					Files.copy(source, zip);
					zip.closeEntry();
				}
			}
		}
	}

	private static Map<String, Long> generate(CityParameters p, Function<String, OutputStream> open) {
		Map<String, CsvWriter> writers = new LinkedHashMap<>();
		Boundaries boundaries = null;
		try {
			for (Map.Entry<String, String> file : HEADERS.entrySet()) {
				Writer writer = new BufferedWriter(
						new OutputStreamWriter(open.apply(file.getKey()), StandardCharsets.UTF_8), 1 << 16);
				writers.put(file.getKey(), new CsvWriter(writer, file.getValue()));
			}
			boundaries = new Boundaries(new BufferedWriter(
					new OutputStreamWriter(open.apply(AREAS_GEOJSON), StandardCharsets.UTF_8), 1 << 16));
			new City(p, writers, boundaries).generate();
		}
		finally {
			writers.values().forEach(CsvWriter::close);
			if (boundaries != null) {
				boundaries.close();
			}
		}
		Map<String, Long> rows = new LinkedHashMap<>();
		writers.forEach((file, writer) -> rows.put(file, writer.rows()));
		rows.put(AREAS_GEOJSON, boundaries.count());
		return rows;
	}

	private static Map<String, String> headers() {
		Map<String, String> h = new LinkedHashMap<>();
		h.put("areas.csv", "code,name,level,parent_code");
		h.put("parks.csv", "id,name,area_code,lat,lon,crs");
		h.put("buildings.csv", "id,name,park_id,area_code,lat,lon,crs");
		h.put("organizations.csv", "id,name,kind,industry_code,employees,above_scale,area_code,park_id,building_id,"
				+ "lat,lon,crs,status,verified_on,no_party_org_reason,planned_on,owner_is_member,revenue,ownership");
		h.put("party_orgs.csv", "id,name,level,formation,parent_id,area_code,park_id,stars,founded_on,term_ends_on,"
				+ "has_secretary,secretary_trained,rating");
		h.put("party_org_units.csv", "party_org_id,organization_id");
		h.put("members.csv",
				"id,status,party_org_id,employer_id,birth_year,education,mobile,joined_on,probation_ends_on");
		h.put("officers.csv", "id,name,area_code,lat,lon,crs");
		h.put("officer_assignments.csv", "officer_id,organization_id,since");
		h.put("org_links.csv", "from_id,to_id,kind,share");
		return Collections.unmodifiableMap(h);
	}

	private record Place(String id, String name, String code, double lat, double lon) {
	}

	private record Park(String id, String name, double lat, double lon, String committeeId) {
	}

	private record Building(String id, String name, Park park, int community, double lat, double lon) {
	}

	private enum Kind {

		ENTERPRISE, SOCIAL_ORGANIZATION, INDIVIDUAL_BUSINESS

	}

	/**
	 * One organization of the community being generated; mutable because coverage is
	 * decided later.
	 */
	private static final class Org {

		String id;

		String name;

		Kind kind;

		Industry industry;

		int employees;

		Building building;

		Park park;

		double lat = Double.NaN;

		double lon;

		boolean deregistered;

		int full;

		int probationary;

		String coveredBy;

		List<String> branches = List.of();

		boolean wantsJoint;

		boolean active() {
			return !deregistered;
		}

		String placeKey() {
			return (building != null ? building.id() : "~") + '|' + (park != null ? park.id() : "~");
		}

	}

	/** The generation run: counters, the current street's places, and the writers. */
	private static final class City {

		private final CityParameters p;

		private final Rng rng;

		// The 五清 columns draw from their own stream, so the rest of the city is the one
		// it was before them.
		private final Rng wq;

		private long prospectSeq;

		private final CreditCodes creditCodes;

		private final CsvWriter areas, parks, buildings, organizations, partyOrgs, units, members, officers,
				assignments, links;

		private final LocalDate asOf;

		private long orgSeq, memberSeq, partyOrgSeq, officerSeq, parkSeq, buildingSeq;

		private int globalStreet;

		// big firms seen so far: the lead firms (链主) that supply chains and investments
		// point to
		private final String[] hubs = new String[64];

		private int hubCount;

		// per street
		private String streetCommittee;

		private String streetName;

		private final List<Place> communities = new ArrayList<>();

		private final List<Park> streetParks = new ArrayList<>();

		private final List<Building> streetBuildings = new ArrayList<>();

		private final List<String> streetPartyOrgs = new ArrayList<>();

		private String[] officerIds;

		private double[] officerWeights;

		private int jointInStreet;

		private final Boundaries boundaries;

		// the current street's cell {south, west, north, east}
		private double[] streetBox;

		City(CityParameters p, Map<String, CsvWriter> w, Boundaries boundaries) {
			this.p = p;
			this.boundaries = boundaries;
			this.rng = new Rng(p.seed());
			this.wq = new Rng(p.seed() * 31 + 13);
			this.creditCodes = new CreditCodes(p.seed());
			this.asOf = p.asOf();
			this.areas = w.get("areas.csv");
			this.parks = w.get("parks.csv");
			this.buildings = w.get("buildings.csv");
			this.organizations = w.get("organizations.csv");
			this.partyOrgs = w.get("party_orgs.csv");
			this.units = w.get("party_org_units.csv");
			this.members = w.get("members.csv");
			this.officers = w.get("officers.csv");
			this.assignments = w.get("officer_assignments.csv");
			this.links = w.get("org_links.csv");
		}

		void generate() {
			String cityCode = "310100000000";
			areas.cell(cityCode).cell("上海市").cell("CITY").empty().end();
			String cityCommittee = partyOrg("上海市两新组织工作党委", "COMMITTEE", "AREA", null, cityCode, null,
					daysBefore(3650, 9000));
			int[] perDistrict = split(p.organizations(), p.districts());
			int columns = (int) Math.ceil(Math.sqrt(p.districts()));
			double[] cityBox = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
			for (int d = 0; d < p.districts(); d++) {
				String prefix = "3101" + (70 + d);
				String name = d < Names.DISTRICTS.length ? Names.DISTRICTS[d] : "示范" + (d + 1) + "区";
				// districts on a grid about 9 km apart, the whole city centred on (31.2,
				// 121.5)
				double lat = 31.2 + ((d / columns) - (p.districts() - 1) / columns / 2.0) * 0.085;
				double lon = 121.5 + ((d % columns) - (Math.min(p.districts(), columns) - 1) / 2.0) * 0.1;
				String code = prefix + "000000";
				areas.cell(code).cell(name).cell("DISTRICT").cell(cityCode).end();
				String committee = partyOrg(name + "非公企业和社会组织党委", "COMMITTEE", "AREA", cityCommittee, code, null,
						daysBefore(2000, 6000));
				double[] box = district(prefix, name, code, committee, lat, lon, perDistrict[d]);
				extend(cityBox, box);
			}
			boundaries.feature(cityCode, Boundaries.rectangle(cityBox[0], cityBox[1], cityBox[2], cityBox[3]));
		}

		// box = {south, west, north, east}
		private static void extend(double[] box, double[] other) {
			box[0] = Math.min(box[0], other[0]);
			box[1] = Math.min(box[1], other[1]);
			box[2] = Math.max(box[2], other[2]);
			box[3] = Math.max(box[3], other[3]);
		}

		/**
		 * Writes a district and returns its box {south, west, north, east}: the union of
		 * its streets' cells.
		 */
		private double[] district(String prefix, String name, String code, String committee, double lat, double lon,
				int orgs) {
			double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
			int streets = p.streetsPerDistrict();
			int[] perStreet = split(orgs, streets);
			int columns = (int) Math.ceil(Math.sqrt(streets));
			int towns = 0;
			int rows = (streets + columns - 1) / columns;
			// Outer streets reach out towards the neighbouring districts (as far as half
			// the gap
			// between district grids, at most 0.02°) so that scattered organizations fall
			// inside.
			double marginLat = Math.max(0, Math.min(0.02, (0.085 - rows * 2 * STREET_HALF_LAT) / 2 - 0.0005));
			double marginLon = Math.max(0, Math.min(0.02, (0.1 - columns * 2 * STREET_HALF_LON) / 2 - 0.0005));
			for (int s = 0; s < streets; s++) {
				boolean town = rng.chance(0.2);
				String number = town ? three(100 + ++towns) : three(s + 1 - towns);
				String streetName = Names.place(globalStreet++) + (town ? "镇" : "街道");
				double sLat = lat + ((s / columns) - (streets - 1) / columns / 2.0) * 0.02;
				double sLon = lon + ((s % columns) - (Math.min(streets, columns) - 1) / 2.0) * 0.024;
				int row = s / columns;
				int column = s % columns;
				boolean lastInRow = column == columns - 1 || s == streets - 1;
				// a street with no street north of it (the top row, or the row below a
				// short top row)
				boolean northmost = s + columns >= streets;
				streetBox = new double[] { sLat - STREET_HALF_LAT - (row == 0 ? marginLat : 0),
						sLon - STREET_HALF_LON - (column == 0 ? marginLon : 0),
						sLat + STREET_HALF_LAT + (northmost ? marginLat : 0),
						sLon + STREET_HALF_LON + (lastInRow ? marginLon : 0) };
				street(prefix + number, streetName, code, committee, sLat, sLon, town, perStreet[s]);
				extend(box, streetBox);
			}
			boundaries.feature(code, Boundaries.rectangle(box[0], box[1], box[2], box[3]));
			return box;
		}

		private void street(String streetPrefix, String name, String districtCode, String districtCommittee, double lat,
				double lon, boolean town, int orgs) {
			String code = streetPrefix + "000";
			streetName = name;
			areas.cell(code).cell(name).cell("STREET").cell(districtCode).end();
			streetPartyOrgs.clear();
			streetCommittee = partyOrg(name + "两新组织综合党委", "COMMITTEE", "AREA", districtCommittee, code, null,
					daysBefore(1500, 5000));
			streetPartyOrgs.add(streetCommittee);

			communities.clear();
			int stemOffset = rng.nextInt(270);
			int villages = 0;
			for (int c = 0; c < p.communitiesPerStreet(); c++) {
				boolean village = town && rng.chance(0.4);
				int stem = (c * 17 + stemOffset) % 270;
				String cname = village ? Names.place(stem + 500) + "村"
						: Names.COMMUNITY_STEMS[stem % 30] + Names.COMMUNITY_SUFFIXES[stem / 30] + "社区";
				String ccode = streetPrefix + (village ? three(200 + ++villages) : three(c + 1 - villages));
				double cLat = lat + rng.gaussian() * 0.004;
				double cLon = lon + rng.gaussian() * 0.005;
				areas.cell(ccode).cell(cname).cell("COMMUNITY").cell(code).end();
				communities.add(new Place(null, cname, ccode, cLat, cLon));
			}

			streetParks.clear();
			streetBuildings.clear();
			int parkCount = rng.nextInt((int) Math.round(2 * p.parksPerStreet()) + 1);
			for (int k = 0; k < parkCount; k++) {
				String id = "P" + five(++parkSeq);
				String pname = Names.trade(rng) + rng.pick(Names.PARK_KINDS);
				double pLat = lat + rng.gaussian() * 0.003;
				double pLon = lon + rng.gaussian() * 0.004;
				parks.cell(id).cell(pname).cell(code);
				located(parks, pLat, pLon, 0.05);
				parks.end();
				String committee = null;
				if (rng.chance(0.75)) {
					committee = partyOrg(pname + "综合党委", "COMMITTEE", "AREA", streetCommittee, null, id,
							daysBefore(700, 3000));
					streetPartyOrgs.add(committee);
				}
				Park park = new Park(id, pname, pLat, pLon, committee);
				streetParks.add(park);
				int count = rng.between(2, p.buildingsPerPark());
				for (int b = 1; b <= count; b++) {
					building(pname + b + "号楼", park, pLat + rng.gaussian() * 0.0008, pLon + rng.gaussian() * 0.0009);
				}
			}
			int towers = rng.between(1, p.buildingsPerStreet());
			for (int b = 0; b < towers; b++) {
				building(Names.trade(rng) + rng.pick(Names.TOWER_KINDS), null, Double.NaN, Double.NaN);
			}

			// about one officer per 28 organizations; the first of each street carries
			// far more
			int officerCount = Math.max(2, (int) Math.round(orgs / 28d));
			officerIds = new String[officerCount];
			officerWeights = new double[officerCount];
			for (int i = 0; i < officerCount; i++) {
				officerIds[i] = "G" + five(++officerSeq);
				officerWeights[i] = i == 0 ? 3 : 0.3 + rng.nextDouble();
				// no base of their own: the assignment planner measures from the
				// organizations they guide
				officers.cell(officerIds[i]).cell("指导员" + officerSeq).cell(code).empty().empty().empty().end();
			}

			streetBoundaries(code);

			jointInStreet = 0;
			int[] perCommunity = split(orgs, communities.size());
			for (int c = 0; c < communities.size(); c++) {
				community(c, perCommunity[c]);
			}
		}

		// A street is its grid cell (streets are 0.02° × 0.024° apart; see district());
		// its
		// communities are the Voronoi cells of their centres (pulled inside the cell
		// first) clipped to it.
		private void streetBoundaries(String code) {
			double south = streetBox[0];
			double west = streetBox[1];
			double north = streetBox[2];
			double east = streetBox[3];
			boundaries.feature(code, Boundaries.rectangle(south, west, north, east));
			double[][] centres = new double[communities.size()][];
			for (int c = 0; c < centres.length; c++) {
				Place place = communities.get(c);
				centres[c] = new double[] { clamp(place.lat(), south, north, 0.9),
						clamp(place.lon(), west, east, 0.9) };
			}
			for (int c = 0; c < centres.length; c++) {
				List<double[]> cell = Boundaries.voronoiCell(centres, c, south, west, north, east);
				if (cell.size() >= 4) {
					boundaries.feature(communities.get(c).code(), cell);
				}
			}
		}

		private static double clamp(double value, double low, double high, double keep) {
			double mid = (low + high) / 2;
			double half = (high - low) / 2 * keep;
			return Math.max(mid - half, Math.min(mid + half, value));
		}

		private void building(String name, Park park, double lat, double lon) {
			int community = rng.nextInt(communities.size());
			Place home = communities.get(community);
			if (Double.isNaN(lat)) {
				lat = home.lat() + rng.gaussian() * 0.0015;
				lon = home.lon() + rng.gaussian() * 0.0018;
			}
			String id = "B" + six(++buildingSeq);
			buildings.cell(id).cell(name).cell(park != null ? park.id() : null).cell(home.code());
			located(buildings, lat, lon, 0.05);
			buildings.end();
			streetBuildings.add(new Building(id, name, park, community, lat, lon));
		}

		private void community(int index, int count) {
			Place home = communities.get(index);
			List<Building> here = new ArrayList<>();
			for (Building b : streetBuildings) {
				if (b.community() == index) {
					here.add(b);
				}
			}
			List<Org> orgs = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				orgs.add(draft(home, here));
			}
			cover(home, orgs);
			// links first: the big firms of this community join the hubs only afterwards
			link(orgs);
			for (Org o : orgs) {
				writeOrganization(home, o);
				writeMembers(o);
				assignOfficer(o);
			}
			// a few members work nowhere on the ledger (retired, between jobs); the
			// street holds them
			if (rng.chance(0.3)) {
				member("FULL", streetCommittee, null);
			}
		}

		private Org draft(Place home, List<Building> here) {
			Org o = new Org();
			double kindRoll = rng.nextDouble();
			o.kind = kindRoll < 0.72 ? Kind.ENTERPRISE
					: kindRoll < 0.82 ? Kind.SOCIAL_ORGANIZATION : Kind.INDIVIDUAL_BUSINESS;
			double placeRoll = rng.nextDouble();
			if (!here.isEmpty() && placeRoll < 0.35 && o.kind != Kind.INDIVIDUAL_BUSINESS) {
				o.building = here.get(rng.nextInt(here.size()));
				o.park = o.building.park();
				o.lat = o.building.lat() + rng.gaussian() * 0.0002;
				o.lon = o.building.lon() + rng.gaussian() * 0.0002;
			}
			else if (!streetParks.isEmpty() && placeRoll < 0.55 && o.kind != Kind.INDIVIDUAL_BUSINESS) {
				o.park = streetParks.get(rng.nextInt(streetParks.size()));
				o.lat = o.park.lat() + rng.gaussian() * 0.003;
				o.lon = o.park.lon() + rng.gaussian() * 0.0035;
			}
			else {
				o.lat = home.lat() + rng.gaussian() * 0.005;
				o.lon = home.lon() + rng.gaussian() * 0.006;
			}
			switch (o.kind) {
				case ENTERPRISE -> {
					o.industry = Industries.ENTERPRISE[rng.weighted(Industries.ENTERPRISE_WEIGHTS)];
					o.employees = (int) Math.min(20_000, Math.max(1, Math.round(rng.logNormal(16, 1.25))));
				}
				case SOCIAL_ORGANIZATION -> {
					o.industry = Industries.SOCIAL[rng.weighted(Industries.SOCIAL_WEIGHTS)];
					o.employees = (int) Math.min(800, Math.max(1, Math.round(rng.logNormal(9, 0.9))));
				}
				case INDIVIDUAL_BUSINESS -> {
					o.industry = Industries.INDIVIDUAL[rng.weighted(Industries.INDIVIDUAL_WEIGHTS)];
					o.employees = rng.between(1, 4) + rng.nextInt(4);
				}
			}
			o.name = name(o, home);
			drawMembers(o);
			o.deregistered = rng.chance(0.03);
			o.id = creditCode(o);
			return o;
		}

		private String creditCode(Org o) {
			String type = switch (o.kind) {
				case ENTERPRISE -> "91";
				case INDIVIDUAL_BUSINESS -> "92";
				case SOCIAL_ORGANIZATION ->
					o.industry.code().equals("S9530") ? "53" : o.industry.code().startsWith("S") ? "51" : "52";
			};
			return creditCodes.code(type, communitiesAdmin(), orgSeq++, rng.chance(0.6));
		}

		private String communitiesAdmin() {
			return communities.get(0).code().substring(0, 6);
		}

		private String name(Org o, Place home) {
			String word = rng.pick(o.industry.words());
			String district = districtName(home.code());
			return switch (o.kind) {
				case ENTERPRISE -> {
					String form = rng.chance(0.06) ? "股份有限公司" : "有限公司";
					yield "上海" + Names.trade(rng) + word + form;
				}
				case SOCIAL_ORGANIZATION -> {
					if (word.endsWith("会") && !word.endsWith("基金会")) {
						// associations are registered per district, the smaller ones per
						// street
						yield "上海市" + district + (rng.chance(0.7) ? streetName : "") + rng.pick(Names.THEMES) + word;
					}
					yield "上海市" + district + Names.trade(rng) + word;
				}
				case INDIVIDUAL_BUSINESS -> {
					String trade = rng.chance(0.4) ? rng.pick(Names.SURNAMES) + "记" : Names.trade(rng);
					yield district + trade + word;
				}
			};
		}

		private String districtName(String code) {
			int d = Integer.parseInt(code.substring(4, 6)) - 70;
			return d < Names.DISTRICTS.length ? Names.DISTRICTS[d] : "示范" + (d + 1) + "区";
		}

		// the member mix drives every coverage gap, so it is drawn per kind of
		// organization
		private void drawMembers(Org o) {
			double[] bands = switch (o.kind) {
				// none, 1–2, 3–10, 11–50, 51–300
				case ENTERPRISE -> new double[] { 52, 24, 16, 6.5, 1.5 };
				case SOCIAL_ORGANIZATION -> new double[] { 45, 30, 19, 5.5, 0.5 };
				case INDIVIDUAL_BUSINESS -> new double[] { 88, 10.5, 1.5, 0, 0 };
			};
			int total = switch (rng.weighted(bands)) {
				case 0 -> 0;
				case 1 -> rng.between(1, 2);
				case 2 -> rng.between(3, 10);
				case 3 -> rng.between(11, 50);
				default -> 51 + (int) Math.min(249, rng.logNormal(30, 0.9));
			};
			if (total == 0) {
				return;
			}
			o.probationary = total >= 4 && rng.chance(0.35) ? rng.between(1, Math.max(1, total / 8)) : 0;
			o.full = total - o.probationary;
			if (total <= 2 && rng.chance(0.1)) {
				// a lone probationary member: not yet a full member anywhere
				o.probationary = 1;
				o.full = total - 1;
			}
			// party members are a minority of the staff
			o.employees = Math.max(o.employees, total * rng.between(3, 12));
		}

		/**
		 * Decides who covers what: standalone branches, joint and affiliated ones, park
		 * committees.
		 */
		private void cover(Place home, List<Org> orgs) {
			List<Org> pool = new ArrayList<>();
			for (Org o : orgs) {
				if (o.full >= 3) {
					double roll = rng.nextDouble();
					if (roll < 0.80) {
						standalone(o);
					}
					else if (roll < 0.88) {
						o.wantsJoint = true; // covered by a joint branch only: ready to
												// graduate
					}
					// else: 应建未建, left for the SHOULD_BUILD gap
				}
				else if (o.full >= 1) {
					o.wantsJoint = rng.chance(0.45);
				}
				else {
					o.wantsJoint = o.kind != Kind.INDIVIDUAL_BUSINESS && rng.chance(0.08);
				}
				if (o.wantsJoint) {
					pool.add(o);
				}
			}
			// neighbours first: same building, then same park, then north to south
			pool.sort(Comparator.comparing(Org::placeKey).thenComparingDouble(o -> o.lat));
			int i = 0;
			while (pool.size() - i >= 2) {
				int size = jointInStreet++ % 7 == 2 ? rng.between(6, 9)
						: 2 + rng.weighted(new double[] { 35, 30, 20, 15 });
				size = Math.min(size, pool.size() - i);
				joint(home, pool.subList(i, i + size));
				i += size;
			}
			List<Org> rest = new ArrayList<>();
			for (Org o : orgs) {
				if (o.coveredBy == null && o.full <= 2) {
					rest.add(o);
				}
			}
			if (rng.chance(0.3) && !rest.isEmpty()) {
				int take = Math.min(rest.size(), rng.between(1, 3));
				String id = partyOrg(home.name() + "两新组织挂靠党支部", "BRANCH", "AFFILIATED", streetCommittee, null, null,
						daysBefore(100, 3000));
				streetPartyOrgs.add(id);
				for (int k = 0; k < take; k++) {
					Org o = rest.get(rest.size() - 1 - k);
					coverWith(id, o);
				}
			}
			for (Org o : orgs) {
				if (o.coveredBy == null && o.full == 0 && o.park != null && o.park.committeeId() != null
						&& rng.chance(0.1)) {
					coverWith(o.park.committeeId(), o);
				}
			}
		}

		private void standalone(Org o) {
			int total = o.full + o.probationary;
			String parent = parentFor(o);
			String level = total > 100 ? (rng.chance(0.85) ? "COMMITTEE" : "GENERAL_BRANCH")
					: total >= 50 ? (rng.chance(0.6) ? "GENERAL_BRANCH" : "BRANCH") : "BRANCH";
			String suffix = switch (level) {
				case "COMMITTEE" -> "委员会";
				case "GENERAL_BRANCH" -> "党总支";
				default -> "党支部";
			};
			String id = partyOrg(o.name + suffix, level, "STANDALONE", parent, null, null, daysBefore(60, 4000));
			streetPartyOrgs.add(id);
			coverWith(id, o);
			if (!level.equals("BRANCH")) {
				// big units hold their members in branches under their own committee
				int count = Math.min(6, (total + 39) / 40);
				List<String> branches = new ArrayList<>(count);
				for (int b = 1; b <= count; b++) {
					String branch = partyOrg(o.name + "第" + b + "党支部", "BRANCH", "STANDALONE", id, null, null,
							daysBefore(30, 3000));
					units.cell(branch).cell(o.id).end();
					branches.add(branch);
				}
				o.branches = branches;
			}
		}

		private void joint(Place home, List<Org> group) {
			Org first = group.get(0);
			boolean sameBuilding = first.building != null;
			boolean samePark = first.park != null;
			for (Org o : group) {
				sameBuilding &= o.building == first.building;
				samePark &= o.park == first.park;
			}
			String name = sameBuilding ? first.building.name() + "第" + jointInStreet + "联合党支部"
					: samePark ? first.park.name() + "第" + (jointInStreet) + "联合党支部"
							: home.name() + "两新组织第" + jointInStreet + "联合党支部";
			String id = partyOrg(name, "BRANCH", "JOINT", parentFor(first), null, null, daysBefore(30, 3000));
			streetPartyOrgs.add(id);
			for (Org o : group) {
				coverWith(id, o);
			}
		}

		private String parentFor(Org o) {
			return o.park != null && o.park.committeeId() != null ? o.park.committeeId() : streetCommittee;
		}

		private void coverWith(String partyOrgId, Org o) {
			o.coveredBy = partyOrgId;
			units.cell(partyOrgId).cell(o.id).end();
		}

		private void writeOrganization(Place home, Org o) {
			String code = o.industry.code();
			double form = rng.nextDouble();
			String industry = form < 0.07 ? o.industry.digits()
					: form < 0.08 ? code.substring(0, 3) : form < 0.09 ? null : code;
			boolean aboveScale = o.kind == Kind.ENTERPRISE
					&& (o.employees >= 300 || o.employees >= 50 && rng.chance(0.15));
			String homeCode = o.building != null ? communities.get(o.building.community()).code() : home.code();
			organizations.cell(o.id)
				.cell(o.name)
				.cell(o.kind.name())
				.cell(industry)
				.cell(o.employees)
				.cell(aboveScale)
				.cell(homeCode)
				.cell(o.park != null ? o.park.id() : null)
				.cell(o.building != null ? o.building.id() : null);
			if (rng.chance(0.02)) {
				organizations.empty().empty().empty();
			}
			else {
				located(organizations, o.lat, o.lon, 0.045);
			}
			organizations.cell(o.deregistered ? "DEREGISTERED" : "ACTIVE")
				.cell(rng.chance(0.1) ? null : daysBefore(0, 365));
			wuqing(o);
			organizations.end();
			if (o.kind == Kind.ENTERPRISE && o.employees >= 200 && o.active()) {
				hubs[hubCount++ % hubs.length] = o.id;
			}
		}

		// 未建党组织原因, 计划组建日期, 出资人是否党员, 营业收入, 经济类型 (the 五清 of an organization)
		private void wuqing(Org o) {
			String ownership = switch (o.kind) {
				case ENTERPRISE -> WQ_OWNERSHIP[wq.weighted(WQ_OWNERSHIP_WEIGHTS)];
				case INDIVIDUAL_BUSINESS -> wq.chance(0.9) ? "PRIVATE" : null;
				case SOCIAL_ORGANIZATION -> null;
			};
			String reason = null;
			String planned = null;
			if (o.coveredBy == null && o.active() && !wq.chance(0.12)) {
				// as district reports weigh them: few members first, then no members,
				// then the owner
				reason = ownership != null && !ownership.equals("PRIVATE") && !ownership.equals("COLLECTIVE")
						&& wq.chance(0.6)
								? "FOREIGN_INVESTED"
								: o.full == 0
										? (wq.chance(0.85) ? "NO_MEMBERS" : WQ_REASONS[wq.weighted(WQ_REASON_WEIGHTS)])
										: o.full <= 2
												? (wq.chance(0.8) ? "TOO_FEW_MEMBERS"
														: WQ_REASONS[wq.weighted(WQ_REASON_WEIGHTS)])
												: WQ_REASONS[wq.weighted(WQ_REASON_WEIGHTS)];
				if (o.full >= 3 || reason.equals("BEING_BUILT") || o.full >= 1 && wq.chance(0.15)) {
					planned = asOf.plusDays(wq.between(-180, 270)).toString(); // some
																				// plans
																				// already
																				// overdue
				}
			}
			// a few per cent of owners are members: 出资人是党员的企业重点开展建党
			Boolean ownerIsMember = o.kind == Kind.SOCIAL_ORGANIZATION || wq.chance(0.25) ? null
					: o.full >= 1 && wq.chance(0.12);
			String revenue = o.kind == Kind.SOCIAL_ORGANIZATION || wq.chance(0.2) ? null
					: String.format(java.util.Locale.ROOT, "%.1f", o.employees * wq.logNormal(25, 0.8));
			organizations.cell(reason).cell(planned);
			if (ownerIsMember == null) {
				organizations.empty();
			}
			else {
				organizations.cell(ownerIsMember);
			}
			organizations.cell(revenue).cell(ownership);
		}

		private void writeMembers(Org o) {
			for (int i = 0; i < o.full + o.probationary; i++) {
				member(i < o.full ? "FULL" : "PROBATIONARY", holder(o), o.id);
			}
			prospects(o);
		}

		// the recruitment pipeline: candidates (发展对象) where a unit is close to three full
		// members,
		// activists and applicants where there are young staff
		private void prospects(Org o) {
			if (!o.active() || o.kind == Kind.INDIVIDUAL_BUSINESS && !wq.chance(0.05)) {
				return;
			}
			int candidates = o.full >= 1 && o.full <= 2 && wq.chance(0.3) ? wq.between(1, 2) : wq.chance(0.06) ? 1 : 0;
			int activists = wq.chance(0.18) ? wq.between(1, 2) : 0;
			int applicants = wq.chance(0.22) ? wq.between(1, 3) : 0;
			String cultivator = o.coveredBy != null ? o.coveredBy : wq.chance(0.5) ? streetCommittee : null;
			for (int i = 0; i < candidates + activists + applicants; i++) {
				String stage = i < candidates ? "CANDIDATE" : i < candidates + activists ? "ACTIVIST" : "APPLICANT";
				// M9…: the members' own sequence never reaches it, and member ids stay as
				// they were
				members.cell("M9" + seven(++prospectSeq))
					.cell(stage)
					.cell(cultivator)
					.cell(o.id)
					.cell(asOf.getYear() - wq.between(20, 38))
					.cell(WQ_PROSPECT_EDUCATION[wq.weighted(WQ_PROSPECT_EDUCATION_WEIGHTS)])
					.cell(wq.chance(0.04))
					.empty()
					.empty()
					.end();
			}
		}

		// where the membership relation is held: usually the unit's own party
		// organization
		private String holder(Org o) {
			double r = rng.nextDouble();
			if (o.coveredBy != null) {
				if (r < 0.86) {
					return o.branches.isEmpty() ? o.coveredBy : o.branches.get(rng.nextInt(o.branches.size()));
				}
				return r < 0.93 ? null : otherPartyOrg();
			}
			return r < 0.5 ? null : otherPartyOrg();
		}

		private String otherPartyOrg() {
			return rng.chance(0.5) ? streetCommittee : streetPartyOrgs.get(rng.nextInt(streetPartyOrgs.size()));
		}

		private void member(String status, String partyOrgId, String employerId) {
			members.cell("M" + eight(++memberSeq)).cell(status).cell(partyOrgId).cell(employerId);
			Integer age = null;
			if (rng.chance(0.05)) {
				members.empty();
			}
			else {
				age = 22 + rng.nextInt(13) + rng.nextInt(13) + rng.nextInt(13);
				// owners, retired managers and advisers who stay on: a few members past
				// 60 (drawn
				// from the 五清 stream, so the rest of the city stays as it was)
				if (wq.chance(0.12)) {
					age += wq.between(10, 20);
				}
				members.cell(asOf.getYear() - age);
			}
			members.cell(EDUCATION[rng.weighted(EDUCATION_WEIGHTS)]);
			double m = rng.nextDouble();
			members.cell(m < 0.06 ? "true" : m < 0.66 ? "false" : null);
			// 入党日期 and, for probationary members, 预备期满日期 a year later: a few past due (转正
			// overdue)
			if (status.equals("PROBATIONARY")) {
				LocalDate joined = asOf.minusDays(wq.between(0, 420));
				members.cell(joined.toString()).cell(joined.plusYears(1).toString());
			}
			else {
				// joined at 18 at the earliest (up to 35 years ago when the birth year is
				// not known)
				int years = (age == null) ? 35 : Math.max(2, age - 18);
				members.cell(wq.chance(0.3) ? null : asOf.minusDays(wq.between(400, years * 365)).toString()).empty();
			}
			members.end();
		}

		// officers go where no party organization is (工作覆盖), now and then to covered
		// units too
		private void assignOfficer(Org o) {
			double chance = o.coveredBy == null ? (o.active() ? 0.45 : 0.05) : 0.03;
			if (rng.chance(chance)) {
				String officer = officerIds[rng.weighted(officerWeights)];
				assignments.cell(officer).cell(o.id).cell(daysBefore(0, 1000)).end();
			}
		}

		// in-community ties point back to an earlier neighbour, chain ties to a recent
		// big firm:
		// every link starts at a distinct organization, so no pair repeats
		private void link(List<Org> orgs) {
			for (int i = 1; i < orgs.size(); i++) {
				Org from = orgs.get(i);
				if (rng.chance(0.08)) {
					Org to = orgs.get(rng.nextInt(i));
					for (int j = i - 1; j >= 0 && j >= i - 30; j--) {
						if (from.building != null && orgs.get(j).building == from.building) {
							to = orgs.get(j);
							break;
						}
					}
					boolean companies = from.kind == Kind.ENTERPRISE && to.kind == Kind.ENTERPRISE;
					int kind = companies ? rng.weighted(new double[] { 40, 30, 15, 15 }) : 1;
					link(from.id, to.id, kind);
				}
			}
			int known = Math.min(hubCount, hubs.length);
			for (Org from : orgs) {
				if (known > 0 && from.kind == Kind.ENTERPRISE && rng.chance(0.03)) {
					String to = hubs[rng.nextInt(known)];
					if (!to.equals(from.id)) {
						link(from.id, to, rng.chance(0.75) ? 0 : 2);
					}
				}
			}
		}

		private void link(String from, String to, int kind) {
			links.cell(from).cell(to);
			switch (kind) {
				case 0 -> links.cell("SUPPLIES").empty();
				case 1 -> links.cell("COOPERATES").empty();
				case 2 -> links.cell("INVESTS_IN").cell(String.valueOf(rng.between(5, 60) / 100.0));
				default -> links.cell("SUBSIDIARY_OF").empty();
			}
			links.end();
		}

		private String partyOrg(String name, String level, String formation, String parent, String areaCode,
				String parkId, String foundedOn) {
			String id = "D" + seven(++partyOrgSeq);
			partyOrgs.cell(id).cell(name).cell(level).cell(formation).cell(parent).cell(areaCode).cell(parkId);
			if (rng.chance(0.3)) {
				partyOrgs.empty();
			}
			else {
				partyOrgs.cell(rng.weighted(new double[] { 5, 10, 25, 30, 20, 10 }));
			}
			partyOrgs.cell(rng.chance(0.05) ? null : foundedOn);
			// 换届 spread over three years (a few already overdue), secretaries, 分类定级
			partyOrgs.cell(wq.chance(0.1) ? null : asOf.plusDays(wq.between(-120, 3 * 365 - 120)).toString());
			double s = wq.nextDouble();
			if (s < 0.02) {
				partyOrgs.empty().empty();
			}
			else if (s < 0.07) {
				partyOrgs.cell(false).empty();
			}
			else {
				double t = wq.nextDouble();
				partyOrgs.cell(true);
				if (t < 0.05) {
					partyOrgs.empty();
				}
				else {
					partyOrgs.cell(t < 0.83);
				}
			}
			partyOrgs.cell(WQ_RATINGS[wq.weighted(WQ_RATING_WEIGHTS)]).end();
			return id;
		}

		// a few percent of rows come from map tools that export GCJ02 or BD09
		private void located(CsvWriter out, double lat, double lon, double otherCrs) {
			double r = rng.nextDouble();
			if (r < otherCrs * 0.65) {
				GeoPoint gcj = cn.liangxin.graph.domain.Geo.fromWgs84(new GeoPoint(lat, lon), Crs.GCJ02);
				out.coordinate(gcj.lat()).coordinate(gcj.lon()).cell("GCJ02");
			}
			else if (r < otherCrs) {
				GeoPoint bd = cn.liangxin.graph.domain.Geo.fromWgs84(new GeoPoint(lat, lon), Crs.BD09);
				out.coordinate(bd.lat()).coordinate(bd.lon()).cell("BD09");
			}
			else {
				out.coordinate(lat).coordinate(lon).cell("WGS84");
			}
		}

		private String daysBefore(int min, int max) {
			return asOf.minusDays(rng.between(min, max)).toString();
		}

		/** Splits n into k parts that differ by up to ±40 %, summing to n exactly. */
		private int[] split(int n, int k) {
			double[] w = new double[k];
			double total = 0;
			for (int i = 0; i < k; i++) {
				w[i] = 0.6 + 0.8 * rng.nextDouble();
				total += w[i];
			}
			int[] parts = new int[k];
			int assigned = 0;
			for (int i = 0; i < k; i++) {
				parts[i] = (int) Math.floor(n * w[i] / total);
				assigned += parts[i];
			}
			for (int i = 0; assigned < n; i = (i + 1) % k) {
				parts[i]++;
				assigned++;
			}
			return parts;
		}

	}

	private static String three(int n) {
		return pad(n, 3);
	}

	private static String five(long n) {
		return pad(n, 5);
	}

	private static String six(long n) {
		return pad(n, 6);
	}

	private static String seven(long n) {
		return pad(n, 7);
	}

	private static String eight(long n) {
		return pad(n, 8);
	}

	private static String pad(long n, int width) {
		String s = Long.toString(n);
		return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
	}

}
