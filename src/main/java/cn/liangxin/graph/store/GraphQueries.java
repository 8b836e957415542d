package cn.liangxin.graph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.neo4j.driver.Record;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import cn.liangxin.graph.load.Cancellation;

/**
 * Runs named, parameterised Cypher through Spring Data Neo4j's client and times each
 * statement by name ({@code liangxin.cypher} timer, tag {@code query}), so a request's
 * statements can be counted (batch loading keeps them bounded) and slow ones seen in the
 * metrics. Reads join the caller's read-only transaction, which a cluster routes to a
 * reader. A statement of watched work ({@link Cancellation}) carries the work's id, so
 * that it can be terminated when the work is stopped ({@link StoppedQueries}).
 */
@Component
public class GraphQueries {

	private final Neo4jClient client;

	private final MeterRegistry meters;

	private final Map<String, String> files = new ConcurrentHashMap<>();

	public GraphQueries(Neo4jClient client, MeterRegistry meters) {
		this.client = client;
		this.meters = meters;
	}

	/**
	 * All rows of a statement, each mapped by {@code mapper}; {@code null} parameters are
	 * Cypher nulls.
	 */
	public <T> List<T> list(String name, String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		@SuppressWarnings("unchecked")
		Class<T> rows = (Class<T>) Object.class;
		// stopped work starts no statement; a running one is ended by StoppedQueries
		Cancellation.checkpoint();
		return timer(name).record(() -> List.copyOf(this.client.query(cypher)
			.bindAll(StoppedQueries.tagged(new HashMap<>(parameters)))
			.fetchAs(rows)
			.mappedBy((types, record) -> mapper.apply(record))
			.all()));
	}

	/** The single row of a statement, if any. */
	public <T> Optional<T> one(String name, String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		return list(name, cypher, parameters, mapper).stream().findFirst();
	}

	/**
	 * A statement from {@code cypher/<path>}: the analyst's file is the statement the
	 * service runs.
	 */
	public String file(String path) {
		return this.files.computeIfAbsent(path, GraphQueries::read);
	}

	/** How many statements ran so far, all names together. */
	public long countAll() {
		return this.meters.find("liangxin.cypher").timers().stream().mapToLong(Timer::count).sum();
	}

	private Timer timer(String name) {
		return Timer.builder("liangxin.cypher")
			.description("Cypher statements run by the service")
			.tag("query", name)
			.register(this.meters);
	}

	private static String read(String path) {
		try {
			String text = new ClassPathResource("cypher/" + path).getContentAsString(StandardCharsets.UTF_8).strip();
			// The files end with a semicolon so they paste into Neo4j Browser; the driver
			// wants one statement.
			return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing Cypher file cypher/" + path, ex);
		}
	}

}
