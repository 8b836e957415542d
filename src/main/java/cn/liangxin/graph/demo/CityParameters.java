package cn.liangxin.graph.demo;

import java.time.LocalDate;

/**
 * What {@link CityGenerator} builds: how many organizations, from which seed, laid out
 * over how many districts, streets and communities, with how many parks and buildings, as
 * of which date. {@link #of(int, long)} derives the layout from the organization count:
 * about 3,000 organizations make one district of four streets (the demo district);
 * 1,000,000 make a city of 16 districts with about 62,500 organizations each.
 *
 * @param organizations organizations in the bundle, exactly
 * @param seed the same seed always yields the same bytes
 * @param districts districts under the city (at most 29: codes
 * 3101<b>70</b>–3101<b>98</b>)
 * @param streetsPerDistrict streets (街道/镇) per district
 * @param communitiesPerStreet communities (社区/村) per street
 * @param parksPerStreet mean number of parks per street (0 to twice this)
 * @param buildingsPerPark most buildings a park has (at least 2)
 * @param buildingsPerStreet most stand-alone office buildings a street has (at least 1)
 * @param asOf verification, founding and assignment dates lie before this date
 */
public record CityParameters(int organizations, long seed, int districts, int streetsPerDistrict,
		int communitiesPerStreet, double parksPerStreet, int buildingsPerPark, int buildingsPerStreet, LocalDate asOf) {

	/** A fixed default date, so a bundle does not change with the day it is generated. */
	public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 9, 30);

	public CityParameters {
		if (organizations < 1) {
			throw new IllegalArgumentException("organizations must be at least 1");
		}
		if (districts < 1 || districts > 29) {
			throw new IllegalArgumentException("districts must be between 1 and 29");
		}
		if (streetsPerDistrict < 1 || streetsPerDistrict > 99) {
			throw new IllegalArgumentException("streetsPerDistrict must be between 1 and 99");
		}
		if (communitiesPerStreet < 1 || communitiesPerStreet > 99) {
			throw new IllegalArgumentException("communitiesPerStreet must be between 1 and 99");
		}
		if (parksPerStreet < 0 || buildingsPerPark < 2 || buildingsPerStreet < 1) {
			throw new IllegalArgumentException("parks and buildings must be non-negative, buildingsPerPark >= 2");
		}
		if (asOf == null) {
			throw new IllegalArgumentException("asOf is required");
		}
	}

	/** The layout derived from the organization count, as of {@link #DEFAULT_AS_OF}. */
	public static CityParameters of(int organizations, long seed) {
		int districts = clamp((int) Math.round(organizations / 62_500d), 1, 29);
		int perDistrict = organizations / districts;
		int streets = clamp((int) Math.round(perDistrict / 4_500d), 4, 14);
		int perStreet = perDistrict / streets;
		int communities = clamp((int) Math.round(perStreet / 150d), 5, 25);
		return new CityParameters(organizations, seed, districts, streets, communities, 1.5, 6, 4, DEFAULT_AS_OF);
	}

	public CityParameters withAsOf(LocalDate date) {
		return new CityParameters(organizations, seed, districts, streetsPerDistrict, communitiesPerStreet,
				parksPerStreet, buildingsPerPark, buildingsPerStreet, date);
	}

	private static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}
}
