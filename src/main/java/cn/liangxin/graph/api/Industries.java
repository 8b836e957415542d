package cn.liangxin.graph.api;

import org.jspecify.annotations.Nullable;

import cn.liangxin.graph.network.InvalidArgumentException;

/** The GraphQL view of a stored, normalised GB/T 4754 code. */
final class Industries {

	private Industries() {
	}

	/** GraphQL {@code type Industry}. */
	record Industry(String code, String section, @Nullable String sectionName, @Nullable String division,
			@Nullable String divisionName) {
	}

	static @Nullable Industry of(@Nullable String code) {
		if (code == null || code.isEmpty()) {
			return null;
		}
		String division = code.length() >= 3 ? code.substring(1, 3) : null;
		return new Industry(code, code.substring(0, 1), null, division, null);
	}

	/** A filter prefix in the stored form: {@code 65} and {@code i65} become {@code I65}. */
	static @Nullable String prefix(@Nullable String industry) {
		if (industry == null || industry.isBlank()) {
			return null;
		}
		String text = industry.strip().toUpperCase();
		if (!text.matches("[A-T]?\\d{0,4}") || text.isEmpty()) {
			throw new InvalidArgumentException("filter.industry", industry,
					"is not a GB/T 4754 code prefix (a section letter A–T and/or up to 4 digits)");
		}
		return text;
	}
}
