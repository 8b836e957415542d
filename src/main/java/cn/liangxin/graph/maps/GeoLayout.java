package cn.liangxin.graph.maps;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.liangxin.graph.domain.Geo;

/**
 * Positions from WGS-84 coordinates: an equirectangular projection about the located
 * nodes' centre, in metres (x east, y south: screen axes, as every drawing library
 * expects) — exact enough for a district. A node without coordinates sits on a small ring
 * around the mean of its placed neighbours (a party organization near the units it
 * covers); one with no placed neighbour at all goes to a ring outside the map. Never
 * touches the database.
 */
public final class GeoLayout {

	/** Distance of an unlocated node from its neighbours' mean, in metres. */
	static final double NEIGHBOUR_OFFSET = 25;

	private GeoLayout() {
	}

	/**
	 * Positions for {@code n} nodes with optional coordinates ({@code lat[i]} null when
	 * unknown), joined by {@code edges} (index pairs). Returns {@code {x, y}}, all
	 * finite.
	 */
	public static double[][] layout(int n, int[][] edges, @Nullable Double[] lat, @Nullable Double[] lon) {
		double[] x = new double[n];
		double[] y = new double[n];
		boolean[] placed = new boolean[n];
		double lat0 = 0;
		double lon0 = 0;
		int located = 0;
		for (int i = 0; i < n; i++) {
			if (lat[i] != null && lon[i] != null) {
				lat0 += lat[i];
				lon0 += lon[i];
				located++;
			}
		}
		double radius = 0;
		if (located > 0) {
			lat0 /= located;
			lon0 /= located;
			double metresPerDegree = Geo.EARTH_RADIUS_METERS * Math.PI / 180;
			double cos = Math.cos(Math.toRadians(lat0));
			for (int i = 0; i < n; i++) {
				if (lat[i] != null && lon[i] != null) {
					x[i] = (lon[i] - lon0) * cos * metresPerDegree;
					y[i] = (lat0 - lat[i]) * metresPerDegree; // screen axes: y grows
																// southwards
					placed[i] = true;
					radius = Math.max(radius, Math.hypot(x[i], y[i]));
				}
			}
		}
		List<List<Integer>> neighbours = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			neighbours.add(new ArrayList<>());
		}
		for (int[] e : edges) {
			neighbours.get(e[0]).add(e[1]);
			neighbours.get(e[1]).add(e[0]);
		}
		// rounds: each places the nodes with a neighbour placed in an earlier round (so
		// the order of
		// the nodes does not matter, only the graph)
		int[] crowd = new int[n];
		boolean progress = true;
		while (progress) {
			progress = false;
			boolean[] before = placed.clone();
			for (int i = 0; i < n; i++) {
				if (before[i]) {
					continue;
				}
				double sx = 0;
				double sy = 0;
				int count = 0;
				int anchor = -1;
				for (int j : neighbours.get(i)) {
					if (before[j]) {
						sx += x[j];
						sy += y[j];
						count++;
						anchor = anchor < 0 ? j : Math.min(anchor, j);
					}
				}
				if (count > 0) {
					// a ring of places around the mean, so siblings do not coincide
					int slot = crowd[anchor]++;
					double angle = slot * 2.399963; // the golden angle
					double r = NEIGHBOUR_OFFSET * (1 + slot / 8.0);
					x[i] = sx / count + r * Math.cos(angle);
					y[i] = sy / count + r * Math.sin(angle);
					placed[i] = true;
					progress = true;
				}
			}
		}
		int left = 0;
		for (int i = 0; i < n; i++) {
			if (!placed[i]) {
				left++;
			}
		}
		double ring = Math.max(radius * 1.15, NEIGHBOUR_OFFSET * Math.max(4, left / 3.0));
		int slot = 0;
		for (int i = 0; i < n; i++) {
			if (!placed[i]) {
				double angle = 2 * Math.PI * slot++ / Math.max(1, left);
				x[i] = ring * Math.cos(angle);
				y[i] = ring * Math.sin(angle);
			}
		}
		return new double[][] { x, y };
	}

}
