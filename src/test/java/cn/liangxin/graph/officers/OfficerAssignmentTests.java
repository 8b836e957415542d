package cn.liangxin.graph.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.liangxin.graph.coverage.GapKind;
import cn.liangxin.graph.domain.GeoPoint;
import cn.liangxin.graph.officers.OfficerAssignmentGraph.BaseSource;
import cn.liangxin.graph.officers.OfficerAssignmentGraph.Officer;
import cn.liangxin.graph.officers.OfficerAssignmentGraph.Target;
import cn.liangxin.graph.officers.OfficerAssignmentResult.Assignment;
import cn.liangxin.graph.officers.OfficerAssignmentResult.UnreachedReason;

/** The assignment planner on small hand-drawn cases whose answer can be seen. */
class OfficerAssignmentTests {

	static final double LAT = 31.2;

	static final double LON = 121.5;

	// about 1 m of latitude in degrees (the sphere of domain.Geo)
	static final double M = 1 / 111_195.08;

	// District D > streets S1, S2 > communities C11 (of S1), C21 (of S2)
	static final Map<String, String> AREAS = Map.of("S1", "D", "S2", "D", "C11", "S1", "C21", "S2");

	static GeoPoint north(double meters) {
		return new GeoPoint(LAT + meters * M, LON);
	}

	static Officer officer(String id, String area, int load, Double northMeters) {
		return new Officer(id, "指导员" + id, area, load, northMeters == null ? null : north(northMeters),
				northMeters == null ? BaseSource.NONE : BaseSource.CENTROID);
	}

	static Target target(String id, String area, Double northMeters) {
		return new Target(id, "单位" + id, area, northMeters == null ? null : north(northMeters), -1, null);
	}

	static Target priority(String id, String area, double northMeters) {
		return new Target(id, "单位" + id, area, north(northMeters), 0, GapKind.SHOULD_BUILD);
	}

	private final OfficerAssignment planner = new OfficerAssignment();

	private OfficerAssignmentResult plan(List<Officer> officers, List<Target> targets, OfficerAssignmentParameters p) {
		return this.planner.compute(new OfficerAssignmentGraph(officers, targets, AREAS), p);
	}

	private static List<String> pairs(OfficerAssignmentResult r) {
		return r.assignments().stream().map(a -> a.officer().id() + "→" + a.target().id()).toList();
	}

	@Test
	void anOfficerWithRoomForTwoTakesTheTwoNearest() {
		var r = plan(List.of(officer("A", "S1", 8, 0.0)),
				List.of(target("t1", "C11", 300.0), target("t2", "C11", 100.0), target("t3", "C11", 200.0)),
				OfficerAssignmentParameters.defaults());
		assertThat(r.optimal()).isTrue();
		assertThat(pairs(r)).containsExactly("A→t2", "A→t3");
		assertThat(r.newlyCovered()).isEqualTo(2);
		assertThat(r.totalDistanceMeters()).isCloseTo(300, offset(0.01));
		assertThat(r.loads()).singleElement().satisfies(l -> {
			assertThat(l.before()).isEqualTo(8);
			assertThat(l.after()).isEqualTo(10);
			assertThat(l.room()).isEqualTo(2);
		});
		assertThat(r.unreached()).singleElement().satisfies(u -> {
			assertThat(u.target().id()).isEqualTo("t1");
			assertThat(u.code()).isEqualTo(UnreachedReason.TAKEN);
		});
		assertThat(r.assignments().get(0).reason()).contains("指导员A", "单位t2", "相距 100 米", "接手后共联系 10 家单位");
	}

	@Test
	void coversTheMostEvenWhenTheNearestChoiceWouldBlockASecond() {
		// t1 is near both officers, t2 only near A: nearest-first would give t1 to A and
		// leave t2.
		var r = plan(List.of(officer("A", "S1", 9, 0.0), officer("B", "S1", 9, 2500.0)),
				List.of(target("t1", "C11", 100.0), target("t2", "C11", -2000.0)),
				OfficerAssignmentParameters.defaults());
		assertThat(pairs(r)).containsExactlyInAnyOrder("A→t2", "B→t1");
		assertThat(r.newlyCovered()).isEqualTo(2);
		assertThat(r.totalDistanceMeters()).isCloseTo(2000 + 2400, offset(0.01));
	}

	@Test
	void amongPlansCoveringAsManyTheTotalDistanceIsSmallest() {
		// A at 0, B at 1000; t1 at 100, t2 at 900: crossing (A→t2, B→t1) costs 1800,
		// straight 200.
		var r = plan(List.of(officer("A", "S1", 9, 0.0), officer("B", "S1", 9, 1000.0)),
				List.of(target("t1", "C11", 100.0), target("t2", "C11", 900.0)),
				OfficerAssignmentParameters.defaults());
		assertThat(pairs(r)).containsExactly("A→t1", "B→t2");
		assertThat(r.totalDistanceMeters()).isCloseTo(200, offset(0.01));
	}

