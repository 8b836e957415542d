package cn.liangxin.graph.network;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which organizations a list shows.
 *
 * @param scope where
 * @param statuses which statuses (ACTIVE unless asked otherwise)
 * @param kind ENTERPRISE, SOCIAL_ORGANIZATION or INDIVIDUAL_BUSINESS, or any
 * @param industryPrefix a prefix of the normalised industry code ({@code I}, {@code I65},
 * {@code I6513})
 * @param nameContains a substring of the name
 * @param aboveScale only above-scale (true) or only below (false) organizations, or both
 */
public record OrganizationQuery(Scope scope, List<String> statuses, @Nullable String kind,
		@Nullable String industryPrefix, @Nullable String nameContains, @Nullable Boolean aboveScale) {
}
