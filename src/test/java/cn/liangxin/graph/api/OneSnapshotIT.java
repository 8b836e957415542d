package cn.liangxin.graph.api;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.liangxin.graph.support.Api;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.TestStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One committed state per answer (issue 17.5): while imports commit one after another,
 * each adding an active organization, every response's {@code organizations.totalCount}
 * and {@code coverage.total} come from the same state, i.e. their difference never
 * changes.
 */
@GraphIntegrationTest
class OneSnapshotIT {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String QUERY = "{\"query\":\"{ organizations { totalCount } coverage { total } }\"}";

	@Autowired
	TestStore store;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@AfterAll
	static void markChanged(@Autowired TestStore store) {
		store.changed();
	}

	@Test
	void noResponseMixesTheStatesBeforeAndAfterACommit() throws Exception {
		this.store.exampleDistrict();
		this.store.changed();
		long[] first = read();
		long difference = first[0] - first[1];
		var seen = new ConcurrentLinkedQueue<long[]>();
		var importing = new AtomicBoolean(true);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Future<?>> readers = new ArrayList<>();
			for (int r = 0; r < 2; r++) {
				readers.add(pool.submit(() -> {
					while (importing.get()) {
						seen.add(read());
					}
					return null;
				}));
			}
			int imports = 12;
			for (int i = 0; i < imports; i++) {
				String orgs = "id,name,kind,area_code,status\nSNAP-" + i + ",快照测试单位" + i
						+ ",ENTERPRISE,310121003003,ACTIVE\n";
				var response = this.http.send(Api.request(this.port, "/api/ledger")
					.header("Content-Type", "application/zip")
					.POST(HttpRequest.BodyPublishers.ofByteArray(zip(orgs)))
					.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			}
			importing.set(false);
			for (Future<?> reader : readers) {
				reader.get(120, TimeUnit.SECONDS);
			}
			long[] last = read();
			assertThat(last[0]).isEqualTo(first[0] + imports);
			assertThat(last[1]).isEqualTo(first[1] + imports);
		}
		finally {
			importing.set(false);
			pool.shutdownNow();
		}
		Set<Long> totals = new TreeSet<>();
		for (long[] answer : seen) {
			assertThat(answer[0] - answer[1]).as("totalCount %d, coverage.total %d", answer[0], answer[1])
				.isEqualTo(difference);
			totals.add(answer[0]);
		}
		// the reads really ran across the commits
		assertThat(totals).hasSizeGreaterThan(2);
	}

	private static byte[] zip(String organizations) throws java.io.IOException {
		var bytes = new java.io.ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("organizations.csv"));
			zip.write(organizations.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	private long[] read() throws Exception {
		var response = this.http.send(Api.request(this.port, "/graphql")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(QUERY))
			.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode data = JSON.readTree(response.body()).get("data");
		assertThat(data).as(response.body()).isNotNull();
		return new long[] { data.get("organizations").get("totalCount").asLong(),
				data.get("coverage").get("total").asLong() };
	}

}
