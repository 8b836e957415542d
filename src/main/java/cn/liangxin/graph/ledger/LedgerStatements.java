package cn.liangxin.graph.ledger;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The import's Cypher. Each entity statement upserts by id (MERGE, then SET every column, so an
 * emptied cell removes the property) and replaces the node's single-valued links; running a
 * bundle twice therefore leaves the store as it was.
 */
final class LedgerStatements {

	private LedgerStatements() {
	}

	static final String AREAS = """
			UNWIND $rows AS row
			MERGE (a:Area {code: row.code})
			SET a.name = row.name, a.level = row.level
			""";

	static final String AREA_PARENTS = """
			UNWIND $rows AS row
			MATCH (a:Area {code: row.code})
			OPTIONAL MATCH (a)-[old:PART_OF]->()
			DELETE old
			WITH DISTINCT a, row
			OPTIONAL MATCH (parent:Area {code: row.parentCode})
			FOREACH (_ IN CASE WHEN parent IS NULL THEN [] ELSE [1] END | CREATE (a)-[:PART_OF]->(parent))
			""";

	static final String PARKS = """
			UNWIND $rows AS row
			MERGE (p:Park {id: row.id})
			SET p.name = row.name,
			    p.location = CASE WHEN row.lat IS NULL THEN null ELSE point({latitude: row.lat, longitude: row.lon}) END
			WITH p, row
			OPTIONAL MATCH (p)-[old:IN_AREA]->()
			DELETE old
			WITH DISTINCT p, row
			OPTIONAL MATCH (a:Area {code: row.areaCode})
			FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | CREATE (p)-[:IN_AREA]->(a))
			""";

	static final String BUILDINGS = """
			UNWIND $rows AS row
			MERGE (b:Building {id: row.id})
			SET b.name = row.name,
			    b.location = CASE WHEN row.lat IS NULL THEN null ELSE point({latitude: row.lat, longitude: row.lon}) END
			WITH b, row
			OPTIONAL MATCH (b)-[old:IN_AREA|IN_PARK]->()
			DELETE old
			WITH DISTINCT b, row
			OPTIONAL MATCH (a:Area {code: row.areaCode})
			OPTIONAL MATCH (p:Park {id: row.parkId})
			FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | CREATE (b)-[:IN_AREA]->(a))
			FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (b)-[:IN_PARK]->(p))
			""";

	static final String ORGANIZATIONS = """
			UNWIND $rows AS row
			MERGE (o:Organization {id: row.id})
			SET o.name = row.name, o.kind = row.kind, o.industryCode = row.industryCode,
			    o.industrySection = row.industrySection, o.industryDivision = row.industryDivision,
			    o.employees = row.employees, o.aboveScale = row.aboveScale, o.status = row.status,
			    o.verifiedOn = row.verifiedOn,
			    o.location = CASE WHEN row.lat IS NULL THEN null ELSE point({latitude: row.lat, longitude: row.lon}) END
			WITH o, row
			OPTIONAL MATCH (o)-[old:IN_AREA|IN_PARK|IN_BUILDING]->()
			DELETE old
			WITH DISTINCT o, row
			OPTIONAL MATCH (a:Area {code: row.areaCode})
			OPTIONAL MATCH (p:Park {id: row.parkId})
			OPTIONAL MATCH (b:Building {id: row.buildingId})
			FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | CREATE (o)-[:IN_AREA]->(a))
			FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (o)-[:IN_PARK]->(p))
			FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END | CREATE (o)-[:IN_BUILDING]->(b))
			""";

	static final String PARTY_ORGANIZATIONS = """
			UNWIND $rows AS row
			MERGE (po:PartyOrganization {id: row.id})
			SET po.name = row.name, po.level = row.level, po.formation = row.formation, po.stars = row.stars,
			    po.foundedOn = row.foundedOn
			WITH po, row
			OPTIONAL MATCH (po)-[old:IN_AREA|IN_PARK]->()
			DELETE old
			WITH DISTINCT po, row
			OPTIONAL MATCH (a:Area {code: row.areaCode})
			OPTIONAL MATCH (p:Park {id: row.parkId})
			FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | CREATE (po)-[:IN_AREA]->(a))
			FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (po)-[:IN_PARK]->(p))
			""";

	static final String PARTY_ORGANIZATION_PARENTS = """
			UNWIND $rows AS row
			MATCH (po:PartyOrganization {id: row.id})
			OPTIONAL MATCH (po)-[old:REPORTS_TO]->()
			DELETE old
			WITH DISTINCT po, row
			OPTIONAL MATCH (parent:PartyOrganization {id: row.parentId})
			FOREACH (_ IN CASE WHEN parent IS NULL THEN [] ELSE [1] END | CREATE (po)-[:REPORTS_TO]->(parent))
			""";

