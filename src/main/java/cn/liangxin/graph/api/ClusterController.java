package cn.liangxin.graph.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import cn.liangxin.graph.clusters.Cluster;
import cn.liangxin.graph.clusters.ClusterMethod;
import cn.liangxin.graph.clusters.ClusterResult;
import cn.liangxin.graph.clusters.ClusterWeights;
import cn.liangxin.graph.clusters.Clustering;
import cn.liangxin.graph.coverage.CoverageFigures;
import cn.liangxin.graph.network.NetworkReads;
import cn.liangxin.graph.network.Views.OrganizationView;

/**
 * {@code clusters}: community detection over a scope. The organizations of all clusters
 * are loaded in one batch ({@link NetworkReads#organizations(java.util.Collection)}),
 * whatever the number of clusters.
 */
@Controller
class ClusterController {

	private final Clustering clustering;

	private final NetworkReads network;

	ClusterController(Clustering clustering, NetworkReads network) {
		this.clustering = clustering;
		this.network = network;
	}

	@QueryMapping
	ClusterResult clusters(@Argument ScopeInput scope, @Argument ClusterMethod method,
			@Argument @Nullable ClusterWeightsInput weights, @Argument @Nullable Integer k) {
		return this.clustering.clusters(ScopeInput.toScope(scope), method, ClusterWeightsInput.toWeights(weights), k);
	}

	@SchemaMapping(typeName = "Cluster", field = "size")
	int size(Cluster cluster) {
		return cluster.organizationIds().size();
	}

	@SchemaMapping(typeName = "Cluster", field = "dominantIndustry")
	Industries.@Nullable Industry dominantIndustry(Cluster cluster) {
		return Industries.of(cluster.dominantIndustry());
	}

	@SchemaMapping(typeName = "Cluster", field = "coverage")
	ClusterCoveragePayload coverage(Cluster cluster) {
		CoverageFigures f = cluster.coverage();
		return new ClusterCoveragePayload(f.total(), f.organizationCovered(), f.workCovered(), f.uncovered(),
				f.organizationCoverageRate(), f.workCoverageRate(), f.standaloneCovered(), f.standaloneRate());
	}

	@BatchMapping(typeName = "Cluster", field = "organizations")
	Map<Cluster, List<OrganizationView>> organizations(List<Cluster> clusters) {
		Set<String> ids = clusters.stream().flatMap(c -> c.organizationIds().stream()).collect(Collectors.toSet());
		Map<String, OrganizationView> loaded = ids.isEmpty() ? Map.of() : this.network.organizations(ids);
		return clusters.stream()
			.collect(Collectors.toMap(Function.identity(),
					c -> c.organizationIds().stream().map(loaded::get).filter(Objects::nonNull).toList(), (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

	/**
	 * GraphQL {@code input ClusterWeights}; absent fields take the documented defaults.
	 */
	record ClusterWeightsInput(@Nullable Double proximity, @Nullable Double proximityMeters,
			@Nullable Double sameBuilding, @Nullable Double industrySection, @Nullable Double industryDivision,
			@Nullable Double tie) {

		static ClusterWeights toWeights(@Nullable ClusterWeightsInput in) {
			ClusterWeights d = ClusterWeights.DEFAULTS;
			if (in == null) {
				return d;
			}
			return new ClusterWeights(or(in.proximity(), d.proximity()), or(in.proximityMeters(), d.proximityMeters()),
					or(in.sameBuilding(), d.sameBuilding()), or(in.industrySection(), d.industrySection()),
					or(in.industryDivision(), d.industryDivision()), or(in.tie(), d.tie()));
		}

		private static double or(@Nullable Double value, double fallback) {
			return value == null ? fallback : value;
		}
	}

	/** GraphQL {@code type ClusterCoverage}. */
	record ClusterCoveragePayload(int total, int organizationCovered, int workCovered, int uncovered,
			@Nullable Double organizationCoverageRate, @Nullable Double workCoverageRate, int standaloneCovered,
			@Nullable Double standaloneRate) {
	}

}
