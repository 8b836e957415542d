package cn.liangxin.graph.store;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

import cn.liangxin.graph.Application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The service refuses root unless {@code liangxin.allow-root=true}; the check agrees with
 * {@code id -u}.
 */
class RootGuardTests {

	@Test
	void knowsWhetherItRunsAsRootAsIdDoes() throws Exception {
		Process id = new ProcessBuilder("id", "-u").start();
		String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		assertThat(id.waitFor()).isZero();
		assertThat(RootGuard.isRoot()).isEqualTo(uid.equals("0"));
	}

	@Test
	void refusesRootUnlessAllowedAndSaysWhy() {
		var guard = new RootGuard();
		if (RootGuard.isRoot()) {
			assertThatIllegalStateException().isThrownBy(() -> guard.onApplicationEvent(event(Map.of())))
				.withMessageContaining("refuses to run as root")
				.withMessageContaining("liangxin.allow-root=true");
			// the real application stops there, before the store is opened (false:
			// whatever the
			// environment says, as .ci/run allows root for the rest of the build)
			assertThatIllegalStateException()
				.isThrownBy(() -> new SpringApplicationBuilder(Application.class)
					.run("--liangxin.data-dir=target/root-guard", "--liangxin.allow-root=false"))
				.withMessageContaining("refuses to run as root");
			assertThat(new java.io.File("target/root-guard")).doesNotExist();
		}
		assertThatCode(() -> guard.onApplicationEvent(event(Map.of(RootGuard.ALLOW_ROOT, "true"))))
			.doesNotThrowAnyException();
	}

	private static ApplicationEnvironmentPreparedEvent event(Map<String, Object> properties) {
		var environment = new StandardEnvironment();
		// only the given properties: not LIANGXIN_ALLOW_ROOT, which .ci/run sets for the
		// rest of the build
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(),
				new String[0], environment);
	}

}
