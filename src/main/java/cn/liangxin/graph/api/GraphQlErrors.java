package cn.liangxin.graph.api;

import java.util.Map;
import java.util.UUID;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

import cn.liangxin.graph.ledger.LedgerImporter;
import cn.liangxin.graph.access.ForbiddenException;
import cn.liangxin.graph.access.InvalidAccountException;
import cn.liangxin.graph.load.BusyException;
import cn.liangxin.graph.load.Cancellation;
import cn.liangxin.graph.network.InvalidArgumentException;
import cn.liangxin.graph.network.NotFoundException;
import cn.liangxin.graph.store.UnavailableException;

/**
 * Classifies what a resolver throws. The caller's mistakes are the service's own
 * exceptions, each naming the argument and its value: a bad argument or account is
 * BAD_REQUEST, an unknown id NOT_FOUND, a scope outside the caller's area FORBIDDEN. A
 * field refused by the bulkhead, or a feature the Neo4j server lacks a plugin for, is
 * UNAVAILABLE. Whatever a request's work throws once {@link Cancellation} stopped it (a
 * driver error after the interrupt, a planner's checkpoint) is that stop: TIMEOUT, with
 * the limit named. Spring Security's own refusals are left to its resolver. Anything else
 * is the service's fault, not the caller's — an {@link IllegalArgumentException} from
 * deep inside included — and answers INTERNAL_ERROR with an id that finds the logged
 * stack trace, and nothing of its message.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	/**
	 * The classification of a field whose request was stopped (liangxin.query-timeout).
	 */
	static final ErrorClassification TIMEOUT = ErrorClassification.errorClassification("TIMEOUT");

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			return null;
		}
		return classify(ex, GraphqlErrorBuilder.newError(env), String.valueOf(env.getExecutionStepInfo().getPath()));
	}

	static GraphQLError classify(Throwable ex, GraphqlErrorBuilder<?> error, String where) {
		String stopped = Cancellation.stopped();
		if (stopped != null) {
			return error.errorType(TIMEOUT).message(stopped).build();
		}
		if (ex instanceof BusyException busy) {
			return error.errorType(HeavyFields.UNAVAILABLE)
				.message(busy.getMessage())
				.extensions(Map.of("retryAfterSeconds", busy.retryAfter().toSeconds()))
				.build();
		}
		ErrorClassification type = (ex instanceof InvalidArgumentException || ex instanceof InvalidAccountException
				|| ex instanceof LedgerImporter.RevertRefusedException
				|| ex instanceof LedgerImporter.ImportRunningException)
						? ErrorType.BAD_REQUEST
						: (ex instanceof NotFoundException) ? ErrorType.NOT_FOUND
								: (ex instanceof ForbiddenException) ? ErrorType.FORBIDDEN
										: (ex instanceof UnavailableException) ? Unavailable.UNAVAILABLE : null;
		if (type != null) {
			return error.errorType(type).message(ex.getMessage()).build();
		}
		String id = UUID.randomUUID().toString();
		log.error("Internal error {} at {}", id, where, ex);
		return error.errorType(ErrorType.INTERNAL_ERROR)
			.message("服务内部错误，编号 " + id + " (internal error, id " + id + ")")
			.build();
	}

	/**
	 * Beside Spring's ErrorType: what the server cannot do (a missing plugin); no retry
	 * helps.
	 */
	enum Unavailable implements ErrorClassification {

		UNAVAILABLE

	}

}
