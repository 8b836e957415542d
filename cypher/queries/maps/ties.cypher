// Network map, step 4: ties (org_links.csv) leaving the map's organizations; the service keeps
// those whose other end is in the map too.
// Parameters: $ids: the map's organization ids.
UNWIND $ids AS id
MATCH (:Organization {id: id})-[t:SUPPLIES|INVESTS_IN|SUBSIDIARY_OF|COOPERATES]->(b:Organization)
RETURN id AS source, type(t) AS kind, b.id AS target
ORDER BY source, kind, target;
