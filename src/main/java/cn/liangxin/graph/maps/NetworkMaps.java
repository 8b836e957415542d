package cn.liangxin.graph.maps;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import cn.liangxin.graph.network.InvalidArgumentException;
import cn.liangxin.graph.network.NetworkReads;
import cn.liangxin.graph.network.Scope;

/**
 * Network maps of a scope: the organizations, the party organizations covering them,
 * their officers, the ties among them and the places and areas around them, cut to the
 * most connected {@code maxNodes} and laid out. The reads run in one read-only
 * transaction ({@link MapReads}); assembly, truncation and layout run after it, in
 * memory, so no transaction is held open while the layout computes.
 */
@Service
public class NetworkMaps {

	/** The largest map a client may ask for. */
	public static final int MAX_NODES = 20_000;

	private final NetworkReads network;

	private final MapReads reads;

	NetworkMaps(NetworkReads network, MapReads reads) {
		this.network = network;
		this.reads = reads;
	}

	/**
	 * The map of a scope.
	 * @param include the kinds of node to draw; all when null or empty
	 * @param maxNodes 1 to {@link #MAX_NODES}
	 */
	public NetworkMap map(Scope scope, @Nullable Set<NodeKind> include, int maxNodes, Layout layout) {
		if (maxNodes <= 0 || maxNodes > MAX_NODES) {
			throw new InvalidArgumentException("maxNodes", maxNodes,
					"is out of range; ask for 1 to " + MAX_NODES + " nodes");
		}
		scope = this.network.requireScope(scope);
		Set<NodeKind> kinds = (include == null || include.isEmpty()) ? EnumSet.allOf(NodeKind.class)
				: EnumSet.copyOf(include);
		var assembled = MapAssembly.assemble(this.reads.read(scope), kinds);
		NetworkMap cut = MapTruncation.keep(assembled.nodes(), assembled.edges(), maxNodes);
		return new NetworkMap(place(cut.nodes(), cut.edges(), layout), cut.edges(), cut.truncated());
	}

	/** The nodes with x and y from the layout. */
	static List<MapNode> place(List<MapNode> nodes, List<MapEdge> edges, Layout layout) {
		int n = nodes.size();
		Map<String, Integer> index = new HashMap<>();
		Double[] lat = new Double[n];
		Double[] lon = new Double[n];
		for (int i = 0; i < n; i++) {
			MapNode node = nodes.get(i);
			index.put(node.id(), i);
			lat[i] = node.lat();
			lon[i] = node.lon();
		}
		int[][] pairs = edges.stream()
			.map(e -> new int[] { index.get(e.source()), index.get(e.target()) })
			.toArray(int[][]::new);
		double[][] xy = GeoLayout.layout(n, pairs, lat, lon);
		if (layout == Layout.FORCE) {
			xy = ForceLayout.layout(n, pairs, xy[0], xy[1], ForceLayout.Parameters.DEFAULTS);
		}
		var placed = new ArrayList<MapNode>(n);
		for (int i = 0; i < n; i++) {
			placed.add(nodes.get(i).at(round(xy[0][i]), round(xy[1][i])));
		}
		return placed;
	}

	/** Centimetre precision is plenty and keeps the JSON short. */
	private static double round(double v) {
		return Math.round(v * 100) / 100.0;
	}

}
