package cn.liangxin.graph.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.liangxin.graph.coverage.GapKind;
import cn.liangxin.graph.domain.Geo;
import cn.liangxin.graph.domain.GeoPoint;
import cn.liangxin.graph.officers.OfficerAssignmentGraph.BaseSource;
import cn.liangxin.graph.officers.OfficerAssignmentGraph.Officer;
import cn.liangxin.graph.officers.OfficerAssignmentGraph.Target;

/**
 * Random tiny instances (seeded) against brute force over every assignment: the plan is
 * valid (area, load, distance), covers the most (tier by tier, then in all) and then has
 * the least total distance.
 */
class OfficerAssignmentPropertyTests {

	private static final String[] AREAS = { "D", "S1", "S2", "C11", "C12", "C21" };

	@Test
	void tinyInstancesMatchBruteForce() {
		Random rnd = new Random(20261201);
		OfficerAssignment planner = new OfficerAssignment();
		int nonTrivial = 0;
		for (int round = 0; round < 600; round++) {
			int m = 1 + rnd.nextInt(3);
			int n = 1 + rnd.nextInt(6);
			int maxLoad = 1 + rnd.nextInt(4);
			int tiers = rnd.nextInt(3);
			Double limit = rnd.nextInt(4) == 0 ? null : 300.0 + rnd.nextInt(2000);
			List<Officer> officers = new ArrayList<>();
			for (int o = 0; o < m; o++) {
				GeoPoint base = rnd.nextInt(5) == 0 ? null : point(rnd);
				officers.add(new Officer("O" + o, "指导员" + o, AREAS[rnd.nextInt(3)], rnd.nextInt(maxLoad + 2), base,
						base == null ? BaseSource.NONE : BaseSource.LEDGER));
			}
			List<Target> targets = new ArrayList<>();
			for (int t = 0; t < n; t++) {
				int tier = tiers == 0 ? -1 : rnd.nextInt(tiers + 1) - 1;
				targets.add(new Target("T" + t, "单位" + t, AREAS[rnd.nextInt(AREAS.length)],
						rnd.nextInt(5) == 0 ? null : point(rnd), tier, tier < 0 ? null : GapKind.SHOULD_BUILD));
			}
			var graph = new OfficerAssignmentGraph(officers, targets, OfficerAssignmentTests.AREAS);
			var p = new OfficerAssignmentParameters(maxLoad, limit, tiers);
			var r = planner.compute(graph, p);
			assertValid(r, graph, p);
			long[] best = bruteForce(officers, targets, p);
			long[] got = key(r, p);
			for (int k = 0; k < best.length - 1; k++) {
				assertThat(got[k]).as("round " + round + " objective " + k).isEqualTo(best[k]);
			}
			assertThat(r.totalDistanceMeters()).as("round " + round + " distance")
				.isCloseTo(best[best.length - 1] / 1000.0, offset(0.01));
			nonTrivial += r.newlyCovered() > 0 && !r.unreached().isEmpty() ? 1 : 0;
		}
		assertThat(nonTrivial).isGreaterThan(100);
	}

	static GeoPoint point(Random rnd) {
		return new GeoPoint(31.2 + rnd.nextDouble() * 2500 * OfficerAssignmentTests.M,
				121.5 + rnd.nextDouble() * 2500 * OfficerAssignmentTests.M * 1.17);
	}

	/** Area, load and distance hold for every assignment; each target at most once. */
	static void assertValid(OfficerAssignmentResult r, OfficerAssignmentGraph g, OfficerAssignmentParameters p) {
		Map<String, Integer> after = new HashMap<>();
		Set<String> seen = new HashSet<>();
		for (var a : r.assignments()) {
			assertThat(seen.add(a.target().id())).isTrue();
			assertThat(OfficerAssignment.ancestors(a.target().areaCode(), g.areaParent()))
				.contains(a.officer().areaCode());
			if (p.maxDistanceMeters() != null && a.officer().base() != null) {
				assertThat(a.target().location()).isNotNull();
				assertThat(Geo.distanceMeters(a.officer().base(), a.target().location()))
					.isLessThanOrEqualTo(p.maxDistanceMeters());
			}
			after.merge(a.officer().id(), 1, Integer::sum);
		}
		for (var l : r.loads()) {
			int added = after.getOrDefault(l.officer().id(), 0);
			assertThat(l.after()).isEqualTo(l.before() + added);
			if (added > 0) {
				assertThat(l.after()).isLessThanOrEqualTo(p.maxLoad());
			}
		}
		assertThat(r.assignments().size() + r.unreached().size()).isEqualTo(g.targets().size());
	}

	private static long[] key(OfficerAssignmentResult r, OfficerAssignmentParameters p) {
		long[] k = new long[p.tiers() + 2];
		for (int i = 0; i < p.tiers(); i++) {
			k[i] = r.newlyCoveredByTier().get(i);
		}
		k[p.tiers()] = r.newlyCovered();
		return k;
	}

	/**
	 * {covered per tier..., covered, -(distance in mm)} of the best assignment, by
	 * enumerating all.
	 */
	static long[] bruteForce(List<Officer> officers, List<Target> targets, OfficerAssignmentParameters p) {
		int m = officers.size();
		int n = targets.size();
		boolean[][] ok = new boolean[n][m];
		long[][] mm = new long[n][m];
		for (int t = 0; t < n; t++) {
			for (int o = 0; o < m; o++) {
				Officer of = officers.get(o);
				Target tg = targets.get(t);
				boolean inArea = false;
				for (String a = tg.areaCode(); a != null; a = OfficerAssignmentTests.AREAS.get(a)) {
					inArea |= a.equals(of.areaCode());
				}
				Double d = of.base() == null || tg.location() == null ? null
						: Geo.distanceMeters(of.base(), tg.location());
				boolean near = p.maxDistanceMeters() == null || of.base() == null
						|| (d != null && d <= p.maxDistanceMeters());
				ok[t][o] = inArea && near;
				mm[t][o] = d == null ? 0 : Math.round(d * 1000);
			}
		}
		long[] best = null;
		int[] choice = new int[n];
		int combos = (int) Math.pow(m + 1, n);
		for (int c = 0; c < combos; c++) {
			int x = c;
			int[] used = new int[m];
			boolean valid = true;
			long[] k = new long[p.tiers() + 2];
			for (int t = 0; t < n; t++) {
				choice[t] = x % (m + 1) - 1;
				x /= m + 1;
				int o = choice[t];
				if (o >= 0) {
					if (!ok[t][o] || officers.get(o).load() + ++used[o] > p.maxLoad()) {
						valid = false;
						break;
					}
					int tier = targets.get(t).priority();
					if (tier >= 0 && tier < p.tiers()) {
						k[tier]++;
					}
					k[p.tiers()]++;
					k[p.tiers() + 1] -= mm[t][o];
				}
			}
			if (valid && (best == null || compare(k, best) > 0)) {
				best = k;
			}
		}
		best[best.length - 1] = -best[best.length - 1];
		return best;
	}

	private static int compare(long[] a, long[] b) {
		for (int i = 0; i < a.length; i++) {
			if (a[i] != b[i]) {
				return Long.compare(a[i], b[i]);
			}
		}
		return 0;
	}

}
