package cn.liangxin.graph.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The store-wide import lock ({@link ImportLock}).
 *
 * @param lockWait how long an import waits for another one to finish before it is refused
 * ({@code liangxin.import.lock-wait}; 409 then)
 * @param lockLease how long the lock outlives its holder's last sign of life
 * ({@code liangxin.import.lock-lease}): an instance killed during an import blocks others
 * at most this long
 */
@ConfigurationProperties("liangxin.import")
public record ImportLockProperties(@DefaultValue("10s") Duration lockWait, @DefaultValue("30s") Duration lockLease) {
}
