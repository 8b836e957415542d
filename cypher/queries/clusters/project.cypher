// Clusters, step 3: project the weighted organization graph into the GDS catalog (Cypher
// projection, the gds.graph.project aggregation function). Nodes are the organizations'
// positions in $locations (integers, not database nodes: the weights are computed by the service);
// every node also comes once without a target so organizations without an edge are projected too.
// Parameters: $graphName (unique per call); $locations: [[lat, lon], ...] by node index;
// $edges: [{source, target, weight}] with source < target, projected undirected.
CALL () {
  UNWIND $edges AS e RETURN e.source AS source, e.target AS target, e.weight AS weight
  UNION ALL
  UNWIND range(0, size($locations) - 1) AS i RETURN i AS source, null AS target, null AS weight
}
WITH gds.graph.project($graphName, source, target,
       {sourceNodeProperties: {location: $locations[source]},
        targetNodeProperties: {location: $locations[coalesce(target, source)]},
        relationshipProperties: {weight: coalesce(weight, 0.0)}},
       {undirectedRelationshipTypes: ['*'], logProgress: false}) AS g
RETURN g.graphName AS graphName, g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount;
