package cn.liangxin.graph.jointbranch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.liangxin.graph.load.Cancellation;

// Exact set packing on one component: enumerate every valid group (cliques of 2..maxUnits with
// feasible member sums), then branch and bound for the lexicographic optimum (most units placed,
// then least total spread).
final class ExactPacking {

	/** Outcome for one component. */
	record Outcome(List<int[]> plan, boolean proven, int placed, long groups, long nodes) {
	}

	private final Instance in;

	private final JointBranchParameters p;

	private final int[] comp;

	private final int m;

	// enumerated groups, local indices
	private int groupCount;

	private int[] gStart;

	private int[] gUnits;

	private double[] gSpread;

	private int[] gSize;

	private int[][] groupsOf;

	private double[] minShare;

	// search state
	private boolean[] free;

	private boolean[] counted;

	private int[] aliveCnt;

	private boolean[] alive;

	private int aliveUnits;

	private double sumMinShare;

	private int placed;

	private double spread;

	private int[] chosen;

	private int chosenTop;

	private int[] killStack;

	private int killTop;

	private int bestPlaced;

	private double bestSpread;

	private int[] bestChosen;

	private long nodes;

	private long nodeLimit;

	private long deadline;

	private boolean aborted;

	boolean timedOut;

	ExactPacking(Instance in, int[] comp) {
		this.in = in;
		this.p = in.p;
		this.comp = comp;
		this.m = comp.length;
	}

	/**
	 * Number of groups containing each unit, available after a successful
	 * {@link #enumerate}.
	 */
	boolean inSomeGroup(int local) {
		return groupsOf[local].length > 0;
	}

	/** Enumerates the valid groups; false when there are more than {@code cap}. */
	boolean enumerate(int cap) {
		int[] local = new int[in.n];
		Arrays.fill(local, -1);
		for (int i = 0; i < m; i++) {
			local[comp[i]] = i;
		}
		int words = (m + 63) >>> 6;
		long[][] nb = new long[m][words];
		for (int i = 0; i < m; i++) {
			for (int g : in.adj[comp[i]]) {
				int j = local[g];
				if (j >= 0) {
					nb[i][j >>> 6] |= 1L << (j & 63);
				}
			}
		}
		int k = p.maxUnits();
		long[][] cand = new long[k + 1][words];
		int[] cur = new int[k];
		IntList starts = new IntList();
		IntList flat = new IntList();
		List<Double> spreads = new ArrayList<>();
		Enumerator e = new Enumerator(nb, cand, cur, starts, flat, spreads, cap, words);
		for (int a = 0; a < m && !e.overflow; a++) {
			if (in.mem[comp[a]] > p.maxMembers()) {
				continue;
			}
			cur[0] = a;
			for (int w = 0; w < words; w++) {
				cand[1][w] = nb[a][w];
			}
			clearUpTo(cand[1], a);
			e.extend(1, in.full[comp[a]], in.mem[comp[a]]);
		}
		if (e.overflow) {
			return false;
		}
		groupCount = starts.size;
		gStart = Arrays.copyOf(starts.a, groupCount + 1);
		gStart[groupCount] = flat.size;
		gUnits = Arrays.copyOf(flat.a, flat.size);
		gSpread = new double[groupCount];
		gSize = new int[groupCount];
		int[] per = new int[m];
		for (int g = 0; g < groupCount; g++) {
			gSpread[g] = spreads.get(g);
			gSize[g] = gStart[g + 1] - gStart[g];
			for (int t = gStart[g]; t < gStart[g + 1]; t++) {
				per[gUnits[t]]++;
			}
		}
		groupsOf = new int[m][];
		for (int i = 0; i < m; i++) {
			groupsOf[i] = new int[per[i]];
			per[i] = 0;
		}
		for (int g = 0; g < groupCount; g++) {
			for (int t = gStart[g]; t < gStart[g + 1]; t++) {
				int u = gUnits[t];
				groupsOf[u][per[u]++] = g;
			}
		}
		minShare = new double[m];
		for (int i = 0; i < m; i++) {
			double best = Double.POSITIVE_INFINITY;
			Integer[] order = new Integer[groupsOf[i].length];
			for (int t = 0; t < order.length; t++) {
				order[t] = groupsOf[i][t];
				best = Math.min(best, gSpread[groupsOf[i][t]] / gSize[groupsOf[i][t]]);
			}
			minShare[i] = order.length == 0 ? 0 : best;
			// Big groups first (they place the most units), then tight ones: good plans
			// come early.
			Arrays.sort(order, (x, y) -> gSize[x] != gSize[y] ? Integer.compare(gSize[y], gSize[x])
					: gSpread[x] != gSpread[y] ? Double.compare(gSpread[x], gSpread[y]) : Integer.compare(x, y));
			for (int t = 0; t < order.length; t++) {
				groupsOf[i][t] = order[t];
			}
		}
		return true;
	}

