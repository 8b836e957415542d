package cn.liangxin.graph.api;

import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import reactor.core.publisher.Mono;

import cn.liangxin.graph.load.Cancellation;
import cn.liangxin.graph.store.StoreSnapshots;

/**
 * Every field of one query reads the same committed state: the whole execution runs under
 * {@link StoreSnapshots#reading}, on the request's thread (resolvers and batch loaders
 * return plain values, so graphql-java runs them all on the thread that executes the
 * request, and the lock is released on the thread that took it). The same execution is
 * {@link Cancellation#watching watched}: it stops at {@code liangxin.query-timeout} or
 * when the client goes away. Mutations are left alone: they write, and run to their end.
 */
@Component
class OneSnapshot implements WebGraphQlInterceptor {

	private final StoreSnapshots snapshots;

	private final Cancellation cancellation;

	OneSnapshot(StoreSnapshots snapshots, Cancellation cancellation) {
		this.snapshots = snapshots;
		this.cancellation = cancellation;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!query(request)) {
			return chain.next(request);
		}
		return Mono.fromCallable(() -> this.cancellation.watching(servletRequest(),
				() -> this.snapshots.reading(() -> chain.next(request).block())));
	}

	// The HTTP request being executed on this thread, if any (none in tests that call the
	// GraphQL service directly).
	private static @Nullable HttpServletRequest servletRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
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
