package cn.liangxin.graph.officers;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import cn.liangxin.graph.coverage.GapKind;
import cn.liangxin.graph.domain.GeoPoint;

/**
 * The in-memory input of {@link OfficerAssignment}: the officers that may take
 * organizations, the organizations party work does not reach yet, and the area tree that
 * says which organizations lie in an officer's area.
 *
 * @param officers the officers
 * @param targets the organizations to reach
 * @param areaParent area code → parent area code (roots map to nothing)
 */
public record OfficerAssignmentGraph(List<Officer> officers, List<Target> targets, Map<String, String> areaParent) {

	public OfficerAssignmentGraph {
		officers = List.copyOf(officers);
		targets = List.copyOf(targets);
		areaParent = Map.copyOf(areaParent);
	}

	/** Where an officer's distances are measured from. */
	public enum BaseSource {

		/** The officer's own lat/lon in officers.csv. */
		LEDGER,
		/**
		 * The centroid of the located ACTIVE organizations the officer already guides.
		 */
		CENTROID,
		/** Neither: the officer has no distance limit. */
		NONE

	}

	/**
	 * A guidance officer.
	 *
	 * @param id officer id (unique)
	 * @param name for reasons
	 * @param areaCode the officer's area: organizations in it or below it are theirs to
	 * take
	 * @param load ACTIVE organizations the officer guides now (kept)
	 * @param base where distances are measured from, or null
	 * @param baseSource where {@code base} comes from
	 */
	public record Officer(String id, String name, @Nullable String areaCode, int load, @Nullable GeoPoint base,
			BaseSource baseSource) {

		public Officer {
			Objects.requireNonNull(id, "id");
			if ((base == null) != (baseSource == BaseSource.NONE)) {
				throw new IllegalArgumentException("officer " + id + ": base and baseSource disagree");
			}
		}
	}

	/**
	 * An ACTIVE organization that is not work-covered.
	 *
	 * @param id organization id (unique)
	 * @param name for reasons
	 * @param areaCode the area it sits in
	 * @param location WGS-84, or null
	 * @param priority the tier it belongs to (0 first), or -1 for none
	 * @param gap the gap that put it in its tier (e.g. SHOULD_BUILD), or null
	 */
	public record Target(String id, String name, @Nullable String areaCode, @Nullable GeoPoint location, int priority,
			@Nullable GapKind gap) {

		public Target {
			Objects.requireNonNull(id, "id");
		}
	}
}
