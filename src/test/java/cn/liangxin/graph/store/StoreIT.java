package cn.liangxin.graph.store;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.ObjectMapper;

import cn.liangxin.graph.support.Api;
import cn.liangxin.graph.support.GraphIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store as the service sees it: the schema applied once, GDS and APOC callable,
 * health from Neo4j.
 */
@GraphIntegrationTest
class StoreIT {

	@Autowired
	Driver driver;

	@Autowired
	SchemaMigrations migrations;

	@LocalServerPort
	int port;

	@Test
	void everySchemaVersionIsAppliedAndEveryIdIsUnique() {
		try (var session = this.driver.session()) {
			List<Integer> versions = session.run("MATCH (v:__SchemaVersion) RETURN v.version AS v ORDER BY v")
				.list(r -> r.get("v").asInt());
			assertThat(versions)
				.isEqualTo(SchemaMigrations.migrations().stream().map(SchemaMigrations.Migration::version).toList());
			List<String> unique = new ArrayList<>();
			session.run("""
					SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS'
					RETURN labelsOrTypes[0] + '.' + properties[0] AS c""")
				.forEachRemaining(r -> unique.add(r.get("c").asString()));
			assertThat(unique).contains("Area.code", "Park.id", "Building.id", "Organization.id",
					"PartyOrganization.id", "Member.id", "Officer.id");
			long pointIndexes = session.run("SHOW INDEXES YIELD type WHERE type = 'POINT' RETURN count(*) AS n")
				.single()
				.get("n")
				.asLong();
			assertThat(pointIndexes).isGreaterThanOrEqualTo(1);
		}
		// applying again changes nothing (idempotent)
		this.migrations.afterPropertiesSet();
		try (var session = this.driver.session()) {
			assertThat(session.run("MATCH (v:__SchemaVersion) RETURN count(v) AS n").single().get("n").asLong())
				.isEqualTo(SchemaMigrations.migrations().size());
		}
	}

	@Test
	void theBoltPortRefusesAnyoneWithoutThePassword(@Autowired Neo4jConnectionDetails store) {
		// the embedded server, or the external one under -Pexternal: either wants the
		// password
		try (var anonymous = GraphDatabase.driver(store.getUri(), AuthTokens.none());
				var guessing = GraphDatabase.driver(store.getUri(), AuthTokens.basic("neo4j", "neo4j"))) {
			assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
			assertThatThrownBy(guessing::verifyConnectivity).isInstanceOf(AuthenticationException.class);
		}
		this.driver.verifyConnectivity();
		assertThat(store.getUri().getHost()).isEqualTo("127.0.0.1");
	}

	@Test
	void aConfiguredBoltPasswordSurvivesARestartOnTheSameStore(@TempDir Path home) {
		// liangxin.store.bolt-password set: every start sets the password the store
		// already has
		for (int start = 0; start < 2; start++) {
			try (var server = EmbeddedNeo4j.start(home, "16m", "256m", "127.0.0.1:0", "configured-password");
					var driver = GraphDatabase.driver(server.boltUri(),
							AuthTokens.basic("neo4j", "configured-password"))) {
				driver.verifyConnectivity();
			}
		}
	}

	@Test
	void gdsAndApocAreRegisteredButOnlyWhatTheServiceCalls() {
		try (var session = this.driver.session()) {
			assertThat(session.run("RETURN gds.version() AS v").single().get("v").asString()).startsWith("2.13");
			assertThat(session.run("RETURN apoc.text.join(['a', 'b'], '-') AS v").single().get("v").asString())
				.isEqualTo("a-b");
			List<String> loaded = session
				.run("SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'apoc.' OR name STARTS WITH 'gds.' RETURN name")
				.list(r -> r.get("name").asString());
			assertThat(loaded).contains("gds.leiden.stream", "gds.wcc.stream")
				.doesNotContain("apoc.export.csv.all", "apoc.load.json", "apoc.cypher.runFile");
			assertThatThrownBy(
					() -> session.run("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN count(row)").consume())
				.hasMessageContaining("file");
		}
	}

	@Test
	void healthIsUpWithNeo4jDetailsForAnAdminAndOnlyTheStatusForAnyoneElse() throws Exception {
		var anonymous = HttpClient.newHttpClient()
			.send(Api.anonymous(this.port, "/actuator/health").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(200);
		assertThat(new ObjectMapper().readTree(anonymous.body()).properties()).extracting(Map.Entry::getKey)
			.containsExactly("status");
		var response = HttpClient.newHttpClient()
			.send(Api.request(this.port, "/actuator/health").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		var health = new ObjectMapper().readTree(response.body());
		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.get("components").get("neo4j").get("status").asString()).isEqualTo("UP");
		assertThat(health.get("components").get("neo4j").get("details").get("edition").asString())
			.isEqualTo("community");
	}

	@Test
	void probesAnswerOnlyTheStatusToAnyoneAndReadinessAsksTheStore() throws Exception {
		var http = HttpClient.newHttpClient();
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			var anonymous = http.send(Api.anonymous(this.port, probe).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(anonymous.statusCode()).as(probe).isEqualTo(200);
			assertThat(anonymous.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
		}
		// the root too: no group names for a stranger
		var root = http.send(Api.anonymous(this.port, "/actuator/health").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(root.body()).isEqualTo("{\"status\":\"UP\"}");
		// an ADMIN sees that readiness includes the store, and liveness does not
		var readiness = new ObjectMapper().readTree(http
			.send(Api.request(this.port, "/actuator/health/readiness").build(), HttpResponse.BodyHandlers.ofString())
			.body());
		assertThat(readiness.get("components").get("neo4j").get("status").asString()).isEqualTo("UP");
		var liveness = new ObjectMapper().readTree(http
			.send(Api.request(this.port, "/actuator/health/liveness").build(), HttpResponse.BodyHandlers.ofString())
			.body());
		assertThat(liveness.get("components").has("neo4j")).isFalse();
		assertThat(new ObjectMapper()
			.readTree(
					http.send(Api.request(this.port, "/actuator/health").build(), HttpResponse.BodyHandlers.ofString())
						.body())
			.get("groups")).isNotNull();
	}

}
