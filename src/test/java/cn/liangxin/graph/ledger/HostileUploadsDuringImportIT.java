package cn.liangxin.graph.ledger;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import cn.liangxin.graph.support.Api;
import cn.liangxin.graph.support.Bundles;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.HostileUploads;
import cn.liangxin.graph.support.HostileUploads.Answer;
import cn.liangxin.graph.support.HostileUploads.Hostile;
import cn.liangxin.graph.support.TestStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's "done when": every hostile upload at once, beside one legitimate import.
 * Each hostile one gets its own 4xx naming its limit (never the 409 of a running import:
 * a bundle refused for what it holds does not wait for, nor hold, the store-wide import
 * lock), the legitimate import is stored whole, and health answers UP at every poll.
 */
@GraphIntegrationTest
class HostileUploadsDuringImportIT {

	static final ObjectMapper JSON = new ObjectMapper();

	static final Map<String, byte[]> EXAMPLE = TestStore.bundle("ledger/example-district");

	static final String MARK = "（风暴）";

	@Autowired
	TestStore store;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void example() {
		this.store.exampleDistrict();
	}

	@AfterEach
	void freeTheLock() {
		try (var session = this.store.session()) {
			session
				.run("MATCH (l:ImportLock) SET l.holder = null, l.instance = null, l.since = null, l.expiresAt = null")
				.consume();
		}
	}

	@AfterAll
	static void markChanged(@Autowired TestStore store) {
		store.changed();
	}

	@Test
	void whileAnotherImportHoldsTheLockEachHostileUploadIsStillRefusedByItsOwnLimit() throws Exception {
		var before = this.store.fingerprint();
		// held through the store, as another instance's running import holds it; an
		// upload that
		// waited for it would wait out liangxin.import.lock-wait (5 s) and answer 409
		try (var session = this.store.session()) {
			session.run("""
					MERGE (l:ImportLock {id: 'import'})
					SET l.holder = 'someone-else', l.instance = 'other-host/4242', l.since = datetime(),
					    l.expiresAt = datetime() + duration('PT5M')
					""").consume();
		}
		for (Hostile hostile : HostileUploads.all()) {
			Answer answer = hostile.send(this.port);
			assertThat(answer.status()).as(hostile.name() + ": " + answer.body()).isEqualTo(hostile.status());
			assertThat(answer.body()).as(hostile.name()).contains(hostile.limit()).doesNotContain("other-host");
		}
		assertThat(this.store.fingerprint()).isEqualTo(before);
	}

	@Test
	void hostileUploadsAtOnceBesideALegitimateImportAreRefusedWhileItIsStoredAndHealthAnswers() throws Exception {
		List<Hostile> hostiles = HostileUploads.all();
		byte[] legitimate = Bundles.zip(Bundles.renamed(EXAMPLE, MARK));
		AtomicBoolean storm = new AtomicBoolean(true);
		List<String> health = new CopyOnWriteArrayList<>();
		Thread poller = new Thread(() -> {
			while (storm.get()) {
				try {
					var answer = this.http.send(Api.anonymous(this.port, "/actuator/health").build(),
							HttpResponse.BodyHandlers.ofString());
					health.add(answer.statusCode() + " " + answer.body());
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					return;
				}
				catch (Exception ex) {
					health.add("failed: " + ex);
				}
			}
		});
		poller.start();
		ExecutorService pool = Executors.newFixedThreadPool(hostiles.size() + 1);
		try {
			Future<Answer> imported = pool.submit(() -> HostileUploads.postZip(this.port, legitimate));
			List<Future<Answer>> refused = new ArrayList<>();
			for (Hostile hostile : hostiles) {
				refused.add(pool.submit(() -> hostile.send(this.port)));
			}
			for (int i = 0; i < hostiles.size(); i++) {
				Hostile hostile = hostiles.get(i);
				Answer answer = refused.get(i).get(5, TimeUnit.MINUTES);
				assertThat(answer.status()).as(hostile.name() + ": " + answer.body()).isEqualTo(hostile.status());
				assertThat(answer.body()).as(hostile.name()).contains(hostile.limit());
			}
			Answer answer = imported.get(5, TimeUnit.MINUTES);
			assertThat(answer.status()).as(answer.body()).isEqualTo(200);
			JsonNode files = JSON.readTree(answer.body()).get("files");
			assertThat(files.get("organizations.csv").asInt()).isEqualTo(rows("organizations.csv"));
			assertThat(files.get("members.csv").asInt()).isEqualTo(rows("members.csv"));
			assertThat(files.get("party_orgs.csv").asInt()).isEqualTo(rows("party_orgs.csv"));
		}
		finally {
			pool.shutdownNow();
			storm.set(false);
			poller.join(30_000);
		}
		// every organization of the legitimate bundle is stored under its new name
		try (var session = this.store.session()) {
			long renamed = session
				.run("MATCH (o:Organization) WHERE o.name ENDS WITH $mark RETURN count(o) AS n", Map.of("mark", MARK))
				.single()
				.get("n")
				.asLong();
			assertThat(renamed).isEqualTo(rows("organizations.csv"));
		}
		assertThat(health).isNotEmpty().allMatch(h -> h.startsWith("200 ") && h.contains("\"status\":\"UP\""));
	}

	private static int rows(String file) {
		return (int) TestStore.text(EXAMPLE, file).lines().skip(1).filter(line -> !line.isBlank()).count();
	}

}
