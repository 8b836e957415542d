package cn.liangxin.graph.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which servers the service supports, from the version text {@code dbms.components()}
 * answers.
 */
class ServerVersionTests {

	@Test
	void fiveTwentySixAndEveryCalendarVersionAreSupported() {
		assertThat(ServerVersion.parse("5.26.30").supported()).isTrue();
		assertThat(ServerVersion.parse("5.26.0").supported()).isTrue();
		assertThat(ServerVersion.parse("2025.01.0").supported()).isTrue();
		assertThat(ServerVersion.parse("2026.10.1-aura").supported()).isTrue();
	}

	@Test
	void olderServersAndUnreadableVersionsAreNot() {
		assertThat(ServerVersion.parse("5.25.1").supported()).isFalse();
		assertThat(ServerVersion.parse("5.9.0").supported()).isFalse();
		assertThat(ServerVersion.parse("4.4.41-aura").supported()).isFalse();
		assertThat(ServerVersion.parse("dev").supported()).isFalse();
		assertThat(ServerVersion.parse(null).supported()).isFalse();
	}

	@Test
	void readsMajorAndMinor() {
		ServerVersion v = ServerVersion.parse("5.26.30");
		assertThat(v.major()).isEqualTo(5);
		assertThat(v.minor()).isEqualTo(26);
		assertThat(v.text()).isEqualTo("5.26.30");
	}

}
