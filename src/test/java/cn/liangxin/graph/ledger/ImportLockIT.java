package cn.liangxin.graph.ledger;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.ObjectMapper;

import cn.liangxin.graph.store.ImportLock;
import cn.liangxin.graph.support.Api;
import cn.liangxin.graph.support.Bundles;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.TestStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store-wide import lock: a second import waits a bounded time and is answered 409
 * while another holds the lock (here held through the store, exactly as another instance
 * would hold it), a crashed holder's lease expires, a lost lease fails the commit, and
 * two imports at once are serialised and each all or nothing.
 */
@GraphIntegrationTest
class ImportLockIT {

	static final Map<String, byte[]> EXAMPLE = TestStore.bundle("ledger/example-district");

	@Autowired
	TestStore store;

	@Autowired
	ImportLock lock;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

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
	void anImportWhileAnotherInstanceHoldsTheLockIsAnswered409InChineseOrEnglishAndChangesNothing() throws Exception {
		this.store.exampleDistrict();
		var before = this.store.fingerprint();
		holdAsAnotherInstance("PT1M");

		var chinese = post(Bundles.zip(Bundles.renamed(EXAMPLE, "（甲）")), null);
		assertThat(chinese.statusCode()).isEqualTo(409);
		assertThat(chinese.headers().firstValue("Retry-After")).isPresent();
		String message = new ObjectMapper().readTree(chinese.body()).get("errors").get(0).get("message").asString();
		assertThat(message).contains("另一份台账正在导入", "other-host/4242", "本次未导入任何数据");
		assertThat(message).contains("5 秒"); // the bounded wait
												// (liangxin.import.lock-wait=5s in the
												// tests)

		var english = post(Bundles.zip(Bundles.renamed(EXAMPLE, "（甲）")), "en");
		assertThat(english.statusCode()).isEqualTo(409);
		assertThat(english.body()).contains("another ledger import is running", "other-host/4242",
				"nothing was imported");
		assertThat(this.store.fingerprint()).isEqualTo(before);
		assertThat(organizationNames()).noneMatch(name -> name.endsWith("（甲）"));

		freeTheLock();
		assertThat(post(Bundles.zip(Bundles.renamed(EXAMPLE, "（甲）")), null).statusCode()).isEqualTo(200);
		assertThat(organizationNames()).allMatch(name -> name.endsWith("（甲）"));
	}

	@Test
	void theLeaseOfAnInstanceThatDiedMidImportExpiresAndTheNextImportProceeds() throws Exception {
		this.store.exampleDistrict();
		holdAsAnotherInstance("-PT1S");
		assertThat(post(Bundles.zip(EXAMPLE), null).statusCode()).isEqualTo(200);
		try (var session = this.store.session()) {
			// released after the import: held by nobody
			assertThat(
					session.run("MATCH (l:ImportLock {id: 'import'}) RETURN l.holder AS h").single().get("h").isNull())
				.isTrue();
		}
	}

	@Test
	void anImportWhoseLeaseWasTakenOverCannotCommit() {
		try (ImportLock.Lease lease = this.lock.take(); var session = this.store.session()) {
			holdAsAnotherInstance("PT1M");
			try (var tx = session.beginTransaction()) {
				tx.run("CREATE (:Area {code: 'LOST-LEASE', name: 'x', level: 'STREET'})").consume();
				assertThatThrownBy(() -> lease.fence(tx)).isInstanceOf(ImportLock.LostException.class);
			}
			assertThat(
					session.run("MATCH (a:Area {code: 'LOST-LEASE'}) RETURN count(a) AS n").single().get("n").asLong())
				.isZero();
		}
	}

	@Test
	void twoImportsAtOnceAreSerialisedOrOneIsRefusedAndEachIsAllOrNothing() throws Exception {
		this.store.clear();
		assertThat(post(Bundles.zip(EXAMPLE), null).statusCode()).isEqualTo(200);
		// the latest state: the winner's changes are kept as history, which is not
		// compared
		var before = this.store.latestFingerprint();
		var pool = Executors.newFixedThreadPool(2);
		try {
			byte[] first = Bundles.zip(Bundles.renamed(EXAMPLE, "（甲）"));
			byte[] second = Bundles.zip(Bundles.renamed(EXAMPLE, "（乙）"));
			List<Future<HttpResponse<String>>> answers = pool.invokeAll(
					List.<Callable<HttpResponse<String>>>of(() -> post(first, null), () -> post(second, null)), 5,
					TimeUnit.MINUTES);
			List<Integer> statuses = List.of(answers.get(0).get().statusCode(), answers.get(1).get().statusCode());
			assertThat(statuses).containsAnyOf(200).allMatch(s -> s == 200 || s == 409);
			List<String> names = organizationNames();
			// never a mix of the two bundles: one of them is stored whole
			assertThat(names.stream().map(n -> n.substring(n.length() - 3)).distinct()).hasSize(1);
			if (statuses.contains(409)) {
				String winner = statuses.get(0) == 200 ? "（甲）" : "（乙）";
				assertThat(names).allMatch(n -> n.endsWith(winner));
			}
			assertThat(this.store.latestFingerprint()).isEqualTo(before);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void holdAsAnotherInstance(String untilFromNow) {
		try (var session = this.store.session()) {
			session.run("""
					MERGE (l:ImportLock {id: 'import'})
					SET l.holder = 'someone-else', l.instance = 'other-host/4242', l.since = datetime(),
					    l.expiresAt = datetime() + duration($until)
					""", Map.of("until", untilFromNow)).consume();
		}
	}

	private List<String> organizationNames() {
		try (var session = this.store.session()) {
			return session.run("MATCH (o:Organization) RETURN o.name AS name").list(r -> r.get("name").asString());
		}
	}

	private HttpResponse<String> post(byte[] zip, String language) throws Exception {
		HttpRequest.Builder request = Api.request(this.port, "/api/ledger")
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
