package cn.liangxin.graph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned schema in {@code cypher/schema/V####__description.cypher} at
 * start-up. Each applied version is recorded as a {@code __SchemaVersion} node, so a
 * version runs once; the statements use {@code IF NOT EXISTS} as well, so a rerun is
 * harmless. A small runner rather than Neo4j-Migrations: the schema is a handful of
 * constraint and index statements, and the runner has no compatibility risk with the Boot
 * 4 / driver 6 line. Instances starting together on a new store may apply the same
 * version at once: a rule the other one made first counts as applied.
 */
@Component
public class SchemaMigrations implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final Pattern FILE = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	private final Driver driver;

	private final DatabaseSelectionProvider databases;

	public SchemaMigrations(Driver driver, DatabaseSelectionProvider databases) {
		this.driver = driver;
		this.databases = databases;
	}

	@Override
	public void afterPropertiesSet() {
		try (var session = this.driver.session(sessionConfig())) {
			for (Migration migration : migrations()) {
				boolean applied = session.executeRead(
						tx -> tx
							.run("MATCH (v:__SchemaVersion {version: $version}) RETURN count(v) > 0 AS applied",
									Map.of("version", migration.version()))
							.single()
							.get("applied")
							.asBoolean());
				if (applied) {
					continue;
				}
				// Schema statements cannot share a transaction with writes, so each runs
				// on its own.
				for (String statement : migration.statements()) {
					try {
						session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
					}
					catch (ClientException ex) {
						// Several instances starting at once on a new store: IF NOT
						// EXISTS does not cover
						// a rule another instance is creating at the same moment. It
						// exists now: done.
						if (!String.valueOf(ex.code()).contains("AlreadyExists")) {
							throw ex;
						}
						log.info("Schema version {}: another instance created the same rule at the same time ({})",
								migration.version(), ex.code());
					}
				}
				session.executeWriteWithoutResult(tx -> tx.run("""
						MERGE (v:__SchemaVersion {version: $version})
						SET v.description = $description, v.appliedAt = datetime()
						""", Map.of("version", migration.version(), "description", migration.description())).consume());
				log.info("Applied schema version {} ({})", migration.version(), migration.description());
			}
			session.run("CALL db.awaitIndexes(300)").consume();
		}
	}

	private SessionConfig sessionConfig() {
		String database = this.databases.getDatabaseSelection().getValue();
		return database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
	}

	static List<Migration> migrations() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:cypher/schema/V*.cypher");
			return Arrays.stream(resources)
				.map(SchemaMigrations::migration)
				.sorted(Comparator.comparingInt(Migration::version))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Migration migration(Resource resource) {
		Matcher matcher = FILE.matcher(String.valueOf(resource.getFilename()));
		if (!matcher.matches()) {
			throw new IllegalStateException("Schema file not named V<version>__<description>.cypher: " + resource);
		}
		try {
			String text = resource.getContentAsString(StandardCharsets.UTF_8);
			return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2), statements(text));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Splits a file into statements at semicolons ending a line; lines starting with //
	 * are comments.
	 */
	static List<String> statements(String text) {
		String withoutComments = text.lines()
			.filter(line -> !line.strip().startsWith("//"))
			.reduce("", (a, b) -> a + b + "\n");
		return Arrays.stream(withoutComments.split(";\\s*(\\n|$)"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.toList();
	}

	record Migration(int version, String description, List<String> statements) {
	}

}
