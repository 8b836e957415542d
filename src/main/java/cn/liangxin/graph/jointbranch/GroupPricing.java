package cn.liangxin.graph.jointbranch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

// Pricing for components with too many valid groups to enumerate: lists every valid group whose
// reduced cost under given LP duals is at most a threshold, without visiting the others. The
// reduced cost of a group g is
//   r(g) = Σ_{i∈g} w_i + one + sturdy·[g sturdy] + spread·spreadMillimetres(g)   (spread ≥ 0),
// and a partial group P (candidates C: compatible with all of P, after it in index order) is cut
// when no extension can reach the threshold: adding a set S costs at least
//   spread·(max(s(P), max_{j∈S} max_{i∈P} d(i,j)) − s(P)) + Σ_{j∈S} w_j,
// minimised over S ⊆ C of at most maxUnits − |P| units by scanning C in increasing distance to P.
final class GroupPricing {

	/** A group found: its units (global indices, ascending) and spread in metres. */
	record Found(int[] units, double spreadMeters, double reducedCost) {
	}

	private final Instance in;

	private final JointBranchParameters p;

	private final int[] comp;

	private final int m;

	private final long[][] nb;

	private final int words;

	private final double[][] dist;

	// a search past it stops and answers null (too many to tell): the plan's LP and MIP
	// limit
	private final long deadlineNanos;

	GroupPricing(Instance in, int[] comp, long deadlineNanos) {
		this.deadlineNanos = deadlineNanos;
		this.in = in;
		this.p = in.p;
		this.comp = comp;
		this.m = comp.length;
		int[] local = new int[in.n];
		Arrays.fill(local, -1);
		for (int i = 0; i < this.m; i++) {
			local[comp[i]] = i;
		}
		this.words = (this.m + 63) >>> 6;
		this.nb = new long[this.m][this.words];
		for (int i = 0; i < this.m; i++) {
			for (int g : in.adj[comp[i]]) {
				int j = local[g];
				if (j >= 0) {
					this.nb[i][j >>> 6] |= 1L << (j & 63);
				}
			}
		}
		this.dist = new double[this.m][this.m];
		for (int i = 0; i < this.m; i++) {
			for (int j = i + 1; j < this.m; j++) {
				this.dist[i][j] = in.distance(comp[i], comp[j]);
				this.dist[j][i] = this.dist[i][j];
			}
		}
	}

	/**
	 * Every valid group with reduced cost at most {@code threshold}; null when there are
	 * more than {@code cap} or the deadline passes.
	 * @param w per-unit cost, by global unit index
	 */
	List<Found> below(double[] w, double one, double sturdy, double spread, double threshold, int cap) {
		if (spread < 0) {
			throw new IllegalArgumentException("spread coefficient must be >= 0");
		}
		Search s = new Search(w, one, sturdy, spread, threshold, cap);
		long[] cand = new long[this.words];
		for (int a = 0; a < this.m && !s.overflow; a++) {
			if (this.in.mem[this.comp[a]] > this.p.maxMembers()) {
				continue;
			}
			s.cur[0] = a;
			System.arraycopy(this.nb[a], 0, cand, 0, this.words);
			clearUpTo(cand, a);
			s.extend(1, cand, w[this.comp[a]], this.in.full[this.comp[a]], this.in.mem[this.comp[a]], 0);
		}
		return s.overflow ? null : s.out;
	}

	/**
	 * The (at most) {@code limit} valid groups of most negative reduced cost, the most
	 * negative first (ties by units); empty when none is negative; null past the
	 * deadline.
	 */
	List<Found> mostNegative(double[] w, double one, double sturdy, double spread, int limit) {
		if (spread < 0) {
			throw new IllegalArgumentException("spread coefficient must be >= 0");
		}
		Search s = new Search(w, one, sturdy, spread, -1e-9, Integer.MAX_VALUE);
		s.limit = limit;
		long[] cand = new long[this.words];
		for (int a = 0; a < this.m && !s.overflow; a++) {
			if (this.in.mem[this.comp[a]] > this.p.maxMembers()) {
				continue;
			}
			s.cur[0] = a;
			System.arraycopy(this.nb[a], 0, cand, 0, this.words);
			clearUpTo(cand, a);
			s.extend(1, cand, w[this.comp[a]], this.in.full[this.comp[a]], this.in.mem[this.comp[a]], 0);
		}
		if (s.overflow) {
			return null;
		}
		List<Found> out = new ArrayList<>(s.heap);
		out.sort((x, y) -> Double.compare(x.reducedCost(), y.reducedCost()) != 0
				? Double.compare(x.reducedCost(), y.reducedCost()) : Arrays.compare(x.units(), y.units()));
		return out;
	}

	private static void clearUpTo(long[] bits, int j) {
		int w = j >>> 6;
		for (int x = 0; x < w; x++) {
			bits[x] = 0;
		}
		bits[w] &= (j & 63) == 63 ? 0 : -1L << ((j & 63) + 1);
	}

	private final class Search {

		final double[] w;

		final double one;

		final double sturdy;

		final double spread;

		double threshold;

		final int cap;

		// with a limit: the best groups so far, the worst on top; the threshold falls to
		// the worst once full
		int limit;

		final java.util.PriorityQueue<Found> heap = new java.util.PriorityQueue<>(
				(x, y) -> Double.compare(y.reducedCost(), x.reducedCost()));

