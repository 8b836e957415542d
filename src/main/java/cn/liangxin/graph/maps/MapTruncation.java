package cn.liangxin.graph.maps;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts a map to its most connected part: nodes ranked by degree within the map (ties by
 * kind, then id, so the cut is deterministic), the top {@code maxNodes} kept, then every
 * edge with an end cut away dropped. Never touches the database.
 */
final class MapTruncation {

	private MapTruncation() {
	}

	static NetworkMap keep(List<MapNode> nodes, List<MapEdge> edges, int maxNodes) {
		if (nodes.size() <= maxNodes) {
			return new NetworkMap(nodes, connected(edges, ids(nodes)), false);
		}
		Map<String, Integer> degree = new HashMap<>();
		for (MapEdge e : edges) {
			degree.merge(e.source(), 1, Integer::sum);
			degree.merge(e.target(), 1, Integer::sum);
		}
		List<MapNode> kept = nodes.stream()
			.sorted(Comparator.<MapNode>comparingInt(n -> -degree.getOrDefault(n.id(), 0))
				.thenComparing((MapNode n) -> n.kind())
				.thenComparing((MapNode n) -> n.id()))
			.limit(maxNodes)
			.toList();
		return new NetworkMap(kept, connected(edges, ids(kept)), true);
	}

	static List<MapEdge> connected(List<MapEdge> edges, Set<String> ids) {
		return edges.stream().filter(e -> ids.contains(e.source()) && ids.contains(e.target())).toList();
	}

	private static Set<String> ids(List<MapNode> nodes) {
		Set<String> ids = new HashSet<>();
		nodes.forEach(n -> ids.add(n.id()));
		return ids;
	}

}
