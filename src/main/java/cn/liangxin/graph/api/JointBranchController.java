package cn.liangxin.graph.api;

import static cn.liangxin.graph.api.BatchLoading.expand;
import static cn.liangxin.graph.api.BatchLoading.lookup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import cn.liangxin.graph.coverage.CoverageFigures;
import cn.liangxin.graph.domain.Language;
import cn.liangxin.graph.jointbranch.Group;
import cn.liangxin.graph.jointbranch.IndustryMatch;
import cn.liangxin.graph.jointbranch.JoinSuggestions;
import cn.liangxin.graph.jointbranch.JointBranchParameters;
import cn.liangxin.graph.jointbranch.JointBranchPlanner;
import cn.liangxin.graph.jointbranch.Objective;
import cn.liangxin.graph.jointbranch.Proximity;
import cn.liangxin.graph.network.InvalidArgumentException;
import cn.liangxin.graph.network.NetworkReads;
import cn.liangxin.graph.network.Views.LatLon;
import cn.liangxin.graph.network.Views.OrganizationView;
import cn.liangxin.graph.network.Views.PartyOrganizationView;

/** The joint-branch planner's queries. */
@Controller
class JointBranchController {

	private final JointBranchPlanner planner;

	private final NetworkReads network;

	JointBranchController(JointBranchPlanner planner, NetworkReads network) {
		this.planner = planner;
		this.network = network;
	}

	@QueryMapping
	PlanPayload jointBranchCandidates(@Argument @Nullable ScopeInput scope, @Argument @Nullable RulesInput rules) {
		return PlanPayload.of(this.planner.plan(ScopeInput.toScope(scope), RulesInput.toParameters(rules)));
	}

	@QueryMapping
	List<JoinPayload> joinSuggestions(@Argument @Nullable ScopeInput scope, @Argument @Nullable RulesInput rules) {
		return this.planner.joinSuggestions(ScopeInput.toScope(scope), RulesInput.toParameters(rules))
			.stream()
			.map(JoinPayload::of)
			.toList();
	}

	@QueryMapping
	SimulationPayload simulateJointBranches(@Argument @Nullable ScopeInput scope,
			@Argument @Nullable RulesInput rules) {
		var simulation = this.planner.simulate(ScopeInput.toScope(scope), RulesInput.toParameters(rules));
		return new SimulationPayload(SummaryPayload.of(simulation.before()), SummaryPayload.of(simulation.after()),
				PlanPayload.of(simulation.plan()));
	}

	// ---- navigation, batch loaded
	// -------------------------------------------------------------

	@BatchMapping(typeName = "CandidateGroup", field = "units")
	Map<GroupPayload, List<OrganizationView>> groupUnits(List<GroupPayload> groups) {
		return expand(groups, GroupPayload::unitIds, this.network::organizations);
	}

	@BatchMapping(typeName = "CandidateGroup", field = "anchor")
	Map<GroupPayload, OrganizationView> groupAnchor(List<GroupPayload> groups) {
		return lookup(groups, GroupPayload::anchorId, this.network::organizations);
	}

	@BatchMapping(typeName = "CandidateGroup", field = "suggestedParent")
	Map<GroupPayload, PartyOrganizationView> groupParent(List<GroupPayload> groups) {
		return lookup(groups, GroupPayload::suggestedParentId, this.network::partyOrganizations);
	}

	@SchemaMapping(typeName = "CandidateGroup", field = "reasons")
	List<String> groupReasons(GroupPayload group, @Argument @Nullable Language lang) {
		return group.reasons().stream().map(r -> Language.pick(r, lang)).toList();
	}

	@SchemaMapping(typeName = "UnplacedUnit", field = "reason")
	String unplacedReason(UnplacedPayload unit, @Argument @Nullable Language lang) {
		return Language.pick(unit.reason(), lang);
	}

	@BatchMapping(typeName = "UnplacedUnit", field = "organization")
	Map<UnplacedPayload, OrganizationView> unplacedOrganization(List<UnplacedPayload> unplaced) {
		return lookup(unplaced, UnplacedPayload::organizationId, this.network::organizations);
	}

	@BatchMapping(typeName = "JoinSuggestion", field = "organization")
	Map<JoinPayload, OrganizationView> joinOrganization(List<JoinPayload> joins) {
		return lookup(joins, JoinPayload::organizationId, this.network::organizations);
	}

	@BatchMapping(typeName = "JoinSuggestion", field = "partyOrganization")
	Map<JoinPayload, PartyOrganizationView> joinBranch(List<JoinPayload> joins) {
		return lookup(joins, JoinPayload::branchId, this.network::partyOrganizations);
	}

	// ---- inputs and payloads
	// ------------------------------------------------------------------

