package cn.liangxin.graph.domain;

/**
 * A WGS-84 point in decimal degrees. Ledgers may give GCJ-02 or BD-09 coordinates; they
 * are converted with {@link Geo#toWgs84(double, double, Crs)} before a {@code GeoPoint}
 * is made.
 *
 * @param lat latitude, −90..90
 * @param lon longitude, −180..180
 */
public record GeoPoint(double lat, double lon) {

	public GeoPoint {
		if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
			throw new IllegalArgumentException("not a point: lat " + lat + ", lon " + lon);
		}
	}
}
