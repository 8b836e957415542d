// The ACTIVE organizations of a scope as they stood at $at, each with its two coverage flags
// (docs/domain.md, "Definitions the analytics use"): what coverageChanges compares between two
// dates and NEW_UNCOVERED compares with the previous period.
// Parameters: $areaCode or $parkId (or neither); $at (docs/domain.md, "History").
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
WHERE s.status = 'ACTIVE'
WITH o,
     EXISTS { (o)<-[c:COVERS|WAS_COVERS]-(:PartyOrganization|GonePartyOrganization)
              WHERE coalesce(c.from <= $at, true) AND coalesce($at < c.to, true) } AS organizationCovered,
     EXISTS { (o)<-[g:GUIDES|WAS_GUIDES]-(:Officer|GoneOfficer)
              WHERE coalesce(g.from <= $at, true) AND coalesce($at < g.to, true) } AS guided
RETURN o.id AS id, organizationCovered, organizationCovered OR guided AS workCovered
ORDER BY id;
