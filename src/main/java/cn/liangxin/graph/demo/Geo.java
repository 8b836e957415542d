package cn.liangxin.graph.demo;

/**
 * The public WGS84 → GCJ02 → BD09 conversions, so rows tagged GCJ02 or BD09 carry the offsets real
 * map exports have and the importer's inverse conversion has something genuine to undo.
 * StrictMath keeps the digits identical on every platform.
 */
final class Geo {

	static final double METERS_PER_DEGREE_LAT = 111_320d;

	private static final double A = 6378245.0;

	private static final double EE = 0.00669342162296594323;

	private static final double X_PI = Math.PI * 3000.0 / 180.0;

	private Geo() {
	}

	static double metersPerDegreeLon(double lat) {
		return METERS_PER_DEGREE_LAT * StrictMath.cos(Math.toRadians(lat));
	}

	/** [lat, lon] in GCJ02 for a WGS84 point. */
	static double[] wgsToGcj(double lat, double lon) {
		double dLat = transformLat(lon - 105.0, lat - 35.0);
		double dLon = transformLon(lon - 105.0, lat - 35.0);
		double radLat = lat / 180.0 * Math.PI;
		double magic = StrictMath.sin(radLat);
		magic = 1 - EE * magic * magic;
		double sqrtMagic = StrictMath.sqrt(magic);
		dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
		dLon = (dLon * 180.0) / (A / sqrtMagic * StrictMath.cos(radLat) * Math.PI);
		return new double[] { lat + dLat, lon + dLon };
	}

	/** [lat, lon] in BD09 for a WGS84 point (through GCJ02, as Baidu does). */
	static double[] wgsToBd(double lat, double lon) {
		double[] gcj = wgsToGcj(lat, lon);
		double x = gcj[1];
		double y = gcj[0];
		double z = StrictMath.sqrt(x * x + y * y) + 0.00002 * StrictMath.sin(y * X_PI);
		double theta = StrictMath.atan2(y, x) + 0.000003 * StrictMath.cos(x * X_PI);
		return new double[] { z * StrictMath.sin(theta) + 0.006, z * StrictMath.cos(theta) + 0.0065 };
	}

	private static double transformLat(double x, double y) {
		double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * StrictMath.sqrt(Math.abs(x));
		ret += (20.0 * StrictMath.sin(6.0 * x * Math.PI) + 20.0 * StrictMath.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		ret += (20.0 * StrictMath.sin(y * Math.PI) + 40.0 * StrictMath.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
		ret += (160.0 * StrictMath.sin(y / 12.0 * Math.PI) + 320 * StrictMath.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
		return ret;
	}

	private static double transformLon(double x, double y) {
		double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * StrictMath.sqrt(Math.abs(x));
		ret += (20.0 * StrictMath.sin(6.0 * x * Math.PI) + 20.0 * StrictMath.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		ret += (20.0 * StrictMath.sin(x * Math.PI) + 40.0 * StrictMath.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
		ret += (150.0 * StrictMath.sin(x / 12.0 * Math.PI) + 300.0 * StrictMath.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
		return ret;
	}
}
