// Organization gaps of a scope (UNCOVERED, NEW_UNCOVERED, SHOULD_BUILD, GRADUATION, JOINT_CANDIDATE,
// HIDDEN_MEMBERS, STALE_RECORD, OWNER_MEMBER_UNBUILT, PLAN_OVERDUE, SOON_SHOULD_BUILD), in gap-kind
// order then id order: the count of all of them and
// the first $limit after the cursor ($afterRank, $afterId). Only ACTIVE organizations count.
// Parameters: $areaCode or $parkId (or neither); $kinds (names); $rank (kind name -> order);
// $minFullMembers (3); $asOf (the date the rules are judged at); $at (the date of the history:
// docs/domain.md, "History"); $previous (the ids active in the scope at the previous period, for
// NEW_UNCOVERED; null: none); $staleDays (92); $afterRank, $afterId (or null); $limit.
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
// Each figure is computed only when an asked kind needs it (a parameter-only predicate first in
// each subquery, which the planner checks before expanding): one kind costs that kind.
WITH o, s,
     COUNT { (o)<-[e:WORKS_AT|WAS_WORKS_AT]-(m:Member|GoneMember)
             WHERE any(k IN $kinds WHERE k IN ['SHOULD_BUILD', 'GRADUATION', 'JOINT_CANDIDATE', 'SOON_SHOULD_BUILD'])
               AND coalesce(e.from <= $at, true) AND coalesce($at < e.to, true) AND coalesce(head([(m)-[x:WAS]->(v:Version) WHERE x.from <= $at < x.to | v]), m).status = 'FULL' } AS fullMembers,
     // next quarter's members: probationary members and candidates (发展对象, a :Prospect stage)
     COUNT { (o)<-[e:WORKS_AT|WAS_WORKS_AT]-(m:Member|GoneMember)
             WHERE 'SOON_SHOULD_BUILD' IN $kinds AND coalesce(e.from <= $at, true) AND coalesce($at < e.to, true) AND coalesce(head([(m)-[x:WAS]->(v:Version) WHERE x.from <= $at < x.to | v]), m).status = 'PROBATIONARY' } +
       COUNT { (o)<-[e:WORKS_AT|WAS_WORKS_AT]-(p:Prospect|GoneProspect)
               WHERE 'SOON_SHOULD_BUILD' IN $kinds AND coalesce(e.from <= $at, true) AND coalesce($at < e.to, true) AND coalesce(head([(p)-[x:WAS]->(v:Version) WHERE x.from <= $at < x.to | v]), p).status = 'CANDIDATE' } AS comingMembers,
     EXISTS { (o)<-[c:COVERS|WAS_COVERS]-(:PartyOrganization|GonePartyOrganization)
              WHERE any(k IN $kinds WHERE NOT k IN ['HIDDEN_MEMBERS', 'STALE_RECORD']) AND coalesce(c.from <= $at, true) AND coalesce($at < c.to, true) } AS covered,
     EXISTS { (o)<-[c:COVERS|WAS_COVERS]-(po:PartyOrganization|GonePartyOrganization)
              WHERE 'GRADUATION' IN $kinds AND coalesce(c.from <= $at, true) AND coalesce($at < c.to, true) AND coalesce(head([(po)-[x:WAS]->(v:Version) WHERE x.from <= $at < x.to | v]), po).formation = 'STANDALONE' } AS standalone,
     EXISTS { (o)<-[g:GUIDES|WAS_GUIDES]-(:Officer|GoneOfficer)
              WHERE any(k IN $kinds WHERE k IN ['UNCOVERED', 'NEW_UNCOVERED']) AND coalesce(g.from <= $at, true) AND coalesce($at < g.to, true) } AS guided,
     // 隐形/口袋党员: held nowhere, or in a party organization that does not cover this organization
     COUNT { (o)<-[e:WORKS_AT|WAS_WORKS_AT]-(m:Member|GoneMember)
             WHERE 'HIDDEN_MEMBERS' IN $kinds AND coalesce(e.from <= $at, true) AND coalesce($at < e.to, true)
               AND NOT EXISTS { (m)-[h:MEMBER_OF|WAS_MEMBER_OF]->(:PartyOrganization|GonePartyOrganization)-[c:COVERS|WAS_COVERS]->(o)
                                WHERE coalesce(h.from <= $at, true) AND coalesce($at < h.to, true) AND coalesce(c.from <= $at, true) AND coalesce($at < c.to, true) } } AS hidden
UNWIND [
  CASE WHEN NOT covered AND NOT guided THEN {kind: 'UNCOVERED', count: null} END,
  CASE WHEN NOT covered AND NOT guided AND $previous IS NOT NULL AND NOT o.id IN $previous
       THEN {kind: 'NEW_UNCOVERED', count: null} END,
  CASE WHEN fullMembers >= $minFullMembers AND NOT covered THEN {kind: 'SHOULD_BUILD', count: fullMembers} END,
  CASE WHEN fullMembers >= $minFullMembers AND covered AND NOT standalone THEN {kind: 'GRADUATION', count: fullMembers} END,
  CASE WHEN fullMembers >= 1 AND fullMembers < $minFullMembers AND NOT covered THEN {kind: 'JOINT_CANDIDATE', count: fullMembers} END,
  CASE WHEN hidden > 0 THEN {kind: 'HIDDEN_MEMBERS', count: hidden} END,
  CASE WHEN s.verifiedOn IS NULL OR s.verifiedOn < $asOf - duration({days: $staleDays})
       THEN {kind: 'STALE_RECORD', count: CASE WHEN s.verifiedOn IS NULL THEN null ELSE duration.inDays(s.verifiedOn, $asOf).days END} END,
  CASE WHEN s.ownerIsMember = true AND NOT covered THEN {kind: 'OWNER_MEMBER_UNBUILT', count: null} END,
  CASE WHEN s.plannedOn < $asOf AND NOT covered THEN {kind: 'PLAN_OVERDUE', count: duration.inDays(s.plannedOn, $asOf).days} END,
  CASE WHEN fullMembers < $minFullMembers AND fullMembers + comingMembers >= $minFullMembers AND NOT covered
       THEN {kind: 'SOON_SHOULD_BUILD', count: fullMembers + comingMembers} END
] AS gap
WITH o, s, gap
WHERE gap IS NOT NULL AND gap.kind IN $kinds
WITH $rank[gap.kind] AS rank, o.id AS id, gap.kind AS kind, gap.count AS count,
     s.location.latitude AS lat, s.location.longitude AS lon
ORDER BY rank, id
WITH collect({rank: rank, kind: kind, id: id, count: count, lat: lat, lon: lon}) AS gaps
RETURN size(gaps) AS totalCount,
       [g IN gaps WHERE $afterRank IS NULL OR g.rank > $afterRank OR (g.rank = $afterRank AND g.id > $afterId)][0..$limit] AS page;
