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
		Unit located = new Unit("O1", 1, 1, 5, "B1", "P1", "310121003005", 31.2, 121.5, "I", "65");
		Unit bare = new Unit("O2", 1, 1, 5, null, null, null, null, null, null, null);
		for (UnplacedReason u : UnplacedReason.values()) {
			for (Proximity proximity : Proximity.values()) {
				for (IndustryMatch match : IndustryMatch.values()) {
					JointBranchParameters p = JointBranchParameters.defaults()
						.withProximity(proximity)
						.withIndustryMatch(match);
					texts.add(u.text(p, located, PlaceNames.NONE));
					texts.add(u.text(p.withUseTies(true), bare, PlaceNames.NONE));
				}
			}
		}
		for (String text : texts) {
			String zh = Language.pick(text, Language.ZH);
			String en = Language.pick(text, Language.EN);
			assertThat(HAN.matcher(zh).find()).as(zh).isTrue();
			assertThat(HAN.matcher(en).find()).as(en).isFalse();
			assertThat(en).matches(".*[a-z].*");
		}
	}

	@Test
	void reasonsNameThePlacesAndIndustries() {
		PlaceNames names = new PlaceNames(java.util.Map.of("B1", "华恒科技园1号楼"), java.util.Map.of("P1", "华恒科技园"),
				java.util.Map.of("310121003005", "第3街道第5社区"), java.util.Map.of("O1", "甲公司", "O2", "乙公司"));
		assertThat(Reason.of(Reason.Kind.SAME_BUILDING, "B1").text(names))
			.isEqualTo("同一楼宇 华恒科技园1号楼（B1） / same building 华恒科技园1号楼 (B1)");
		assertThat(Reason.of(Reason.Kind.SAME_PARK, "P1").text(names))
			.isEqualTo("同一园区 华恒科技园（P1） / same park 华恒科技园 (P1)");
		assertThat(Reason.of(Reason.Kind.SAME_COMMUNITY, "310121003005").text(names))
			.isEqualTo("同一社区 第3街道第5社区（310121003005） / same community 第3街道第5社区 (310121003005)");
		// a place without a known name is cited by its id
		assertThat(Reason.of(Reason.Kind.SAME_PARK, "P9").text(names)).isEqualTo("同一园区 P9 / same park P9");
		assertThat(Reason.of(Reason.Kind.SAME_DIVISION, "65").text(names)).isEqualTo("同属 65 大类（软件和信息技术服务业） / "
				+ "same division 65 (in section I, Information transmission, software and information technology services)");
		assertThat(Reason.tie("O1", "O2", "SUPPLIES").text(names))
			.isEqualTo("存在关联 甲公司（O1） — 乙公司（O2） (SUPPLIES) / tied 甲公司 (O1) — 乙公司 (O2) (SUPPLIES)");
		assertThat(Language.pick(Reason.within(812.4).text(names), Language.EN)).isEqualTo("at most 812 m apart");
	}

	@Test
	void unplacedReasonsNameThePlacesAndIndustries() {
		PlaceNames names = new PlaceNames(java.util.Map.of("B1", "华恒科技园1号楼"), java.util.Map.of("P1", "华恒科技园"),
				java.util.Map.of("310121003005", "第3街道第5社区"), java.util.Map.of());
		Unit unit = new Unit("O1", 1, 1, 5, "B1", "P1", "310121003005", 31.2, 121.5, "I", "65");
		JointBranchParameters p = JointBranchParameters.defaults();
		assertThat(UnplacedReason.NO_NEAR_UNIT.text(p, unit, names))
			.isEqualTo("同一楼宇 华恒科技园1号楼（B1） 内或 1000 米内没有可联合单位 / no compatible unit in building 华恒科技园1号楼 (B1) "
					+ "or within 1000 m");
		assertThat(UnplacedReason.NO_NEAR_UNIT
			.text(p.withProximity(Proximity.SAME_PARK).withIndustryMatch(IndustryMatch.SECTION), unit, names))
			.isEqualTo("同一园区 华恒科技园（P1） 内没有同属 I 门类（信息传输、软件和信息技术服务业）的可联合单位 / no compatible unit of the same "
					+ "section I (Information transmission, software and information technology services) in park 华恒科技园 (P1)");
		assertThat(UnplacedReason.LEFT_OVER
			.text(p.withProximity(Proximity.SAME_COMMUNITY).withIndustryMatch(IndustryMatch.DIVISION), unit, names))
			.startsWith("同一社区 第3街道第5社区（310121003005） 内同属 65 大类（软件和信息技术服务业）的可联合单位已编入其他联合党支部")
			.contains("in community 第3街道第5社区 (310121003005)");
	}

}
