// Quarterly history (docs/adr/0004, docs/domain.md "History"): every import is journaled as an
// (:Import) with the date its ledger describes; the versions it opened carry its id, so a revert
// finds them by index.
CREATE CONSTRAINT import_id IF NOT EXISTS FOR (n:Import) REQUIRE n.id IS UNIQUE;
CREATE INDEX import_as_of IF NOT EXISTS FOR (n:Import) ON (n.asOf);
CREATE INDEX version_import IF NOT EXISTS FOR ()-[w:WAS]-() ON (w.importId);
// Organizations a snapshot left out are still found by id at the dates they were there.
CREATE INDEX gone_organization_id IF NOT EXISTS FOR (n:GoneOrganization) ON (n.id);
// The history's labels, relationship types and property keys exist from the start (a token is
// known once something had it), so queries of a store without history plan without warnings.
CREATE (n:GoneOrganization:GonePark:GoneBuilding:GonePartyOrganization:GoneOfficer:GoneMember:GoneProspect:Version
        {goneOn: date(), goneBy: '', validFrom: date(), createdBy: ''})
CREATE (n)-[:WAS {from: date(), to: date(), importId: '', endedBy: '', createdBy: ''}]->(n), (n)-[:WAS_PART_OF]->(n), (n)-[:WAS_IN_AREA]->(n), (n)-[:WAS_IN_PARK]->(n),
       (n)-[:WAS_IN_BUILDING]->(n), (n)-[:WAS_REPORTS_TO]->(n), (n)-[:WAS_COVERS]->(n), (n)-[:WAS_MEMBER_OF]->(n),
       (n)-[:WAS_WORKS_AT]->(n), (n)-[:WAS_CULTIVATED_BY]->(n), (n)-[:WAS_GUIDES]->(n), (n)-[:WAS_SUPPLIES]->(n),
       (n)-[:WAS_INVESTS_IN]->(n), (n)-[:WAS_SUBSIDIARY_OF]->(n), (n)-[:WAS_COOPERATES]->(n)
WITH n
DETACH DELETE n;
