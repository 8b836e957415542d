package cn.liangxin.graph.clusters;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The clusters of a scope: every ACTIVE organization of the scope is in exactly one of
 * them.
 *
 * @param modularity weighted modularity of the partition on the weighted graph
 * ({@link Modularity}), null when the graph has no edge
 */
public record ClusterResult(ClusterMethod method, List<Cluster> clusters, @Nullable Double modularity) {
}
