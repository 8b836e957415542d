package cn.liangxin.graph.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import cn.liangxin.graph.access.ForbiddenException;
import cn.liangxin.graph.load.BusyException;
import cn.liangxin.graph.access.InvalidAccountException;
import cn.liangxin.graph.network.InvalidArgumentException;
import cn.liangxin.graph.network.NotFoundException;

/**
 * Maps a bad argument to a BAD_REQUEST error, an unknown id to NOT_FOUND and a scope outside the
 * caller's area to FORBIDDEN, each with a message naming the argument and its value, and a
 * field refused by the bulkhead to UNAVAILABLE. Anything else stays Spring's INTERNAL_ERROR without details,
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
		if (ex instanceof BusyException busy) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(HeavyFields.UNAVAILABLE)
				.message(busy.getMessage())
				.extensions(java.util.Map.of("retryAfterSeconds", busy.retryAfter().toSeconds()))
				.build();
		}
		if (type == null) {
			return null;
		}
		return GraphqlErrorBuilder.newError(env).errorType(type).message(ex.getMessage()).build();
	}
}
