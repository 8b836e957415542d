package cn.liangxin.graph.api;

import static cn.liangxin.graph.api.BatchLoading.each;
import static cn.liangxin.graph.api.BatchLoading.expand;
import static cn.liangxin.graph.api.BatchLoading.lookup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import cn.liangxin.graph.network.InvalidArgumentException;
import cn.liangxin.graph.network.NetworkReads;
import cn.liangxin.graph.network.NotFoundException;
import cn.liangxin.graph.network.OrganizationQuery;
import cn.liangxin.graph.network.PartyOrganizationQuery;
import cn.liangxin.graph.network.Views.AreaView;
import cn.liangxin.graph.network.Views.LatLon;
import cn.liangxin.graph.network.Views.BuildingView;
import cn.liangxin.graph.network.Views.MemberCounts;
import cn.liangxin.graph.network.Views.OfficerView;
import cn.liangxin.graph.network.Views.OrganizationView;
import cn.liangxin.graph.network.Views.ParkView;
import cn.liangxin.graph.network.Views.PartyOrganizationView;

/**
 * The network's queries and the navigation between its types. Every navigation field is
 * batch loaded: a page of organizations with their party organizations and counts costs a
 * fixed number of statements, whatever the page size.
 */
@Controller
class NetworkController {

	private final NetworkReads reads;

	NetworkController(NetworkReads reads) {
		this.reads = reads;
	}

	// ---- queries
	// ------------------------------------------------------------------------------

	@QueryMapping
	AreaView area(@Argument String code) {
		return found(this.reads.areas(Set.of(code)).get(code), "code", code, "area with code");
	}

	@QueryMapping
	List<AreaView> areas(@Argument @Nullable String level, @Argument @Nullable String parentCode) {
		return this.reads.areas(level, parentCode);
	}

	@QueryMapping
	ParkView park(@Argument String id) {
		return found(this.reads.parks(Set.of(id)).get(id), "id", id, "park with id");
	}

	@QueryMapping
	List<ParkView> parks(@Argument @Nullable String areaCode) {
		return this.reads.parksIn(areaCode);
	}

	@QueryMapping
	BuildingView building(@Argument String id) {
		return found(this.reads.buildings(Set.of(id)).get(id), "id", id, "building with id");
	}

	@QueryMapping
	OrganizationView organization(@Argument String id, @Argument @Nullable String asOf) {
		return found(this.reads.organizations(Set.of(id), CoverageController.historyDate(asOf)).get(id), "id", id,
				"organization with id");
	}

	@QueryMapping
	PartyOrganizationView partyOrganization(@Argument String id, @Argument @Nullable String asOf) {
		return found(this.reads.partyOrganizations(Set.of(id), CoverageController.historyDate(asOf)).get(id), "id", id,
				"party organization with id");
	}

	@QueryMapping
	OfficerView officer(@Argument String id, @Argument @Nullable String asOf) {
		return found(this.reads.officers(Set.of(id), CoverageController.historyDate(asOf)).get(id), "id", id,
				"officer with id");
	}

	@QueryMapping
	Connection<OrganizationView> organizations(@Argument @Nullable OrganizationFilter filter, @Argument int first,
			@Argument @Nullable String after, @Argument @Nullable String asOf) {
		OrganizationFilter f = filter == null ? OrganizationFilter.NONE : filter;
		var query = new OrganizationQuery(ScopeInput.toScope(f.scope()),
				(f.status() == null || f.status().isEmpty()) ? List.of("ACTIVE") : f.status(), f.kind(),
				Industries.prefix(f.industry()), blankToNull(f.nameContains()), f.aboveScale());
		return Connection.of(this.reads.organizations(query, first, after, CoverageController.historyDate(asOf)),
				after != null);
	}

	@QueryMapping
	Connection<PartyOrganizationView> partyOrganizations(@Argument @Nullable PartyOrganizationFilter filter,
			@Argument int first, @Argument @Nullable String after, @Argument @Nullable String asOf) {
		PartyOrganizationFilter f = filter == null ? PartyOrganizationFilter.NONE : filter;
		if (f.stars() != null && (f.stars() < 0 || f.stars() > 5)) {
			throw new InvalidArgumentException("filter.stars", f.stars(), "must be between 0 and 5");
		}
		var query = new PartyOrganizationQuery(ScopeInput.toScope(f.scope()), f.level(), f.formation(),
				blankToNull(f.nameContains()), f.stars(), f.rating(), date("filter.termDueBefore", f.termDueBefore()));
		return Connection.of(this.reads.partyOrganizations(query, first, after, CoverageController.historyDate(asOf)),
				after != null);
	}

	// ---- Area
	// ---------------------------------------------------------------------------------

