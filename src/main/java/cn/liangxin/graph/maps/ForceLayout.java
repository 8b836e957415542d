package cn.liangxin.graph.maps;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import cn.liangxin.graph.load.Cancellation;

/**
 * A deterministic Fruchterman–Reingold layout. Near repulsion is exact between nodes
 * closer than twice the ideal edge length, found through a uniform grid of cells that
 * size; far repulsion is the monopole of the crowd nearer the centre (2-D shell theorem),
 * found by sorting the radii. An iteration costs about O(n log n + m) instead of O(n²):
 * 2,000 nodes lay out in a couple of hundred milliseconds or less. A weak pull towards
 * the centre keeps separate components on the screen. Never touches the database.
 *
 * <p>
 * The start positions are the caller's (the geographic projection), rescaled so that
 * their mean spacing is the ideal edge length: the same graph always gives the same
 * picture, and a map that changed a little looks a little different, not shuffled.
 * Coinciding starts are spread by a {@link Random} with a fixed seed, never by the clock.
 */
public final class ForceLayout {

	/**
	 * The layout's knobs.
	 *
	 * @param idealLength the edge length the forces balance at (layout units)
	 * @param iterations cooling steps (fewer for maps above 1,000 nodes:
	 * {@code iterations · 1000 / n}, at least a quarter)
	 * @param gravity pull towards the centre, per unit of distance
	 * @param seed seed of the jitter that separates coinciding start positions
	 */
	public record Parameters(double idealLength, int iterations, double gravity, long seed) {

		public static final Parameters DEFAULTS = new Parameters(30, 200, 0.01, 42);

		public Parameters {
			if (!(idealLength > 0) || iterations < 0 || !(gravity >= 0)) {
				throw new IllegalArgumentException("idealLength > 0, iterations >= 0, gravity >= 0");
			}
		}
	}

	private ForceLayout() {
	}