		final int[] cur = new int[GroupPricing.this.p.maxUnits()];

		final List<Found> out = new ArrayList<>();

		boolean overflow;

		long nodes;

		// scratch for the extension bound
		final int[] order = new int[GroupPricing.this.m];

		final double[] reach = new double[GroupPricing.this.m];

		Search(double[] w, double one, double sturdy, double spread, double threshold, int cap) {
			this.w = w;
			this.one = one;
			this.sturdy = sturdy;
			this.spread = spread;
			this.threshold = threshold;
			this.cap = cap;
		}

		// cur[0..size) is the partial group; sumW its units' costs; s its spread (metres)
		void extend(int size, long[] cand, double sumW, int full, int mem, double s) {
			if ((++this.nodes & 4095) == 0 && System.nanoTime() > GroupPricing.this.deadlineNanos) {
				this.overflow = true;
				return;
			}
			double base = sumW + this.one + Math.min(0, this.sturdy) + this.spread * (s * 1000 - 0.5);
			if (size >= 2 && full >= GroupPricing.this.p.minFullMembers()) {
				double r = sumW + this.one + (GroupPricing.this.p.sturdy(full) ? this.sturdy : 0)
						+ this.spread * Math.round(s * 1000);
				if (r <= this.threshold) {
					int[] units = new int[size];
					for (int t = 0; t < size; t++) {
						units[t] = GroupPricing.this.comp[this.cur[t]];
					}
					if (this.limit > 0) {
						this.heap.add(new Found(units, s, r));
						if (this.heap.size() > this.limit) {
							this.heap.poll();
						}
						if (this.heap.size() == this.limit) {
							this.threshold = Math.min(this.threshold, this.heap.peek().reducedCost());
						}
					}
					else {
						if (this.out.size() >= this.cap) {
							this.overflow = true;
							return;
						}
						this.out.add(new Found(units, s, r));
					}
				}
			}
			int room = GroupPricing.this.p.maxUnits() - size;
			if (room == 0 || base + extensionBound(size, cand, s, room) > this.threshold) {
				return;
			}
			long[] next = new long[GroupPricing.this.words];
			for (int x = 0; x < GroupPricing.this.words; x++) {
				long bits = cand[x];
				while (bits != 0) {
					int j = (x << 6) + Long.numberOfTrailingZeros(bits);
					bits &= bits - 1;
					int g = GroupPricing.this.comp[j];
					int mj = mem + GroupPricing.this.in.mem[g];
					if (mj > GroupPricing.this.p.maxMembers()) {
						continue;
					}
					double sj = s;
					for (int t = 0; t < size; t++) {
						sj = Math.max(sj, GroupPricing.this.dist[this.cur[t]][j]);
					}
					this.cur[size] = j;
					for (int y = 0; y < GroupPricing.this.words; y++) {
						next[y] = cand[y] & GroupPricing.this.nb[j][y];
					}
					clearUpTo(next, j);
					extend(size + 1, next, sumW + this.w[g], full + GroupPricing.this.in.full[g], mj, sj);
					if (this.overflow) {
						return;
					}
				}
			}
		}

		/**
		 * The least any extension by 1..room candidates can add (≤ 0: adding nothing is
		 * also counted, as the partial group itself or a smaller one may be the group).
		 */
		private double extensionBound(int size, long[] cand, double s, int room) {
			int k = 0;
			for (int x = 0; x < GroupPricing.this.words; x++) {
				long bits = cand[x];
				while (bits != 0) {
					int j = (x << 6) + Long.numberOfTrailingZeros(bits);
					bits &= bits - 1;
					double e = s;
					for (int t = 0; t < size; t++) {
						e = Math.max(e, GroupPricing.this.dist[this.cur[t]][j]);
					}
					this.reach[j] = e;
					this.order[k++] = j;
				}
			}
			if (k == 0) {
				return 0;
			}
			if (this.spread == 0) {
				// no distance term: the room most negative costs
				double[] best = new double[room];
				for (int q = 0; q < k; q++) {
					insert(best, this.w[GroupPricing.this.comp[this.order[q]]]);
				}
				double sum = 0;
				for (double b : best) {
					sum += b;
				}
				return sum;
			}
			Integer[] byReach = new Integer[k];
			for (int q = 0; q < k; q++) {
				byReach[q] = this.order[q];
			}
			Arrays.sort(byReach, (a, b) -> Double.compare(this.reach[a], this.reach[b]));
			double least = 0;
			// the most negative costs among the candidates before q (room - 1 of them)
			double[] best = new double[Math.max(0, room - 1)];
			for (int q = 0; q < k; q++) {
				int j = byReach[q];
				double sumBest = 0;
				for (double b : best) {
					sumBest += b;
				}
				double cost = this.spread * (this.reach[j] - s) * 1000 + this.w[GroupPricing.this.comp[j]] + sumBest;
				least = Math.min(least, cost);
				if (best.length > 0) {
					insert(best, this.w[GroupPricing.this.comp[j]]);
				}
			}
			return least;
		}

		// keeps in best the most negative values seen (each slot ≤ 0; 0 = empty)
		private void insert(double[] best, double v) {
			if (v >= 0) {
				return;
			}
			int worst = 0;
			for (int t = 1; t < best.length; t++) {
				if (best[t] > best[worst]) {
					worst = t;
				}
			}
			if (best.length > 0 && v < best[worst]) {
				best[worst] = v;
			}
		}

	}

}
