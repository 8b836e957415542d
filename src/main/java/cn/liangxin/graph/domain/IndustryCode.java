package cn.liangxin.graph.domain;

import java.util.Locale;

/**
 * A GB/T 4754-2017 industry code, normalised to the section letter followed by up to four digits
 * ({@code I}, {@code I65}, {@code I651}, {@code I6513}).
 *
 * @param code the normalised code
 * @param section the section letter, A–T
 * @param division the two-digit division, or null for a bare section
 */
public record IndustryCode(String code, char section, String division) {

	/**
	 * Parses {@code I}, {@code I65}, {@code I6513}, or the digits alone ({@code 65}, {@code 6513}),
	 * whose section follows from the division. Case and surrounding whitespace are ignored.
	 * @throws IllegalArgumentException for an unknown section or division, a letter that does not
	 * match the division, or any other shape
	 */
	public static IndustryCode parse(String raw) {
		if (raw == null || raw.isBlank()) {
			throw new IllegalArgumentException("industry code is empty");
		}
		String text = raw.strip().toUpperCase(Locale.ROOT);
		char first = text.charAt(0);
		boolean lettered = first >= 'A' && first <= 'Z';
		String digits = lettered ? text.substring(1) : text;
		for (int i = 0; i < digits.length(); i++) {
			if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
				throw new IllegalArgumentException("\"" + raw + "\" is not an industry code "
						+ "(a section letter A–T and/or 2 to 4 digits, e.g. I6513)");
			}
		}
		// Codes are division (2 digits), group (3) or class (4); one digit means nothing.
		if (digits.length() == 1 || digits.length() > 4 || (!lettered && digits.isEmpty())) {
			throw new IllegalArgumentException("\"" + raw + "\" is not an industry code "
					+ "(a section letter A–T and/or 2 to 4 digits, e.g. I6513)");
		}
		if (lettered && Gbt4754.section(first).isEmpty()) {
			throw new IllegalArgumentException("\"" + raw + "\": there is no GB/T 4754 section " + first
					+ " (sections are A to T)");
		}
		if (digits.isEmpty()) {
			return new IndustryCode(String.valueOf(first), first, null);
		}
		String divisionCode = digits.substring(0, 2);
		Gbt4754.Division division = Gbt4754.division(divisionCode)
			.orElseThrow(() -> new IllegalArgumentException("\"" + raw + "\": there is no GB/T 4754 division "
					+ divisionCode + " (divisions are 01 to 97)"));
		if (lettered && division.section() != first) {
			throw new IllegalArgumentException("\"" + raw + "\": division " + divisionCode + " ("
					+ division.chineseName() + ") belongs to section " + division.section() + ", not " + first);
		}
		return new IndustryCode(division.section() + digits, division.section(), divisionCode);
	}
}
