package cn.liangxin.graph.network;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Which party organizations a list shows.
 *
 * @param scope where: covering an organization of the scope, or sitting in its area or
 * park
 * @param level COMMITTEE, GENERAL_BRANCH or BRANCH, or any
 * @param formation STANDALONE, JOINT, AFFILIATED or AREA, or any
 * @param nameContains a substring of the name
 * @param stars exactly this star rating (星级), or any
 * @param rating ADVANCED, GOOD, AVERAGE or WEAK (分类定级), or any
 * @param termDueBefore only those whose term ends (换届日期) before this date, or any
 */
public record PartyOrganizationQuery(Scope scope, @Nullable String level, @Nullable String formation,
		@Nullable String nameContains, @Nullable Integer stars, @Nullable String rating,
		@Nullable LocalDate termDueBefore) {
}
