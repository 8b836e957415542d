package cn.liangxin.graph.domain;

import org.jspecify.annotations.Nullable;

/**
 * The language of a sentence meant for a planner. Reasons (of gaps, joint-branch groups
 * and unplaced units) are written once as {@code 中文 / English}: the Chinese sentence, a
 * slash and the English one; {@link #pick} takes one half, so every reason has one home
 * and both languages.
 */
public enum Language {

	/** 中文. */
	ZH,

	/** English. */
	EN;

	/**
	 * The half of a bilingual {@code 中文 / English} sentence in {@code language}; the
	 * whole sentence when {@code language} is null or the sentence has no separator.
	 */
	public static String pick(String bilingual, @Nullable Language language) {
		if (language == null) {
			return bilingual;
		}
		// The first "/ " separates: Chinese halves hold ids and numbers but no slash
		// followed by a space.
		int slash = bilingual.indexOf("/ ");
		if (slash < 0) {
			return bilingual;
		}
		return (language == ZH ? bilingual.substring(0, slash) : bilingual.substring(slash + 2)).strip();
	}

}
