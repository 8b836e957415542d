package cn.liangxin.graph.jointbranch;

import static cn.liangxin.graph.jointbranch.JointBranchTests.at;
import static cn.liangxin.graph.jointbranch.JointBranchTests.inBuilding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The three objectives (docs/domain.md, "Objectives") on hand-drawn cases whose answer
 * can be seen, proven by the LP bound and MIP (the branch and bound optimises MOST_UNITS
 * only).
 */
class JointBranchObjectiveTests {

	private final JointBranch planner = new JointBranch();

	private static Set<Set<String>> groups(JointBranchResult r) {
		return r.groups().stream().map(g -> Set.copyOf(g.ids())).collect(Collectors.toSet());
	}

	// A (2 full) at 0 m, E (1) at 5 m, B (2) at 600 m, F (1) at 605 m: all four within
	// 1000 m.
	private static final List<Unit> LINE = List.of(at("A", 2, 0, "I", "65"), at("E", 1, 5, "I", "65"),
			at("B", 2, 600, "I", "65"), at("F", 1, 605, "I", "65"));

	@Test
	void mostUnitsPairsTheNeighboursForTheSmallestSpread() {
		// every plan placing all four: {A,E}+{B,F} (5 + 5 m), {A,B}+… invalid ({E,F} has
		// 2 full), or all four (605 m)
		JointBranchResult r = this.planner.compute(JointBranchGraph.of(LINE), JointBranchParameters.defaults());
		assertThat(r.optimal()).isTrue();
		assertThat(groups(r)).containsExactlyInAnyOrder(Set.of("A", "E"), Set.of("B", "F"));
		assertThat(r.totalSpreadMeters()).isCloseTo(10, offset(0.01));
	}

	@Test
	void sturdyKeepsOneGroupThatSurvivesAMemberLeaving() {
		// {A,E} and {B,F} have exactly 3 full members: one leaving breaks each. All four
		// together have 6.
		JointBranchResult r = this.planner.compute(JointBranchGraph.of(LINE),
				JointBranchParameters.defaults().withObjective(Objective.STURDY));
		assertThat(r.optimal()).isTrue();
		assertThat(groups(r)).containsExactly(Set.of("A", "E", "B", "F"));
		assertThat(r.groups().get(0).fullMembers()).isEqualTo(6);
	}

	@Test
	void sturdyPrefersTwoSturdyPairsToOneLargeGroupAndFewestBranchesTheOpposite() {
		// four units of 2 full members in one building, no coordinates: every spread is 0
		List<Unit> units = List.of(inBuilding("A", 2, 2, "B1"), inBuilding("B", 2, 2, "B1"),
				inBuilding("C", 2, 2, "B1"), inBuilding("D", 2, 2, "B1"));
		JointBranchResult sturdy = this.planner.compute(JointBranchGraph.of(units),
				JointBranchParameters.defaults().withObjective(Objective.STURDY));
		assertThat(sturdy.optimal()).isTrue();
		assertThat(sturdy.placed()).isEqualTo(4);
		// two pairs of 4 full members each: both sturdy (one group of four would be one)
		assertThat(sturdy.groups()).hasSize(2).allSatisfy(g -> assertThat(g.fullMembers()).isEqualTo(4));
		JointBranchResult fewest = this.planner.compute(JointBranchGraph.of(units),
				JointBranchParameters.defaults().withObjective(Objective.FEWEST_BRANCHES));
		assertThat(fewest.optimal()).isTrue();
		assertThat(groups(fewest)).containsExactly(Set.of("A", "B", "C", "D"));
	}

	@Test
	void fewestBranchesNeverPlacesFewerUnits() {
		// maxUnits 3: five units cannot share one group; fewest branches is 2 (3 + 2),
		// not 1 with two left out
		List<Unit> units = List.of(inBuilding("A", 2, 2, "B1"), inBuilding("B", 2, 2, "B1"),
				inBuilding("C", 1, 1, "B1"), inBuilding("D", 1, 1, "B1"), inBuilding("E", 1, 1, "B1"));
		JointBranchResult r = this.planner.compute(JointBranchGraph.of(units),
				JointBranchParameters.defaults().withMaxUnits(3).withObjective(Objective.FEWEST_BRANCHES));
		assertThat(r.optimal()).isTrue();
		assertThat(r.placed()).isEqualTo(5);
		assertThat(r.groups()).hasSize(2);
		// the line under FEWEST_BRANCHES: one group of four, as under STURDY
		JointBranchResult line = this.planner.compute(JointBranchGraph.of(LINE),
				JointBranchParameters.defaults().withObjective(Objective.FEWEST_BRANCHES));
		assertThat(groups(line)).containsExactly(Set.of("A", "E", "B", "F"));
	}

}
