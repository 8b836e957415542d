// Network map, step 6: areas — the scope's area and its child areas (PART_OF edges); for the
// whole graph the top areas and their children; none for a park. `organizations` counts the
// ACTIVE organizations in the area or below (the node's size).
// Parameters: $areaCode or $parkId (or neither).
CALL () {
  MATCH (a:Area {code: $areaCode}) RETURN a
  UNION
  MATCH (:Area {code: $areaCode})<-[:PART_OF]-(a:Area) RETURN a
  UNION
  MATCH (a:Area) WHERE $areaCode IS NULL AND $parkId IS NULL AND NOT EXISTS { (a)-[:PART_OF]->(:Area) } RETURN a
  UNION
  MATCH (r:Area)<-[:PART_OF]-(a:Area)
  WHERE $areaCode IS NULL AND $parkId IS NULL AND NOT EXISTS { (r)-[:PART_OF]->(:Area) } RETURN a
}
RETURN a.code AS code, a.name AS name, head([(a)-[:PART_OF]->(p:Area) | p.code]) AS parentCode,
       COUNT { (a)<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(o:Organization) WHERE o.status = 'ACTIVE' } AS organizations
ORDER BY code;
