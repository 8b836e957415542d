/**
 * Network maps: the organizations of a scope with the party organizations, officers,
 * places and ties around them, laid out server-side
 * ({@link cn.liangxin.graph.maps.ForceLayout}, {@link cn.liangxin.graph.maps.GeoLayout},
 * both free of the database) and exported as G6, ECharts or Cytoscape JSON
 * ({@link cn.liangxin.graph.maps.MapFormats}). Statements are the analyst's files under
 * {@code cypher/queries/maps/}.
 */
@NullMarked
package cn.liangxin.graph.maps;

import org.jspecify.annotations.NullMarked;
