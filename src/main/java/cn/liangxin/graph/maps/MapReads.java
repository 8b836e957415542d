package cn.liangxin.graph.maps;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.liangxin.graph.network.Rows;
import cn.liangxin.graph.network.Scope;
import cn.liangxin.graph.store.GraphQueries;

/**
 * The map's raw rows, read in one read-only transaction (so the six statements see one
 * state of the graph); assembly, truncation and layout happen afterwards, outside it.
 */
@Service
@Transactional(readOnly = true)
class MapReads {

	private final GraphQueries queries;

	MapReads(GraphQueries queries) {
		this.queries = queries;
	}

	public RawMap read(Scope scope) {
		List<OrganizationRow> organizations = this.queries.list("mapOrganizations",
				this.queries.file("queries/maps/organizations.cypher"), scope.parameters(),
				r -> new OrganizationRow(r.get("id").asString(), r.get("name").asString(""),
						Rows.integer(r.get("employees")), r.get("members").asInt(), Rows.decimal(r.get("lat")),
						Rows.decimal(r.get("lon")), Rows.string(r.get("parkId")), Rows.string(r.get("buildingId")),
						Rows.string(r.get("areaCode"))));
		List<String> ids = organizations.stream().map(OrganizationRow::id).toList();
		Map<String, Object> byIds = Map.of("ids", ids);
		List<PartyOrganizationRow> partyOrganizations = this.queries.list("mapPartyOrganizations",
				this.queries.file("queries/maps/party-organizations.cypher"), byIds,
				r -> new PartyOrganizationRow(r.get("id").asString(), r.get("name").asString(""),
						r.get("members").asInt(), Rows.strings(r.get("covers")), Rows.string(r.get("parentId"))));
		List<OfficerRow> officers = this.queries.list("mapOfficers", this.queries.file("queries/maps/officers.cypher"),
				byIds,
				r -> new OfficerRow(r.get("id").asString(), r.get("name").asString(""), Rows.strings(r.get("guides"))));
		List<TieRow> ties = this.queries.list("mapTies", this.queries.file("queries/maps/ties.cypher"), byIds,
				r -> new TieRow(r.get("source").asString(), EdgeKind.valueOf(r.get("kind").asString()),
						r.get("target").asString()));
		var places = new HashMap<String, Object>();
		places.put("parkId", scope.parkId());
		places.put("parkIds", List.copyOf(distinct(organizations.stream().map(OrganizationRow::parkId).toList())));
		places.put("buildingIds",
				List.copyOf(distinct(organizations.stream().map(OrganizationRow::buildingId).toList())));
		List<PlaceRow> placeRows = this.queries.list("mapPlaces", this.queries.file("queries/maps/places.cypher"),
				places,
				r -> new PlaceRow(NodeKind.valueOf(r.get("kind").asString()), r.get("id").asString(),
						r.get("name").asString(""), Rows.decimal(r.get("lat")), Rows.decimal(r.get("lon")),
						Rows.string(r.get("parkId"))));
		List<AreaRow> areas = this.queries.list("mapAreas", this.queries.file("queries/maps/areas.cypher"),
				scope.parameters(), r -> new AreaRow(r.get("code").asString(), r.get("name").asString(""),
						Rows.string(r.get("parentCode")), r.get("organizations").asInt()));
		return new RawMap(organizations, partyOrganizations, officers, ties, placeRows, areas);
	}

	private static LinkedHashSet<String> distinct(List<@Nullable String> values) {
		var result = new LinkedHashSet<String>();
		values.stream().filter(Objects::nonNull).forEach(result::add);
		return result;
	}

	record RawMap(List<OrganizationRow> organizations, List<PartyOrganizationRow> partyOrganizations,
			List<OfficerRow> officers, List<TieRow> ties, List<PlaceRow> places, List<AreaRow> areas) {
	}

	record OrganizationRow(String id, String name, @Nullable Integer employees, int members, @Nullable Double lat,
			@Nullable Double lon, @Nullable String parkId, @Nullable String buildingId, @Nullable String areaCode) {
	}

	record PartyOrganizationRow(String id, String name, int members, List<String> covers, @Nullable String parentId) {
	}

	record OfficerRow(String id, String name, List<String> guides) {
	}

	record TieRow(String source, EdgeKind kind, String target) {
	}

	record PlaceRow(NodeKind kind, String id, String name, @Nullable Double lat, @Nullable Double lon,
			@Nullable String parkId) {
	}

	record AreaRow(String code, String name, @Nullable String parentCode, int organizations) {
	}

}
