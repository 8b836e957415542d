package cn.liangxin.graph.ledger;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.SimpleQueryRunner;

/**
 * The import's Cypher, each statement an {@code UNWIND} over a batch. A batch first marks
 * the outgoing single-valued links of its nodes as ended ({@code endedBy}), then upserts
 * the nodes by id (MERGE, then SET every column, so an emptied cell removes the property)
 * and merges the links its rows name to nodes of earlier files, each in a unit subquery
 * so a row without that link goes on; a merged link is unmarked, so a link the bundle
 * names again stays as it was, and what stays marked is ended once the bundle is written
 * ({@link LedgerHistory#END_MARKED_LINKS}). A file's links to its own nodes (parents) are
 * merged after all its nodes. New nodes and links carry the import's date and id
 * (docs/domain.md, "History"). Running a bundle twice leaves the store as it was.
 */
final class LedgerStatements {

	private LedgerStatements() {
	}

	// ---- areas
	// --------------------------------------------------------------------------------

	static final String AREAS = """
			UNWIND $rows AS row
			MERGE (a:Area {code: row.id})
			ON CREATE SET a.validFrom = $asOf, a.createdBy = $importId
			SET a.name = row.name, a.level = row.level
			""";

	static final String CLEAR_AREA_LINKS = """
			UNWIND $ids AS id
			MATCH (:Area {code: id})-[r:PART_OF]->()
			SET r.endedBy = $importId
			""";

	static final String AREA_PART_OF = """
			UNWIND $rows AS row
			MATCH (a:Area {code: row.id})
			MATCH (parent:Area {code: row.target})
			MERGE (a)-[l:PART_OF]->(parent)
			  ON CREATE SET l.from = $asOf, l.createdBy = $importId
			  REMOVE l.endedBy
			""";

	// ---- parks and buildings
	// ------------------------------------------------------------------

	static final String PARKS = """
			UNWIND $rows AS row
			MERGE (p:Park {id: row.id})
			ON CREATE SET p.validFrom = $asOf, p.createdBy = $importId
			SET p.name = row.name,
			    p.location = CASE WHEN row.lat IS NULL THEN null ELSE point({latitude: row.lat, longitude: row.lon}) END
			WITH p, row
			CALL (p, row) {
			  MATCH (a:Area {code: row.areaCode})
			  MERGE (p)-[l:IN_AREA]->(a)
			  ON CREATE SET l.from = $asOf, l.createdBy = $importId
			  REMOVE l.endedBy
			}
			""";

	static final String CLEAR_PARK_LINKS = """
			UNWIND $ids AS id
			MATCH (:Park {id: id})-[r:IN_AREA]->()
			SET r.endedBy = $importId
			""";

	static final String BUILDINGS = """
			UNWIND $rows AS row
			MERGE (b:Building {id: row.id})
			ON CREATE SET b.validFrom = $asOf, b.createdBy = $importId
			SET b.name = row.name,
			    b.location = CASE WHEN row.lat IS NULL THEN null ELSE point({latitude: row.lat, longitude: row.lon}) END
			WITH b, row
			CALL (b, row) {
			  MATCH (a:Area {code: row.areaCode})
			  MERGE (b)-[l:IN_AREA]->(a)
			  ON CREATE SET l.from = $asOf, l.createdBy = $importId
			  REMOVE l.endedBy
			}
			CALL (b, row) {
			  MATCH (p:Park {id: row.parkId})
			  MERGE (b)-[l:IN_PARK]->(p)
			  ON CREATE SET l.from = $asOf, l.createdBy = $importId
			  REMOVE l.endedBy
			}
			""";

	static final String CLEAR_BUILDING_LINKS = """
			UNWIND $ids AS id
			MATCH (:Building {id: id})-[r:IN_AREA|IN_PARK]->()
			SET r.endedBy = $importId
			""";

	// ---- organizations
	// ------------------------------------------------------------------------

