package cn.liangxin.graph.access;

import org.jspecify.annotations.Nullable;

/**
 * A user as the API shows it: never its password or hash.
 *
 * @param username the login name
 * @param role what the user may do
 * @param areaCode the area the user sees; null for an ADMIN
 * @param enabled whether the user may log in
 */
public record Account(String username, Role role, @Nullable String areaCode, boolean enabled) {
}
