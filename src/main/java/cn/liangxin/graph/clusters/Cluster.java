package cn.liangxin.graph.clusters;

import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.liangxin.graph.coverage.CoverageFigures;
import cn.liangxin.graph.network.Views.LatLon;

/**
 * A community of organizations.
 *
 * @param id {@code C1}, {@code C2}, … largest first (ties: smallest organization id
 * first)
 * @param label place and industry, e.g. {@code 华恒科技园1号楼·软件和信息技术服务业} (see
 * {@link ClusterLabels})
 * @param organizationIds its organizations, in id order
 * @param centroid mean location of its located organizations, or null when none is
 * located
 * @param dominantIndustry the most common GB/T 4754 division as section + division (e.g.
 * {@code I65}), or null when none of its organizations has one
 * @param coverage coverage figures of its organizations (the definitions of
 * docs/domain.md)
 * @param eligibleUnits JOINT_CANDIDATE organizations: 1–2 full members, not
 * organization-covered
 */
public record Cluster(String id, String label, List<String> organizationIds, @Nullable LatLon centroid,
		@Nullable String dominantIndustry, CoverageFigures coverage, int eligibleUnits) {
}
