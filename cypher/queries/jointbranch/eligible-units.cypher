// Units eligible for a joint branch (JOINT_CANDIDATE): ACTIVE organizations of the scope with
// 1 to $minFullMembers - 1 full members and no party organization, with what the planner needs.
// Parameters: $areaCode or $parkId (or neither: everything); $minFullMembers (3).
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
WHERE o.status = 'ACTIVE' AND NOT EXISTS { (o)<-[:COVERS]-(:PartyOrganization) }
WITH o, COUNT { (o)<-[:WORKS_AT]-(m:Member) WHERE m.status = 'FULL' } AS fullMembers
WHERE fullMembers >= 1 AND fullMembers < $minFullMembers
RETURN o.id AS id, fullMembers,
       COUNT { (o)<-[:WORKS_AT]-(:Member) } AS members,
       coalesce(o.employees, 0) AS employees,
       head([(o)-[:IN_BUILDING]->(b:Building) | b.id]) AS buildingId,
       coalesce(head([(o)-[:IN_PARK]->(p:Park) | p.id]),
                head([(o)-[:IN_BUILDING]->(:Building)-[:IN_PARK]->(p:Park) | p.id])) AS parkId,
       head([(o)-[:IN_AREA]->(a:Area) | a.code]) AS communityCode,
       o.location.latitude AS lat, o.location.longitude AS lon,
       o.industrySection AS section, o.industryDivision AS division,
       EXISTS { (o)<-[:GUIDES]-(:Officer) } AS guided
ORDER BY id;
