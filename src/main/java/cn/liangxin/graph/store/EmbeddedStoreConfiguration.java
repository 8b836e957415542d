package cn.liangxin.graph.store;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts the embedded Neo4j when no {@code spring.neo4j.uri} is configured and hands its
 * Bolt address to Spring Boot, so the driver and Spring Data Neo4j connect to it like to
 * any server. Being a dependency of the driver, the server stops only after the driver
 * has closed.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedStoreConfiguration.NoExternalUri.class)
class EmbeddedStoreConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(StoreProperties properties, BoltProperties bolt) {
		String password = (bolt.boltPassword() == null || bolt.boltPassword().isBlank()) ? randomPassword()
				: bolt.boltPassword();
		return EmbeddedNeo4j.start(properties.dataDir(), properties.pageCache(), properties.transactionMemory(),
				bolt.boltAddress(), password);
	}

	/**
	 * Known only to this process: nothing else can open the store unless a password is
	 * configured.
	 */
	private static String randomPassword() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Bean
	Neo4jConnectionDetails neo4jConnectionDetails(EmbeddedNeo4j server) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return server.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.basic(EmbeddedNeo4j.BOLT_USER, server.boltPassword());
			}
		};
	}

	static class NoExternalUri extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String uri = context.getEnvironment().getProperty("spring.neo4j.uri");
			return (uri == null || uri.isBlank()) ? ConditionOutcome.match("no spring.neo4j.uri: embedded Neo4j")
					: ConditionOutcome.noMatch("spring.neo4j.uri is set: external Neo4j at " + uri);
		}

	}

}
