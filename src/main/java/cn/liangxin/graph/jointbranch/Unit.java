package cn.liangxin.graph.jointbranch;

import java.util.Objects;

/**
 * An eligible unit (a JOINT_CANDIDATE organization) as the planner sees it. The caller
 * filters eligibility and converts coordinates to WGS-84.
 *
 * @param id organization id (unique)
 * @param fullMembers members with status FULL employed there
 * @param members FULL + PROBATIONARY members employed there
 * @param employees head count; breaks ties when choosing a group's anchor
 * @param buildingId building or null
 * @param parkId park (directly or through the building) or null
 * @param communityCode community (lowest area) code or null
 * @param lat WGS-84 latitude or null
 * @param lon WGS-84 longitude or null
 * @param industrySection GB/T 4754 section letter (e.g. {@code I}) or null
 * @param industryDivision GB/T 4754 two-digit division (e.g. {@code 65}) or null
 */
public record Unit(String id, int fullMembers, int members, int employees, String buildingId, String parkId,
		String communityCode, Double lat, Double lon, String industrySection, String industryDivision) {

	public Unit {
		Objects.requireNonNull(id, "id");
		if ((lat == null) != (lon == null)) {
			throw new IllegalArgumentException("unit " + id + ": lat and lon must both be set or both be null");
		}
	}

	/** Whether the unit has coordinates. */
	public boolean located() {
		return lat != null;
	}
}
