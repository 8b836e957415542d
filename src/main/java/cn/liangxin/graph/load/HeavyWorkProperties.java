package cn.liangxin.graph.load;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bulkhead's settings ({@code liangxin.heavy.*}).
 *
 * @param maxConcurrent heavy requests running at once; 0 (the default) means one fewer
 * than the processors, so a core stays free for lookups and health, but at least two
 * (with one, a single explorer page's analytics waited out their queue on a busy 2-core
 * machine)
 * @param queue heavy requests that may wait for a turn beyond those; any more are refused
 * at once (one explorer page asks for about eight analytics at once: 16 lets two users
 * open pages together)
 * @param queueWait how long one waits before it is refused after all (a waiting request
 * costs a worker thread but no CPU)
 * @param retryAfter what the refusal tells the client to wait ({@code Retry-After})
 */
@ConfigurationProperties("liangxin.heavy")
public record HeavyWorkProperties(@DefaultValue("0") int maxConcurrent, @DefaultValue("16") int queue,
		@DefaultValue("60s") Duration queueWait, @DefaultValue("5s") Duration retryAfter) {

	/** The number of heavy requests that may run at once. */
	public int concurrency() {
		return (this.maxConcurrent > 0) ? this.maxConcurrent
				: Math.max(2, Runtime.getRuntime().availableProcessors() - 1);
	}
}
