package cn.liangxin.graph.clusters;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import cn.liangxin.graph.clusters.ClusterReads.OrganizationRow;
import cn.liangxin.graph.domain.Gbt4754;

/**
 * Readable cluster labels: place · industry. The place is the most common building name
 * when at least half of the organizations share it, else the most common park name on the
 * same terms, else the most common community (area) name; the industry is the Chinese
 * name of the dominant division (大类), or of the section when no organization has a
 * division. Ties between equally common values go to the smaller one, so labels are
 * stable. Never touches the database.
 */
final class ClusterLabels {

	private ClusterLabels() {
	}

	static String label(List<OrganizationRow> organizations, @Nullable String dominantIndustry) {
		String place = place(organizations);
		String industry = industryName(dominantIndustry);
		if (place == null && industry == null) {
			return "未定位组织群";
		}
		if (place == null) {
			return industry;
		}
		return industry == null ? place : place + "·" + industry;
	}

	/**
	 * The most common division as section letter + two digits ({@code I65}); a section
	 * letter alone when no division is known.
	 */
	static @Nullable String dominantIndustry(List<OrganizationRow> organizations) {
		String division = mode(organizations,
				o -> (o.section() != null && o.division() != null) ? o.section() + o.division() : null);
		return division != null ? division : mode(organizations, OrganizationRow::section);
	}

	static @Nullable String industryName(@Nullable String code) {
		if (code == null || code.isEmpty()) {
			return null;
		}
		if (code.length() >= 3) {
			return Gbt4754.division(code.substring(1, 3)).map(Gbt4754.Division::chineseName).orElse(code);
		}
		return Gbt4754.section(code.charAt(0)).map(Gbt4754.Section::chineseName).orElse(code);
	}

	private static @Nullable String place(List<OrganizationRow> organizations) {
		for (Function<OrganizationRow, @Nullable String> level : List.<Function<OrganizationRow, @Nullable String>>of(
				OrganizationRow::buildingName, OrganizationRow::parkName)) {
			String mode = mode(organizations, level);
			if (mode != null && 2 * count(organizations, level, mode) >= organizations.size()) {
				return mode;
			}
		}
		return mode(organizations, OrganizationRow::areaName);
	}

	private static long count(List<OrganizationRow> organizations, Function<OrganizationRow, @Nullable String> key,
			String value) {
		return organizations.stream().filter(o -> value.equals(key.apply(o))).count();
	}

	static @Nullable String mode(List<OrganizationRow> organizations, Function<OrganizationRow, @Nullable String> key) {
		Map<String, Long> counts = organizations.stream()
			.map(key)
			.filter(Objects::nonNull)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		return counts.entrySet()
			.stream()
			.min(Comparator.<Map.Entry<String, Long>>comparingLong(e -> -e.getValue()).thenComparing(Map.Entry::getKey))
			.map(Map.Entry::getKey)
			.orElse(null);
	}

}
