package cn.liangxin.graph.reports;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.liangxin.graph.coverage.CoverageAnalytics;
import cn.liangxin.graph.coverage.CoverageFigures;
import cn.liangxin.graph.coverage.CoverageReport;
import cn.liangxin.graph.coverage.Gap;
import cn.liangxin.graph.coverage.GapKind;
import cn.liangxin.graph.coverage.GapThresholds;
import cn.liangxin.graph.jointbranch.IndustryMatch;
import cn.liangxin.graph.jointbranch.JointBranchParameters;
import cn.liangxin.graph.jointbranch.JointBranchPlanner;
import cn.liangxin.graph.network.NetworkReads;
import cn.liangxin.graph.network.Page;
import cn.liangxin.graph.network.Scope;
import cn.liangxin.graph.officers.OfficerAssignmentPlanner;
import cn.liangxin.graph.support.Api;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.TestStore;
import cn.liangxin.graph.support.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports read back with POI hold exactly what the services answer: coverage.xlsx of
 * every street and park of the example district equals {@code coverage}, gaps.xlsx equals
 * {@code coverageGaps}, joint-branches.xlsx the planner's plan.
 */
@GraphIntegrationTest
class ReportsIT {

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

	static final List<String> COVERAGE_HEADER = List.of("范围", "单位总数", "组织覆盖", "工作覆盖", "空白点", "组织覆盖率", "工作覆盖率");

	@Autowired
	TestStore store;

	@Autowired
	CoverageAnalytics coverage;

	@Autowired
	JointBranchPlanner planner;

	@Autowired
	NetworkReads network;

	@Autowired
	OfficerAssignmentPlanner officers;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void load() {
		this.store.exampleDistrict();
	}

	@Test
	void coverageOfEveryStreetAndParkHoldsTheFiguresOfCoverage() throws Exception {
		List<String> queries = new ArrayList<>();
		List<Scope> scopes = new ArrayList<>();
		this.network.areas("STREET", null).forEach(a -> {
			queries.add("areaCode=" + a.code());
			scopes.add(Scope.of(a.code(), null));
		});
		this.network.parksIn(null).forEach(p -> {
			queries.add("parkId=" + p.id());
			scopes.add(Scope.of(null, p.id()));
		});
		assertThat(scopes).hasSizeGreaterThan(3);
		for (int i = 0; i < scopes.size(); i++) {
			byte[] xlsx = get("/api/reports/coverage.xlsx?" + queries.get(i));
			CoverageReport report = this.coverage.coverage(scopes.get(i));
			List<List<Object>> rows = Workbooks.read(xlsx, "覆盖情况");
			assertThat(rows.get(0)).as(queries.get(i)).isEqualTo(List.copyOf(COVERAGE_HEADER));
			assertThat(rows).hasSize(2 + report.byArea().size());
			assertFigures(rows.get(1), 1, report.figures());
			for (int r = 0; r < report.byArea().size(); r++) {
				CoverageReport.Row row = report.byArea().get(r);
				assertThat(rows.get(2 + r).get(0)).isEqualTo(row.label() != null ? row.label() : row.key());
				assertFigures(rows.get(2 + r), 1, row.figures());
			}
			assertBreakdown(xlsx, "按区划", report.byArea());
			assertBreakdown(xlsx, "按园区", report.byPark());
			assertBreakdown(xlsx, "按单位类型", report.byKind());
			assertBreakdown(xlsx, "按行业门类", report.byIndustrySection());
			assertBreakdown(xlsx, "按规模", report.byAboveScale());
		}
	}