	long groupCount() {
		return groupCount;
	}

	/** The units (global indices) of enumerated group {@code g}. */
	int[] groupUnits(int g) {
		int[] units = new int[gSize[g]];
		for (int t = 0; t < units.length; t++) {
			units[t] = comp[gUnits[gStart[g] + t]];
		}
		return units;
	}

	/** The spread of enumerated group {@code g}. */
	double groupSpread(int g) {
		return gSpread[g];
	}

	private static void clearUpTo(long[] bits, int j) {
		int w = j >>> 6;
		for (int x = 0; x < w; x++) {
			bits[x] = 0;
		}
		bits[w] &= (j & 63) == 63 ? 0 : -1L << ((j & 63) + 1);
	}

	private final class Enumerator {

		final long[][] nb;

		final long[][] cand;

		final int[] cur;

		final IntList starts;

		final IntList flat;

		final List<Double> spreads;

		final int cap;

		final int words;

		final int[] global;

		boolean overflow;

		Enumerator(long[][] nb, long[][] cand, int[] cur, IntList starts, IntList flat, List<Double> spreads, int cap,
				int words) {
			this.nb = nb;
			this.cand = cand;
			this.cur = cur;
			this.starts = starts;
			this.flat = flat;
			this.spreads = spreads;
			this.cap = cap;
			this.words = words;
			this.global = new int[cur.length];
		}

		void extend(int size, int f, int mm) {
			long[] c = cand[size];
			for (int w = 0; w < words; w++) {
				long bits = c[w];
				while (bits != 0) {
					int j = (w << 6) + Long.numberOfTrailingZeros(bits);
					bits &= bits - 1;
					int mj = mm + in.mem[comp[j]];
					if (mj > p.maxMembers()) {
						continue;
					}
					cur[size] = j;
					int fj = f + in.full[comp[j]];
					if (fj >= p.minFullMembers()) {
						if (starts.size >= cap) {
							overflow = true;
							return;
						}
						starts.add(flat.size);
						for (int t = 0; t <= size; t++) {
							flat.add(cur[t]);
							global[t] = comp[cur[t]];
						}
						spreads.add(in.spread(global, size + 1));
					}
					if (size + 1 < p.maxUnits()) {
						long[] next = cand[size + 1];
						for (int x = 0; x < words; x++) {
							next[x] = c[x] & nb[j][x];
						}
						clearUpTo(next, j);
						extend(size + 1, fj, mj);
						if (overflow) {
							return;
						}
					}
				}
			}
		}

	}

	/**
	 * Branch and bound from an incumbent plan (global indices). Bound: every free unit
	 * that still lies in a group of free units may be placed, at no less spread than its
	 * cheapest share (spread / size) over all its groups.
	 */
	Outcome solve(List<int[]> incumbent, long nodeLimit, long deadlineNanos) {
		int[] local = new int[in.n];
		for (int i = 0; i < m; i++) {
			local[comp[i]] = i;
		}
		this.nodeLimit = nodeLimit;
		this.deadline = deadlineNanos;
		free = new boolean[m];
		counted = new boolean[m];
		aliveCnt = new int[m];
		alive = new boolean[groupCount];
		Arrays.fill(alive, true);
		Arrays.fill(free, true);
		aliveUnits = 0;
		sumMinShare = 0;
		for (int i = 0; i < m; i++) {
			aliveCnt[i] = groupsOf[i].length;
			if (aliveCnt[i] > 0) {
				counted[i] = true;
				aliveUnits++;
				sumMinShare += minShare[i];
			}
		}
		chosen = new int[m];
		killStack = new int[groupCount];
		bestPlaced = 0;
		bestSpread = 0;
		List<int[]> bestPlan = new ArrayList<>();
		for (int[] g : incumbent) {
			bestPlaced += g.length;
			bestSpread += in.spread(g, g.length);
			bestPlan.add(g);
		}
		bestChosen = null;
		int incumbentPlaced = bestPlaced;
		// A plan placing every unit that lies in any group at zero spread cannot be
		// beaten.
		if (!(bestPlaced == aliveUnits && bestSpread <= 1e-9)) {
			search();
		}
		if (bestChosen != null) {
			bestPlan = new ArrayList<>();
			for (int g : bestChosen) {
				int[] gl = new int[gSize[g]];
				for (int t = 0; t < gl.length; t++) {
					gl[t] = comp[gUnits[gStart[g] + t]];
				}
				bestPlan.add(gl);
			}
		}
		assert bestPlaced >= incumbentPlaced;
		return new Outcome(bestPlan, !aborted, bestPlaced, groupCount, nodes);
	}

