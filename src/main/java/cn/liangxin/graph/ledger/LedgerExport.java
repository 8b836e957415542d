package cn.liangxin.graph.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.liangxin.graph.access.AreaAccess;
import cn.liangxin.graph.ledger.LedgerParser.Column;
import cn.liangxin.graph.store.GraphQueries;

/**
 * The whole ledger out ({@code GET /api/ledger/export}): a zip of the ledger CSV files in
 * the import format, with English headers, that imports into an empty store to the same
 * state.
 * <p>
 * Driven by the parser's column contract: each file's query returns its nodes' properties
 * plus their links under the camelCase name of the column ({@code area_code → areaCode}),
 * and every contract column is written from the key of that name, so a column another
 * engineer adds to the contract and stores as a property of the same name flows through
 * with no change here.
 * <p>
 * With an area, the export holds the area's organizations, parks, buildings, party
 * organizations and officers, the members working or registered there, and everything
 * those rows refer to (parent areas, covering party organizations' other units, …), so
 * that it imports on its own and, imported into the store it came from, changes nothing.
 * <p>
 * For a caller limited to an area (属地管理) that closure stops at the caller's border: only
 * rows of entities the caller sees are written (each entity placed as
 * {@link ImportAreaCheck#STORED_AREA} places it, decided by {@link AreaAccess#sees}), a
 * reference to anything else is left empty and a link row to it left out. Such an export
 * still imports on its own; it does not carry the links that leave the area, which only
 * an ADMIN's export does.
 */
@Service
@Transactional(readOnly = true)
public class LedgerExport {

	private static final Map<LedgerFile, String> ROWS = rows();

	/** Per file, the row keys that name another row, and the file that row is in. */
	private static final Map<LedgerFile, Map<String, LedgerFile>> REFERENCES = references();

	/**
	 * Files whose every row is a link: a link to a row not exported is left out whole.
	 */
	private static final Set<LedgerFile> LINKS = EnumSet.of(LedgerFile.PARTY_ORG_UNITS, LedgerFile.OFFICER_ASSIGNMENTS,
			LedgerFile.ORG_LINKS);

	/** The label each node file's rows are, for {@link ImportAreaCheck#STORED_AREA}. */
	private static final Map<LedgerFile, String> LABELS = Map.of(LedgerFile.PARKS, "Park", LedgerFile.BUILDINGS,
			"Building", LedgerFile.ORGANIZATIONS, "Organization", LedgerFile.PARTY_ORGS, "PartyOrganization",
			LedgerFile.MEMBERS, "Member", LedgerFile.OFFICERS, "Officer");

	private final GraphQueries queries;

	private final AreaAccess access;

	public LedgerExport(GraphQueries queries, AreaAccess access) {
		this.queries = queries;
		this.access = access;
	}

	private static Map<LedgerFile, Map<String, LedgerFile>> references() {
		Map<LedgerFile, Map<String, LedgerFile>> r = new EnumMap<>(LedgerFile.class);
		r.put(LedgerFile.AREAS, Map.of("parentCode", LedgerFile.AREAS));
		r.put(LedgerFile.PARKS, Map.of("areaCode", LedgerFile.AREAS));
		r.put(LedgerFile.BUILDINGS, Map.of("areaCode", LedgerFile.AREAS, "parkId", LedgerFile.PARKS));
		r.put(LedgerFile.ORGANIZATIONS,
				Map.of("areaCode", LedgerFile.AREAS, "parkId", LedgerFile.PARKS, "buildingId", LedgerFile.BUILDINGS));
		r.put(LedgerFile.PARTY_ORGS,
				Map.of("parentId", LedgerFile.PARTY_ORGS, "areaCode", LedgerFile.AREAS, "parkId", LedgerFile.PARKS));
		r.put(LedgerFile.PARTY_ORG_UNITS, Map.of("organizationId", LedgerFile.ORGANIZATIONS));
		r.put(LedgerFile.MEMBERS, Map.of("partyOrgId", LedgerFile.PARTY_ORGS, "employerId", LedgerFile.ORGANIZATIONS));
		r.put(LedgerFile.OFFICERS, Map.of("areaCode", LedgerFile.AREAS));
		r.put(LedgerFile.OFFICER_ASSIGNMENTS, Map.of("organizationId", LedgerFile.ORGANIZATIONS));
		r.put(LedgerFile.ORG_LINKS, Map.of("toId", LedgerFile.ORGANIZATIONS));
		return r;
	}

