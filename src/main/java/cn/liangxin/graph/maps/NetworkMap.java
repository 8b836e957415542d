package cn.liangxin.graph.maps;

import java.util.List;

/**
 * A laid-out network map. No edge points outside {@code nodes}.
 *
 * @param truncated whether {@code maxNodes} cut the map (what is kept is the most
 * connected part)
 */
public record NetworkMap(List<MapNode> nodes, List<MapEdge> edges, boolean truncated) {
}
