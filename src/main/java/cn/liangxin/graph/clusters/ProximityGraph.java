package cn.liangxin.graph.clusters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import cn.liangxin.graph.domain.Geo;
import cn.liangxin.graph.domain.GeoPoint;

import cn.liangxin.graph.load.Cancellation;

/**
 * The weighted graph community detection runs on, computed in memory by the rule of
 * {@link ClusterWeights}. Near pairs are found through a grid of {@code proximityMeters}
 * cells and per building, so a city costs about O(n · density), not O(n²). Never touches
 * the database.
 */
public final class ProximityGraph {

	/**
	 * An organization as the weights see it.
	 *
	 * @param lat WGS-84, or null when unknown
	 * @param section the GB/T 4754 section letter, or null
	 * @param division the two-digit division, or null
	 */
	public record Unit(@Nullable Double lat, @Nullable Double lon, @Nullable String buildingId,
			@Nullable String section, @Nullable String division) {

		boolean located() {
			return this.lat != null && this.lon != null;
		}
	}

	/** An undirected weighted edge between two unit indexes, {@code a < b}. */
	public record Edge(int a, int b, double weight) {
	}

	private ProximityGraph() {
	}

	/**
	 * Edges with a positive weight, ordered by (a, b).
	 * @param ties index pairs of tied units (direction and repetition count: each adds
	 * {@code tie})
	 */
	public static List<Edge> edges(List<Unit> units, List<int[]> ties, ClusterWeights w) {
		// pair key → number of ties; the edges are sorted at the end, hence deterministic
		Map<Long, Integer> candidates = new HashMap<>();
		for (int[] t : ties) {
			if (t[0] != t[1]) {
				candidates.merge(pair(t[0], t[1]), 1, Integer::sum);
			}
		}
		Map<String, List<Integer>> byBuilding = new HashMap<>();
		for (int i = 0; i < units.size(); i++) {
			if (units.get(i).buildingId() != null) {
				byBuilding.computeIfAbsent(units.get(i).buildingId(), b -> new ArrayList<>()).add(i);
			}
		}
		// In a building every pair is a candidate, but a tower of thousands would make
		// millions:
		// each member is paired with the next MAX_NEIGHBOURS members (all of them in a
		// small building).
		for (List<Integer> members : byBuilding.values()) {
			Cancellation.checkpoint();
			int size = members.size();
			for (int x = 0; x < size; x++) {
				for (int step = 1; step <= Math.min(MAX_NEIGHBOURS, size - 1); step++) {
					int y = (x + step) % size;
					candidates.putIfAbsent(pair(members.get(x), members.get(y)), 0);
				}
			}
		}
		nearPairs(units, w.proximityMeters(), candidates);
		var edges = new ArrayList<Edge>();
		for (var entry : candidates.entrySet()) {
			int a = (int) (entry.getKey() >>> 32);
			int b = (int) (entry.getKey() & 0xffffffffL);
			double weight = weight(units.get(a), units.get(b), entry.getValue(), w);
			if (weight > 0) {
				edges.add(new Edge(a, b, weight));
			}
		}
		List<Edge> kept = strongest(edges, units.size(), MAX_NEIGHBOURS);
		kept.sort(Comparator.comparingInt(Edge::a).thenComparingInt(Edge::b));
		return kept;
	}

	/**
	 * Each unit keeps its {@value #MAX_NEIGHBOURS} strongest edges: in a dense park
	 * nearly every pair is within {@code proximityMeters}, and the complete graph
	 * (millions of edges for a few thousand organizations) would cost GDS seconds without
	 * changing the communities much.
	 */
	static final int MAX_NEIGHBOURS = 15;

