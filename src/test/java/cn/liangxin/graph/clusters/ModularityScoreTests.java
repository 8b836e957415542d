package cn.liangxin.graph.clusters;

import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import cn.liangxin.graph.clusters.ClusterReads.OrganizationRow;
import cn.liangxin.graph.clusters.ProximityGraph.Edge;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modularity score (of a clustering, not of the code) and labels on hand-drawn cases.
 */
class ModularityScoreTests {

	// two triangles joined by one bridge, all weights 1
	static final List<Edge> BRIDGED = List.of(new Edge(0, 1, 1), new Edge(1, 2, 1), new Edge(0, 2, 1),
			new Edge(3, 4, 1), new Edge(4, 5, 1), new Edge(3, 5, 1), new Edge(2, 3, 1));

	@Test
	void twoTrianglesSplitAtTheBridge() {
		// each side: 3 inside of 7, degree 7 of 14 → 2·(3/7 − 1/4) = 5/14
		assertThat(Modularity.of(BRIDGED, new int[] { 0, 0, 0, 1, 1, 1 })).isCloseTo(5.0 / 14, Offset.offset(1e-9));
		assertThat(Modularity.of(BRIDGED, new int[] { 0, 0, 0, 0, 0, 0 })).isCloseTo(0.0, Offset.offset(1e-9));
		assertThat(Modularity.of(List.of(), new int[] { 0, 1 })).isNull();
	}

	static OrganizationRow row(String id, String building, String section, String division) {
		return new OrganizationRow(id, 31.2, 121.5, section, division, building == null ? null : "B" + building,
				building, "P1", "华恒科技园", "第3社区");
	}

	@Test
	void labelsNameTheBuildingAndTheDominantDivision() {
		var rows = List.of(row("1", "3号楼", "I", "65"), row("2", "3号楼", "I", "65"), row("3", null, "C", "13"));
		String industry = ClusterLabels.dominantIndustry(rows);
		assertThat(industry).isEqualTo("I65");
		assertThat(ClusterLabels.label(rows, industry)).isEqualTo("3号楼·软件和信息技术服务业");
		// fewer than half in one building: the park names the place
		var spread = List.of(row("1", "1号楼", "I", "65"), row("2", "2号楼", "I", "65"), row("3", null, "I", "64"));
		assertThat(ClusterLabels.label(spread, ClusterLabels.dominantIndustry(spread))).isEqualTo("华恒科技园·软件和信息技术服务业");
	}

}
