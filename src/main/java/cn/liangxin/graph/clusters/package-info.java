/**
 * Community detection over the organizations of a scope (Leiden, Louvain, WCC or k-means
 * in Neo4j Graph Data Science) on a graph whose edge weights are computed in memory by
 * {@link cn.liangxin.graph.clusters.ProximityGraph} from proximity, shared building,
 * industry and ties; each cluster comes with a readable label, its coverage figures and
 * its joint-branch candidates. Statements are the analyst's files under
 * {@code cypher/queries/clusters/}.
 */
@NullMarked
package cn.liangxin.graph.clusters;

import org.jspecify.annotations.NullMarked;
