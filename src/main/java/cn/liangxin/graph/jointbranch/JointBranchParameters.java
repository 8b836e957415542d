package cn.liangxin.graph.jointbranch;

import java.util.Objects;

/**
 * The rules a joint-branch group must satisfy (domain.md, "Joint-branch candidates"); the
 * one parameters record of the {@link JointBranch} algorithm.
 *
 * @param minFullMembers a group needs at least this many full members in total
 * @param maxUnits a group has 2 to this many units
 * @param maxMembers a group has at most this many members (full + probationary) in total
 * @param proximity when two units count as near
 * @param maxDistanceMeters for {@link Proximity#WITHIN_DISTANCE}: the largest
 * great-circle distance
 * @param industryMatch how two units must match by industry
 * @param useTies whether a tie (SUPPLIES, INVESTS_IN, SUBSIDIARY_OF, COOPERATES) between
 * two units also counts as an industry match
 * @param objective what the plan optimises after placing the most units
 */
public record JointBranchParameters(int minFullMembers, int maxUnits, int maxMembers, Proximity proximity,
		double maxDistanceMeters, IndustryMatch industryMatch, boolean useTies, Objective objective) {

	/** The rules with the default objective, {@link Objective#MOST_UNITS}. */
	public JointBranchParameters(int minFullMembers, int maxUnits, int maxMembers, Proximity proximity,
			double maxDistanceMeters, IndustryMatch industryMatch, boolean useTies) {
		this(minFullMembers, maxUnits, maxMembers, proximity, maxDistanceMeters, industryMatch, useTies,
				Objective.MOST_UNITS);
	}

	public JointBranchParameters {
		Objects.requireNonNull(proximity, "proximity");
		Objects.requireNonNull(industryMatch, "industryMatch");
		Objects.requireNonNull(objective, "objective");
		if (maxUnits < 2) {
			throw new IllegalArgumentException("maxUnits must be at least 2, was " + maxUnits);
		}
		if (maxDistanceMeters < 0 || Double.isNaN(maxDistanceMeters)) {
			throw new IllegalArgumentException("maxDistanceMeters must be >= 0, was " + maxDistanceMeters);
		}
	}

	/**
	 * The defaults of the GraphQL input {@code JointBranchRules}: 3 full, 5 units, 50
	 * members, 1000 m, any industry.
	 */
	public static JointBranchParameters defaults() {
		return new JointBranchParameters(3, 5, 50, Proximity.WITHIN_DISTANCE, 1000.0, IndustryMatch.ANY, false);
	}

	/**
	 * Whether a group with this many full members is sturdy: it keeps at least
	 * {@code minFullMembers} full members if any one member leaves (the STURDY
	 * objective).
	 */
	public boolean sturdy(int groupFullMembers) {
		return groupFullMembers - 1 >= minFullMembers;
	}

	public JointBranchParameters withProximity(Proximity value) {
		return new JointBranchParameters(minFullMembers, maxUnits, maxMembers, value, maxDistanceMeters, industryMatch,
				useTies, objective);
	}

	public JointBranchParameters withMaxUnits(int value) {
		return new JointBranchParameters(minFullMembers, value, maxMembers, proximity, maxDistanceMeters, industryMatch,
				useTies, objective);
	}

	public JointBranchParameters withMaxMembers(int value) {
		return new JointBranchParameters(minFullMembers, maxUnits, value, proximity, maxDistanceMeters, industryMatch,
				useTies, objective);
	}

	public JointBranchParameters withMaxDistanceMeters(double value) {
		return new JointBranchParameters(minFullMembers, maxUnits, maxMembers, proximity, value, industryMatch, useTies,
				objective);
	}

	public JointBranchParameters withIndustryMatch(IndustryMatch value) {
		return new JointBranchParameters(minFullMembers, maxUnits, maxMembers, proximity, maxDistanceMeters, value,
				useTies, objective);
	}

	public JointBranchParameters withObjective(Objective value) {
		return new JointBranchParameters(minFullMembers, maxUnits, maxMembers, proximity, maxDistanceMeters,
				industryMatch, useTies, value);
	}

	public JointBranchParameters withUseTies(boolean value) {
		return new JointBranchParameters(minFullMembers, maxUnits, maxMembers, proximity, maxDistanceMeters,
				industryMatch, value, objective);
	}
}
