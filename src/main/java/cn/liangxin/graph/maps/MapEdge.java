package cn.liangxin.graph.maps;

/**
 * An edge of a network map, in the graph's direction (COVERS: party organization →
 * organization; IN_PARK, IN_BUILDING, PART_OF, REPORTS_TO: child → parent; ties: from →
 * to).
 *
 * @param id unique within the map: {@code KIND:source->target}
 * @param source the {@link MapNode#id()} it starts at
 * @param target the {@link MapNode#id()} it ends at
 * @param kind the relationship type
 */
public record MapEdge(String id, String source, String target, EdgeKind kind) {

	public static MapEdge of(EdgeKind kind, String source, String target) {
		return new MapEdge(kind.name() + ":" + source + "->" + target, source, target, kind);
	}
}
