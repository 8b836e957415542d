package cn.liangxin.graph.maps;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.liangxin.graph.maps.MapReads.AreaRow;
import cn.liangxin.graph.maps.MapReads.OfficerRow;
import cn.liangxin.graph.maps.MapReads.OrganizationRow;
import cn.liangxin.graph.maps.MapReads.PartyOrganizationRow;
import cn.liangxin.graph.maps.MapReads.PlaceRow;
import cn.liangxin.graph.maps.MapReads.RawMap;
import cn.liangxin.graph.maps.MapReads.TieRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assembly from hand-made rows: edges only between nodes, places sized by their
 * organizations.
 */
class MapAssemblyTests {

	// park P with building B; o1 in B, o2 directly in P; party organization D covers o1
	// and reports
	// to an outside parent; officer G guides o2; a tie o1 → o2 and one to an organization
	// outside
	static final RawMap RAW = new RawMap(
			List.of(new OrganizationRow("o1", "一号公司", 100, 3, 31.2, 121.5, null, "B", "c1"),
					new OrganizationRow("o2", "二号公司", null, 0, null, null, "P", null, "c1")),
			List.of(new PartyOrganizationRow("D", "联合支部", 7, List.of("o1"), "OUTSIDE")),
			List.of(new OfficerRow("G", "指导员", List.of("o2"))),
			List.of(new TieRow("o1", EdgeKind.SUPPLIES, "o2"), new TieRow("o1", EdgeKind.COOPERATES, "elsewhere")),
			List.of(new PlaceRow(NodeKind.PARK, "P", "园区", 31.2, 121.5, null),
					new PlaceRow(NodeKind.BUILDING, "B", "1号楼", 31.2, 121.5, "P")),
			List.of(new AreaRow("c1", "社区", "s1", 2)));

	@Test
	void edgesJoinOnlyNodesOfTheMap() {
		var map = MapAssembly.assemble(RAW, EnumSet.allOf(NodeKind.class));
		assertThat(map.nodes()).extracting(MapNode::id)
			.containsExactlyInAnyOrder("AREA:c1", "PARK:P", "BUILDING:B", "ORGANIZATION:o1", "ORGANIZATION:o2",
					"PARTY_ORGANIZATION:D", "OFFICER:G");
		assertThat(map.edges()).extracting(MapEdge::id)
			.containsExactlyInAnyOrder("IN_PARK:BUILDING:B->PARK:P", "IN_BUILDING:ORGANIZATION:o1->BUILDING:B",
					"IN_PARK:ORGANIZATION:o2->PARK:P", "COVERS:PARTY_ORGANIZATION:D->ORGANIZATION:o1",
					"GUIDES:OFFICER:G->ORGANIZATION:o2", "SUPPLIES:ORGANIZATION:o1->ORGANIZATION:o2");
		MapNode park = map.nodes().stream().filter(n -> n.id().equals("PARK:P")).findFirst().orElseThrow();
		assertThat(park.size()).isEqualTo(MapAssembly.size(2)); // o2 directly, o1 through
																// B
		MapNode o1 = map.nodes().stream().filter(n -> n.id().equals("ORGANIZATION:o1")).findFirst().orElseThrow();
		assertThat(o1.size()).isEqualTo(MapAssembly.size(100));
		assertThat(o1.cluster()).isEqualTo("BUILDING:B");
	}

	@Test
	void excludedKindsTakeTheirEdgesWithThem() {
		var map = MapAssembly.assemble(RAW, EnumSet.of(NodeKind.ORGANIZATION, NodeKind.OFFICER));
		Set<String> kinds = map.edges().stream().map(e -> e.kind().name()).collect(Collectors.toSet());
		assertThat(kinds).containsExactlyInAnyOrder("GUIDES", "SUPPLIES");
	}

}
