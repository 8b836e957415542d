// Party-organization gaps (UNDERSIZED_BRANCH, OVERSIZED_BRANCH, JOINT_TOO_WIDE,
// COVERS_DEREGISTERED, TERM_DUE, NO_SECRETARY, WEAK_BRANCH, PROBATION_OVERDUE). A party organization is in scope when a unit it covers is, or when it
// sits in the scope's area (or below) or park. Counts as in gaps-organizations.cypher.
// Parameters: $areaCode or $parkId (or neither); $kinds; $rank; $minFullMembers (3);
// $maxBranchMembers (50); $maxJointUnits (5); $asOf (date); $termDueDays (90); $weakStars (1);
// $probationGraceDays (30); $afterRank, $afterId; $limit.
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
WITH po,
     COUNT { (po)<-[:MEMBER_OF]-(m:Member) WHERE m.status = 'FULL' } AS fullMembers,
     COUNT { (po)<-[:MEMBER_OF]-(:Member) } AS members,
     COUNT { (po)-[:COVERS]->(o:Organization) WHERE o.status = 'ACTIVE' } AS activeUnits,
     COUNT { (po)-[:COVERS]->(o:Organization) WHERE o.status = 'DEREGISTERED' } AS deregisteredUnits,
     // 转正 overdue: probation ended more than $probationGraceDays before the as-of date
     COUNT { (po)<-[:MEMBER_OF]-(m:Member) WHERE m.status = 'PROBATIONARY'
             AND m.probationEndsOn < $asOf - duration({days: $probationGraceDays}) } AS probationOverdue
UNWIND [
  CASE WHEN po.level = 'BRANCH' AND fullMembers < $minFullMembers THEN {kind: 'UNDERSIZED_BRANCH', count: fullMembers} END,
  CASE WHEN po.level = 'BRANCH' AND members > $maxBranchMembers THEN {kind: 'OVERSIZED_BRANCH', count: members} END,
  CASE WHEN po.formation = 'JOINT' AND activeUnits > $maxJointUnits THEN {kind: 'JOINT_TOO_WIDE', count: activeUnits} END,
  CASE WHEN deregisteredUnits > 0 THEN {kind: 'COVERS_DEREGISTERED', count: deregisteredUnits} END,
  CASE WHEN po.termEndsOn <= $asOf + duration({days: $termDueDays})
       THEN {kind: 'TERM_DUE', count: duration.inDays($asOf, po.termEndsOn).days} END,
  CASE WHEN po.hasSecretary = false THEN {kind: 'NO_SECRETARY', count: null} END,
  // count: the stars when they make it weak, null when only the rating does
  CASE WHEN po.rating = 'WEAK' OR po.stars <= $weakStars
       THEN {kind: 'WEAK_BRANCH', count: CASE WHEN po.stars <= $weakStars THEN po.stars END} END,
  CASE WHEN probationOverdue > 0 THEN {kind: 'PROBATION_OVERDUE', count: probationOverdue} END
] AS gap
WITH po, gap
WHERE gap IS NOT NULL AND gap.kind IN $kinds
WITH $rank[gap.kind] AS rank, po.id AS id, gap.kind AS kind, gap.count AS count
ORDER BY rank, id
WITH collect({rank: rank, kind: kind, id: id, count: count}) AS gaps
RETURN size(gaps) AS totalCount,
       [g IN gaps WHERE $afterRank IS NULL OR g.rank > $afterRank OR (g.rank = $afterRank AND g.id > $afterId)][0..$limit] AS page;
