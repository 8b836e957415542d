package cn.liangxin.graph.reliability;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import cn.liangxin.graph.demo.CityGenerator;
import cn.liangxin.graph.demo.CityParameters;
import cn.liangxin.graph.support.Bundles;
import cn.liangxin.graph.support.JavaProcess;
import cn.liangxin.graph.support.ReliabilityReport;
import cn.liangxin.graph.support.ServiceProcess;
import cn.liangxin.graph.support.StoreContents;
import cn.liangxin.graph.support.TestStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of a service JVM (embedded store) at several moments of an import: after the
 * restart the store holds exactly what it held before (every node and relationship with
 * its properties), or — when the import had already committed — exactly the imported
 * state, never anything in between. Then a whole import with readers polling throughout:
 * no read sees a half-written state.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class ImportCrashReliabilityIT {

	static final int ORGANIZATIONS = Integer.getInteger("reliability.importOrganizations", 2000);

	static final String BOLT_PASSWORD = "reliability-" + UUID.randomUUID();

	static final Path DIR = Path.of("target", "reliability", "crash-" + UUID.randomUUID());

	static final List<String> report = new ArrayList<>();

	static ServiceProcess service;

	static int boltPort;

	@AfterAll
	static void stop() {
		if (service != null) {
			service.close();
		}
		ReliabilityReport.write("import-crash", "kill -9 during an import, readers during an import", report);
	}

	@Test
	void killedAtAnyMomentOfAnImportTheStoreIsExactlyBeforeOrAfterAndReadersNeverSeeHalf() throws Exception {
		boltPort = JavaProcess.freePort();
		long startedAt = System.nanoTime();
		start();
		report.add("- service JVM with its embedded store up in " + millis(startedAt) + " ms (first start)");
		assertThat(service.importZip(Bundles.zip(TestStore.bundle("ledger/example-district"))).statusCode())
			.isEqualTo(200);
		List<String> before = contents();
		int organizationsBefore = totalOrganizations();

		byte[] city = Bundles.zip(CityGenerator.inMemoryBundle(CityParameters.of(ORGANIZATIONS, 7L)));
		report.add("- the import: a generated city of " + ORGANIZATIONS + " organizations (" + city.length / 1024
				+ " KiB zip) over the example district");
		report.add("");
		report.add("| kill at | import answered before the kill | store after restart | restart ms |");
		report.add("|---|---|---|---:|");
		List<Kill> kills = List.of(new Kill("500 ms after the request (reading and validating)", line -> false, 500),
				new Kill("first write progress line", line -> line.contains("Import: "), 0),
				new Kill("second write progress line", new NthLine("Import: ", 2), 0));
		List<Boolean> committedBeforeKill = new ArrayList<>();
		for (Kill kill : kills) {
			var answer = CompletableFuture.supplyAsync(() -> post(city));
			if (kill.delayMillis() > 0) {
				Thread.sleep(kill.delayMillis());
			}
			else {
				awaitLogLine(kill.line(), answer);
			}
			service.process().kill();
			boolean committed = answer.isDone() && answer.join() != null && answer.join().statusCode() == 200;
			committedBeforeKill.add(committed);
			long restarting = System.nanoTime();
			start();
			long restartMillis = millis(restarting);
			List<String> after = contents();
			boolean same = after.equals(before);
			report.add("| " + kill.moment() + " | " + (committed ? "yes (200)" : "no") + " | "
					+ (same ? "exactly as before" : "changed (" + after.size() + " lines)") + " | " + restartMillis
					+ " |");
			if (!committed) {
				assertThat(after).as("after kill -9 at " + kill.moment()).isEqualTo(before);
			}
			else {
				// it had committed: the next round starts from there (checked against the
				// whole import below)
				before = after;
			}
		}

		// A whole import, readers polling the organization count throughout
		Set<Integer> seen = ConcurrentHashMap.newKeySet();
		AtomicInteger reads = new AtomicInteger();
		AtomicInteger failedReads = new AtomicInteger();
		AtomicBoolean importing = new AtomicBoolean(true);
		List<Thread> readers = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Thread reader = new Thread(() -> {
				while (importing.get()) {
					try {
						seen.add(totalOrganizations());
						reads.incrementAndGet();
					}
					catch (Exception ex) {
						failedReads.incrementAndGet();
					}
				}
			});
			reader.start();
			readers.add(reader);
		}
		long importStarted = System.nanoTime();
		HttpResponse<String> whole = post(city);
		long importMillis = millis(importStarted);
		importing.set(false);
		for (Thread reader : readers) {
			reader.join(60_000);
		}
		assertThat(whole.statusCode()).isEqualTo(200);
		int organizationsAfter = totalOrganizations();
		assertThat(seen).as("organization counts read during the import")
			.isSubsetOf(organizationsBefore, organizationsAfter);
		assertThat(failedReads.get()).isZero();
		assertThat(reads.get()).isPositive();
		if (committedBeforeKill.contains(true)) {
			assertThat(contents()).isEqualTo(before);
		}
		report.add("");
		report.add("- the whole import took " + importMillis + " ms; " + reads.get()
				+ " reads by 3 readers during it saw " + "only the counts " + seen + " (before: " + organizationsBefore
				+ ", after: " + organizationsAfter + "), " + failedReads.get() + " failed");
	}

	private static void start() {
		service = ServiceProcess.start("crash-service", DIR,
				List.of("liangxin.demo=false", "liangxin.store.bolt-address=127.0.0.1:" + boltPort,
						"liangxin.store.bolt-password=" + BOLT_PASSWORD,
						// a killed holder's lease runs out soon, and the next import
						// waits for that
						"liangxin.import.lock-lease=6s", "liangxin.import.lock-wait=30s"),
				"Started Application in");
		service.awaitStarted();
	}

	private static HttpResponse<String> post(byte[] zip) {
		try {
			return service.importZip(zip);
		}
		catch (Exception ex) {
			return null; // the service was killed under it
		}
	}

	private static void awaitLogLine(Predicate<String> line, CompletableFuture<?> answer) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (System.nanoTime() < deadline && !answer.isDone()) {
			if (Files.readAllLines(service.process().log()).stream().anyMatch(line)) {
				return;
			}
			Thread.sleep(50);
		}
	}

	private static List<String> contents() {
		try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort,
				AuthTokens.basic("neo4j", BOLT_PASSWORD)); var session = driver.session()) {
			return StoreContents.of(session);
		}
	}

	private static int totalOrganizations() throws Exception {
		return service.graphql("{ organizations { totalCount } }").at("/data/organizations/totalCount").asInt();
	}

	private static long millis(long since) {
		return (System.nanoTime() - since) / 1_000_000;
	}

	record Kill(String moment, Predicate<String> line, long delayMillis) {
	}

	/**
	 * True from the n-th line containing a text on, counted over the whole log each time
	 * it is read.
	 */
	static final class NthLine implements Predicate<String> {

		private final String text;

		private final int n;

		private final Map<String, Boolean> counted = new ConcurrentHashMap<>();

		NthLine(String text, int n) {
			this.text = text;
			this.n = n;
		}

		@Override
		public boolean test(String line) {
			if (line.contains(this.text)) {
				this.counted.put(line, true);
			}
			return this.counted.size() >= this.n;
		}

	}

}
