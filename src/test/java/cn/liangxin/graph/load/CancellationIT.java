package cn.liangxin.graph.load;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.liangxin.graph.store.GraphQueries;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.TestStore;
import cn.liangxin.graph.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work stops when nobody waits (issue 16.2): a Cypher statement that would run for
 * minutes, in a read transaction as the analytics run theirs, is terminated in the store
 * once its client closes the connection, or once its deadline passes; a GraphQL request
 * whose client closes its socket while it waits for the bulkhead leaves the queue. Each
 * wait is bounded; none is a measure of speed.
 */
@GraphIntegrationTest
class CancellationIT {

	// Minutes of counting in the store, unless something stops it.
	static final String BURN = """
			UNWIND range(1, 100000) AS i
			UNWIND range(1, 100000) AS j
			WITH i, j WHERE (i * j) % 1000003 = 0
			RETURN count(*) AS n, 'cancellation-it-burn' AS marker
			""";

	static final String RUNNING = """
			SHOW TRANSACTIONS YIELD currentQuery
			WHERE currentQuery CONTAINS $marker
			RETURN count(*) AS n
			""";

	@Autowired
	Cancellation cancellation;

	@Autowired
	GraphQueries queries;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	HeavyWork heavy;

	@Autowired
	HeavyWorkProperties properties;

	@Autowired
	TestStore store;

	@LocalServerPort
	int port;

	final ExecutorService pool = Executors.newCachedThreadPool();

	@AfterEach
	void stopPool() {
		this.pool.shutdownNow();
	}

	@Test
	void aQueryStopsInTheStoreWhenItsClientClosesTheConnection() throws Exception {
		try (var listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
				var client = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
				var server = listener.accept()) {
			var connection = new Connections.Connection(server.getLocalPort(), "127.0.0.1", server.getPort());
			Future<Outcome> work = this.pool.submit(() -> burn(connection, Duration.ofMinutes(10)));
			await(() -> running() == 1, "the statement runs in the store");
			assertThat(work.isDone()).isFalse();

			client.close();

			await(() -> running() == 0, "the statement is no longer running in the store");
			Outcome outcome = work.get(60, TimeUnit.SECONDS);
			assertThat(outcome.stopped()).contains("客户端已断开");
			assertThat(outcome.interruptedAfter()).as("the thread is no longer interrupted once its work ended")
				.isFalse();
		}
	}

	@Test
	void aQueryStopsInTheStoreWhenItsDeadlinePasses() throws Exception {
		Future<Outcome> work = this.pool.submit(() -> burn(null, Duration.ofSeconds(3)));
		Outcome outcome = work.get(90, TimeUnit.SECONDS);
		assertThat(outcome.stopped()).contains("查询超过 3 秒").contains("liangxin.query-timeout");
		assertThat(outcome.interruptedAfter()).isFalse();
		await(() -> running() == 0, "the statement is no longer running in the store");
	}

	@Test
	void aLoopEndsAtItsCheckpointOnceStopped() throws Exception {
		Future<Outcome> work = this.pool.submit(() -> {
			try {
				return this.cancellation.watching(null, Duration.ofSeconds(1), () -> {
					long turns = 0;
					while (turns >= 0) {
						Cancellation.checkpoint();
						turns++;
					}
					return new Outcome(null, false);
				});
			}
			catch (StoppedException ex) {
				return new Outcome(ex.getMessage(), Thread.currentThread().isInterrupted());
			}
		});
		Outcome outcome = work.get(60, TimeUnit.SECONDS);
		assertThat(outcome.stopped()).contains("查询超过 1 秒");
		assertThat(outcome.interruptedAfter()).isFalse();
	}

	@Test
	void aGraphQlRequestWaitingForTheBulkheadLeavesWhenItsClientCloses() throws Exception {
		this.store.exampleDistrict();
		int taken = 0;
		while (this.heavy.free() > 0) {
			this.heavy.enter();
			taken++;
		}
		try (var socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			byte[] body = "{\"query\":\"{ coverage { total } }\"}".getBytes(StandardCharsets.UTF_8);
			OutputStream out = socket.getOutputStream();
			out.write(
					("POST /graphql HTTP/1.1\r\nHost: localhost:" + this.port + "\r\nAuthorization: Basic "
							+ Base64.getEncoder()
								.encodeToString((TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD)
									.getBytes(StandardCharsets.UTF_8))
							+ "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
						.getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			await(() -> this.heavy.waiting() == 1, "the request waits for a turn");
			assertThat(this.cancellation.watchedCount()).isEqualTo(1);
		}
		// the queue would hold it for queue-wait (60 s); its client is gone, so it leaves
		// now
		await(() -> this.heavy.waiting() == 0 && this.cancellation.watchedCount() == 0,
				"the request left the queue and ended");
		for (int i = 0; i < taken; i++) {
			this.heavy.leave();
		}
		assertThat(this.heavy.free()).isEqualTo(this.properties.concurrency());
	}

	// The statement in a read transaction, watched; what stopped it, and whether the
	// thread was still interrupted once the watch ended.
	private Outcome burn(Connections.Connection client, Duration timeout) {
		var readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);
		String stopped = this.cancellation.watching(client, timeout, () -> {
			try {
				readOnly.execute(status -> this.queries.list("test.burn", BURN, Map.of(), r -> r.get("n").asLong()));
				return null;
			}
			catch (RuntimeException ex) {
				// what GraphQlErrors asks about any failure of a request's work
				return Cancellation.stopped();
			}
		});
		return new Outcome(stopped, Thread.currentThread().isInterrupted());
	}

	private long running() {
		try (var session = this.store.session()) {
			return session.run(RUNNING, Map.of("marker", "cancellation-it-burn")).single().get("n").asLong();
		}
	}

	private static void await(BooleanSupplier condition, String what) throws InterruptedException {
		for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
			Thread.sleep(100);
		}
		assertThat(condition.getAsBoolean()).as(what + " (waited at most 60 s)").isTrue();
	}

	record Outcome(String stopped, boolean interruptedAfter) {
	}

}
