package cn.liangxin.graph.officers;

import org.jspecify.annotations.Nullable;

import cn.liangxin.graph.coverage.GapThresholds;

/**
 * The rules of an assignment plan.
 *
 * @param maxLoad the most ACTIVE organizations an officer may guide in all, current ones
 * included (10, the OFFICER_OVERLOAD threshold)
 * @param maxDistanceMeters the farthest an organization may lie from an officer's base
 * (3000); null for no limit. An officer without a base has no limit.
 * @param tiers how many priority tiers the targets' {@code priority} uses (0 when no
 * priority is asked): a plan first covers the most of tier 0, then of tier 1, …, then the
 * most in all, then the least total distance
 */
public record OfficerAssignmentParameters(int maxLoad, @Nullable Double maxDistanceMeters, int tiers) {

	public OfficerAssignmentParameters {
		if (maxLoad < 0) {
			throw new IllegalArgumentException("maxLoad must be >= 0, was " + maxLoad);
		}
		if (maxDistanceMeters != null && !(maxDistanceMeters >= 0)) {
			throw new IllegalArgumentException("maxDistanceMeters must be >= 0, was " + maxDistanceMeters);
		}
		if (tiers < 0) {
			throw new IllegalArgumentException("tiers must be >= 0, was " + tiers);
		}
	}

	/**
	 * The defaults of the GraphQL input {@code OfficerAssignmentRules}: 10 organizations,
	 * 3000 m, no priority.
	 */
	public static OfficerAssignmentParameters defaults() {
		return new OfficerAssignmentParameters(GapThresholds.DEFAULTS.maxOfficerLoad(), 3000.0, 0);
	}
}
