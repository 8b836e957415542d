package cn.liangxin.graph.api;

import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import cn.liangxin.graph.store.StoreSnapshots;

/**
 * Every field of one query reads the same committed state: the whole execution runs under
 * {@link StoreSnapshots#reading}, on the request's thread (resolvers and batch loaders
 * return plain values, so graphql-java runs them all on the thread that executes the
 * request, and the lock is released on the thread that took it). Mutations are left
 * alone: they write.
 */
@Component
class OneSnapshot implements WebGraphQlInterceptor {

	private final StoreSnapshots snapshots;

	OneSnapshot(StoreSnapshots snapshots) {
		this.snapshots = snapshots;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!query(request)) {
			return chain.next(request);
		}
		return Mono.fromCallable(() -> this.snapshots.reading(() -> chain.next(request).block()));
	}

	// A query (or a document graphql-java will refuse anyway), not a mutation.
	private static boolean query(WebGraphQlRequest request) {
		try {
			return Parser.parse(request.getDocument())
				.getDefinitionsOfType(OperationDefinition.class)
				.stream()
				.filter(op -> request.getOperationName() == null || request.getOperationName().equals(op.getName()))
				.allMatch(op -> op.getOperation() == OperationDefinition.Operation.QUERY);
		}
		catch (InvalidSyntaxException ex) {
			return false;
		}
	}

}