	private static Map<LedgerFile, String> rows() {
		Map<LedgerFile, String> q = new EnumMap<>(LedgerFile.class);
		// $ids null = every node; `lat`/`lon` from the stored WGS-84 point (crs stays
		// empty: WGS84).
		q.put(LedgerFile.AREAS, """
				MATCH (n:Area) WHERE $ids IS NULL OR n.code IN $ids
				OPTIONAL MATCH (n)-[:PART_OF]->(p:Area)
				RETURN n {.*, parentCode: p.code} AS row ORDER BY n.code
				""");
		q.put(LedgerFile.PARKS,
				"""
						MATCH (n:Park) WHERE $ids IS NULL OR n.id IN $ids
						OPTIONAL MATCH (n)-[:IN_AREA]->(a:Area)
						RETURN n {.*, areaCode: a.code, lat: n.location.latitude, lon: n.location.longitude} AS row ORDER BY n.id
						""");
		q.put(LedgerFile.BUILDINGS,
				"""
						MATCH (n:Building) WHERE $ids IS NULL OR n.id IN $ids
						OPTIONAL MATCH (n)-[:IN_AREA]->(a:Area)
						OPTIONAL MATCH (n)-[:IN_PARK]->(p:Park)
						RETURN n {.*, areaCode: a.code, parkId: p.id, lat: n.location.latitude, lon: n.location.longitude} AS row
						ORDER BY n.id
						""");
		q.put(LedgerFile.ORGANIZATIONS, """
				MATCH (n:Organization) WHERE $ids IS NULL OR n.id IN $ids
				OPTIONAL MATCH (n)-[:IN_AREA]->(a:Area)
				OPTIONAL MATCH (n)-[:IN_PARK]->(p:Park)
				OPTIONAL MATCH (n)-[:IN_BUILDING]->(b:Building)
				RETURN n {.*, areaCode: a.code, parkId: p.id, buildingId: b.id, lat: n.location.latitude,
				          lon: n.location.longitude} AS row
				ORDER BY n.id
				""");
		q.put(LedgerFile.PARTY_ORGS, """
				MATCH (n:PartyOrganization) WHERE $ids IS NULL OR n.id IN $ids
				OPTIONAL MATCH (n)-[:REPORTS_TO]->(parent:PartyOrganization)
				OPTIONAL MATCH (n)-[:IN_AREA]->(a:Area)
				OPTIONAL MATCH (n)-[:IN_PARK]->(p:Park)
				RETURN n {.*, parentId: parent.id, areaCode: a.code, parkId: p.id} AS row ORDER BY n.id
				""");
		q.put(LedgerFile.PARTY_ORG_UNITS, """
				MATCH (po:PartyOrganization)-[:COVERS]->(o:Organization) WHERE $ids IS NULL OR po.id IN $ids
				RETURN {partyOrgId: po.id, organizationId: o.id} AS row ORDER BY po.id, o.id
				""");
		// members.csv holds the recruitment pipeline too (:Prospect, its party
		// organization the one cultivating it)
		q.put(LedgerFile.MEMBERS, """
				MATCH (n:Member|Prospect) WHERE $ids IS NULL OR n.id IN $ids
				OPTIONAL MATCH (n)-[:MEMBER_OF|CULTIVATED_BY]->(po:PartyOrganization)
				OPTIONAL MATCH (n)-[:WORKS_AT]->(o:Organization)
				RETURN n {.*, partyOrgId: po.id, employerId: o.id} AS row ORDER BY n.id
				""");
		q.put(LedgerFile.OFFICERS,
				"""
						MATCH (n:Officer) WHERE $ids IS NULL OR n.id IN $ids
						OPTIONAL MATCH (n)-[:IN_AREA]->(a:Area)
						RETURN n {.*, areaCode: a.code, lat: n.location.latitude, lon: n.location.longitude} AS row ORDER BY n.id
						""");
		q.put(LedgerFile.OFFICER_ASSIGNMENTS, """
				MATCH (g:Officer)-[r:GUIDES]->(o:Organization) WHERE $ids IS NULL OR g.id IN $ids
				RETURN r {.*, officerId: g.id, organizationId: o.id} AS row ORDER BY g.id, o.id
				""");
		q.put(LedgerFile.ORG_LINKS, """
				MATCH (a:Organization)-[r:SUPPLIES|INVESTS_IN|SUBSIDIARY_OF|COOPERATES]->(b:Organization)
				WHERE $ids IS NULL OR a.id IN $ids
				RETURN r {.*, fromId: a.id, toId: b.id, kind: type(r)} AS row ORDER BY a.id, b.id, type(r)
				""");
		return q;
	}

