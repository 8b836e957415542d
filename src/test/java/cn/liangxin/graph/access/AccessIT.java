package cn.liangxin.graph.access;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import cn.liangxin.graph.support.Expected;
import cn.liangxin.graph.support.Api;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.TestStore;
import cn.liangxin.graph.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's door over real HTTP: 401 without credentials, Basic for scripts, the
 * login page and CSRF for the explorer, a VIEWER's and an IMPORTER's rights within their
 * street, the audit of imports and exports, locked usernames, and the GraphQL limits.
 */
@GraphIntegrationTest
class AccessIT {

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestStore store;

	@Autowired
	TestUsers users;

	@Autowired
	PasswordCheck passwords;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void load() {
		this.store.exampleDistrict();
		this.users.streetUsers();
	}

	@AfterAll
	static void changed(@Autowired TestStore store) {
		store.changed();
	}

	@Test
	void withoutCredentialsTheApiAnswers401AndPagesGoToTheLogin() throws Exception {
		var graphql = send(Api.anonymous(this.port, "/graphql")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ organizations { totalCount } }\"}")));
		assertThat(graphql.statusCode()).isEqualTo(401);
		assertThat(graphql.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
		assertThat(JSON.readTree(graphql.body()).get("errors").get(0).get("message").asString()).contains("登录");
		var ledger = send(Api.anonymous(this.port, "/api/ledger")
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] { 1 })));
		assertThat(ledger.statusCode()).isEqualTo(401);
		assertThat(send(Api.anonymous(this.port, "/api/maps/echarts?areaCode=" + TestUsers.STREET).GET()).statusCode())
			.isEqualTo(401);
		var page = send(Api.anonymous(this.port, "/").header("Accept", "text/html").GET());
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		var graphiql = send(Api.anonymous(this.port, "/graphiql").header("Accept", "text/html").GET());
		assertThat(graphiql.statusCode()).isEqualTo(302);
		assertThat(send(Api.anonymous(this.port, "/actuator/info").GET()).statusCode()).isEqualTo(401);
		var wrong = send(Api.request(this.port, "/graphql", TestUsers.STREET_VIEWER, "not-the-password")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { username } }\"}")));
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.body()).doesNotContain("Exception").doesNotContain("/work");
	}

	@Test
	void aViewerReadsItsStreetOnlyAndMayNotImport() throws Exception {
		JsonNode answer = graphql(TestUsers.STREET_VIEWER, "{ organizations { totalCount } coverage { total } }");
		int streetTotal = Expected.DISTRICT.get("coverage").get("area:" + TestUsers.STREET).get("total").asInt();
		assertThat(answer.get("data").get("organizations").get("totalCount").asInt()).isEqualTo(streetTotal);
		assertThat(answer.get("data").get("coverage").get("total").asInt()).isEqualTo(streetTotal);
		JsonNode error = graphql(TestUsers.STREET_VIEWER, "{ coverage(scope: {areaCode: \"310121002000\"}) { total } }")
			.get("errors")
			.get(0);
		assertThat(error.get("extensions").get("classification").asString()).isEqualTo("FORBIDDEN");
		assertThat(error.get("message").asString()).contains("310121002000");
		var before = this.store.fingerprint();
		var post = send(Api.request(this.port, "/api/ledger", TestUsers.STREET_VIEWER, TestUsers.PASSWORD)
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip(Map.of("parks.csv", "id,name,area_code\n")))));
		assertThat(post.statusCode()).isEqualTo(403);
		assertThat(this.store.fingerprint()).isEqualTo(before);
		assertThat(send(Api
			.request(this.port, "/api/maps/echarts?areaCode=310121002000", TestUsers.STREET_VIEWER, TestUsers.PASSWORD)
			.GET()).statusCode()).isEqualTo(403);
		assertThat(send(Api
			.request(this.port, "/api/maps/echarts?areaCode=" + TestUsers.STREET, TestUsers.STREET_VIEWER,
					TestUsers.PASSWORD)
			.GET()).statusCode()).isEqualTo(200);
	}

	@Test
	void anImporterImportsInsideItsStreetAndIsRefusedOutsideItWithEveryRowNamed() throws Exception {
		var before = this.store.fingerprint();
		String header = "id,name,kind,industry_code,employees,above_scale,area_code,park_id,building_id,lat,lon,crs,status,verified_on\n";
		String outside = header
				+ "T-IN-1,街道内科技有限公司,ENTERPRISE,I6513,12,false,310121001002,,,31.2,121.5,WGS84,ACTIVE,2026-09-01\n"
				+ "T-OUT-1,别街科技有限公司,ENTERPRISE,I6513,12,false,310121002001,,,31.2,121.5,WGS84,ACTIVE,2026-09-01\n"
				+ "T-OUT-2,园区科技有限公司,ENTERPRISE,I6513,12,false,310121001002,P11-2,,31.2,121.5,WGS84,ACTIVE,2026-09-01\n";
		var refused = send(Api.request(this.port, "/api/ledger", TestUsers.STREET_IMPORTER, TestUsers.PASSWORD)
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip(Map.of("organizations.csv", outside)))));
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
		JsonNode errors = JSON.readTree(refused.body()).get("errors");
		assertThat(errors).hasSize(2);
		assertThat(errors.get(0).get("file").asString()).isEqualTo("organizations.csv");
		assertThat(errors.get(0).get("line").asInt()).isEqualTo(3);
		assertThat(errors.get(0).get("column").asString()).isEqualTo("area_code");
		assertThat(errors.get(1).get("line").asInt()).isEqualTo(4);
		assertThat(errors.get(1).get("column").asString()).isEqualTo("park_id");
		assertThat(this.store.fingerprint()).isEqualTo(before);

		String inside = header
				+ "T-IN-1,街道内科技有限公司,ENTERPRISE,I6513,12,false,310121001002,,,31.2,121.5,WGS84,ACTIVE,2026-09-01\n";
		var accepted = send(Api.request(this.port, "/api/ledger", TestUsers.STREET_IMPORTER, TestUsers.PASSWORD)
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip(Map.of("organizations.csv", inside)))));
		this.store.changed();
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
		assertThat(this.store.fingerprint().get("Organization")).isEqualTo(before.get("Organization") + 1);

		// taking over another street's organization by moving it into one's own street is
		// refused too
		String takeOver = header
				+ "91310011000003X4,改名,ENTERPRISE,I6513,12,false,310121001002,,,31.2,121.5,WGS84,ACTIVE,2026-09-01\n";
		var taken = send(Api.request(this.port, "/api/ledger", TestUsers.STREET_IMPORTER, TestUsers.PASSWORD)
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip(Map.of("organizations.csv", takeOver)))));
		assertThat(taken.statusCode()).isEqualTo(403);
		assertThat(JSON.readTree(taken.body()).get("errors").get(0).get("column").asString()).isEqualTo("id");

		// nor may it redraw another street's boundary
		String boundary = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
				+ "{\"code\":\"310121002000\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
				+ "[[[121.40,31.20],[121.50,31.20],[121.50,31.30],[121.40,31.20]]]}}]}";
		var redrawn = send(Api.request(this.port, "/api/ledger", TestUsers.STREET_IMPORTER, TestUsers.PASSWORD)
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers
				.ofByteArray(zip(Map.of("organizations.csv", inside, "areas.geojson", boundary)))));
		assertThat(redrawn.statusCode()).as(redrawn.body()).isEqualTo(403);
		JsonNode boundaryError = JSON.readTree(redrawn.body()).get("errors").get(0);
		assertThat(boundaryError.get("file").asString()).isEqualTo("areas.geojson");
		assertThat(boundaryError.get("message").asString()).contains("310121002000");

		JsonNode audit = graphql(TestUsers.ADMIN,
				"""
						{ auditEvents(first: 10, actions: [IMPORT]) { totalCount nodes { username action outcome scope detail at } } }""")
			.get("data")
			.get("auditEvents")
			.get("nodes");
		List<String> outcomes = new java.util.ArrayList<>();
		audit.forEach(e -> {
			if (e.get("username").asString().equals(TestUsers.STREET_IMPORTER)) {
				outcomes.add(e.get("outcome").asString());
				assertThat(e.get("scope").asString()).isEqualTo(TestUsers.STREET);
			}
		});
		// newest first: the take-over, the accepted import, the refused one
		assertThat(outcomes).containsSubsequence("REFUSED", "OK", "REFUSED");
	}

	@Test
	void repeatedFailedLoginsLockTheUsernameForAWhileAndAreAudited() throws Exception {
		this.users.streetUsers();
		String locked = "lock-me";
		if (graphql(TestUsers.ADMIN, "{ users { username } }").toString().indexOf("\"" + locked + "\"") < 0) {
			graphql(TestUsers.ADMIN,
					"mutation { createUser(input: {username: \"" + locked
							+ "\", password: \"right-password\", role: VIEWER, areaCode: \"" + TestUsers.STREET
							+ "\"}) { username } }");
		}
		for (int i = 0; i < 5; i++) {
			assertThat(me(locked, "wrong-password").statusCode()).isEqualTo(401);
		}
		assertThat(me(locked, "right-password").statusCode()).as("locked even with the right password").isEqualTo(401);
		JsonNode events = graphql(TestUsers.ADMIN,
				"{ auditEvents(first: 50, actions: [LOGIN_FAILED, LOGIN_LOCKED]) { nodes { username action } } }")
			.get("data")
			.get("auditEvents")
			.get("nodes");
		long failures = 0;
		boolean lockRecorded = false;
		for (JsonNode e : events) {
			if (e.get("username").asString().equals(locked)) {
				failures += e.get("action").asString().equals("LOGIN_FAILED") ? 1 : 0;
				lockRecorded |= e.get("action").asString().equals("LOGIN_LOCKED");
			}
		}
		assertThat(failures).isEqualTo(5);
		assertThat(lockRecorded).isTrue();
		// an ADMIN re-enabling the user with a new password lifts the lock
		graphql(TestUsers.ADMIN, "mutation { updateUser(input: {username: \"" + locked
				+ "\", password: \"another-password\", enabled: true}) { username } }");
		assertThat(me(locked, "another-password").statusCode()).isEqualTo(200);
	}

	@Test
	void basicCredentialsAreHashedOnceYetAChangedPasswordOrADisabledAccountTakesEffectAtOnce() throws Exception {
		String user = "basic-script";
		if (graphql(TestUsers.ADMIN, "{ users { username } }").toString().indexOf("\"" + user + "\"") < 0) {
			graphql(TestUsers.ADMIN,
					"mutation { createUser(input: {username: \"" + user
							+ "\", password: \"first-password\", role: VIEWER, areaCode: \"" + TestUsers.STREET
							+ "\"}) { username } }");
		}
		graphql(TestUsers.ADMIN, "mutation { updateUser(input: {username: \"" + user
				+ "\", password: \"first-password\", enabled: true}) { username } }");
		int before = this.passwords.remembered();
		assertThat(me(user, "first-password").statusCode()).isEqualTo(200);
		assertThat(this.passwords.remembered()).as("the verified credentials are remembered").isEqualTo(before + 1);
		assertThat(me(user, "first-password").statusCode()).isEqualTo(200);
		assertThat(me(user, "not-the-password").statusCode()).isEqualTo(401);
		graphql(TestUsers.ADMIN, "mutation { updateUser(input: {username: \"" + user
				+ "\", password: \"second-password\"}) { username } }");
		assertThat(me(user, "first-password").statusCode()).as("the old password, though remembered, is refused")
			.isEqualTo(401);
		assertThat(me(user, "second-password").statusCode()).isEqualTo(200);
		graphql(TestUsers.ADMIN,
				"mutation { updateUser(input: {username: \"" + user + "\", enabled: false}) { username } }");
		assertThat(me(user, "second-password").statusCode()).as("a disabled account, though remembered, is refused")
			.isEqualTo(401);
	}

	@Test
	void theExplorerLogsInWithAFormAndPostsWithItsCsrfToken() throws Exception {
		var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		var login = browser.send(Api.anonymous(this.port, "/login").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("用户名").contains("密码");
		var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
		assertThat(token.find()).isTrue();
		var form = "username=" + TestUsers.STREET_VIEWER + "&password=" + TestUsers.PASSWORD + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		var loggedIn = browser.send(Api.anonymous(this.port, "/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(loggedIn.statusCode()).isEqualTo(302);
		assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		var page = browser.send(Api.anonymous(this.port, "/").GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
		String body = "{\"query\":\"{ me { username } }\"}";
		var forged = browser.send(Api.anonymous(this.port, "/graphql")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).as("a POST without the CSRF token").isEqualTo(403);
		String xsrf = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("XSRF-TOKEN"))
			.findFirst()
			.orElseThrow()
			.getValue();
		var real = browser.send(Api.anonymous(this.port, "/graphql")
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", xsrf)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(real.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(real.body()).get("data").get("me").get("username").asString())
			.isEqualTo(TestUsers.STREET_VIEWER);
	}

	@Test
	void aSessionsUserIsReadAgainOnceAnAdminChangedItAndEndsWhenDisabled() throws Exception {
		String user = "session-user";
		if (graphql(TestUsers.ADMIN, "{ users { username } }").toString().indexOf("\"" + user + "\"") < 0) {
			graphql(TestUsers.ADMIN,
					"mutation { createUser(input: {username: \"" + user
							+ "\", password: \"session-password\", role: VIEWER, areaCode: \"" + TestUsers.STREET
							+ "\"}) { username } }");
		}
		else {
			graphql(TestUsers.ADMIN, "mutation { updateUser(input: {username: \"" + user + "\", areaCode: \""
					+ TestUsers.STREET + "\", enabled: true}) { username } }");
		}
		var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		var login = browser.send(Api.anonymous(this.port, "/login").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
		assertThat(token.find()).isTrue();
		var loggedIn = browser.send(Api.anonymous(this.port, "/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=session-password&_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		int street1 = graphql(TestUsers.ADMIN,
				"{ coverage(scope: {areaCode: \"" + TestUsers.STREET + "\"}) { total } }")
			.at("/data/coverage/total")
			.asInt();
		int street2 = graphql(TestUsers.ADMIN, "{ coverage(scope: {areaCode: \"310121002000\"}) { total } }")
			.at("/data/coverage/total")
			.asInt();
		assertThat(street1).isNotEqualTo(street2);
		// an analytic without a scope answers for the caller's own area: the one the
		// session holds
		assertThat(sessionCoverage(browser)).isEqualTo(street1);

		// the ADMIN moves the user to another street (on any instance): the session's
		// next request has it
		graphql(TestUsers.ADMIN, "mutation { updateUser(input: {username: \"" + user
				+ "\", areaCode: \"310121002000\"}) { username } }");
		assertThat(sessionCoverage(browser)).isEqualTo(street2);

		// disabled: the session ends
		graphql(TestUsers.ADMIN,
				"mutation { updateUser(input: {username: \"" + user + "\", enabled: false}) { username } }");
		var after = browser.send(Api.anonymous(this.port, "/api/ledger/template.xlsx").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(after.statusCode()).isEqualTo(401);
	}

	/**
	 * {@code coverage.total} of the caller's own area through a logged-in session (with
	 * its CSRF token, as the explorer sends it).
	 */
	private int sessionCoverage(HttpClient browser) throws Exception {
		browser.send(Api.anonymous(this.port, "/").GET().build(), HttpResponse.BodyHandlers.discarding());
		String xsrf = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("XSRF-TOKEN"))
			.findFirst()
			.orElseThrow()
			.getValue();
		var answer = browser.send(Api.anonymous(this.port, "/graphql")
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", xsrf)
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ coverage { total } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		return JSON.readTree(answer.body()).at("/data/coverage/total").asInt();
	}

	@Test
	void queriesOverTheLimitsAreRefusedBeforeTheyRunAndExplicitNullMeansTheDefault() throws Exception {
		// organization → partyOrganizations → units → … 15 levels deep
		String deep = "{ organization(id: \"91310011000003X4\") {" + " partyOrganizations { units {".repeat(7) + " id"
				+ " } }".repeat(7) + " } }";
		// twice: the second time the query's parsed document comes from the cache, the
		// limit holds still
		for (int ask = 0; ask < 2; ask++) {
			JsonNode depth = graphql(TestUsers.ADMIN, deep);
			assertThat(depth.get("errors").get(0).get("message").asString()).contains("depth");
			assertThat(depth.has("data") && !depth.get("data").isNull()).isFalse();
		}
		StringBuilder aliases = new StringBuilder("{");
		for (int i = 0; i < 500; i++) {
			aliases.append(" c").append(i).append(": coverage { total }");
		}
		aliases.append(" }");
		for (int ask = 0; ask < 2; ask++) {
			JsonNode complexity = graphql(TestUsers.ADMIN, aliases.toString());
			assertThat(complexity.get("errors").get(0).get("message").asString()).contains("complexity");
		}
		JsonNode nulls = graphql(TestUsers.ADMIN, "{ organizations(first: null) { nodes { id } } }");
		assertThat(nulls.has("errors")).as(nulls.toString()).isFalse();
		assertThat(nulls.get("data").get("organizations").get("nodes")).hasSize(20);
	}

	private HttpResponse<String> me(String username, String password) throws Exception {
		return send(Api.request(this.port, "/graphql", username, password)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { username } }\"}")));
	}

	private JsonNode graphql(String username, String query) throws Exception {
		String password = username.equals(TestUsers.ADMIN) ? TestUsers.ADMIN_PASSWORD : TestUsers.PASSWORD;
		var response = send(Api.request(this.port, "/graphql", username, password)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query)))));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static byte[] zip(Map<String, String> files) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			for (var file : new LinkedHashMap<>(files).entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
