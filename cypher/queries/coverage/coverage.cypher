// Coverage (组织覆盖 / 工作覆盖) of a scope, grouped finely enough for every breakdown: one row
// per (area the organization sits in, park, kind, industry section, above-scale, reason for no
// party organization, ownership) with its counts.
// The service folds the areas into the scope area's children with the area tree, so no
// organization walks the tree here. Only ACTIVE organizations count.
// Definitions: docs/domain.md, "Definitions the analytics use".
// Parameters: $areaCode or $parkId (or neither: everything).
CALL () {
  MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(o:Organization) RETURN o
  UNION
  MATCH (:Park {id: $parkId})<-[:IN_PARK]-(o:Organization) RETURN o
  UNION
  MATCH (:Park {id: $parkId})<-[:IN_PARK]-(:Building)<-[:IN_BUILDING]-(o:Organization) RETURN o
  UNION
  MATCH (o:Organization) WHERE $areaCode IS NULL AND $parkId IS NULL RETURN o
}
WITH o
WHERE o.status = 'ACTIVE'
WITH o,
     EXISTS { (o)<-[:COVERS]-(:PartyOrganization) } AS organizationCovered,
     EXISTS { (o)<-[:COVERS]-(:PartyOrganization {formation: 'STANDALONE'}) } AS standaloneCovered,
     EXISTS { (o)<-[:GUIDES]-(:Officer) } AS guided
WITH organizationCovered, standaloneCovered, organizationCovered OR guided AS workCovered,
     head([(o)-[:IN_AREA]->(a:Area) | a.code]) AS area,
     coalesce(head([(o)-[:IN_PARK]->(p:Park) | p.id]),
              head([(o)-[:IN_BUILDING]->(:Building)-[:IN_PARK]->(p:Park) | p.id])) AS park,
     o.kind AS kind, o.industrySection AS section, o.aboveScale AS aboveScale,
     o.noPartyOrgReason AS noPartyOrgReason, o.ownership AS ownership
RETURN area, park, kind, section, aboveScale, noPartyOrgReason, ownership,
       count(*) AS total,
       count(CASE WHEN organizationCovered THEN 1 END) AS organizationCovered,
       count(CASE WHEN workCovered THEN 1 END) AS workCovered,
       count(CASE WHEN standaloneCovered THEN 1 END) AS standaloneCovered;
