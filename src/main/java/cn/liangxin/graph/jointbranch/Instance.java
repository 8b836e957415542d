package cn.liangxin.graph.jointbranch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// The input flattened into arrays (units sorted by id, so every result is independent of input order)
// plus the compatibility graph: an edge joins two units that are near AND match by industry.
final class Instance {

	static final double EARTH_RADIUS_M = 6_371_008.8;

	final JointBranchParameters p;

	final Unit[] units;

	final int n;

	final int[] full;

	final int[] mem;

	final double[] lat;

	final double[] lon;

	final String[] building;

	final String[] park;

	final String[] community;

	final String[] section;

	final String[] division;

	private final Map<Long, String> tieKind = new HashMap<>();

	/** Sorted neighbour lists of the compatibility graph. */
	int[][] adj;

	long edges;

	Instance(JointBranchGraph g, JointBranchParameters p) {
		this.p = p;
		this.units = g.units().toArray(Unit[]::new);
		Arrays.sort(units, Comparator.comparing(Unit::id));
		this.n = units.length;
		full = new int[n];
		mem = new int[n];
		lat = new double[n];
		lon = new double[n];
		building = new String[n];
		park = new String[n];
		community = new String[n];
		section = new String[n];
		division = new String[n];
		Map<String, Integer> index = new HashMap<>(n * 2);
		for (int i = 0; i < n; i++) {
			Unit u = units[i];
			if (index.put(u.id(), i) != null) {
				throw new IllegalArgumentException("duplicate unit id " + u.id());
			}
			full[i] = u.fullMembers();
			mem[i] = u.members();
			lat[i] = u.lat() == null ? Double.NaN : u.lat();
			lon[i] = u.lon() == null ? Double.NaN : u.lon();
			building[i] = blankToNull(u.buildingId());
			park[i] = blankToNull(u.parkId());
			community[i] = blankToNull(u.communityCode());
			section[i] = blankToNull(u.industrySection());
			division[i] = blankToNull(u.industryDivision());
		}
		for (Tie t : g.ties()) {
			Integer a = index.get(t.a());
			Integer b = index.get(t.b());
			if (a != null && b != null && !a.equals(b)) {
				tieKind.putIfAbsent(key(a, b), t.kind() == null ? "" : t.kind());
			}
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	private long key(int a, int b) {
		return a < b ? (long) a * n + b : (long) b * n + a;
	}

	/**
	 * The tie kind between two units ("" when the kind is unknown), or null when not
	 * tied.
	 */
	String tie(int a, int b) {
		return tieKind.get(key(a, b));
	}

	boolean located(int i) {
		return !Double.isNaN(lat[i]);
	}

	boolean near(int i, int j) {
		return switch (p.proximity()) {
			case SAME_BUILDING -> building[i] != null && building[i].equals(building[j]);
			case SAME_PARK -> park[i] != null && park[i].equals(park[j]);
			case SAME_COMMUNITY -> community[i] != null && community[i].equals(community[j]);
			case WITHIN_DISTANCE -> (building[i] != null && building[i].equals(building[j]))
					|| (located(i) && located(j) && distance(i, j) <= p.maxDistanceMeters());
		};
	}

	boolean industryMatch(int i, int j) {
		boolean byCode = switch (p.industryMatch()) {
			case ANY -> true;
			case SECTION -> section[i] != null && section[i].equals(section[j]);
			case DIVISION -> division[i] != null && division[i].equals(division[j]);
		};
		return byCode || (p.useTies() && tie(i, j) != null);
	}

	boolean compatible(int i, int j) {
		return i != j && near(i, j) && industryMatch(i, j);
	}

	/**
	 * Great-circle distance; 0 when either lacks a location (then they can only be near
	 * by building, park or community).
	 */
	double distance(int i, int j) {
		if (!located(i) || !located(j)) {
			return 0;
		}
		return haversine(lat[i], lon[i], lat[j], lon[j]);
	}

	static double haversine(double lat1, double lon1, double lat2, double lon2) {
		double p1 = Math.toRadians(lat1);
		double p2 = Math.toRadians(lat2);
		double dp = p2 - p1;
		double dl = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dp / 2) * Math.sin(dp / 2)
				+ Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	boolean adjacent(int i, int j) {
		return Arrays.binarySearch(adj[i], j) >= 0;
	}

	/** Largest pairwise distance of a group. */
	double spread(int[] g, int k) {
		double s = 0;
		for (int a = 0; a < k; a++) {
			for (int b = a + 1; b < k; b++) {
				s = Math.max(s, distance(g[a], g[b]));
			}
		}
		return s;
	}

	/**
	 * Validity per domain.md, on unit indices, using the precomputed compatibility graph.
	 */
	boolean valid(int[] g, int k) {
		if (k < 2 || k > p.maxUnits()) {
			return false;
		}
		int f = 0;
		int m = 0;
		for (int a = 0; a < k; a++) {
			f += full[g[a]];
			m += mem[g[a]];
			for (int b = a + 1; b < k; b++) {
				if (!adjacent(g[a], g[b])) {
					return false;
				}
			}
		}
		return f >= p.minFullMembers() && m <= p.maxMembers();
	}

	/**
	 * Builds the compatibility graph without comparing all pairs: candidates come from
	 * buckets (building, park or community) and, for WITHIN_DISTANCE, from a grid whose
	 * cells are at least maxDistanceMeters wide, so only the 3x3 cells around a unit can
	 * hold its near units.
	 */
	void buildAdjacency() {
		Map<String, List<Integer>> buckets = new HashMap<>();
		String[] key = switch (p.proximity()) {
			case SAME_BUILDING, WITHIN_DISTANCE -> building;
			case SAME_PARK -> park;
			case SAME_COMMUNITY -> community;
		};
		for (int i = 0; i < n; i++) {
			if (key[i] != null) {
				buckets.computeIfAbsent(key[i], k -> new ArrayList<>()).add(i);
			}
		}
		Map<Long, List<Integer>> grid = new HashMap<>();
		double cellLat = 0;
		double cellLon = 0;
		boolean useGrid = p.proximity() == Proximity.WITHIN_DISTANCE;
		if (useGrid) {
			double maxAbsLat = 0;
			for (int i = 0; i < n; i++) {
				if (located(i)) {
					maxAbsLat = Math.max(maxAbsLat, Math.abs(lat[i]));
				}
			}
			double metersPerDegree = EARTH_RADIUS_M * Math.PI / 180;
			// A little wider than needed, so rounding never hides a pair at exactly
			// maxDistance.
			cellLat = Math.max(p.maxDistanceMeters(), 1) * 1.001 / metersPerDegree;
			cellLon = cellLat / Math.max(0.01, Math.cos(Math.toRadians(Math.min(89.9, maxAbsLat))));
			for (int i = 0; i < n; i++) {
				if (located(i)) {
					grid.computeIfAbsent(cell((long) Math.floor(lat[i] / cellLat), (long) Math.floor(lon[i] / cellLon)),
							k -> new ArrayList<>())
						.add(i);
				}
			}
		}
		adj = new int[n][];
		int[] stamp = new int[n];
		Arrays.fill(stamp, -1);
		int[] buf = new int[16];
		edges = 0;
		for (int i = 0; i < n; i++) {
			int cnt = 0;
			stamp[i] = i;
			List<List<Integer>> sources = new ArrayList<>(10);
			if (key[i] != null) {
				sources.add(buckets.get(key[i]));
			}
			if (useGrid && located(i)) {
				long cy = (long) Math.floor(lat[i] / cellLat);
				long cx = (long) Math.floor(lon[i] / cellLon);
				for (long dy = -1; dy <= 1; dy++) {
					for (long dx = -1; dx <= 1; dx++) {
						List<Integer> c = grid.get(cell(cy + dy, cx + dx));
						if (c != null) {
							sources.add(c);
						}
					}
				}
			}
			for (List<Integer> src : sources) {
				for (int j : src) {
					if (stamp[j] == i) {
						continue;
					}
					stamp[j] = i;
					if (compatible(i, j)) {
						if (cnt == buf.length) {
							buf = Arrays.copyOf(buf, cnt * 2);
						}
						buf[cnt++] = j;
					}
				}
			}
			int[] a = Arrays.copyOf(buf, cnt);
			Arrays.sort(a);
			adj[i] = a;
			edges += cnt;
		}
		edges /= 2;
	}

	private static long cell(long y, long x) {
		return (y << 32) ^ (x & 0xffffffffL);
	}

	/**
	 * Connected components of the compatibility graph with 2 or more units, each sorted.
	 */
	List<int[]> components() {
		List<int[]> out = new ArrayList<>();
		boolean[] seen = new boolean[n];
		int[] queue = new int[n];
		for (int s = 0; s < n; s++) {
			if (seen[s] || adj[s].length == 0) {
				continue;
			}
			int head = 0;
			int tail = 0;
			queue[tail++] = s;
			seen[s] = true;
			while (head < tail) {
				int v = queue[head++];
				for (int w : adj[v]) {
					if (!seen[w]) {
						seen[w] = true;
						queue[tail++] = w;
					}
				}
			}
			int[] c = Arrays.copyOf(queue, tail);
			Arrays.sort(c);
			out.add(c);
		}
		return out;
	}

}
