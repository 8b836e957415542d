package cn.liangxin.graph.network;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.liangxin.graph.access.AreaAccess;
import cn.liangxin.graph.access.ForbiddenException;
import cn.liangxin.graph.network.Views.AreaView;
import cn.liangxin.graph.network.Views.BuildingView;
import cn.liangxin.graph.network.Views.LatLon;
import cn.liangxin.graph.network.Views.MemberCounts;
import cn.liangxin.graph.network.Views.OfficerView;
import cn.liangxin.graph.network.Views.OrganizationView;
import cn.liangxin.graph.network.Views.ParkView;
import cn.liangxin.graph.network.Views.PartyOrganizationView;
import cn.liangxin.graph.store.GraphQueries;

/**
 * Reads of the organizational network. Lookups by many ids at once serve batch loading;
 * every method runs in a read-only transaction, which a cluster routes to a reader. Lists
 * of organizations and party organizations find ids first and then project them with one
 * shared statement, so the projection is written once.
 */
@Service
@Transactional(readOnly = true)
public class NetworkReads {

	/** The largest page a client may ask for. */

	private final GraphQueries queries;

	private final AreaAccess access;

	public NetworkReads(GraphQueries queries, AreaAccess access) {
		this.queries = queries;
		this.access = access;
	}

	// ---- scope
	// -------------------------------------------------------------------------------

	/**
	 * The scope an analytic of this caller looks at, the one resolution every feature
	 * passes through: no scope is the caller's own area (everything for an ADMIN); an
	 * area or park outside the caller's area is refused as FORBIDDEN, an unknown one as
	 * NOT_FOUND (for a caller limited to an area, an unknown one is FORBIDDEN too, so
	 * nothing tells it exists). Callers must go on with the returned scope.
	 */
	public Scope requireScope(Scope scope) {
		String limit = this.access.limit();
		if (scope.isEverything()) {
			return limit == null ? scope : new Scope(limit, null);
		}
		if (scope.areaCode() != null) {
			this.access.requireArea("scope.areaCode", scope.areaCode());
			if (!this.access.areaExists(scope.areaCode())) {
				throw new NotFoundException("scope.areaCode", scope.areaCode(), "area with code");
			}
		}
		if (scope.parkId() != null && parks(Set.of(scope.parkId())).isEmpty()) {
			if (limit != null) {
				throw new ForbiddenException("scope.parkId", scope.parkId());
			}
			throw new NotFoundException("scope.parkId", scope.parkId(), "park with id");
		}
		return scope;
	}

	// ---- areas, parks, buildings, officers
	// -----------------------------------------------------

	/**
	 * The areas of these codes that the caller sees (the others are left out, as if they
	 * did not exist).
	 */
	public Map<String, AreaView> areas(Collection<String> codes) {
		return byKey(visibleAreas(this.queries.list("areasByCodes", """
				UNWIND $codes AS code
				MATCH (a:Area {code: code})
				RETURN a.code AS code, a.name AS name, a.level AS level,
				       head([(a)-[:PART_OF]->(p:Area) | p.code]) AS parentCode
				""", Map.of("codes", List.copyOf(codes)), NetworkReads::area)), AreaView::code);
	}

