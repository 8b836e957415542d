package cn.liangxin.graph.access;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
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
 * Tokens of the organisation's identity provider: the test context trusts a key pair of
 * its own ({@code src/test/resources/jwt}), as a deployment trusts its provider's keys. A
 * token's role and area claims scope the caller exactly like a stored user; a token
 * without them, expired or signed by another key is refused.
 */
@GraphIntegrationTest
class JwtIT {

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestStore store;

	@LocalServerPort
	int port;

	@BeforeEach
	void load() {
		this.store.exampleDistrict();
	}

	@Test
	void aTokensRoleAndAreaScopeItsCaller() throws Exception {
		var response = graphql(token(Map.of("role", "VIEWER", "area_code", TestUsers.STREET), 600), """
				{ me { username role area { code } } coverage { total } }""");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode data = JSON.readTree(response.body()).get("data");
		assertThat(data.get("me").get("username").asString()).isEqualTo("sso-user");
		assertThat(data.get("me").get("role").asString()).isEqualTo("VIEWER");
		assertThat(data.get("me").get("area").get("code").asString()).isEqualTo(TestUsers.STREET);
		assertThat(data.get("coverage").get("total").asInt())
			.isEqualTo(Expected.DISTRICT.get("coverage").get("area:" + TestUsers.STREET).get("total").asInt());
		var admin = graphql(token(Map.of("role", "ADMIN"), 600), "{ coverage { total } }");
		assertThat(JSON.readTree(admin.body()).get("data").get("coverage").get("total").asInt())
			.isEqualTo(Expected.DISTRICT.get("coverage").get("all").get("total").asInt());
	}

	@Test
	void tokensWithoutAnAreaExpiredOrForgedAreRefused() throws Exception {
		assertThat(graphql(token(Map.of("role", "VIEWER"), 600), "{ me { username } }").statusCode()).isEqualTo(401);
		assertThat(graphql(token(Map.of("role", "OWNER", "area_code", TestUsers.STREET), 600), "{ me { username } }")
			.statusCode()).isEqualTo(401);
		assertThat(graphql(token(Map.of("role", "ADMIN"), -60), "{ me { username } }").statusCode()).isEqualTo(401);
		String forged = token(Map.of("role", "ADMIN"), 600);
		forged = forged.substring(0, forged.lastIndexOf('.') + 1) + "AAAA"
				+ forged.substring(forged.lastIndexOf('.') + 5);
		assertThat(graphql(forged, "{ me { username } }").statusCode()).isEqualTo(401);
		// a refused token is audited without the token itself
		try (var session = this.store.session()) {
			assertThat(session.run("MATCH (e:AuditEvent) WHERE e.username STARTS WITH 'eyJ' RETURN count(e) AS n")
				.single()
				.get("n")
				.asLong()).isZero();
		}
	}

	private HttpResponse<String> graphql(String token, String query) throws Exception {
		return HttpClient.newHttpClient()
			.send(Api.anonymous(this.port, "/graphql")
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String token(Map<String, Object> claims, int secondsValid) throws Exception {
		var builder = new JWTClaimsSet.Builder().subject("sso-user")
			.issueTime(new Date())
			.expirationTime(new Date(System.currentTimeMillis() + secondsValid * 1000L));
		claims.forEach(builder::claim);
		var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), builder.build());
		jwt.sign(new RSASSASigner(privateKey()));
		return jwt.serialize();
	}

	private static RSAPrivateKey privateKey() throws Exception {
		try (var in = JwtIT.class.getResourceAsStream("/jwt/test-private.pem")) {
			String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "")
				.replaceAll("\\s", "");
			return (RSAPrivateKey) KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
		}
	}

}
