package cn.liangxin.graph.jointbranch;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The names a group's reasons cite (楼宇, 园区, 社区, organizations of a tie), by id; a reason
 * whose place has no name here cites the id.
 */
public record PlaceNames(Map<String, String> buildings, Map<String, String> parks, Map<String, String> areas,
		Map<String, String> organizations) {

	public static final PlaceNames NONE = new PlaceNames(Map.of(), Map.of(), Map.of(), Map.of());

	public PlaceNames {
		buildings = Map.copyOf(buildings);
		parks = Map.copyOf(parks);
		areas = Map.copyOf(areas);
		organizations = Map.copyOf(organizations);
	}

	static String zh(Map<String, String> names, @Nullable String id) {
		String name = id == null ? null : names.get(id);
		return name == null ? String.valueOf(id) : name + "（" + id + "）";
	}

	static String en(Map<String, String> names, @Nullable String id) {
		String name = id == null ? null : names.get(id);
		return name == null ? String.valueOf(id) : name + " (" + id + ")";
	}
}
