package cn.liangxin.graph.support;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.Session;

/**
 * The ledger's latest state as sorted text lines (each node's labels and properties, each
 * relationship's ends by their ids, type and properties): two stores hold the same state
 * when their lines are equal, a stronger check than counts. The history (the import
 * journal, versions, ended links, entities since left out) and its bookkeeping on the
 * current state (which import wrote what, and from when) are left out: two stores loaded
 * by different imports hold the same ledger.
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
				MATCH (n) WHERE NOT (n:__SchemaVersion OR n:User OR n:AuditEvent OR n:ImportLock OR n:StoreVersion
				                     OR n:Import OR n:Version)
				  AND NOT any(l IN labels(n) WHERE l STARTS WITH 'Gone')
				RETURN apoc.convert.toJson([labels(n), n {.*, validFrom: null, createdBy: null}]) AS line
				""").forEachRemaining(r -> lines.add(r.get("line").asString()));
		session.run("""
				MATCH (a)-[r]->(b)
				WHERE NOT type(r) STARTS WITH 'WAS'
				RETURN apoc.convert.toJson([coalesce(a.id, a.code), type(r), coalesce(b.id, b.code),
				                            r {.*, from: null, createdBy: null}]) AS line
				""").forEachRemaining(r -> lines.add(r.get("line").asString()));
		lines.sort(null);
		return lines;
	}

}
