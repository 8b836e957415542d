package cn.liangxin.graph.ledger;

/** The bundle could not even be opened as a set of files (not a zip, two files with one name, …). */
public class BundleException extends RuntimeException {

	private final String file;

	private final String key;

	private final Object[] args;

	/** A problem with {@code file}, worded by the {@link LedgerText} message {@code key}. */
	public BundleException(String file, String key, Object... args) {
		super(file + " " + LedgerText.ENGLISH.t(key, args));
		this.file = file;
		this.key = key;
		this.args = args;
	}

	/** The problem as a ledger error in English. */
	public LedgerError error() {
		return error(LedgerText.ENGLISH);
	}

	/** The problem as a ledger error in the client's language, so that callers report it like any other. */
	public LedgerError error(LedgerText text) {
		return new LedgerError(this.file, null, null, text.t(this.key, this.args));
	}
}
