package cn.liangxin.graph.profile;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Age bands of a member profile: the age is the as-of year minus the birth year (ledgers
 * hold only the year).
 */
public enum AgeBand {

	/** 35 or younger (35岁及以下). */
	UP_TO_35("35岁及以下"),

	/** 36 to 50 (36–50岁). */
	FROM_36_TO_50("36–50岁"),

	/** 51 to 60 (51–60岁). */
	FROM_51_TO_60("51–60岁"),

	/** Older than 60 (60岁以上). */
	OVER_60("60岁以上"),

	/** No birth year in the ledger (未填报). */
	UNKNOWN("未填报");

	private final String label;

	AgeBand(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The band of someone born in {@code birthYear}, at {@code asOf}. */
	public static AgeBand of(@Nullable Integer birthYear, LocalDate asOf) {
		if (birthYear == null) {
			return UNKNOWN;
		}
		int age = asOf.getYear() - birthYear;
		if (age <= 35) {
			return UP_TO_35;
		}
		if (age <= 50) {
			return FROM_36_TO_50;
		}
		return age <= 60 ? FROM_51_TO_60 : OVER_60;
	}

}
