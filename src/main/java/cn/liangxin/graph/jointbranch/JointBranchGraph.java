package cn.liangxin.graph.jointbranch;

import java.util.List;
import java.util.Set;

/**
 * The in-memory input of {@link JointBranch}: the eligible units of a scope and the ties
 * among them (ties to units not in {@code units} are ignored).
 */
public record JointBranchGraph(List<Unit> units, Set<Tie> ties) {

	public JointBranchGraph {
		units = List.copyOf(units);
		ties = ties == null ? Set.of() : Set.copyOf(ties);
	}

	public static JointBranchGraph of(List<Unit> units) {
		return new JointBranchGraph(units, Set.of());
	}
}