	@BatchMapping(typeName = "Area", field = "parent")
	Map<AreaView, AreaView> areaParent(List<AreaView> areas) {
		return lookup(areas, AreaView::parentCode, this.reads::areas);
	}

	@BatchMapping(typeName = "Area", field = "children")
	Map<AreaView, List<AreaView>> areaChildren(List<AreaView> areas) {
		var children = this.reads.areaChildren(areas.stream().map(AreaView::code).toList());
		return each(areas, a -> children.getOrDefault(a.code(), List.of()));
	}

	@BatchMapping(typeName = "Area", field = "boundary")
	Map<AreaView, String> areaBoundary(List<AreaView> areas) {
		return lookup(areas, AreaView::code, this.reads::boundaries);
	}

	@BatchMapping(typeName = "Area", field = "centroid")
	Map<AreaView, LatLon> areaCentroid(List<AreaView> areas) {
		return lookup(areas, AreaView::code, this.reads::areaCentroids);
	}

	@SchemaMapping(typeName = "Area", field = "parks")
	List<ParkView> areaParks(AreaView area) {
		return this.reads.parksIn(area.code());
	}

	// ---- Park, Building, Officer
	// ----------------------------------------------------------------

	@BatchMapping(typeName = "Park", field = "area")
	Map<ParkView, AreaView> parkArea(List<ParkView> parks) {
		return lookup(parks, ParkView::areaCode, this.reads::areas);
	}

	@BatchMapping(typeName = "Park", field = "buildings")
	Map<ParkView, List<BuildingView>> parkBuildings(List<ParkView> parks) {
		var buildings = this.reads.parkBuildings(parks.stream().map(ParkView::id).toList());
		return each(parks, p -> buildings.getOrDefault(p.id(), List.of()));
	}

	@BatchMapping(typeName = "Park", field = "organizationCount")
	Map<ParkView, Integer> parkOrganizationCount(List<ParkView> parks) {
		var counts = this.reads.parkOrganizationCounts(parks.stream().map(ParkView::id).toList());
		return each(parks, p -> counts.getOrDefault(p.id(), 0));
	}

	@BatchMapping(typeName = "Building", field = "park")
	Map<BuildingView, ParkView> buildingPark(List<BuildingView> buildings) {
		return lookup(buildings, BuildingView::parkId, this.reads::parks);
	}

	@BatchMapping(typeName = "Building", field = "area")
	Map<BuildingView, AreaView> buildingArea(List<BuildingView> buildings) {
		return lookup(buildings, BuildingView::areaCode, this.reads::areas);
	}

	@BatchMapping(typeName = "Officer", field = "area")
	Map<OfficerView, AreaView> officerArea(List<OfficerView> officers) {
		return lookup(officers, OfficerView::areaCode, this.reads::areas);
	}

	@BatchMapping(typeName = "Officer", field = "organizations")
	Map<OfficerView, List<OrganizationView>> officerOrganizations(List<OfficerView> officers) {
		var ids = this.reads.guidedOrganizations(officers.stream().map(OfficerView::id).toList());
		return expand(officers, o -> ids.getOrDefault(o.id(), List.of()), this.reads::organizations);
	}

	// ---- Organization
	// -------------------------------------------------------------------------

	@SchemaMapping(typeName = "Organization", field = "industry")
	Industries.@Nullable Industry organizationIndustry(OrganizationView organization) {
		return Industries.of(organization.industryCode());
	}

	@BatchMapping(typeName = "Organization", field = "area")
	Map<OrganizationView, AreaView> organizationArea(List<OrganizationView> organizations) {
		return lookup(organizations, OrganizationView::areaCode, this.reads::areas);
	}

	@BatchMapping(typeName = "Organization", field = "park")
	Map<OrganizationView, ParkView> organizationPark(List<OrganizationView> organizations) {
		return lookup(organizations, OrganizationView::parkId, this.reads::parks);
	}

	@BatchMapping(typeName = "Organization", field = "building")
	Map<OrganizationView, BuildingView> organizationBuilding(List<OrganizationView> organizations) {
		return lookup(organizations, OrganizationView::buildingId, this.reads::buildings);
	}

	@BatchMapping(typeName = "Organization", field = "partyOrganizations")
	Map<OrganizationView, List<PartyOrganizationView>> organizationPartyOrganizations(
			List<OrganizationView> organizations) {
		var ids = this.reads.coveringPartyOrganizations(organizations.stream().map(OrganizationView::id).toList());
		return expand(organizations, o -> ids.getOrDefault(o.id(), List.of()), this.reads::partyOrganizations);
	}

	@BatchMapping(typeName = "Organization", field = "officers")
	Map<OrganizationView, List<OfficerView>> organizationOfficers(List<OrganizationView> organizations) {
		var ids = this.reads.guidingOfficers(organizations.stream().map(OrganizationView::id).toList());
		return expand(organizations, o -> ids.getOrDefault(o.id(), List.of()), this.reads::officers);
	}

