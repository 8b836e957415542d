package cn.liangxin.graph.domain;

/**
 * Coordinate conversion to WGS-84 and great-circle distance, as domain.md defines them.
 * <p>
 * GCJ-02 is the published "eviltransform" forward formula (Krasovsky ellipsoid); it has
 * no closed inverse, so {@link #toWgs84} inverts it by fixed-point iteration, which
 * converges to well under a millimetre in a few steps. BD-09 is a further rotation and
 * scaling of GCJ-02. Outside China (the usual rough bounding box) GCJ-02 equals WGS-84.
 */
public final class Geo {

	/** Mean Earth radius (IUGG), the sphere domain.md fixes for distances. */
	public static final double EARTH_RADIUS_METERS = 6_371_008.8;

	// Krasovsky 1940 semi-major axis and eccentricity squared, as used by the GCJ-02
	// formula.
	private static final double KRASOVSKY_A = 6378245.0;

	private static final double KRASOVSKY_EE = 0.00669342162296594323;

	private static final double BD_X_PI = Math.PI * 3000.0 / 180.0;

	private Geo() {
	}

	/** Converts a point given in {@code crs} to WGS-84. */
	public static GeoPoint toWgs84(double lat, double lon, Crs crs) {
		return switch (crs) {
			case WGS84 -> new GeoPoint(lat, lon);
			case GCJ02 -> gcj02ToWgs84(lat, lon);
			case BD09 -> {
				double[] gcj = bd09ToGcj02(lat, lon);
				yield gcj02ToWgs84(gcj[0], gcj[1]);
			}
		};
	}

	/**
	 * Converts a WGS-84 point to {@code crs}: the forward direction, for tests and map
	 * display.
	 */
	public static GeoPoint fromWgs84(GeoPoint point, Crs crs) {
		return switch (crs) {
			case WGS84 -> point;
			case GCJ02 -> {
				double[] gcj = wgs84ToGcj02(point.lat(), point.lon());
				yield new GeoPoint(gcj[0], gcj[1]);
			}
			case BD09 -> {
				double[] gcj = wgs84ToGcj02(point.lat(), point.lon());
				double[] bd = gcj02ToBd09(gcj[0], gcj[1]);
				yield new GeoPoint(bd[0], bd[1]);
			}
		};
	}

	/**
	 * Great-circle distance by the haversine formula on a sphere of radius
	 * {@link #EARTH_RADIUS_METERS}.
	 */
	public static double distanceMeters(GeoPoint a, GeoPoint b) {
		double phi1 = Math.toRadians(a.lat());
		double phi2 = Math.toRadians(b.lat());
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(b.lon() - a.lon());
		double h = sin2(dPhi / 2) + Math.cos(phi1) * Math.cos(phi2) * sin2(dLambda / 2);
		// min() guards asin against rounding just above 1 for antipodal points.
		return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1.0, Math.sqrt(h)));
	}

	private static double sin2(double x) {
		double s = Math.sin(x);
		return s * s;
	}

	/**
	 * Whether GCJ-02 applies at this WGS-84 / GCJ-02 point (the customary bounding box of
	 * China).
	 */
	public static boolean insideChina(double lat, double lon) {
		return lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
	}

	// StrictMath in the conversions: generated bundles must carry the same digits on
	// every platform.
	private static double[] wgs84ToGcj02(double lat, double lon) {
		if (!insideChina(lat, lon)) {
			return new double[] { lat, lon };
		}
		double x = lon - 105.0;
		double y = lat - 35.0;
		double dLat = transformLat(x, y);
		double dLon = transformLon(x, y);
		double radLat = Math.toRadians(lat);
		double magic = StrictMath.sin(radLat);
		magic = 1 - KRASOVSKY_EE * magic * magic;
		double sqrtMagic = StrictMath.sqrt(magic);
		dLat = (dLat * 180.0) / ((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic) * Math.PI);
		dLon = (dLon * 180.0) / (KRASOVSKY_A / sqrtMagic * StrictMath.cos(radLat) * Math.PI);
		return new double[] { lat + dLat, lon + dLon };
	}

	private static GeoPoint gcj02ToWgs84(double lat, double lon) {
		if (!insideChina(lat, lon)) {
			return new GeoPoint(lat, lon);
		}
		// Fixed-point iteration: wgs ← wgs − (forward(wgs) − gcj); the forward offset
		// varies
		// slowly (a few hundred metres over tens of km), so each step gains several
		// digits.
		double wLat = lat;
		double wLon = lon;
		for (int i = 0; i < 30; i++) {
			double[] g = wgs84ToGcj02(wLat, wLon);
			double eLat = g[0] - lat;
			double eLon = g[1] - lon;
			wLat -= eLat;
			wLon -= eLon;
			if (Math.abs(eLat) < 1e-10 && Math.abs(eLon) < 1e-10) {
				break;
			}
		}
		return new GeoPoint(wLat, wLon);
	}

	private static double[] bd09ToGcj02(double lat, double lon) {
		double x = lon - 0.0065;
		double y = lat - 0.006;
		double z = StrictMath.sqrt(x * x + y * y) - 0.00002 * StrictMath.sin(y * BD_X_PI);
		double theta = StrictMath.atan2(y, x) - 0.000003 * StrictMath.cos(x * BD_X_PI);
		return new double[] { z * StrictMath.sin(theta), z * StrictMath.cos(theta) };
	}

	private static double[] gcj02ToBd09(double lat, double lon) {
		double z = StrictMath.sqrt(lon * lon + lat * lat) + 0.00002 * StrictMath.sin(lat * BD_X_PI);
		double theta = StrictMath.atan2(lat, lon) + 0.000003 * StrictMath.cos(lon * BD_X_PI);
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
