package cn.liangxin.graph.store;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One import at a time across every service instance on the store: a lease on the single
 * {@code (:ImportLock {id: 'import'})} node, held by one import (holder id, instance,
 * since, expiry by the store's clock). The holder renews it every third of the lease
 * while it works, so the lock of an instance that died mid-import expires by itself. The
 * import's own write transaction checks, as its last statement, that it still holds the
 * lease ({@link #fence}) and rolls back otherwise: two imports can never both commit,
 * even if a lease ran out under a stalled holder. A JVM-local lock could not do this: two
 * instances would each hold their own.
 */
@Component
public class ImportLock implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportLock.class);

	/**
	 * The shortest attempt to take the lease (each waits at most for what is left of the
	 * wait, but this long at least).
	 */
	private static final Duration MIN_ATTEMPT = Duration.ofSeconds(1);

	private static final long POLL_MILLIS = 200;

	private static final String ENSURE = "MERGE (:ImportLock {id: 'import'})";

	// Setting a property takes the node's write lock; the second statement then reads the
	// committed holder.
	private static final String WRITE_LOCK = "MATCH (l:ImportLock {id: 'import'}) SET l.attemptAt = datetime()";

	private static final String TAKE = """
			MATCH (l:ImportLock {id: 'import'})
			WITH l, datetime() AS now, l.holder IS NULL OR l.expiresAt < datetime() AS free
			SET l.holder = CASE WHEN free THEN $holder ELSE l.holder END,
			    l.instance = CASE WHEN free THEN $instance ELSE l.instance END,
			    l.since = CASE WHEN free THEN now ELSE l.since END,
			    l.expiresAt = CASE WHEN free THEN now + duration({milliseconds: $leaseMillis}) ELSE l.expiresAt END
			RETURN free, l.instance AS instance, toString(l.since) AS since
			""";

	private static final String RENEW = """
			MATCH (l:ImportLock {id: 'import', holder: $holder})
			SET l.expiresAt = datetime() + duration({milliseconds: $leaseMillis})
			""";

	private static final String FENCE = """
			MATCH (l:ImportLock {id: 'import', holder: $holder})
			SET l.committingAt = datetime()
			RETURN count(l) AS held
			""";

	private static final String RELEASE = """
			MATCH (l:ImportLock {id: 'import', holder: $holder})
			SET l.holder = null, l.instance = null, l.since = null, l.expiresAt = null
			""";

	private final StoreSessions sessions;

	private final ImportLockProperties properties;

	private final String instance = instanceName();

	private volatile boolean ensured;

	private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "import-lock-renewal");
		thread.setDaemon(true);
		return thread;
	});

	public ImportLock(StoreSessions sessions, ImportLockProperties properties) {
		this.sessions = sessions;
		this.properties = properties;
	}

	/**
	 * Takes the lock, waiting at most {@code liangxin.import.lock-wait} for the import
	 * holding it.
	 * @throws HeldException naming who holds it, when the wait ran out
	 */
	public Lease take() {
		String holder = UUID.randomUUID().toString();
		long deadline = System.nanoTime() + this.properties.lockWait().toNanos();
		try (var session = this.sessions.open()) {
			while (true) {
				if (!this.ensured) {
					session.executeWriteWithoutResult(tx -> tx.run(ENSURE).consume());
					this.ensured = true;
				}
				Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
				Optional<HeldException> held = attempt(session, holder,
						left.compareTo(MIN_ATTEMPT) < 0 ? MIN_ATTEMPT : left);
				if (held.isEmpty()) {
					break;
				}
				if (System.nanoTime() > deadline) {
					throw held.get();
				}
				sleep();
			}
		}
		return new Lease(holder);
	}

	private Optional<HeldException> attempt(org.neo4j.driver.Session session, String holder, Duration timeout) {
		// The timeout bounds the wait for the node's lock, which a committing import
		// holds until its commit ends.
		try (var tx = session.beginTransaction(TransactionConfig.builder().withTimeout(timeout).build())) {
			tx.run(WRITE_LOCK).consume();
			var rows = tx
				.run(TAKE, Map.of("holder", holder, "instance", this.instance, "leaseMillis",
						this.properties.lockLease().toMillis()))
				.list();
			if (rows.isEmpty()) {
				// someone deleted the lock node: make it again
				this.ensured = false;
				return Optional.of(new HeldException("?", "?"));
			}
			var r = rows.get(0);
			tx.commit();
			return r.get("free").asBoolean() ? Optional.empty()
					: Optional.of(new HeldException(r.get("instance").asString("?"), r.get("since").asString("?")));
		}
		catch (Neo4jException ex) {
			// The node is locked by a committing import and the attempt timed out: busy,
			// try again.
			log.info("Could not take the import lock yet: {}", ex.getMessage());
			return Optional.of(new HeldException("?", "?"));
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(POLL_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the import lock", ex);
		}
	}

	/**
	 * The longest an import waits for the lock, in whole seconds (for the refusal's
	 * message).
	 */
	public long waitSeconds() {
		return this.properties.lockWait().toSeconds();
	}

	/**
	 * This instance's name in the lock: host and process, so a running lock can be traced
	 * to its holder.
	 */
	public String instance() {
		return this.instance;
	}

	private static String instanceName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (Exception ex) {
			host = "unknown-host";
		}
		return host + "/" + ManagementFactory.getRuntimeMXBean().getPid();
	}

	@Override
	public void destroy() {
		this.renewals.shutdownNow();
	}

	/** The lock held by one import: renewed until closed, released on close. */
	public final class Lease implements AutoCloseable {

		private final String holder;

		private final ScheduledFuture<?> renewal;

		private Lease(String holder) {
			this.holder = holder;
			long every = Math.max(1, properties.lockLease().toMillis() / 3);
			this.renewal = renewals.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
		}

		/**
		 * Run as the last statement of the import's write transaction: takes the lock
		 * node's write lock until the commit and fails the transaction if the lease is no
		 * longer this import's.
		 */
		public void fence(SimpleQueryRunner tx) {
			long held = tx.run(FENCE, Map.of("holder", this.holder)).single().get("held").asLong();
			if (held != 1) {
				throw new LostException();
			}
		}

		private void renew() {
			try (var session = sessions.open()) {
				session.executeWriteWithoutResult(tx -> tx
					.run(RENEW, Map.of("holder", this.holder, "leaseMillis", properties.lockLease().toMillis()))
					.consume());
			}
			catch (RuntimeException ex) {
				// the next renewal tries again; the fence catches a lease that ran out
				log.warn("Could not renew the import lock: {}", ex.toString());
			}
		}

		@Override
		public void close() {
			this.renewal.cancel(false);
			try (var session = sessions.open()) {
				session.executeWriteWithoutResult(tx -> tx.run(RELEASE, Map.of("holder", this.holder)).consume());
			}
			catch (RuntimeException ex) {
				// it expires by itself
				log.warn("Could not release the import lock (it expires within {}): {}", properties.lockLease(),
						ex.toString());
			}
		}

	}

	/** Another import holds the lock and did not finish within the wait. */
	public static class HeldException extends RuntimeException {

		private final String instance;

		private final String since;

		HeldException(String instance, String since) {
			super("another import is running (on " + instance + " since " + since + ")");
			this.instance = instance;
			this.since = since;
		}

		public String instance() {
			return this.instance;
		}

		public String since() {
			return this.since;
		}

	}

	/**
	 * The lease ran out before the import could commit (its holder stalled longer than
	 * the lease); nothing was written.
	 */
	public static class LostException extends RuntimeException {

		LostException() {
			super("the import lost its store-wide lock before it could commit; nothing was imported");
		}

	}

}
