package cn.liangxin.graph.network;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The date a question is asked at (docs/domain.md, "History"): a period's state, or the
 * latest. The queries take it as {@code $at}; a link or version is valid at it when
 * {@code from <= $at < to}.
 */
public final class AsOf {

	/**
	 * The latest state: after every ledger's date, before every open link's end (an open
	 * bound is no bound).
	 */
	public static final LocalDate LATEST = LocalDate.of(9999, 12, 30);

	private AsOf() {
	}

	/** {@code $at} for a date of the history, the latest when null. */
	public static LocalDate at(@Nullable LocalDate asOf) {
		return asOf == null ? LATEST : asOf;
	}

}