	static final String CLEAR_COVERS = """
			UNWIND $ids AS id
			MATCH (:PartyOrganization {id: id})-[r:COVERS]->()
			DELETE r
			""";

	static final String COVERS = """
			UNWIND $rows AS row
			MATCH (po:PartyOrganization {id: row.partyOrgId})
			MATCH (o:Organization {id: row.organizationId})
			MERGE (po)-[:COVERS]->(o)
			""";

	static final String MEMBERS = """
			UNWIND $rows AS row
			MERGE (m:Member {id: row.id})
			SET m.status = row.status, m.birthYear = row.birthYear, m.education = row.education, m.mobile = row.mobile
			WITH m, row
			OPTIONAL MATCH (m)-[old:MEMBER_OF|WORKS_AT]->()
			DELETE old
			WITH DISTINCT m, row
			OPTIONAL MATCH (po:PartyOrganization {id: row.partyOrgId})
			OPTIONAL MATCH (o:Organization {id: row.employerId})
			FOREACH (_ IN CASE WHEN po IS NULL THEN [] ELSE [1] END | CREATE (m)-[:MEMBER_OF]->(po))
			FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | CREATE (m)-[:WORKS_AT]->(o))
			""";

	static final String OFFICERS = """
			UNWIND $rows AS row
			MERGE (g:Officer {id: row.id})
			SET g.name = row.name
			WITH g, row
			OPTIONAL MATCH (g)-[old:IN_AREA]->()
			DELETE old
			WITH DISTINCT g, row
			OPTIONAL MATCH (a:Area {code: row.areaCode})
			FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | CREATE (g)-[:IN_AREA]->(a))
			""";

	static final String CLEAR_GUIDES = """
			UNWIND $ids AS id
			MATCH (:Officer {id: id})-[r:GUIDES]->()
			DELETE r
			""";

	static final String GUIDES = """
			UNWIND $rows AS row
			MATCH (g:Officer {id: row.officerId})
			MATCH (o:Organization {id: row.organizationId})
			MERGE (g)-[r:GUIDES]->(o)
			SET r.since = row.since
			""";

	static final String CLEAR_TIES = """
			UNWIND $ids AS id
			MATCH (:Organization {id: id})-[r:SUPPLIES|INVESTS_IN|SUBSIDIARY_OF|COOPERATES]->()
			DELETE r
			""";

	// Relationship types cannot be parameters, so each kind has its own branch.
	static final String TIES = """
			UNWIND $rows AS row
			MATCH (a:Organization {id: row.fromId})
			MATCH (b:Organization {id: row.toId})
			FOREACH (_ IN CASE WHEN row.kind = 'SUPPLIES' THEN [1] ELSE [] END | MERGE (a)-[:SUPPLIES]->(b))
			FOREACH (_ IN CASE WHEN row.kind = 'INVESTS_IN' THEN [1] ELSE [] END |
			  MERGE (a)-[r:INVESTS_IN]->(b) SET r.share = row.share)
			FOREACH (_ IN CASE WHEN row.kind = 'SUBSIDIARY_OF' THEN [1] ELSE [] END | MERGE (a)-[:SUBSIDIARY_OF]->(b))
			FOREACH (_ IN CASE WHEN row.kind = 'COOPERATES' THEN [1] ELSE [] END | MERGE (a)-[:COOPERATES]->(b))
			""";

	private static final Map<IdKind, String> EXISTING = Map.of(
			IdKind.AREA, "UNWIND $ids AS id MATCH (n:Area {code: id}) RETURN id",
			IdKind.PARK, "UNWIND $ids AS id MATCH (n:Park {id: id}) RETURN id",
			IdKind.BUILDING, "UNWIND $ids AS id MATCH (n:Building {id: id}) RETURN id",
			IdKind.ORGANIZATION, "UNWIND $ids AS id MATCH (n:Organization {id: id}) RETURN id",
			IdKind.PARTY_ORGANIZATION, "UNWIND $ids AS id MATCH (n:PartyOrganization {id: id}) RETURN id",
			IdKind.OFFICER, "UNWIND $ids AS id MATCH (n:Officer {id: id}) RETURN id");

	/** Which of these ids are already in the store. */
	static Set<String> existing(TransactionContext tx, IdKind kind, Set<String> ids) {
		Set<String> found = new HashSet<>();
		if (ids.isEmpty()) {
			return found;
		}
		tx.run(EXISTING.get(kind), Map.of("ids", List.copyOf(ids))).forEachRemaining(r -> found.add(r.get("id").asString()));
		return found;
	}
}
