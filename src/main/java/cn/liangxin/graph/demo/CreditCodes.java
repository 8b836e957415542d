package cn.liangxin.graph.demo;

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015) with correct check characters, so
 * the ids look and validate like real ones. Uniqueness comes from a bijection of a
 * sequence number, not from a set of issued codes, which keeps memory flat at a million
 * organizations.
 */
final class CreditCodes {

	private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final long DIGITS_SPACE = 100_000_000L;

	private static final long MA_SPACE = 31L * 31 * 31 * 31 * 31 * 31;

	private final long digitsOffset;

	private final long maOffset;

	CreditCodes(long seed) {
		this.digitsOffset = Math.floorMod(seed * 7919, DIGITS_SPACE);
		this.maOffset = Math.floorMod(seed * 104_729, MA_SPACE);
	}

	/**
	 * @param authorityAndType e.g. "91" enterprise, "92" individual business, "51" social
	 * group, "52" private non-enterprise unit, "53" foundation
	 * @param adminCode six-digit area code of the registering authority
	 * @param sequence unique per bundle
	 * @param newStyle true for the "MA…" organization codes issued since 2015
	 */
	String code(String authorityAndType, String adminCode, long sequence, boolean newStyle) {
		StringBuilder body = new StringBuilder(18).append(authorityAndType).append(adminCode);
		if (newStyle) {
			// multiplier prime to 31, hence a bijection on the six-character space
			long n = Math.floorMod(sequence * 16_777_259L + maOffset, MA_SPACE);
			body.append("MA");
			char[] six = new char[6];
			for (int i = 5; i >= 0; i--) {
				six[i] = CHARS.charAt((int) (n % 31));
				n /= 31;
			}
			body.append(six);
		}
		else {
			// multiplier prime to 10, hence a bijection on eight digits
			long n = Math.floorMod(sequence * 48_271_397L + digitsOffset, DIGITS_SPACE);
			String digits = Long.toString(n + DIGITS_SPACE).substring(1);
			body.append(digits);
		}
		body.append(orgCheck(body.substring(8, 16)));
		body.append(check(body));
		return body.toString();
	}

	// GB 11714 check character of the organization code
	private static char orgCheck(String eight) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char c = eight.charAt(i);
			int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
			sum += v * ORG_WEIGHTS[i];
		}
		int c9 = 11 - sum % 11;
		return c9 == 10 ? 'X' : c9 == 11 ? '0' : (char) ('0' + c9);
	}

	static char check(CharSequence seventeen) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARS.indexOf(seventeen.charAt(i)) * WEIGHTS[i];
		}
		int c = 31 - sum % 31;
		return CHARS.charAt(c == 31 ? 0 : c);
	}

	static boolean isValid(String code) {
		if (code.length() != 18) {
			return false;
		}
		for (int i = 0; i < 17; i++) {
			if (CHARS.indexOf(code.charAt(i)) < 0) {
				return false;
			}
		}
		return check(code) == code.charAt(17);
	}

}
