package cn.liangxin.graph.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One half of a bilingual sentence. */
class LanguageTests {

	@Test
	void picksEachHalf() {
		String s = "台账 120 天未核实（超过 92 天）/ ledger row last verified 120 days ago, more than 92";
		assertThat(Language.pick(s, Language.ZH)).isEqualTo("台账 120 天未核实（超过 92 天）");
		assertThat(Language.pick(s, Language.EN)).isEqualTo("ledger row last verified 120 days ago, more than 92");
		assertThat(Language.pick(s, null)).isEqualTo(s);
		assertThat(Language.pick("no separator", Language.ZH)).isEqualTo("no separator");
	}

}
