package cn.liangxin.graph.ledger;

/** The bundle could not even be opened as a set of files (not a zip, two files with one name, …). */
public class BundleException extends RuntimeException {

	private final LedgerError error;

	public BundleException(LedgerError error) {
		super(error.toString());
		this.error = error;
	}

	/** The problem as a ledger error, so that callers report it like any other. */
	public LedgerError error() {
		return this.error;
	}
}
