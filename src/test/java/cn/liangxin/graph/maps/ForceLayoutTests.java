package cn.liangxin.graph.maps;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The force layout on small hand-drawn graphs, and its speed on a map-sized one. */
class ForceLayoutTests {

	static final int[][] TWO_TRIANGLES = { { 0, 1 }, { 1, 2 }, { 2, 0 }, { 3, 4 }, { 4, 5 }, { 5, 3 } };

	@Test
	void twoSeparatedTrianglesLayOutApart() {
		// all six start on one spot: only the forces separate them
		double[][] xy = ForceLayout.layout(6, TWO_TRIANGLES, new double[6], new double[6],
				ForceLayout.Parameters.DEFAULTS);
		assertFinite(xy);
		double longestEdge = 0;
		for (int[] e : TWO_TRIANGLES) {
			longestEdge = Math.max(longestEdge, distance(xy, e[0], e[1]));
		}
		double closestAcross = Double.MAX_VALUE;
		for (int a = 0; a < 3; a++) {
			for (int b = 3; b < 6; b++) {
				closestAcross = Math.max(0, Math.min(closestAcross, distance(xy, a, b)));
			}
		}
		assertThat(closestAcross).isGreaterThan(longestEdge);
		assertThat(longestEdge).isGreaterThan(1); // not collapsed
	}

	@Test
	void isDeterministicAndKeepsTheGeographicArrangement() {
		// a path west → east: the layout keeps it west → east
		double[] x0 = { 0, 100, 200, 300 };
		double[] y0 = { 0, 0, 0, 0 };
		int[][] path = { { 0, 1 }, { 1, 2 }, { 2, 3 } };
		double[][] first = ForceLayout.layout(4, path, x0, y0, ForceLayout.Parameters.DEFAULTS);
		double[][] second = ForceLayout.layout(4, path, x0, y0, ForceLayout.Parameters.DEFAULTS);
		assertThat(first[0]).containsExactly(second[0]);
		assertThat(first[1]).containsExactly(second[1]);
		assertThat(first[0][0]).isLessThan(first[0][3]);
	}

	@Test
	void emptyAndSingleGraphs() {
		assertThat(
				ForceLayout.layout(0, new int[0][], new double[0], new double[0], ForceLayout.Parameters.DEFAULTS)[0])
			.isEmpty();
		double[][] one = ForceLayout.layout(1, new int[0][], new double[] { Double.NaN }, new double[] { 5 },
				ForceLayout.Parameters.DEFAULTS);
		assertFinite(one);
	}

	@Test
	void twoThousandNodesLayOutQuickly() {
		int n = 2000;
		Random random = new Random(7);
		List<int[]> edges = new ArrayList<>();
		for (int i = 1; i < n; i++) {
			edges.add(new int[] { i, random.nextInt(i) }); // a random tree
		}
		for (int i = 0; i < n; i++) {
			edges.add(new int[] { random.nextInt(n), random.nextInt(n) });
		}
		double[] x0 = new double[n];
		double[] y0 = new double[n];
		for (int i = 0; i < n; i++) {
			x0[i] = random.nextDouble() * 5000;
			y0[i] = random.nextDouble() * 5000;
		}
		int[][] pairs = edges.toArray(int[][]::new);
		for (int warmUp = 0; warmUp < 3; warmUp++) {
			ForceLayout.layout(n, pairs, x0, y0, ForceLayout.Parameters.DEFAULTS);
		}
		long started = System.nanoTime();
		double[][] xy = ForceLayout.layout(n, pairs, x0, y0, ForceLayout.Parameters.DEFAULTS);
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("ForceLayout: %d nodes, %d edges in %d ms%n", n, pairs.length, millis);
		assertFinite(xy);
		// generous: the machine is shared; the budget is 300 ms, typically far less
		assertThat(millis).isLessThan(1500);
	}

	@Test
	void aParkShapedMapOfTwoThousandNodesLaysOutQuickly() {
		// 40 buildings in a park, 1,700 organizations in them, 200 party organizations
		// covering 8 each,
		// 59 officers guiding 10 each, 300 ties: the shape of a real map, seeded from
		// geography
		Random random = new Random(11);
		int buildings = 40;
		int organizations = 1700;
		int parties = 200;
		int officers = 59;
		int n = 1 + buildings + organizations + parties + officers;
		List<int[]> edges = new ArrayList<>();
		double[] x0 = new double[n];
		double[] y0 = new double[n];
		for (int b = 1; b <= buildings; b++) {
			edges.add(new int[] { b, 0 });
			x0[b] = random.nextDouble() * 2000;
			y0[b] = random.nextDouble() * 2000;
		}
		int firstOrg = 1 + buildings;
		for (int o = firstOrg; o < firstOrg + organizations; o++) {
			int b = 1 + random.nextInt(buildings);
			edges.add(new int[] { o, b });
			x0[o] = x0[b];
			y0[o] = y0[b]; // same building: same spot
		}
		for (int q = 0; q < parties; q++) {
			int po = firstOrg + organizations + q;
			for (int u = 0; u < 8; u++) {
				edges.add(new int[] { po, firstOrg + random.nextInt(organizations) });
			}
		}
		for (int g = 0; g < officers; g++) {
			for (int u = 0; u < 10; u++) {
				edges.add(new int[] { n - 1 - g, firstOrg + random.nextInt(organizations) });
			}
		}
		for (int t = 0; t < 300; t++) {
			edges.add(new int[] { firstOrg + random.nextInt(organizations), firstOrg + random.nextInt(organizations) });
		}
		int[][] pairs = edges.toArray(int[][]::new);
		for (int warmUp = 0; warmUp < 3; warmUp++) {
			ForceLayout.layout(n, pairs, x0, y0, ForceLayout.Parameters.DEFAULTS);
		}
		long started = System.nanoTime();
		double[][] xy = ForceLayout.layout(n, pairs, x0, y0, ForceLayout.Parameters.DEFAULTS);
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("ForceLayout park-shaped: %d nodes, %d edges in %d ms%n", n, pairs.length, millis);
		assertFinite(xy);
		assertThat(millis).isLessThan(1500);
	}

	static void assertFinite(double[][] xy) {
		for (double[] axis : xy) {
			for (double v : axis) {
				assertThat(Double.isFinite(v)).isTrue();
			}
		}
	}

	static double distance(double[][] xy, int a, int b) {
		return Math.hypot(xy[0][a] - xy[0][b], xy[1][a] - xy[1][b]);
	}

}
