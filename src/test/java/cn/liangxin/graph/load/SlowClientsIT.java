package cn.liangxin.graph.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.liangxin.graph.support.Api;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.TestStore;
import cn.liangxin.graph.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slow clients (issue 17.4), bounded: 60 connections trickle an upload body a few bytes
 * at a time; meanwhile health and a lookup keep answering, and each slow upload is cut by
 * the server (408, connection closed) long before its announced body could have arrived.
 * Beyond {@code liangxin.http.max-bodies} uploads at once, one more is refused at once
 * (503) and a lookup still answers.
 */
@GraphIntegrationTest
class SlowClientsIT {

	static final int CLIENTS = 60;

	static final int MAX_BODIES = 100;

	@Autowired
	TestStore store;

	@LocalServerPort
	int port;

	@Test
	void tricklingUploadsAreCutWhileHealthAndALookupAnswer() throws Exception {
		this.store.exampleDistrict();
		var http = HttpClient.newHttpClient();
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		List<Future<String>> slow = new ArrayList<>();
		try {
			for (int i = 0; i < CLIENTS; i++) {
				slow.add(pool.submit(this::trickle));
			}
			// while they trickle: health and a lookup, again and again
			int answered = 0;
			for (int i = 0; i < 20; i++) {
				var health = http.send(Api.anonymous(this.port, "/actuator/health").build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(health.statusCode()).isEqualTo(200);
				var lookup = http.send(Api.request(this.port, "/graphql")
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers
						.ofString("{\"query\":\"{ organization(id: \\\"91310011000000X5\\\") { name } }\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(new ObjectMapper().readTree(lookup.body())
					.get("data")
					.get("organization")
					.get("name")
					.asString()).isEqualTo("上海华东家政服务有限公司");
				answered++;
				Thread.sleep(500);
			}
			assertThat(answered).isEqualTo(20);
			for (Future<String> client : slow) {
				String outcome = client.get(120, TimeUnit.SECONDS);
				// the server ended it: a 408 saying why, or the connection closed under
				// the client
				assertThat(outcome).satisfiesAnyOf(o -> assertThat(o).startsWith("HTTP/1.1 408").contains("KB/s"),
						o -> assertThat(o).isEqualTo("closed"));
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void uploadsBeyondMaxBodiesAreRefusedAtOnceWhileALookupAnswers() throws Exception {
		this.store.exampleDistrict();
		var http = HttpClient.newHttpClient();
		// liangxin.http.max-bodies (100) trickling uploads take every turn
		ExecutorService pool = Executors.newFixedThreadPool(MAX_BODIES);
		try {
			for (int i = 0; i < MAX_BODIES; i++) {
				pool.submit(this::trickle);
			}
			Thread.sleep(2_000);
			// one more upload: refused before its body is read, for as long as they
			// trickle (they are cut after the 10 s grace); bounded, not timed
			String refused = "";
			for (int i = 0; i < 30 && !refused.startsWith("HTTP/1.1 503"); i++) {
				refused = announce();
				Thread.sleep(200);
			}
			assertThat(refused).startsWith("HTTP/1.1 503").contains("Retry-After", "liangxin.http.max-bodies");
			// a lookup's small body takes no turn
			var lookup = http.send(Api.request(this.port, "/graphql")
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"query\":\"{ organization(id: \\\"91310011000000X5\\\") { name } }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(
					new ObjectMapper().readTree(lookup.body()).get("data").get("organization").get("name").asString())
				.isEqualTo("上海华东家政服务有限公司");
		}
		finally {
			pool.shutdownNow();
		}
		// the tricklers' turns come back once their connections close: later tests upload
		for (int i = 0; i < 50 && announce().startsWith("HTTP/1.1 503"); i++) {
			Thread.sleep(200);
		}
	}

	// Announces a 10 MB upload and reads the answer given before any of its body is sent.
	private String announce() throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(5_000);
			socket.getOutputStream()
				.write(("POST /api/ledger HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + Base64.getEncoder()
					.encodeToString((TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8))
						+ "\r\nContent-Type: application/zip\r\nContent-Length: 10000000\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			var answer = new StringBuilder();
			byte[] buffer = new byte[4096];
			while (!answer.toString().contains("}]}")) {
				int n;
				try {
					n = socket.getInputStream().read(buffer);
				}
				catch (SocketTimeoutException ex) {
					break; // given a turn: it waits for its body
				}
				if (n < 0) {
					break;
				}
				answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
			}
			return answer.toString();
		}
	}

	// Announces a 10 MB body and sends 20 bytes every 250 ms (80 bytes/s) for at most 40
	// s.
	private String trickle() throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(100);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			out.write(
					("POST /api/ledger HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
							+ Base64.getEncoder()
								.encodeToString((TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD)
									.getBytes(StandardCharsets.UTF_8))
							+ "\r\nContent-Type: application/zip\r\nContent-Length: 10000000\r\n\r\nPK\u0003\u0004")
						.getBytes(StandardCharsets.ISO_8859_1));
			var answer = new StringBuilder();
			byte[] buffer = new byte[4096];
			for (int round = 0; round < 160; round++) {
				try {
					out.write(new byte[20]);
					out.flush();
				}
				catch (IOException ex) {
					return answer.isEmpty() ? "closed" : answer.toString();
				}
				try {
					int n = in.read(buffer);
					if (n < 0) {
						return answer.isEmpty() ? "closed" : answer.toString();
					}
					answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
					if (answer.indexOf("\r\n\r\n") >= 0 && answer.toString().contains("}]}")) {
						return answer.toString();
					}
				}
				catch (SocketTimeoutException ex) {
					// nothing yet: keep trickling
				}
				try {
					Thread.sleep(150);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return "interrupted";
				}
			}
			return "still open after 40 s";
		}
	}

}
