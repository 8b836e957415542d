package cn.liangxin.graph.maps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import cn.liangxin.graph.maps.MapReads.AreaRow;
import cn.liangxin.graph.maps.MapReads.OfficerRow;
import cn.liangxin.graph.maps.MapReads.OrganizationRow;
import cn.liangxin.graph.maps.MapReads.PartyOrganizationRow;
import cn.liangxin.graph.maps.MapReads.PlaceRow;
import cn.liangxin.graph.maps.MapReads.RawMap;
import cn.liangxin.graph.maps.MapReads.TieRow;

/**
 * Nodes and edges from the raw rows, restricted to the included kinds; an edge is only
 * made when both of its ends are nodes, so none dangles. Sizes:
 * {@code 8 + 4·ln(1 + count)}, the count being employees, registered members, guided
 * organizations or organizations in the place.
 */
final class MapAssembly {

	private MapAssembly() {
	}

	record Assembled(List<MapNode> nodes, List<MapEdge> edges) {
	}

	static Assembled assemble(RawMap raw, Set<NodeKind> include) {
		var nodes = new LinkedHashMap<String, MapNode>();
		var edges = new LinkedHashMap<String, MapEdge>();
		Map<String, Integer> placeCounts = new HashMap<>();
		Map<String, String> buildingPark = new HashMap<>();
		raw.places()
			.stream()
			.filter(p -> p.kind() == NodeKind.BUILDING && p.parkId() != null)
			.forEach(p -> buildingPark.put(p.id(), p.parkId()));

		for (AreaRow a : raw.areas()) {
			add(nodes, include, node(NodeKind.AREA, a.code(), a.name(), null, null, a.organizations(),
					MapNode.id(NodeKind.AREA, a.code())));
		}
		for (PlaceRow p : raw.places()) {
			add(nodes, include, node(p.kind(), p.id(), p.name(), p.lat(), p.lon(), 0, MapNode.id(p.kind(), p.id())));
		}
		for (OrganizationRow o : raw.organizations()) {
			String cluster = o.buildingId() != null ? MapNode.id(NodeKind.BUILDING, o.buildingId())
					: o.parkId() != null ? MapNode.id(NodeKind.PARK, o.parkId())
							: o.areaCode() != null ? MapNode.id(NodeKind.AREA, o.areaCode()) : null;
			add(nodes, include, node(NodeKind.ORGANIZATION, o.id(), o.name(), o.lat(), o.lon(),
					o.employees() == null ? 0 : o.employees(), cluster));
			String park = o.parkId() != null ? o.parkId()
					: o.buildingId() != null ? buildingPark.get(o.buildingId()) : null;
			if (o.buildingId() != null) {
				placeCounts.merge(MapNode.id(NodeKind.BUILDING, o.buildingId()), 1, Integer::sum);
			}
			if (park != null) {
				placeCounts.merge(MapNode.id(NodeKind.PARK, park), 1, Integer::sum);
			}
		}
		for (PartyOrganizationRow po : raw.partyOrganizations()) {
			add(nodes, include, node(NodeKind.PARTY_ORGANIZATION, po.id(), po.name(), null, null, po.members(), null));
		}
		for (OfficerRow g : raw.officers()) {
			add(nodes, include, node(NodeKind.OFFICER, g.id(), g.name(), null, null, g.guides().size(), null));
		}
		// places are sized by the organizations in them, which are only known now
		placeCounts.forEach((id, count) -> nodes.computeIfPresent(id, (k, n) -> n.sized(size(count))));

		for (AreaRow a : raw.areas()) {
			if (a.parentCode() != null) {
				edge(nodes, edges, EdgeKind.PART_OF, NodeKind.AREA, a.code(), NodeKind.AREA, a.parentCode());
			}
		}
		for (PlaceRow p : raw.places()) {
			if (p.kind() == NodeKind.BUILDING && p.parkId() != null) {
				edge(nodes, edges, EdgeKind.IN_PARK, NodeKind.BUILDING, p.id(), NodeKind.PARK, p.parkId());
			}
		}
		for (OrganizationRow o : raw.organizations()) {
			if (o.parkId() != null) {
				edge(nodes, edges, EdgeKind.IN_PARK, NodeKind.ORGANIZATION, o.id(), NodeKind.PARK, o.parkId());
			}
			if (o.buildingId() != null) {
				edge(nodes, edges, EdgeKind.IN_BUILDING, NodeKind.ORGANIZATION, o.id(), NodeKind.BUILDING,
						o.buildingId());
			}
		}
		for (PartyOrganizationRow po : raw.partyOrganizations()) {
			po.covers()
				.forEach(unit -> edge(nodes, edges, EdgeKind.COVERS, NodeKind.PARTY_ORGANIZATION, po.id(),
						NodeKind.ORGANIZATION, unit));
			if (po.parentId() != null) {
				edge(nodes, edges, EdgeKind.REPORTS_TO, NodeKind.PARTY_ORGANIZATION, po.id(),
						NodeKind.PARTY_ORGANIZATION, po.parentId());
			}
		}
		for (OfficerRow g : raw.officers()) {
			g.guides()
				.forEach(unit -> edge(nodes, edges, EdgeKind.GUIDES, NodeKind.OFFICER, g.id(), NodeKind.ORGANIZATION,
						unit));
		}
		for (TieRow t : raw.ties()) {
			edge(nodes, edges, t.kind(), NodeKind.ORGANIZATION, t.source(), NodeKind.ORGANIZATION, t.target());
		}
		return new Assembled(new ArrayList<>(nodes.values()), new ArrayList<>(edges.values()));
	}

	static double size(int count) {
		return 8 + 4 * Math.log1p(Math.max(0, count));
	}

	private static MapNode node(NodeKind kind, String entityId, String label, @Nullable Double lat,
			@Nullable Double lon, int count, @Nullable String cluster) {
		return new MapNode(MapNode.id(kind, entityId), entityId, kind, label, 0, 0, lat, lon, size(count), cluster);
	}

	private static void add(Map<String, MapNode> nodes, Set<NodeKind> include, MapNode node) {
		if (include.contains(node.kind())) {
			nodes.putIfAbsent(node.id(), node);
		}
	}

	private static void edge(Map<String, MapNode> nodes, Map<String, MapEdge> edges, EdgeKind kind, NodeKind sourceKind,
			String source, NodeKind targetKind, String target) {
		String s = MapNode.id(sourceKind, source);
		String t = MapNode.id(targetKind, target);
		if (nodes.containsKey(s) && nodes.containsKey(t) && !s.equals(t)) {
			MapEdge e = MapEdge.of(kind, s, t);
			edges.putIfAbsent(e.id(), e);
		}
	}

	static Set<String> ids(List<MapNode> nodes) {
		var ids = new HashSet<String>();
		nodes.forEach(n -> ids.add(n.id()));
		return ids;
	}

}
