package cn.liangxin.graph.load;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The bulkhead: at most {@link HeavyWorkProperties#concurrency()} heavy requests run at
 * once, at most {@link HeavyWorkProperties#queue()} wait (each at most
 * {@code queueWait}), and any other is refused at once with a {@link BusyException}
 * rather than queued without bound. Heavy requests then hold at most concurrency + queue
 * of Tomcat's workers, and lookups and health, which never pass through here, find
 * workers and a free core.
 */
@Component
public class HeavyWork {

	private final HeavyWorkProperties properties;

	private final Semaphore turns;

	private final AtomicInteger waiting = new AtomicInteger();

	public HeavyWork(HeavyWorkProperties properties) {
		this.properties = properties;
		this.turns = new Semaphore(properties.concurrency(), true);
	}

	/**
	 * Runs {@code work} in a turn of its own. @throws BusyException when there is no turn
	 * to wait for
	 */
	public <T> T run(Supplier<T> work) {
		enter();
		try {
			return work.get();
		}
		finally {
			leave();
		}
	}

	/**
	 * Takes a turn, waiting in the queue if there is room. @throws BusyException when
	 * there is none
	 */
	public void enter() {
		if (this.turns.tryAcquire()) {
			return;
		}
		if (this.waiting.incrementAndGet() > this.properties.queue()) {
			this.waiting.decrementAndGet();
			throw busy();
		}
		try {
			if (!this.turns.tryAcquire(this.properties.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
				throw busy();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw busy();
		}
		finally {
			this.waiting.decrementAndGet();
		}
	}

	/** Gives back a turn taken by {@link #enter()}. */
	public void leave() {
		this.turns.release();
	}

	/** Requests waiting for a turn now. */
	public int waiting() {
		return this.waiting.get();
	}

	/** Turns free now. */
	public int free() {
		return this.turns.availablePermits();
	}

	private BusyException busy() {
		return new BusyException(this.properties.concurrency() - this.turns.availablePermits(), this.waiting.get(),
				this.properties.retryAfter());
	}

}
