// Clusters, step 4 (LEIDEN): communities of the projected graph, weighted; a fixed seed and one
// thread make the answer repeatable. Parameters: $graphName.
CALL gds.leiden.stream($graphName, {relationshipWeightProperty: 'weight', randomSeed: 42, concurrency: 1, logProgress: false})
YIELD nodeId, communityId
RETURN nodeId, communityId;
