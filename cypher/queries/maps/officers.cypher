// Network map, step 3: the guidance officers assigned to the map's organizations (GUIDES edges).
// Parameters: $ids: the map's organization ids.
UNWIND $ids AS id
MATCH (g:Officer)-[:GUIDES]->(:Organization {id: id})
WITH g, collect(id) AS guides
RETURN g.id AS id, g.name AS name, guides
ORDER BY id;
