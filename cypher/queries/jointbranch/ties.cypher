// Ties (产业相关、资产相连) among a set of organizations.
// Parameters: $ids (organization ids).
UNWIND $ids AS id
MATCH (a:Organization {id: id})-[t:SUPPLIES|INVESTS_IN|SUBSIDIARY_OF|COOPERATES]->(b:Organization)
WHERE b.id IN $ids
RETURN a.id AS a, b.id AS b, type(t) AS kind;