	/** GraphQL {@code input JointBranchRules}; absent fields take the rule's default. */
	record RulesInput(@Nullable Integer minFullMembers, @Nullable Integer maxUnits, @Nullable Integer maxMembers,
			@Nullable Proximity proximity, @Nullable Double maxDistanceMeters, @Nullable IndustryMatch industryMatch,
			@Nullable Boolean useTies, @Nullable Objective objective) {

		static JointBranchParameters toParameters(@Nullable RulesInput in) {
			JointBranchParameters d = JointBranchParameters.defaults();
			if (in == null) {
				return d;
			}
			int minFull = in.minFullMembers() == null ? d.minFullMembers() : in.minFullMembers();
			int maxUnits = in.maxUnits() == null ? d.maxUnits() : in.maxUnits();
			int maxMembers = in.maxMembers() == null ? d.maxMembers() : in.maxMembers();
			double meters = in.maxDistanceMeters() == null ? d.maxDistanceMeters() : in.maxDistanceMeters();
			if (minFull < 1) {
				throw new InvalidArgumentException("rules.minFullMembers", minFull, "must be at least 1");
			}
			if (maxUnits < 2) {
				throw new InvalidArgumentException("rules.maxUnits", maxUnits, "must be at least 2");
			}
			if (maxMembers < 1) {
				throw new InvalidArgumentException("rules.maxMembers", maxMembers, "must be at least 1");
			}
			if (!(meters >= 0) || meters > 100_000) {
				throw new InvalidArgumentException("rules.maxDistanceMeters", meters, "must be between 0 and 100000");
			}
			return new JointBranchParameters(minFull, maxUnits, maxMembers,
					in.proximity() == null ? d.proximity() : in.proximity(), meters,
					in.industryMatch() == null ? d.industryMatch() : in.industryMatch(),
					in.useTies() == null ? d.useTies() : in.useTies(),
					in.objective() == null ? d.objective() : in.objective());
		}
	}

	/** GraphQL {@code type JointBranchPlan}. */
	record PlanPayload(int eligibleCount, int placedCount, List<GroupPayload> groups, List<UnplacedPayload> unplaced,
			boolean optimal, boolean placedOptimal, int placedUpperBound, double totalSpreadMeters) {

		static PlanPayload of(JointBranchPlanner.Plan plan) {
			var r = plan.result();
			List<GroupPayload> groups = new ArrayList<>();
			for (Group g : r.groups()) {
				var suggestion = plan.suggestions().get(g.anchor().id());
				groups.add(new GroupPayload(g.ids(), g.anchor().id(), plan.parameters().sturdy(g.fullMembers()),
						g.fullMembers(), g.members(), g.spreadMeters(),
						g.centroidLat() == null ? null : new LatLon(g.centroidLat(), g.centroidLon()), plan.reasons(g),
						suggestion == null ? null : suggestion.parentId(),
						suggestion == null ? null : suggestion.name()));
			}
			List<UnplacedPayload> unplaced = r.unplaced()
				.stream()
				.map(u -> new UnplacedPayload(u.unit().id(), u.text(), u.reason().name()))
				.toList();
			return new PlanPayload(r.eligible(), r.placed(), groups, unplaced, r.optimal(), r.placedOptimal(),
					r.placedUpperBound(), r.totalSpreadMeters());
		}
	}

	/** GraphQL {@code type CandidateGroup}. */
	record GroupPayload(List<String> unitIds, String anchorId, boolean sturdy, int fullMembers, int members,
			double spreadMeters, @Nullable LatLon centroid, List<String> reasons, @Nullable String suggestedParentId,
			@Nullable String suggestedName) {
	}

	/** GraphQL {@code type UnplacedUnit}. */
	record UnplacedPayload(String organizationId, String reason, String code) {
	}

	/** GraphQL {@code type JoinSuggestion}. */
	record JoinPayload(String organizationId, String branchId, double spreadMeters, int unitsAfter, int membersAfter) {

		static JoinPayload of(JoinSuggestions.Suggestion s) {
			return new JoinPayload(s.unit().id(), s.branchId(), s.spreadMeters(), s.unitsAfter(), s.membersAfter());
		}
	}

	/** GraphQL {@code type JointBranchSimulation}. */
	record SimulationPayload(SummaryPayload before, SummaryPayload after, PlanPayload plan) {
	}

	/** GraphQL {@code type CoverageSummary}. */
	record SummaryPayload(int total, int organizationCovered, int workCovered, int uncovered,
			@Nullable Double organizationCoverageRate, @Nullable Double workCoverageRate, int standaloneCovered,
			@Nullable Double standaloneRate) {

		static SummaryPayload of(CoverageFigures f) {
			return new SummaryPayload(f.total(), f.organizationCovered(), f.workCovered(), f.uncovered(),
					f.organizationCoverageRate(), f.workCoverageRate(), f.standaloneCovered(), f.standaloneRate());
		}
	}

}
