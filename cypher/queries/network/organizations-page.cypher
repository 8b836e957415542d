// A page of organizations of a scope as of a date, in id order, after a cursor; with the count of
// all matching. Each is filtered on its state at $at (the latest: network.AsOf.LATEST, where no
// ended link or version is valid, so the same organizations as the stored state alone).
// Parameters: $areaCode or $parkId (or neither: everything), $at (docs/domain.md, "History"),
// $statuses (e.g. ['ACTIVE']), $kind, $industry (code prefix, e.g. 'I65'), $nameContains,
// $aboveScale, $after (last id seen), $limit.
CALL () {
  MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[r:IN_AREA|WAS_IN_AREA]-(o:Organization|GoneOrganization)
  WHERE coalesce(r.from <= $at, true) AND coalesce($at < r.to, true) RETURN o
  UNION
  MATCH (:Park {id: $parkId})<-[r:IN_PARK|WAS_IN_PARK]-(o:Organization|GoneOrganization)
  WHERE coalesce(r.from <= $at, true) AND coalesce($at < r.to, true) RETURN o
  UNION
  MATCH (:Park {id: $parkId})<-[r:IN_PARK|WAS_IN_PARK]-(:Building|GoneBuilding)<-[b:IN_BUILDING|WAS_IN_BUILDING]-(o:Organization|GoneOrganization)
  WHERE coalesce(r.from <= $at, true) AND coalesce($at < r.to, true)
    AND coalesce(b.from <= $at, true) AND coalesce($at < b.to, true) RETURN o
  UNION
  MATCH (o:Organization|GoneOrganization) WHERE $areaCode IS NULL AND $parkId IS NULL
    AND ((coalesce(o.validFrom <= $at, true) AND coalesce($at < o.goneOn, true))
         OR EXISTS { (o)-[w:WAS]->(:Version) WHERE w.from <= $at < w.to })
  RETURN o
}
WITH o, coalesce(head([(o)-[w:WAS]->(v:Version) WHERE w.from <= $at < w.to | v]), o) AS s
WITH o, s
WHERE s.status IN $statuses
  AND ($kind IS NULL OR s.kind = $kind)
  AND ($industry IS NULL OR s.industryCode STARTS WITH $industry)
  AND ($nameContains IS NULL OR s.name CONTAINS $nameContains)
  AND ($aboveScale IS NULL OR s.aboveScale = $aboveScale)
WITH o.id AS id
ORDER BY id
WITH collect(id) AS ids
RETURN size(ids) AS totalCount, [id IN ids WHERE $after IS NULL OR id > $after][0..$limit] AS ids;
