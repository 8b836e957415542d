// Clusters, step 6: coverage of each cluster's organizations (the definitions of
// docs/domain.md, as coverage.cypher counts them) and its joint-branch candidates
// (JOINT_CANDIDATE: 1 to $minFullMembers − 1 full members and not organization-covered).
// Parameters: $clusters: [{id, organizations: [ids]}]; $minFullMembers (3).
UNWIND $clusters AS c
UNWIND c.organizations AS id
MATCH (o:Organization {id: id})
WITH c.id AS cluster,
     EXISTS { (o)<-[:COVERS]-(:PartyOrganization) } AS organizationCovered,
     EXISTS { (o)<-[:COVERS]-(:PartyOrganization {formation: 'STANDALONE'}) } AS standaloneCovered,
     EXISTS { (o)<-[:GUIDES]-(:Officer) } AS guided,
     COUNT { (o)<-[:WORKS_AT]-(m:Member) WHERE m.status = 'FULL' } AS fullMembers
RETURN cluster,
       count(*) AS total,
       count(CASE WHEN organizationCovered THEN 1 END) AS organizationCovered,
       count(CASE WHEN organizationCovered OR guided THEN 1 END) AS workCovered,
       count(CASE WHEN standaloneCovered THEN 1 END) AS standaloneCovered,
       count(CASE WHEN fullMembers >= 1 AND fullMembers < $minFullMembers AND NOT organizationCovered THEN 1 END) AS eligibleUnits;
