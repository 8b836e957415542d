// Network map, step 1: the ACTIVE organizations of a scope with what the map draws of them.
// Members appear only as a count. The building/park/area ids give the edges and the cheap grouping.
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
RETURN o.id AS id, o.name AS name, o.employees AS employees,
       COUNT { (o)<-[:WORKS_AT]-(:Member) } AS members,
       o.location.latitude AS lat, o.location.longitude AS lon,
       head([(o)-[:IN_PARK]->(p:Park) | p.id]) AS parkId,
       head([(o)-[:IN_BUILDING]->(b:Building) | b.id]) AS buildingId,
       head([(o)-[:IN_AREA]->(a:Area) | a.code]) AS areaCode
ORDER BY id;