	private void search() {
		if (aborted) {
			return;
		}
		if ((nodes & 1023) == 0) {
			Cancellation.checkpoint();
		}
		if (++nodes > nodeLimit || ((nodes & 1023) == 0 && System.nanoTime() > deadline)) {
			timedOut = nodes <= nodeLimit;
			aborted = true;
			return;
		}
		int ub = placed + aliveUnits;
		if (ub < bestPlaced || (ub == bestPlaced && spread + sumMinShare >= bestSpread - 1e-7)) {
			return;
		}
		int u = -1;
		int least = Integer.MAX_VALUE;
		for (int i = 0; i < m; i++) {
			if (counted[i] && aliveCnt[i] < least) {
				least = aliveCnt[i];
				u = i;
			}
		}
		if (u < 0) {
			// Leaf: the bound check above already showed it beats the incumbent.
			bestPlaced = placed;
			bestSpread = spread;
			bestChosen = Arrays.copyOf(chosen, chosenTop);
			return;
		}
		int[] options = groupsOf[u];
		for (int g : options) {
			if (!alive[g]) {
				continue;
			}
			int mark = killTop;
			choose(g);
			search();
			unchoose(g, mark);
			if (aborted) {
				return;
			}
		}
		int mark = killTop;
		exclude(u);
		search();
		include(u, mark);
	}

	private void takeOut(int v) {
		free[v] = false;
		if (counted[v]) {
			counted[v] = false;
			aliveUnits--;
			sumMinShare -= minShare[v];
		}
	}

	private void putBack(int v) {
		free[v] = true;
		if (aliveCnt[v] > 0) {
			counted[v] = true;
			aliveUnits++;
			sumMinShare += minShare[v];
		}
	}

	private void kill(int h) {
		// Killing groups is the real cost of a node, so the budget counts it too.
		nodes++;
		alive[h] = false;
		killStack[killTop++] = h;
		for (int t = gStart[h]; t < gStart[h + 1]; t++) {
			int w = gUnits[t];
			if (--aliveCnt[w] == 0 && counted[w]) {
				counted[w] = false;
				aliveUnits--;
				sumMinShare -= minShare[w];
			}
		}
	}

	private void reviveTo(int mark) {
		while (killTop > mark) {
			int h = killStack[--killTop];
			alive[h] = true;
			for (int t = gStart[h]; t < gStart[h + 1]; t++) {
				int w = gUnits[t];
				if (aliveCnt[w]++ == 0 && free[w]) {
					counted[w] = true;
					aliveUnits++;
					sumMinShare += minShare[w];
				}
			}
		}
	}

	private void choose(int g) {
		for (int t = gStart[g]; t < gStart[g + 1]; t++) {
			takeOut(gUnits[t]);
		}
		placed += gSize[g];
		spread += gSpread[g];
		chosen[chosenTop++] = g;
		for (int t = gStart[g]; t < gStart[g + 1]; t++) {
			for (int h : groupsOf[gUnits[t]]) {
				if (alive[h]) {
					kill(h);
				}
			}
		}
	}

	private void unchoose(int g, int mark) {
		reviveTo(mark);
		chosenTop--;
		placed -= gSize[g];
		spread -= gSpread[g];
		for (int t = gStart[g]; t < gStart[g + 1]; t++) {
			putBack(gUnits[t]);
		}
	}

	private void exclude(int u) {
		takeOut(u);
		for (int h : groupsOf[u]) {
			if (alive[h]) {
				kill(h);
			}
		}
	}

	private void include(int u, int mark) {
		reviveTo(mark);
		putBack(u);
	}

	private static final class IntList {

		int[] a = new int[64];

		int size;

		void add(int v) {
			if (size == a.length) {
				a = Arrays.copyOf(a, size * 2);
			}
			a[size++] = v;
		}

	}

}
