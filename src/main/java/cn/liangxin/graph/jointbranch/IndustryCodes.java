package cn.liangxin.graph.jointbranch;

/**
 * Parses GB/T 4754-2017 industry codes as the ledger holds them ({@code I}, {@code I65},
 * {@code I6513} or digits alone, {@code 6513}): the section follows from the division.
 */
public final class IndustryCodes {

	// Divisions 01..97 by section, GB/T 4754-2017: first division of each section A..T.
	private static final int[] FIRST_DIVISION = { 1, 6, 13, 44, 47, 51, 53, 61, 63, 66, 70, 71, 73, 76, 80, 83, 84, 86,
			91, 97 };

	private IndustryCodes() {
	}

	/** The section letter, or null when the code is blank or unreadable. */
	public static String section(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String c = code.trim().toUpperCase();
		if (Character.isLetter(c.charAt(0))) {
			return c.substring(0, 1);
		}
		String d = division(c);
		if (d == null) {
			return null;
		}
		int div = Integer.parseInt(d);
		if (div < 1 || div > 97) {
			return null;
		}
		int s = 0;
		while (s + 1 < FIRST_DIVISION.length && FIRST_DIVISION[s + 1] <= div) {
			s++;
		}
		return String.valueOf((char) ('A' + s));
	}

	/** The two-digit division, or null when the code has fewer than two digits. */
	public static String division(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String c = code.trim().toUpperCase();
		String digits = Character.isLetter(c.charAt(0)) ? c.substring(1) : c;
		if (digits.length() < 2 || !Character.isDigit(digits.charAt(0)) || !Character.isDigit(digits.charAt(1))) {
			return null;
		}
		return digits.substring(0, 2);
	}

}
