package cn.liangxin.graph.maps;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The geographic layout: projection, and unlocated nodes near their neighbours. */
class GeoLayoutTests {

	@Test
	void projectsInMetresWithScreenAxes() {
		// two points 0.01° of latitude apart (≈ 1112 m), the northern one first
		Double[] lat = { 31.21, 31.20 };
		Double[] lon = { 121.5, 121.5 };
		double[][] xy = GeoLayout.layout(2, new int[0][], lat, lon);
		assertThat(xy[1][1] - xy[1][0]).isCloseTo(1112, org.assertj.core.data.Offset.offset(2.0));
		assertThat(xy[0][0]).isCloseTo(xy[0][1], org.assertj.core.data.Offset.offset(1e-6));
	}

	@Test
	void unlocatedNodesSitNearTheirNeighbours() {
		// 0 and 1 located 1 km apart; 2 (unlocated) tied to 0; 3 tied to 2 only; 4 tied
		// to nothing
		Double[] lat = { 31.20, 31.21, null, null, null };
		Double[] lon = { 121.50, 121.50, null, null, null };
		int[][] edges = { { 2, 0 }, { 3, 2 } };
		double[][] xy = GeoLayout.layout(5, edges, lat, lon);
		ForceLayoutTests.assertFinite(xy);
		assertThat(ForceLayoutTests.distance(xy, 2, 0)).isLessThanOrEqualTo(GeoLayout.NEIGHBOUR_OFFSET * 2);
		assertThat(ForceLayoutTests.distance(xy, 3, 2)).isLessThanOrEqualTo(GeoLayout.NEIGHBOUR_OFFSET * 2);
		assertThat(ForceLayoutTests.distance(xy, 2, 1)).isGreaterThan(500);
		// the lonely one is outside the located ones
		assertThat(Math.hypot(xy[0][4], xy[1][4])).isGreaterThan(Math.hypot(xy[0][1], xy[1][1]));
	}

	@Test
	void nothingLocatedStillGivesFinitePositions() {
		double[][] xy = GeoLayout.layout(3, new int[][] { { 0, 1 } }, new Double[3], new Double[3]);
		ForceLayoutTests.assertFinite(xy);
		assertThat(ForceLayoutTests.distance(xy, 0, 2)).isPositive();
	}

}
