package cn.liangxin.graph.api;

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

import cn.liangxin.graph.api.JointBranchController.SummaryPayload;
import cn.liangxin.graph.coverage.GapKind;
import cn.liangxin.graph.domain.Language;
import cn.liangxin.graph.network.NetworkReads;
import cn.liangxin.graph.network.Views.LatLon;
import cn.liangxin.graph.network.Views.OfficerView;
import cn.liangxin.graph.network.Views.OrganizationView;
import cn.liangxin.graph.officers.OfficerAssignmentParameters;
import cn.liangxin.graph.officers.OfficerAssignmentPlanner;

/** The officer assignment planner's query. */
@Controller
class OfficerAssignmentController {

	private final OfficerAssignmentPlanner planner;

	private final NetworkReads network;

	OfficerAssignmentController(OfficerAssignmentPlanner planner, NetworkReads network) {
		this.planner = planner;
		this.network = network;
	}

	@QueryMapping
	PlanPayload officerAssignmentPlan(@Argument @Nullable ScopeInput scope, @Argument @Nullable RulesInput rules) {
		var d = OfficerAssignmentParameters.defaults();
		// graphql-java fills absent fields with the schema's defaults; an explicit null
		// distance means no limit
		int maxLoad = rules == null || rules.maxLoad() == null ? d.maxLoad() : rules.maxLoad();
		Double maxDistance = rules == null ? d.maxDistanceMeters() : rules.maxDistanceMeters();
		List<GapKind> prioritize = rules == null || rules.prioritize() == null ? List.of() : rules.prioritize();
		var plan = this.planner.plan(ScopeInput.toScope(scope), maxLoad, maxDistance, prioritize,
				CoverageController.date(rules == null ? null : rules.asOf()));
		return PlanPayload.of(plan);
	}

	@BatchMapping(typeName = "OfficerAssignment", field = "officer")
	Map<AssignmentPayload, OfficerView> assignmentOfficer(List<AssignmentPayload> assignments) {
		return lookup(assignments, AssignmentPayload::officerId, this.network::officers);
	}

	@BatchMapping(typeName = "OfficerAssignment", field = "organization")
	Map<AssignmentPayload, OrganizationView> assignmentOrganization(List<AssignmentPayload> assignments) {
		return lookup(assignments, AssignmentPayload::organizationId, this.network::organizations);
	}

	@SchemaMapping(typeName = "OfficerAssignment", field = "reason")
	String assignmentReason(AssignmentPayload assignment, @Argument @Nullable Language lang) {
		return Language.pick(assignment.reason(), lang);
	}

	@BatchMapping(typeName = "UnreachedUnit", field = "organization")
	Map<UnreachedPayload, OrganizationView> unreachedOrganization(List<UnreachedPayload> unreached) {
		return lookup(unreached, UnreachedPayload::organizationId, this.network::organizations);
	}

	@BatchMapping(typeName = "UnreachedUnit", field = "nearestOfficer")
	Map<UnreachedPayload, OfficerView> unreachedOfficer(List<UnreachedPayload> unreached) {
		return lookup(unreached, UnreachedPayload::nearestOfficerId, this.network::officers);
	}

	@SchemaMapping(typeName = "UnreachedUnit", field = "reason")
	String unreachedReason(UnreachedPayload unit, @Argument @Nullable Language lang) {
		return Language.pick(unit.reason(), lang);
	}

	@BatchMapping(typeName = "OfficerLoad", field = "officer")
	Map<LoadPayload, OfficerView> loadOfficer(List<LoadPayload> loads) {
		return lookup(loads, LoadPayload::officerId, this.network::officers);
	}

	/** GraphQL {@code input OfficerAssignmentRules}. */
	record RulesInput(@Nullable Integer maxLoad, @Nullable Double maxDistanceMeters, @Nullable List<GapKind> prioritize,
			@Nullable String asOf) {
	}

	/** GraphQL {@code type OfficerAssignmentPlan}. */
	record PlanPayload(boolean optimal, int newlyCovered, List<PriorityPayload> newlyCoveredByPriority,
			List<AssignmentPayload> assignments, List<UnreachedPayload> unreached, List<LoadPayload> loads,
			double totalDistanceMeters, SummaryPayload before, SummaryPayload after) {

		static PlanPayload of(OfficerAssignmentPlanner.Plan plan) {
			var r = plan.result();
			List<PriorityPayload> priorities = new ArrayList<>();
			for (int t = 0; t < plan.tiers().size(); t++) {
				priorities.add(new PriorityPayload(plan.tiers().get(t), r.newlyCoveredByTier().get(t)));
			}
			return new PlanPayload(r.optimal(), r.newlyCovered(), priorities, r.assignments()
				.stream()
				.map(a -> new AssignmentPayload(a.officer().id(), a.target().id(), a.distanceMeters(), a.reason()))
				.toList(),
					r.unreached()
						.stream()
						.map(u -> new UnreachedPayload(u.target().id(), u.code().name(), u.reason(),
								u.nearest() == null ? null : u.nearest().id(), u.nearestMeters()))
						.toList(),
					r.loads()
						.stream()
						.map(l -> new LoadPayload(l.officer().id(), l.before(), l.after(), l.room(),
								l.officer().base() == null ? null
										: new LatLon(l.officer().base().lat(), l.officer().base().lon()),
								l.officer().baseSource().name()))
						.toList(),
					r.totalDistanceMeters(), SummaryPayload.of(plan.before()), SummaryPayload.of(plan.after()));
		}
	}

	/** GraphQL {@code type PriorityCount}. */
	record PriorityPayload(GapKind kind, int newlyCovered) {
	}

	/** GraphQL {@code type OfficerAssignment}. */
	record AssignmentPayload(String officerId, String organizationId, @Nullable Double distanceMeters, String reason) {
	}

	/** GraphQL {@code type UnreachedUnit}. */
	record UnreachedPayload(String organizationId, String code, String reason, @Nullable String nearestOfficerId,
			@Nullable Double nearestMeters) {
	}

	/** GraphQL {@code type OfficerLoad}. */
	record LoadPayload(String officerId, int before, int after, int room, @Nullable LatLon base, String baseSource) {
	}

}
