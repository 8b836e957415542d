// A page of party organizations of a scope as of a date, in id order, after a cursor; with the
// count of all matching, each filtered on its state at $at (the latest: network.AsOf.LATEST).
// In a scope: covering an organization of the scope, or sitting in the scope's area (or below) or park.
// Parameters: $areaCode or $parkId (or neither), $at (docs/domain.md, "History"), $level,
// $formation, $nameContains, $stars (exact), $rating, $termDueBefore (term_ends_on before this
// date), $after, $limit.
CALL () {
  MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[r:IN_AREA|WAS_IN_AREA]-(:Organization|GoneOrganization)<-[c:COVERS|WAS_COVERS]-(po:PartyOrganization|GonePartyOrganization)
  WHERE coalesce(r.from <= $at, true) AND coalesce($at < r.to, true)
    AND coalesce(c.from <= $at, true) AND coalesce($at < c.to, true) RETURN po
  UNION
  MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[r:IN_AREA|WAS_IN_AREA]-(po:PartyOrganization|GonePartyOrganization)
  WHERE coalesce(r.from <= $at, true) AND coalesce($at < r.to, true) RETURN po
  UNION
  MATCH (:Park {id: $parkId})<-[r:IN_PARK|WAS_IN_PARK]-(:Organization|GoneOrganization)<-[c:COVERS|WAS_COVERS]-(po:PartyOrganization|GonePartyOrganization)
  WHERE coalesce(r.from <= $at, true) AND coalesce($at < r.to, true)
    AND coalesce(c.from <= $at, true) AND coalesce($at < c.to, true) RETURN po
  UNION
  MATCH (:Park {id: $parkId})<-[r:IN_PARK|WAS_IN_PARK]-(:Building|GoneBuilding)<-[b:IN_BUILDING|WAS_IN_BUILDING]-(:Organization|GoneOrganization)<-[c:COVERS|WAS_COVERS]-(po:PartyOrganization|GonePartyOrganization)
  WHERE coalesce(r.from <= $at, true) AND coalesce($at < r.to, true)
    AND coalesce(b.from <= $at, true) AND coalesce($at < b.to, true)
    AND coalesce(c.from <= $at, true) AND coalesce($at < c.to, true) RETURN po
  UNION
  MATCH (:Park {id: $parkId})<-[r:IN_PARK|WAS_IN_PARK]-(po:PartyOrganization|GonePartyOrganization)
  WHERE coalesce(r.from <= $at, true) AND coalesce($at < r.to, true) RETURN po
  UNION
  MATCH (po:PartyOrganization|GonePartyOrganization) WHERE $areaCode IS NULL AND $parkId IS NULL
    AND ((coalesce(po.validFrom <= $at, true) AND coalesce($at < po.goneOn, true))
         OR EXISTS { (po)-[w:WAS]->(:Version) WHERE w.from <= $at < w.to })
  RETURN po
}
WITH po, coalesce(head([(po)-[w:WAS]->(v:Version) WHERE w.from <= $at < w.to | v]), po) AS s
WITH po, s
WHERE ($level IS NULL OR s.level = $level)
  AND ($formation IS NULL OR s.formation = $formation)
  AND ($nameContains IS NULL OR s.name CONTAINS $nameContains)
  AND ($stars IS NULL OR s.stars = $stars)
  AND ($rating IS NULL OR s.rating = $rating)
  AND ($termDueBefore IS NULL OR s.termEndsOn < $termDueBefore)
WITH po.id AS id
ORDER BY id
WITH collect(id) AS ids
RETURN size(ids) AS totalCount, [id IN ids WHERE $after IS NULL OR id > $after][0..$limit] AS ids;
