package cn.liangxin.graph.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import cn.liangxin.graph.support.Expected;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.GraphQl;
import cn.liangxin.graph.support.TestStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coverage queries over GraphQL: shape, navigation and errors (the figures:
 * CoverageScenarioIT).
 */
@GraphIntegrationTest
class CoverageApiIT {

	@Autowired
	TestStore store;

	@Autowired
	ExecutionGraphQlService service;

	GraphQlTester graphQl;

	@BeforeEach
	void load() {
		this.store.exampleDistrict();
		this.graphQl = GraphQl.tester(this.service);
	}

	@Test
	void coverageOfTheDistrictWithNamedBreakdowns() {
		var response = this.graphQl.documentName("coverage")
			.variable("scope", Map.of("areaCode", "310121000000"))
			.execute();
		response.path("coverage.total").entity(Integer.class).isEqualTo(291);
		response.path("coverage.uncovered").entity(Integer.class).isEqualTo(87);
		assertThat(response.path("coverage.byArea[*].area.name").entityList(String.class).get()).containsExactly("第1街道",
				"第2街道", "第3街道", "第4街道");
		assertThat(response.path("coverage.byArea[*].total").entityList(Integer.class).get()).containsExactly(26, 96,
				124, 45);
		assertThat(response.path("coverage.byKind[*].label").entityList(String.class).get()).contains("非公企业");
		assertThat(response.path("coverage.byIndustrySection[*].label").entityList(String.class).get())
			.contains("信息传输、软件和信息技术服务业");
	}

	@Test
	void gapsCarryTheirSubjectAndAReason() {
		var response = this.graphQl.documentName("coverageGaps")
			.variable("kinds", List.of("SHOULD_BUILD", "OFFICER_OVERLOAD"))
			.variable("asOf", "2026-09-30")
			.variable("first", 50)
			.execute();
		response.path("coverageGaps.totalCount").entity(Integer.class).isEqualTo(15);
		response.path("coverageGaps.nodes[0].kind").entity(String.class).isEqualTo("SHOULD_BUILD");
		response.path("coverageGaps.nodes[0].organization.name")
			.entity(String.class)
			.satisfies(n -> assertThat(n).isNotBlank());
		response.path("coverageGaps.nodes[0].reason")
			.entity(String.class)
			.satisfies(r -> assertThat(r).contains("应建未建").contains("full members"));
		response.path("coverageGaps.nodes[14].kind").entity(String.class).isEqualTo("OFFICER_OVERLOAD");
		response.path("coverageGaps.nodes[14].officer.id").entity(String.class).isEqualTo("G11-1");
		response.path("coverageGaps.nodes[14].organization").valueIsNull();
	}

	@Test
	void hotspotsHaveBoundsAndCentres() {
		var response = this.graphQl.documentName("gapHotspots").variable("cellMeters", 1000).execute();
		List<Integer> counts = response.path("gapHotspots[*].count").entityList(Integer.class).get();
		assertThat(counts).isNotEmpty().isSortedAccordingTo((a, b) -> b - a);
		// the cells hold every located UNCOVERED organization (expected.json's list,
		// located per organizations.csv)
		var uncovered = new java.util.HashSet<String>();
		Expected.DISTRICT.get("gaps").get("all").get("UNCOVERED").forEach(id -> uncovered.add(id.asString()));
		long located = NetworkApiIT.rows("organizations.csv")
			.stream()
			.filter(c -> uncovered.contains(c[0]) && !c[9].isEmpty())
			.count();
		assertThat(located).isLessThan(uncovered.size());
		assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo((int) located);
		double south = response.path("gapHotspots[0].south").entity(Double.class).get();
		double north = response.path("gapHotspots[0].north").entity(Double.class).get();
		double center = response.path("gapHotspots[0].center.lat").entity(Double.class).get();
		assertThat(center).isBetween(south, north);
	}

	@Test
	void badGapArgumentsAreNamed() {
		this.graphQl.document("{ coverageGaps(asOf: \"30/09/2026\") { totalCount } }").execute().errors().satisfy(e -> {
			assertThat(e).hasSize(1);
			assertThat(e.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(e.get(0).getMessage()).contains("asOf").contains("30/09/2026");
		});
		this.graphQl.document("{ coverage(scope: {parkId: \"P-nope\"}) { total } }").execute().errors().satisfy(e -> {
			assertThat(e.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
			assertThat(e.get(0).getMessage()).contains("P-nope");
		});
	}

}
