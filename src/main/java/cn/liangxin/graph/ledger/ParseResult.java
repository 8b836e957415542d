package cn.liangxin.graph.ledger;

import java.util.List;

/**
 * The outcome of {@link LedgerParser#parse}: the rows that could be read and every error
 * found. When there is any error the bundle is incomplete (bad cells are null, malformed
 * rows missing) and must not be imported: all or nothing.
 */
public record ParseResult(LedgerBundle bundle, List<LedgerError> errors) {

	public ParseResult {
		errors = List.copyOf(errors);
	}

	/** No errors: the bundle may be imported. */
	public boolean ok() {
		return this.errors.isEmpty();
	}
}
