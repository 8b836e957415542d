package cn.liangxin.graph.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

/**
 * {@code java -jar liangxin-graph.jar backup --to DIR} and {@code restore --from DIR}:
 * the embedded store's ledger database dumped to {@code DIR/neo4j.dump} and loaded back
 * with Neo4j's own dump and load (the {@code neo4j-admin database dump/load} code, run in
 * this JVM). Community Edition dumps offline only: both refuse while a service (or
 * anything else) has the store open, and say so. The store's users and audit travel with
 * it (they are nodes of the same database); the Bolt password does not (it is set anew at
 * every start).
 */
public final class StoreBackup {

	/** Why a backup or restore did not happen, in words for the operator. */
	public static final class BackupException extends RuntimeException {

		BackupException(String message) {
			super(message);
		}

	}

	private static final String DATABASE = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;

	private StoreBackup() {
	}

	/**
	 * Whether the command line asks for a backup or a restore rather than the service.
	 */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
	}

	/**
	 * Runs {@code backup --to DIR [--data-dir DIR]} or
	 * {@code restore --from DIR [--data-dir DIR] [--force]}; the data directory defaults
	 * to {@code ./data} as the service's {@code liangxin.data-dir} does.
	 * @return the process exit code
	 */
	public static int main(String[] args) {
		Path dataDir = Path.of("data");
		Path dir = null;
		boolean force = false;
		for (int i = 1; i < args.length; i++) {
			String value = (i + 1 < args.length) ? args[i + 1] : null;
			switch (args[i]) {
				case "--to", "--from" -> {
					dir = (value != null) ? Path.of(value) : null;
					i++;
				}
				case "--data-dir" -> {
					dataDir = (value != null) ? Path.of(value) : dataDir;
					i++;
				}
				case "--force" -> force = true;
				default -> {
					return usage("unknown argument " + args[i]);
				}
			}
		}
		if (dir == null) {
			return usage("missing " + (args[0].equals("backup") ? "--to DIR" : "--from DIR"));
		}
		try {
			if (args[0].equals("backup")) {
				backup(dataDir, dir);
				System.out.println("Backed up " + dataDir.toAbsolutePath() + " to "
						+ dir.resolve(DATABASE + ".dump").toAbsolutePath());
			}
			else {
				restore(dir, dataDir, force);
				System.out.println("Restored " + dir.resolve(DATABASE + ".dump").toAbsolutePath() + " into "
						+ dataDir.toAbsolutePath());
			}
			return 0;
		}
		catch (BackupException ex) {
			System.err.println(ex.getMessage());
			return 1;
		}
	}

	private static int usage(String problem) {
		System.err.println(problem + "\nusage: java -jar liangxin-graph.jar backup --to DIR [--data-dir DIR]\n"
				+ "       java -jar liangxin-graph.jar restore --from DIR [--data-dir DIR] [--force]\n"
				+ "(the service must be stopped: Neo4j Community dumps and loads offline)");
		return 2;
	}

	/**
	 * Dumps the store under {@code dataDir} to {@code to/neo4j.dump} (replacing an older
	 * dump there).
	 */
	public static void backup(Path dataDir, Path to) {
		if (!Files.isDirectory(dataDir.resolve("data/databases").resolve(DATABASE))) {
			throw new BackupException(
					"No store under " + dataDir.toAbsolutePath() + " (expected data/databases/" + DATABASE + ")");
		}
		createOwnerOnly(to);
		admin(dataDir, "backup", "database", "dump", DATABASE, "--to-path=" + to.toAbsolutePath(),
				"--overwrite-destination=true");
	}

	/**
	 * Loads {@code from/neo4j.dump} into the store under {@code dataDir}, which may be
	 * new; an existing store is replaced only with {@code overwrite}.
	 */
	public static void restore(Path from, Path dataDir, boolean overwrite) {
		if (!Files.isRegularFile(from.resolve(DATABASE + ".dump"))) {
			throw new BackupException("No " + DATABASE + ".dump in " + from.toAbsolutePath());
		}
		createOwnerOnly(dataDir);
		admin(dataDir, "restore", "database", "load", DATABASE, "--from-path=" + from.toAbsolutePath(),
				"--overwrite-destination=" + overwrite);
	}

	private static void admin(Path dataDir, String what, String... args) {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int code;
		try (var fs = new DefaultFileSystemAbstraction();
				var outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
				var errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			Path home = dataDir.toAbsolutePath();
			code = AdminTool.execute(new ExecutionContext(home, home.resolve("conf"), outStream, errStream, fs), args);
		}
		if (code != 0) {
			String detail = (err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8)).strip();
			if (detail.contains("in use") || detail.contains("lock")) {
				throw new BackupException("Cannot " + what + " " + dataDir.toAbsolutePath() + ": the store is in use. "
						+ "Stop the service running on it first: Neo4j Community dumps and loads offline only. ("
						+ firstLine(detail) + ")");
			}
			if (detail.contains("already exists") || detail.contains("overwrite")) {
				throw new BackupException("Cannot " + what + " into " + dataDir.toAbsolutePath()
						+ ": it already holds a store; add --force to replace it. (" + firstLine(detail) + ")");
			}
			throw new BackupException(
					"The " + what + " of " + dataDir.toAbsolutePath() + " failed: " + firstLine(detail));
		}
	}

	private static String firstLine(String text) {
		int newline = text.indexOf('\n');
		return (newline < 0) ? text : text.substring(0, newline);
	}

	private static void createOwnerOnly(Path dir) {
		try {
			Files.createDirectories(dir);
			Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: its own permissions apply
		}
		catch (IOException ex) {
			throw new BackupException("Cannot create " + dir.toAbsolutePath() + ": " + ex.getMessage());
		}
	}

}
