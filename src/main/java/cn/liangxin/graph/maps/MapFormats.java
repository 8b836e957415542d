package cn.liangxin.graph.maps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A network map as the JSON the drawing libraries used in China take as they are: AntV G6
 * v5 graph data, an Apache ECharts graph series, and Cytoscape.js elements. Positions are
 * screen axes (y grows downwards). Never touches the database; see docs/maps.md.
 */
public enum MapFormats {

	/**
	 * AntV G6 v5: {@code {nodes:[{id, data, style:{x, y, size, labelText}}], edges:[{id,
	 * source, target, data}], combos}}.
	 */
	G6 {
		@Override
		public Map<String, Object> render(NetworkMap map, Map<String, Object> boundaries) {
			List<Object> nodes = new ArrayList<>();
			var combos = new LinkedHashMap<String, Object>();
			for (MapNode n : map.nodes()) {
				var data = data(n, boundaries);
				var style = new LinkedHashMap<String, Object>();
				style.put("x", n.x());
				style.put("y", n.y());
				style.put("size", n.size());
				style.put("labelText", n.label());
				var node = new LinkedHashMap<String, Object>();
				node.put("id", n.id());
				node.put("data", data);
				node.put("style", style);
				nodes.add(node);
			}
			List<Object> edges = map.edges()
				.stream()
				.<Object>map(e -> Map.of("id", e.id(), "source", e.source(), "target", e.target(), "data",
						Map.of("kind", e.kind().name())))
				.toList();
			var result = new LinkedHashMap<String, Object>();
			result.put("nodes", nodes);
			result.put("edges", edges);
			// combos are only drawn when a node names one in `combo`; listed so a client
			// can opt in
			map.nodes()
				.stream()
				.filter(n -> n.cluster() != null)
				.forEach(n -> combos.putIfAbsent(n.cluster(),
						Map.of("id", "combo:" + n.cluster(), "data", Map.of("cluster", n.cluster()))));
			result.put("combos", List.copyOf(combos.values()));
			return result;
		}
	},

	/**
	 * Apache ECharts graph series: {@code {nodes:[{id, name, x, y, symbolSize, category,
	 * value}], links, categories}}.
	 */
	ECHARTS {
		@Override
		public Map<String, Object> render(NetworkMap map, Map<String, Object> boundaries) {
			List<Object> nodes = new ArrayList<>();
			for (MapNode n : map.nodes()) {
				var node = new LinkedHashMap<String, Object>();
				node.put("id", n.id());
				node.put("name", n.label());
				node.put("x", n.x());
				node.put("y", n.y());
				node.put("symbolSize", n.size());
				node.put("category", n.kind().ordinal());
				node.put("value", n.entityId());
				if (boundaries.containsKey(n.entityId()) && n.kind() == NodeKind.AREA) {
					node.put("boundary", boundaries.get(n.entityId()));
				}
				nodes.add(node);
			}
			List<Object> links = map.edges()
				.stream()
				.<Object>map(
						e -> Map.of("id", e.id(), "source", e.source(), "target", e.target(), "value", e.kind().name()))
				.toList();
			List<Object> categories = java.util.Arrays.stream(NodeKind.values())
				.<Object>map(k -> Map.of("name", k.name()))
				.toList();
			var result = new LinkedHashMap<String, Object>();
			result.put("nodes", nodes);
			result.put("links", links);
			result.put("categories", categories);
			return result;
		}
	},

	/**
	 * Cytoscape.js elements: {@code {elements:{nodes:[{data, position}],
	 * edges:[{data}]}}}.
	 */
	CYTOSCAPE {
		@Override
		public Map<String, Object> render(NetworkMap map, Map<String, Object> boundaries) {
			List<Object> nodes = map.nodes().stream().<Object>map(n -> {
				var data = data(n, boundaries);
				data.put("id", n.id());
				data.put("label", n.label());
				return Map.of("data", data, "position", Map.of("x", n.x(), "y", n.y()));
			}).toList();
			List<Object> edges = map.edges()
				.stream()
				.<Object>map(e -> Map.of("data",
						Map.of("id", e.id(), "source", e.source(), "target", e.target(), "kind", e.kind().name())))
				.toList();
			return Map.of("elements", Map.of("nodes", nodes, "edges", edges));
		}
	};

	/** The JSON document, as maps and lists for the message converter. */
	public Map<String, Object> render(NetworkMap map) {
		return render(map, Map.of());
	}

	/**
	 * The JSON document; an AREA node whose code is a key of {@code boundaries} carries
	 * that value (its GeoJSON geometry, as parsed JSON) as {@code boundary}.
	 */
	public abstract Map<String, Object> render(NetworkMap map, Map<String, Object> boundaries);

	/**
	 * By its path name ({@code g6}, {@code echarts}, {@code cytoscape}),
	 * case-insensitive.
	 */
	public static Optional<MapFormats> find(String name) {
		for (MapFormats f : values()) {
			if (f.name().equals(name.toUpperCase(Locale.ROOT))) {
				return Optional.of(f);
			}
		}
		return Optional.empty();
	}

	private static LinkedHashMap<String, Object> data(MapNode n, Map<String, Object> boundaries) {
		var data = new LinkedHashMap<String, Object>();
		if (n.kind() == NodeKind.AREA && boundaries.containsKey(n.entityId())) {
			data.put("boundary", boundaries.get(n.entityId()));
		}
		data.put("entityId", n.entityId());
		data.put("kind", n.kind().name());
		data.put("label", n.label());
		data.put("size", n.size());
		if (n.lat() != null && n.lon() != null) {
			data.put("lat", n.lat());
			data.put("lon", n.lon());
		}
		if (n.cluster() != null) {
			data.put("cluster", n.cluster());
		}
		return data;
	}

}
