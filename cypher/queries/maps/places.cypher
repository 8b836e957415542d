// Network map, step 5: parks and buildings — the scope's park with all its buildings, and the
// parks and buildings the map's organizations are in (with a building's park).
// Parameters: $parkId (the scope's park, or null); $parkIds, $buildingIds: the organizations' places.
CALL () {
  MATCH (p:Park {id: $parkId}) RETURN p AS place
  UNION
  MATCH (:Park {id: $parkId})<-[:IN_PARK]-(b:Building) RETURN b AS place
  UNION
  UNWIND $parkIds AS id MATCH (p:Park {id: id}) RETURN p AS place
  UNION
  UNWIND $buildingIds AS id MATCH (b:Building {id: id}) RETURN b AS place
  UNION
  UNWIND $buildingIds AS id MATCH (:Building {id: id})-[:IN_PARK]->(p:Park) RETURN p AS place
}
RETURN CASE WHEN place:Park THEN 'PARK' ELSE 'BUILDING' END AS kind, place.id AS id, place.name AS name,
       place.location.latitude AS lat, place.location.longitude AS lon,
       head([(place)-[:IN_PARK]->(p:Park) | p.id]) AS parkId
ORDER BY kind, id;
