package cn.liangxin.graph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import cn.liangxin.graph.ledger.ImportOptions;
import cn.liangxin.graph.ledger.LedgerImporter;
import cn.liangxin.graph.ledger.LedgerText;
import cn.liangxin.graph.store.StoreVersion;

/**
 * The shared test store: holds the example district
 * (src/test/resources/ledger/example-district, a copy of shared/scenarios) with its 五清
 * update (ledger/example-district-wuqing: a later bundle that adds the new columns to
 * some rows, and the recruitment pipeline) unless a test changed it, in which case the
 * next test class that asks for the example gets it reloaded from scratch.
 */
@TestComponent
public class TestStore {

	/** The date the example district's ledgers describe (the scenarios' "asof"). */
	public static final LocalDate LEDGER_DATE = LocalDate.parse("2026-09-30");

	private final Driver driver;

	private final LedgerImporter importer;

	private final StoreVersion version;

	private boolean example;

	public TestStore(Driver driver, LedgerImporter importer, StoreVersion version) {
		this.driver = driver;
		this.importer = importer;
		this.version = version;
	}

	/** Makes the store hold exactly the example district. */
	public synchronized void exampleDistrict() {
		if (!this.example) {
			clear();
			// the ledgers describe the scenarios' date: questions asked as of it see them
			this.importer.importBundle(bundle("ledger/example-district"), ImportOptions.upsert(LEDGER_DATE),
					LedgerText.CHINESE);
			this.importer.importBundle(bundle("ledger/example-district-wuqing"), ImportOptions.upsert(LEDGER_DATE),
					LedgerText.CHINESE);
			this.example = true;
		}
	}

	/**
	 * Empties the ledger's data (the schema, the users, the audit and the instances'
	 * coordination nodes stay) and says so through the store version; the caller may then
	 * write what it likes.
	 */
	public synchronized void clear() {
		try (var session = this.driver.session()) {
			session.run("""
					MATCH (n) WHERE NOT (n:__SchemaVersion OR n:User OR n:AuditEvent OR n:ImportLock OR n:StoreVersion)
					CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
					""").consume();
			this.version.bump(session);
		}
		this.example = false;
	}

	/**
	 * Says that a test changed the store, so the example must be reloaded before it is
	 * read again.
	 */
	public synchronized void changed() {
		this.example = false;
	}

	/**
	 * Counts of the ledger's nodes per label and relationships per type: a fingerprint to
	 * compare before and after (users, the audit and the import journal, which every
	 * import adds to, and the import lock and store version, which every import writes,
	 * are not ledger data).
	 */
	public Map<String, Long> fingerprint() {
		var result = new LinkedHashMap<String, Long>();
		try (var session = this.driver.session()) {
			session.run("""
					MATCH (n) WHERE NOT (n:User OR n:AuditEvent OR n:ImportLock OR n:StoreVersion OR n:Import)
					UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label
					""").forEachRemaining(r -> result.put(r.get("label").asString(), r.get("n").asLong()));
			session.run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type")
				.forEachRemaining(r -> result.put(r.get("type").asString(), r.get("n").asLong()));
			session.run("""
					MATCH (n) WHERE NOT (n:User OR n:AuditEvent OR n:ImportLock OR n:StoreVersion OR n:Import)
					RETURN count(n) AS n, sum(size(keys(n))) AS properties
					""").forEachRemaining(r -> {
				result.put("nodes", r.get("n").asLong());
				result.put("nodeProperties", r.get("properties").asLong());
			});
		}
		return result;
	}

	/**
	 * The fingerprint of the latest state alone: {@link #fingerprint()} without the
	 * history an import keeps of what it changed (versions, ended links, entities left
	 * out).
	 */
	public Map<String, Long> latestFingerprint() {
		var result = new LinkedHashMap<String, Long>();
		fingerprint().forEach((key, n) -> {
			if (!key.equals("Version") && !key.startsWith("WAS") && !key.startsWith("Gone")) {
				result.put(key, n);
			}
		});
		try (var session = this.driver.session()) {
			var r = session
				.run("""
						MATCH (n) WHERE NOT (n:User OR n:AuditEvent OR n:ImportLock OR n:StoreVersion OR n:Import OR n:Version)
						  AND NOT any(l IN labels(n) WHERE l STARTS WITH 'Gone')
						RETURN count(n) AS n, sum(size([k IN keys(n) WHERE NOT k IN ['validFrom', 'createdBy']])) AS properties
						""")
				.single();
			result.put("nodes", r.get("n").asLong());
			result.put("nodeProperties", r.get("properties").asLong());
		}
		return result;
	}

	/** A session on the test store, for checks written in Cypher. */
	public org.neo4j.driver.Session session() {
		return this.driver.session();
	}

	/** A bundle from a test-resources folder, file name → bytes. */
	public static Map<String, byte[]> bundle(String folder) {
		try {
			var files = new LinkedHashMap<String, byte[]>();
			var resolver = new PathMatchingResourcePatternResolver();
			for (String pattern : new String[] { "/*.csv", "/*.geojson" }) {
				for (Resource r : resolver.getResources("classpath:" + folder + pattern)) {
					files.put(r.getFilename(), r.getContentAsByteArray());
				}
			}
			if (files.isEmpty()) {
				throw new IllegalStateException("No test bundle at " + folder);
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file of a bundle as text. */
	public static String text(Map<String, byte[]> bundle, String file) {
		return new String(bundle.get(file), StandardCharsets.UTF_8);
	}

}
