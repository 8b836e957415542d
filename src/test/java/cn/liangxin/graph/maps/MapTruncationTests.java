package cn.liangxin.graph.maps;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Truncation keeps the best connected nodes and never a dangling edge; export formats
 * agree.
 */
class MapTruncationTests {

	static MapNode org(String id) {
		return new MapNode(MapNode.id(NodeKind.ORGANIZATION, id), id, NodeKind.ORGANIZATION, id, 0, 0, null, null, 8,
				null);
	}

	// a star around "hub" (4 leaves), plus a separate pair
	static final List<MapNode> NODES = List.of(org("hub"), org("a"), org("b"), org("c"), org("d"), org("x"), org("y"));

	static final List<MapEdge> EDGES = List.of(tie("hub", "a"), tie("hub", "b"), tie("hub", "c"), tie("hub", "d"),
			tie("x", "y"));

	static MapEdge tie(String a, String b) {
		return MapEdge.of(EdgeKind.COOPERATES, MapNode.id(NodeKind.ORGANIZATION, a),
				MapNode.id(NodeKind.ORGANIZATION, b));
	}

	@Test
	void keepsTheMostConnectedAndDropsDanglingEdges() {
		NetworkMap cut = MapTruncation.keep(NODES, EDGES, 3);
		assertThat(cut.truncated()).isTrue();
		assertThat(cut.nodes()).extracting(MapNode::entityId).containsExactly("hub", "a", "b");
		Set<String> ids = cut.nodes().stream().map(MapNode::id).collect(Collectors.toSet());
		assertThat(cut.edges()).hasSize(2).allMatch(e -> ids.contains(e.source()) && ids.contains(e.target()));
	}

	@Test
	void aMapWithinTheLimitIsNotTruncated() {
		NetworkMap all = MapTruncation.keep(NODES, EDGES, 7);
		assertThat(all.truncated()).isFalse();
		assertThat(all.edges()).hasSize(5);
	}

	@Test
	void theThreeFormatsHoldEveryNodeAndEdge() {
		var map = new NetworkMap(NetworkMaps.place(NODES, EDGES, Layout.FORCE), EDGES, false);
		assertThat((List<?>) MapFormats.G6.render(map).get("nodes")).hasSize(7);
		assertThat((List<?>) MapFormats.G6.render(map).get("edges")).hasSize(5);
		assertThat((List<?>) MapFormats.ECHARTS.render(map).get("nodes")).hasSize(7);
		assertThat((List<?>) MapFormats.ECHARTS.render(map).get("links")).hasSize(5);
		var elements = (java.util.Map<?, ?>) MapFormats.CYTOSCAPE.render(map).get("elements");
		assertThat((List<?>) elements.get("nodes")).hasSize(7);
		assertThat(MapFormats.find("G6")).contains(MapFormats.G6);
		assertThat(MapFormats.find("svg")).isEmpty();
	}

}
