// Clusters, step 5: drop the projected graph (always, also after a failure).
// Parameters: $graphName.
CALL gds.graph.drop($graphName, false) YIELD graphName
RETURN graphName;
