/**
 * Coverage analytics: 组织覆盖 / 工作覆盖 figures of a scope with their breakdowns, every kind of
 * gap of docs/domain.md with a reason a planner can act on, and where the gaps sit on a
 * grid. The statements are the analyst's files under {@code cypher/queries/coverage/}.
 */
@NullMarked
package cn.liangxin.graph.coverage;

import org.jspecify.annotations.NullMarked;
