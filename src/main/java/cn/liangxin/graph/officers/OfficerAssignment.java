package cn.liangxin.graph.officers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import cn.liangxin.graph.coverage.GapLabels;
import cn.liangxin.graph.domain.Geo;
import cn.liangxin.graph.officers.OfficerAssignmentGraph.Officer;
import cn.liangxin.graph.officers.OfficerAssignmentGraph.Target;
import cn.liangxin.graph.officers.OfficerAssignmentResult.Assignment;
import cn.liangxin.graph.officers.OfficerAssignmentResult.Load;
import cn.liangxin.graph.officers.OfficerAssignmentResult.Unreached;
import cn.liangxin.graph.officers.OfficerAssignmentResult.UnreachedReason;

/**
 * The officer assignment planner (docs/domain.md, "Officer assignment"): gives the
 * organizations party work does not reach to officers so that the most become
 * work-covered (tier by tier when priorities are asked, then in all), and among such
 * plans the total distance is smallest. Each officer keeps their current organizations
 * and ends with at most {@code maxLoad}; an officer takes only organizations in their
 * area (that area or below it) and, when the officer has a base and a limit is set,
 * within {@code maxDistanceMeters} of the base.
 *
 * <h2>Method</h2> A min-cost flow, solved exactly: source → officer (capacity = room
 * under maxLoad) → organization (capacity 1, for every pair the rules allow; cost =
 * distance in millimetres) → sink (capacity 1; cost −1 in the organization's tier and −1
 * in all). Costs are vectors compared lexicographically (tiers, all, distance), so the
 * order of the objectives is exact, not weighted. Successive shortest paths augment while
 * a path lowers the cost; every augmentation covers one more organization and keeps the
 * earlier ones covered, so the result is the lexicographic optimum ({@code optimal} is
 * always true). Distances are compared to the millimetre. Pure algorithm: no Spring, no
 * database.
 */
public final class OfficerAssignment {

	/** Plans the assignments. */
	public OfficerAssignmentResult compute(OfficerAssignmentGraph graph, OfficerAssignmentParameters p) {
		long t0 = System.nanoTime();
		Officer[] officers = graph.officers()
			.stream()
			.sorted(Comparator.comparing(Officer::id))
			.toArray(Officer[]::new);
		Target[] targets = graph.targets().stream().sorted(Comparator.comparing(Target::id)).toArray(Target[]::new);
		int m = officers.length;
		int n = targets.length;
		int[] room = new int[m];
		for (int o = 0; o < m; o++) {
			room[o] = Math.max(0, p.maxLoad() - officers[o].load());
		}
		int dims = p.tiers() + 2;
		int source = 0;
		int sink = m + n + 1;
		MinCostFlow flow = new MinCostFlow(m + n + 2, dims);
		for (int o = 0; o < m; o++) {
			flow.addEdge(source, 1 + o, room[o], new long[dims]);
		}
		// candidate pairs: officer, target, distance (NaN when unknown), edge
		List<int[]> pairs = new ArrayList<>();
		List<Double> pairDistance = new ArrayList<>();
		List<List<Integer>> inArea = new ArrayList<>();
		for (int t = 0; t < n; t++) {
			Set<String> areas = ancestors(targets[t].areaCode(), graph.areaParent());
			List<Integer> mine = new ArrayList<>();
			for (int o = 0; o < m; o++) {
				if (officers[o].areaCode() != null && areas.contains(officers[o].areaCode())) {
					mine.add(o);
					Double d = distance(officers[o], targets[t]);
					if (withinReach(officers[o], targets[t], d, p)) {
						long[] c = new long[dims];
						c[dims - 1] = d == null ? 0 : Math.round(d * 1000);
						int e = flow.addEdge(1 + o, 1 + m + t, 1, c);
						pairs.add(new int[] { o, t, e });
						pairDistance.add(d);
					}
				}
			}
			inArea.add(mine);
			long[] c = new long[dims];
			int tier = targets[t].priority();
			if (tier >= 0 && tier < p.tiers()) {
				c[tier] = -1;
			}
			c[dims - 2] = -1;
			flow.addEdge(1 + m + t, sink, 1, c);
		}
		int[] order = new int[m + n + 2];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		flow.solve(source, sink, order);

		int[] added = new int[m];
		int[] takenBy = new int[n];
		Arrays.fill(takenBy, -1);
		Double[] takenDistance = new Double[n];
		List<List<Integer>> reach = new ArrayList<>();
		for (int t = 0; t < n; t++) {
			reach.add(new ArrayList<>());
		}
		for (int i = 0; i < pairs.size(); i++) {
			int[] pr = pairs.get(i);
			reach.get(pr[1]).add(pr[0]);
			if (flow.flow(pr[2]) > 0) {
				added[pr[0]]++;
				takenBy[pr[1]] = pr[0];
				takenDistance[pr[1]] = pairDistance.get(i);
			}
		}
		List<Assignment> assignments = new ArrayList<>();
		List<Unreached> unreached = new ArrayList<>();
		int[] byTier = new int[p.tiers()];
		double total = 0;
		for (int t = 0; t < n; t++) {
			Target target = targets[t];
			int o = takenBy[t];
			if (o >= 0) {
				Officer officer = officers[o];
				Double d = takenDistance[t];
				total += d == null ? 0 : d;
				if (target.priority() >= 0 && target.priority() < p.tiers()) {
					byTier[target.priority()]++;
				}
				assignments.add(new Assignment(officer, target, d,
						assignmentReason(officer, target, d, officer.load() + added[o], p)));
			}
			else {
				unreached.add(unreached(officers, target, inArea.get(t), reach.get(t), room, p));
			}
		}
		assignments.sort(Comparator.comparing((Assignment a) -> a.officer().id()).thenComparing(a -> a.target().id()));
		List<Load> loads = new ArrayList<>();
		for (int o = 0; o < m; o++) {
			loads.add(new Load(officers[o], officers[o].load(), officers[o].load() + added[o], room[o]));
		}
		List<Integer> tiers = Arrays.stream(byTier).boxed().toList();
		return new OfficerAssignmentResult(assignments, unreached, loads, true, assignments.size(), tiers, total,
				(System.nanoTime() - t0) / 1_000_000);
	}

