package cn.liangxin.graph.jointbranch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.liangxin.graph.domain.Language;

import static org.assertj.core.api.Assertions.assertThat;

/** Every group and unplaced reason splits into a Chinese and an English sentence. */
class ReasonLanguageTests {

	static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	@Test
	void eachReasonHasAChineseAndAnEnglishHalf() {
		List<String> texts = new ArrayList<>();
		for (Reason.Kind kind : Reason.Kind.values()) {
			Reason r = switch (kind) {
				case WITHIN_DISTANCE -> Reason.within(812.4);
				case TIE -> Reason.tie("91310000A", "91310000B", "SUPPLIES");
				default -> Reason.of(kind, "B11-1-1");
			};
			texts.add(r.text());
		}
		for (UnplacedReason u : UnplacedReason.values()) {
			texts.add(u.text(JointBranchParameters.defaults()));
		}
		for (String text : texts) {
			String zh = Language.pick(text, Language.ZH);
			String en = Language.pick(text, Language.EN);
			assertThat(HAN.matcher(zh).find()).as(zh).isTrue();
			assertThat(HAN.matcher(en).find()).as(en).isFalse();
			assertThat(en).matches(".*[a-z].*");
		}
	}
}
