// Coverage (组织覆盖 / 工作覆盖) of a scope, grouped finely enough for every breakdown: one row
// per (area the organization sits in, park, kind, industry section, above-scale, reason for no
// party organization, ownership) with its counts.
// The service folds the areas into the scope area's children with the area tree, so no
// organization walks the tree here. Only ACTIVE organizations count.
// Definitions: docs/domain.md, "Definitions the analytics use".
// Parameters: $areaCode or $parkId (or neither: everything); $at, the date (docs/domain.md, "History").
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
WITH o, s,
     EXISTS { (o)<-[c:COVERS|WAS_COVERS]-(:PartyOrganization|GonePartyOrganization)
              WHERE coalesce(c.from <= $at, true) AND coalesce($at < c.to, true) } AS organizationCovered,
     EXISTS { (o)<-[c:COVERS|WAS_COVERS]-(po:PartyOrganization|GonePartyOrganization)
              WHERE coalesce(c.from <= $at, true) AND coalesce($at < c.to, true)
                AND coalesce(head([(po)-[w:WAS]->(v:Version) WHERE w.from <= $at < w.to | v.formation]), po.formation) = 'STANDALONE' } AS standaloneCovered,
     EXISTS { (o)<-[g:GUIDES|WAS_GUIDES]-(:Officer|GoneOfficer)
              WHERE coalesce(g.from <= $at, true) AND coalesce($at < g.to, true) } AS guided
WITH organizationCovered, standaloneCovered, organizationCovered OR guided AS workCovered,
     head([(o)-[r:IN_AREA|WAS_IN_AREA]->(a:Area) WHERE coalesce(r.from <= $at, true) AND coalesce($at < r.to, true) | a.code]) AS area,
     coalesce(head([(o)-[r:IN_PARK|WAS_IN_PARK]->(p:Park|GonePark) WHERE coalesce(r.from <= $at, true) AND coalesce($at < r.to, true) | p.id]),
              head([(o)-[b:IN_BUILDING|WAS_IN_BUILDING]->(:Building|GoneBuilding)-[r:IN_PARK|WAS_IN_PARK]->(p:Park|GonePark)
                    WHERE coalesce(b.from <= $at, true) AND coalesce($at < b.to, true)
                      AND coalesce(r.from <= $at, true) AND coalesce($at < r.to, true) | p.id])) AS park,
     s.kind AS kind, s.industrySection AS section, s.aboveScale AS aboveScale,
     s.noPartyOrgReason AS noPartyOrgReason, s.ownership AS ownership
RETURN area, park, kind, section, aboveScale, noPartyOrgReason, ownership,
       count(*) AS total,
       count(CASE WHEN organizationCovered THEN 1 END) AS organizationCovered,
       count(CASE WHEN workCovered THEN 1 END) AS workCovered,
       count(CASE WHEN standaloneCovered THEN 1 END) AS standaloneCovered;
