/**
 * Accounts, roles and area scope (属地管理): who may read and import what, the audit record
 * of logins, imports, user changes and exports, and the HTTP security of the service. A
 * caller who is not an ADMIN sees its own area and everything below it;
 * {@link cn.liangxin.graph.access.AreaAccess} is the one place that decides it, and every
 * scope and lookup passes through it.
 */
@NullMarked
package cn.liangxin.graph.access;

import org.jspecify.annotations.NullMarked;