	/**
	 * Lays out {@code n} nodes joined by {@code edges} ({@code edges[i] = {a, b}},
	 * indexes), from the start positions {@code x0}, {@code y0} (any scale). Returns
	 * {@code {x, y}}, all finite.
	 */
	public static double[][] layout(int n, int[][] edges, double[] x0, double[] y0, Parameters p) {
		double[] x = new double[n];
		double[] y = new double[n];
		if (n == 0) {
			return new double[][] { x, y };
		}
		double k = p.idealLength();
		start(n, x0, y0, k, x, y, new Random(p.seed()));
		if (n == 1) {
			return new double[][] { x, y };
		}
		double[] dx = new double[n];
		double[] dy = new double[n];
		double cell = 2 * k;
		double k2 = k * k;
		double temperature = k * Math.sqrt(n) / 4;
		int[] cellOf = new int[n];
		int[] order = new int[n];
		double[] radius = new double[n];
		long[] byRadius = new long[n];
		// big maps start from geography, which is already a fair picture: fewer, cheaper
		// polishing steps
		int iterations = n <= 1000 ? p.iterations() : Math.max(p.iterations() / 4, p.iterations() * 1000 / n);
		for (int iteration = 0; iteration < iterations; iteration++) {
			Cancellation.checkpoint();
			Arrays.fill(dx, 0);
			Arrays.fill(dy, 0);
			// a uniform grid over the bounding box, as a counting sort of the nodes by
			// cell (no boxing,
			// no hashing); cells grow when the box is huge, which only makes the 3×3
			// search wider
			double minX = Double.POSITIVE_INFINITY;
			double minY = Double.POSITIVE_INFINITY;
			double maxX = Double.NEGATIVE_INFINITY;
			double maxY = Double.NEGATIVE_INFINITY;
			for (int i = 0; i < n; i++) {
				minX = Math.min(minX, x[i]);
				maxX = Math.max(maxX, x[i]);
				minY = Math.min(minY, y[i]);
				maxY = Math.max(maxY, y[i]);
			}
			int limit = Math.max(4, (int) Math.sqrt(n) * 4);
			double side = Math.max(cell, Math.max(maxX - minX, maxY - minY) / limit);
			int columns = (int) ((maxX - minX) / side) + 1;
			int rows = (int) ((maxY - minY) / side) + 1;
			int[] start = new int[columns * rows + 1];
			for (int i = 0; i < n; i++) {
				int c = (int) ((x[i] - minX) / side);
				int r = (int) ((y[i] - minY) / side);
				cellOf[i] = r * columns + c;
				start[cellOf[i] + 1]++;
			}
			for (int c = 0; c < columns * rows; c++) {
				start[c + 1] += start[c];
			}
			int[] fill = Arrays.copyOf(start, start.length);
			for (int i = 0; i < n; i++) {
				order[fill[cellOf[i]]++] = i;
			}
			double reach = cell * cell;
			for (int i = 0; i < n; i++) {
				int c0 = cellOf[i] % columns;
				int r0 = cellOf[i] / columns;
				for (int r = Math.max(0, r0 - 1); r <= Math.min(rows - 1, r0 + 1); r++) {
					for (int c = Math.max(0, c0 - 1); c <= Math.min(columns - 1, c0 + 1); c++) {
						int cellIndex = r * columns + c;
						for (int q = start[cellIndex]; q < start[cellIndex + 1]; q++) {
							int j = order[q];
							if (j == i) {
								continue;
							}
							double ex = x[i] - x[j];
							double ey = y[i] - y[j];
							double d2 = ex * ex + ey * ey;
							if (d2 >= reach) {
								continue;
							}
							if (d2 < 1e-9) {
								// coinciding nodes: push apart along a direction fixed by
								// their indexes
								double angle = (i * 0.618034 + j * 0.381966) * 2 * Math.PI;
								ex = Math.cos(angle) * 0.01;
								ey = Math.sin(angle) * 0.01;
								d2 = 1e-4;
							}
							double force = k2 / d2; // (k²/d) / d: scales the difference
													// vector
							dx[i] += ex * force;
							dy[i] += ey * force;
						}
					}
				}
			}
			for (int[] e : edges) {
				int a = e[0];
				int b = e[1];
				if (a == b) {
					continue;
				}
				double ex = x[a] - x[b];
				double ey = y[a] - y[b];
				double d = Math.sqrt(ex * ex + ey * ey);
				double force = d / k; // (d²/k) / d
				dx[a] -= ex * force;
				dy[a] -= ey * force;
				dx[b] += ex * force;
				dy[b] += ey * force;
			}
			double mx = 0;
			double my = 0;
			for (int i = 0; i < n; i++) {
				mx += x[i];
				my += y[i];
			}
			mx /= n;
			my /= n;
			// far field: in the plane a 1/d force of a disc-shaped crowd acts like its
			// inner part
			// concentrated at the centre (the shell theorem holds for 1/r forces in 2-D),
			// so a node at
			// radius r is pushed out by k²·(nodes nearer the centre)/r. Without it the
			// cut-off
			// repulsion lets a dense graph collapse, and the grid cells fill up.
			for (int i = 0; i < n; i++) {
				radius[i] = Math.hypot(x[i] - mx, y[i] - my);
				// rank by radius, ties by index: a non-negative float's bits sort like
				// the float
				byRadius[i] = ((long) Float.floatToIntBits((float) radius[i]) << 32) | i;
			}
			Arrays.sort(byRadius);
			for (int rank = 0; rank < n; rank++) {
				int i = (int) byRadius[rank];
				double r = radius[i];
				if (r > cell) {
					// the near ones (within the cut-off) are already counted exactly
					double push = k2 * Math.max(0, rank - 1) / (r * r);
					dx[i] += (x[i] - mx) * push;
					dy[i] += (y[i] - my) * push;
				}
			}
			for (int i = 0; i < n; i++) {
				dx[i] -= p.gravity() * (x[i] - mx);
				dy[i] -= p.gravity() * (y[i] - my);
				double d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
				if (d > 0 && Double.isFinite(d)) {
					double step = Math.min(d, temperature);
					x[i] += dx[i] / d * step;
					y[i] += dy[i] / d * step;
				}
			}
			// linear cooling down to a small floor, so late steps only polish
			temperature = Math.max(k * 0.05, temperature - temperature / (iterations - iteration + 1));
		}
		return new double[][] { x, y };
	}

	/**
	 * Start positions: the seeds rescaled to a mean spacing of about {@code k}, jitter
	 * where they coincide.
	 */
	private static void start(int n, double[] x0, double[] y0, double k, double[] x, double[] y, Random random) {
		double minX = Double.POSITIVE_INFINITY;
		double maxX = Double.NEGATIVE_INFINITY;
		double minY = Double.POSITIVE_INFINITY;
		double maxY = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < n; i++) {
			double sx = finite(x0[i]);
			double sy = finite(y0[i]);
			minX = Math.min(minX, sx);
			maxX = Math.max(maxX, sx);
			minY = Math.min(minY, sy);
			maxY = Math.max(maxY, sy);
		}
		double extent = Math.max(maxX - minX, maxY - minY);
		double target = k * Math.sqrt(n);
		double scale = extent > 1e-9 ? target / extent : 0;
		var seen = new HashMap<Long, Integer>();
		for (int i = 0; i < n; i++) {
			x[i] = (finite(x0[i]) - (minX + maxX) / 2) * scale;
			y[i] = (finite(y0[i]) - (minY + maxY) / 2) * scale;
			// identical starts would never separate symmetrically: spread them a little
			long key = key(Math.round(x[i] * 1000), Math.round(y[i] * 1000));
			int count = seen.merge(key, 1, Integer::sum);
			if (count > 1 || scale == 0) {
				x[i] += (random.nextDouble() - 0.5) * k;
				y[i] += (random.nextDouble() - 0.5) * k;
			}
		}
	}

	private static double finite(double v) {
		return Double.isFinite(v) ? v : 0;
	}

	private static long key(long gx, long gy) {
		return gx * 0x9E3779B97F4A7C15L ^ gy;
	}

}
