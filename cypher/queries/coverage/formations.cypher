// Party organizations of a scope per formation (单独 / 联合 / 挂靠 / 区域): the share of formations.
// In a scope as in the party organization list: covering an organization of the scope, or sitting
// in the scope's area (or below) or park. Parameters: $areaCode or $parkId (or neither).
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
RETURN po.formation AS formation, count(*) AS n;
