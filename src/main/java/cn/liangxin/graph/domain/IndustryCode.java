package cn.liangxin.graph.domain;

import java.util.Locale;

/**
 * A GB/T 4754-2017 industry code, normalised to the section letter followed by up to four
 * digits ({@code I}, {@code I65}, {@code I651}, {@code I6513}).
 *
 * @param code the normalised code
 * @param section the section letter, A–T
 * @param division the two-digit division, or null for a bare section
 */
public record IndustryCode(String code, char section, String division) {

	/**
	 * Parses {@code I}, {@code I65}, {@code I6513}, or the digits alone ({@code 65},
	 * {@code 6513}), whose section follows from the division. Case and surrounding
	 * whitespace are ignored.
	 * @throws IllegalArgumentException for an unknown section or division, a letter that
	 * does not match the division, or any other shape
	 */
	public static IndustryCode parse(String raw) {
		if (raw == null || raw.isBlank()) {
			throw new Invalid(Problem.SHAPE, String.valueOf(raw));
		}
		String text = raw.strip().toUpperCase(Locale.ROOT);
		char first = text.charAt(0);
		boolean lettered = first >= 'A' && first <= 'Z';
		String digits = lettered ? text.substring(1) : text;
		for (int i = 0; i < digits.length(); i++) {
			if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
				throw new Invalid(Problem.SHAPE, raw);
			}
		}
		// Codes are division (2 digits), group (3) or class (4); one digit means nothing.
		if (digits.length() == 1 || digits.length() > 4 || (!lettered && digits.isEmpty())) {
			throw new Invalid(Problem.SHAPE, raw);
		}
		if (lettered && Gbt4754.section(first).isEmpty()) {
			throw new Invalid(Problem.NO_SECTION, raw, String.valueOf(first));
		}
		if (digits.isEmpty()) {
			return new IndustryCode(String.valueOf(first), first, null);
		}
		String divisionCode = digits.substring(0, 2);
		Gbt4754.Division division = Gbt4754.division(divisionCode)
			.orElseThrow(() -> new Invalid(Problem.NO_DIVISION, raw, divisionCode));
		if (lettered && division.section() != first) {
			throw new Invalid(Problem.WRONG_SECTION, raw, divisionCode, division.chineseName(),
					String.valueOf(division.section()), String.valueOf(first));
		}
		return new IndustryCode(division.section() + digits, division.section(), divisionCode);
	}

	/** What is wrong with a code, so that each caller can say it in its own language. */
	public enum Problem {

		/** Not a section letter and/or 2 to 4 digits; argument: the code. */
		SHAPE,

		/** An unknown section letter; arguments: the code, the letter. */
		NO_SECTION,

		/** An unknown division; arguments: the code, the division. */
		NO_DIVISION,

		/**
		 * The letter is not the division's section; arguments: the code, the division,
		 * its name, its section, the letter.
		 */
		WRONG_SECTION

	}

	/**
	 * A code {@link #parse} refuses; the message is English, {@link #problem()} and
	 * {@link #arguments()} say it in any language.
	 */
	public static final class Invalid extends IllegalArgumentException {

		private final Problem problem;

		private final java.util.List<String> arguments;

		Invalid(Problem problem, String... arguments) {
			super(english(problem, arguments));
			this.problem = problem;
			this.arguments = java.util.List.of(arguments);
		}

		public Problem problem() {
			return this.problem;
		}

		public java.util.List<String> arguments() {
			return this.arguments;
		}

		private static String english(Problem problem, String[] a) {
			return switch (problem) {
				case SHAPE ->
					"\"" + a[0] + "\" is not an industry code (a section letter A–T and/or 2 to 4 digits, e.g. I6513)";
				case NO_SECTION -> "\"" + a[0] + "\": there is no GB/T 4754 section " + a[1] + " (sections are A to T)";
				case NO_DIVISION ->
					"\"" + a[0] + "\": there is no GB/T 4754 division " + a[1] + " (divisions are 01 to 97)";
				case WRONG_SECTION -> "\"" + a[0] + "\": division " + a[1] + " (" + a[2] + ") belongs to section "
						+ a[3] + ", not " + a[4];
			};
		}

	}
}
