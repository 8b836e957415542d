package cn.liangxin.graph.jointbranch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import cn.liangxin.graph.load.Cancellation;

// The heuristic: constrained-first construction of small valid groups, then repair moves that
// place more units (insert into a group, form a new group, steal a spare unit from a group), then
// moves and swaps that lower the total spread. All moves are local, so it scales to a city.
final class LocalSearch {

	private static final int CANDIDATES = 40;

	private static final int FIND_NODES = 4_000;

	// Spread passes stop after this many candidate moves per unit: a work budget, unlike
	// a clock,
	// keeps the plan the same from run to run on a busy machine.
	private static final long SPREAD_WORK_PER_UNIT = 120;

	private final Instance in;

	private final JointBranchParameters p;

	final int[] groupOf;

	/** Groups by id; null once dissolved. Ids are never reused. */
	final List<int[]> groups = new ArrayList<>();

	private final List<Double> spreads = new ArrayList<>();

	int placed;

	private long spreadWork;

	private Deque<Runnable> journal;

	/** Whether the last {@link #findGroup} ran out of nodes before it finished. */
	private boolean lastInconclusive;

	LocalSearch(Instance in) {
		this.in = in;
		this.p = in.p;
		this.groupOf = new int[in.n];
		Arrays.fill(groupOf, -1);
	}

	/**
	 * Runs construction, repair and spread passes; false when the deadline cut them
	 * short.
	 */
	boolean run(long deadlineNanos) {
		construct();
		for (int pass = 0; pass < 6 && System.nanoTime() < deadlineNanos; pass++) {
			if (!repair(deadlineNanos)) {
				break;
			}
		}
		for (int pass = 0; pass < 4 && System.nanoTime() < deadlineNanos; pass++) {
			if (!improveSpread(deadlineNanos)) {
				break;
			}
		}
		return System.nanoTime() < deadlineNanos;
	}

