// Member profile of a scope: the people employed in its ACTIVE organizations, party members
// (:Member, FULL or PROBATIONARY) and the recruitment pipeline (:Prospect, APPLICANT, ACTIVIST,
// CANDIDATE), grouped by stage, birth year, education and mobility. Counts only: no member is
// ever returned. The service folds birth years into age bands at the as-of date.
// Parameters: $areaCode or $parkId (or neither: everything).
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
MATCH (o)<-[:WORKS_AT]-(m)
WHERE m:Member OR m:Prospect
RETURN m.status AS status, m.birthYear AS birthYear, m.education AS education, m.mobile AS mobile, count(*) AS n;
