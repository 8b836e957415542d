package cn.liangxin.graph.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import cn.liangxin.graph.network.Paging;
import cn.liangxin.graph.coverage.CoverageAnalytics;
import cn.liangxin.graph.coverage.CoverageFigures;
import cn.liangxin.graph.coverage.CoverageReport;
import cn.liangxin.graph.coverage.Gap;
import cn.liangxin.graph.coverage.GapKind;
import cn.liangxin.graph.coverage.GapLabels;
import cn.liangxin.graph.domain.Language;
import cn.liangxin.graph.coverage.GapThresholds;
import cn.liangxin.graph.jointbranch.Group;
import cn.liangxin.graph.jointbranch.JointBranchParameters;
import cn.liangxin.graph.jointbranch.JointBranchPlanner;
import cn.liangxin.graph.jointbranch.Unit;
import cn.liangxin.graph.jointbranch.Unplaced;
import cn.liangxin.graph.network.NetworkReads;
import cn.liangxin.graph.network.Page;
import cn.liangxin.graph.network.Scope;
import cn.liangxin.graph.officers.OfficerAssignmentPlanner;
import cn.liangxin.graph.officers.OfficerAssignmentResult;

/**
 * The report tables, each from one call of the service that answers the same question in
 * GraphQL: the figures are the services', only laid out as sheets (docs/ledger-format.md,
 * "Reports"). Names are looked up in the read model, in batches.
 */
@Service
public class Reports {

	/** Sheet names and headers: a contract other tools read. */
	public static final String COVERAGE_SHEET = "覆盖情况";

	public static final String GAPS_SHEET = "短板清单";

	public static final String JOINT_SHEET = "联合党支部方案";

	public static final String OFFICER_SHEET = "指导员联系方案";

	private static final List<String> FIGURES = List.of("单位总数", "组织覆盖", "工作覆盖", "空白点", "组织覆盖率", "工作覆盖率");

	private final CoverageAnalytics coverage;

	private final JointBranchPlanner planner;

	private final NetworkReads network;

	private final OfficerAssignmentPlanner officers;

	public Reports(CoverageAnalytics coverage, JointBranchPlanner planner, NetworkReads network,
			OfficerAssignmentPlanner officers) {
		this.coverage = coverage;
		this.planner = planner;
		this.network = network;
		this.officers = officers;
	}

	// ---- coverage
	// ---------------------------------------------------------------------------

	/** 覆盖情况 (the scope, then its areas), then one sheet per breakdown. */
	public List<Table> coverage(Scope scope) {
		CoverageReport report = this.coverage.coverage(scope);
		List<List<@Nullable Object>> lines = new ArrayList<>();
		lines.add(figures(List.of(scopeLabel(scope)), report.figures()));
		for (CoverageReport.Row row : report.byArea()) {
			lines.add(figures(List.of(label(row)), row.figures()));
		}
		List<Table> tables = new ArrayList<>();
		tables.add(new Table(COVERAGE_SHEET, columns(List.of("范围")), lines));
		tables.add(breakdown("按区划", "区划代码", report.byArea()));
		tables.add(breakdown("按园区", "园区编号", report.byPark()));
		tables.add(breakdown("按单位类型", "单位类型代码", report.byKind()));
		tables.add(breakdown("按行业门类", "行业门类", report.byIndustrySection()));
		tables.add(breakdown("按规模", "规模代码", report.byAboveScale()));
		return tables;
	}

	private static Table breakdown(String name, String keyHeader, List<CoverageReport.Row> rows) {
		List<List<@Nullable Object>> lines = new ArrayList<>();
		for (CoverageReport.Row row : rows) {
			lines.add(figures(List.of(row.key(), label(row)), row.figures()));
		}
		return new Table(name, columns(List.of(keyHeader, "名称")), lines);
	}

	private static String label(CoverageReport.Row row) {
		return row.label() != null ? row.label() : row.key();
	}

	private static List<Table.Column> columns(List<String> leading) {
		List<Table.Column> columns = new ArrayList<>();
		leading.forEach(h -> columns.add(Table.text(h)));
		for (String figure : FIGURES) {
			columns.add(figure.endsWith("率") ? Table.percent(figure) : Table.integer(figure));
		}
		return columns;
	}

	private static List<@Nullable Object> figures(List<String> leading, CoverageFigures f) {
		List<@Nullable Object> row = new ArrayList<>(leading);
		row.add(f.total());
		row.add(f.organizationCovered());
		row.add(f.workCovered());
		row.add(f.uncovered());
		row.add(f.organizationCoverageRate());
		row.add(f.workCoverageRate());
		return row;
	}

