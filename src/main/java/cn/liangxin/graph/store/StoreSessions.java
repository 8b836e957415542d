package cn.liangxin.graph.store;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Driver sessions on the configured database, for writes that must commit on their own,
 * whatever transaction the caller is in (an audit record of a refused request, a user
 * change).
 */
@Component
public class StoreSessions {

	private final Driver driver;

	private final DatabaseSelectionProvider databases;

	public StoreSessions(Driver driver, DatabaseSelectionProvider databases) {
		this.driver = driver;
		this.databases = databases;
	}

	public Session open() {
		String database = this.databases.getDatabaseSelection().getValue();
		return this.driver
			.session(database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database));
	}

}
