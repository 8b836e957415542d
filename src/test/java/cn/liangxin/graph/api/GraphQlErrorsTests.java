package cn.liangxin.graph.api;

import java.time.Duration;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.graphql.execution.ErrorType;

import cn.liangxin.graph.access.ForbiddenException;
import cn.liangxin.graph.load.Cancellation;
import cn.liangxin.graph.network.InvalidArgumentException;
import cn.liangxin.graph.network.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caller's mistakes are named to the caller; the service's own faults are not blamed
 * on it.
 */
class GraphQlErrorsTests {

	@Test
	void theCallersMistakesAreClassifiedAndNamed() {
		GraphQLError bad = classify(
				new InvalidArgumentException("first", 5000, "is more than the 1000 items a page may hold"));
		assertThat(bad.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
		assertThat(bad.getMessage()).contains("first").contains("5000");
		assertThat(classify(new NotFoundException("id", "X", "is no organization")).getErrorType())
			.isEqualTo(ErrorType.NOT_FOUND);
		assertThat(classify(new ForbiddenException("scope.areaCode", "310121002000")).getErrorType())
			.isEqualTo(ErrorType.FORBIDDEN);
	}

	@Test
	void anInternalFaultIsAnInternalErrorWithAnIdAndNothingOfItsMessage() {
		for (RuntimeException fault : new RuntimeException[] { new IllegalArgumentException("lat 95 at /srv/data/x"),
				new IllegalStateException("Neo.ClientError.Statement.SyntaxError near MATCH") }) {
			GraphQLError error = classify(fault);
			assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
			assertThat(error.getMessage()).matches(".*编号 [0-9a-f-]{36} .*")
				.doesNotContain("/srv")
				.doesNotContain("Neo.")
				.doesNotContain("lat 95");
		}
	}

	@Test
	void whateverFailsInWorkThatPassedItsDeadlineIsTheTimeoutNamed() {
		var cancellation = new Cancellation(Duration.ofSeconds(30),
				new StaticListableBeanFactory().getBeanProvider(Cancellation.Stopper.class));
		try {
			GraphQLError error = cancellation.watching(null, Duration.ofMillis(200), () -> {
				while (Cancellation.stopped() == null) {
					try {
						Thread.sleep(20);
					}
					catch (InterruptedException ex) {
						// the watchdog's interrupt: the deadline passed
					}
				}
				// as the driver fails once interrupted
				return classify(new IllegalStateException("Connection to the database terminated"));
			});
			assertThat(error.getErrorType()).isEqualTo(GraphQlErrors.TIMEOUT);
			assertThat(error.getMessage()).contains("liangxin.query-timeout").doesNotContain("Connection");
			assertThat(Thread.currentThread().isInterrupted()).isFalse();
			// outside the watched work, a fault is the service's own again
			assertThat(classify(new IllegalStateException("x")).getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
		}
		finally {
			cancellation.destroy();
		}
	}

	private static GraphQLError classify(RuntimeException ex) {
		return GraphQlErrors.classify(ex, GraphqlErrorBuilder.newError(), "/organization");
	}

}
