package cn.liangxin.graph.jointbranch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which eligible units could join an existing joint branch without breaking its rules:
 * the branch's units plus the newcomer must still be at most {@code maxUnits} units and
 * {@code maxMembers} members, every pair near and industry-compatible (the full-member
 * minimum does not apply: the branch exists already). Best fit first: the smallest spread
 * after joining.
 */
public final class JoinSuggestions {

	private JoinSuggestions() {
	}

	/**
	 * One unit joining one branch.
	 *
	 * @param unit the eligible unit
	 * @param branchId the JOINT party organization
	 * @param spreadMeters the largest pairwise distance of the branch's units with the
	 * newcomer
	 * @param unitsAfter units the branch would cover
	 * @param membersAfter members of those units
	 */
	public record Suggestion(Unit unit, String branchId, double spreadMeters, int unitsAfter, int membersAfter) {
	}

	public static List<Suggestion> compute(List<Unit> eligible, Map<String, List<Unit>> branches, Set<Tie> ties,
			JointBranchParameters p) {
		var joining = new JointBranchParameters(0, p.maxUnits(), p.maxMembers(), p.proximity(), p.maxDistanceMeters(),
				p.industryMatch(), p.useTies());
		List<Suggestion> suggestions = new ArrayList<>();
		for (var branch : branches.entrySet()) {
			List<Unit> units = branch.getValue();
			if (units.size() + 1 > p.maxUnits()) {
				continue;
			}
			for (Unit candidate : eligible) {
				List<Unit> after = new ArrayList<>(units);
				after.add(candidate);
				var graph = new JointBranchGraph(after, ties);
				if (JointBranch.isValid(after, graph, joining)) {
					suggestions.add(new Suggestion(candidate, branch.getKey(), spread(after), after.size(),
							after.stream().mapToInt(Unit::members).sum()));
				}
			}
		}
		suggestions.sort(Comparator.comparingDouble(Suggestion::spreadMeters)
			.thenComparing(s -> s.unit().id())
			.thenComparing(Suggestion::branchId));
		return suggestions;
	}

	/**
	 * Largest pairwise great-circle distance among the located units (0 when fewer than
	 * two are).
	 */
	static double spread(List<Unit> units) {
		double max = 0;
		for (int i = 0; i < units.size(); i++) {
			for (int j = i + 1; j < units.size(); j++) {
				Unit a = units.get(i);
				Unit b = units.get(j);
				if (a.located() && b.located()) {
					max = Math.max(max,
							cn.liangxin.graph.domain.Geo.distanceMeters(
									new cn.liangxin.graph.domain.GeoPoint(a.lat(), a.lon()),
									new cn.liangxin.graph.domain.GeoPoint(b.lat(), b.lon())));
				}
			}
		}
		return max;
	}

}
