// Party-organization gaps (UNDERSIZED_BRANCH, OVERSIZED_BRANCH, JOINT_TOO_WIDE,
// COVERS_DEREGISTERED). A party organization is in scope when a unit it covers is, or when it
// sits in the scope's area (or below) or park. Counts as in gaps-organizations.cypher.
// Parameters: $areaCode or $parkId (or neither); $kinds; $rank; $minFullMembers (3);
// $maxBranchMembers (50); $maxJointUnits (5); $afterRank, $afterId; $limit.
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
     COUNT { (po)-[:COVERS]->(o:Organization) WHERE o.status = 'DEREGISTERED' } AS deregisteredUnits
UNWIND [
  CASE WHEN po.level = 'BRANCH' AND fullMembers < $minFullMembers THEN {kind: 'UNDERSIZED_BRANCH', count: fullMembers} END,
  CASE WHEN po.level = 'BRANCH' AND members > $maxBranchMembers THEN {kind: 'OVERSIZED_BRANCH', count: members} END,
  CASE WHEN po.formation = 'JOINT' AND activeUnits > $maxJointUnits THEN {kind: 'JOINT_TOO_WIDE', count: activeUnits} END,
  CASE WHEN deregisteredUnits > 0 THEN {kind: 'COVERS_DEREGISTERED', count: deregisteredUnits} END
] AS gap
WITH po, gap
WHERE gap IS NOT NULL AND gap.kind IN $kinds
WITH $rank[gap.kind] AS rank, po.id AS id, gap.kind AS kind, gap.count AS count
ORDER BY rank, id
WITH collect({rank: rank, kind: kind, id: id, count: count}) AS gaps
RETURN size(gaps) AS totalCount,
       [g IN gaps WHERE $afterRank IS NULL OR g.rank > $afterRank OR (g.rank = $afterRank AND g.id > $afterId)][0..$limit] AS page;
