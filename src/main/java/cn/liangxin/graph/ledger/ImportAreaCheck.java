package cn.liangxin.graph.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.SimpleQueryRunner;

import cn.liangxin.graph.access.AreaAccess;

/**
 * An importer limited to an area may write only inside it (属地管理): every row of the bundle
 * whose area lies outside the importer's area, that re-homes something stored outside it,
 * or that links to something outside it, is named with its file, line and column. An
 * ADMIN's bundle is never refused here.
 */
final class ImportAreaCheck {

	/**
	 * The stored area of each existing id, by label (a party organization: its area, its
	 * park's, or the first unit's it covers; a member, or a prospect of the same file:
	 * its employer's, else its party organization's). The ledger export bounds an area
	 * user's export by the same rule ({@link LedgerExport}).
	 */
	static final Map<String, String> STORED_AREA = Map.of("Organization", """
			UNWIND $ids AS id
			MATCH (n:Organization {id: id})
			RETURN id, head([(n)-[:IN_AREA]->(a:Area) | a.code]) AS area
			""", "Park", """
			UNWIND $ids AS id
			MATCH (n:Park {id: id})
			RETURN id, head([(n)-[:IN_AREA]->(a:Area) | a.code]) AS area
			""", "Building", """
			UNWIND $ids AS id
			MATCH (n:Building {id: id})
			RETURN id, head([(n)-[:IN_AREA]->(a:Area) | a.code]) AS area
			""", "PartyOrganization", """
			UNWIND $ids AS id
			MATCH (n:PartyOrganization {id: id})
			RETURN id, coalesce(head([(n)-[:IN_AREA]->(a:Area) | a.code]),
			                    head([(n)-[:IN_PARK]->(:Park)-[:IN_AREA]->(a:Area) | a.code]),
			                    head([(n)-[:COVERS]->(:Organization)-[:IN_AREA]->(a:Area) | a.code])) AS area
			""", "Officer", """
			UNWIND $ids AS id
			MATCH (n:Officer {id: id})
			RETURN id, head([(n)-[:IN_AREA]->(a:Area) | a.code]) AS area
			""", "Member",
			"""
					UNWIND $ids AS id
					CALL (id) { MATCH (n:Member {id: id}) RETURN n UNION MATCH (n:Prospect {id: id}) RETURN n }
					RETURN id, coalesce(head([(n)-[:WORKS_AT]->(:Organization)-[:IN_AREA]->(a:Area) | a.code]),
					                    head([(n)-[:MEMBER_OF|CULTIVATED_BY]->(:PartyOrganization)-[:IN_AREA]->(a:Area) | a.code])) AS area
					""");

	private final AreaAccess access;

	private final SimpleQueryRunner tx;

	private final String limit;

	/** Whose area it is, for the message: the importer's or the snapshot's. */
	private final String whose;

	private final Map<String, @Nullable String> newParents = new HashMap<>();

	private final List<LedgerError> errors = new ArrayList<>();

	private ImportAreaCheck(AreaAccess access, SimpleQueryRunner tx, String limit, String whose) {
		this.access = access;
		this.tx = tx;
		this.limit = limit;
		this.whose = whose;
	}

	/**
	 * Every row of the bundle, and every boundary of its areas.geojson, outside the
	 * caller's area; none for a caller who sees everything.
	 */
	static List<LedgerError> outside(LedgerBundle bundle, Set<String> boundaryCodes, AreaAccess access,
			SimpleQueryRunner tx) {
		String limit = access.limit();
		if (limit == null) {
			return List.of();
		}
		return check(bundle, boundaryCodes, access, tx, limit, "您的管辖区域|your area");
	}

	/**
	 * Every row of a SNAPSHOT bundle, and every boundary, outside the snapshot's area
	 * (whoever imports it).
	 */
	static List<LedgerError> outsideSnapshot(LedgerBundle bundle, Set<String> boundaryCodes, String areaCode,
			AreaAccess access, SimpleQueryRunner tx) {
		return check(bundle, boundaryCodes, access.within(areaCode), tx, areaCode, "快照区域|the snapshot's area");
	}

	private static List<LedgerError> check(LedgerBundle bundle, Set<String> boundaryCodes, AreaAccess access,
			SimpleQueryRunner tx, String limit, String whose) {
		var check = new ImportAreaCheck(access, tx, limit, whose);
		List<LedgerError> errors = check.check(bundle);
		for (String code : new java.util.TreeSet<>(boundaryCodes)) {
			if (!access.seesAfter(code, check.newParents)) {
				errors.add(new LedgerError(AreaBoundaries.FILE_NAME, null, "properties.code",
						"区划 \"" + code + "\" 的边界" + check.outside()));
			}
		}
		return errors;
	}

