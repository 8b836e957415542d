package cn.liangxin.graph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.StoreContents;
import cn.liangxin.graph.support.TestStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Backup and restore (issue 17.7): a stopped store holding the example district is dumped
 * with {@link StoreBackup#backup}, loaded into an empty data directory with
 * {@link StoreBackup#restore}, and the restored store holds every node, relationship and
 * property, so every count is equal; the running service's store is refused, since
 * Community dumps offline only.
 */
@GraphIntegrationTest
class StoreBackupIT {

	static final String PASSWORD = "backup-test-password";

	@Autowired
	TestStore store;

	// the bean the store was started with (liangxin.data-dir holds ${random.uuid}: read
	// it once)
	@Autowired
	StoreProperties properties;

	@Autowired
	ObjectProvider<EmbeddedNeo4j> embedded;

	@Test
	void theRunningServicesStoreIsRefusedWithTheReason(@TempDir Path dumps) {
		if (this.embedded.getIfAvailable() != null) {
			assertThatExceptionOfType(StoreBackup.BackupException.class)
				.isThrownBy(() -> StoreBackup.backup(this.properties.dataDir(), dumps))
				.withMessageContaining("in use")
				.withMessageContaining("offline");
		}
		else {
			// against an external server (-Pexternal) the service's data directory holds
			// no store:
			// its backup is the server's own (docs/deploy.md)
			assertThatExceptionOfType(StoreBackup.BackupException.class)
				.isThrownBy(() -> StoreBackup.backup(this.properties.dataDir(), dumps))
				.withMessageContaining("No store under");
		}
		assertThat(dumps.resolve("neo4j.dump")).doesNotExist();
	}

	@Test
	void aBackupRestoredIntoAnEmptyDataDirectoryHoldsEverything(@TempDir Path dir) {
		this.store.exampleDistrict();
		List<String> expected;
		Map<String, Long> counts;
		try (var session = this.store.session()) {
			counts = counts(session);
		}
		assertThat(counts).containsEntry("Organization", 300L);

		// a stopped store with the example district: copied from the service's
		Path original = dir.resolve("original");
		try (var neo4j = EmbeddedNeo4j.start(original, "32m", "512m", "127.0.0.1:0", PASSWORD);
				Driver driver = driver(neo4j);
				Session target = driver.session();
				Session source = this.store.session()) {
			copy(source, target);
			assertThat(counts(target)).isEqualTo(counts);
			// what the copy holds, as it holds it (a map's keys keep the order they were
			// written in)
			expected = StoreContents.of(target);
		}
		assertThat(expected).hasSize(StoreContents.of(this.store).size());
		Path dumps = dir.resolve("dumps");
		StoreBackup.backup(original, dumps);
		assertThat(dumps.resolve("neo4j.dump")).isRegularFile();

		Path restored = dir.resolve("restored");
		StoreBackup.restore(dumps, restored, false);
		try (var neo4j = EmbeddedNeo4j.start(restored, "32m", "512m", "127.0.0.1:0", PASSWORD);
				Driver driver = driver(neo4j);
				Session session = driver.session()) {
			assertThat(counts(session)).isEqualTo(counts);
			assertThat(StoreContents.of(session)).isEqualTo(expected);
		}
		// a second restore over it needs --force
		assertThatExceptionOfType(StoreBackup.BackupException.class)
			.isThrownBy(() -> StoreBackup.restore(dumps, restored, false))
			.withMessageContaining("--force");
		StoreBackup.restore(dumps, restored, true);
		assertThat(Files.isDirectory(restored.resolve("data/databases/neo4j"))).isTrue();
	}

	private static Driver driver(EmbeddedNeo4j neo4j) {
		return GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(EmbeddedNeo4j.BOLT_USER, PASSWORD));
	}

	// Nodes per label and relationships per type of the ledger (users and the audit
	// aside).
	private static Map<String, Long> counts(Session session) {
		var counts = new LinkedHashMap<String, Long>();
		session.run("""
				MATCH (n) WHERE NOT (n:__SchemaVersion OR n:User OR n:AuditEvent)
				UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label
				""").forEachRemaining(r -> counts.put(r.get("label").asString(), r.get("n").asLong()));
		session.run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type")
			.forEachRemaining(r -> counts.put(r.get("type").asString(), r.get("n").asLong()));
		return counts;
	}

	// Every ledger node and relationship of source into the empty target, with dynamic
	// labels and types.
	private static void copy(Session source, Session target) {
		var nodes = source.run("""
				MATCH (n) WHERE NOT (n:__SchemaVersion OR n:User OR n:AuditEvent)
				RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
				""").list(r -> r.asMap());
		var relationships = source.run("""
				MATCH (a)-[r]->(b) WHERE NOT (a:User OR a:AuditEvent OR b:User OR b:AuditEvent)
				RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS properties
				""").list(r -> r.asMap());
		target.run("CREATE INDEX copy_id IF NOT EXISTS FOR (n:CopyOf) ON (n.copyId)").consume();
		target.run("CALL db.awaitIndexes(60)").consume();
		target.run("""
				UNWIND $nodes AS n
				CREATE (x:$(n.labels)) SET x = n.properties, x:CopyOf, x.copyId = n.id
				""", Map.of("nodes", nodes)).consume();
		target.run("""
				UNWIND $relationships AS r
				MATCH (a:CopyOf {copyId: r.from}), (b:CopyOf {copyId: r.to})
				CREATE (a)-[x:$(r.type)]->(b) SET x = r.properties
				""", Map.of("relationships", relationships)).consume();
		target.run("MATCH (n:CopyOf) REMOVE n:CopyOf, n.copyId").consume();
		target.run("DROP INDEX copy_id").consume();
	}

}
