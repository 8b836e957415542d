package cn.liangxin.graph.store;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * What the Neo4j server behind the service offers, found once at start-up and logged: its
 * version and edition, and whether Graph Data Science and APOC are installed. Aura Free
 * and Professional have no GDS, a plain server may lack both: the service still starts,
 * says which capabilities are off (the log, and {@code /actuator/health} details for an
 * ADMIN as {@code store}), and only what needs a missing plugin answers
 * {@link UnavailableException}. APOC is reported but nothing of the service needs it.
 */
@Component("store")
public class StoreCapabilities implements HealthIndicator, SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(StoreCapabilities.class);

	/** The plugin clustering needs. */
	public static final String GDS = "Graph Data Science (GDS)";

	private final StoreSessions sessions;

	private final URI uri;

	private final boolean embedded;

	private volatile @Nullable Found found;

	record Found(ServerVersion version, String edition, @Nullable String gds, @Nullable String apoc) {
	}

	public StoreCapabilities(StoreSessions sessions, Neo4jConnectionDetails connection,
			@Value("${spring.neo4j.uri:}") String configuredUri) {
		this.sessions = sessions;
		this.uri = connection.getUri();
		this.embedded = configuredUri.isBlank();
	}

	/** Asked of the server once, at start-up ({@link #afterSingletonsInstantiated()}). */
	Found found() {
		Found found = this.found;
		if (found == null) {
			found = detect();
			this.found = found;
		}
		return found;
	}

	/** Whether GDS answers; clustering checks this before it projects a graph. */
	public boolean gds() {
		return found().gds() != null;
	}

	/** Refuses a feature that needs GDS when the server has none. */
	public void requireGds(String feature) {
		if (!gds()) {
			throw new UnavailableException(feature, GDS);
		}
	}

	/** The capabilities that are off, each with what it costs, e.g. "GDS: clusters". */
	public List<String> off() {
		Found found = found();
		var off = new ArrayList<String>();
		if (!found.version().supported()) {
			off.add("Neo4j " + found.version().text() + " is older than " + ServerVersion.MINIMUM.text()
					+ ": the schema and queries are written for " + ServerVersion.MINIMUM.text() + " (unsupported)");
		}
		if (found.gds() == null) {
			off.add(GDS + ": clusters");
		}
		if (found.apoc() == null) {
			off.add("APOC: nothing of the service needs it");
		}
		return off;
	}

	/**
	 * Once every bean is made (the schema applied), before the service says it has
	 * started.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		Found found = found();
		log.info("Neo4j {} {} at {} ({}, user authenticated over Bolt): GDS {}, APOC {}", found.version().text(),
				found.edition(), this.uri, this.embedded ? "embedded server in this JVM" : "external server",
				found.gds() == null ? "absent" : found.gds(), found.apoc() == null ? "absent" : found.apoc());
		for (String off : off()) {
			log.warn("Capability off: {}", off);
		}
	}

	@Override
	public Health health() {
		Found found = found();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("uri", this.uri.getScheme() + "://" + this.uri.getAuthority());
		details.put("server", this.embedded ? "embedded" : "external");
		details.put("version", found.version().text());
		details.put("edition", found.edition());
		details.put("gds", found.gds() == null ? "absent" : found.gds());
		details.put("apoc", found.apoc() == null ? "absent" : found.apoc());
		details.put("capabilitiesOff", off());
		return Health.up().withDetails(details).build();
	}

	private Found detect() {
		try (var session = this.sessions.open()) {
			var component = session.run("""
					CALL dbms.components() YIELD name, versions, edition
					WHERE name = 'Neo4j Kernel'
					RETURN versions[0] AS version, edition
					""").single();
			ServerVersion version = ServerVersion.parse(component.get("version").asString());
			String edition = component.get("edition").asString();
			// SHOW FUNCTIONS lists what is installed without calling it (an absent
			// function fails the whole statement)
			List<String> functions = session.run("""
					SHOW FUNCTIONS YIELD name WHERE name IN ['gds.version', 'apoc.version'] OR name STARTS WITH 'apoc.'
					RETURN name
					""").list(r -> r.get("name").asString());
			String gds = functions.contains("gds.version")
					? session.run("RETURN gds.version() AS v").single().get("v").asString() : null;
			String apoc = functions.contains("apoc.version")
					? session.run("RETURN apoc.version() AS v").single().get("v").asString()
					: functions.stream().anyMatch(f -> f.startsWith("apoc.")) ? "installed" : null;
			return new Found(version, edition, gds, apoc);
		}
	}

}
