// Organizations of a scope that party work does not reach yet, for the assignment planner: ACTIVE,
// no party organization covers them and no officer guides them (not work-covered, docs/domain.md).
// `areas` is the chain of areas from the organization's own up to the root, which says whose
// area it lies in. Parameters: $areaCode or $parkId (or neither: everything).
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
  AND NOT EXISTS { (o)<-[:COVERS]-(:PartyOrganization) }
  AND NOT EXISTS { (o)<-[:GUIDES]-(:Officer) }
RETURN o.id AS id, o.name AS name, o.location.latitude AS lat, o.location.longitude AS lon,
       head([p = (o)-[:IN_AREA]->(:Area)-[:PART_OF*0..]->(r:Area) WHERE NOT EXISTS { (r)-[:PART_OF]->(:Area) }
             | [a IN tail(nodes(p)) | a.code]]) AS areas
ORDER BY id;