	/** Whether the rules let this officer take this target (area aside). */
	static boolean withinReach(Officer o, Target t, @Nullable Double distance, OfficerAssignmentParameters p) {
		if (p.maxDistanceMeters() == null || o.base() == null) {
			return true;
		}
		return distance != null && distance <= p.maxDistanceMeters();
	}

	/**
	 * Great-circle distance from the officer's base, or null when either lacks a
	 * location.
	 */
	static @Nullable Double distance(Officer o, Target t) {
		return o.base() == null || t.location() == null ? null : Geo.distanceMeters(o.base(), t.location());
	}

	/** The area and every area above it. */
	static Set<String> ancestors(@Nullable String area, Map<String, String> parent) {
		Set<String> out = new HashSet<>();
		for (String a = area; a != null && out.add(a); a = parent.get(a)) {
			// walks up; the set also stops a cycle in bad data
		}
		return out;
	}

	private static Unreached unreached(Officer[] officers, Target t, List<Integer> inArea, List<Integer> reach,
			int[] room, OfficerAssignmentParameters p) {
		Officer nearest = null;
		Double nearestMeters = null;
		for (int o : inArea) {
			Double d = distance(officers[o], t);
			if (d != null && (nearestMeters == null || d < nearestMeters)) {
				nearest = officers[o];
				nearestMeters = d;
			}
		}
		String org = t.name();
		if (inArea.isEmpty()) {
			return new Unreached(t, UnreachedReason.NO_OFFICER_IN_AREA, null, null,
					org + " 所在区划没有指导员 / no officer's area holds " + org);
		}
		if (reach.isEmpty()) {
			if (t.location() == null) {
				return new Unreached(t, UnreachedReason.NOT_LOCATED, null, null,
						org + " 没有定位，无法判断是否在 " + meters(p.maxDistanceMeters()) + " 米内 / " + org
								+ " has no location, so no officer is known to be within "
								+ meters(p.maxDistanceMeters()) + " m");
			}
			String name = nearest == null ? "?" : nearest.name();
			String dist = nearestMeters == null ? "?" : meters(nearestMeters);
			return new Unreached(t, UnreachedReason.OUT_OF_REACH, nearest, nearestMeters,
					"最近的指导员 " + name + " 距 " + org + " " + dist + " 米，超出 " + meters(p.maxDistanceMeters())
							+ " 米 / the nearest officer, " + name + ", is " + dist + " m from " + org + ", beyond "
							+ meters(p.maxDistanceMeters()) + " m");
		}
		boolean anyRoom = reach.stream().anyMatch(o -> room[o] > 0);
		String names = String.join("、", reach.stream().map(o -> officers[o].name()).sorted().toList());
		if (!anyRoom) {
			return new Unreached(t, UnreachedReason.OFFICERS_FULL, nearest, nearestMeters,
					"可联系 " + org + " 的指导员（" + names + "）均已联系 " + p.maxLoad() + " 家单位 / the officers within reach of "
							+ org + " (" + names + ") already guide " + p.maxLoad() + " organizations");
		}
		return new Unreached(t, UnreachedReason.TAKEN, nearest, nearestMeters,
				"可联系 " + org + " 的指导员（" + names + "）的余量已用于其他单位 / the room of the officers within reach of " + org + " ("
						+ names + ") goes to other organizations in the best plan");
	}

	private static String assignmentReason(Officer o, Target t, @Nullable Double d, int after,
			OfficerAssignmentParameters p) {
		String gap = t.gap() == null || t.priority() < 0 ? "" : GapLabels.of(t.gap());
		String zh = o.name() + " 联系 " + t.name() + (gap.isEmpty() ? "" : "（" + gap + "，优先）") + "，"
				+ (d == null ? (o.base() == null ? "指导员无驻点，不限距离" : "单位无定位，距离未知") : "相距 " + meters(d) + " 米")
				+ "，接手后共联系 " + after + " 家单位（上限 " + p.maxLoad() + "）";
		String en = o.name() + " takes " + t.name() + (gap.isEmpty() ? "" : " (" + t.gap() + ", first)") + ", "
				+ (d == null ? (o.base() == null ? "the officer has no base, so no distance limit"
						: "distance unknown (no location)") : meters(d) + " m away")
				+ "; " + after + " organizations after (at most " + p.maxLoad() + ")";
		return zh + " / " + en;
	}

	private static String meters(@Nullable Double d) {
		return d == null ? "∞" : String.valueOf(Math.round(d));
	}

}
