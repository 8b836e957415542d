// Clusters, step 4 (KMEANS): k-means on the [lat, lon] location property (edges ignored); a
// fixed seed and one thread make the answer repeatable. Parameters: $graphName; $k.
CALL gds.kmeans.stream($graphName, {nodeProperty: 'location', k: $k, randomSeed: 42, concurrency: 1, logProgress: false})
YIELD nodeId, communityId
RETURN nodeId, communityId;
