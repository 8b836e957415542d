// The guidance officers of a scope: those guiding an organization of the scope and those whose
// area lies in it; everything when neither is given. Parameters: $areaCode, $parkId.
// Held verbatim by every query that selects a scope's officers (CypherFilesTests).
CALL () {
  MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(:Organization)<-[:GUIDES]-(g:Officer) RETURN g
  UNION
  MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(g:Officer) RETURN g
  UNION
  MATCH (:Park {id: $parkId})<-[:IN_PARK]-(:Organization)<-[:GUIDES]-(g:Officer) RETURN g
  UNION
  MATCH (:Park {id: $parkId})<-[:IN_PARK]-(:Building)<-[:IN_BUILDING]-(:Organization)<-[:GUIDES]-(g:Officer) RETURN g
  UNION
  MATCH (g:Officer) WHERE $areaCode IS NULL AND $parkId IS NULL RETURN g
}
