package cn.liangxin.graph.scaleout;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.JsonNode;

import cn.liangxin.graph.support.Bundles;
import cn.liangxin.graph.support.Neo4jProcess;
import cn.liangxin.graph.support.ServiceProcess;
import cn.liangxin.graph.support.TestStore;
import cn.liangxin.graph.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service JVMs on one external Neo4j (its own JVM, authentication on, over neo4j://):
 * what is written through one is answered by the other at once — the area tree it keeps
 * in memory, the users and their areas, the login lockout, coverage and gaps — and
 * imports through both at once are serialised by the store-wide lock, each all or
 * nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class TwoInstancesProcessIT {

	static final Map<String, byte[]> EXAMPLE = TestStore.bundle("ledger/example-district");

	static final String STREET = TestUsers.STREET;

	static final String USER = "street-user-two";

	static final String PASSWORD = "street-password-two";

	static Neo4jProcess neo4j;

	static ServiceProcess a;

	static ServiceProcess b;

	static Driver driver;

	@BeforeAll
	static void start() {
		Path dir = Path.of("target", "two-instances", UUID.randomUUID().toString());
		neo4j = Neo4jProcess.start(dir, true);
		// both at once, as a deployment starts its replicas: the schema and the first
		// ADMIN are made once
		a = ServiceProcess.start("service-a", dir, neo4j, List.of());
		b = ServiceProcess.start("service-b", dir, neo4j, List.of());
		a.awaitStarted();
		b.awaitStarted();
		driver = GraphDatabase.driver(neo4j.uri(), AuthTokens.basic(Neo4jProcess.USER, neo4j.password()));
	}

	@AfterAll
	static void stop() {
		if (driver != null) {
			driver.close();
		}
		for (AutoCloseable process : new AutoCloseable[] { a, b, neo4j }) {
			try {
				if (process != null) {
					process.close();
				}
			}
			catch (Exception ex) {
				// the next one still stops
			}
		}
	}

	@Test
	@Order(1)
	void anImportAndANewUserThroughOneAreAnsweredByTheOtherAtOnce() throws Exception {
		assertThat(a.importZip(Bundles.zip(EXAMPLE)).statusCode()).isEqualTo(200);
		JsonNode created = a.graphql("mutation { createUser(input: {username: \"" + USER + "\", password: \"" + PASSWORD
				+ "\", role: VIEWER, areaCode: \"" + STREET + "\"}) { username } }");
		assertThat(created.at("/data/createUser/username").asString()).isEqualTo(USER);

		// B knows the user (and its area) at once, and fills its area tree
		assertThat(b.graphql(USER, PASSWORD, "{ me { area { code } } }").at("/data/me/area/code").asString())
			.isEqualTo(STREET);
		int coverageBefore = b.graphql(USER, PASSWORD, "{ coverage { total } }").at("/data/coverage/total").asInt();
		assertThat(b.graphql(USER, PASSWORD, "{ organization(id: \"NEW-ORG-1\") { id } }")
			.at("/data/organization")
			.isNull()).isTrue();

		// A new community of the street with a park and an organization in it, imported
		// through A
		assertThat(a.importZip(Bundles.zip(newCommunity())).statusCode()).isEqualTo(200);

		// B: the new area lies within the user's street (its kept area tree was read
		// again)
		assertThat(b.graphql(USER, PASSWORD, "{ organization(id: \"NEW-ORG-1\") { id name } }")
			.at("/data/organization/name")
			.asString()).isEqualTo("新社区示范科技有限公司");
		assertThat(b.graphql(USER, PASSWORD, "{ park(id: \"NEW-PARK-1\") { id } }").at("/data/park/id").asString())
			.isEqualTo("NEW-PARK-1");
		assertThat(b.graphql(USER, PASSWORD, "{ coverage { total } }").at("/data/coverage/total").asInt())
			.isEqualTo(coverageBefore + 1);
		JsonNode gaps = b.graphql(USER, PASSWORD,
				"{ coverageGaps(kinds: [UNCOVERED], first: 1000) { nodes { organization { id } } } }");
		assertThat(gaps.at("/data/coverageGaps/nodes").findValuesAsString("id")).contains("NEW-ORG-1");
	}

	@Test
	@Order(2)
	void aUsersNewAreaAndALockoutCountedOnBothInstancesHoldOnEither() throws Exception {
		a.graphql("mutation { updateUser(input: {username: \"" + USER
				+ "\", areaCode: \"310121002000\"}) { username } }");
		assertThat(b.graphql(USER, PASSWORD, "{ me { area { code } } }").at("/data/me/area/code").asString())
			.isEqualTo("310121002000");
		assertThat(b.graphql(USER, PASSWORD, "{ organization(id: \"NEW-ORG-1\") { id } }")
			.at("/data/organization")
			.isNull()).isTrue();

		// five failures, three through A and two through B, lock the username on both
		for (int i = 0; i < 5; i++) {
			ServiceProcess through = i % 2 == 0 ? a : b;
			assertThat(through.get("/graphql?query=%7Bme%7Busername%7D%7D", USER, "wrong-password").statusCode())
				.isEqualTo(401);
		}
		assertThat(a.get("/api/ledger/template.xlsx", USER, PASSWORD).statusCode()).as("locked on A").isEqualTo(401);
		assertThat(b.get("/api/ledger/template.xlsx", USER, PASSWORD).statusCode()).as("locked on B").isEqualTo(401);
	}

	@Test
	@Order(3)
	void importsThroughBothAtOnceAreSerialisedAndEachIsAllOrNothing() throws Exception {
		var pool = Executors.newFixedThreadPool(2);
		try {
			byte[] first = Bundles.zip(Bundles.renamed(EXAMPLE, "（甲）"));
			byte[] second = Bundles.zip(Bundles.renamed(EXAMPLE, "（乙）"));
			List<Future<HttpResponse<String>>> answers = pool.invokeAll(
					List.<Callable<HttpResponse<String>>>of(() -> a.importZip(first), () -> b.importZip(second)), 10,
					TimeUnit.MINUTES);
			int statusA = answers.get(0).get().statusCode();
			int statusB = answers.get(1).get().statusCode();
			assertThat(List.of(statusA, statusB)).containsAnyOf(200).allMatch(s -> s == 200 || s == 409);
			List<String> marks;
			try (var session = driver.session()) {
				marks = session.run("""
						MATCH (o:Organization) WHERE o.id STARTS WITH '9131'
						RETURN DISTINCT right(o.name, 3) AS mark
						""").list(r -> r.get("mark").asString());
			}
			// one bundle stored whole, never a mix
			assertThat(marks).hasSize(1);
			if (statusA == 409) {
				assertThat(marks).containsExactly("（乙）");
			}
			if (statusB == 409) {
				assertThat(marks).containsExactly("（甲）");
			}
			// both instances answer the stored names
			String mark = marks.get(0);
			for (ServiceProcess service : List.of(a, b)) {
				JsonNode names = service.graphql("{ organizations(first: 5) { nodes { id name } } }");
				assertThat(names.at("/data/organizations/nodes").findValuesAsString("name"))
					.filteredOn(n -> !n.startsWith("新社区"))
					.allMatch(n -> n.endsWith(mark));
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static Map<String, byte[]> newCommunity() {
		var files = new LinkedHashMap<String, byte[]>();
		files.put("areas.csv", """
				code,name,level,parent_code
				310121001099,第1街道新社区,COMMUNITY,310121001000
				""".getBytes(StandardCharsets.UTF_8));
		files.put("parks.csv", """
				id,name,area_code,lat,lon,crs
				NEW-PARK-1,新社区园区,310121001099,31.2,121.5,WGS84
				""".getBytes(StandardCharsets.UTF_8));
		files.put("organizations.csv",
				"""
						id,name,kind,industry_code,employees,above_scale,area_code,park_id,building_id,lat,lon,crs,status,verified_on
						NEW-ORG-1,新社区示范科技有限公司,ENTERPRISE,I6421,12,false,310121001099,NEW-PARK-1,,31.2,121.5,WGS84,ACTIVE,2026-09-10
						"""
					.getBytes(StandardCharsets.UTF_8));
		return files;
	}

}
