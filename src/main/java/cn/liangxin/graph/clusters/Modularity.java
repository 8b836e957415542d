package cn.liangxin.graph.clusters;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Newman's weighted modularity of a partition: Σ_c [ W_c / W − (D_c / 2W)² ], W the total
 * edge weight, W_c the weight inside community c, D_c the weighted degree of its nodes.
 * Computed here, on the same weighted graph GDS ran on, so every method gets a comparable
 * figure (the GDS stream procedures do not return it). Never touches the database.
 */
public final class Modularity {

	private Modularity() {
	}

	/** Null when the graph has no edge (modularity is undefined then). */
	public static @Nullable Double of(List<ProximityGraph.Edge> edges, int[] community) {
		double total = 0;
		Map<Integer, Double> inside = new HashMap<>();
		Map<Integer, Double> degree = new HashMap<>();
		for (ProximityGraph.Edge e : edges) {
			total += e.weight();
			int ca = community[e.a()];
			int cb = community[e.b()];
			if (ca == cb) {
				inside.merge(ca, e.weight(), Double::sum);
			}
			degree.merge(ca, e.weight(), Double::sum);
			degree.merge(cb, e.weight(), Double::sum);
		}
		if (total <= 0) {
			return null;
		}
		double q = 0;
		for (var entry : degree.entrySet()) {
			double share = entry.getValue() / (2 * total);
			q += inside.getOrDefault(entry.getKey(), 0.0) / total - share * share;
		}
		// rounding leaves ±1e-15 where the exact answer is 0 (one community per
		// component)
		return Math.abs(q) < 1e-12 ? 0.0 : q;
	}

}