	static final String ORGANIZATIONS = """
			UNWIND $rows AS row
			MERGE (o:Organization {id: row.id})
			ON CREATE SET o.validFrom = $asOf, o.createdBy = $importId
			SET o.name = row.name, o.kind = row.kind, o.industryCode = row.industryCode,
			    o.industrySection = row.industrySection, o.industryDivision = row.industryDivision,
			    o.employees = row.employees, o.aboveScale = row.aboveScale, o.status = row.status,
			    o.verifiedOn = row.verifiedOn, o.noPartyOrgReason = row.noPartyOrgReason, o.plannedOn = row.plannedOn,
			    o.ownerIsMember = row.ownerIsMember, o.revenue = row.revenue, o.ownership = row.ownership,
			    o.location = CASE WHEN row.lat IS NULL THEN null ELSE point({latitude: row.lat, longitude: row.lon}) END
			WITH o, row
			CALL (o, row) {
			  MATCH (a:Area {code: row.areaCode})
			  MERGE (o)-[l:IN_AREA]->(a)
			  ON CREATE SET l.from = $asOf, l.createdBy = $importId
			  REMOVE l.endedBy
			}
			CALL (o, row) {
			  MATCH (p:Park {id: row.parkId})
			  MERGE (o)-[l:IN_PARK]->(p)
			  ON CREATE SET l.from = $asOf, l.createdBy = $importId
			  REMOVE l.endedBy
			}
			CALL (o, row) {
			  MATCH (b:Building {id: row.buildingId})
			  MERGE (o)-[l:IN_BUILDING]->(b)
			  ON CREATE SET l.from = $asOf, l.createdBy = $importId
			  REMOVE l.endedBy
			}
			""";

	static final String CLEAR_ORGANIZATION_LINKS = """
			UNWIND $ids AS id
			MATCH (:Organization {id: id})-[r:IN_AREA|IN_PARK|IN_BUILDING]->()
			SET r.endedBy = $importId
			""";

	// ---- party organizations
	// ------------------------------------------------------------------

	static final String PARTY_ORGANIZATIONS = """
			UNWIND $rows AS row
			MERGE (po:PartyOrganization {id: row.id})
			ON CREATE SET po.validFrom = $asOf, po.createdBy = $importId
			SET po.name = row.name, po.level = row.level, po.formation = row.formation, po.stars = row.stars,
			    po.foundedOn = row.foundedOn, po.termEndsOn = row.termEndsOn, po.hasSecretary = row.hasSecretary,
			    po.secretaryTrained = row.secretaryTrained, po.rating = row.rating
			WITH po, row
			CALL (po, row) {
			  MATCH (a:Area {code: row.areaCode})
			  MERGE (po)-[l:IN_AREA]->(a)
			  ON CREATE SET l.from = $asOf, l.createdBy = $importId
			  REMOVE l.endedBy
			}
			CALL (po, row) {
			  MATCH (p:Park {id: row.parkId})
			  MERGE (po)-[l:IN_PARK]->(p)
			  ON CREATE SET l.from = $asOf, l.createdBy = $importId
			  REMOVE l.endedBy
			}
			""";

	static final String CLEAR_PARTY_ORGANIZATION_LINKS = """
			UNWIND $ids AS id
			MATCH (:PartyOrganization {id: id})-[r:IN_AREA|IN_PARK|REPORTS_TO]->()
			SET r.endedBy = $importId
			""";

	static final String PARTY_ORGANIZATION_REPORTS_TO = """
			UNWIND $rows AS row
			MATCH (po:PartyOrganization {id: row.id})
			MATCH (parent:PartyOrganization {id: row.target})
			MERGE (po)-[l:REPORTS_TO]->(parent)
			  ON CREATE SET l.from = $asOf, l.createdBy = $importId
			  REMOVE l.endedBy
			""";

	static final String CLEAR_COVERS = """
			UNWIND $ids AS id
			MATCH (:PartyOrganization {id: id})-[r:COVERS]->()
			SET r.endedBy = $importId
			""";

	static final String COVERS = """
			UNWIND $rows AS row
			MATCH (po:PartyOrganization {id: row.partyOrgId})
			MATCH (o:Organization {id: row.organizationId})
			MERGE (po)-[r:COVERS]->(o)
			ON CREATE SET r.from = $asOf, r.createdBy = $importId
			REMOVE r.endedBy
			""";

