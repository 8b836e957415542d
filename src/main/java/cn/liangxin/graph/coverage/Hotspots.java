package cn.liangxin.graph.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts located organizations on a square grid of {@code cellMeters} cells and counts them
 * per cell, densest first: the blank spots (空白点) of a heat map. Cells are squares on an
 * equirectangular projection about the points' mean latitude, which at district scale
 * differs from true metres by far less than a cell.
 */
public final class Hotspots {

	/** Metres per degree of latitude on the sphere of radius 6,371,008.8 m. */
	static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

	private Hotspots() {
	}

	/** A located organization. */
	public record Point(String id, double lat, double lon) {
	}

	/**
	 * A grid cell and the organizations in it.
	 *
	 * @param south southern bound (degrees)
	 * @param west western bound
	 * @param north northern bound
	 * @param east eastern bound
	 * @param count organizations in the cell
	 * @param organizationIds their ids, sorted
	 */
	public record Cell(double south, double west, double north, double east, int count, List<String> organizationIds) {

		public double centerLat() {
			return (this.south + this.north) / 2;
		}

		public double centerLon() {
			return (this.west + this.east) / 2;
		}
	}

	public static List<Cell> grid(List<Point> points, int cellMeters) {
		if (points.isEmpty()) {
			return List.of();
		}
		double meanLat = points.stream().mapToDouble(Point::lat).average().orElse(0);
		double dLat = cellMeters / METRES_PER_DEGREE;
		double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(meanLat)));
		Map<Long, List<String>> cells = new HashMap<>();
		Map<Long, long[]> indexes = new HashMap<>();
		for (Point p : points) {
			long row = (long) Math.floor(p.lat() / dLat);
			long col = (long) Math.floor(p.lon() / dLon);
			long key = row * 4_000_003L + col;
			cells.computeIfAbsent(key, k -> new ArrayList<>()).add(p.id());
			indexes.putIfAbsent(key, new long[] { row, col });
		}
		List<Cell> result = new ArrayList<>();
		cells.forEach((key, ids) -> {
			long[] rc = indexes.get(key);
			ids.sort(Comparator.naturalOrder());
			result.add(new Cell(rc[0] * dLat, rc[1] * dLon, (rc[0] + 1) * dLat, (rc[1] + 1) * dLon, ids.size(),
					List.copyOf(ids)));
		});
		result.sort(Comparator.comparingInt(Cell::count)
			.reversed()
			.thenComparingDouble(Cell::south)
			.thenComparingDouble(Cell::west));
		return result;
	}

}
