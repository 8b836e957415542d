// A page of organizations of a scope, in id order, after a cursor; with the count of all matching.
// Parameters: $areaCode or $parkId (or neither: everything), $statuses (e.g. ['ACTIVE']), $kind,
// $industry (code prefix, e.g. 'I65'), $nameContains, $aboveScale, $after (last id seen), $limit.
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
WHERE o.status IN $statuses
  AND ($kind IS NULL OR o.kind = $kind)
  AND ($industry IS NULL OR o.industryCode STARTS WITH $industry)
  AND ($nameContains IS NULL OR o.name CONTAINS $nameContains)
  AND ($aboveScale IS NULL OR o.aboveScale = $aboveScale)
WITH o.id AS id
ORDER BY id
WITH collect(id) AS ids
RETURN size(ids) AS totalCount, [id IN ids WHERE $after IS NULL OR id > $after][0..$limit] AS ids;
