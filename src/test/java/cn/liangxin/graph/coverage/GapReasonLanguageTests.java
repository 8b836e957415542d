package cn.liangxin.graph.coverage;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.liangxin.graph.domain.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every gap's reason splits into a Chinese and an English sentence, so the explorer shows
 * one language.
 */
class GapReasonLanguageTests {

	static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	@ParameterizedTest
	@EnumSource(GapKind.class)
	void eachReasonHasAChineseAndAnEnglishHalf(GapKind kind) {
		for (Integer count : new Integer[] { null, 7 }) {
			String reason = GapReasons.of(kind, count, GapThresholds.DEFAULTS);
			String zh = Language.pick(reason, Language.ZH);
			String en = Language.pick(reason, Language.EN);
			assertThat(HAN.matcher(zh).find()).as(zh).isTrue();
			assertThat(HAN.matcher(en).find()).as(en).isFalse();
			assertThat(en).isNotBlank().matches(".*[a-z].*");
		}
	}

}
