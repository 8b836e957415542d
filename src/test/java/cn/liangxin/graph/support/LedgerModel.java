package cn.liangxin.graph.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import cn.liangxin.graph.domain.Crs;
import cn.liangxin.graph.domain.Geo;
import cn.liangxin.graph.domain.GeoPoint;
import cn.liangxin.graph.ledger.CsvReader;

/**
 * A ledger bundle read straight from its CSV files into plain maps, for tests that
 * compute expected answers independently of the service's import and Cypher: areas with
 * their parents, parks, buildings, organizations (park through the building, location in
 * WGS-84), member counts by employer, covered organizations, officers and their
 * assignments, ties.
 */
public final class LedgerModel {

	/**
	 * An organization as the ledger gives it; {@code park} is its own or its building's.
	 */
	public record Org(String id, String name, String industry, int employees, String area, String park, String building,
			GeoPoint location, String status) {

		public boolean active() {
			return "ACTIVE".equals(this.status);
		}
	}

	/** An officer; {@code location} is the optional lat/lon of officers.csv. */
	public record Officer(String id, String name, String area, GeoPoint location) {
	}

	public final Map<String, String> areaParent = new HashMap<>();

	public final Map<String, String> areaLevel = new HashMap<>();

	public final Map<String, String> areaName = new HashMap<>();

	public final Map<String, String> parkArea = new HashMap<>();

	public final Map<String, String> parkName = new HashMap<>();

	public final Map<String, String> buildingName = new HashMap<>();

	public final Map<String, Org> orgs = new TreeMap<>();

	/** Full members by employer. */
	public final Map<String, Integer> full = new HashMap<>();

	/** FULL + PROBATIONARY members by employer. */
	public final Map<String, Integer> members = new HashMap<>();

	public final Set<String> organizationCovered = new HashSet<>();

	public final Map<String, Officer> officers = new TreeMap<>();

	/** Officer id → organization ids it guides. */
	public final Map<String, List<String>> guides = new TreeMap<>();

	/** Ties as [from, to, kind]. */
	public final List<String[]> ties = new ArrayList<>();

	public static LedgerModel of(Map<String, byte[]> bundle) {
		LedgerModel m = new LedgerModel();
		Map<String, String> buildingPark = new HashMap<>();
		m.rows(bundle, "areas.csv", r -> {
			m.areaParent.put(r.get("code"), blank(r.get("parent_code")));
			m.areaLevel.put(r.get("code"), r.get("level"));
			m.areaName.put(r.get("code"), r.get("name"));
		});
		m.rows(bundle, "parks.csv", r -> {
			m.parkArea.put(r.get("id"), r.get("area_code"));
			m.parkName.put(r.get("id"), r.get("name"));
		});
		m.rows(bundle, "buildings.csv", r -> {
			buildingPark.put(r.get("id"), blank(r.get("park_id")));
			m.buildingName.put(r.get("id"), r.get("name"));
		});
		m.rows(bundle, "organizations.csv", r -> {
			String building = blank(r.get("building_id"));
			String park = blank(r.get("park_id"));
			if (park == null && building != null) {
				park = buildingPark.get(building);
			}
			String employees = blank(r.get("employees"));
			String status = blank(r.get("status"));
			m.orgs.put(r.get("id"),
					new Org(r.get("id"), r.get("name"), blank(r.get("industry_code")),
							employees == null ? 0 : Integer.parseInt(employees), r.get("area_code"), park, building,
							location(r), status == null ? "ACTIVE" : status));
		});
		m.rows(bundle, "members.csv", r -> {
			String employer = blank(r.get("employer_id"));
			if (employer != null) {
				if ("FULL".equals(r.get("status"))) {
					m.full.merge(employer, 1, Integer::sum);
				}
				m.members.merge(employer, 1, Integer::sum);
			}
		});
		m.rows(bundle, "party_org_units.csv", r -> m.organizationCovered.add(r.get("organization_id")));
		m.rows(bundle, "officers.csv", r -> m.officers.put(r.get("id"),
				new Officer(r.get("id"), r.get("name"), r.get("area_code"), location(r))));
		m.rows(bundle, "officer_assignments.csv",
				r -> m.guides.computeIfAbsent(r.get("officer_id"), k -> new ArrayList<>())
					.add(r.get("organization_id")));
		m.rows(bundle, "org_links.csv",
				r -> m.ties.add(new String[] { r.get("from_id"), r.get("to_id"), r.get("kind") }));
		return m;
	}

	/** Whether {@code area} is {@code ancestor} or lies below it. */
	public boolean within(String area, String ancestor) {
		for (String a = area; a != null; a = this.areaParent.get(a)) {
			if (a.equals(ancestor)) {
				return true;
			}
		}
		return false;
	}

	/** Codes of the areas of a level, sorted. */
	public List<String> areasOfLevel(String level) {
		return this.areaLevel.entrySet()
			.stream()
			.filter(e -> e.getValue().equals(level))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	/**
	 * Whether an organization is in a scope written {@code area:CODE}, {@code park:ID} or
	 * {@code all}.
	 */
	public boolean inScope(Org o, String scope) {
		if (scope.equals("all")) {
			return true;
		}
		if (scope.startsWith("park:")) {
			return scope.substring(5).equals(o.park());
		}
		return o.area() != null && within(o.area(), scope.substring(5));
	}

	/** Organization-covered, or guided by some officer. */
	public boolean workCovered(String organizationId) {
		return this.organizationCovered.contains(organizationId)
				|| this.guides.values().stream().anyMatch(ids -> ids.contains(organizationId));
	}

	private void rows(Map<String, byte[]> bundle, String file, Consumer<Map<String, String>> row) {
		byte[] bytes = bundle.get(file);
		if (bytes == null) {
			return;
		}
		List<CsvReader.Record> records = CsvReader.readAll(new String(bytes, StandardCharsets.UTF_8));
		List<String> header = records.get(0).cells().stream().map(String::strip).toList();
		for (CsvReader.Record r : records.subList(1, records.size())) {
			Map<String, String> cells = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				cells.put(header.get(i), i < r.cells().size() ? r.cells().get(i).strip() : "");
			}
			row.accept(cells);
		}
	}

	private static GeoPoint location(Map<String, String> r) {
		String lat = blank(r.get("lat"));
		String lon = blank(r.get("lon"));
		if (lat == null || lon == null) {
			return null;
		}
		String crs = blank(r.get("crs"));
		return Geo.toWgs84(Double.parseDouble(lat), Double.parseDouble(lon),
				crs == null ? Crs.WGS84 : Crs.valueOf(crs));
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
