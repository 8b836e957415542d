package cn.liangxin.graph.api;

import graphql.ErrorClassification;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

import cn.liangxin.graph.load.Cancellation;
import cn.liangxin.graph.load.HeavyWork;
import cn.liangxin.graph.load.HeavyWorkProperties;

/**
 * The GraphQL side of the bulkhead: each analytic of {@link GraphQlLimits#HEAVY} asked at
 * the top of a query takes a turn of {@link HeavyWork} while it runs (one at a time
 * within a request, as the fields run one after the other); a field refused is an error
 * classified {@link #UNAVAILABLE} (its siblings still answer), and a response with such
 * an error carries {@code Retry-After}. The status stays 200, as GraphQL over HTTP
 * answers a request that was executed.
 */
@Configuration(proxyBeanMethods = false)
class HeavyFields {

	/** The classification of a field refused by the bulkhead. */
	static final ErrorClassification UNAVAILABLE = ErrorClassification.errorClassification("UNAVAILABLE");

	@Bean
	SimplePerformantInstrumentation heavyFieldTurns(HeavyWork heavy) {
		return new SimplePerformantInstrumentation() {

			@Override
			public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher,
					InstrumentationFieldFetchParameters parameters, @Nullable InstrumentationState state) {
				var environment = parameters.getEnvironment();
				boolean topLevel = environment.getParentType() instanceof GraphQLObjectType parent
						&& parent.getName().equals("Query");
				if (!topLevel || !GraphQlLimits.HEAVY.contains(environment.getField().getName())) {
					return fetcher;
				}
				return env -> {
					// a stopped request takes no turn for its next analytic
					Cancellation.checkpoint();
					heavy.enter();
					try {
						return fetcher.get(env);
					}
					finally {
						heavy.leave();
					}
				};
			}
		};
	}

	@Bean
	WebGraphQlInterceptor retryAfterWhenRefused(HeavyWorkProperties properties) {
		return (request, chain) -> chain.next(request).map(response -> {
			if (response.getErrors().stream().anyMatch(error -> UNAVAILABLE.equals(error.getErrorType()))) {
				response.getResponseHeaders()
					.set(HttpHeaders.RETRY_AFTER, Long.toString(properties.retryAfter().toSeconds()));
			}
			return response;
		});
	}

}
