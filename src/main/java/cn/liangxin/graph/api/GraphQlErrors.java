package cn.liangxin.graph.api;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import cn.liangxin.graph.access.ForbiddenException;
import cn.liangxin.graph.access.InvalidAccountException;
import cn.liangxin.graph.network.InvalidArgumentException;
import cn.liangxin.graph.network.NotFoundException;
import cn.liangxin.graph.store.UnavailableException;

/**
 * Maps a bad argument to a BAD_REQUEST error, an unknown id to NOT_FOUND and a scope outside the
 * caller's area to FORBIDDEN, each with a message naming the argument and its value; a feature the
 * Neo4j server lacks a plugin for to UNAVAILABLE, naming the plugin. Anything else stays Spring's INTERNAL_ERROR without details,
 * so no stack trace reaches a client.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		ErrorType type = (ex instanceof InvalidArgumentException || ex instanceof IllegalArgumentException
				|| ex instanceof InvalidAccountException) ? ErrorType.BAD_REQUEST
						: (ex instanceof NotFoundException) ? ErrorType.NOT_FOUND
								: (ex instanceof ForbiddenException) ? ErrorType.FORBIDDEN : null;
		if (ex instanceof UnavailableException) {
			return GraphqlErrorBuilder.newError(env).errorType(Unavailable.UNAVAILABLE).message(ex.getMessage()).build();
		}
		if (type == null) {
			return null;
		}
		return GraphqlErrorBuilder.newError(env).errorType(type).message(ex.getMessage()).build();
	}

	/** Beside Spring's ErrorType: what the server cannot do now (a missing plugin). */
	enum Unavailable implements ErrorClassification {
		UNAVAILABLE
	}
}
