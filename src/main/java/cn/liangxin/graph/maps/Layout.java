package cn.liangxin.graph.maps;

/** How a map's x and y are computed. */
public enum Layout {

	/**
	 * Force-directed ({@link ForceLayout}), seeded from the geographic positions for
	 * stability.
	 */
	FORCE,
	/**
	 * Projected from lat/lon ({@link GeoLayout}); nodes without coordinates sit near
	 * their neighbours.
	 */
	GEO

}