	private String scopeLabel(Scope scope) {
		if (scope.areaCode() != null) {
			var area = this.network.areas(Set.of(scope.areaCode())).get(scope.areaCode());
			return area != null ? area.name() : scope.areaCode();
		}
		if (scope.parkId() != null) {
			var park = this.network.parks(Set.of(scope.parkId())).get(scope.parkId());
			return park != null ? park.name() : scope.parkId();
		}
		return "全部";
	}

	// ---- gaps
	// -------------------------------------------------------------------------------

	/** 短板清单: every gap of the kinds (all when empty), in the service's order. */
	public List<Table> gaps(Scope scope, Set<GapKind> kinds, LocalDate asOf) {
		List<Gap> gaps = new ArrayList<>();
		String after = null;
		while (true) {
			Page<Gap> page = this.coverage.gaps(scope, kinds, asOf, GapThresholds.DEFAULTS, Paging.MAX_PAGE, after);
			page.edges().forEach(e -> gaps.add(e.node()));
			if (!page.hasNextPage() || page.edges().isEmpty()) {
				break;
			}
			after = page.edges().get(page.edges().size() - 1).cursor();
		}
		Map<String, String> organizations = names(gaps, GapKind.Subject.ORGANIZATION,
				ids -> this.network.organizations(ids), v -> v.name());
		Map<String, String> partyOrganizations = names(gaps, GapKind.Subject.PARTY_ORGANIZATION,
				ids -> this.network.partyOrganizations(ids), v -> v.name());
		Map<String, String> officers = names(gaps, GapKind.Subject.OFFICER, ids -> this.network.officers(ids),
				v -> v.name());
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (Gap g : gaps) {
			Map<String, String> byId = switch (g.kind().subject()) {
				case ORGANIZATION -> organizations;
				case PARTY_ORGANIZATION -> partyOrganizations;
				case OFFICER -> officers;
			};
			List<@Nullable Object> row = new ArrayList<>();
			row.add(g.kind().name());
			row.add(GapLabels.of(g.kind()));
			row.add(GapLabels.subject(g.kind().subject()));
			row.add(g.subjectId());
			row.add(byId.get(g.subjectId()));
			row.add(g.count());
			row.add(g.reason());
			rows.add(row);
		}
		return List.of(new Table(GAPS_SHEET, List.of(Table.text("类型代码"), Table.text("类型"), Table.text("对象"),
				Table.text("编号"), Table.text("名称"), Table.integer("数量"), Table.text("原因")), rows));
	}

