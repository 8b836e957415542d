package cn.liangxin.graph.ledger;

/**
 * The bundle could not even be opened as a set of files (not a zip, two files with one
 * name, …), or it passed one of the {@link ImportLimits}: then reading stopped where it
 * was, and the error names the file, the line and the column reached and the limit.
 */
public class BundleException extends RuntimeException {

	private final String file;

	private final String sheet;

	private final Integer line;

	private final String column;

	private final String columnLetter;

	private final boolean tooLarge;

	private final String key;

	private final Object[] args;

	/**
	 * A problem with {@code file}, worded by the {@link LedgerText} message {@code key}.
	 */
	public BundleException(String file, String key, Object... args) {
		this(file, null, null, null, null, false, key, args);
	}

	private BundleException(String file, String sheet, Integer line, String column, String columnLetter,
			boolean tooLarge, String key, Object... args) {
		super(file + ((line != null) ? ":" + line : "") + " " + LedgerText.ENGLISH.t(key, args), null, false, false);
		this.file = file;
		this.sheet = sheet;
		this.line = line;
		this.column = column;
		this.columnLetter = columnLetter;
		this.tooLarge = tooLarge;
		this.key = key;
		this.args = args;
	}

	/**
	 * A size limit of the bundle passed (bytes, inflated bytes, ratio, entries, rows):
	 * answered 413.
	 */
	static BundleException tooLarge(String file, Integer line, String key, Object... args) {
		return new BundleException(file, null, line, null, null, true, key, args);
	}

	/**
	 * A limit of one row passed (cells, characters of a cell): answered 422 with the line
	 * and column.
	 */
	static BundleException atCell(String file, String sheet, Integer line, String column, String columnLetter,
			String key, Object... args) {
		return new BundleException(file, sheet, line, column, columnLetter, false, key, args);
	}

	/**
	 * The same problem placed in the file and sheet it was found in (readers know lines,
	 * not files).
	 */
	BundleException in(String file, String sheet, String column) {
		return new BundleException(file, sheet, this.line, (column != null) ? column : this.column, this.columnLetter,
				this.tooLarge, this.key, this.args);
	}

	/**
	 * Whether a size limit was passed (413) rather than the content being wrong (422).
	 */
	public boolean tooLarge() {
		return this.tooLarge;
	}

	/** The problem as a ledger error in English. */
	public LedgerError error() {
		return error(LedgerText.ENGLISH);
	}

	/**
	 * The problem as a ledger error in the client's language, so that callers report it
	 * like any other.
	 */
	public LedgerError error(LedgerText text) {
		return new LedgerError(this.file, this.sheet, this.line, this.column, this.columnLetter,
				text.t(this.key, this.args));
	}

}
