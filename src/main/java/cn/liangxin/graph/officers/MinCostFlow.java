package cn.liangxin.graph.officers;

import java.util.Arrays;
import java.util.PriorityQueue;

import cn.liangxin.graph.load.Cancellation;

// Successive shortest paths (Dijkstra with Johnson potentials) whose edge costs are vectors of
// longs compared lexicographically, so a lexicographic objective (most of the first tier, then of
// the next, ..., then the least distance) is solved exactly, with no big-M weights to overflow or
// round. Augments while the cheapest path has a negative cost: the result is a min-cost flow over
// all flow values. Vectors under lexicographic order form an ordered group, which is all the
// reduced-cost argument behind the potentials needs.
final class MinCostFlow {

	private final int nodes;

	private final int dims;

	private int edges;

	private int[] head;

	private int[] next = new int[16];

	private int[] to = new int[16];

	private int[] cap = new int[16];

	private long[] cost;

	MinCostFlow(int nodes, int dims) {
		this.nodes = nodes;
		this.dims = dims;
		this.head = new int[nodes];
		Arrays.fill(this.head, -1);
		this.cost = new long[16 * dims];
	}

	/** Adds an edge and its residual twin; returns the edge's index. */
	int addEdge(int from, int toNode, int capacity, long[] edgeCost) {
		if (edgeCost.length != this.dims) {
			throw new IllegalArgumentException("cost has " + edgeCost.length + " parts, expected " + this.dims);
		}
		int e = this.edges;
		ensure(e + 2);
		link(e, from, toNode, capacity, edgeCost, 1);
		link(e + 1, toNode, from, 0, edgeCost, -1);
		this.edges += 2;
		return e;
	}

	private void link(int e, int from, int toNode, int capacity, long[] c, int sign) {
		this.to[e] = toNode;
		this.cap[e] = capacity;
		for (int d = 0; d < this.dims; d++) {
			this.cost[e * this.dims + d] = sign * c[d];
		}
		this.next[e] = this.head[from];
		this.head[from] = e;
	}

	private void ensure(int size) {
		if (size > this.to.length) {
			int n = Math.max(size, this.to.length * 2);
			this.next = Arrays.copyOf(this.next, n);
			this.to = Arrays.copyOf(this.to, n);
			this.cap = Arrays.copyOf(this.cap, n);
			this.cost = Arrays.copyOf(this.cost, n * this.dims);
		}
	}

	/** Flow on an edge returned by {@link #addEdge}. */
	int flow(int edge) {
		return this.cap[edge + 1];
	}

	/**
	 * Runs to the min-cost flow from {@code s} to {@code t}. {@code order} lists the
	 * nodes in a topological order of the original (acyclic) network, for the first
	 * potentials.
	 * @return the flow value
	 */
	int solve(int s, int t, int[] order) {
		int d = this.dims;
		long[] pot = new long[this.nodes * d];
		// Shortest paths on the original DAG give the first potentials (edge costs may be
		// negative).
		boolean[] reached = new boolean[this.nodes];
		reached[s] = true;
		for (int v : order) {
			if (!reached[v]) {
				continue;
			}
			for (int e = this.head[v]; e >= 0; e = this.next[e]) {
				if ((e & 1) == 0 && this.cap[e] > 0) {
					int w = this.to[e];
					if (!reached[w] || less(pot, v, e, pot, w)) {
						reached[w] = true;
						for (int k = 0; k < d; k++) {
							pot[w * d + k] = pot[v * d + k] + this.cost[e * d + k];
						}
					}
				}
			}
		}
		int flow = 0;
		long[] dist = new long[this.nodes * d];
		int[] via = new int[this.nodes];
		boolean[] done = new boolean[this.nodes];
		boolean[] seen = new boolean[this.nodes];
		long[] tmp = new long[d];
		while (true) {
			Cancellation.checkpoint();
			Arrays.fill(done, false);
			Arrays.fill(seen, false);
			Arrays.fill(via, -1);
			// (reduced distance..., node) entries; stale ones are skipped
			PriorityQueue<long[]> queue = new PriorityQueue<>(MinCostFlow::compareEntries);
			seen[s] = true;
			Arrays.fill(dist, s * d, s * d + d, 0);
			queue.add(entry(dist, s, d));
			while (!queue.isEmpty()) {
				long[] top = queue.poll();
				int v = (int) top[d];
				if (done[v]) {
					continue;
				}
				done[v] = true;
				for (int e = this.head[v]; e >= 0; e = this.next[e]) {
					if (this.cap[e] <= 0) {
						continue;
					}
					int w = this.to[e];
					if (done[w] || !reached[w]) {
						continue;
					}
					// reduced cost: cost + pot[v] - pot[w] (never negative)
					for (int k = 0; k < d; k++) {
						tmp[k] = dist[v * d + k] + this.cost[e * d + k] + pot[v * d + k] - pot[w * d + k];
					}
					if (!seen[w] || compare(tmp, 0, dist, w * d, d) < 0) {
						seen[w] = true;
						System.arraycopy(tmp, 0, dist, w * d, d);
						via[w] = e;
						queue.add(entry(dist, w, d));
					}
				}
			}
			if (!done[t]) {
				return flow;
			}
			// the path's true cost = reduced distance + pot[t] - pot[s]
			boolean negative = false;
			for (int k = 0; k < d; k++) {
				long c = dist[t * d + k] + pot[t * d + k] - pot[s * d + k];
				if (c != 0) {
					negative = c < 0;
					break;
				}
			}
			if (!negative) {
				return flow;
			}
			for (int v = 0; v < this.nodes; v++) {
				if (done[v]) {
					for (int k = 0; k < d; k++) {
						pot[v * d + k] += dist[v * d + k];
					}
				}
			}
			for (int v = t; v != s; v = this.to[via[v] ^ 1]) {
				this.cap[via[v]]--;
				this.cap[via[v] ^ 1]++;
			}
			flow++;
		}
	}

	private boolean less(long[] potV, int v, int e, long[] potW, int w) {
		for (int k = 0; k < this.dims; k++) {
			long a = potV[v * this.dims + k] + this.cost[e * this.dims + k];
			long b = potW[w * this.dims + k];
			if (a != b) {
				return a < b;
			}
		}
		return false;
	}

	private static long[] entry(long[] dist, int v, int d) {
		long[] x = Arrays.copyOfRange(dist, v * d, v * d + d + 1);
		x[d] = v;
		return x;
	}

	private static int compareEntries(long[] a, long[] b) {
		for (int k = 0; k < a.length; k++) {
			if (a[k] != b[k]) {
				return Long.compare(a[k], b[k]);
			}
		}
		return 0;
	}

	private static int compare(long[] a, int ai, long[] b, int bi, int d) {
		for (int k = 0; k < d; k++) {
			if (a[ai + k] != b[bi + k]) {
				return Long.compare(a[ai + k], b[bi + k]);
			}
		}
		return 0;
	}

}
