package cn.liangxin.graph.api;

import static cn.liangxin.graph.api.BatchLoading.each;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import cn.liangxin.graph.domain.Education;
import cn.liangxin.graph.domain.MemberStatus;
import cn.liangxin.graph.network.Views.OrganizationView;
import cn.liangxin.graph.network.Views.PartyOrganizationView;
import cn.liangxin.graph.profile.AgeBand;
import cn.liangxin.graph.profile.MemberProfile;
import cn.liangxin.graph.profile.MemberProfiles;

/** Member profiles of a scope, an organization and a party organization; counts only. */
@Controller
class ProfileController {

	// The pipeline in the order people move through it, after the members.
	private static final List<MemberStatus> STAGES = List.of(MemberStatus.FULL, MemberStatus.PROBATIONARY,
			MemberStatus.CANDIDATE, MemberStatus.ACTIVIST, MemberStatus.APPLICANT);

	private final MemberProfiles profiles;

	ProfileController(MemberProfiles profiles) {
		this.profiles = profiles;
	}

	@QueryMapping
	MemberProfile memberProfile(@Argument @Nullable ScopeInput scope) {
		return this.profiles.of(ScopeInput.toScope(scope));
	}

	@BatchMapping(typeName = "Organization", field = "memberProfile")
	Map<OrganizationView, MemberProfile> organizationProfile(List<OrganizationView> organizations) {
		var found = this.profiles.ofOrganizations(organizations.stream().map(OrganizationView::id).toList());
		return each(organizations, o -> found.getOrDefault(o.id(), MemberProfile.EMPTY));
	}

	@BatchMapping(typeName = "PartyOrganization", field = "memberProfile")
	Map<PartyOrganizationView, MemberProfile> partyOrganizationProfile(List<PartyOrganizationView> partyOrgs) {
		var found = this.profiles.ofPartyOrganizations(partyOrgs.stream().map(PartyOrganizationView::id).toList());
		return each(partyOrgs, p -> found.getOrDefault(p.id(), MemberProfile.EMPTY));
	}

	@SchemaMapping(typeName = "MemberProfile", field = "byStage")
	List<Count> byStage(MemberProfile profile) {
		return STAGES.stream().map(s -> new Count(s.name(), s.aliases().get(0), profile.stages().get(s))).toList();
	}

	@SchemaMapping(typeName = "MemberProfile", field = "byAgeBand")
	List<Count> byAgeBand(MemberProfile profile, @Argument @Nullable String asOf) {
		var bands = profile.ageBands(CoverageController.date(asOf));
		return bands.entrySet()
			.stream()
			.map(e -> new Count(e.getKey().name(), e.getKey().label(), e.getValue()))
			.toList();
	}

	@SchemaMapping(typeName = "MemberProfile", field = "byEducation")
	List<Count> byEducation(MemberProfile profile) {
		List<Count> counts = new ArrayList<>();
		for (Education e : Education.values()) {
			counts.add(new Count(e.name(), e.aliases().get(0), profile.education().getOrDefault(e, 0)));
		}
		counts.add(new Count("UNKNOWN", AgeBand.UNKNOWN.label(), profile.education().getOrDefault(null, 0)));
		return counts;
	}

	@SchemaMapping(typeName = "MemberProfile", field = "byMobility")
	List<Count> byMobility(MemberProfile profile) {
		return List.of(new Count("MOBILE", "流动党员", profile.mobility().getOrDefault(true, 0)),
				new Count("NOT_MOBILE", "非流动党员", profile.mobility().getOrDefault(false, 0)),
				new Count("UNKNOWN", AgeBand.UNKNOWN.label(), profile.mobility().getOrDefault(null, 0)));
	}

	/** GraphQL {@code type ProfileCount}. */
	record Count(String key, String label, int count) {
	}

}
