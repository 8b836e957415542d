// The organizations of a scope as of a date $at (the latest state: 9999-12-31), with $s the state
// each had then: those linked to the area (or any area below it) or to the park, directly or
// through the building, by a link valid at $at, whether they are still stored or have since gone
// (a SNAPSHOT left them out); everything present at $at when neither $areaCode nor $parkId is
// given. A link or version is valid at $at when from <= $at < to, a missing bound being open
// (docs/domain.md, "History"). Every query that selects a scope's organizations at a date holds
// this block verbatim (CypherFilesTests).
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
