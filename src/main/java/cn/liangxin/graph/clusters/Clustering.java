package cn.liangxin.graph.clusters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import cn.liangxin.graph.clusters.ClusterReads.OrganizationRow;
import cn.liangxin.graph.network.InvalidArgumentException;
import cn.liangxin.graph.network.NetworkReads;
import cn.liangxin.graph.network.Scope;
import cn.liangxin.graph.network.Views.LatLon;
import cn.liangxin.graph.store.StoreCapabilities;

/**
 * Community detection over the ACTIVE organizations of a scope. The weighted graph is
 * computed in memory ({@link ProximityGraph}) and projected into GDS under a name unique
 * to the call (requests run concurrently); the projection is dropped in the algorithm's
 * transaction, or — when that failed — in a {@code finally}, in a transaction of its own.
 * Organizations without any edge are singleton clusters (the algorithms put an isolated
 * node alone); every organization of the scope ends in exactly one cluster.
 *
 * <p>
 * Not transactional itself: each step of {@link ClusterReads} is its own read-only
 * transaction, so the drop can run after a failed algorithm.
 */
@Service
public class Clustering {

	/**
	 * Full members from which a unit should have its own branch (JOINT_CANDIDATE is below
	 * it).
	 */
	static final int MIN_FULL_MEMBERS = 3;

	private final NetworkReads network;

	private final ClusterReads reads;

	private final StoreCapabilities capabilities;

	Clustering(NetworkReads network, ClusterReads reads, StoreCapabilities capabilities) {
		this.network = network;
		this.reads = reads;
		this.capabilities = capabilities;
	}

	/**
	 * The clusters of a scope.
	 * @param k number of clusters for KMEANS (null: about √(n/2)); ignored otherwise
	 * @throws cn.liangxin.graph.store.UnavailableException when the server has no GDS
	 */
	public ClusterResult clusters(Scope scope, ClusterMethod method, ClusterWeights weights, @Nullable Integer k) {
		this.capabilities.requireGds("clusters");
		if (k != null && k < 1) {
			throw new InvalidArgumentException("k", k, "must be at least 1");
		}
		scope = this.network.requireScope(scope);
		ClusterReads.Read read = this.reads.read(scope);
		List<OrganizationRow> organizations = read.organizations();
		int n = organizations.size();
		if (n == 0) {
			return new ClusterResult(method, List.of(), null);
		}
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < n; i++) {
			index.put(organizations.get(i).id(), i);
		}
		var ties = new ArrayList<int[]>();
		for (String[] t : read.ties()) {
			Integer a = index.get(t[0]);
			Integer b = index.get(t[1]);
			if (a != null && b != null) {
				ties.add(new int[] { a, b });
			}
		}
		List<ProximityGraph.Edge> edges = ProximityGraph.edges(organizations.stream()
			.map(o -> new ProximityGraph.Unit(o.lat(), o.lon(), o.buildingId(), o.section(), o.division()))
			.toList(), ties, weights);

		int[] community = communities(organizations, edges, method, k);
		return new ClusterResult(method, clusters(organizations, community), Modularity.of(edges, community));
	}

	/** A community number per organization index. */
	private int[] communities(List<OrganizationRow> organizations, List<ProximityGraph.Edge> edges,
			ClusterMethod method, @Nullable Integer k) {
		int n = organizations.size();
		int[] community = new int[n];
		for (int i = 0; i < n; i++) {
			community[i] = i; // singletons unless the algorithm says otherwise
		}
		boolean graphMethod = method != ClusterMethod.KMEANS;
		if (graphMethod && edges.isEmpty()) {
			// nothing to detect (and GDS rejects a weight property no relationship
			// carries)
			return community;
		}
		String graphName = "clusters-" + UUID.randomUUID();
		Map<Integer, Long> found = null;
		try {
			found = this.reads.communities(graphName, method, locations(organizations), edgeRows(edges),
					Math.min(n, k != null ? k : Math.max(1, (int) Math.round(Math.sqrt(n / 2.0)))));
		}
		finally {
			if (found == null) {
				// the algorithm's transaction failed before its own drop: drop in a fresh
				// one
				this.reads.drop(graphName);
			}
		}
		// GDS community ids are arbitrary longs: renumber them, keeping isolated nodes
		// apart
		Map<Long, Integer> renumber = new HashMap<>();
		for (int i = 0; i < n; i++) {
			Long c = found.get(i);
			community[i] = c == null ? -1 - i : renumber.computeIfAbsent(c, x -> renumber.size());
		}
		for (int i = 0; i < n; i++) {
			if (community[i] < 0) {
				community[i] = renumber.size() + i;
			}
		}
		return community;
	}

	private List<Cluster> clusters(List<OrganizationRow> organizations, int[] community) {
		Map<Integer, List<OrganizationRow>> groups = new TreeMap<>();
		for (int i = 0; i < organizations.size(); i++) {
			groups.computeIfAbsent(community[i], c -> new ArrayList<>()).add(organizations.get(i));
		}
		List<List<OrganizationRow>> ordered = groups.values()
			.stream()
			.map(g -> g.stream().sorted(Comparator.comparing(OrganizationRow::id)).toList())
			.sorted(Comparator.<List<OrganizationRow>>comparingInt(g -> -g.size()).thenComparing(g -> g.get(0).id()))
			.toList();
		var ids = new LinkedHashMap<String, List<String>>();
		for (int c = 0; c < ordered.size(); c++) {
			ids.put("C" + (c + 1), ordered.get(c).stream().map(OrganizationRow::id).toList());
		}
		Map<String, ClusterReads.Figures> figures = this.reads.coverage(ids, MIN_FULL_MEMBERS);
		var result = new ArrayList<Cluster>(ordered.size());
		int c = 0;
		for (var entry : ids.entrySet()) {
			List<OrganizationRow> members = ordered.get(c++);
			String industry = ClusterLabels.dominantIndustry(members);
			ClusterReads.Figures f = figures.get(entry.getKey());
			result.add(new Cluster(entry.getKey(), ClusterLabels.label(members, industry), entry.getValue(),
					centroid(members), industry, f.figures(), f.eligibleUnits()));
		}
		return result;
	}

	private static @Nullable LatLon centroid(List<OrganizationRow> members) {
		double lat = 0;
		double lon = 0;
		int located = 0;
		for (OrganizationRow o : members) {
			if (o.lat() != null && o.lon() != null) {
				lat += o.lat();
				lon += o.lon();
				located++;
			}
		}
		return located == 0 ? null : new LatLon(lat / located, lon / located);
	}

	/**
	 * [lat, lon] per node; an unlocated organization takes the mean of the located ones
	 * (k-means needs a value).
	 */
	private static List<List<Double>> locations(List<OrganizationRow> organizations) {
		LatLon mean = centroid(organizations);
		return organizations.stream()
			.map(o -> (o.lat() != null && o.lon() != null) ? List.of(o.lat(), o.lon())
					: mean != null ? List.of(mean.lat(), mean.lon()) : List.of(0.0, 0.0))
			.toList();
	}

	private static List<Map<String, Object>> edgeRows(List<ProximityGraph.Edge> edges) {
		return edges.stream()
			.<Map<String, Object>>map(e -> Map.of("source", e.a(), "target", e.b(), "weight", e.weight()))
			.toList();
	}

}
