package cn.liangxin.graph.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The demo city's areas.geojson: districts and streets are the rectangles of their grid
 * cells, communities the Voronoi cells of their centres clipped to their street, so the
 * cells tile the street without gaps or overlaps. Written feature by feature, like the
 * CSV files.
 */
final class Boundaries {

	private final Writer out;

	private int features;

	Boundaries(Writer out) {
		this.out = out;
		write("{\"type\":\"FeatureCollection\",\"features\":[\n");
	}

	/** A rectangle south…north × west…east, as a closed ring of [lon, lat]. */
	static List<double[]> rectangle(double south, double west, double north, double east) {
		return List.of(new double[] { west, south }, new double[] { east, south }, new double[] { east, north },
				new double[] { west, north }, new double[] { west, south });
	}

	/**
	 * The Voronoi cell of {@code centres[i]} (each {lat, lon}) inside the rectangle: the
	 * rectangle clipped by the half-plane nearer to centre i than to each other centre,
	 * distances measured with longitude scaled by cos(latitude) so the bisectors are
	 * those of metres.
	 */
	static List<double[]> voronoiCell(double[][] centres, int i, double south, double west, double north, double east) {
		double k = StrictMath.cos(Math.toRadians((south + north) / 2));
		List<double[]> cell = new ArrayList<>();
		for (double[] p : rectangle(south, west, north, east).subList(0, 4)) {
			cell.add(new double[] { p[0] * k, p[1] });
		}
		double xi = centres[i][1] * k;
		double yi = centres[i][0];
		for (int j = 0; j < centres.length && !cell.isEmpty(); j++) {
			double xj = centres[j][1] * k;
			double yj = centres[j][0];
			if (j == i || (xj == xi && yj == yi)) {
				continue;
			}
			// keep p with (cj − ci)·p ≤ (|cj|² − |ci|²) / 2
			double a = xj - xi;
			double b = yj - yi;
			double c = (xj * xj + yj * yj - xi * xi - yi * yi) / 2;
			cell = clip(cell, a, b, c);
		}
		List<double[]> ring = new ArrayList<>();
		for (double[] p : cell) {
			ring.add(new double[] { p[0] / k, p[1] });
		}
		if (!ring.isEmpty()) {
			ring.add(ring.get(0));
		}
		return ring;
	}

	// Sutherland–Hodgman against one half-plane a·x + b·y ≤ c (the polygon is open: no
	// repeated point).
	private static List<double[]> clip(List<double[]> polygon, double a, double b, double c) {
		List<double[]> result = new ArrayList<>();
		for (int n = 0; n < polygon.size(); n++) {
			double[] p = polygon.get(n);
			double[] q = polygon.get((n + 1) % polygon.size());
			double fp = a * p[0] + b * p[1] - c;
			double fq = a * q[0] + b * q[1] - c;
			if (fp <= 0) {
				result.add(p);
			}
			if ((fp < 0 && fq > 0) || (fp > 0 && fq < 0)) {
				double t = fp / (fp - fq);
				result.add(new double[] { p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1]) });
			}
		}
		return result;
	}

	void feature(String code, List<double[]> ring) {
		StringBuilder s = new StringBuilder(64 + ring.size() * 26);
		s.append(this.features++ == 0 ? "" : ",\n");
		s.append("{\"type\":\"Feature\",\"properties\":{\"code\":\"")
			.append(code)
			.append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
		for (int n = 0; n < ring.size(); n++) {
			double[] p = ring.get(n);
			s.append(n == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.6f,%.6f]", p[0], p[1]));
		}
		s.append("]]}}");
		write(s.toString());
	}

	/** Features written so far. */
	long count() {
		return this.features;
	}

	void close() {
		write("\n]}\n");
		try {
			this.out.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(String text) {
		try {
			this.out.write(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
