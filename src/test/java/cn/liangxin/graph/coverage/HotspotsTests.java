package cn.liangxin.graph.coverage;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HotspotsTests {

	@Test
	void groupsNearbyPointsIntoOneCellAndSortsDensestFirst() {
		// three points within ~50 m of each other, one 5 km away
		var points = List.of(new Hotspots.Point("a", 31.20001, 121.50001), new Hotspots.Point("b", 31.20020, 121.50030),
				new Hotspots.Point("c", 31.20010, 121.50040), new Hotspots.Point("far", 31.24500, 121.50001));
		var cells = Hotspots.grid(points, 500);
		assertThat(cells).hasSize(2);
		assertThat(cells.get(0).organizationIds()).containsExactly("a", "b", "c");
		assertThat(cells.get(1).organizationIds()).containsExactly("far");
		var cell = cells.get(0);
		assertThat(cell.north() - cell.south()).isCloseTo(500 / Hotspots.METRES_PER_DEGREE,
				org.assertj.core.data.Offset.offset(1e-12));
		for (var p : points.subList(0, 3)) {
			assertThat(p.lat()).isBetween(cell.south(), cell.north());
			assertThat(p.lon()).isBetween(cell.west(), cell.east());
		}
	}

	@Test
	void cellsAreSquareInMetresAtTheirLatitude() {
		var cells = Hotspots.grid(List.of(new Hotspots.Point("x", 31.2, 121.5)), 1000);
		var c = cells.get(0);
		double heightMetres = (c.north() - c.south()) * Hotspots.METRES_PER_DEGREE;
		double widthMetres = (c.east() - c.west()) * Hotspots.METRES_PER_DEGREE * Math.cos(Math.toRadians(31.2));
		assertThat(heightMetres).isCloseTo(1000, org.assertj.core.data.Offset.offset(0.01));
		assertThat(widthMetres).isCloseTo(1000, org.assertj.core.data.Offset.offset(0.01));
	}

	@Test
	void noPointsNoCells() {
		assertThat(Hotspots.grid(List.of(), 500)).isEmpty();
	}

}
