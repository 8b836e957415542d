package cn.liangxin.graph.support;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.Session;

/**
 * Everything the store holds as sorted text lines (each node's labels and properties,
 * each relationship's ends by their ids, type and properties): two stores hold the same
 * state when their lines are equal, a stronger check than counts.
 */
public final class StoreContents {

	private StoreContents() {
	}

	public static List<String> of(TestStore store) {
		try (var session = store.session()) {
			return of(session);
		}
	}

	/** The same through any session (a store of another process). */
	public static List<String> of(Session session) {
		List<String> lines = new ArrayList<>();
		session.run("""
				MATCH (n) WHERE NOT (n:__SchemaVersion OR n:User OR n:AuditEvent OR n:ImportLock OR n:StoreVersion)
				RETURN apoc.convert.toJson([labels(n), properties(n)]) AS line
				""").forEachRemaining(r -> lines.add(r.get("line").asString()));
		session
			.run("""
					MATCH (a)-[r]->(b)
					RETURN apoc.convert.toJson([coalesce(a.id, a.code), type(r), coalesce(b.id, b.code), properties(r)]) AS line
					""")
			.forEachRemaining(r -> lines.add(r.get("line").asString()));
		lines.sort(null);
		return lines;
	}

}
