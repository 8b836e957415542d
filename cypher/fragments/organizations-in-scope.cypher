// The organizations of a scope: in the area or any area below it, in the park directly or through
// its building, or everything when neither is given. Parameters: $areaCode, $parkId.
// Every query that selects a scope's organizations holds this block verbatim (CypherFilesTests),
// so that each file stays runnable on its own in Neo4j Browser.
CALL () {
  MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(o:Organization) RETURN o
  UNION
  MATCH (:Park {id: $parkId})<-[:IN_PARK]-(o:Organization) RETURN o
  UNION
  MATCH (:Park {id: $parkId})<-[:IN_PARK]-(:Building)<-[:IN_BUILDING]-(o:Organization) RETURN o
  UNION
  MATCH (o:Organization) WHERE $areaCode IS NULL AND $parkId IS NULL RETURN o
}
