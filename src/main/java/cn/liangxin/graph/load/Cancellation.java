package cn.liangxin.graph.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Work stops when nobody waits for it. A request's work runs {@link #watching} a deadline
 * ({@code liangxin.query-timeout} from its start) and its client's TCP connection; a
 * watchdog looks at both a few times a second and, when the deadline has passed or the
 * client has closed its connection, stops the work: its {@link Stopper}s end what runs
 * elsewhere on its behalf (the store terminates its running Cypher: the driver itself,
 * interrupted, only waits for the statement to end), the Java loops of the layouts and
 * planners end at their next {@link #checkpoint()}, and its thread is interrupted, which
 * ends a wait (for the bulkhead, say).
 * <p>
 * The Servlet API says nothing when a client goes away before its answer is written, so
 * the watchdog reads the connection's state from the kernel ({@link Connections}, Linux):
 * a connection the client closed is in {@code CLOSE_WAIT} or gone. Where that table is
 * not readable only the deadline stops work.
 * <p>
 * Each Cypher transaction has its own timeout besides (the same setting, through
 * {@code spring.transaction.default-timeout}), which bounds a query even outside a
 * request.
 */
@Component
public class Cancellation implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Cancellation.class);

	private static final ThreadLocal<Watched> CURRENT = new ThreadLocal<>();

	/** Why work was stopped. */
	public enum Reason {

		/** It ran longer than {@code liangxin.query-timeout}. */
		TIMEOUT,
		/** Its client closed the connection. */
		DISCONNECTED

	}

	/**
	 * Ends what runs elsewhere for stopped work, known by its {@link #workId()}; called
	 * on the watchdog's thread, again a few times a second until the work has ended.
	 */
	public interface Stopper {

		void stop(String workId);

	}

	private final Duration timeout;

	private final List<Stopper> stoppers;

	private final Map<Thread, Watched> watched = new ConcurrentHashMap<>();

	private final Connections connections = new Connections();

	private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "work-watchdog");
		t.setDaemon(true);
		return t;
	});

	public Cancellation(@Value("${liangxin.query-timeout}") Duration timeout, ObjectProvider<Stopper> stoppers) {
		this.timeout = timeout;
		this.stoppers = stoppers.orderedStream().toList();
		if (!this.connections.readable()) {
			log.info("No TCP connection table to read (not Linux?): only liangxin.query-timeout stops work, "
					+ "not a client that goes away");
		}
		this.watchdog.scheduleWithFixedDelay(this::look, 250, 250, TimeUnit.MILLISECONDS);
	}

	/**
	 * Runs {@code work} on this thread until it ends, {@code liangxin.query-timeout}
	 * passes or the client of {@code request} (if any) goes away.
	 */
	public <T> T watching(@Nullable HttpServletRequest request, Supplier<T> work) {
		return watching(request == null ? null : Connections.Connection.of(request), this.timeout, work);
	}

	/**
	 * The same with a deadline of its own and the client's connection, if any, given as
	 * such. Work already watched on this thread runs as it is.
	 */
	public <T> T watching(Connections.@Nullable Connection client, Duration timeout, Supplier<T> work) {
		if (CURRENT.get() != null) {
			return work.get();
		}
		Watched watch = new Watched(Thread.currentThread(), System.nanoTime() + timeout.toNanos(), timeout, client);
		CURRENT.set(watch);
		this.watched.put(watch.thread, watch);
		try {
			return work.get();
		}
		finally {
			this.watched.remove(watch.thread);
			CURRENT.remove();
			watch.finish();
		}
	}

	/**
	 * Ends the calling work with a {@link StoppedException} if it was stopped; cheap, for
	 * the loops of long computations.
	 */
	public static void checkpoint() {
		Watched watch = CURRENT.get();
		if (watch != null && watch.reason != null) {
			throw new StoppedException(watch.reason, watch.timeout);
		}
	}

	/** The id of the work watched on this thread, or {@code null}. */
	public static @Nullable String workId() {
		Watched watch = CURRENT.get();
		return (watch == null) ? null : watch.id;
	}

	/**
	 * The message for work of this thread that was stopped, or {@code null} when it runs
	 * on: what a failure of the stopped work (a driver error after the interrupt) really
	 * is.
	 */
	public static @Nullable String stopped() {
		Watched watch = CURRENT.get();
		return (watch == null || watch.reason == null) ? null : StoppedException.message(watch.reason, watch.timeout);
	}

	/** Requests being watched now. */
	public int watchedCount() {
		return this.watched.size();
	}

	@Override
	public void destroy() {
		this.watchdog.shutdownNow();
	}

	private void look() {
		try {
			if (this.watched.isEmpty()) {
				return;
			}
			long now = System.nanoTime();
			Map<String, Integer> states = this.watched.values().stream().anyMatch(w -> w.client != null)
					? this.connections.states() : Map.of();
			for (Watched watch : this.watched.values()) {
				if (watch.reason == null && now - watch.deadline > 0) {
					watch.stop(Reason.TIMEOUT);
				}
				else if (watch.reason == null && watch.client != null && !states.isEmpty()) {
					Integer state = states.get(watch.client.key());
					if (state != null && state == Connections.ESTABLISHED) {
						watch.seen = true;
					}
					else if ((state != null && state == Connections.CLOSE_WAIT) || (state == null && watch.seen)) {
						// the client closed its side, or the connection was reset after
						// it
						// was seen open (a client that half-closes after its request,
						// rare
						// over HTTP, is taken as gone too)
						watch.stop(Reason.DISCONNECTED);
					}
				}
				if (watch.reason != null) {
					// at every look until the work has ended: a statement may have begun
					// since the last
					stopElsewhere(watch);
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Work watchdog failed; it goes on", ex);
		}
	}

	private void stopElsewhere(Watched watch) {
		for (Stopper stopper : this.stoppers) {
			try {
				stopper.stop(watch.id);
			}
			catch (RuntimeException ex) {
				log.warn("Could not stop the work of {} in {}", watch.thread.getName(), stopper, ex);
			}
		}
	}

	// One request's work. The interrupt and the end of the work exclude each other, so a
	// pooled thread is never interrupted once it has moved on to another request.
	private static final class Watched {

		final Thread thread;

		final String id = UUID.randomUUID().toString();

		final long deadline;

		final Duration timeout;

		final Connections.@Nullable Connection client;

		volatile @Nullable Reason reason;

		// only the watchdog thread reads and writes it
		boolean seen;

		private boolean done;

		Watched(Thread thread, long deadline, Duration timeout, Connections.@Nullable Connection client) {
			this.thread = thread;
			this.deadline = deadline;
			this.timeout = timeout;
			this.client = client;
		}

		synchronized void stop(Reason why) {
			if (this.done || this.reason != null) {
				return;
			}
			this.reason = why;
			log.info("Stopping the work of {} ({})", this.thread.getName(), why);
			this.thread.interrupt();
		}

		// on the watched thread itself
		synchronized void finish() {
			this.done = true;
			if (this.reason != null) {
				Thread.interrupted(); // the interrupt was for this work only
			}
		}

	}

}
