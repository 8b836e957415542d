package cn.liangxin.graph.jointbranch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random instances (seeded): validity, disjointness, never worse than greedy, and equal
 * to brute force on tiny ones.
 */
class JointBranchPropertyTests {

	static JointBranchGraph randomGraph(Random rnd, int n, double areaMeters) {
		List<Unit> units = new ArrayList<>();
		String[] sections = { "I", "C", "F", null };
		for (int i = 0; i < n; i++) {
			String section = sections[rnd.nextInt(sections.length)];
			String division = section == null ? null
					: section.equals("I") ? (rnd.nextBoolean() ? "64" : "65") : section.equals("C") ? "27" : "52";
			String building = rnd.nextInt(3) == 0 ? "B" + rnd.nextInt(3) : null;
			String park = building != null ? "P" + (building.charAt(1) - '0') % 2
					: rnd.nextInt(3) == 0 ? "P" + rnd.nextInt(2) : null;
			boolean located = rnd.nextInt(5) != 0;
			Double lat = located ? JointBranchTests.LAT + rnd.nextDouble() * areaMeters * JointBranchTests.M : null;
			Double lon = located ? JointBranchTests.LON + rnd.nextDouble() * areaMeters * JointBranchTests.M * 1.17
					: null;
			int full = 1 + rnd.nextInt(2);
			units.add(new Unit(String.format("U%03d", i), full, full + rnd.nextInt(4) * rnd.nextInt(8),
					rnd.nextInt(100), building, park, "C" + rnd.nextInt(2), lat, lon, section, division));
		}
		Set<Tie> ties = new HashSet<>();
		for (int t = 0; t < n / 3; t++) {
			ties.add(Tie.of(units.get(rnd.nextInt(n)).id(), units.get(rnd.nextInt(n)).id(), "SUPPLIES"));
		}
		ties.removeIf(t -> t.a().equals(t.b()));
		return new JointBranchGraph(units, ties);
	}

	static JointBranchParameters randomParameters(Random rnd) {
		return new JointBranchParameters(2 + rnd.nextInt(3), 2 + rnd.nextInt(4), 6 + rnd.nextInt(45),
				Proximity.values()[rnd.nextInt(4)], 300 + rnd.nextInt(1200), IndustryMatch.values()[rnd.nextInt(3)],
				rnd.nextBoolean());
	}

	static void assertPlanValid(JointBranchResult r, JointBranchGraph g, JointBranchParameters p) {
		Set<String> seen = new HashSet<>();
		for (Group group : r.groups()) {
			assertThat(JointBranch.isValid(group.units(), g, p)).as(group.ids().toString()).isTrue();
			for (Unit u : group.units()) {
				assertThat(seen.add(u.id())).as("unit twice: " + u.id()).isTrue();
			}
			assertThat(group.anchor()).isEqualTo(group.units().get(0));
		}
		for (Unplaced u : r.unplaced()) {
			assertThat(seen.add(u.unit().id())).isTrue();
		}
		assertThat(seen).hasSize(g.units().size());
		assertThat(r.placed()).isEqualTo(r.groups().stream().mapToInt(x -> x.units().size()).sum());
		assertThat(r.placed()).isLessThanOrEqualTo(r.placedUpperBound());
	}

	@Test
	void tinyInstancesMatchBruteForce() {
		Random rnd = new Random(20261128);
		JointBranch planner = new JointBranch();
		int nonTrivial = 0;
		for (int t = 0; t < 400; t++) {
			JointBranchGraph g = randomGraph(rnd, 2 + rnd.nextInt(9), 1500);
			JointBranchParameters p = randomParameters(rnd);
			JointBranchResult r = planner.compute(g, p);
			assertPlanValid(r, g, p);
			double[] best = bruteForce(g, p);
			assertThat(r.optimal()).isTrue();
			assertThat(r.placed()).as("instance " + t).isEqualTo((int) best[0]);
			assertThat(r.totalSpreadMeters()).as("instance " + t).isCloseTo(best[1], within(1e-3));
			nonTrivial += r.placed() > 0 ? 1 : 0;
		}
		assertThat(nonTrivial).isGreaterThan(100);
	}

