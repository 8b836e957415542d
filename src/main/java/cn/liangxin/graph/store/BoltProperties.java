package cn.liangxin.graph.store;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded server's Bolt connector.
 *
 * @param boltPassword the password of user {@code neo4j}
 * ({@code liangxin.store.bolt-password}), so an analyst can run the cypher/ queries in
 * Neo4j Browser or cypher-shell; unset: a random one made at each start and known only to
 * the service
 * @param boltAddress where Bolt listens ({@code liangxin.store.bolt-address},
 * {@code host:port}); loopback and a free port by default
 */
@ConfigurationProperties("liangxin.store")
public record BoltProperties(@Nullable String boltPassword, @DefaultValue("127.0.0.1:0") String boltAddress) {
}
