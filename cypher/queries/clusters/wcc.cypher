// Clusters, step 4 (WCC): weakly connected components of the projected graph (weights ignored).
// Parameters: $graphName.
CALL gds.wcc.stream($graphName, {concurrency: 1, logProgress: false})
YIELD nodeId, componentId
RETURN nodeId, componentId AS communityId;