	private void construct() {
		Integer[] order = new Integer[in.n];
		for (int i = 0; i < in.n; i++) {
			order[i] = i;
		}
		// Units with few partners first: they are the ones a careless plan strands.
		Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : in.adj[a].length != in.adj[b].length
				? Integer.compare(in.adj[a].length, in.adj[b].length) : Integer.compare(a, b));
		for (int u : order) {
			if (groupOf[u] < 0 && in.adj[u].length > 0) {
				int[] g = findGroup(u, false, FIND_NODES);
				if (g != null) {
					commit(g);
				}
			}
		}
	}

	private boolean repair(long deadlineNanos) {
		boolean improved = false;
		for (int u = 0; u < in.n; u++) {
			if (groupOf[u] >= 0 || in.adj[u].length == 0 || in.mem[u] > p.maxMembers()) {
				continue;
			}
			if ((u & 255) == 0) {
				Cancellation.checkpoint();
				if (System.nanoTime() > deadlineNanos) {
					break;
				}
			}
			if (tryInsert(u) || tryNew(u) || trySteal(u)) {
				improved = true;
			}
		}
		return improved;
	}

	private boolean tryNew(int u) {
		int[] g = findGroup(u, false, FIND_NODES);
		if (g == null) {
			return false;
		}
		commit(g);
		return true;
	}

	/** Adds u to the existing group where it raises the spread least. */
	private boolean tryInsert(int u) {
		int best = -1;
		double bestDelta = Double.POSITIVE_INFINITY;
		for (int v : in.adj[u]) {
			int h = groupOf[v];
			if (h < 0 || h == best) {
				continue;
			}
			int[] g = groups.get(h);
			if (g.length >= p.maxUnits() || memSum(g) + in.mem[u] > p.maxMembers()) {
				continue;
			}
			boolean ok = true;
			double s = spreads.get(h);
			for (int w : g) {
				if (!in.adjacent(u, w)) {
					ok = false;
					break;
				}
				s = Math.max(s, in.distance(u, w));
			}
			double delta = s - spreads.get(h);
			if (ok && delta < bestDelta) {
				bestDelta = delta;
				best = h;
			}
		}
		if (best < 0) {
			return false;
		}
		insert(best, u);
		return true;
	}

	/**
	 * Frees a unit v a group can spare, then tries to build a group for u from the free
	 * units; v is re-placed if it can be. Kept only when more units end up placed.
	 */
	private boolean trySteal(int u) {
		for (int v : in.adj[u]) {
			int h = groupOf[v];
			if (h < 0) {
				continue;
			}
			int[] g = groups.get(h);
			if (g.length <= 2 || fullSum(g) - in.full[v] < p.minFullMembers()) {
				continue;
			}
			int before = placed;
			journal = new ArrayDeque<>();
			remove(h, v);
			int[] f = findGroup(u, false, FIND_NODES);
			if (f != null) {
				commit(f);
				if (groupOf[v] < 0) {
					if (!tryInsert(v)) {
						tryNew(v);
					}
				}
			}
			Deque<Runnable> undo = journal;
			journal = null;
			if (placed > before) {
				return true;
			}
			while (!undo.isEmpty()) {
				undo.pop().run();
			}
		}
		return false;
	}

	/**
	 * Moves a unit to a neighbouring group, or swaps two units, whenever the total spread
	 * falls.
	 */
	private boolean improveSpread(long deadlineNanos) {
		boolean improved = false;
		long workLimit = SPREAD_WORK_PER_UNIT * in.n;
		int[] buf = new int[p.maxUnits() + 1];
		int[] buf2 = new int[p.maxUnits() + 1];
		for (int a = 0; a < in.n; a++) {
			int g = groupOf[a];
			if (g < 0) {
				continue;
			}
			if ((a & 255) == 0 && System.nanoTime() > deadlineNanos) {
				break;
			}
			for (int b : in.adj[a]) {
				int h = groupOf[b];
				g = groupOf[a];
				if (h < 0 || h == g) {
					continue;
				}
				if (++spreadWork > workLimit) {
					return false;
				}
				int[] ga = groups.get(g);
				int[] hb = groups.get(h);
				double before = spreads.get(g) + spreads.get(h);
				// move a to h
				int k1 = without(ga, a, buf, -1);
				int k2 = copyWith(hb, a, buf2, -1);
				if (in.valid(buf, k1) && in.valid(buf2, k2)) {
					double after = in.spread(buf, k1) + in.spread(buf2, k2);
					if (after < before - 1e-6) {
						replace(g, Arrays.copyOf(buf, k1), after - in.spread(buf2, k2));
						replace(h, Arrays.copyOf(buf2, k2), in.spread(buf2, k2));
						improved = true;
						continue;
					}
				}
				// swap a and b
				k1 = without(ga, a, buf, b);
				k2 = without(hb, b, buf2, a);
				if (in.valid(buf, k1) && in.valid(buf2, k2)) {
					double s1 = in.spread(buf, k1);
					double s2 = in.spread(buf2, k2);
					if (s1 + s2 < before - 1e-6) {
						replace(g, Arrays.copyOf(buf, k1), s1);
						replace(h, Arrays.copyOf(buf2, k2), s2);
						improved = true;
					}
				}
			}
		}
		return improved;
	}

	/** g without x, plus add (when not -1), into buf; returns the length. */
	private static int without(int[] g, int x, int[] buf, int add) {
		int k = 0;
		for (int w : g) {
			if (w != x) {
				buf[k++] = w;
			}
		}
		if (add >= 0) {
			buf[k++] = add;
		}
		return k;
	}

	private int copyWith(int[] g, int x, int[] buf, int unused) {
		if (g.length >= buf.length) {
			return 0;
		}
		System.arraycopy(g, 0, buf, 0, g.length);
		buf[g.length] = x;
		return g.length + 1;
	}

	/**
	 * A valid group with u made of free units (or of any units when {@code ignoreUse}),
	 * as small as possible, built from u's nearest compatible units; null when none is
	 * found within the node budget ({@link #lastInconclusive} tells whether the search
	 * finished).
	 */
	int[] findGroup(int u, boolean ignoreUse, int nodeLimit) {
		lastInconclusive = false;
		if (in.mem[u] > p.maxMembers()) {
			return null;
		}
		int[] nb = in.adj[u];
		int c = 0;
		long[] keyed = new long[nb.length];
		for (int v : nb) {
			if (ignoreUse || groupOf[v] < 0) {
				// sort by distance, then index: distance in centimetres in the high bits
				keyed[c++] = ((long) Math.min(in.distance(u, v) * 100, 1e9) << 31) | v;
			}
		}
		Arrays.sort(keyed, 0, c);
		int limit = Math.min(c, CANDIDATES);
		boolean truncated = c > limit;
		int[] cand = new int[limit];
		for (int i = 0; i < limit; i++) {
			cand[i] = (int) (keyed[i] & 0x7fffffffL);
		}
		int[] cur = new int[p.maxUnits()];
		cur[0] = u;
		int[] nodes = { 0 };
		boolean cut = false;
		for (int k = 2; k <= p.maxUnits(); k++) {
			int r = dfs(cand, 0, cur, 1, k, in.full[u], in.mem[u], nodes, nodeLimit);
			if (r > 0) {
				return Arrays.copyOf(cur, k);
			}
			if (r < 0) {
				cut = true;
				break;
			}
		}
		lastInconclusive = cut || truncated;
		return null;
	}

	// 1 found, 0 none, -1 out of nodes
	private int dfs(int[] cand, int from, int[] cur, int size, int k, int f, int m, int[] nodes, int limit) {
		if (size == k) {
			return f >= p.minFullMembers() ? 1 : 0;
		}
		// Even the richest remaining candidates cannot reach minFullMembers: prune.
		for (int i = from; i < cand.length; i++) {
			if (++nodes[0] > limit) {
				return -1;
			}
			int v = cand[i];
			if (m + in.mem[v] > p.maxMembers()) {
				continue;
			}
			boolean ok = true;
			for (int j = 1; j < size; j++) {
				if (!in.adjacent(cur[j], v)) {
					ok = false;
					break;
				}
			}
			if (!ok) {
				continue;
			}
			cur[size] = v;
			int r = dfs(cand, i + 1, cur, size + 1, k, f + in.full[v], m + in.mem[v], nodes, limit);
			if (r != 0) {
				return r;
			}
		}
		return 0;
	}

	boolean lastInconclusive() {
		return lastInconclusive;
	}

	private int memSum(int[] g) {
		int s = 0;
		for (int w : g) {
			s += in.mem[w];
		}
		return s;
	}

	private int fullSum(int[] g) {
		int s = 0;
		for (int w : g) {
			s += in.full[w];
		}
		return s;
	}

	int commit(int[] g) {
		int id = groups.size();
		groups.add(g);
		spreads.add(in.spread(g, g.length));
		for (int w : g) {
			groupOf[w] = id;
		}
		placed += g.length;
		if (journal != null) {
			journal.push(() -> {
				for (int w : g) {
					groupOf[w] = -1;
				}
				groups.set(id, null);
				placed -= g.length;
			});
		}
		return id;
	}

	private void insert(int h, int u) {
		int[] old = groups.get(h);
		double oldSpread = spreads.get(h);
		int[] g = Arrays.copyOf(old, old.length + 1);
		g[old.length] = u;
		groups.set(h, g);
		spreads.set(h, in.spread(g, g.length));
		groupOf[u] = h;
		placed++;
		if (journal != null) {
			journal.push(() -> {
				groups.set(h, old);
				spreads.set(h, oldSpread);
				groupOf[u] = -1;
				placed--;
			});
		}
	}

	private void remove(int h, int v) {
		int[] old = groups.get(h);
		double oldSpread = spreads.get(h);
		int[] g = new int[old.length - 1];
		without(old, v, g, -1);
		groups.set(h, g);
		spreads.set(h, in.spread(g, g.length));
		groupOf[v] = -1;
		placed--;
		if (journal != null) {
			journal.push(() -> {
				groups.set(h, old);
				spreads.set(h, oldSpread);
				groupOf[v] = h;
				placed++;
			});
		}
	}

	private void replace(int h, int[] g, double spread) {
		groups.set(h, g);
		spreads.set(h, spread);
		for (int w : g) {
			groupOf[w] = h;
		}
	}

	/** The current groups (dissolved ones dropped). */
	List<int[]> plan() {
		List<int[]> out = new ArrayList<>();
		for (int[] g : groups) {
			if (g != null) {
				out.add(g);
			}
		}
		return out;
	}

}
