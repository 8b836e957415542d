package cn.liangxin.graph.coverage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageFiguresTests {

	@Test
	void ratesDivideByAllActiveOrganizationsAndAreNullForNone() {
		var f = new CoverageFigures(8, 2, 6, 1);
		assertThat(f.uncovered()).isEqualTo(2);
		assertThat(f.organizationCoverageRate()).isEqualTo(0.25);
		assertThat(f.workCoverageRate()).isEqualTo(0.75);
		assertThat(f.standaloneRate()).isEqualTo(0.125);
		assertThat(CoverageFigures.ZERO.organizationCoverageRate()).isNull();
		assertThat(CoverageFigures.ZERO.workCoverageRate()).isNull();
	}

	@Test
	void addsUp() {
		assertThat(new CoverageFigures(1, 1, 1, 0).plus(new CoverageFigures(2, 0, 1, 0)))
			.isEqualTo(new CoverageFigures(3, 1, 2, 0));
	}

}
