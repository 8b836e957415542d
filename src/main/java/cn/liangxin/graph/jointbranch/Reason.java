package cn.liangxin.graph.jointbranch;

import cn.liangxin.graph.domain.Gbt4754;

/**
 * Why a group's units belong together: one structured fact with a bilingual sentence.
 *
 * @param kind what the fact is
 * @param value building / park / community id, section letter or division; null otherwise
 * @param meters for {@link Kind#WITHIN_DISTANCE}: the largest pairwise distance in the
 * group
 * @param unitA for {@link Kind#TIE}: the first unit id
 * @param unitB for {@link Kind#TIE}: the second unit id
 * @param tieKind for {@link Kind#TIE}: the relationship type, or null
 */
public record Reason(Kind kind, String value, Double meters, String unitA, String unitB, String tieKind) {

	/** The kinds of fact a group is justified by. */
	public enum Kind {

		SAME_BUILDING, SAME_PARK, SAME_COMMUNITY, WITHIN_DISTANCE, ANY_INDUSTRY, SAME_SECTION, SAME_DIVISION, TIE

	}

	static Reason of(Kind kind, String value) {
		return new Reason(kind, value, null, null, null, null);
	}

	static Reason within(double meters) {
		return new Reason(Kind.WITHIN_DISTANCE, null, meters, null, null, null);
	}

	static Reason tie(String a, String b, String tieKind) {
		return new Reason(Kind.TIE, null, null, a, b, tieKind);
	}

	/**
	 * A sentence in Chinese and English citing ids, e.g.
	 * {@code 同一楼宇 B11-1-1 / same building B11-1-1}.
	 */
	public String text() {
		return text(PlaceNames.NONE);
	}

	/**
	 * A sentence in Chinese and English naming the places, e.g.
	 * {@code 同一楼宇 华恒科技园1号楼（B11-1-1） /
	 * same building 华恒科技园1号楼 (B11-1-1)}; industries by their GB/T 4754 names, distances
	 * in metres.
	 */
	public String text(PlaceNames names) {
		return switch (kind) {
			case SAME_BUILDING -> "同一楼宇 " + PlaceNames.zh(names.buildings(), value) + " / same building "
					+ PlaceNames.en(names.buildings(), value);
			case SAME_PARK ->
				"同一园区 " + PlaceNames.zh(names.parks(), value) + " / same park " + PlaceNames.en(names.parks(), value);
			case SAME_COMMUNITY -> "同一社区 " + PlaceNames.zh(names.areas(), value) + " / same community "
					+ PlaceNames.en(names.areas(), value);
			case WITHIN_DISTANCE -> {
				long m = Math.round(meters);
				yield "最远相距 " + m + " 米 / at most " + m + " m apart";
			}
			case ANY_INDUSTRY -> "不限行业 / any industry";
			case SAME_SECTION -> "同属 " + sectionZh(value) + " / same " + sectionEn(value);
			case SAME_DIVISION -> "同属 " + divisionZh(value) + " / same " + divisionEn(value);
			case TIE -> {
				String k = tieKind == null ? "" : " (" + tieKind + ")";
				yield "存在关联 " + PlaceNames.zh(names.organizations(), unitA) + " — "
						+ PlaceNames.zh(names.organizations(), unitB) + k + " / tied "
						+ PlaceNames.en(names.organizations(), unitA) + " — "
						+ PlaceNames.en(names.organizations(), unitB) + k;
			}
		};
	}

	// The one home of naming GB/T 4754 sections and divisions in reasons (groups' and
	// unplaced units').

	/** E.g. {@code I 门类（信息传输、软件和信息技术服务业）}; the letter alone when unknown. */
	static String sectionZh(String letter) {
		return letter + " 门类" + section(letter).map(x -> "（" + x.chineseName() + "）").orElse("");
	}

	/** E.g. {@code section I (Information transmission, …)}. */
	static String sectionEn(String letter) {
		return "section " + letter + section(letter).map(x -> " (" + x.englishName() + ")").orElse("");
	}

	/** E.g. {@code 65 大类（软件和信息技术服务业）}. */
	static String divisionZh(String code) {
		var division = code == null ? java.util.Optional.<Gbt4754.Division>empty() : Gbt4754.division(code);
		return code + " 大类" + division.map(x -> "（" + x.chineseName() + "）").orElse("");
	}

	/**
	 * E.g. {@code division 65 (in section I, …)}: GB/T 4754 names divisions in Chinese
	 * only, so the English names the division's section.
	 */
	static String divisionEn(String code) {
		var division = code == null ? java.util.Optional.<Gbt4754.Division>empty() : Gbt4754.division(code);
		var section = division.flatMap(x -> Gbt4754.section(x.section()));
		return "division " + code
				+ section.map(x -> " (in section " + x.letter() + ", " + x.englishName() + ")").orElse("");
	}

	private static java.util.Optional<Gbt4754.Section> section(String letter) {
		return letter == null || letter.isEmpty() ? java.util.Optional.empty() : Gbt4754.section(letter.charAt(0));
	}

}