	private String outside() {
		String[] words = this.whose.split("\\|");
		return "不在" + words[0] + " " + this.limit + " 内，不能导入 (outside " + words[1] + " " + this.limit + ")";
	}

	private List<LedgerError> check(LedgerBundle b) {
		b.areas().forEach(a -> this.newParents.put(a.code(), a.parentCode()));
		for (AreaRow a : b.areas()) {
			boolean reparentsOwnArea = a.code().equals(this.limit)
					&& !same(a.parentCode(), this.access.parentOf(a.code()));
			if (reparentsOwnArea || !this.access.seesAfter(a.code(), this.newParents)
					|| (this.access.areaExists(a.code()) && !this.access.sees(a.code()))) {
				error(LedgerFile.AREAS, a.line(), reparentsOwnArea ? "parent_code" : "code", "区划", a.code());
			}
		}
		Map<String, String> parkAreas = checkEntities(LedgerFile.PARKS, "Park", b.parks(), ParkRow::id,
				ParkRow::areaCode, ParkRow::line, "园区");
		parkAreas.putAll(stored("Park",
				missing(parkAreas,
						new Ids().add(b.buildings(), BuildingRow::parkId)
							.add(b.organizations(), OrganizationRow::parkId)
							.add(b.partyOrgs(), PartyOrgRow::parkId).ids)));
		Map<String, String> buildingAreas = checkEntities(LedgerFile.BUILDINGS, "Building", b.buildings(),
				BuildingRow::id, BuildingRow::areaCode, BuildingRow::line, "楼宇");
		buildingAreas.putAll(stored("Building",
				missing(buildingAreas, new Ids().add(b.organizations(), OrganizationRow::buildingId).ids)));
		Map<String, String> orgAreas = checkEntities(LedgerFile.ORGANIZATIONS, "Organization", b.organizations(),
				OrganizationRow::id, OrganizationRow::areaCode, OrganizationRow::line, "单位");
		// A party organization lies in its area, else its park's, else (a unit's own
		// branch,
		// 单独组建, often given neither) the area of the first unit it covers.
		Map<String, String> coveredAreas = new HashMap<>();
		Map<String, String> unitAreas = new HashMap<>(orgAreas);
		unitAreas.putAll(stored("Organization",
				missing(unitAreas, new Ids().add(b.partyOrgUnits(), PartyOrgUnitRow::organizationId).ids)));
		for (PartyOrgUnitRow u : b.partyOrgUnits()) {
			if (unitAreas.containsKey(u.organizationId())) {
				coveredAreas.putIfAbsent(u.partyOrgId(), unitAreas.get(u.organizationId()));
			}
		}
		Map<String, String> partyOrgAreas = checkEntities(LedgerFile.PARTY_ORGS, "PartyOrganization", b.partyOrgs(),
				PartyOrgRow::id,
				p -> p.areaCode() != null ? p.areaCode()
						: p.parkId() != null ? parkAreas.get(p.parkId()) : coveredAreas.get(p.id()),
				PartyOrgRow::line, "党组织");
		Map<String, String> officerAreas = checkEntities(LedgerFile.OFFICERS, "Officer", b.officers(), OfficerRow::id,
				OfficerRow::areaCode, OfficerRow::line, "党建指导员");
		for (BuildingRow building : b.buildings()) {
			link(LedgerFile.BUILDINGS, building.line(), "park_id", "园区", building.parkId(), parkAreas);
		}
		for (OrganizationRow o : b.organizations()) {
			link(LedgerFile.ORGANIZATIONS, o.line(), "park_id", "园区", o.parkId(), parkAreas);
			link(LedgerFile.ORGANIZATIONS, o.line(), "building_id", "楼宇", o.buildingId(), buildingAreas);
		}
		// Links and members: every end must lie inside the area (in the bundle or in the
		// store).
		orgAreas.putAll(stored("Organization",
				missing(orgAreas,
						new Ids().add(b.members(), MemberRow::employerId)
							.add(b.partyOrgUnits(), PartyOrgUnitRow::organizationId)
							.add(b.officerAssignments(), OfficerAssignmentRow::organizationId)
							.add(b.orgLinks(), OrgLinkRow::fromId)
							.add(b.orgLinks(), OrgLinkRow::toId).ids)));
		partyOrgAreas
			.putAll(stored("PartyOrganization", missing(partyOrgAreas, new Ids().add(b.members(), MemberRow::partyOrgId)
				.add(b.partyOrgUnits(), PartyOrgUnitRow::partyOrgId).ids)));
		officerAreas.putAll(stored("Officer",
				missing(officerAreas, new Ids().add(b.officerAssignments(), OfficerAssignmentRow::officerId).ids)));
		Map<String, String> memberAreas = stored("Member", new Ids().add(b.members(), MemberRow::id).ids);
		for (MemberRow m : b.members()) {
			if (memberAreas.containsKey(m.id()) && !this.access.sees(memberAreas.get(m.id()))) {
				error(LedgerFile.MEMBERS, m.line(), "id", "党员", m.id());
			}
			link(LedgerFile.MEMBERS, m.line(), "employer_id", "单位", m.employerId(), orgAreas);
			link(LedgerFile.MEMBERS, m.line(), "party_org_id", "党组织", m.partyOrgId(), partyOrgAreas);
		}
		for (PartyOrgUnitRow u : b.partyOrgUnits()) {
			link(LedgerFile.PARTY_ORG_UNITS, u.line(), "party_org_id", "党组织", u.partyOrgId(), partyOrgAreas);
			link(LedgerFile.PARTY_ORG_UNITS, u.line(), "organization_id", "单位", u.organizationId(), orgAreas);
		}
		for (OfficerAssignmentRow a : b.officerAssignments()) {
			link(LedgerFile.OFFICER_ASSIGNMENTS, a.line(), "officer_id", "党建指导员", a.officerId(), officerAreas);
			link(LedgerFile.OFFICER_ASSIGNMENTS, a.line(), "organization_id", "单位", a.organizationId(), orgAreas);
		}
		for (OrgLinkRow l : b.orgLinks()) {
			link(LedgerFile.ORG_LINKS, l.line(), "from_id", "单位", l.fromId(), orgAreas);
			link(LedgerFile.ORG_LINKS, l.line(), "to_id", "单位", l.toId(), orgAreas);
		}
		return this.errors;
	}

