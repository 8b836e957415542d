package cn.liangxin.graph.clusters;

import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import cn.liangxin.graph.clusters.ProximityGraph.Edge;
import cn.liangxin.graph.clusters.ProximityGraph.Unit;
import cn.liangxin.graph.network.InvalidArgumentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Edge weights as docs/maps.md documents them, on hand-made pairs. */
class ProximityGraphTests {

	static final ClusterWeights W = ClusterWeights.DEFAULTS;

	static final Offset<Double> EPS = Offset.offset(1e-3);

	@Test
	void sameBuildingSameSpotSameDivision() {
		var a = new Unit(31.2, 121.5, "B1", "I", "65");
		var b = new Unit(31.2, 121.5, "B1", "I", "65");
		// sameBuilding 1 + proximity 1·(1 − 0) + section 0.5 + division 0.5
		assertThat(ProximityGraph.weight(a, b, 0, W)).isCloseTo(3.0, EPS);
	}

	@Test
	void proximityFallsLinearlyWithDistance() {
		// 0.00225° of latitude ≈ 250.2 m: half of 500 m
		var a = new Unit(31.2, 121.5, null, "C", "13");
		var b = new Unit(31.20225, 121.5, null, "I", "65");
		assertThat(ProximityGraph.weight(a, b, 0, W)).isCloseTo(0.5, Offset.offset(0.01));
		List<Edge> edges = ProximityGraph.edges(List.of(a, b), List.of(), W);
		assertThat(edges).hasSize(1);
		assertThat(edges.get(0).weight()).isCloseTo(0.5, Offset.offset(0.01));
	}

	@Test
	void sameSectionOtherDivisionAndTies() {
		var a = new Unit(null, null, null, "I", "64");
		var b = new Unit(null, null, null, "I", "65");
		// unlocated, not in a building: only a tie makes them a pair; tie 1 ×2 + section
		// 0.5
		assertThat(ProximityGraph.edges(List.of(a, b), List.of(), W)).isEmpty();
		List<Edge> tied = ProximityGraph.edges(List.of(a, b), List.of(new int[] { 0, 1 }, new int[] { 1, 0 }), W);
		assertThat(tied).containsExactly(new Edge(0, 1, 2.5));
	}

	@Test
	void farApartAndUntiedIsNoEdgeEvenInTheSameIndustry() {
		var a = new Unit(31.2, 121.5, null, "I", "65");
		var b = new Unit(31.3, 121.5, null, "I", "65"); // 11 km
		assertThat(ProximityGraph.edges(List.of(a, b), List.of(), W)).isEmpty();
	}

	@Test
	void theGridFindsExactlyThePairsWithinTheDistance() {
		// a row of points 100 m apart along a parallel: neighbours within 500 m are 1..5
		// steps away
		double step = 100 / (6_371_008.8 * Math.PI / 180 * Math.cos(Math.toRadians(31.2)));
		var units = new java.util.ArrayList<Unit>();
		for (int i = 0; i < 20; i++) {
			units.add(new Unit(31.2, 121.5 + i * step, null, null, null));
		}
		List<Edge> edges = ProximityGraph.edges(units, List.of(), new ClusterWeights(1, 550, 1, 0.5, 0.5, 1));
		long expected = 0;
		for (int i = 0; i < 20; i++) {
			for (int j = i + 1; j < 20 && j - i <= 5; j++) {
				expected++;
			}
		}
		assertThat(edges).hasSize((int) expected);
	}

	@Test
	void weightsAreChecked() {
		assertThatThrownBy(() -> new ClusterWeights(-1, 500, 1, 1, 1, 1)).isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("weights.proximity");
		assertThatThrownBy(() -> new ClusterWeights(1, 0, 1, 1, 1, 1)).hasMessageContaining("weights.proximityMeters");
	}

	@Test
	void aDenseParkKeepsEachUnitsStrongestEdgesOnly() {
		// 40 units within a few metres of each other: the complete graph has 780 edges
		var units = new java.util.ArrayList<ProximityGraph.Unit>();
		for (int i = 0; i < 40; i++) {
			units.add(new ProximityGraph.Unit(31.2 + i * 1e-6, 121.5, null, null, null));
		}
		var edges = ProximityGraph.edges(units, java.util.List.of(), ClusterWeights.DEFAULTS);
		org.assertj.core.api.Assertions.assertThat(edges.size())
			.isLessThanOrEqualTo(40 * ProximityGraph.MAX_NEIGHBOURS)
			.isLessThan(780);
		int[] degree = new int[40];
		edges.forEach(e -> {
			degree[e.a()]++;
			degree[e.b()]++;
		});
		for (int d : degree) {
			org.assertj.core.api.Assertions.assertThat(d).isGreaterThanOrEqualTo(ProximityGraph.MAX_NEIGHBOURS);
		}
		org.assertj.core.api.Assertions.assertThat(edges)
			.isSortedAccordingTo(
					java.util.Comparator.comparingInt(ProximityGraph.Edge::a).thenComparingInt(ProximityGraph.Edge::b));
	}

}
