package cn.liangxin.graph.coverage;

import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.liangxin.graph.domain.Formation;
import cn.liangxin.graph.network.Scope;

/**
 * Coverage of a scope and its breakdowns; every row carries the same counts and rates.
 *
 * @param scope what was counted
 * @param figures the whole scope
 * @param byArea each child area of the scope's area (for everything: the top areas, or
 * the children of the single top area; for a park: the children of the park's area)
 * @param byPark each park holding organizations of the scope
 * @param byKind each organization kind
 * @param byIndustrySection each GB/T 4754 section (key "" for organizations without a
 * code)
 * @param byAboveScale true / false / unknown (规模以上)
 * @param byNoPartyOrgReason each reason for having no party organization (未建党组织原因), or
 * unknown
 * @param byOwnership each economic type (经济类型), or unknown
 * @param formations the party organizations of the scope (as in the party organization
 * list) per formation, every formation present
 */
public record CoverageReport(Scope scope, CoverageFigures figures, List<Row> byArea, List<Row> byPark, List<Row> byKind,
		List<Row> byIndustrySection, List<Row> byAboveScale, List<Row> byNoPartyOrgReason, List<Row> byOwnership,
		List<FormationShare> formations) {

	/**
	 * How many party organizations of the scope have one formation (单独 / 联合 / 挂靠 / 区域).
	 *
	 * @param share of all party organizations of the scope; null when there are none
	 */
	public record FormationShare(Formation formation, int count, @Nullable Double share) {
	}

	/**
	 * One breakdown row.
	 *
	 * @param key the area code, park id, kind, section letter, "true"/"false"/"unknown",
	 * reason or ownership (enum names, "unknown" when not recorded)
	 * @param label a readable Chinese name for the key, where one is known
	 */
	public record Row(String key, @Nullable String label, CoverageFigures figures) {
	}
}
