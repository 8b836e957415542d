package cn.liangxin.graph.access;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.liangxin.graph.store.StoreSessions;

/**
 * The audit trail, kept in the store as {@code (:AuditEvent)} nodes: login failures,
 * imports, user changes and exports, with time, user, action, scope and outcome. Each
 * record commits in a transaction of its own, so a refused or failed request is on record
 * too.
 */
@Service
public class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	public static final String OK = "OK";

	public static final String REFUSED = "REFUSED";

	public static final String FAILED = "FAILED";

	static final int MAX_PAGE = 1000;

	private final StoreSessions sessions;

	AuditLog(StoreSessions sessions) {
		this.sessions = sessions;
	}

	/** Records an action of the current caller. */
	public void record(AuditAction action, @Nullable String scope, String outcome, @Nullable String detail) {
		record(Callers.currentOrAnonymous(), action, scope, outcome, detail);
	}

	/**
	 * Records an action of a named user (a login attempt, before anyone is
	 * authenticated).
	 */
	void record(String username, AuditAction action, @Nullable String scope, String outcome, @Nullable String detail) {
		var parameters = new HashMap<String, Object>();
		parameters.put("id", UUID.randomUUID().toString());
		parameters.put("username", username);
		parameters.put("action", action.name());
		parameters.put("scope", scope);
		parameters.put("outcome", outcome);
		parameters.put("detail",
				detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) + "…" : detail);
		try (var session = this.sessions.open()) {
			session.executeWriteWithoutResult(tx -> tx.run("""
					CREATE (:AuditEvent {id: $id, at: datetime(), username: $username, action: $action, scope: $scope,
					                     outcome: $outcome, detail: $detail})
					""", parameters).consume());
		}
		log.info("audit: {} {} {} {} {}", username, action, scope == null ? "-" : scope, outcome,
				detail == null ? "" : detail);
	}

	/** Newest first, after the cursor, of the given actions (all when empty). */
	public Events events(int first, @Nullable String after, List<AuditAction> actions) {
		if (first < 0 || first > MAX_PAGE) {
			throw new InvalidAccountException("first", String.valueOf(first),
					"须在 0 到 " + MAX_PAGE + " 之间 (must be 0 to " + MAX_PAGE + ")");
		}
		String[] cursor = decode(after);
		var parameters = new HashMap<String, Object>();
		parameters.put("actions", actions.stream().map(Enum::name).toList());
		parameters.put("afterAt", cursor == null ? null : cursor[0]);
		parameters.put("afterId", cursor == null ? null : cursor[1]);
		parameters.put("limit", first + 1);
		try (var session = this.sessions.open()) {
			return session.executeRead(tx -> {
				int total = tx.run("""
						MATCH (e:AuditEvent) WHERE size($actions) = 0 OR e.action IN $actions
						RETURN count(e) AS total
						""", parameters).single().get("total").asInt();
				List<Event> rows = tx
					.run("""
							MATCH (e:AuditEvent)
							WHERE (size($actions) = 0 OR e.action IN $actions)
							  AND ($afterAt IS NULL OR e.at < datetime($afterAt) OR (e.at = datetime($afterAt) AND e.id < $afterId))
							RETURN e.id AS id, e.at AS at, e.username AS username, e.action AS action, e.scope AS scope,
							       e.outcome AS outcome, e.detail AS detail
							ORDER BY e.at DESC, e.id DESC
							LIMIT $limit
							""",
							parameters)
					.list(AuditLog::event);
				boolean hasNext = rows.size() > first;
				return new Events(total, hasNext ? rows.subList(0, first) : rows, hasNext);
			});
		}
	}

	private static Event event(Record r) {
		return new Event(r.get("id").asString(), r.get("at").asZonedDateTime(), r.get("username").asString(),
				AuditAction.valueOf(r.get("action").asString()),
				r.get("scope").isNull() ? null : r.get("scope").asString(), r.get("outcome").asString(),
				r.get("detail").isNull() ? null : r.get("detail").asString());
	}

	/** The opaque cursor of an event: its time and id. */
	public static String cursor(Event event) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("audit:" + event.at() + "|" + event.id()).getBytes(StandardCharsets.UTF_8));
	}

	private static String @Nullable [] decode(@Nullable String cursor) {
		if (cursor == null) {
			return null;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			int bar = text.indexOf('|');
			if (text.startsWith("audit:") && bar > 6) {
				return new String[] { text.substring(6, bar), text.substring(bar + 1) };
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64: reported below
		}
		throw new InvalidAccountException("after", cursor, "不是本接口给出的游标 (is not a cursor this API issued)");
	}

	/** One audit record. */
	public record Event(String id, ZonedDateTime at, String username, AuditAction action, @Nullable String scope,
			String outcome, @Nullable String detail) {
	}

	/** A page of audit records, newest first. */
	public record Events(int totalCount, List<Event> events, boolean hasNextPage) {
	}

}
