package cn.liangxin.graph.load;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.liangxin.graph.support.Api;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.TestStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulkhead over HTTP (issue 16.3): with every turn for heavy work taken and the queue
 * full, further analytics are refused at once (GraphQL UNAVAILABLE with Retry-After, a
 * report 503 with Retry-After), while health and a lookup answer; once turns are free,
 * analytics answer again.
 */
@GraphIntegrationTest
class BulkheadIT {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String COVERAGE = "{\"query\":\"{ coverage { total } }\"}";

	@Autowired
	TestStore store;

	@Autowired
	HeavyWork heavy;

	@Autowired
	HeavyWorkProperties properties;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void beyondTheTurnsAndTheQueueHeavyWorkIsRefusedWhileLookupsAndHealthAnswer() throws Exception {
		this.store.exampleDistrict();
		// the test takes every turn itself: as if that many analytics were running
		int taken = 0;
		while (this.heavy.free() > 0) {
			this.heavy.enter();
			taken++;
		}
		assertThat(taken).isEqualTo(this.properties.concurrency());
		List<CompletableFuture<HttpResponse<String>>> queued = new ArrayList<>();
		try {
			for (int i = 0; i < this.properties.queue(); i++) {
				queued.add(this.http.sendAsync(graphql(COVERAGE), HttpResponse.BodyHandlers.ofString()));
			}
			for (int i = 0; i < 600 && this.heavy.waiting() < this.properties.queue(); i++) {
				Thread.sleep(50);
			}
			assertThat(this.heavy.waiting()).isEqualTo(this.properties.queue());

			for (int i = 0; i < 3; i++) {
				var refused = this.http.send(graphql(COVERAGE), HttpResponse.BodyHandlers.ofString());
				assertThat(refused.statusCode()).isEqualTo(200);
				assertThat(refused.headers().firstValue("Retry-After")).contains("5");
				JsonNode error = JSON.readTree(refused.body()).get("errors").get(0);
				assertThat(error.get("extensions").get("classification").asString()).isEqualTo("UNAVAILABLE");
				assertThat(error.get("extensions").get("retryAfterSeconds").asInt()).isEqualTo(5);
				assertThat(error.get("message").asString()).contains("服务繁忙");
			}
			var report = this.http.send(Api.request(this.port, "/api/reports/coverage.csv").build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(report.statusCode()).isEqualTo(503);
			assertThat(report.headers().firstValue("Retry-After")).contains("5");
			assertThat(JSON.readTree(report.body()).get("errors").get(0).get("message").asString())
				.contains("retry after 5 s");

			// cheap work never passes the bulkhead
			var health = this.http.send(Api.anonymous(this.port, "/actuator/health").build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).isEqualTo(200);
			var lookup = this.http.send(
					graphql("{\"query\":\"{ organization(id: \\\"91310011000000X5\\\") { name } }\"}"),
					HttpResponse.BodyHandlers.ofString());
			assertThat(JSON.readTree(lookup.body()).get("data").get("organization").get("name").asString())
				.isEqualTo("上海华东家政服务有限公司");
		}
		finally {
			for (int i = 0; i < taken; i++) {
				this.heavy.leave();
			}
		}
		// the queued ones got a turn (or, on a very slow machine, waited out the queue):
		// never a failure
		for (var response : queued) {
			JsonNode body = JSON.readTree(response.get(60, TimeUnit.SECONDS).body());
			if (body.has("errors")) {
				assertThat(body.get("errors").get(0).get("extensions").get("classification").asString())
					.isEqualTo("UNAVAILABLE");
			}
			else {
				assertThat(body.get("data").get("coverage").get("total").asInt()).isPositive();
			}
		}
		var again = JSON.readTree(this.http.send(graphql(COVERAGE), HttpResponse.BodyHandlers.ofString()).body());
		assertThat(again.has("errors")).isFalse();
		assertThat(again.get("data").get("coverage").get("total").asInt()).isPositive();
		var report = this.http.send(Api.request(this.port, "/api/reports/coverage.csv").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(report.statusCode()).isEqualTo(200);
		// every turn comes back (the report's after its response is sent)
		for (int i = 0; i < 200 && this.heavy.free() < this.properties.concurrency(); i++) {
			Thread.sleep(50);
		}
		assertThat(this.heavy.free()).isEqualTo(this.properties.concurrency());
	}

	private HttpRequest graphql(String body) {
		return Api.request(this.port, "/graphql")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

}