	@BatchMapping(typeName = "Organization", field = "fullMembers")
	Map<OrganizationView, Integer> organizationFullMembers(List<OrganizationView> organizations) {
		var counts = this.reads.employedMembers(organizations.stream().map(OrganizationView::id).toList());
		return each(organizations, o -> counts.getOrDefault(o.id(), MemberCounts.NONE).fullMembers());
	}

	@BatchMapping(typeName = "Organization", field = "members")
	Map<OrganizationView, Integer> organizationMembers(List<OrganizationView> organizations) {
		var counts = this.reads.employedMembers(organizations.stream().map(OrganizationView::id).toList());
		return each(organizations, o -> counts.getOrDefault(o.id(), MemberCounts.NONE).members());
	}

	// ---- PartyOrganization
	// --------------------------------------------------------------------

	@BatchMapping(typeName = "PartyOrganization", field = "parent")
	Map<PartyOrganizationView, PartyOrganizationView> partyOrganizationParent(List<PartyOrganizationView> partyOrgs) {
		return lookup(partyOrgs, PartyOrganizationView::parentId, this.reads::partyOrganizations);
	}

	@BatchMapping(typeName = "PartyOrganization", field = "children")
	Map<PartyOrganizationView, List<PartyOrganizationView>> partyOrganizationChildren(
			List<PartyOrganizationView> partyOrgs) {
		var ids = this.reads.partyOrganizationChildren(partyOrgs.stream().map(PartyOrganizationView::id).toList());
		return expand(partyOrgs, p -> ids.getOrDefault(p.id(), List.of()), this.reads::partyOrganizations);
	}

	@BatchMapping(typeName = "PartyOrganization", field = "units")
	Map<PartyOrganizationView, List<OrganizationView>> partyOrganizationUnits(List<PartyOrganizationView> partyOrgs) {
		var ids = this.reads.coveredUnits(partyOrgs.stream().map(PartyOrganizationView::id).toList());
		return expand(partyOrgs, p -> ids.getOrDefault(p.id(), List.of()), this.reads::organizations);
	}

	@BatchMapping(typeName = "PartyOrganization", field = "area")
	Map<PartyOrganizationView, AreaView> partyOrganizationArea(List<PartyOrganizationView> partyOrgs) {
		return lookup(partyOrgs, PartyOrganizationView::areaCode, this.reads::areas);
	}

	@BatchMapping(typeName = "PartyOrganization", field = "park")
	Map<PartyOrganizationView, ParkView> partyOrganizationPark(List<PartyOrganizationView> partyOrgs) {
		return lookup(partyOrgs, PartyOrganizationView::parkId, this.reads::parks);
	}

	@BatchMapping(typeName = "PartyOrganization", field = "fullMembers")
	Map<PartyOrganizationView, Integer> partyOrganizationFullMembers(List<PartyOrganizationView> partyOrgs) {
		var counts = this.reads.registeredMembers(partyOrgs.stream().map(PartyOrganizationView::id).toList());
		return each(partyOrgs, p -> counts.getOrDefault(p.id(), MemberCounts.NONE).fullMembers());
	}

	@BatchMapping(typeName = "PartyOrganization", field = "members")
	Map<PartyOrganizationView, Integer> partyOrganizationMembers(List<PartyOrganizationView> partyOrgs) {
		var counts = this.reads.registeredMembers(partyOrgs.stream().map(PartyOrganizationView::id).toList());
		return each(partyOrgs, p -> counts.getOrDefault(p.id(), MemberCounts.NONE).members());
	}

	// ---- helpers
	// ------------------------------------------------------------------------------

	private static <T> T found(@Nullable T value, String argument, String id, String what) {
		if (value == null) {
			throw new NotFoundException(argument, id, what);
		}
		return value;
	}

	private static @Nullable LocalDate date(String argument, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidArgumentException(argument, text, "is not an ISO date (yyyy-MM-dd)");
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** GraphQL {@code input OrganizationFilter}. */
	record OrganizationFilter(@Nullable ScopeInput scope, @Nullable String kind, @Nullable String industry,
			@Nullable String nameContains, @Nullable List<String> status, @Nullable Boolean aboveScale) {

		static final OrganizationFilter NONE = new OrganizationFilter(null, null, null, null, null, null);

	}

	/** GraphQL {@code input PartyOrganizationFilter}. */
	record PartyOrganizationFilter(@Nullable ScopeInput scope, @Nullable String level, @Nullable String formation,
			@Nullable String nameContains, @Nullable Integer stars, @Nullable String rating,
			@Nullable String termDueBefore) {

		static final PartyOrganizationFilter NONE = new PartyOrganizationFilter(null, null, null, null, null, null,
				null);

	}

}
