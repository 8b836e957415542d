package cn.liangxin.graph.ledger;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The one reading of a cell's text into a value, for CSV and workbook cells alike (a
 * workbook's typed cells arrive here already as text: a date cell as {@code 2024-03-05},
 * a number as its plain digits). Accepts what clerks type in Excel: full-width digits and
 * punctuation, thousands separators, and the usual Chinese date forms. Every method
 * answers null for text it cannot read; the caller words the error. Hand-written, no
 * regex: the importer reads every cell.
 */
final class LedgerCells {

	private LedgerCells() {
	}

	/**
	 * Full-width ASCII (U+FF01–U+FF5E, what a Chinese input method types: １２３，．－) folded
	 * to ASCII and the ideographic space to a space, then stripped. Only for numbers,
	 * dates and yes/no values: names and ids keep what was written.
	 */
	static String fold(String s) {
		int n = s.length();
		int i = 0;
		while (i < n && s.charAt(i) < '\uFF01' && s.charAt(i) != '\u3000') {
			i++;
		}
		if (i == n) {
			return s.strip();
		}
		StringBuilder b = new StringBuilder(n).append(s, 0, i);
		for (; i < n; i++) {
			char c = s.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				b.append((char) (c - 0xFEE0));
			}
			else if (c == '\u3000') {
				b.append(' ');
			}
			else {
				b.append(c);
			}
		}
		return b.toString().strip();
	}

	/**
	 * [+-]digits, at most 18, optionally grouped by thousands separators (1,200 or
	 * 1,234,567).
	 */
	static Long integer(String text) {
		String s = fold(text);
		int i = 0;
		int n = s.length();
		boolean negative = false;
		if (n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
			negative = s.charAt(0) == '-';
			i = 1;
		}
		if (i == n) {
			return null;
		}
		long value = 0;
		int digits = 0;
		int group = -1; // digits since the last separator; -1 before the first one
		for (; i < n; i++) {
			char c = s.charAt(i);
			if (c == ',') {
				// a separator needs 1–3 digits before the first one and exactly 3 between
				// later ones
				if (digits == 0 || (group < 0 ? digits > 3 : group != 3)) {
					return null;
				}
				group = 0;
				continue;
			}
			if (c < '0' || c > '9' || ++digits > 18) {
				return null;
			}
			value = value * 10 + (c - '0');
			if (group >= 0) {
				group++;
			}
		}
		if (group >= 0 && group != 3) {
			return null;
		}
		return negative ? -value : value;
	}

	/**
	 * Plain decimals ([+-]digits[.digits]); Double.parseDouble alone would also take
	 * "NaN", "1e3", "2d".
	 */
	static Double decimal(String text) {
		String s = fold(text);
		int i = 0;
		int n = s.length();
		if (n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
			i = 1;
		}
		int digits = 0;
		boolean dot = false;
		for (; i < n; i++) {
			char c = s.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
			}
			else if (c == '.' && !dot) {
				dot = true;
			}
			else {
				return null;
			}
		}
		return (digits > 0) ? Double.parseDouble(s) : null;
	}

	/** true/false, 是/否, 1/0, yes/no, y/n (any case); null for anything else. */
	static Boolean bool(String text) {
		return switch (fold(text).toLowerCase(java.util.Locale.ROOT)) {
			case "true", "是", "1", "yes", "y" -> Boolean.TRUE;
			case "false", "否", "0", "no", "n" -> Boolean.FALSE;
			default -> null;
		};
	}

	/**
	 * yyyy-M-d, yyyy/M/d, yyyy.M.d (month and day with one or two digits) or yyyy年M月d日;
	 * null for anything else, including impossible days (2026-02-30).
	 */
	static LocalDate date(String text) {
		String s = fold(text);
		int n = s.length();
		int[] parts = new int[3];
		int part = 0;
		int digits = 0;
		char separator = 0;
		boolean chinese = false;
		int i = 0;
		for (; i < n && part < 3; i++) {
			char c = s.charAt(i);
			if (c >= '0' && c <= '9') {
				parts[part] = parts[part] * 10 + (c - '0');
				if (++digits > ((part == 0) ? 4 : 2)) {
					return null;
				}
				continue;
			}
			if (digits == 0 || (part == 0 && digits != 4)) {
				return null;
			}
			if (part == 0) {
				chinese = c == '年';
				if (!chinese && c != '-' && c != '/' && c != '.') {
					return null;
				}
				separator = c;
			}
			else if (part == 1) {
				if (c != (chinese ? '月' : separator)) {
					return null;
				}
			}
			else if (!chinese || c != '日') {
				return null;
			}
			part++;
			digits = 0;
		}
		// Without 年: the day ends the text; with 年: 日 ended it (part 3), nothing may
		// follow.
		boolean complete = chinese ? (part == 3 && i == n) : (part == 2 && digits > 0 && i == n);
		if (!complete) {
			return null;
		}
		try {
			return LocalDate.of(parts[0], parts[1], parts[2]);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * Whether a code looks like a number Excel showed in scientific notation
	 * (3.10121E+11): the digits are lost by then, so the clerk must retype the code in a
	 * text-formatted column.
	 */
	static boolean scientific(String s) {
		int e = s.indexOf('E');
		if (e < 0) {
			e = s.indexOf('e');
		}
		return e > 0 && e + 2 < s.length() && (s.charAt(e + 1) == '+') && decimal(s.substring(0, e)) != null
				&& integer(s.substring(e + 2)) != null;
	}

	/** Excel's column letter of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
	static String columnLetter(int index) {
		StringBuilder b = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			b.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return b.toString();
	}

}
