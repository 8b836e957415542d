// Existing JOINT party organizations of a scope (covering an organization of the scope, or
// sitting in its area or park) with their ACTIVE covered units, described like eligible units.
// Parameters: $areaCode or $parkId (or neither).
CALL () {
  MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(:Organization)<-[:COVERS]-(po:PartyOrganization) RETURN po
  UNION
  MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(po:PartyOrganization) RETURN po
  UNION
  MATCH (:Park {id: $parkId})<-[:IN_PARK]-(:Organization)<-[:COVERS]-(po:PartyOrganization) RETURN po
  UNION
  MATCH (:Park {id: $parkId})<-[:IN_PARK]-(:Building)<-[:IN_BUILDING]-(:Organization)<-[:COVERS]-(po:PartyOrganization) RETURN po
  UNION
  MATCH (:Park {id: $parkId})<-[:IN_PARK]-(po:PartyOrganization) RETURN po
  UNION
  MATCH (po:PartyOrganization) WHERE $areaCode IS NULL AND $parkId IS NULL RETURN po
}
WITH po
WHERE po.formation = 'JOINT'
MATCH (po)-[:COVERS]->(o:Organization {status: 'ACTIVE'})
RETURN po.id AS branchId, o.id AS id,
       COUNT { (o)<-[:WORKS_AT]-(m:Member) WHERE m.status = 'FULL' } AS fullMembers,
       COUNT { (o)<-[:WORKS_AT]-(:Member) } AS members,
       coalesce(o.employees, 0) AS employees,
       head([(o)-[:IN_BUILDING]->(b:Building) | b.id]) AS buildingId,
       coalesce(head([(o)-[:IN_PARK]->(p:Park) | p.id]),
                head([(o)-[:IN_BUILDING]->(:Building)-[:IN_PARK]->(p:Park) | p.id])) AS parkId,
       head([(o)-[:IN_AREA]->(a:Area) | a.code]) AS communityCode,
       o.location.latitude AS lat, o.location.longitude AS lon,
       o.industrySection AS section, o.industryDivision AS division,
       false AS guided
ORDER BY branchId, id;
