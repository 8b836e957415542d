package cn.liangxin.graph.jointbranch;

/**
 * Why a group's units belong together: one structured fact with a bilingual sentence.
 *
 * @param kind   what the fact is
 * @param value  building / park / community id, section letter or division; null otherwise
 * @param meters for {@link Kind#WITHIN_DISTANCE}: the largest pairwise distance in the group
 * @param unitA  for {@link Kind#TIE}: the first unit id
 * @param unitB  for {@link Kind#TIE}: the second unit id
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

	/** A sentence in Chinese and English, e.g. {@code 同一楼宇 B11-1-1 / same building B11-1-1}. */
	public String text() {
		return switch (kind) {
			case SAME_BUILDING -> "同一楼宇 " + value + " / same building " + value;
			case SAME_PARK -> "同一园区 " + value + " / same park " + value;
			case SAME_COMMUNITY -> "同一社区 " + value + " / same community " + value;
			case WITHIN_DISTANCE -> {
				long m = Math.round(meters);
				yield "最远相距 " + m + " 米 / at most " + m + " m apart";
			}
			case ANY_INDUSTRY -> "不限行业 / any industry";
			case SAME_SECTION -> "同属 " + value + " 门类 / same section " + value;
			case SAME_DIVISION -> "同属 " + value + " 大类 / same division " + value;
			case TIE -> {
				String k = tieKind == null ? "" : " (" + tieKind + ")";
				yield "存在关联 " + unitA + " — " + unitB + k + " / tied " + unitA + " — " + unitB + k;
			}
		};
	}
}
