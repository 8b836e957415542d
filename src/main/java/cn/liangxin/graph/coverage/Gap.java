package cn.liangxin.graph.coverage;

import org.jspecify.annotations.Nullable;

/**
 * One gap: what it is, whom it is about, and why.
 *
 * @param kind the gap kind
 * @param subjectId the organization's, party organization's or officer's id (see
 * {@link GapKind#subject()})
 * @param count for HIDDEN_MEMBERS and PROBATION_OVERDUE how many members; for TERM_DUE
 * the days left (negative: overdue); otherwise the figure that made it a gap (full
 * members, members, units, days since verified or since planned, stars), or null
 * @param reason a plain sentence in Chinese and English a planner can act on
 */
public record Gap(GapKind kind, String subjectId, @Nullable Integer count, String reason) {
}
