// Guidance officers of a scope for the assignment planner (docs/domain.md, "Officer assignment"):
// those whose area is the scope's area or lies below it (a park: the park's area or below it; no
// scope: all), with their load (the ACTIVE organizations they guide now, wherever those lie), their
// own location (officers.csv lat/lon) and the mean location of the located ones they guide.
// Parameters: $areaCode or $parkId (or neither: everything).
CALL () {
  MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(g:Officer) RETURN g
  UNION
  MATCH (:Park {id: $parkId})-[:IN_AREA]->(:Area)<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(g:Officer) RETURN g
  UNION
  MATCH (g:Officer) WHERE $areaCode IS NULL AND $parkId IS NULL RETURN g
}
WITH g
OPTIONAL MATCH (g)-[:GUIDES]->(o:Organization {status: 'ACTIVE'})
WITH g, count(o) AS load, avg(o.location.latitude) AS guidedLat, avg(o.location.longitude) AS guidedLon
RETURN g.id AS id, g.name AS name, head([(g)-[:IN_AREA]->(a:Area) | a.code]) AS areaCode, load,
       g.location.latitude AS lat, g.location.longitude AS lon, guidedLat, guidedLon
ORDER BY id;
