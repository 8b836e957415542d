package cn.liangxin.graph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import cn.liangxin.graph.support.Bundles;
import cn.liangxin.graph.support.HostileUploads;
import cn.liangxin.graph.support.JavaProcess;
import cn.liangxin.graph.support.ServiceProcess;
import cn.liangxin.graph.support.StoreContents;
import cn.liangxin.graph.support.TestStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backup and restore as the README gives them, with the packaged jar: a service holding
 * the example district is stopped, {@code java -jar target/liangxin-graph.jar backup}
 * dumps its store, {@code restore} loads the dump into an empty data directory, and a
 * service started on it holds every node, relationship and property the first one held,
 * and its users (the first ADMIN logs in with the same password).
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class BackupProcessIT {

	static final String BOLT_PASSWORD = "backup-process-test";

	static final Path JAR = Path.of("target", "liangxin-graph.jar");

	@Test
	void backupThenRestoreIntoAnEmptyDataDirectoryKeepsEveryNodeRelationshipAndProperty() throws Exception {
		assertThat(JAR).as("the packaged jar (mvn package runs before the integration tests)").exists();
		Path dir = Path.of("target", "backup-process", UUID.randomUUID().toString());
		Path source = dir.resolve("source");
		Path restored = dir.resolve("restored");
		Path dumps = dir.resolve("dumps");

		List<String> before;
		String organizationsBefore;
		int boltPort = JavaProcess.freePort();
		try (ServiceProcess service = start("backup-source", source, boltPort)) {
			var imported = HostileUploads.postZip(service.port(),
					Bundles.zip(TestStore.bundle("ledger/example-district")));
			assertThat(imported.status()).as(imported.body()).isEqualTo(200);
			before = contents(boltPort);
			organizationsBefore = service.graphql("{ organizations { totalCount } }").toString();
		}
		assertThat(before).hasSizeGreaterThan(2000);

		// the README's commands: the service is stopped, --data-dir is its
		// liangxin.data-dir
		assertThat(jar(dir.resolve("backup.log"), "backup", "--to", dumps.toString(), "--data-dir",
				source.resolve("data").toString()))
			.isZero();
		assertThat(dumps.resolve("neo4j.dump")).isNotEmptyFile();
		assertThat(restored).doesNotExist();
		assertThat(jar(dir.resolve("restore.log"), "restore", "--from", dumps.toString(), "--data-dir",
				restored.resolve("data").toString()))
			.isZero();

		int restoredBolt = JavaProcess.freePort();
		try (ServiceProcess service = start("backup-restored", restored, restoredBolt)) {
			assertThat(contents(restoredBolt)).isEqualTo(before);
			// the users travelled with the store: the first ADMIN logs in as before
			assertThat(service.graphql("{ organizations { totalCount } }").toString()).isEqualTo(organizationsBefore);
		}
	}

	private static ServiceProcess start(String name, Path dir, int boltPort) {
		return ServiceProcess
			.start(name, dir, List.of("liangxin.demo=false", "liangxin.store.bolt-address=127.0.0.1:" + boltPort,
					"liangxin.store.bolt-password=" + BOLT_PASSWORD), "Started Application in")
			.awaitStarted();
	}

	private static List<String> contents(int boltPort) {
		try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort,
				AuthTokens.basic("neo4j", BOLT_PASSWORD)); var session = driver.session()) {
			return StoreContents.of(session);
		}
	}

	// java -jar target/liangxin-graph.jar ARGS, its output to log; the exit code
	private static int jar(Path log, String... args) throws IOException, InterruptedException {
		var command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
		command.addAll(List.of(args));
		Files.createDirectories(log.getParent());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " did not end; see " + log);
		}
		return process.exitValue();
	}

}
