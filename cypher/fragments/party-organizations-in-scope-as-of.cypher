// The party organizations of a scope as of a date $at (the latest: network.AsOf.LATEST), with $s
// the state each had then: those covering an organization of the scope (in the area or below it,
// in the park directly or through its building) and those sitting in its area or park, by links
// valid at $at, whether still stored or since gone (a SNAPSHOT left them out); everything present
// at $at when neither $areaCode nor $parkId is given. Valid: from <= $at < to, a missing bound
// open (docs/domain.md, "History"). Held verbatim by every query that selects a scope's party
// organizations at a date (CypherFilesTests).
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
