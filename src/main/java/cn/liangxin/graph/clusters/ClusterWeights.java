package cn.liangxin.graph.clusters;

import cn.liangxin.graph.network.InvalidArgumentException;

/**
 * How much each kind of closeness weighs on the edge between two organizations
 * (docs/maps.md). A pair gets an edge only when it is <em>near</em> (same building, or
 * both located and at most {@code proximityMeters} apart) or <em>tied</em> (SUPPLIES,
 * INVESTS_IN, SUBSIDIARY_OF, COOPERATES in either direction); its weight is
 * {@code proximity·(1 − d/proximityMeters)⁺ + sameBuilding·[same building] + industrySection·[same
 * section] + industryDivision·[same division] + tie·(ties between them)}. Industry only
 * adds to pairs that are near or tied: otherwise every two firms of a section in a city
 * would be joined, and the clusters would be industries, not places.
 *
 * @param proximity weight of closeness, falling linearly from 1 at 0 m to 0 at
 * proximityMeters
 * @param proximityMeters the distance within which two organizations are near
 * @param sameBuilding weight of sharing a building
 * @param industrySection weight of the same GB/T 4754 section (门类)
 * @param industryDivision weight of the same division (大类), on top of the section's
 * @param tie weight of each tie between the two
 */
public record ClusterWeights(double proximity, double proximityMeters, double sameBuilding, double industrySection,
		double industryDivision, double tie) {

	public static final ClusterWeights DEFAULTS = new ClusterWeights(1.0, 500, 1.0, 0.5, 0.5, 1.0);

	public ClusterWeights {
		check("weights.proximity", proximity);
		check("weights.sameBuilding", sameBuilding);
		check("weights.industrySection", industrySection);
		check("weights.industryDivision", industryDivision);
		check("weights.tie", tie);
		if (!(proximityMeters > 0) || proximityMeters > 100_000) {
			throw new InvalidArgumentException("weights.proximityMeters", proximityMeters,
					"must be above 0 and at most 100000");
		}
	}

	private static void check(String name, double value) {
		if (!(value >= 0) || !Double.isFinite(value)) {
			throw new InvalidArgumentException(name, value, "must be a finite number ≥ 0");
		}
	}
}