	/**
	 * Checks the rows of an entity file: each must lie inside the area after the import,
	 * and one already stored must lie inside it now (no taking over another area's row).
	 * Returns the area of each id as the bundle has it.
	 */
	private <R> Map<String, String> checkEntities(LedgerFile file, String label, List<R> rows, Function<R, String> id,
			Function<R, @Nullable String> area, Function<R, Integer> line, String what) {
		Map<String, String> before = stored(label, rows.stream().map(id).toList());
		Map<String, String> areas = new HashMap<>();
		for (R row : rows) {
			String now = area.apply(row);
			boolean storedOutside = before.containsKey(id.apply(row)) && !this.access.sees(before.get(id.apply(row)));
			if (!storedOutside && now == null) {
				// nothing places the row: say so rather than name an area "null"
				this.errors.add(new LedgerError(file.fileName(), line.apply(row), "area_code",
						what + " \"" + id.apply(row) + "\" 无法确定所在区划（未填区划或园区，也不覆盖已知单位），不能在 " + this.limit
								+ " 内导入 (no area: neither area_code nor park_id, nor a covered unit, places it)"));
			}
			else if (storedOutside || !this.access.seesAfter(now, this.newParents)) {
				error(file, line.apply(row), storedOutside ? "id" : "area_code", what,
						storedOutside ? id.apply(row) : now);
			}
			if (now != null) {
				areas.put(id.apply(row), now);
			}
		}
		return areas;
	}

	private void link(LedgerFile file, int line, String column, String what, @Nullable String id,
			Map<String, String> areas) {
		if (id != null && !this.access.seesAfter(areas.get(id), this.newParents)) {
			error(file, line, column, what, id);
		}
	}

	private void error(LedgerFile file, int line, String column, String what, String value) {
		this.errors.add(new LedgerError(file.fileName(), line, column, what + " \"" + value + "\" " + outside()));
	}

	private Map<String, String> stored(String label, Collection<String> ids) {
		Map<String, String> areas = new HashMap<>();
		if (ids.isEmpty()) {
			return areas;
		}
		this.tx.run(STORED_AREA.get(label), Map.of("ids", List.copyOf(new LinkedHashSet<>(ids))))
			.forEachRemaining(r -> {
				if (!r.get("area").isNull()) {
					areas.put(r.get("id").asString(), r.get("area").asString());
				}
			});
		return areas;
	}

	private static Set<String> missing(Map<String, String> known, Set<String> ids) {
		Set<String> result = new LinkedHashSet<>(ids);
		result.removeAll(known.keySet());
		return result;
	}

	/** The ids named in some columns of some files, each once. */
	private static final class Ids {

		final Set<String> ids = new LinkedHashSet<>();

		<R> Ids add(List<R> rows, Function<R, @Nullable String> column) {
			for (R row : rows) {
				String id = column.apply(row);
				if (id != null) {
					this.ids.add(id);
				}
			}
			return this;
		}

	}

	private static boolean same(@Nullable String a, @Nullable String b) {
		return a == null ? b == null : a.equals(b);
	}

}
