package cn.liangxin.graph.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import cn.liangxin.graph.ledger.LedgerImporter;
import cn.liangxin.graph.store.SchemaMigrations;
import cn.liangxin.graph.store.StoreSessions;

/**
 * With {@code liangxin.demo=true} (the default) and an empty store, generates the demo
 * district (a deterministic synthetic city of {@code liangxin.demo-organizations}, 3,000
 * by default) and imports it through the normal importer, so the first start shows
 * something real.
 */
@Component
class DemoCityLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCityLoader.class);

	private final boolean enabled;

	private final int organizations;

	private final StoreSessions sessions;

	private final LedgerImporter importer;

	DemoCityLoader(@Value("${liangxin.demo:true}") boolean enabled,
			@Value("${liangxin.demo-organizations:3000}") int organizations, StoreSessions sessions,
			LedgerImporter importer, SchemaMigrations schemaApplied) {
		this.enabled = enabled;
		this.organizations = organizations;
		this.sessions = sessions;
		this.importer = importer;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		boolean empty;
		try (var session = this.sessions.open()) {
			empty = session.executeRead(tx -> tx.run("MATCH (o:Organization) RETURN count(o) = 0 AS empty")
				.single()
				.get("empty")
				.asBoolean());
		}
		if (!empty) {
			log.info("The store holds organizations: no demo city generated");
			return;
		}
		log.info("Empty store and liangxin.demo=true: generating and importing a demo city of {} organizations",
				this.organizations);
		var result = this.importer
			.importBundle(CityGenerator.inMemoryBundle(CityParameters.of(this.organizations, 11L)));
		log.info("Demo city imported: {} rows in {} ms", result.totalRows(), result.millis());
	}

}
