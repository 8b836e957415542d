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

/** The service refuses root unless {@code liangxin.allow-root=true}; the check agrees with {@code id -u}. */
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
			// the real application stops there, before the store is opened
			assertThatIllegalStateException()
				.isThrownBy(() -> new SpringApplicationBuilder(Application.class).run("--liangxin.data-dir=target/root-guard"))
				.withMessageContaining("refuses to run as root");
			assertThat(new java.io.File("target/root-guard")).doesNotExist();
		}
		assertThatCode(() -> guard.onApplicationEvent(event(Map.of(RootGuard.ALLOW_ROOT, "true")))).doesNotThrowAnyException();
	}

	private static ApplicationEnvironmentPreparedEvent event(Map<String, Object> properties) {
		var environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(), new String[0],
				environment);
	}
}
