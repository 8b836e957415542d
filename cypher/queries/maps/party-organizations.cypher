// Network map, step 2: the party organizations covering the map's organizations, the units they
// cover among them (COVERS edges) and their parent (a REPORTS_TO edge when the parent is in the
// map too; the service checks that). Members appear only as a count.
// Parameters: $ids: the map's organization ids.
UNWIND $ids AS id
MATCH (po:PartyOrganization)-[:COVERS]->(:Organization {id: id})
WITH po, collect(id) AS covers
RETURN po.id AS id, po.name AS name, COUNT { (po)<-[:MEMBER_OF]-(:Member) } AS members,
       covers, head([(po)-[:REPORTS_TO]->(parent:PartyOrganization) | parent.id]) AS parentId
ORDER BY id;
