package cn.liangxin.graph.access;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import cn.liangxin.graph.store.GraphQueries;
import cn.liangxin.graph.store.StoreVersion;

/**
 * Every area's parent, kept in memory: which area lies below which is asked for every row
 * a caller sees, and a city has a few thousand areas. Trusted only while the store's
 * {@link StoreVersion} is the one it was read at, so an import through any instance is
 * seen here at the next request.
 */
@Component
class AreaTree {

	/**
	 * A deeper chain than any real hierarchy (province … community is 5): guards against
	 * a cycle.
	 */
	private static final int MAX_DEPTH = 32;

	private final GraphQueries queries;

	private final StoreVersion version;

	private volatile @Nullable Loaded loaded;

	AreaTree(GraphQueries queries, StoreVersion version) {
		this.queries = queries;
		this.version = version;
	}

	private record Loaded(String version, Map<String, String> parents) {
	}

	boolean exists(String code) {
		return parents().containsKey(code);
	}

	/** Whether {@code code} is {@code root} or lies below it. */
	boolean within(String code, String root) {
		return within(code, root, Map.of());
	}

	/**
	 * The same, with {@code overlay}'s parents (areas about to be imported) taking
	 * precedence over the store's.
	 */
	boolean within(String code, String root, Map<String, @Nullable String> overlay) {
		Map<String, String> parents = parents();
		String current = code;
		for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
			if (current.equals(root)) {
				return true;
			}
			current = overlay.containsKey(current) ? overlay.get(current) : parents.get(current);
		}
		return false;
	}

	@Nullable String parent(String code) {
		return parents().get(code);
	}

	private Map<String, String> parents() {
		String current = this.version.current();
		Loaded loaded = this.loaded;
		if (loaded == null || !loaded.version().equals(current)) {
			var parents = new HashMap<String, String>();
			this.queries.list("areaParents", """
					MATCH (a:Area)
					RETURN a.code AS code, head([(a)-[:PART_OF]->(p:Area) | p.code]) AS parent
					""", Map.of(), r -> {
				parents.put(r.get("code").asString(), r.get("parent").isNull() ? null : r.get("parent").asString());
				return 1;
			});
			loaded = new Loaded(current, parents);
			this.loaded = loaded;
		}
		return loaded.parents();
	}

}
