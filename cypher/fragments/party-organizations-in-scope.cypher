// The party organizations of a scope: those covering an organization of the scope (in the area or
// below it, in the park directly or through its building) and those sitting in its area or park;
// everything when neither is given. Parameters: $areaCode, $parkId.
// Held verbatim by every query that selects a scope's party organizations (CypherFilesTests).
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