	@Test
	void gapsHoldExactlyTheGapsOfCoverageGaps() throws Exception {
		for (String query : List.of("", "areaCode=310121001000", "parkId=P11-1")) {
			Scope scope = query.isEmpty() ? Scope.EVERYTHING : query.startsWith("area")
					? Scope.of(query.substring(9), null) : Scope.of(null, query.substring(7));
			List<Gap> expected = allGaps(scope, Set.of());
			assertThat(expected).isNotEmpty();
			List<List<Object>> rows = Workbooks.read(get("/api/reports/gaps.xlsx?asOf=" + AS_OF + "&" + query), "短板清单");
			assertThat(rows.get(0)).containsSubsequence("类型代码", "类型", "编号", "名称", "数量", "原因");
			assertThat(rows).hasSize(1 + expected.size());
			for (int i = 0; i < expected.size(); i++) {
				Gap g = expected.get(i);
				List<Object> row = rows.get(1 + i);
				assertThat(row.get(0)).isEqualTo(g.kind().name());
				assertThat(row.get(3)).isEqualTo(g.subjectId());
				assertThat(cell(row, 5)).isEqualTo(g.count() == null ? null : (double) g.count());
				assertThat(row.get(6)).isEqualTo(g.reason());
				assertThat(row.get(4)).isNotNull();
			}
		}
		Set<GapKind> kinds = EnumSet.of(GapKind.SHOULD_BUILD, GapKind.JOINT_CANDIDATE);
		List<Gap> some = allGaps(Scope.EVERYTHING, kinds);
		List<List<Object>> rows = Workbooks
			.read(get("/api/reports/gaps.xlsx?asOf=" + AS_OF + "&kinds=SHOULD_BUILD,joint_candidate"), "短板清单");
		assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0) + "/" + r.get(3))
			.containsExactlyElementsOf(some.stream().map(g -> g.kind().name() + "/" + g.subjectId()).toList());
	}

	@Test
	void jointBranchesHoldOneRowPerUnitOfThePlannersPlan() throws Exception {
		JointBranchParameters rules = JointBranchParameters.defaults()
			.withMaxDistanceMeters(800)
			.withIndustryMatch(IndustryMatch.ANY);
		var plan = this.planner.plan(Scope.of("310121000000", null), rules);
		assertThat(plan.result().groups()).isNotEmpty();
		List<List<Object>> rows = Workbooks.read(
				get("/api/reports/joint-branches.xlsx?areaCode=310121000000&maxDistanceMeters=800&industryMatch=any"),
				"联合党支部方案");
		assertThat(rows.get(0)).containsSubsequence("方案序号", "编号", "名称", "正式党员", "党员", "牵头单位", "理由", "建议上级党组织");
		List<String> expected = new ArrayList<>();
		int n = 0;
		for (var group : plan.result().groups()) {
			n++;
			for (var unit : group.units()) {
				expected.add(n + "/" + unit.id() + "/" + unit.fullMembers() + "/" + unit.members());
			}
		}
		assertThat(rows.subList(1, rows.size()))
			.extracting(r -> ((Double) r.get(0)).intValue() + "/" + r.get(1) + "/" + ((Double) r.get(3)).intValue()
					+ "/" + ((Double) r.get(4)).intValue())
			.containsExactlyElementsOf(expected);
		assertThat(Workbooks.read(get("/api/reports/joint-branches.xlsx?areaCode=310121000000&maxDistanceMeters=800"),
				"未纳入单位"))
			.hasSize(1 + plan.result().unplaced().size());
	}

	@Test
	void officerAssignmentsHoldThePlannersPlan() throws Exception {
		var plan = this.officers.plan(Scope.of("310121003000", null), 10, 3000.0, List.of(GapKind.SHOULD_BUILD), AS_OF);
		assertThat(plan.result().assignments()).isNotEmpty();
		String query = "areaCode=310121003000&prioritize=SHOULD_BUILD&asOf=" + AS_OF;
		byte[] xlsx = get("/api/reports/officer-assignments.xlsx?" + query);
		List<List<Object>> rows = Workbooks.read(xlsx, "指导员联系方案");
		assertThat(rows.get(0)).containsExactly("指导员编号", "指导员", "单位编号", "单位名称", "优先类型", "相距（米）", "理由");
		assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0) + "→" + r.get(2))
			.containsExactlyElementsOf(
					plan.result().assignments().stream().map(a -> a.officer().id() + "→" + a.target().id()).toList());
		assertThat(Workbooks.read(xlsx, "未覆盖单位")).hasSize(1 + plan.result().unreached().size());
		assertThat(Workbooks.read(xlsx, "指导员负荷")).hasSize(1 + plan.result().loads().size());
		String csv = new String(get("/api/reports/officer-assignments.csv?" + query), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF指导员编号,指导员,单位编号,单位名称,优先类型,相距（米）,理由\r\n");
		assertThat(csv.lines().count()).isEqualTo(1 + plan.result().assignments().size());
		// no limit: as many or more
		List<List<Object>> unlimited = Workbooks
			.read(get("/api/reports/officer-assignments.xlsx?areaCode=310121003000&maxDistanceMeters=none"), "指导员联系方案");
		assertThat(unlimited.size() - 1).isEqualTo(
				this.officers.plan(Scope.of("310121003000", null), 10, null, List.of(), AS_OF).result().newlyCovered());
		var bad = send("/api/reports/officer-assignments.csv?prioritize=NOPE");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("prioritize").contains("NOPE");
	}

	@Test
	void csvReportsAreUtf8WithBomAndTheSameRows() throws Exception {
		CoverageReport report = this.coverage.coverage(Scope.of("310121000000", null));
		String csv = new String(get("/api/reports/coverage.csv?areaCode=310121000000"), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF" + String.join(",", COVERAGE_HEADER) + "\r\n");
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(2 + report.byArea().size());
		CoverageFigures f = report.figures();
		assertThat(lines.get(1)).isEqualTo(
				"示范11区," + f.total() + "," + f.organizationCovered() + "," + f.workCovered() + "," + f.uncovered() + ","
						+ percent(f.organizationCoverageRate()) + "," + percent(f.workCoverageRate()));
		String gaps = new String(get("/api/reports/gaps.csv?asOf=" + AS_OF), StandardCharsets.UTF_8);
		assertThat(gaps.lines().count()).isEqualTo(1 + allGaps(Scope.EVERYTHING, Set.of()).size());
	}

	@Test
	void badParametersAnswerJsonNamingThem() throws Exception {
		var notFound = send("/api/reports/coverage.xlsx?areaCode=999");
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(notFound.body()).contains("999");
		var badKind = send("/api/reports/gaps.xlsx?kinds=NOPE");
		assertThat(badKind.statusCode()).isEqualTo(400);
		assertThat(badKind.body()).contains("kinds").contains("NOPE");
		var both = send("/api/reports/coverage.csv?areaCode=310121000000&parkId=P11-1");
		assertThat(both.statusCode()).isEqualTo(400);
		var badRule = send("/api/reports/joint-branches.xlsx?maxUnits=1");
		assertThat(badRule.statusCode()).isEqualTo(400);
		assertThat(send("/api/reports/coverage.pdf").statusCode()).isEqualTo(404);
	}

	private List<Gap> allGaps(Scope scope, Set<GapKind> kinds) {
		List<Gap> gaps = new ArrayList<>();
		String after = null;
		while (true) {
			Page<Gap> page = this.coverage.gaps(scope, kinds, AS_OF, GapThresholds.DEFAULTS, 50, after);
			page.edges().forEach(e -> gaps.add(e.node()));
			if (!page.hasNextPage()) {
				return gaps;
			}
			after = page.edges().get(page.edges().size() - 1).cursor();
		}
	}

	private static String percent(Double rate) {
		return rate == null ? ""
				: java.math.BigDecimal.valueOf(rate * 100).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
						+ "%";
	}

	private static void assertFigures(List<Object> row, int first, CoverageFigures f) {
		assertThat(cell(row, first)).isEqualTo((double) f.total());
		assertThat(cell(row, first + 1)).isEqualTo((double) f.organizationCovered());
		assertThat(cell(row, first + 2)).isEqualTo((double) f.workCovered());
		assertThat(cell(row, first + 3)).isEqualTo((double) f.uncovered());
		assertThat(cell(row, first + 4)).isEqualTo(f.organizationCoverageRate());
		assertThat(cell(row, first + 5)).isEqualTo(f.workCoverageRate());
	}

	private static void assertBreakdown(byte[] xlsx, String sheet, List<CoverageReport.Row> expected) {
		List<List<Object>> rows = Workbooks.read(xlsx, sheet);
		assertThat(rows).as(sheet).hasSize(1 + expected.size());
		for (int i = 0; i < expected.size(); i++) {
			assertThat(rows.get(1 + i).get(0)).isEqualTo(expected.get(i).key());
			assertFigures(rows.get(1 + i), 2, expected.get(i).figures());
		}
	}

	private static Object cell(List<Object> row, int i) {
		return i < row.size() ? row.get(i) : null;
	}

	private byte[] get(String path) throws Exception {
		var response = this.http.send(Api.request(this.port, path).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path + ": " + new String(response.body(), StandardCharsets.UTF_8))
			.isEqualTo(200);
		return response.body();
	}

	private HttpResponse<String> send(String path) throws Exception {
		return this.http.send(Api.request(this.port, path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

}
