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
		double[][] xy = ForceLayout.layout(6, TWO_TRIANGLES, new double[6], new double[6], ForceLayout.Parameters.DEFAULTS);
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
		assertThat(ForceLayout.layout(0, new int[0][], new double[0], new double[0], ForceLayout.Parameters.DEFAULTS)[0]).isEmpty();
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
		ForceLayout.layout(n, pairs, x0, y0, ForceLayout.Parameters.DEFAULTS); // warm-up
		long started = System.nanoTime();
		double[][] xy = ForceLayout.layout(n, pairs, x0, y0, ForceLayout.Parameters.DEFAULTS);
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("ForceLayout: %d nodes, %d edges in %d ms%n", n, pairs.length, millis);
		assertFinite(xy);
		// generous: the machine is shared; the budget is 300 ms, typically far less
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
