package cn.liangxin.graph.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GeoTests {

	// wandergis/coordtransform's published vector (Tiananmen area), reproduced by many
	// ports.
	private static final GeoPoint WGS = new GeoPoint(39.915, 116.404);

	private static final GeoPoint GCJ = new GeoPoint(39.91640428150164, 116.41024449916938);

	private static final GeoPoint BD = new GeoPoint(39.922699552216216, 116.41662724378733);

	@Test
	void forwardConversionMatchesThePublishedReference() {
		GeoPoint gcj = Geo.fromWgs84(WGS, Crs.GCJ02);
		assertThat(gcj.lat()).isCloseTo(GCJ.lat(), within(1e-9));
		assertThat(gcj.lon()).isCloseTo(GCJ.lon(), within(1e-9));
		GeoPoint bd = Geo.fromWgs84(WGS, Crs.BD09);
		assertThat(bd.lat()).isCloseTo(BD.lat(), within(1e-9));
		assertThat(bd.lon()).isCloseTo(BD.lon(), within(1e-9));
	}

	@Test
	void inverseRecoversTheReferencePointWithinHalfAMetre() {
		assertThat(Geo.distanceMeters(Geo.toWgs84(GCJ.lat(), GCJ.lon(), Crs.GCJ02), WGS)).isLessThan(0.5);
		assertThat(Geo.distanceMeters(Geo.toWgs84(BD.lat(), BD.lon(), Crs.BD09), WGS)).isLessThan(0.5);
	}

	@Test
	void roundTripAcrossChinaWithinHalfAMetre() {
		for (double lat = 18.5; lat <= 53; lat += 2.5) {
			for (double lon = 74; lon <= 134; lon += 3) {
				GeoPoint wgs = new GeoPoint(lat, lon);
				for (Crs crs : Crs.values()) {
					GeoPoint there = Geo.fromWgs84(wgs, crs);
					GeoPoint back = Geo.toWgs84(there.lat(), there.lon(), crs);
					assertThat(Geo.distanceMeters(wgs, back)).as("%s %s", wgs, crs).isLessThan(0.5);
				}
			}
		}
	}

	@Test
	void shanghaiOffsetIsAFewHundredMetres() {
		GeoPoint people = new GeoPoint(31.2304, 121.4737);
		double offset = Geo.distanceMeters(people, Geo.fromWgs84(people, Crs.GCJ02));
		assertThat(offset).isBetween(300.0, 700.0);
		// Reading a GCJ-02 value as if it were WGS-84 would misplace it by the same
		// amount.
		GeoPoint converted = Geo.toWgs84(people.lat(), people.lon(), Crs.GCJ02);
		assertThat(Geo.distanceMeters(people, converted)).isBetween(300.0, 700.0);
	}

	@Test
	void outsideChinaGcj02IsWgs84() {
		GeoPoint london = Geo.toWgs84(51.5074, -0.1278, Crs.GCJ02);
		assertThat(london).isEqualTo(new GeoPoint(51.5074, -0.1278));
		GeoPoint tokyo = Geo.toWgs84(35.6895, 139.6917, Crs.GCJ02);
		assertThat(tokyo).isEqualTo(new GeoPoint(35.6895, 139.6917));
	}

	@Test
	void haversineOnTheMeanEarthSphere() {
		// One degree of arc on R = 6,371,008.8 m: R·π/180 = 111,195.0802 m.
		assertThat(Geo.distanceMeters(new GeoPoint(0, 0), new GeoPoint(0, 1))).isCloseTo(111_195.0802, within(0.001));
		assertThat(Geo.distanceMeters(new GeoPoint(10, 20), new GeoPoint(11, 20))).isCloseTo(111_195.0802,
				within(0.001));
		// Pole to equator is a quarter of the circumference: R·π/2 = 10,007,557.22 m.
		assertThat(Geo.distanceMeters(new GeoPoint(90, 0), new GeoPoint(0, 77))).isCloseTo(10_007_557.22, within(0.01));
		// Antipodes: half the circumference, R·π = 20,015,114.44 m.
		assertThat(Geo.distanceMeters(new GeoPoint(0, 0), new GeoPoint(0, 180))).isCloseTo(20_015_114.44, within(0.01));
		// 60°N, 1° of longitude: by hand, 2R·asin(cos 60°·sin 0.5°) = 55,597.01 m (along
		// the parallel it is 55,597.54).
		assertThat(Geo.distanceMeters(new GeoPoint(60, 0), new GeoPoint(60, 1))).isCloseTo(55_597.01, within(0.05));
		assertThat(Geo.distanceMeters(WGS, WGS)).isZero();
	}

}
