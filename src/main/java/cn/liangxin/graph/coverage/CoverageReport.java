package cn.liangxin.graph.coverage;

import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.liangxin.graph.network.Scope;

/**
 * Coverage of a scope and its breakdowns; every row carries the same counts and rates.
 *
 * @param scope what was counted
 * @param figures the whole scope
 * @param byArea each child area of the scope's area (for everything: the top areas, or the
 * children of the single top area; for a park: the children of the park's area)
 * @param byPark each park holding organizations of the scope
 * @param byKind each organization kind
 * @param byIndustrySection each GB/T 4754 section (key "" for organizations without a code)
 * @param byAboveScale true / false / unknown (规模以上)
 */
public record CoverageReport(Scope scope, CoverageFigures figures, List<Row> byArea, List<Row> byPark, List<Row> byKind,
		List<Row> byIndustrySection, List<Row> byAboveScale) {

	/**
	 * One breakdown row.
	 *
	 * @param key the area code, park id, kind, section letter or "true"/"false"/"unknown"
	 * @param label a readable Chinese name for the key, where one is known
	 */
	public record Row(String key, @Nullable String label, CoverageFigures figures) {
	}
}