	/**
	 * The zip of every ledger file (files without rows are left out, except
	 * organizations.csv).
	 * @param areaCode the area to export, or null for the whole store; the caller checks
	 * it exists
	 */
	public byte[] zip(@Nullable String areaCode) {
		Map<LedgerFile, Set<String>> ids = (areaCode == null) ? null : Closure.of(this.queries, areaCode);
		if (ids != null && this.access.limit() != null) {
			withinSight(ids);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (LedgerFile file : LedgerFile.values()) {
				Map<String, Object> parameters = new HashMap<>();
				parameters.put("ids", (ids == null) ? null : List.copyOf(ids.get(file)));
				List<Map<String, Object>> rows = this.queries.list("ledgerExport." + file.stem(), ROWS.get(file),
						parameters, r -> r.get("row").asMap(LedgerExport::plain));
				if (ids != null) {
					rows = exportedOnly(file, rows, ids);
				}
				if (rows.isEmpty() && file != LedgerFile.ORGANIZATIONS) {
					continue;
				}
				zip.putNextEntry(new ZipEntry(file.fileName()));
				zip.write(csv(file, rows));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	// Leaves out of the closure every entity the caller does not see; link files follow
	// their first column.
	private void withinSight(Map<LedgerFile, Set<String>> ids) {
		ids.get(LedgerFile.AREAS).removeIf(code -> !this.access.sees(code));
		LABELS.forEach((file, label) -> {
			if (ids.get(file).isEmpty()) {
				return;
			}
			Set<String> seen = new HashSet<>();
			for (String[] idAndArea : this.queries.list("ledgerExportArea." + file.stem(),
					ImportAreaCheck.STORED_AREA.get(label), Map.of("ids", List.copyOf(ids.get(file))),
					r -> new String[] { r.get("id").asString(),
							r.get("area").isNull() ? null : r.get("area").asString() })) {
				if (this.access.sees(idAndArea[1])) {
					seen.add(idAndArea[0]);
				}
			}
			ids.get(file).retainAll(seen);
		});
		ids.get(LedgerFile.PARTY_ORG_UNITS).retainAll(ids.get(LedgerFile.PARTY_ORGS));
		ids.get(LedgerFile.OFFICER_ASSIGNMENTS).retainAll(ids.get(LedgerFile.OFFICERS));
		ids.get(LedgerFile.ORG_LINKS).retainAll(ids.get(LedgerFile.ORGANIZATIONS));
	}

	// A reference to a row the export does not hold is left empty (a link row is left
	// out), so
	// that the export imports on its own. Only a bounded export has any: a closure holds
	// all it names.
	private static List<Map<String, Object>> exportedOnly(LedgerFile file, List<Map<String, Object>> rows,
			Map<LedgerFile, Set<String>> ids) {
		List<Map<String, Object>> kept = new ArrayList<>(rows.size());
		for (Map<String, Object> row : rows) {
			Map<String, Object> copy = null;
			boolean drop = false;
			for (var reference : REFERENCES.get(file).entrySet()) {
				Object target = row.get(reference.getKey());
				if (target != null && !ids.get(reference.getValue()).contains(String.valueOf(target))) {
					if (LINKS.contains(file)) {
						drop = true;
						break;
					}
					copy = (copy != null) ? copy : new HashMap<>(row);
					copy.put(reference.getKey(), null);
				}
			}
			if (!drop) {
				kept.add(copy != null ? copy : row);
			}
		}
		return kept;
	}

	/**
	 * One file in the import format: BOM (so Excel shows the Chinese), English header, a
	 * row per node.
	 */
	static byte[] csv(LedgerFile file, List<Map<String, Object>> rows) {
		List<Column> columns = LedgerParser.columns(file);
		List<String> keys = new ArrayList<>();
		StringBuilder b = new StringBuilder("\uFEFF");
		for (int i = 0; i < columns.size(); i++) {
			b.append(i == 0 ? "" : ",").append(columns.get(i).name());
			keys.add(camel(columns.get(i).name()));
		}
		b.append("\r\n");
		for (Map<String, Object> row : rows) {
			for (int i = 0; i < keys.size(); i++) {
				if (i > 0) {
					b.append(',');
				}
				Object value = row.get(keys.get(i));
				if (value != null) {
					b.append(quote(text(value)));
				}
			}
			b.append("\r\n");
		}
		return b.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * {@code area_code → areaCode}: the property (or link key) a column is stored under.
	 */
	static String camel(String column) {
		StringBuilder b = new StringBuilder();
		boolean up = false;
		for (char c : column.toCharArray()) {
			if (c == '_') {
				up = true;
			}
			else {
				b.append(up ? Character.toUpperCase(c) : c);
				up = false;
			}
		}
		return b.toString();
	}

	private static Object plain(Value value) {
		return value.isNull() ? null : value.asObject();
	}

	// Dates ISO, decimals without exponent and exactly as stored (shortest round-trip
	// digits).
	private static String text(Object value) {
		if (value instanceof Double d) {
			return BigDecimal.valueOf(d).toPlainString();
		}
		return String.valueOf(value);
	}

	private static String quote(String cell) {
		for (int i = 0; i < cell.length(); i++) {
			char c = cell.charAt(i);
			if (c == ',' || c == '"' || c == '\n' || c == '\r' || (i == 0 && Character.isWhitespace(c))
					|| (i == cell.length() - 1 && Character.isWhitespace(c))) {
				return '"' + cell.replace("\"", "\"\"") + '"';
			}
		}
		return cell;
	}

	// The ids an area's export holds: its own rows, then whatever they refer to, until
	// nothing is added.
	private static final class Closure {

		private final GraphQueries queries;

		private final Map<LedgerFile, Set<String>> ids = new EnumMap<>(LedgerFile.class);

		private Closure(GraphQueries queries) {
			this.queries = queries;
			for (LedgerFile file : LedgerFile.values()) {
				this.ids.put(file, new HashSet<>());
			}
		}

		static Map<LedgerFile, Set<String>> of(GraphQueries queries, String areaCode) {
			Closure c = new Closure(queries);
			Set<String> areas = new HashSet<>(
					c.ids("MATCH (:Area {code: $code})<-[:PART_OF*0..]-(a:Area) RETURN a.code AS id",
							Map.of("code", areaCode)));
			c.ids.get(LedgerFile.AREAS).addAll(areas);
			c.add(LedgerFile.ORGANIZATIONS,
					"UNWIND $ids AS x MATCH (n:Organization)-[:IN_AREA]->(:Area {code: x}) RETURN n.id AS id", areas);
			c.add(LedgerFile.PARKS, "UNWIND $ids AS x MATCH (n:Park)-[:IN_AREA]->(:Area {code: x}) RETURN n.id AS id",
					areas);
			c.add(LedgerFile.BUILDINGS,
					"UNWIND $ids AS x MATCH (n:Building)-[:IN_AREA]->(:Area {code: x}) RETURN n.id AS id", areas);
			c.add(LedgerFile.PARTY_ORGS,
					"UNWIND $ids AS x MATCH (n:PartyOrganization)-[:IN_AREA]->(:Area {code: x}) RETURN n.id AS id",
					areas);
			c.add(LedgerFile.OFFICERS,
					"UNWIND $ids AS x MATCH (n:Officer)-[:IN_AREA]->(:Area {code: x}) RETURN n.id AS id", areas);
			Set<String> orgs = c.ids.get(LedgerFile.ORGANIZATIONS);
			c.add(LedgerFile.PARTY_ORGS,
					"UNWIND $ids AS x MATCH (n:PartyOrganization)-[:COVERS]->(:Organization {id: x}) RETURN n.id AS id",
					orgs);
			c.add(LedgerFile.OFFICERS,
					"UNWIND $ids AS x MATCH (n:Officer)-[:GUIDES]->(:Organization {id: x}) RETURN n.id AS id", orgs);
			c.add(LedgerFile.MEMBERS,
					"UNWIND $ids AS x MATCH (n:Member|Prospect)-[:WORKS_AT]->(:Organization {id: x}) RETURN n.id AS id",
					orgs);
			c.add(LedgerFile.MEMBERS,
					"UNWIND $ids AS x MATCH (n:Member|Prospect)-[:MEMBER_OF|CULTIVATED_BY]->(:PartyOrganization {id: x}) RETURN n.id AS id",
					c.ids.get(LedgerFile.PARTY_ORGS));
			// References, to a fixed point: a link file replaces all links of the ids in
			// its first
			// column, so each exported party organization, officer and organization takes
			// all its links.
			boolean grew = true;
			while (grew) {
				grew = c.add(LedgerFile.ORGANIZATIONS,
						"UNWIND $ids AS x MATCH (:PartyOrganization {id: x})-[:COVERS]->(n) RETURN n.id AS id",
						c.ids.get(LedgerFile.PARTY_ORGS))
						| c.add(LedgerFile.ORGANIZATIONS,
								"UNWIND $ids AS x MATCH (:Officer {id: x})-[:GUIDES]->(n) RETURN n.id AS id",
								c.ids.get(LedgerFile.OFFICERS))
						| c.add(LedgerFile.ORGANIZATIONS,
								"UNWIND $ids AS x CALL (x) { MATCH (m:Member {id: x}) RETURN m UNION MATCH (m:Prospect {id: x}) RETURN m } MATCH (m)-[:WORKS_AT]->(n) RETURN n.id AS id",
								c.ids.get(LedgerFile.MEMBERS))
						| c.add(LedgerFile.ORGANIZATIONS,
								"UNWIND $ids AS x MATCH (:Organization {id: x})-[:SUPPLIES|INVESTS_IN|SUBSIDIARY_OF|COOPERATES]->(n:Organization) RETURN n.id AS id",
								c.ids.get(LedgerFile.ORGANIZATIONS))
						| c.add(LedgerFile.PARTY_ORGS,
								"UNWIND $ids AS x CALL (x) { MATCH (m:Member {id: x}) RETURN m UNION MATCH (m:Prospect {id: x}) RETURN m } MATCH (m)-[:MEMBER_OF|CULTIVATED_BY]->(n) RETURN n.id AS id",
								c.ids.get(LedgerFile.MEMBERS))
						| c.add(LedgerFile.PARTY_ORGS,
								"UNWIND $ids AS x MATCH (:PartyOrganization {id: x})-[:REPORTS_TO]->(n) RETURN n.id AS id",
								c.ids.get(LedgerFile.PARTY_ORGS))
						| c.add(LedgerFile.BUILDINGS,
								"UNWIND $ids AS x MATCH (:Organization {id: x})-[:IN_BUILDING]->(n) RETURN n.id AS id",
								c.ids.get(LedgerFile.ORGANIZATIONS))
						| c.add(LedgerFile.PARKS,
								"UNWIND $ids AS x MATCH (:Organization {id: x})-[:IN_PARK]->(n) RETURN n.id AS id",
								c.ids.get(LedgerFile.ORGANIZATIONS))
						| c.add(LedgerFile.PARKS,
								"UNWIND $ids AS x MATCH (:Building {id: x})-[:IN_PARK]->(n) RETURN n.id AS id",
								c.ids.get(LedgerFile.BUILDINGS))
						| c.add(LedgerFile.PARKS,
								"UNWIND $ids AS x MATCH (:PartyOrganization {id: x})-[:IN_PARK]->(n) RETURN n.id AS id",
								c.ids.get(LedgerFile.PARTY_ORGS))
						| c.add(LedgerFile.AREAS,
								"UNWIND $ids AS x MATCH (:Organization {id: x})-[:IN_AREA]->(n) RETURN n.code AS id",
								c.ids.get(LedgerFile.ORGANIZATIONS))
						| c.add(LedgerFile.AREAS,
								"UNWIND $ids AS x MATCH (:Park {id: x})-[:IN_AREA]->(n) RETURN n.code AS id",
								c.ids.get(LedgerFile.PARKS))
						| c.add(LedgerFile.AREAS,
								"UNWIND $ids AS x MATCH (:Building {id: x})-[:IN_AREA]->(n) RETURN n.code AS id",
								c.ids.get(LedgerFile.BUILDINGS))
						| c.add(LedgerFile.AREAS,
								"UNWIND $ids AS x MATCH (:PartyOrganization {id: x})-[:IN_AREA]->(n) RETURN n.code AS id",
								c.ids.get(LedgerFile.PARTY_ORGS))
						| c.add(LedgerFile.AREAS,
								"UNWIND $ids AS x MATCH (:Officer {id: x})-[:IN_AREA]->(n) RETURN n.code AS id",
								c.ids.get(LedgerFile.OFFICERS))
						| c.add(LedgerFile.AREAS,
								"UNWIND $ids AS x MATCH (:Area {code: x})-[:PART_OF]->(n) RETURN n.code AS id",
								c.ids.get(LedgerFile.AREAS));
			}
			// Link files take the ids of their first column.
			c.ids.get(LedgerFile.PARTY_ORG_UNITS).addAll(c.ids.get(LedgerFile.PARTY_ORGS));
			c.ids.get(LedgerFile.OFFICER_ASSIGNMENTS).addAll(c.ids.get(LedgerFile.OFFICERS));
			c.ids.get(LedgerFile.ORG_LINKS).addAll(c.ids.get(LedgerFile.ORGANIZATIONS));
			return c.ids;
		}

		private List<String> ids(String cypher, Map<String, Object> parameters) {
			return this.queries.list("ledgerExportScope", cypher, parameters, r -> r.get("id").asString());
		}

		// Adds the ids the statement finds from `from`; whether any was new.
		private boolean add(LedgerFile file, String cypher, Set<String> from) {
			if (from.isEmpty()) {
				return false;
			}
			return this.ids.get(file).addAll(ids(cypher, Map.of("ids", List.copyOf(from))));
		}

	}

}
