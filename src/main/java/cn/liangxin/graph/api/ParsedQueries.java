package cn.liangxin.graph.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parses and validates each distinct query text once. Clients ask the same few queries
 * again and again with other variables (the explorer's panels, a script's lookups), and
 * graphql-java would otherwise parse and validate the document on every request. Bounded:
 * the {@value #MAX_QUERIES} most recently used texts of at most {@value #MAX_CHARS}
 * characters.
 */
@Configuration(proxyBeanMethods = false)
class ParsedQueries implements PreparsedDocumentProvider {

	static final int MAX_QUERIES = 1_000;

	static final int MAX_CHARS = 20_000;

	private final Map<String, PreparsedDocumentEntry> documents = Collections
		.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
				return size() > MAX_QUERIES;
			}
		});

	@Bean
	GraphQlSourceBuilderCustomizer parsedQueriesOnce() {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		if (query.length() > MAX_CHARS) {
			return CompletableFuture.completedFuture(parseAndValidate.apply(input));
		}
		PreparsedDocumentEntry entry = this.documents.get(query);
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			this.documents.put(query, entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** How many query texts are held (for tests). */
	int size() {
		return this.documents.size();
	}

}
