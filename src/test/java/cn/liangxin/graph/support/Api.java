package cn.liangxin.graph.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP requests of the integration tests to the running service: every test that calls a
 * REST endpoint builds its request here, so the way a test user authenticates is written
 * once.
 */
public final class Api {

	private Api() {
	}

	/**
	 * A request to {@code pathAndQuery} (e.g. {@code /api/ledger?asOf=2026-06-30}) on the
	 * test server, as the first ADMIN with HTTP Basic.
	 */
	public static HttpRequest.Builder request(int port, String pathAndQuery) {
		return request(port, pathAndQuery, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
	}

	/** The same as the given user. */
	public static HttpRequest.Builder request(int port, String pathAndQuery, String username, String password) {
		return anonymous(port, pathAndQuery).header("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	/** The same without credentials. */
	public static HttpRequest.Builder anonymous(int port, String pathAndQuery) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
	}

}
