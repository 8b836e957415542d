package cn.liangxin.graph.clusters;

/** The community-detection algorithm (all from Neo4j Graph Data Science). */
public enum ClusterMethod {

	/** Leiden on the weighted graph; well-connected communities, modularity optimised. */
	LEIDEN,
	/** Louvain on the weighted graph. */
	LOUVAIN,
	/** Weakly connected components of the graph (weights ignored). */
	WCC,
	/** k-means on the [lat, lon] locations (edges ignored). */
	KMEANS

}
