package cn.liangxin.graph.support;

import java.net.URI;
import java.net.http.HttpRequest;

/**
 * HTTP requests of the integration tests to the running service: every test that calls a REST
 * endpoint builds its request here, so the way a test user authenticates is written once.
 */
public final class Api {

	private Api() {
	}

	/** A request to {@code pathAndQuery} (e.g. {@code /api/ledger?asOf=2026-06-30}) on the test server. */
	public static HttpRequest.Builder request(int port, String pathAndQuery) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
	}
}
