// Organization gaps of a scope (UNCOVERED, SHOULD_BUILD, GRADUATION, JOINT_CANDIDATE,
// HIDDEN_MEMBERS, STALE_RECORD, OWNER_MEMBER_UNBUILT, PLAN_OVERDUE, SOON_SHOULD_BUILD), in gap-kind
// order then id order: the count of all of them and
// the first $limit after the cursor ($afterRank, $afterId). Only ACTIVE organizations count.
// Parameters: $areaCode or $parkId (or neither); $kinds (names); $rank (kind name -> order);
// $minFullMembers (3); $asOf (date); $staleDays (92); $afterRank, $afterId (or null); $limit.
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
WHERE o.status = 'ACTIVE'
// Each figure is computed only when an asked kind needs it (a parameter-only predicate first in
// each subquery, which the planner checks before expanding): one kind costs that kind.
WITH o,
     COUNT { (o)<-[:WORKS_AT]-(m:Member)
             WHERE any(k IN $kinds WHERE k IN ['SHOULD_BUILD', 'GRADUATION', 'JOINT_CANDIDATE', 'SOON_SHOULD_BUILD'])
               AND m.status = 'FULL' } AS fullMembers,
     // next quarter's members: probationary members and candidates (发展对象, a :Prospect stage)
     COUNT { (o)<-[:WORKS_AT]-(m:Member) WHERE 'SOON_SHOULD_BUILD' IN $kinds AND m.status = 'PROBATIONARY' } +
       COUNT { (o)<-[:WORKS_AT]-(p:Prospect) WHERE 'SOON_SHOULD_BUILD' IN $kinds AND p.status = 'CANDIDATE' } AS comingMembers,
     EXISTS { (o)<-[:COVERS]-(:PartyOrganization)
              WHERE any(k IN $kinds WHERE NOT k IN ['HIDDEN_MEMBERS', 'STALE_RECORD']) } AS covered,
     EXISTS { (o)<-[:COVERS]-(po:PartyOrganization) WHERE 'GRADUATION' IN $kinds AND po.formation = 'STANDALONE' } AS standalone,
     EXISTS { (o)<-[:GUIDES]-(:Officer) WHERE 'UNCOVERED' IN $kinds } AS guided,
     // 隐形/口袋党员: held nowhere, or in a party organization that does not cover this organization
     COUNT { (o)<-[:WORKS_AT]-(m:Member)
             WHERE 'HIDDEN_MEMBERS' IN $kinds AND NOT EXISTS { (m)-[:MEMBER_OF]->(:PartyOrganization)-[:COVERS]->(o) } } AS hidden
UNWIND [
  CASE WHEN NOT covered AND NOT guided THEN {kind: 'UNCOVERED', count: null} END,
  CASE WHEN fullMembers >= $minFullMembers AND NOT covered THEN {kind: 'SHOULD_BUILD', count: fullMembers} END,
  CASE WHEN fullMembers >= $minFullMembers AND covered AND NOT standalone THEN {kind: 'GRADUATION', count: fullMembers} END,
  CASE WHEN fullMembers >= 1 AND fullMembers < $minFullMembers AND NOT covered THEN {kind: 'JOINT_CANDIDATE', count: fullMembers} END,
  CASE WHEN hidden > 0 THEN {kind: 'HIDDEN_MEMBERS', count: hidden} END,
  CASE WHEN o.verifiedOn IS NULL OR o.verifiedOn < $asOf - duration({days: $staleDays})
       THEN {kind: 'STALE_RECORD', count: CASE WHEN o.verifiedOn IS NULL THEN null ELSE duration.inDays(o.verifiedOn, $asOf).days END} END,
  CASE WHEN o.ownerIsMember = true AND NOT covered THEN {kind: 'OWNER_MEMBER_UNBUILT', count: null} END,
  CASE WHEN o.plannedOn < $asOf AND NOT covered THEN {kind: 'PLAN_OVERDUE', count: duration.inDays(o.plannedOn, $asOf).days} END,
  CASE WHEN fullMembers < $minFullMembers AND fullMembers + comingMembers >= $minFullMembers AND NOT covered
       THEN {kind: 'SOON_SHOULD_BUILD', count: fullMembers + comingMembers} END
] AS gap
WITH o, gap
WHERE gap IS NOT NULL AND gap.kind IN $kinds
WITH $rank[gap.kind] AS rank, o.id AS id, gap.kind AS kind, gap.count AS count,
     o.location.latitude AS lat, o.location.longitude AS lon
ORDER BY rank, id
WITH collect({rank: rank, kind: kind, id: id, count: count, lat: lat, lon: lon}) AS gaps
RETURN size(gaps) AS totalCount,
       [g IN gaps WHERE $afterRank IS NULL OR g.rank > $afterRank OR (g.rank = $afterRank AND g.id > $afterId)][0..$limit] AS page;
