package cn.liangxin.graph.coverage;

import org.jspecify.annotations.Nullable;

/**
 * Coverage counts of a set of ACTIVE organizations. The denominator is every active
 * organization in the scope (not only those "meeting the conditions").
 *
 * @param total active organizations
 * @param organizationCovered listed as a covered unit by some party organization (组织覆盖)
 * @param workCovered organization-covered, or reached by a guidance officer (工作覆盖)
 * @param standaloneCovered covered by a STANDALONE party organization (单独组建)
 */
public record CoverageFigures(int total, int organizationCovered, int workCovered, int standaloneCovered) {

	public static final CoverageFigures ZERO = new CoverageFigures(0, 0, 0, 0);

	/** Neither organization- nor work-covered (空白点). */
	public int uncovered() {
		return this.total - this.workCovered;
	}

	public @Nullable Double organizationCoverageRate() {
		return rate(this.organizationCovered);
	}

	public @Nullable Double workCoverageRate() {
		return rate(this.workCovered);
	}

	/** 单独组建率. */
	public @Nullable Double standaloneRate() {
		return rate(this.standaloneCovered);
	}

	public CoverageFigures plus(CoverageFigures other) {
		return new CoverageFigures(this.total + other.total, this.organizationCovered + other.organizationCovered,
				this.workCovered + other.workCovered, this.standaloneCovered + other.standaloneCovered);
	}

	private @Nullable Double rate(int count) {
		return this.total == 0 ? null : (double) count / this.total;
	}
}
