package cn.liangxin.graph.ledger;

/**
 * One problem in a ledger bundle, in terms a planner can find in Excel.
 *
 * @param file the file name, e.g. {@code organizations.csv} or {@code 台账.xlsx}
 * @param sheet for a workbook, the sheet's name as written (e.g. {@code 两新组织}); null for
 * a CSV file
 * @param line the 1-based line (CSV: where the offending record starts, header = 1) or
 * row number as Excel shows it (a workbook), or null for an error about the whole file
 * @param column the header as written in the file, or null when the error is not about
 * one column
 * @param columnLetter the column's letter as Excel shows it ({@code E}), or null
 * @param message a sentence naming the field and the offending value, in the client's
 * language
 */
public record LedgerError(String file, String sheet, Integer line, String column, String columnLetter, String message) {

	/** An error without sheet or column letter. */
	public LedgerError(String file, Integer line, String column, String message) {
		this(file, null, line, column, null, message);
	}

	/**
	 * {@code organizations.csv:12 [employees] employees: "abc" is not a whole number ≥ 0}.
	 */
	@Override
	public String toString() {
		return this.file + ((this.sheet != null) ? "!" + this.sheet : "") + ((this.line != null) ? ":" + this.line : "")
				+ ((this.column != null) ? " [" + this.column + "]" : "") + " " + this.message;
	}
}
