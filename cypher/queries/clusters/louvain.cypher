// Clusters, step 4 (LOUVAIN): communities of the projected graph, weighted; one thread makes
// the answer repeatable. Parameters: $graphName.
CALL gds.louvain.stream($graphName, {relationshipWeightProperty: 'weight', concurrency: 1, logProgress: false})
YIELD nodeId, communityId
RETURN nodeId, communityId;
