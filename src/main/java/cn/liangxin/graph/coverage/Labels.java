package cn.liangxin.graph.coverage;

import org.jspecify.annotations.Nullable;

import cn.liangxin.graph.domain.Gbt4754;
import cn.liangxin.graph.domain.NoPartyOrgReason;
import cn.liangxin.graph.domain.Ownership;

/** Readable Chinese names of breakdown keys. */
final class Labels {

	private Labels() {
	}

	static @Nullable String kind(String kind) {
		return switch (kind) {
			case "ENTERPRISE" -> "非公企业";
			case "SOCIAL_ORGANIZATION" -> "社会组织";
			case "INDIVIDUAL_BUSINESS" -> "个体工商户";
			default -> null;
		};
	}

	/** The key of rows whose field the ledger leaves empty. */
	static final String UNKNOWN = "unknown";

	static @Nullable String noPartyOrgReason(String key) {
		return NoPartyOrgReason.find(key).map(r -> r.aliases().get(0)).orElse("未填报");
	}

	static @Nullable String ownership(String key) {
		return Ownership.find(key).map(o -> o.aliases().get(0)).orElse("未填报");
	}

	static @Nullable String aboveScale(String key) {
		return switch (key) {
			case "true" -> "规模以上";
			case "false" -> "规模以下";
			default -> "未填报";
		};
	}

	static @Nullable String section(String section) {
		return section.isEmpty() ? "未填行业"
				: Gbt4754.section(section.charAt(0)).map(Gbt4754.Section::chineseName).orElse(null);
	}

}
