package cn.liangxin.graph.load;

import java.time.Duration;

/**
 * Every turn for heavy work is taken and the queue is full: try again after
 * {@link #retryAfter()}.
 */
public class BusyException extends RuntimeException {

	private final Duration retryAfter;

	BusyException(int running, int queued, Duration retryAfter) {
		super("服务繁忙：已有 " + running + " 个分析在运行、" + queued + " 个在等待，请 " + retryAfter.toSeconds() + " 秒后重试 (busy: "
				+ running + " heavy requests running and " + queued + " waiting; retry after " + retryAfter.toSeconds()
				+ " s)", null, false, false);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
