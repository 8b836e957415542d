package cn.liangxin.graph.load;

import java.time.Duration;

/**
 * The work of a request was stopped by {@link Cancellation}: it passed
 * {@code liangxin.query-timeout}, or its client went away.
 */
public class StoppedException extends RuntimeException {

	StoppedException(Cancellation.Reason reason, Duration timeout) {
		super(message(reason, timeout), null, false, false);
	}

	static String message(Cancellation.Reason reason, Duration timeout) {
		return switch (reason) {
			case TIMEOUT ->
				"查询超过 " + timeout.toSeconds() + " 秒（liangxin.query-timeout），已停止，请缩小范围后重试 (the query ran longer than "
						+ timeout.toSeconds() + " s, liangxin.query-timeout, and was stopped)";
			case DISCONNECTED -> "客户端已断开，查询已停止 (the client went away; the query was stopped)";
		};
	}

}