	/**
	 * The stored boundaries (WGS-84 GeoJSON geometries from areas.geojson) of those areas
	 * that have one.
	 */
	public Map<String, String> boundaries(Collection<String> codes) {
		var result = new LinkedHashMap<String, String>();
		this.queries
			.list("areaBoundaries", """
					UNWIND $codes AS code
					MATCH (a:Area {code: code})
					WHERE a.boundary IS NOT NULL
					RETURN a.code AS code, a.boundary AS boundary
					""", Map.of("codes", List.copyOf(codes)),
					r -> Map.entry(r.get("code").asString(), r.get("boundary").asString()))
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	/**
	 * The mean location of the located ACTIVE organizations in each area or below it
	 * (areas without one are left out).
	 */
	public Map<String, LatLon> areaCentroids(Collection<String> codes) {
		var result = new LinkedHashMap<String, LatLon>();
		this.queries
			.list("areaCentroids", """
					UNWIND $codes AS code
					MATCH (a:Area {code: code})
					CALL (a) {
					  MATCH (o:Organization {status: 'ACTIVE'})-[:IN_AREA]->(:Area)-[:PART_OF*0..]->(a)
					  WHERE o.location IS NOT NULL
					  RETURN avg(o.location.latitude) AS lat, avg(o.location.longitude) AS lon
					}
					WITH code, lat, lon WHERE lat IS NOT NULL
					RETURN code, lat, lon
					""", Map.of("codes", List.copyOf(codes)),
					r -> Map.entry(r.get("code").asString(),
							new LatLon(r.get("lat").asDouble(), r.get("lon").asDouble())))
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	/** Areas of a level and/or under a parent: those the caller sees. */
	public List<AreaView> areas(@Nullable String level, @Nullable String parentCode) {
		if (parentCode != null && areas(Set.of(parentCode)).isEmpty()) {
			throw new NotFoundException("parentCode", parentCode, "area with code");
		}
		var parameters = new LinkedHashMap<String, Object>();
		parameters.put("level", level);
		parameters.put("parentCode", parentCode);
		return visibleAreas(this.queries.list("areas", """
				MATCH (a:Area)
				WHERE ($level IS NULL OR a.level = $level)
				  AND ($parentCode IS NULL OR EXISTS { (a)-[:PART_OF]->(:Area {code: $parentCode}) })
				RETURN a.code AS code, a.name AS name, a.level AS level,
				       head([(a)-[:PART_OF]->(p:Area) | p.code]) AS parentCode
				ORDER BY a.code
				""", parameters, NetworkReads::area));
	}

	/** Children of each area, by parent code. */
	public Map<String, List<AreaView>> areaChildren(Collection<String> codes) {
		return visibleAreas(this.queries.list("areaChildren", """
				UNWIND $codes AS code
				MATCH (:Area {code: code})<-[:PART_OF]-(a:Area)
				RETURN a.code AS code, a.name AS name, a.level AS level, code AS parentCode
				ORDER BY a.code
				""", Map.of("codes", List.copyOf(codes)), NetworkReads::area)).stream()
			.collect(Collectors.groupingBy(AreaView::parentCode, LinkedHashMap::new, Collectors.toList()));
	}

	/** The parks of these ids that the caller sees. */
	public Map<String, ParkView> parks(Collection<String> ids) {
		return byKey(visible(this.queries.list("parksByIds", """
				UNWIND $ids AS id
				MATCH (p:Park {id: id})
				RETURN p.id AS id, p.name AS name, p.location.latitude AS lat, p.location.longitude AS lon,
				       head([(p)-[:IN_AREA]->(a:Area) | a.code]) AS areaCode
				""", Map.of("ids", List.copyOf(ids)), NetworkReads::park), ParkView::areaCode), ParkView::id);
	}

	/**
	 * Parks in an area or any area below it; all the caller sees when {@code areaCode} is
	 * null.
	 */
	public List<ParkView> parksIn(@Nullable String areaCode) {
		if (areaCode != null && areas(Set.of(areaCode)).isEmpty()) {
			throw new NotFoundException("areaCode", areaCode, "area with code");
		}
		var parameters = new LinkedHashMap<String, Object>();
		parameters.put("areaCode", areaCode != null ? areaCode : this.access.limit());
		return this.queries.list("parksIn", """
				MATCH (p:Park)
				WHERE $areaCode IS NULL
				   OR EXISTS { (p)-[:IN_AREA]->(:Area)-[:PART_OF*0..]->(:Area {code: $areaCode}) }
				RETURN p.id AS id, p.name AS name, p.location.latitude AS lat, p.location.longitude AS lon,
				       head([(p)-[:IN_AREA]->(a:Area) | a.code]) AS areaCode
				ORDER BY p.id
				""", parameters, NetworkReads::park);
	}

	public Map<String, BuildingView> buildings(Collection<String> ids) {
		return byKey(visible(this.queries.list("buildingsByIds", """
				UNWIND $ids AS id
				MATCH (b:Building {id: id})
				RETURN b.id AS id, b.name AS name, b.location.latitude AS lat, b.location.longitude AS lon,
				       head([(b)-[:IN_PARK]->(p:Park) | p.id]) AS parkId,
				       head([(b)-[:IN_AREA]->(a:Area) | a.code]) AS areaCode
				""", Map.of("ids", List.copyOf(ids)), NetworkReads::building), BuildingView::areaCode),
				BuildingView::id);
	}

	/** Buildings of each park, by park id. */
	public Map<String, List<BuildingView>> parkBuildings(Collection<String> parkIds) {
		return visible(this.queries.list("parkBuildings", """
				UNWIND $ids AS id
				MATCH (:Park {id: id})<-[:IN_PARK]-(b:Building)
				RETURN b.id AS id, b.name AS name, b.location.latitude AS lat, b.location.longitude AS lon,
				       id AS parkId, head([(b)-[:IN_AREA]->(a:Area) | a.code]) AS areaCode
				ORDER BY b.id
				""", Map.of("ids", List.copyOf(parkIds)), NetworkReads::building), BuildingView::areaCode).stream()
			.collect(Collectors.groupingBy(BuildingView::parkId, LinkedHashMap::new, Collectors.toList()));
	}

	/**
	 * ACTIVE organizations per park, in the park directly or through its building,
	 * counting only those in areas the caller sees; parks without any are left out.
	 */
	public Map<String, Integer> parkOrganizationCounts(Collection<String> parkIds) {
		record Row(String parkId, @Nullable String areaCode, int count) {
		}
		var rows = this.queries.list("parkOrganizationCounts", """
				UNWIND $ids AS id
				MATCH (p:Park {id: id})
				CALL (p) {
				  MATCH (p)<-[:IN_PARK]-(o:Organization) RETURN o
				  UNION
				  MATCH (p)<-[:IN_PARK]-(:Building)<-[:IN_BUILDING]-(o:Organization) RETURN o
				}
				WITH id, o WHERE o.status = 'ACTIVE'
				RETURN id AS parkId, head([(o)-[:IN_AREA]->(a:Area) | a.code]) AS areaCode, count(*) AS count
				""", Map.of("ids", List.copyOf(parkIds)),
				r -> new Row(r.get("parkId").asString(), r.get("areaCode").asString(null), r.get("count").asInt()));
		var counts = new LinkedHashMap<String, Integer>();
		for (Row row : visible(rows, Row::areaCode)) {
			counts.merge(row.parkId(), row.count(), Integer::sum);
		}
		return counts;
	}

	public Map<String, OfficerView> officers(Collection<String> ids) {
		return byKey(visible(this.queries.list("officersByIds", """
				UNWIND $ids AS id
				MATCH (g:Officer {id: id})
				RETURN g.id AS id, g.name AS name, head([(g)-[:IN_AREA]->(a:Area) | a.code]) AS areaCode
				""", Map.of("ids", List.copyOf(ids)), NetworkReads::officer), OfficerView::areaCode), OfficerView::id);
	}

	/**
	 * Officers by id as they stood at a date of the history (docs/domain.md, "History"),
	 * those since left out of the ledger included; the latest when {@code asOf} is null.
	 * Only those that existed then are found.
	 */
	public Map<String, OfficerView> officers(Collection<String> ids, @Nullable LocalDate asOf) {
		if (asOf == null) {
			return officers(ids);
		}
		return byKey(visible(this.queries.list("officersByIdsAsOf", """
				UNWIND $ids AS id
				CALL (id) {
				  MATCH (g:Officer {id: id}) RETURN g
				  UNION
				  MATCH (g:GoneOfficer {id: id}) RETURN g
				}
				WITH g, head([(g)-[w:WAS]->(v:Version) WHERE w.from <= $at < w.to | v]) AS version
				WHERE version IS NOT NULL OR (coalesce(g.validFrom <= $at, true) AND coalesce($at < g.goneOn, true))
				WITH g, coalesce(version, g) AS s
				RETURN g.id AS id, s.name AS name,
				       head([(g)-[r:IN_AREA|WAS_IN_AREA]->(a:Area)
				             WHERE coalesce(r.from <= $at, true) AND coalesce($at < r.to, true) | a.code]) AS areaCode
				""", Map.of("ids", List.copyOf(ids), "at", asOf), NetworkReads::officer), OfficerView::areaCode),
				OfficerView::id);
	}

	// ---- organizations
	// --------------------------------------------------------------------------

	public Map<String, OrganizationView> organizations(Collection<String> ids) {
		return byKey(
				visible(this.queries.list("organizationsByIds",
						"""
								UNWIND $ids AS id
								MATCH (o:Organization {id: id})
								RETURN o.id AS id, o.name AS name, o.kind AS kind, o.status AS status,
								       o.industryCode AS industryCode, o.employees AS employees, o.aboveScale AS aboveScale,
								       o.verifiedOn AS verifiedOn, o.location.latitude AS lat, o.location.longitude AS lon,
								       o.noPartyOrgReason AS noPartyOrgReason, o.plannedOn AS plannedOn, o.ownerIsMember AS ownerIsMember,
								       o.revenue AS revenue, o.ownership AS ownership,
								       head([(o)-[:IN_AREA]->(a:Area) | a.code]) AS areaCode,
								       coalesce(head([(o)-[:IN_PARK]->(p:Park) | p.id]),
								                head([(o)-[:IN_BUILDING]->(:Building)-[:IN_PARK]->(p:Park) | p.id])) AS parkId,
								       head([(o)-[:IN_BUILDING]->(b:Building) | b.id]) AS buildingId
								""",
						Map.of("ids", List.copyOf(ids)), NetworkReads::organization), OrganizationView::areaCode),
				OrganizationView::id);
	}

	/**
	 * Organizations by id, and those since left out of the ledger as they last stood:
	 * what a gap found at an earlier date names.
	 */
	public Map<String, OrganizationView> organizationsEver(Collection<String> ids) {
		Map<String, OrganizationView> found = new java.util.LinkedHashMap<>(organizations(ids));
		List<String> gone = ids.stream().filter(id -> !found.containsKey(id)).distinct().toList();
		if (!gone.isEmpty()) {
			found.putAll(byKey(
					visible(this.queries.list("goneOrganizationsByIds",
							"""
									UNWIND $ids AS id
									MATCH (o:GoneOrganization {id: id})
									WITH id, o ORDER BY o.goneOn DESC
									WITH id, head(collect(o)) AS o
									RETURN o.id AS id, o.name AS name, o.kind AS kind, o.status AS status,
									       o.industryCode AS industryCode, o.employees AS employees, o.aboveScale AS aboveScale,
									       o.verifiedOn AS verifiedOn, o.location.latitude AS lat, o.location.longitude AS lon,
									       o.noPartyOrgReason AS noPartyOrgReason, o.plannedOn AS plannedOn, o.ownerIsMember AS ownerIsMember,
									       o.revenue AS revenue, o.ownership AS ownership,
									       head([(o)-[r:WAS_IN_AREA]->(a:Area) WHERE r.to = o.goneOn | a.code]) AS areaCode,
									       coalesce(head([(o)-[r:WAS_IN_PARK]->(p) WHERE r.to = o.goneOn | p.id]),
									                head([(o)-[b:WAS_IN_BUILDING]->(:Building|GoneBuilding)-[:IN_PARK|WAS_IN_PARK]->(p)
									                      WHERE b.to = o.goneOn | p.id])) AS parkId,
									       head([(o)-[b:WAS_IN_BUILDING]->(x) WHERE b.to = o.goneOn | x.id]) AS buildingId
									""",
							Map.of("ids", gone), NetworkReads::organization), OrganizationView::areaCode),
					OrganizationView::id));
		}
		return found;
	}

	/**
	 * Organizations by id as they stood at a date of the history (docs/domain.md,
	 * "History"), those since left out of the ledger included; the latest when
	 * {@code asOf} is null. Only those that existed then are found.
	 */
	public Map<String, OrganizationView> organizations(Collection<String> ids, @Nullable LocalDate asOf) {
		if (asOf == null) {
			return organizations(ids);
		}
		return byKey(visible(
				this.queries.list("organizationsByIdsAsOf",
						"""
								UNWIND $ids AS id
								CALL (id) {
								  MATCH (o:Organization {id: id}) RETURN o
								  UNION
								  MATCH (o:GoneOrganization {id: id}) RETURN o
								}
								WITH o, head([(o)-[w:WAS]->(v:Version) WHERE w.from <= $at < w.to | v]) AS version
								WHERE version IS NOT NULL OR (coalesce(o.validFrom <= $at, true) AND coalesce($at < o.goneOn, true))
								WITH o, coalesce(version, o) AS s
								RETURN o.id AS id, s.name AS name, s.kind AS kind, s.status AS status,
								       s.industryCode AS industryCode, s.employees AS employees, s.aboveScale AS aboveScale,
								       s.verifiedOn AS verifiedOn, s.location.latitude AS lat, s.location.longitude AS lon,
								       s.noPartyOrgReason AS noPartyOrgReason, s.plannedOn AS plannedOn, s.ownerIsMember AS ownerIsMember,
								       s.revenue AS revenue, s.ownership AS ownership,
								       head([(o)-[r:IN_AREA|WAS_IN_AREA]->(a:Area)
								             WHERE coalesce(r.from <= $at, true) AND coalesce($at < r.to, true) | a.code]) AS areaCode,
								       coalesce(head([(o)-[r:IN_PARK|WAS_IN_PARK]->(p:Park|GonePark)
								                      WHERE coalesce(r.from <= $at, true) AND coalesce($at < r.to, true) | p.id]),
								                head([(o)-[b:IN_BUILDING|WAS_IN_BUILDING]->(:Building|GoneBuilding)-[r:IN_PARK|WAS_IN_PARK]->(p:Park|GonePark)
								                      WHERE coalesce(b.from <= $at, true) AND coalesce($at < b.to, true)
								                        AND coalesce(r.from <= $at, true) AND coalesce($at < r.to, true) | p.id])) AS parkId,
								       head([(o)-[b:IN_BUILDING|WAS_IN_BUILDING]->(x:Building|GoneBuilding)
								             WHERE coalesce(b.from <= $at, true) AND coalesce($at < b.to, true) | x.id]) AS buildingId
								""",
						Map.of("ids", List.copyOf(ids), "at", asOf), NetworkReads::organization),
				OrganizationView::areaCode), OrganizationView::id);
	}

	/**
	 * A page of organizations in id order, after the cursor, with the count of all that
	 * match, as they stood at {@code asOf} (the latest when null).
	 */
	public Page<OrganizationView> organizations(OrganizationQuery query, int first, @Nullable String after,
			@Nullable LocalDate asOf) {
		var parameters = requireScope(query.scope()).parameters();
		parameters.put("at", AsOf.at(asOf));
		parameters.put("statuses", query.statuses());
		parameters.put("kind", query.kind());
		parameters.put("industry", query.industryPrefix());
		parameters.put("nameContains", query.nameContains());
		parameters.put("aboveScale", query.aboveScale());
		parameters.put("after", afterId(after));
		parameters.put("limit", Paging.limit(first));
		var found = this.queries
			.one("organizationsPage", this.queries.file("queries/network/organizations-page.cypher"), parameters,
					record -> new IdPage(record.get("totalCount").asInt(), Rows.strings(record.get("ids"))))
			.orElseThrow();
		return Pages.of(found, first, organizations(found.ids(), asOf));
	}

	/** Ids of the party organizations covering each organization. */
	public Map<String, List<String>> coveringPartyOrganizations(Collection<String> organizationIds) {
		return pairs("coveringPartyOrganizations", """
				UNWIND $ids AS id
				MATCH (po:PartyOrganization)-[:COVERS]->(:Organization {id: id})
				RETURN id AS key, po.id AS value
				ORDER BY key, value
				""", organizationIds);
	}

	/** Ids of the officers guiding each organization. */
	public Map<String, List<String>> guidingOfficers(Collection<String> organizationIds) {
		return pairs("guidingOfficers", """
				UNWIND $ids AS id
				MATCH (g:Officer)-[:GUIDES]->(:Organization {id: id})
				RETURN id AS key, g.id AS value
				ORDER BY key, value
				""", organizationIds);
	}

	/** Ids of the organizations each officer guides. */
	public Map<String, List<String>> guidedOrganizations(Collection<String> officerIds) {
		return pairs("guidedOrganizations", """
				UNWIND $ids AS id
				MATCH (:Officer {id: id})-[:GUIDES]->(o:Organization)
				RETURN id AS key, o.id AS value
				ORDER BY key, value
				""", officerIds);
	}

	/** Members employed by each organization. */
	public Map<String, MemberCounts> employedMembers(Collection<String> organizationIds) {
		return counts("employedMembers", """
				UNWIND $ids AS id
				MATCH (o:Organization {id: id})
				RETURN id AS id,
				       COUNT { (o)<-[:WORKS_AT]-(m:Member) WHERE m.status = 'FULL' } AS fullMembers,
				       COUNT { (o)<-[:WORKS_AT]-(:Member) } AS members
				""", organizationIds);
	}

	// ---- party organizations
	// --------------------------------------------------------------------

	public Map<String, PartyOrganizationView> partyOrganizations(Collection<String> ids) {
		return byKey(visible(this.queries.list("partyOrganizationsByIds", """
				UNWIND $ids AS id
				MATCH (po:PartyOrganization {id: id})
				RETURN po.id AS id, po.name AS name, po.level AS level, po.formation AS formation,
				       po.stars AS stars, po.foundedOn AS foundedOn, po.termEndsOn AS termEndsOn,
				       po.hasSecretary AS hasSecretary, po.secretaryTrained AS secretaryTrained, po.rating AS rating,
				       head([(po)-[:REPORTS_TO]->(p:PartyOrganization) | p.id]) AS parentId,
				       head([(po)-[:IN_AREA]->(a:Area) | a.code]) AS areaCode,
				       head([(po)-[:IN_PARK]->(p:Park) | p.id]) AS parkId,
				       coalesce(head([(po)-[:IN_AREA]->(a:Area) | a.code]),
				                head([(po)-[:IN_PARK]->(:Park)-[:IN_AREA]->(a:Area) | a.code])) AS seatArea
				""", Map.of("ids", List.copyOf(ids)),
				r -> new Seated(partyOrganization(r), Rows.string(r.get("seatArea")))), Seated::area)
			.stream()
			.map(Seated::view)
			.toList(), PartyOrganizationView::id);
	}

	/**
	 * Party organizations by id as they stood at a date of the history (docs/domain.md,
	 * "History"), those since left out of the ledger (dissolved) included; the latest
	 * when {@code asOf} is null. Only those that existed then are found.
	 */
	public Map<String, PartyOrganizationView> partyOrganizations(Collection<String> ids, @Nullable LocalDate asOf) {
		if (asOf == null) {
			return partyOrganizations(ids);
		}
		return byKey(visible(this.queries.list("partyOrganizationsByIdsAsOf",
				"""
						UNWIND $ids AS id
						CALL (id) {
						  MATCH (po:PartyOrganization {id: id}) RETURN po
						  UNION
						  MATCH (po:GonePartyOrganization {id: id}) RETURN po
						}
						WITH po, head([(po)-[w:WAS]->(v:Version) WHERE w.from <= $at < w.to | v]) AS version
						WHERE version IS NOT NULL OR (coalesce(po.validFrom <= $at, true) AND coalesce($at < po.goneOn, true))
						WITH po, coalesce(version, po) AS s
						WITH po, s,
						     head([(po)-[r:IN_AREA|WAS_IN_AREA]->(a:Area)
						           WHERE coalesce(r.from <= $at, true) AND coalesce($at < r.to, true) | a.code]) AS areaCode,
						     head([(po)-[r:IN_PARK|WAS_IN_PARK]->(p:Park|GonePark)
						           WHERE coalesce(r.from <= $at, true) AND coalesce($at < r.to, true) | p]) AS park
						RETURN po.id AS id, s.name AS name, s.level AS level, s.formation AS formation,
						       s.stars AS stars, s.foundedOn AS foundedOn, s.termEndsOn AS termEndsOn,
						       s.hasSecretary AS hasSecretary, s.secretaryTrained AS secretaryTrained, s.rating AS rating,
						       head([(po)-[r:REPORTS_TO|WAS_REPORTS_TO]->(p:PartyOrganization|GonePartyOrganization)
						             WHERE coalesce(r.from <= $at, true) AND coalesce($at < r.to, true) | p.id]) AS parentId,
						       areaCode, park.id AS parkId,
						       coalesce(areaCode, head([(park)-[r:IN_AREA|WAS_IN_AREA]->(a:Area)
						                                WHERE coalesce(r.from <= $at, true) AND coalesce($at < r.to, true) | a.code])) AS seatArea
						""",
				Map.of("ids", List.copyOf(ids), "at", asOf),
				r -> new Seated(partyOrganization(r), Rows.string(r.get("seatArea")))), Seated::area)
			.stream()
			.map(Seated::view)
			.toList(), PartyOrganizationView::id);
	}

	/**
	 * A page of party organizations in id order, as they stood at {@code asOf} (the
	 * latest when null). In a scope are those covering an organization of the scope or
	 * sitting in the scope's area (or below) or park.
	 */
	public Page<PartyOrganizationView> partyOrganizations(PartyOrganizationQuery query, int first,
			@Nullable String after, @Nullable LocalDate asOf) {
		var parameters = requireScope(query.scope()).parameters();
		parameters.put("at", AsOf.at(asOf));
		parameters.put("level", query.level());
		parameters.put("formation", query.formation());
		parameters.put("nameContains", query.nameContains());
		parameters.put("stars", query.stars());
		parameters.put("rating", query.rating());
		parameters.put("termDueBefore", query.termDueBefore());
		parameters.put("after", afterId(after));
		parameters.put("limit", Paging.limit(first));
		var found = this.queries
			.one("partyOrganizationsPage", this.queries.file("queries/network/party-organizations-page.cypher"),
					parameters, record -> new IdPage(record.get("totalCount").asInt(), Rows.strings(record.get("ids"))))
			.orElseThrow();
		return Pages.of(found, first, partyOrganizations(found.ids(), asOf));
	}

	/** Ids of the organizations each party organization covers. */
	public Map<String, List<String>> coveredUnits(Collection<String> partyOrganizationIds) {
		return pairs("coveredUnits", """
				UNWIND $ids AS id
				MATCH (:PartyOrganization {id: id})-[:COVERS]->(o:Organization)
				RETURN id AS key, o.id AS value
				ORDER BY key, value
				""", partyOrganizationIds);
	}

	/** Ids of each party organization's children. */
	public Map<String, List<String>> partyOrganizationChildren(Collection<String> partyOrganizationIds) {
		return pairs("partyOrganizationChildren", """
				UNWIND $ids AS id
				MATCH (:PartyOrganization {id: id})<-[:REPORTS_TO]-(c:PartyOrganization)
				RETURN id AS key, c.id AS value
				ORDER BY key, value
				""", partyOrganizationIds);
	}

	/** Members whose relation is held in each party organization. */
	public Map<String, MemberCounts> registeredMembers(Collection<String> partyOrganizationIds) {
		return counts("registeredMembers", """
				UNWIND $ids AS id
				MATCH (po:PartyOrganization {id: id})
				RETURN id AS id,
				       COUNT { (po)<-[:MEMBER_OF]-(m:Member) WHERE m.status = 'FULL' } AS fullMembers,
				       COUNT { (po)<-[:MEMBER_OF]-(:Member) } AS members
				""", partyOrganizationIds);
	}

	// ---- mapping
	// ------------------------------------------------------------------------------

	private Map<String, List<String>> pairs(String name, String cypher, Collection<String> ids) {
		var result = new LinkedHashMap<String, List<String>>();
		this.queries
			.list(name, cypher, Map.of("ids", List.copyOf(ids)),
					record -> Map.entry(record.get("key").asString(), record.get("value").asString()))
			.forEach(pair -> result.computeIfAbsent(pair.getKey(), k -> new java.util.ArrayList<>())
				.add(pair.getValue()));
		return result;
	}

	private Map<String, MemberCounts> counts(String name, String cypher, Collection<String> ids) {
		return this.queries
			.list(name, cypher, Map.of("ids", List.copyOf(ids)),
					record -> Map.entry(record.get("id").asString(),
							new MemberCounts(record.get("fullMembers").asInt(), record.get("members").asInt())))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
	}

	/**
	 * What the caller sees of these rows, by the area each lies in (a party organization:
	 * its seat).
	 */
	private <T> List<T> visible(List<T> rows, Function<T, @Nullable String> areaOf) {
		return this.access.visible(rows, areaOf);
	}

	private List<AreaView> visibleAreas(List<AreaView> areas) {
		return visible(areas, AreaView::code);
	}

	private static <T> Map<String, T> byKey(List<T> rows, Function<T, String> key) {
		return rows.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	private static AreaView area(Record r) {
		return new AreaView(r.get("code").asString(), r.get("name").asString(""), r.get("level").asString(""),
				Rows.string(r.get("parentCode")));
	}

	private static ParkView park(Record r) {
		return new ParkView(r.get("id").asString(), r.get("name").asString(""), latLon(r),
				Rows.string(r.get("areaCode")));
	}

	private static BuildingView building(Record r) {
		return new BuildingView(r.get("id").asString(), r.get("name").asString(""), latLon(r),
				Rows.string(r.get("parkId")), Rows.string(r.get("areaCode")));
	}

	private static OfficerView officer(Record r) {
		return new OfficerView(r.get("id").asString(), r.get("name").asString(""), Rows.string(r.get("areaCode")));
	}

	private static OrganizationView organization(Record r) {
		return new OrganizationView(r.get("id").asString(), r.get("name").asString(""), r.get("kind").asString(""),
				r.get("status").asString("ACTIVE"), Rows.string(r.get("industryCode")),
				Rows.integer(r.get("employees")), Rows.bool(r.get("aboveScale")), Rows.date(r.get("verifiedOn")),
				latLon(r), Rows.string(r.get("areaCode")), Rows.string(r.get("parkId")),
				Rows.string(r.get("buildingId")), Rows.string(r.get("noPartyOrgReason")), Rows.date(r.get("plannedOn")),
				Rows.bool(r.get("ownerIsMember")), Rows.decimal(r.get("revenue")), Rows.string(r.get("ownership")));
	}

	private static PartyOrganizationView partyOrganization(Record r) {
		return new PartyOrganizationView(r.get("id").asString(), r.get("name").asString(""),
				r.get("level").asString(""), r.get("formation").asString(""), Rows.integer(r.get("stars")),
				Rows.date(r.get("foundedOn")), Rows.string(r.get("parentId")), Rows.string(r.get("areaCode")),
				Rows.string(r.get("parkId")), Rows.date(r.get("termEndsOn")), Rows.bool(r.get("hasSecretary")),
				Rows.bool(r.get("secretaryTrained")), Rows.string(r.get("rating")));
	}

	private static Views.@Nullable LatLon latLon(Record r) {
		Value lat = r.get("lat");
		Value lon = r.get("lon");
		return (lat.isNull() || lon.isNull()) ? null : new Views.LatLon(lat.asDouble(), lon.asDouble());
	}

	record IdPage(int totalCount, List<String> ids) {
	}

	/**
	 * A party organization with the area it sits in (its own, else its park's), for
	 * visibility.
	 */
	record Seated(PartyOrganizationView view, @Nullable String area) {
	}

	private static @Nullable String afterId(@Nullable String after) {
		String[] keys = Paging.keys(after, "id", 1);
		return keys == null ? null : keys[0];
	}

	static final class Pages {

		private Pages() {
		}

		static <T> Page<T> of(IdPage found, int first, Map<String, T> byId) {
			List<String> ids = found.ids();
			boolean hasNext = ids.size() > first;
			List<String> shown = hasNext ? ids.subList(0, first) : ids;
			List<Page.Edge<T>> edges = shown.stream()
				.filter(byId::containsKey)
				.map(id -> new Page.Edge<>(Paging.cursor("id", id), byId.get(id)))
				.toList();
			return new Page<>(found.totalCount(), edges, hasNext);
		}

	}

}