	@Test
	void lpBoundAndMipMatchBruteForceUnderEveryObjective() {
		// the LP bound and the MIP alone: the branch and bound gets no nodes
		matchesBruteForceUnderEveryObjective(new JointBranch(JointBranch.Budget.defaults().withNodesPerComponent(0)));
	}

	@Test
	void pricedGroupsMatchBruteForceUnderEveryObjective() {
		// no group enumerated (cap 0): every component takes the path of the densest
		// streets, where the LP generates the groups it needs
		JointBranch.Budget d = JointBranch.Budget.defaults();
		matchesBruteForceUnderEveryObjective(new JointBranch(
				new JointBranch.Budget(d.exactMaxUnits(), 0, 0, d.timeLimit(), true, d.mipTimeLimit())));
	}

	@Test
	void pricingFindsExactlyTheGroupsBelowTheThreshold() {
		Random rnd = new Random(20261204);
		int nonEmpty = 0;
		for (int t = 0; t < 100; t++) {
			JointBranchGraph g = randomGraph(rnd, 3 + rnd.nextInt(10), 1500);
			JointBranchParameters p = randomParameters(rnd);
			Instance in = new Instance(g, p);
			in.buildAdjacency();
			double[] w = new double[in.n];
			for (int u = 0; u < in.n; u++) {
				w[u] = rnd.nextGaussian() * 500_000;
			}
			double one = rnd.nextGaussian() * 300_000;
			double sturdy = rnd.nextGaussian() * 300_000;
			double spread = rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble() * 2;
			double threshold = rnd.nextGaussian() * 500_000;
			for (int[] comp : in.components()) {
				ExactPacking e = new ExactPacking(in, comp);
				assertThat(e.enumerate(100_000)).isTrue();
				Set<List<Integer>> expected = new HashSet<>();
				double least = Double.POSITIVE_INFINITY;
				for (int k = 0; k < e.groupCount(); k++) {
					int[] units = e.groupUnits(k);
					int full = 0;
					double r = one + spread * Math.round(e.groupSpread(k) * 1000);
					for (int u : units) {
						full += in.full[u];
						r += w[u];
					}
					r += p.sturdy(full) ? sturdy : 0;
					least = Math.min(least, r);
					if (r <= threshold) {
						expected.add(sortedList(units));
					}
				}
				GroupPricing pricing = new GroupPricing(in, comp, Long.MAX_VALUE);
				Set<List<Integer>> found = new HashSet<>();
				for (GroupPricing.Found f : pricing.below(w, one, sturdy, spread, threshold, 1_000_000)) {
					assertThat(found.add(sortedList(f.units()))).isTrue();
				}
				assertThat(found).as("instance " + t).isEqualTo(expected);
				List<GroupPricing.Found> most = pricing.mostNegative(w, one, sturdy, spread, 3);
				if (least < -1e-9) {
					assertThat(most).as("instance " + t).isNotEmpty();
					assertThat(most.get(0).reducedCost()).as("instance " + t).isCloseTo(least, within(1e-3));
				}
				else {
					assertThat(most).as("instance " + t).isEmpty();
				}
				nonEmpty += expected.isEmpty() ? 0 : 1;
			}
		}
		assertThat(nonEmpty).isGreaterThan(30);
	}

	private static List<Integer> sortedList(int[] units) {
		return java.util.Arrays.stream(units).sorted().boxed().toList();
	}

	private static void matchesBruteForceUnderEveryObjective(JointBranch planner) {
		Random rnd = new Random(20261202);
		int nonTrivial = 0;
		for (int t = 0; t < 150; t++) {
			JointBranchGraph g = randomGraph(rnd, 2 + rnd.nextInt(8), 1500);
			for (Objective objective : Objective.values()) {
				JointBranchParameters p = randomParameters(rnd).withObjective(objective);
				JointBranchResult r = planner.compute(g, p);
				assertPlanValid(r, g, p);
				double[] best = bruteForce(g, p, objective);
				String as = "instance " + t + " " + objective;
				assertThat(r.optimal()).as(as).isTrue();
				assertThat(r.placed()).as(as).isEqualTo((int) best[0]);
				double second = objective == Objective.STURDY
						? r.groups().stream().filter(x -> p.sturdy(x.fullMembers())).count()
						: objective == Objective.FEWEST_BRANCHES ? -r.groups().size() : 0;
				assertThat(second).as(as).isEqualTo(best[1]);
				// the stages compare spreads to the millimetre
				assertThat(r.totalSpreadMeters()).as(as).isCloseTo(best[2], within(0.01));
				nonTrivial += objective != Objective.MOST_UNITS && r.groups().size() > 1 ? 1 : 0;
			}
		}
		assertThat(nonTrivial).isGreaterThan(20);
	}

