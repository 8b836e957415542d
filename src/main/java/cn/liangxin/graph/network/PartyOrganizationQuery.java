package cn.liangxin.graph.network;

import org.jspecify.annotations.Nullable;

/**
 * Which party organizations a list shows.
 *
 * @param scope where: covering an organization of the scope, or sitting in its area or park
 * @param level COMMITTEE, GENERAL_BRANCH or BRANCH, or any
 * @param formation STANDALONE, JOINT, AFFILIATED or AREA, or any
 * @param nameContains a substring of the name
 */
public record PartyOrganizationQuery(Scope scope, @Nullable String level, @Nullable String formation,
		@Nullable String nameContains) {
}
