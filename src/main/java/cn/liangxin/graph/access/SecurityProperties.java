package cn.liangxin.graph.access;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of accounts and the HTTP surface.
 *
 * @param adminPassword the password of the first {@code admin}
 * ({@code liangxin.security.admin-password}); when unset on a store without an ADMIN, one
 * is generated, logged once and written to {@code <data-dir>/initial-admin-password}
 * @param maxFailedLogins failures of one username within {@code lockout} that lock it
 * @param lockout how long a username stays locked, and the window failures are counted in
 * @param roleClaim the JWT claim holding the role, when an identity provider is
 * configured
 * @param areaClaim the JWT claim holding the area code
 */
@ConfigurationProperties("liangxin.security")
public record SecurityProperties(@Nullable String adminPassword, @DefaultValue("5") int maxFailedLogins,
		@DefaultValue("15m") Duration lockout, @DefaultValue("role") String roleClaim,
		@DefaultValue("area_code") String areaClaim) {
}