	@Test
	void lpBoundNeverExceedsTheBruteForceOptimum() {
		Random rnd = new Random(20261203);
		int tight = 0;
		for (int t = 0; t < 150; t++) {
			JointBranchGraph g = randomGraph(rnd, 3 + rnd.nextInt(8), 1500);
			JointBranchParameters p = randomParameters(rnd);
			Instance in = new Instance(g, p);
			in.buildAdjacency();
			List<int[]> groups = new ArrayList<>();
			List<Double> spreads = new ArrayList<>();
			for (int[] comp : in.components()) {
				ExactPacking e = new ExactPacking(in, comp);
				assertThat(e.enumerate(100_000)).isTrue();
				for (int k = 0; k < e.groupCount(); k++) {
					groups.add(e.groupUnits(k));
					spreads.add(e.groupSpread(k));
				}
			}
			if (groups.isEmpty()) {
				continue;
			}
			long[] size = new long[groups.size()];
			long[] spread = new long[groups.size()];
			for (int k = 0; k < size.length; k++) {
				size[k] = -groups.get(k).length;
				spread[k] = Math.round(spreads.get(k) * 1000);
			}
			double[] best = bruteForce(g, p);
			int[][] units = groups.toArray(int[][]::new);
			long far = System.nanoTime() + 60_000_000_000L;
			LpBound.Result placed = LpBound.solve(units, in.n, size, List.of(), List.of(), far);
			assertThat(placed.bound()).as("instance " + t).isLessThanOrEqualTo(-best[0] + 1e-6);
			LpBound.Result spreadStage = LpBound.solve(units, in.n, spread, List.of(size), List.of((long) -best[0]),
					far);
			// per-group rounding to the millimetre moves the optimum by at most 0.5 mm a
			// group
			assertThat(spreadStage.bound()).as("instance " + t)
				.isLessThanOrEqualTo(best[1] * 1000 + 0.5 * groups.size() + 1e-6);
			tight += placed.proves(Math.round(-best[0])) ? 1 : 0;
		}
		assertThat(tight).isGreaterThan(50);
	}