	// ---- members
	// ------------------------------------------------------------------------------

	// Party members (FULL, PROBATIONARY) are :Member; the recruitment pipeline
	// (APPLICANT, ACTIVIST,
	// CANDIDATE) is :Prospect, so no statement that counts (:Member) ever counts a
	// prospect. A person
	// who changes between the two in a later bundle is relabelled first (same id, same
	// node).
	static final String MEMBERS = """
			UNWIND $rows AS row
			MERGE (m:Member {id: row.id})
			ON CREATE SET m.validFrom = $asOf, m.createdBy = $importId
			SET m.status = row.status, m.birthYear = row.birthYear, m.education = row.education, m.mobile = row.mobile,
			    m.joinedOn = row.joinedOn, m.probationEndsOn = row.probationEndsOn
			WITH m, row
			CALL (m, row) {
			  MATCH (po:PartyOrganization {id: row.partyOrgId})
			  MERGE (m)-[l:MEMBER_OF]->(po)
			  ON CREATE SET l.from = $asOf, l.createdBy = $importId
			  REMOVE l.endedBy
			}
			CALL (m, row) {
			  MATCH (o:Organization {id: row.employerId})
			  MERGE (m)-[l:WORKS_AT]->(o)
			  ON CREATE SET l.from = $asOf, l.createdBy = $importId
			  REMOVE l.endedBy
			}
			""";

	// CULTIVATED_BY too: a prospect admitted in this bundle was relabelled just before
	// and keeps none.
	static final String CLEAR_MEMBER_LINKS = """
			UNWIND $ids AS id
			MATCH (:Member {id: id})-[r:MEMBER_OF|WORKS_AT|CULTIVATED_BY]->()
			SET r.endedBy = $importId
			""";

	static final String PROSPECT_TO_MEMBER = """
			UNWIND $ids AS id
			MATCH (p:Prospect {id: id})
			REMOVE p:Prospect
			SET p:Member
			""";

	// The party organization of a prospect is the one cultivating it (培养联系), not a
	// membership relation.
	static final String PROSPECTS = """
			UNWIND $rows AS row
			MERGE (m:Prospect {id: row.id})
			ON CREATE SET m.validFrom = $asOf, m.createdBy = $importId
			SET m.status = row.status, m.birthYear = row.birthYear, m.education = row.education, m.mobile = row.mobile,
			    m.joinedOn = row.joinedOn, m.probationEndsOn = row.probationEndsOn
			WITH m, row
			CALL (m, row) {
			  MATCH (po:PartyOrganization {id: row.partyOrgId})
			  MERGE (m)-[l:CULTIVATED_BY]->(po)
			  ON CREATE SET l.from = $asOf, l.createdBy = $importId
			  REMOVE l.endedBy
			}
			CALL (m, row) {
			  MATCH (o:Organization {id: row.employerId})
			  MERGE (m)-[l:WORKS_AT]->(o)
			  ON CREATE SET l.from = $asOf, l.createdBy = $importId
			  REMOVE l.endedBy
			}
			""";

	static final String CLEAR_PROSPECT_LINKS = """
			UNWIND $ids AS id
			MATCH (:Prospect {id: id})-[r:CULTIVATED_BY|WORKS_AT|MEMBER_OF]->()
			SET r.endedBy = $importId
			""";

	static final String MEMBER_TO_PROSPECT = """
			UNWIND $ids AS id
			MATCH (m:Member {id: id})
			REMOVE m:Member
			SET m:Prospect
			""";

	// ---- officers
	// -----------------------------------------------------------------------------

	static final String OFFICERS = """
			UNWIND $rows AS row
			MERGE (g:Officer {id: row.id})
			ON CREATE SET g.validFrom = $asOf, g.createdBy = $importId
			SET g.name = row.name,
			    g.location = CASE WHEN row.lat IS NULL THEN null ELSE point({latitude: row.lat, longitude: row.lon}) END
			WITH g, row
			CALL (g, row) {
			  MATCH (a:Area {code: row.areaCode})
			  MERGE (g)-[l:IN_AREA]->(a)
			  ON CREATE SET l.from = $asOf, l.createdBy = $importId
			  REMOVE l.endedBy
			}
			""";

