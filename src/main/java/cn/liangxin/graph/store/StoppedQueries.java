package cn.liangxin.graph.store;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import cn.liangxin.graph.load.Cancellation;

/**
 * Terminates in the store the Cypher of work that {@link Cancellation} stopped. Every
 * statement {@link GraphQueries} runs for watched work carries the work's id as the
 * parameter {@value #WORK_PARAMETER} (unused by the statement, so its plan is cached as
 * before); the store lists its running transactions with their parameters, and the ones
 * of the stopped work are terminated. The driver cannot do it: interrupted, it waits for
 * the statement to end. Against an external server this needs no privilege beyond the
 * service's own: a user may always list and terminate its own transactions.
 */
@Component
class StoppedQueries implements Cancellation.Stopper {

	/** The parameter that names the watched work a statement runs for. */
	static final String WORK_PARAMETER = "liangxinWork";

	private static final String RUNNING = """
			SHOW TRANSACTIONS YIELD transactionId, parameters
			WHERE parameters[$parameter] = $work
			RETURN collect(transactionId) AS ids
			""";

	private static final String TERMINATE = "TERMINATE TRANSACTIONS $ids";

	private final StoreSessions sessions;

	StoppedQueries(StoreSessions sessions) {
		this.sessions = sessions;
	}

	/** {@code parameters} with the id of the work watched on this thread, if any. */
	static Map<String, @Nullable Object> tagged(Map<String, @Nullable Object> parameters) {
		String work = Cancellation.workId();
		if (work != null) {
			parameters.put(WORK_PARAMETER, work);
		}
		return parameters;
	}

	@Override
	public void stop(String workId) {
		try (var session = this.sessions.open()) {
			List<Object> ids = session.run(RUNNING, Map.of("parameter", WORK_PARAMETER, "work", workId))
				.single()
				.get("ids")
				.asList();
			if (!ids.isEmpty()) {
				session.run(TERMINATE, Map.of("ids", ids)).consume();
			}
		}
	}

}