	/**
	 * {placed, second, spread} of the lexicographic optimum for an objective (second:
	 * sturdy groups, or −groups, or 0).
	 */
	static double[] bruteForce(JointBranchGraph g, JointBranchParameters p, Objective objective) {
		List<Unit> units = g.units();
		int n = units.size();
		List<int[]> valid = new ArrayList<>(); // mask, sturdy
		Map<Integer, Double> spread = new HashMap<>();
		for (int mask = 1; mask < (1 << n); mask++) {
			if (Integer.bitCount(mask) < 2 || Integer.bitCount(mask) > p.maxUnits()) {
				continue;
			}
			List<Unit> grp = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				if ((mask >> i & 1) != 0) {
					grp.add(units.get(i));
				}
			}
			if (JointBranch.isValid(grp, g, p)) {
				int full = grp.stream().mapToInt(Unit::fullMembers).sum();
				valid.add(new int[] { mask, p.sturdy(full) ? 1 : 0 });
				double s = 0;
				for (Unit a : grp) {
					for (Unit b : grp) {
						if (a.located() && b.located()) {
							s = Math.max(s, Instance.haversine(a.lat(), a.lon(), b.lat(), b.lon()));
						}
					}
				}
				spread.put(mask, s);
			}
		}
		return bestKey((1 << n) - 1, valid, spread, objective, new HashMap<>());
	}

	private static double[] bestKey(int free, List<int[]> valid, Map<Integer, Double> spread, Objective objective,
			Map<Integer, double[]> memo) {
		if (free == 0) {
			return new double[] { 0, 0, 0 };
		}
		double[] cached = memo.get(free);
		if (cached != null) {
			return cached;
		}
		int low = Integer.lowestOneBit(free);
		double[] result = bestKey(free & ~low, valid, spread, objective, memo);
		for (int[] grp : valid) {
			if ((grp[0] & low) != 0 && (grp[0] & ~free) == 0) {
				double[] rest = bestKey(free & ~grp[0], valid, spread, objective, memo);
				double second = objective == Objective.STURDY ? grp[1]
						: objective == Objective.FEWEST_BRANCHES ? -1 : 0;
				double[] key = { rest[0] + Integer.bitCount(grp[0]), rest[1] + second, rest[2] + spread.get(grp[0]) };
				if (key[0] > result[0] || (key[0] == result[0]
						&& (key[1] > result[1] || (key[1] == result[1] && key[2] < result[2] - 1e-9)))) {
					result = key;
				}
			}
		}
		memo.put(free, result);
		return result;
	}

	@Test
	void mediumInstancesAreValidAndBeatGreedy() {
		Random rnd = new Random(7);
		// the branch and bound with a large budget, alone: deterministic and quick; the
		// LP bound and MIP are checked against brute force above and on the example's
		// scopes
		JointBranch planner = new JointBranch(
				JointBranch.Budget.defaults().withMip(false).withNodesPerComponent(3_000_000));
		JointBranch.Greedy greedy = new JointBranch.Greedy();
		for (int t = 0; t < 60; t++) {
			JointBranchGraph g = randomGraph(rnd, 20 + rnd.nextInt(120), 3000);
			JointBranchParameters p = rnd.nextInt(3) == 0 ? JointBranchParameters.defaults() : randomParameters(rnd);
			JointBranchResult r = planner.compute(g, p);
			assertPlanValid(r, g, p);
			JointBranchResult gr = greedy.compute(g, p);
			assertPlanValid(gr, g, p);
			assertThat(r.placed()).as("instance " + t).isGreaterThanOrEqualTo(gr.placed());
			// Same input, same plan: node budgets make it so; only the wall-clock safety
			// net (a loaded machine) may cut a search short, and then says so.
			JointBranchResult again = planner.compute(g, p);
			if (!r.stats().timedOut() && !again.stats().timedOut()) {
				assertThat(again.groups()).as("instance " + t).isEqualTo(r.groups());
			}
		}
	}

	/** {placed, spread} of the lexicographic optimum by enumerating all packings. */
	static double[] bruteForce(JointBranchGraph g, JointBranchParameters p) {
		List<Unit> units = g.units();
		int n = units.size();
		List<Integer> valid = new ArrayList<>();
		Map<Integer, Double> spread = new HashMap<>();
		for (int mask = 1; mask < (1 << n); mask++) {
			if (Integer.bitCount(mask) < 2 || Integer.bitCount(mask) > p.maxUnits()) {
				continue;
			}
			List<Unit> grp = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				if ((mask >> i & 1) != 0) {
					grp.add(units.get(i));
				}
			}
			if (JointBranch.isValid(grp, g, p)) {
				valid.add(mask);
				double s = 0;
				for (Unit a : grp) {
					for (Unit b : grp) {
						if (a.located() && b.located()) {
							s = Math.max(s, Instance.haversine(a.lat(), a.lon(), b.lat(), b.lon()));
						}
					}
				}
				spread.put(mask, s);
			}
		}
		Map<Integer, double[]> memo = new HashMap<>();
		return best((1 << n) - 1, valid, spread, memo);
	}

	private static double[] best(int free, List<Integer> valid, Map<Integer, Double> spread,
			Map<Integer, double[]> memo) {
		if (free == 0) {
			return new double[] { 0, 0 };
		}
		double[] cached = memo.get(free);
		if (cached != null) {
			return cached;
		}
		int low = Integer.lowestOneBit(free);
		double[] result = best(free & ~low, valid, spread, memo); // leave the lowest unit
																	// out
		for (int grp : valid) {
			if ((grp & low) != 0 && (grp & ~free) == 0) {
				double[] rest = best(free & ~grp, valid, spread, memo);
				double placed = rest[0] + Integer.bitCount(grp);
				double s = rest[1] + spread.get(grp);
				if (placed > result[0] || (placed == result[0] && s < result[1] - 1e-9)) {
					result = new double[] { placed, s };
				}
			}
		}
		memo.put(free, result);
		return result;
	}

}
