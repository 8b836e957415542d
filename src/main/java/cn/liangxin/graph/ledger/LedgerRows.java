package cn.liangxin.graph.ledger;

import java.util.HashMap;
import java.util.Map;

import cn.liangxin.graph.domain.GeoPoint;
import cn.liangxin.graph.domain.IndustryCode;

/** Rows as the parameter maps the import statements take. */
final class LedgerRows {

	private LedgerRows() {
	}

	static Map<String, Object> area(AreaRow r) {
		var m = new HashMap<String, Object>();
		m.put("id", r.code());
		m.put("name", r.name());
		m.put("level", r.level().name());
		return m;
	}

	static Map<String, Object> park(ParkRow r) {
		var m = new HashMap<String, Object>();
		m.put("id", r.id());
		m.put("name", r.name());
		m.put("areaCode", r.areaCode());
		location(m, r.location());
		return m;
	}

	static Map<String, Object> building(BuildingRow r) {
		var m = new HashMap<String, Object>();
		m.put("id", r.id());
		m.put("name", r.name());
		m.put("parkId", r.parkId());
		m.put("areaCode", r.areaCode());
		location(m, r.location());
		return m;
	}

	static Map<String, Object> organization(OrganizationRow r) {
		var m = new HashMap<String, Object>();
		m.put("id", r.id());
		m.put("name", r.name());
		m.put("kind", r.kind().name());
		IndustryCode industry = r.industry();
		m.put("industryCode", industry == null ? null : industry.code());
		m.put("industrySection", industry == null ? null : String.valueOf(industry.section()));
		m.put("industryDivision", industry == null ? null : industry.division());
		m.put("employees", r.employees());
		m.put("aboveScale", r.aboveScale());
		m.put("areaCode", r.areaCode());
		m.put("parkId", r.parkId());
		m.put("buildingId", r.buildingId());
		m.put("status", r.status().name());
		m.put("verifiedOn", r.verifiedOn());
		m.put("noPartyOrgReason", name(r.noPartyOrgReason()));
		m.put("plannedOn", r.plannedOn());
		m.put("ownerIsMember", r.ownerIsMember());
		m.put("revenue", r.revenue());
		m.put("ownership", name(r.ownership()));
		location(m, r.location());
		return m;
	}

	static Map<String, Object> partyOrg(PartyOrgRow r) {
		var m = new HashMap<String, Object>();
		m.put("id", r.id());
		m.put("name", r.name());
		m.put("level", r.level().name());
		m.put("formation", r.formation().name());
		m.put("areaCode", r.areaCode());
		m.put("parkId", r.parkId());
		m.put("stars", r.stars());
		m.put("foundedOn", r.foundedOn());
		m.put("termEndsOn", r.termEndsOn());
		m.put("hasSecretary", r.hasSecretary());
		m.put("secretaryTrained", r.secretaryTrained());
		m.put("rating", name(r.rating()));
		return m;
	}

	static Map<String, Object> partyOrgUnit(PartyOrgUnitRow r) {
		return Map.of("partyOrgId", r.partyOrgId(), "organizationId", r.organizationId());
	}

	static Map<String, Object> member(MemberRow r) {
		var m = new HashMap<String, Object>();
		m.put("id", r.id());
		m.put("status", r.status().name());
		m.put("partyOrgId", r.partyOrgId());
		m.put("employerId", r.employerId());
		m.put("birthYear", r.birthYear());
		m.put("education", r.education() == null ? null : r.education().name());
		m.put("mobile", r.mobile());
		m.put("joinedOn", r.joinedOn());
		m.put("probationEndsOn", r.probationEndsOn());
		return m;
	}

	static Map<String, Object> officer(OfficerRow r) {
		var m = new HashMap<String, Object>();
		m.put("id", r.id());
		m.put("name", r.name());
		m.put("areaCode", r.areaCode());
		location(m, r.location());
		return m;
	}

	static Map<String, Object> officerAssignment(OfficerAssignmentRow r) {
		var m = new HashMap<String, Object>();
		m.put("officerId", r.officerId());
		m.put("organizationId", r.organizationId());
		m.put("since", r.since());
		return m;
	}

	static Map<String, Object> orgLink(OrgLinkRow r) {
		var m = new HashMap<String, Object>();
		m.put("fromId", r.fromId());
		m.put("toId", r.toId());
		m.put("kind", r.kind().name());
		m.put("share", r.share());
		return m;
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static void location(Map<String, Object> m, GeoPoint location) {
		m.put("lat", location == null ? null : location.lat());
		m.put("lon", location == null ? null : location.lon());
	}

}