	private static <V> Map<String, String> names(List<Gap> gaps, GapKind.Subject subject,
			Function<Set<String>, Map<String, V>> load, Function<V, String> name) {
		Set<String> ids = new LinkedHashSet<>();
		gaps.stream().filter(g -> g.kind().subject() == subject).forEach(g -> ids.add(g.subjectId()));
		Map<String, String> names = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			load.apply(ids).forEach((id, v) -> names.put(id, name.apply(v)));
		}
		return names;
	}

	// ---- joint branches
	// ---------------------------------------------------------------------

	/** 联合党支部方案: one row per unit of each proposed group; then 未纳入单位 with the reasons. */
	public List<Table> jointBranches(Scope scope, JointBranchParameters parameters) {
		JointBranchPlanner.Plan plan = this.planner.plan(scope, parameters);
		Set<String> orgIds = new LinkedHashSet<>();
		Set<String> parentIds = new LinkedHashSet<>();
		for (Group g : plan.result().groups()) {
			g.units().forEach(u -> orgIds.add(u.id()));
			var s = plan.suggestions().get(g.anchor().id());
			if (s != null && s.parentId() != null) {
				parentIds.add(s.parentId());
			}
		}
		plan.result().unplaced().forEach(u -> orgIds.add(u.unit().id()));
		Map<String, String> orgNames = new java.util.HashMap<>();
		if (!orgIds.isEmpty()) {
			this.network.organizations(orgIds).forEach((id, v) -> orgNames.put(id, v.name()));
		}
		Map<String, String> parentNames = new java.util.HashMap<>();
		if (!parentIds.isEmpty()) {
			this.network.partyOrganizations(parentIds).forEach((id, v) -> parentNames.put(id, v.name()));
		}
		List<List<@Nullable Object>> rows = new ArrayList<>();
		int number = 0;
		for (Group g : plan.result().groups()) {
			number++;
			var s = plan.suggestions().get(g.anchor().id());
			String reasons = String.join("；", plan.reasons(g));
			for (Unit u : g.units()) {
				List<@Nullable Object> row = new ArrayList<>();
				row.add(number);
				row.add(u.id());
				row.add(orgNames.get(u.id()));
				row.add(u.fullMembers());
				row.add(u.members());
				row.add(orgNames.get(g.anchor().id()));
				row.add(reasons);
				row.add(s == null || s.parentId() == null ? null
						: parentNames.getOrDefault(s.parentId(), s.parentId()));
				row.add(s == null ? null : s.name());
				row.add(g.fullMembers());
				row.add(g.members());
				row.add(g.spreadMeters());
				rows.add(row);
			}
		}
		Table groups = new Table(JOINT_SHEET, List.of(Table.integer("方案序号"), Table.text("编号"), Table.text("名称"),
				Table.integer("正式党员"), Table.integer("党员"), Table.text("牵头单位"), Table.text("理由"), Table.text("建议上级党组织"),
				Table.text("建议名称"), Table.integer("方案正式党员合计"), Table.integer("方案党员合计"), Table.decimal("最远相距（米）")),
				rows);
		List<List<@Nullable Object>> left = new ArrayList<>();
		for (Unplaced u : plan.result().unplaced()) {
			left.add(List.of(u.unit().id(), orgNames.getOrDefault(u.unit().id(), u.unit().id()), u.unit().fullMembers(),
					u.reason().name(), u.text()));
		}
		Table unplaced = new Table("未纳入单位", List.of(Table.text("编号"), Table.text("名称"), Table.integer("正式党员"),
				Table.text("原因代码"), Table.text("原因")), left);
		return List.of(groups, unplaced);
	}

	// ---- officer assignments
	// ------------------------------------------------------------------

	/**
	 * 指导员联系方案: one row per proposed assignment; then 未覆盖单位 (why each organization is
	 * left) and 指导员负荷 (every officer's load before and after). Reasons in Chinese.
	 */
	public List<Table> officerAssignments(Scope scope, int maxLoad, @Nullable Double maxDistanceMeters,
			List<GapKind> prioritize, LocalDate asOf) {
		OfficerAssignmentPlanner.Plan plan = this.officers.plan(scope, maxLoad, maxDistanceMeters, prioritize, asOf);
		OfficerAssignmentResult r = plan.result();
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (OfficerAssignmentResult.Assignment a : r.assignments()) {
			rows.add(java.util.Arrays.asList(a.officer().id(), a.officer().name(), a.target().id(), a.target().name(),
					a.target().gap() == null ? null : GapLabels.of(a.target().gap()), a.distanceMeters(),
					Language.pick(a.reason(), Language.ZH)));
		}
		Table assignments = new Table(OFFICER_SHEET, List.of(Table.text("指导员编号"), Table.text("指导员"), Table.text("单位编号"),
				Table.text("单位名称"), Table.text("优先类型"), Table.decimal("相距（米）"), Table.text("理由")), rows);
		List<List<@Nullable Object>> left = new ArrayList<>();
		for (OfficerAssignmentResult.Unreached u : r.unreached()) {
			left.add(java.util.Arrays.asList(u.target().id(), u.target().name(), u.code().name(),
					Language.pick(u.reason(), Language.ZH), u.nearest() == null ? null : u.nearest().name(),
					u.nearestMeters()));
		}
		Table unreached = new Table("未覆盖单位", List.of(Table.text("单位编号"), Table.text("单位名称"), Table.text("原因代码"),
				Table.text("原因"), Table.text("最近的指导员"), Table.decimal("最近相距（米）")), left);
		List<List<@Nullable Object>> loads = new ArrayList<>();
		for (OfficerAssignmentResult.Load l : r.loads()) {
			loads.add(java.util.Arrays.asList(l.officer().id(), l.officer().name(), l.before(), l.after(), l.room(),
					switch (l.officer().baseSource()) {
						case LEDGER -> "台账驻点";
						case CENTROID -> "所联系单位的中心";
						case NONE -> "无（不限距离）";
					}));
		}
		Table load = new Table("指导员负荷", List.of(Table.text("指导员编号"), Table.text("姓名"), Table.integer("现联系单位"),
				Table.integer("方案后联系单位"), Table.integer("余量"), Table.text("距离起点")), loads);
		return List.of(assignments, unreached, load);
	}

}
