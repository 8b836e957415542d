package cn.liangxin.graph.jointbranch;

import java.util.List;

/**
 * One proposed joint branch.
 *
 * @param units the units, anchor first, then by id
 * @param anchor the unit with most full members, then most employees, then smallest id
 * @param fullMembers total full members
 * @param members total members
 * @param spreadMeters largest pairwise great-circle distance (pairs lacking a location
 * count 0)
 * @param centroidLat mean latitude of the located units, null when none is located
 * @param centroidLon mean longitude of the located units, null when none is located
 * @param reasons why the units belong together
 */
public record Group(List<Unit> units, Unit anchor, int fullMembers, int members, double spreadMeters,
		Double centroidLat, Double centroidLon, List<Reason> reasons) {

	public Group {
		units = List.copyOf(units);
		reasons = List.copyOf(reasons);
	}

	/** The unit ids in order, anchor first. */
	public List<String> ids() {
		return units.stream().map(Unit::id).toList();
	}
}