	/**
	 * The edges among the {@code k} strongest of at least one of their ends (ties: the
	 * nearer index).
	 */
	static List<Edge> strongest(List<Edge> edges, int n, int k) {
		List<List<Integer>> incident = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			incident.add(new ArrayList<>());
		}
		for (int e = 0; e < edges.size(); e++) {
			incident.get(edges.get(e).a()).add(e);
			incident.get(edges.get(e).b()).add(e);
		}
		boolean[] keep = new boolean[edges.size()];
		for (List<Integer> mine : incident) {
			if (mine.size() <= k) {
				mine.forEach(e -> keep[e] = true);
				continue;
			}
			mine.sort(Comparator.comparingDouble((Integer e) -> -edges.get(e).weight()).thenComparingInt(e -> e));
			mine.subList(0, k).forEach(e -> keep[e] = true);
		}
		List<Edge> kept = new ArrayList<>();
		for (int e = 0; e < edges.size(); e++) {
			if (keep[e]) {
				kept.add(edges.get(e));
			}
		}
		return kept;
	}

	/** The weight of a pair already known to be near or tied ({@code ties} times). */
	public static double weight(Unit a, Unit b, int ties, ClusterWeights w) {
		double weight = w.tie() * ties;
		boolean sameBuilding = a.buildingId() != null && a.buildingId().equals(b.buildingId());
		if (sameBuilding) {
			weight += w.sameBuilding();
		}
		if (a.located() && b.located()) {
			double d = Geo.distanceMeters(new GeoPoint(a.lat(), a.lon()), new GeoPoint(b.lat(), b.lon()));
			weight += w.proximity() * Math.max(0, 1 - d / w.proximityMeters());
		}
		if (a.section() != null && a.section().equals(b.section())) {
			weight += w.industrySection();
			if (a.division() != null && a.division().equals(b.division())) {
				weight += w.industryDivision();
			}
		}
		return weight;
	}

	/**
	 * Adds, for every located unit, its (at most MAX_NEIGHBOURS) nearest units at most
	 * {@code meters} away.
	 */
	private static void nearPairs(List<Unit> units, double meters, Map<Long, Integer> candidates) {
		double metresPerDegree = Geo.EARTH_RADIUS_METERS * Math.PI / 180;
		Map<Long, List<Integer>> grid = new HashMap<>();
		long[] cx = new long[units.size()];
		long[] cy = new long[units.size()];
		// cells at least `meters` wide everywhere (the cosine of the latitude farthest
		// from the
		// equator) keep the 3×3 search exact
		double cos = 1;
		for (Unit u : units) {
			if (u.located()) {
				cos = Math.min(cos, Math.cos(Math.toRadians(Math.min(89, Math.abs(u.lat())))));
			}
		}
		for (int i = 0; i < units.size(); i++) {
			Unit u = units.get(i);
			if (!u.located()) {
				continue;
			}
			cx[i] = (long) Math.floor(u.lon() * metresPerDegree * cos / meters);
			cy[i] = (long) Math.floor(u.lat() * metresPerDegree / meters);
			grid.computeIfAbsent(cell(cx[i], cy[i]), c -> new ArrayList<>()).add(i);
		}
		for (int i = 0; i < units.size(); i++) {
			Unit u = units.get(i);
			if (!u.located()) {
				continue;
			}
			GeoPoint p = new GeoPoint(u.lat(), u.lon());
			// only the MAX_NEIGHBOURS nearest: a dense park would otherwise pair everyone
			// with everyone
			List<double[]> near = new ArrayList<>();
			for (long gx = cx[i] - 1; gx <= cx[i] + 1; gx++) {
				for (long gy = cy[i] - 1; gy <= cy[i] + 1; gy++) {
					for (int j : grid.getOrDefault(cell(gx, gy), List.of())) {
						if (j != i) {
							Unit v = units.get(j);
							double d = Geo.distanceMeters(p, new GeoPoint(v.lat(), v.lon()));
							if (d <= meters) {
								near.add(new double[] { d, j });
							}
						}
					}
				}
			}
			near.sort(Comparator.<double[]>comparingDouble(n -> n[0]).thenComparingDouble(n -> n[1]));
			for (double[] n : near.subList(0, Math.min(MAX_NEIGHBOURS, near.size()))) {
				candidates.putIfAbsent(pair(i, (int) n[1]), 0);
			}
		}
	}

	private static long cell(long x, long y) {
		return x * 1_000_003L ^ y;
	}

	private static long pair(int a, int b) {
		int lo = Math.min(a, b);
		int hi = Math.max(a, b);
		return ((long) lo << 32) | hi;
	}

}
