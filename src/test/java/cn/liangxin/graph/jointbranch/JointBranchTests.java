package cn.liangxin.graph.jointbranch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The planner on small hand-drawn cases whose optimum can be seen. */
class JointBranchTests {

	static final double LAT = 31.2;
	static final double LON = 121.5;

	// about 1 m of latitude in degrees
	static final double M = 1 / 111_195.08;

	static Unit inBuilding(String id, int full, int members, String building) {
		return new Unit(id, full, members, 10, building, null, "C1", null, null, "I", "65");
	}

	static Unit at(String id, int full, double northMeters, String section, String division) {
		return new Unit(id, full, full, 10, null, null, "C1", LAT + northMeters * M, LON, section, division);
	}

	private final JointBranch planner = new JointBranch();

	@Test
	void fiveUnitsInOneBuildingFormOneGroup() {
		List<Unit> units = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			units.add(inBuilding("U" + i, 1, 3, "B1"));
		}
		JointBranchResult r = planner.compute(JointBranchGraph.of(units), JointBranchParameters.defaults());
		assertThat(r.optimal()).isTrue();
		assertThat(r.groups()).hasSize(1);
		Group g = r.groups().get(0);
		assertThat(g.ids()).containsExactly("U1", "U2", "U3", "U4", "U5");
		assertThat(g.fullMembers()).isEqualTo(5);
		assertThat(g.spreadMeters()).isZero();
		assertThat(g.centroidLat()).isNull();
		assertThat(g.reasons()).extracting(Reason::text).contains("同一楼宇 B1 / same building B1");
	}

	@Test
	void maxUnitsThreeSplitsFiveIntoTwoAndThree() {
		List<Unit> units = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			units.add(inBuilding("U" + i, i <= 2 ? 2 : 1, 3, "B1"));
		}
		JointBranchResult r = planner.compute(JointBranchGraph.of(units),
				JointBranchParameters.defaults().withMaxUnits(3));
		assertThat(r.placed()).isEqualTo(5);
		assertThat(r.groups()).extracting(g -> g.units().size()).containsExactlyInAnyOrder(2, 3);
		// With only one-full-member units, 5 = 3 + 2 is impossible (a pair has 2 full): 3
		// placed.
		List<Unit> ones = units.stream().map(u -> inBuilding(u.id(), 1, 3, "B1")).toList();
		JointBranchResult r1 = planner.compute(JointBranchGraph.of(ones),
				JointBranchParameters.defaults().withMaxUnits(3));
		assertThat(r1.placed()).isEqualTo(3);
		assertThat(r1.optimal()).isTrue();
		assertThat(r1.unplaced()).extracting(Unplaced::reason).containsOnly(UnplacedReason.LEFT_OVER);
	}

	@Test
	void chainWherePairsOnlyAreNear() {
		// A - B 800 m, B - C 800 m, A - C 1600 m: only pairs, and B has two full members.
		List<Unit> units = List.of(at("A", 1, 0, null, null), at("B", 2, 800, null, null),
				at("C", 1, 1600, null, null));
		JointBranchResult r = planner.compute(JointBranchGraph.of(units), JointBranchParameters.defaults());
		assertThat(r.placed()).isEqualTo(2);
		assertThat(r.optimal()).isTrue();
		assertThat(r.groups().get(0).ids()).containsExactly("B", "A");
		assertThat(r.groups().get(0).spreadMeters()).isCloseTo(800, org.assertj.core.data.Offset.offset(0.5));
		assertThat(r.unplaced()).singleElement().satisfies(u -> {
			assertThat(u.unit().id()).isEqualTo("C");
			assertThat(u.reason()).isEqualTo(UnplacedReason.LEFT_OVER);
			assertThat(u.text()).contains("/");
		});
		assertThat(r.groups().get(0).reasons()).extracting(Reason::text).contains("最远相距 800 米 / at most 800 m apart");
	}

	@Test
	void tieBreaksBySpreadAmongEqualPlacements() {
		// B pairs with A (300 m) or with C (100 m): both place 2, the tighter one wins.
		List<Unit> units = List.of(at("A", 1, 0, null, null), at("B", 2, 300, null, null), at("C", 1, 400, null, null));
		JointBranchResult r = planner.compute(JointBranchGraph.of(units),
				JointBranchParameters.defaults().withMaxUnits(2));
		assertThat(r.groups()).singleElement().satisfies(g -> assertThat(g.ids()).containsExactlyInAnyOrder("B", "C"));
	}

	@Test
	void greedyStrandsUnitsTheOptimumPlaces() {
		// D(2) -700- C(1) -500- A(2) -900- B(1): greedy (by id) gives A its nearest
		// partner C,
		// stranding B (only near A) and D (only near C). Optimum: A+B and C+D.
		List<Unit> units = List.of(at("A", 2, 0, null, null), at("B", 1, 900, null, null), at("C", 1, -500, null, null),
				at("D", 2, -1200, null, null));
		JointBranchParameters p = JointBranchParameters.defaults();
		JointBranchResult greedy = new JointBranch.Greedy().compute(JointBranchGraph.of(units), p);
		JointBranchResult best = planner.compute(JointBranchGraph.of(units), p);
		assertThat(best.placed()).isEqualTo(4);
		assertThat(best.optimal()).isTrue();
		assertThat(greedy.placed()).isLessThan(best.placed());
	}

	@Test
	void industrySectionAndDivisionAndTies() {
		List<Unit> units = List.of(at("A", 2, 0, "I", "65"), at("B", 1, 10, "I", "64"), at("C", 1, 20, "C", "27"),
				at("D", 1, 30, null, null));
		JointBranchParameters section = JointBranchParameters.defaults().withIndustryMatch(IndustryMatch.SECTION);
		JointBranchResult r = planner.compute(JointBranchGraph.of(units), section);
		assertThat(r.groups()).singleElement().satisfies(g -> {
			assertThat(g.ids()).containsExactly("A", "B");
			assertThat(g.reasons()).extracting(Reason::text)
				.contains("同属 I 门类（信息传输、软件和信息技术服务业） / same section I "
						+ "(Information transmission, software and information technology services)");
		});
		assertThat(r.unplaced()).extracting(u -> u.reason()).containsOnly(UnplacedReason.NO_NEAR_UNIT);
		JointBranchParameters division = JointBranchParameters.defaults().withIndustryMatch(IndustryMatch.DIVISION);
		assertThat(planner.compute(JointBranchGraph.of(units), division).placed()).isZero();
		// A tie A - C counts as an industry match under useTies; D (no industry) matches
		// only under ANY.
		JointBranchGraph tied = new JointBranchGraph(units, Set.of(Tie.of("C", "A", "SUPPLIES")));
		JointBranchResult t = planner.compute(tied, division.withUseTies(true));
		assertThat(t.groups()).singleElement().satisfies(g -> {
			assertThat(g.ids()).containsExactly("A", "C");
			assertThat(g.reasons()).anySatisfy(x -> {
				assertThat(x.kind()).isEqualTo(Reason.Kind.TIE);
				assertThat(x.tieKind()).isEqualTo("SUPPLIES");
			});
		});
		assertThat(JointBranch.isValid(List.of(units.get(0), units.get(2)), tied, division)).isFalse();
		assertThat(JointBranch.isValid(List.of(units.get(0), units.get(2)), tied, division.withUseTies(true))).isTrue();
		assertThat(planner.compute(JointBranchGraph.of(units), JointBranchParameters.defaults()).placed()).isEqualTo(4);
	}

	@Test
	void membersCapAndLackOfFullMembers() {
		List<Unit> units = List.of(inBuilding("A", 2, 30, "B1"), inBuilding("B", 1, 25, "B1"),
				inBuilding("C", 1, 20, "B1"), inBuilding("D", 1, 60, "B1"), inBuilding("E", 1, 1, "B2"),
				inBuilding("F", 1, 1, "B2"));
		JointBranchResult r = planner.compute(JointBranchGraph.of(units), JointBranchParameters.defaults());
		// A+B = 55 and A+C = 50: only A+C fits 50 members; B+C has 2 full members, so B
		// is in no valid group.
		assertThat(r.groups()).singleElement().satisfies(g -> assertThat(g.ids()).containsExactly("A", "C"));
		assertThat(r.unplaced()).extracting(u -> u.unit().id() + ":" + u.reason())
			.containsExactly("B:NEAR_UNITS_LACK_MEMBERS", "D:TOO_MANY_MEMBERS", "E:NEAR_UNITS_LACK_MEMBERS",
					"F:NEAR_UNITS_LACK_MEMBERS");
		assertThat(r.placedUpperBound()).isEqualTo(2);
	}

	@Test
	void proximityKinds() {
		Unit a = new Unit("A", 2, 2, 5, "B1", "P1", "C1", null, null, null, null);
		Unit b = new Unit("B", 1, 1, 5, "B2", "P1", "C1", null, null, null, null);
		Unit c = new Unit("C", 1, 1, 5, "B3", "P2", "C1", null, null, null, null);
		JointBranchParameters p = JointBranchParameters.defaults();
		JointBranchGraph g = JointBranchGraph.of(List.of(a, b, c));
		assertThat(JointBranch.isValid(List.of(a, b), g, p.withProximity(Proximity.SAME_BUILDING))).isFalse();
		assertThat(JointBranch.isValid(List.of(a, b), g, p.withProximity(Proximity.SAME_PARK))).isTrue();
		assertThat(JointBranch.isValid(List.of(a, c), g, p.withProximity(Proximity.SAME_PARK))).isFalse();
		assertThat(JointBranch.isValid(List.of(a, b, c), g, p.withProximity(Proximity.SAME_COMMUNITY))).isTrue();
		// Unlocated units in different buildings are never within distance.
		assertThat(JointBranch.isValid(List.of(a, b), g, p)).isFalse();
		assertThat(planner.compute(g, p.withProximity(Proximity.SAME_COMMUNITY)).placed()).isEqualTo(3);
	}

	@Test
	void anchorAndOrderAreDeterministic() {
		List<Unit> units = new ArrayList<>(List.of(new Unit("Z", 2, 2, 5, "B1", null, null, null, null, null, null),
				new Unit("Y", 2, 2, 50, "B1", null, null, null, null, null, null),
				new Unit("X", 1, 1, 500, "B1", null, null, null, null, null, null)));
		JointBranchResult r1 = planner.compute(JointBranchGraph.of(units), JointBranchParameters.defaults());
		java.util.Collections.reverse(units);
		JointBranchResult r2 = planner.compute(JointBranchGraph.of(units), JointBranchParameters.defaults());
		assertThat(r1.groups()).isEqualTo(r2.groups());
		assertThat(r1.groups().get(0).anchor().id()).isEqualTo("Y");
		assertThat(r1.groups().get(0).ids()).containsExactly("Y", "X", "Z");
	}

	@Test
	void industryCodes() {
		assertThat(IndustryCodes.section("6513")).isEqualTo("I");
		assertThat(IndustryCodes.section("4813")).isEqualTo("E");
		assertThat(IndustryCodes.section("8051")).isEqualTo("O");
		assertThat(IndustryCodes.section("I6513")).isEqualTo("I");
		assertThat(IndustryCodes.division("I6513")).isEqualTo("65");
		assertThat(IndustryCodes.division("I")).isNull();
		assertThat(IndustryCodes.section("")).isNull();
	}

}
