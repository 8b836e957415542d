package cn.liangxin.graph.store;

import java.util.Map;

import org.neo4j.driver.SimpleQueryRunner;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A token on one {@code (:StoreVersion {id: 'store'})} node, set anew in the transaction
 * of every write that what a service instance keeps in memory depends on (an import, a
 * user change). Every per-instance cache keeps the token it was loaded at and is trusted
 * only while the store still holds that token, so an instance answers what another
 * instance wrote as soon as it is committed. A random token rather than a counter: a
 * store emptied and written again can never show an old token by chance.
 *
 * <p>
 * The token is read once per HTTP request (and remembered in the request), so a request
 * sees one version of every cache however many rows it checks; outside a request it is
 * read every time.
 */
@Component
public class StoreVersion {

	private static final String ATTRIBUTE = StoreVersion.class.getName();

	/** The token before any write ever bumped it. */
	public static final String NONE = "none";

	private static final String READ = "OPTIONAL MATCH (v:StoreVersion {id: 'store'}) RETURN v.token AS token";

	private static final String BUMP = """
			MERGE (v:StoreVersion {id: 'store'})
			SET v.token = randomUUID(), v.changedAt = datetime()
			""";

	private final GraphQueries queries;

	public StoreVersion(GraphQueries queries) {
		this.queries = queries;
	}

	/**
	 * The store's current token (within an HTTP request: the one read first in that
	 * request).
	 */
	public String current() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null
				&& request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof String token) {
			return token;
		}
		String token = read();
		if (request != null) {
			request.setAttribute(ATTRIBUTE, token, RequestAttributes.SCOPE_REQUEST);
		}
		return token;
	}

	/**
	 * Sets a new token inside the caller's write transaction, so the change and the new
	 * token commit together; this request then reads the token again.
	 */
	public void bump(SimpleQueryRunner tx) {
		tx.run(BUMP, Map.of()).consume();
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		}
	}

	private String read() {
		return this.queries
			.one("storeVersion", READ, Map.of(), r -> r.get("token").isNull() ? NONE : r.get("token").asString())
			.orElse(NONE);
	}

}
