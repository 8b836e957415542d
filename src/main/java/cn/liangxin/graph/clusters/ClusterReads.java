package cn.liangxin.graph.clusters;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.liangxin.graph.coverage.CoverageFigures;
import cn.liangxin.graph.network.Rows;
import cn.liangxin.graph.network.Scope;
import cn.liangxin.graph.store.GraphQueries;

/**
 * The statements of clustering, each public method in its own read-only transaction.
 * GDS's projection function and its stream and drop procedures are READ-mode (they change
 * only the in-memory graph catalog, never the store), so a read transaction — routed to a
 * reader in a cluster — is enough. The drop is a separate transaction on purpose: after a
 * failed algorithm the failed transaction cannot run another statement, but the
 * projection must still go. (On the happy path the drop runs inside the algorithm's
 * transaction: see {@link #communities}.)
 */
@Service
@Transactional(readOnly = true)
class ClusterReads {

	private final GraphQueries queries;

	ClusterReads(GraphQueries queries) {
		this.queries = queries;
	}

	record OrganizationRow(String id, @Nullable Double lat, @Nullable Double lon, @Nullable String section,
			@Nullable String division, @Nullable String buildingId, @Nullable String buildingName,
			@Nullable String parkId, @Nullable String parkName, @Nullable String areaName) {
	}

	record Read(List<OrganizationRow> organizations, List<String[]> ties) {
	}

	public Read read(Scope scope) {
		List<OrganizationRow> organizations = this.queries.list("clusterOrganizations",
				this.queries.file("queries/clusters/organizations.cypher"), scope.parameters(),
				r -> new OrganizationRow(r.get("id").asString(), Rows.decimal(r.get("lat")), Rows.decimal(r.get("lon")),
						Rows.string(r.get("section")), Rows.string(r.get("division")), Rows.string(r.get("buildingId")),
						Rows.string(r.get("buildingName")), Rows.string(r.get("parkId")),
						Rows.string(r.get("parkName")), Rows.string(r.get("areaName"))));
		List<String[]> ties = this.queries.list("clusterTies", this.queries.file("queries/clusters/ties.cypher"),
				Map.of("ids", organizations.stream().map(OrganizationRow::id).toList()),
				r -> new String[] { r.get("source").asString(), r.get("target").asString() });
		return new Read(organizations, ties);
	}

	/**
	 * Projects the graph, streams the method's communities (by node index) and drops the
	 * graph, all in one transaction — so against a cluster all three reach the member
	 * holding the projection. When this fails, the caller drops the graph in a
	 * transaction of its own ({@link #drop}).
	 */
	public Map<Integer, Long> communities(String graphName, ClusterMethod method, List<List<Double>> locations,
			List<Map<String, Object>> edges, int k) {
		this.queries.one("clusterProject", this.queries.file("queries/clusters/project.cypher"),
				Map.of("graphName", graphName, "locations", locations, "edges", edges),
				r -> r.get("nodeCount").asLong());
		var parameters = new HashMap<String, Object>();
		parameters.put("graphName", graphName);
		parameters.put("k", k);
		String file = "queries/clusters/" + method.name().toLowerCase(java.util.Locale.ROOT) + ".cypher";
		var result = new HashMap<Integer, Long>();
		this.queries
			.list("cluster" + method.name(), this.queries.file(file), parameters,
					r -> Map.entry(r.get("nodeId").asInt(), r.get("communityId").asLong()))
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		drop(graphName);
		return result;
	}

	/** Drops the projection if it is still there (a no-op otherwise). */
	public void drop(String graphName) {
		this.queries.list("clusterDrop", this.queries.file("queries/clusters/drop.cypher"),
				Map.of("graphName", graphName), r -> r.get("graphName").asString());
	}

	record Figures(CoverageFigures figures, int eligibleUnits) {
	}

	/** Coverage figures and eligible units of each cluster, in one statement. */
	public Map<String, Figures> coverage(Map<String, List<String>> clusters, int minFullMembers) {
		List<Map<String, Object>> rows = clusters.entrySet()
			.stream()
			.<Map<String, Object>>map(e -> Map.of("id", e.getKey(), "organizations", e.getValue()))
			.toList();
		var result = new HashMap<String, Figures>();
		this.queries
			.list("clusterCoverage", this.queries.file("queries/clusters/coverage.cypher"),
					Map.of("clusters", rows, "minFullMembers", minFullMembers),
					r -> Map.entry(r.get("cluster").asString(),
							new Figures(
									new CoverageFigures(r.get("total").asInt(), r.get("organizationCovered").asInt(),
											r.get("workCovered").asInt(), r.get("standaloneCovered").asInt()),
									r.get("eligibleUnits").asInt())))
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

}