	static final String CLEAR_OFFICER_LINKS = """
			UNWIND $ids AS id
			MATCH (:Officer {id: id})-[r:IN_AREA]->()
			SET r.endedBy = $importId
			""";

	static final String CLEAR_GUIDES = """
			UNWIND $ids AS id
			MATCH (:Officer {id: id})-[r:GUIDES]->()
			SET r.endedBy = $importId
			""";

	static final String GUIDES = """
			UNWIND $rows AS row
			MATCH (g:Officer {id: row.officerId})
			MATCH (o:Organization {id: row.organizationId})
			MERGE (g)-[r:GUIDES]->(o)
			ON CREATE SET r.from = $asOf, r.createdBy = $importId
			SET r.since = row.since
			REMOVE r.endedBy
			""";

	// ---- ties
	// ---------------------------------------------------------------------------------

	static final String CLEAR_TIES = """
			UNWIND $ids AS id
			MATCH (:Organization {id: id})-[r:SUPPLIES|INVESTS_IN|SUBSIDIARY_OF|COOPERATES]->()
			SET r.endedBy = $importId
			""";

	// Relationship types cannot be parameters, so each kind has its own branch.
	static final String TIES = """
			UNWIND $rows AS row
			MATCH (a:Organization {id: row.fromId})
			MATCH (b:Organization {id: row.toId})
			FOREACH (_ IN CASE WHEN row.kind = 'SUPPLIES' THEN [1] ELSE [] END | MERGE (a)-[r:SUPPLIES]->(b) ON CREATE SET r.from = $asOf, r.createdBy = $importId REMOVE r.endedBy)
			FOREACH (_ IN CASE WHEN row.kind = 'INVESTS_IN' THEN [1] ELSE [] END |
			  MERGE (a)-[r:INVESTS_IN]->(b) ON CREATE SET r.from = $asOf, r.createdBy = $importId
			  SET r.share = row.share REMOVE r.endedBy)
			FOREACH (_ IN CASE WHEN row.kind = 'SUBSIDIARY_OF' THEN [1] ELSE [] END | MERGE (a)-[r:SUBSIDIARY_OF]->(b) ON CREATE SET r.from = $asOf, r.createdBy = $importId REMOVE r.endedBy)
			FOREACH (_ IN CASE WHEN row.kind = 'COOPERATES' THEN [1] ELSE [] END | MERGE (a)-[r:COOPERATES]->(b) ON CREATE SET r.from = $asOf, r.createdBy = $importId REMOVE r.endedBy)
			""";

	// ---- existing ids
	// -------------------------------------------------------------------------

	private static final Map<IdKind, String> EXISTING = Map.of(IdKind.AREA,
			"UNWIND $ids AS id MATCH (n:Area {code: id}) RETURN id", IdKind.PARK,
			"UNWIND $ids AS id MATCH (n:Park {id: id}) RETURN id", IdKind.BUILDING,
			"UNWIND $ids AS id MATCH (n:Building {id: id}) RETURN id", IdKind.ORGANIZATION,
			"UNWIND $ids AS id MATCH (n:Organization {id: id}) RETURN id", IdKind.PARTY_ORGANIZATION,
			"UNWIND $ids AS id MATCH (n:PartyOrganization {id: id}) RETURN id", IdKind.OFFICER,
			"UNWIND $ids AS id MATCH (n:Officer {id: id}) RETURN id");

	/** Which of these ids are already in the store. */
	static Set<String> existing(SimpleQueryRunner tx, IdKind kind, Set<String> ids) {
		Set<String> found = new HashSet<>();
		if (ids.isEmpty()) {
			return found;
		}
		tx.run(EXISTING.get(kind), Map.of("ids", List.copyOf(ids)))
			.forEachRemaining(r -> found.add(r.get("id").asString()));
		return found;
	}

}
