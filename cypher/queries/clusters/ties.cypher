// Clusters, step 2: ties (org_links.csv) leaving the given organizations; the service keeps
// those whose other end is among them too.
// Parameters: $ids: organization ids.
UNWIND $ids AS id
MATCH (:Organization {id: id})-[:SUPPLIES|INVESTS_IN|SUBSIDIARY_OF|COOPERATES]->(b:Organization)
RETURN id AS source, b.id AS target
ORDER BY source, target;
