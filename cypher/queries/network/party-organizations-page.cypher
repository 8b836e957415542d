// A page of party organizations of a scope, in id order, after a cursor; with the count of all matching.
// In a scope: covering an organization of the scope, or sitting in the scope's area (or below) or park.
// Parameters: $areaCode or $parkId (or neither), $level, $formation, $nameContains, $stars (exact),
// $rating, $termDueBefore (term_ends_on before this date), $after, $limit.
CALL () {
  MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(:Organization)<-[:COVERS]-(po:PartyOrganization) RETURN po
  UNION
  MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(po:PartyOrganization) RETURN po
  UNION
  MATCH (:Park {id: $parkId})<-[:IN_PARK]-(:Organization)<-[:COVERS]-(po:PartyOrganization) RETURN po
  UNION
  MATCH (:Park {id: $parkId})<-[:IN_PARK]-(:Building)<-[:IN_BUILDING]-(:Organization)<-[:COVERS]-(po:PartyOrganization) RETURN po
  UNION
  MATCH (:Park {id: $parkId})<-[:IN_PARK]-(po:PartyOrganization) RETURN po
  UNION
  MATCH (po:PartyOrganization) WHERE $areaCode IS NULL AND $parkId IS NULL RETURN po
}
WITH po
WHERE ($level IS NULL OR po.level = $level)
  AND ($formation IS NULL OR po.formation = $formation)
  AND ($nameContains IS NULL OR po.name CONTAINS $nameContains)
  AND ($stars IS NULL OR po.stars = $stars)
  AND ($rating IS NULL OR po.rating = $rating)
  AND ($termDueBefore IS NULL OR po.termEndsOn < $termDueBefore)
WITH po.id AS id
ORDER BY id
WITH collect(id) AS ids
RETURN size(ids) AS totalCount, [id IN ids WHERE $after IS NULL OR id > $after][0..$limit] AS ids;
