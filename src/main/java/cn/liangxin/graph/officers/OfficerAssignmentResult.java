package cn.liangxin.graph.officers;

import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.liangxin.graph.officers.OfficerAssignmentGraph.Officer;
import cn.liangxin.graph.officers.OfficerAssignmentGraph.Target;

/**
 * A plan: which officer takes which organization, why the others are left, and every
 * officer's load.
 *
 * @param assignments new assignments, by officer id then organization id
 * @param unreached targets left out, by id, with the reason
 * @param loads every officer's load before and after, by officer id
 * @param optimal true: no plan covers more (tier by tier, then in all) or, covering as
 * many, has a smaller total distance
 * @param newlyCovered organizations the plan makes work-covered
 * @param newlyCoveredByTier of those, how many per priority tier
 * @param totalDistanceMeters sum of the assignments' distances (those with a known
 * distance)
 * @param millis wall time
 */
public record OfficerAssignmentResult(List<Assignment> assignments, List<Unreached> unreached, List<Load> loads,
		boolean optimal, int newlyCovered, List<Integer> newlyCoveredByTier, double totalDistanceMeters, long millis) {

	public OfficerAssignmentResult {
		assignments = List.copyOf(assignments);
		unreached = List.copyOf(unreached);
		loads = List.copyOf(loads);
		newlyCoveredByTier = List.copyOf(newlyCoveredByTier);
	}

	/**
	 * A new assignment.
	 *
	 * @param distanceMeters great-circle distance from the officer's base, or null when
	 * either lacks a location
	 * @param reason in Chinese and English, naming the officer, the organization and the
	 * distance
	 */
	public record Assignment(Officer officer, Target target, @Nullable Double distanceMeters, String reason) {
	}

	/**
	 * A target no officer takes.
	 *
	 * @param nearest the nearest officer of its area (by base), or null
	 * @param nearestMeters that officer's distance, or null
	 * @param reason in Chinese and English
	 */
	public record Unreached(Target target, UnreachedReason code, @Nullable Officer nearest,
			@Nullable Double nearestMeters, String reason) {
	}

	/**
	 * An officer's load.
	 *
	 * @param before ACTIVE organizations guided now
	 * @param after after the plan
	 * @param room how many more the officer could take under maxLoad
	 */
	public record Load(Officer officer, int before, int after, int room) {
	}

	/** Why a target is left out. */
	public enum UnreachedReason {

		/** No officer of the scope has the organization's area (or an area above it). */
		NO_OFFICER_IN_AREA,
		/**
		 * The officers of its area all measure distances from a base and it has no
		 * location.
		 */
		NOT_LOCATED,
		/** The officers of its area are all farther than maxDistanceMeters. */
		OUT_OF_REACH,
		/** The officers within reach already guide maxLoad organizations. */
		OFFICERS_FULL,
		/**
		 * The officers within reach had room, but the best plan gives it to other
		 * organizations.
		 */
		TAKEN

	}
}