	@Test
	void onlyOrganizationsInTheOfficersAreaOrBelow() {
		var r = plan(
				List.of(officer("A", "S1", 0, 0.0)), List.of(target("t1", "C21", 10.0), target("t2", "S2", 10.0),
						target("t3", "C11", 10.0), target("t4", "S1", 10.0), target("t5", "D", 10.0)),
				OfficerAssignmentParameters.defaults());
		assertThat(pairs(r)).containsExactly("A→t3", "A→t4");
		assertThat(r.unreached()).extracting(u -> u.target().id() + ":" + u.code())
			.containsExactly("t1:NO_OFFICER_IN_AREA", "t2:NO_OFFICER_IN_AREA", "t5:NO_OFFICER_IN_AREA");
	}

	@Test
	void distanceLimitAndItsReason() {
		var r = plan(List.of(officer("A", "S1", 0, 0.0), officer("B", "S1", 0, 500.0)),
				List.of(target("far", "C11", 3600.0)), OfficerAssignmentParameters.defaults());
		assertThat(r.assignments()).isEmpty();
		assertThat(r.unreached()).singleElement().satisfies(u -> {
			assertThat(u.code()).isEqualTo(UnreachedReason.OUT_OF_REACH);
			assertThat(u.nearest().id()).isEqualTo("B");
			assertThat(u.nearestMeters()).isCloseTo(3100, offset(0.01));
			assertThat(u.reason()).contains("指导员B", "单位far", "3100 米", "超出 3000 米");
		});
		// no limit: taken, by the nearer officer
		var unlimited = plan(List.of(officer("A", "S1", 0, 0.0), officer("B", "S1", 0, 500.0)),
				List.of(target("far", "C11", 3600.0)), new OfficerAssignmentParameters(10, null, 0));
		assertThat(pairs(unlimited)).containsExactly("B→far");
		assertThat(unlimited.assignments().get(0).distanceMeters()).isCloseTo(3100, offset(0.01));
	}

	@Test
	void anOfficerWithoutBaseHasNoLimitAndAnUnlocatedOrganizationNeedsOne() {
		var r = plan(List.of(officer("A", "S1", 0, 0.0)), List.of(target("nowhere", "C11", null)),
				OfficerAssignmentParameters.defaults());
		assertThat(r.unreached()).singleElement()
			.satisfies(u -> assertThat(u.code()).isEqualTo(UnreachedReason.NOT_LOCATED));
		var free = plan(List.of(officer("Z", "S1", 0, null)),
				List.of(target("nowhere", "C11", null), target("far", "C11", 9000.0)),
				OfficerAssignmentParameters.defaults());
		assertThat(pairs(free)).containsExactly("Z→far", "Z→nowhere");
		assertThat(free.assignments()).extracting(Assignment::distanceMeters).containsOnlyNulls();
		assertThat(free.assignments().get(0).reason()).contains("不限距离");
	}

	@Test
	void loadsKeepTheCurrentAssignmentsAndStopAtMaxLoad() {
		List<Target> targets = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			targets.add(target("t" + i, "C11", 100.0 * (i + 1)));
		}
		var r = plan(List.of(officer("A", "S1", 10, 0.0), officer("B", "S1", 12, 0.0), officer("C", "S1", 7, 0.0)),
				targets, OfficerAssignmentParameters.defaults());
		assertThat(pairs(r)).containsExactly("C→t0", "C→t1", "C→t2");
		assertThat(r.loads()).extracting(l -> l.officer().id() + ":" + l.before() + "→" + l.after() + "/" + l.room())
			.containsExactly("A:10→10/0", "B:12→12/0", "C:7→10/3");
		assertThat(r.unreached()).extracting(u -> u.code()).containsOnly(UnreachedReason.TAKEN);
		// only full officers within reach
		var full = plan(List.of(officer("A", "S1", 10, 0.0)), List.of(target("t", "C11", 50.0)),
				OfficerAssignmentParameters.defaults());
		assertThat(full.unreached()).singleElement().satisfies(u -> {
			assertThat(u.code()).isEqualTo(UnreachedReason.OFFICERS_FULL);
			assertThat(u.reason()).contains("指导员A", "10 家");
		});
	}

	@Test
	void prioritizedOrganizationsComeFirst() {
		// A has room for one: t-near is closer, t-build should build a branch (tier 0).
		List<Officer> officers = List.of(officer("A", "S1", 9, 0.0));
		List<Target> targets = List.of(target("t-near", "C11", 100.0), priority("t-build", "C11", 2000));
		assertThat(pairs(plan(officers, targets, new OfficerAssignmentParameters(10, 3000.0, 0))))
			.containsExactly("A→t-near");
		var r = plan(officers, targets, new OfficerAssignmentParameters(10, 3000.0, 1));
		assertThat(pairs(r)).containsExactly("A→t-build");
		assertThat(r.newlyCoveredByTier()).containsExactly(1);
		assertThat(r.assignments().get(0).reason()).contains("应建未建，优先");
	}

}
