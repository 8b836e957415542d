package cn.liangxin.graph.ledger;

/**
 * One problem in a ledger bundle, in terms a planner can find in Excel.
 *
 * @param file the file name, e.g. {@code organizations.csv}
 * @param line the physical 1-based line where the offending record starts (header = 1), or null
 * for an error about the whole file
 * @param column the header as written in the file, or null when the error is not about one column
 * @param message a plain English sentence naming the field and the offending value
 */
public record LedgerError(String file, Integer line, String column, String message) {

	/** {@code organizations.csv:12 [employees] employees: "abc" is not a whole number ≥ 0}. */
	@Override
	public String toString() {
		return this.file + ((this.line != null) ? ":" + this.line : "")
				+ ((this.column != null) ? " [" + this.column + "]" : "") + " " + this.message;
	}
}
