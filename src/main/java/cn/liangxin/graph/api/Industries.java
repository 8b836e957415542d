package cn.liangxin.graph.api;

import org.jspecify.annotations.Nullable;

import cn.liangxin.graph.domain.Gbt4754;
import cn.liangxin.graph.domain.IndustryCode;
import cn.liangxin.graph.network.InvalidArgumentException;

/**
 * The GraphQL view of a stored, normalised GB/T 4754 code, and industry filter prefixes.
 */
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
		char section = code.charAt(0);
		String division = code.length() >= 3 ? code.substring(1, 3) : null;
		return new Industry(code, String.valueOf(section),
				Gbt4754.section(section).map(Gbt4754.Section::chineseName).orElse(null), division,
				division == null ? null : Gbt4754.division(division).map(Gbt4754.Division::chineseName).orElse(null));
	}

	/**
	 * A filter prefix in the stored form: {@code 65}, {@code i65} and {@code I65} all
	 * become {@code I65}.
	 */
	static @Nullable String prefix(@Nullable String industry) {
		if (industry == null || industry.isBlank()) {
			return null;
		}
		try {
			return IndustryCode.parse(industry).code();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException("filter.industry", industry,
					"is not a GB/T 4754 code prefix: " + ex.getMessage());
		}
	}

}
