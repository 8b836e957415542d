package cn.liangxin.graph.demo;

/** Metres per degree for laying places out around a centre; StrictMath keeps the digits identical everywhere. */
final class Geo {

	static final double METERS_PER_DEGREE_LAT = 111_320d;

	private Geo() {
	}

	static double metersPerDegreeLon(double lat) {
		return METERS_PER_DEGREE_LAT * StrictMath.cos(Math.toRadians(lat));
	}
}
