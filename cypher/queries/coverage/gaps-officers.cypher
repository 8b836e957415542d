// Officer gaps (OFFICER_OVERLOAD): assigned to more than $maxOfficerLoad (10) ACTIVE organizations.
// An officer is in scope when an organization assigned to it is, or when it sits in the scope's
// area (or below). Parameters: $areaCode or $parkId (or neither); $kinds; $rank; $maxOfficerLoad;
// $afterRank, $afterId; $limit.
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
WITH g, COUNT { (g)-[:GUIDES]->(o:Organization) WHERE o.status = 'ACTIVE' } AS load
WHERE load > $maxOfficerLoad AND 'OFFICER_OVERLOAD' IN $kinds
WITH $rank['OFFICER_OVERLOAD'] AS rank, g.id AS id, load
ORDER BY id
WITH collect({rank: rank, kind: 'OFFICER_OVERLOAD', id: id, count: load}) AS gaps
RETURN size(gaps) AS totalCount,
       [g IN gaps WHERE $afterRank IS NULL OR g.rank > $afterRank OR (g.rank = $afterRank AND g.id > $afterId)][0..$limit] AS page;
