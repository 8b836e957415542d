package cn.liangxin.graph.api;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import graphql.GraphQLContext;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.ValuesResolver;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLArgument;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What one GraphQL request may cost, checked before any resolver runs: a maximum depth
 * and a maximum complexity ({@code liangxin.graphql.max-depth}, {@code .max-complexity}).
 * Every field counts 1, an analytic {@value #HEAVY_COST}; a field with a page size
 * ({@code first}, {@code maxNodes}) multiplies what it selects by the size in tens;
 * aliases count as fields. A request over a limit is refused with an error naming the
 * limit and its own figure.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLimits {

	static final int HEAVY_COST = 100;

	/** Query fields that run an analytic or a planner over a whole scope. */
	static final Set<String> HEAVY = Set.of("coverage", "coverageGaps", "gapHotspots", "jointBranchCandidates",
			"joinSuggestions", "simulateJointBranches", "networkMap", "clusters", "officerAssignmentPlan",
			"memberProfile", "coverageTrend", "coverageChanges");

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(@Value("${liangxin.graphql.max-depth:12}") int maxDepth) {
		return new MaxQueryDepthInstrumentation(maxDepth);
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(
			@Value("${liangxin.graphql.max-complexity:5000}") int maxComplexity) {
		return new MaxQueryComplexityInstrumentation(maxComplexity, complexity());
	}

	@Bean
	ExplicitNullIsDefault explicitNullIsDefault() {
		return new ExplicitNullIsDefault();
	}

	static FieldComplexityCalculator complexity() {
		return (environment, childComplexity) -> {
			int own = HEAVY.contains(environment.getField().getName()) ? HEAVY_COST : 1;
			Object size = environment.getArguments().getOrDefault("first", environment.getArguments().get("maxNodes"));
			int times = size instanceof Number n ? Math.max(1, (n.intValue() + 9) / 10) : 1;
			return own + childComplexity * times;
		};
	}

	/**
	 * An explicit {@code null} for an argument that has a default
	 * ({@code organizations(first: null)}) means the default, rather than failing inside
	 * the resolver.
	 */
	static final class ExplicitNullIsDefault extends SimplePerformantInstrumentation {

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
				InstrumentationFieldFetchParameters parameters, @Nullable InstrumentationState state) {
			var definition = parameters.getEnvironment().getFieldDefinition();
			if (definition.getArguments().stream().noneMatch(GraphQLArgument::hasSetDefaultValue)) {
				return dataFetcher;
			}
			return environment -> {
				Map<String, Object> arguments = null;
				for (GraphQLArgument argument : definition.getArguments()) {
					if (argument.hasSetDefaultValue() && environment.containsArgument(argument.getName())
							&& environment.getArgument(argument.getName()) == null) {
						if (arguments == null) {
							arguments = new HashMap<>(environment.getArguments());
						}
						arguments.put(argument.getName(),
								ValuesResolver.valueToInternalValue(argument.getArgumentDefaultValue(),
										argument.getType(), GraphQLContext.getDefault(), Locale.getDefault()));
					}
				}
				return dataFetcher.get(arguments == null ? environment
						: DataFetchingEnvironmentImpl.newDataFetchingEnvironment(environment)
							.arguments(arguments)
							.build());
			};
		}

	}

}
