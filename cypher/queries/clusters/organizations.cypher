// Clusters, step 1: the ACTIVE organizations of a scope as community detection and the labels
// see them: location, industry, building, park (directly or through the building), community.
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
OPTIONAL MATCH (o)-[:IN_BUILDING]->(b:Building)
WITH o, b, coalesce(head([(o)-[:IN_PARK]->(p:Park) | p]), head([(b)-[:IN_PARK]->(p:Park) | p])) AS park
RETURN o.id AS id, o.location.latitude AS lat, o.location.longitude AS lon,
       o.industrySection AS section, o.industryDivision AS division,
       b.id AS buildingId, b.name AS buildingName, park.id AS parkId, park.name AS parkName,
       head([(o)-[:IN_AREA]->(a:Area) | a.name]) AS areaName
ORDER BY id;
