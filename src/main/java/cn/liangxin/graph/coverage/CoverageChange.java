package cn.liangxin.graph.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How an organization's state changed between two dates of the history (docs/domain.md,
 * "History"). One organization may change in two ways at once (gain both kinds of
 * coverage).
 *
 * @param atFrom whether the organization is shown as it stood at {@code from} (one that
 * disappeared) rather than at {@code to}
 */
public record CoverageChange(Kind kind, String organizationId, boolean atFrom) {

	/** The kinds, in the order change lists use. */
	public enum Kind {

		APPEARED, DISAPPEARED, GAINED_ORGANIZATION_COVERAGE, LOST_ORGANIZATION_COVERAGE, GAINED_WORK_COVERAGE,
		LOST_WORK_COVERAGE

	}

	/**
	 * Every change between the ACTIVE organizations of a scope at {@code from} and at
	 * {@code to}, each with its coverage flags: APPEARED (active at {@code to}, not at
	 * {@code from}), DISAPPEARED (the reverse), and for one active at both a flag that
	 * went from false to true (GAINED_…) or true to false (LOST_…). Kind order, then id.
	 */
	static List<CoverageChange> between(Map<String, CoverageAnalytics.Flags> from,
			Map<String, CoverageAnalytics.Flags> to) {
		List<CoverageChange> changes = new ArrayList<>();
		to.forEach((id, now) -> {
			CoverageAnalytics.Flags before = from.get(id);
			if (before == null) {
				changes.add(new CoverageChange(Kind.APPEARED, id, false));
				return;
			}
			if (!before.organizationCovered() && now.organizationCovered()) {
				changes.add(new CoverageChange(Kind.GAINED_ORGANIZATION_COVERAGE, id, false));
			}
			if (before.organizationCovered() && !now.organizationCovered()) {
				changes.add(new CoverageChange(Kind.LOST_ORGANIZATION_COVERAGE, id, false));
			}
			if (!before.workCovered() && now.workCovered()) {
				changes.add(new CoverageChange(Kind.GAINED_WORK_COVERAGE, id, false));
			}
			if (before.workCovered() && !now.workCovered()) {
				changes.add(new CoverageChange(Kind.LOST_WORK_COVERAGE, id, false));
			}
		});
		from.keySet()
			.stream()
			.filter(id -> !to.containsKey(id))
			.forEach(id -> changes.add(new CoverageChange(Kind.DISAPPEARED, id, true)));
		changes.sort(Comparator.comparing(CoverageChange::kind).thenComparing(CoverageChange::organizationId));
		return changes;
	}

}
