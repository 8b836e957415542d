package cn.liangxin.graph.jointbranch;

import java.util.Objects;

/**
 * An unordered tie between two units (SUPPLIES, INVESTS_IN, SUBSIDIARY_OF, COOPERATES);
 * with {@link JointBranchParameters#useTies()} it counts as an industry match. Use
 * {@link #of} so that {@code a < b} and equal pairs compare equal.
 *
 * @param a the smaller id
 * @param b the larger id
 * @param kind the relationship type, or null when unknown; not part of equality
 */
public record Tie(String a, String b, String kind) {

	public Tie {
		Objects.requireNonNull(a, "a");
		Objects.requireNonNull(b, "b");
		if (a.compareTo(b) > 0) {
			String t = a;
			a = b;
			b = t;
		}
	}

	public static Tie of(String x, String y, String kind) {
		return new Tie(x, y, kind);
	}

	public static Tie of(String x, String y) {
		return new Tie(x, y, null);
	}

	// The pair is the identity: the same two units tied twice with different kinds are
	// one tie here.
	@Override
	public boolean equals(Object o) {
		return o instanceof Tie t && a.equals(t.a) && b.equals(t.b);
	}

	@Override
	public int hashCode() {
		return a.hashCode() * 31 + b.hashCode();
	}
}
