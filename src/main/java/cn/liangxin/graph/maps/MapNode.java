package cn.liangxin.graph.maps;

import org.jspecify.annotations.Nullable;

/**
 * A node of a network map.
 *
 * @param id unique within the map, {@code KIND:entityId} (edges refer to it)
 * @param entityId the entity's own id (an area's code)
 * @param kind what it stands for
 * @param label the Chinese name
 * @param x layout position, in layout units (about metres for GEO)
 * @param y layout position in screen axes: y grows downwards (southwards for GEO)
 * @param lat WGS-84 latitude, when known
 * @param lon WGS-84 longitude, when known
 * @param size a drawing size from employees (organization), registered members (party
 * organization), guided organizations (officer) or organizations in the map (places)
 * @param cluster a cheap grouping: the building, else the park, else the area of an
 * organization; a place's own id; null for party organizations and officers
 */
public record MapNode(String id, String entityId, NodeKind kind, String label, double x, double y, @Nullable Double lat,
		@Nullable Double lon, double size, @Nullable String cluster) {

	public static String id(NodeKind kind, String entityId) {
		return kind.name() + ":" + entityId;
	}

	MapNode at(double x, double y) {
		return new MapNode(this.id, this.entityId, this.kind, this.label, x, y, this.lat, this.lon, this.size,
				this.cluster);
	}

	MapNode sized(double size) {
		return new MapNode(this.id, this.entityId, this.kind, this.label, this.x, this.y, this.lat, this.lon, size,
				this.cluster);
	}

	boolean located() {
		return this.lat != null && this.lon != null;
	}
}
