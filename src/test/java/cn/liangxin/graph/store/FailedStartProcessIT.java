package cn.liangxin.graph.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.liangxin.graph.support.ServiceProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that cannot start ends its JVM (issue 17: never half-dead), so a supervisor
 * watching the process restarts it. Before, a start that failed once the store had begun
 * its threads left the JVM alive with nothing listening.
 */
class FailedStartProcessIT {

	@Test
	void aServiceThatCannotOpenItsStoreEndsItsProcess(@TempDir Path dir) {
		try (var first = ServiceProcess.start("first", dir, List.of("liangxin.demo=false"), "Started Application in")
			.awaitStarted()) {
			// the same data directory: its store is locked by the first
			try (var second = ServiceProcess.start("second", dir, List.of("liangxin.demo=false"),
					"Started Application in")) {
				OptionalInt exit = second.process().awaitExit(Duration.ofMinutes(5));
				assertThat(exit).as("the second service's JVM has ended (its log: %s)", second.process().log())
					.isPresent();
				assertThat(exit.getAsInt()).isNotZero();
			}
			assertThat(first.process().isAlive()).isTrue();
		}
	}

}
