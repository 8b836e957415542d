package cn.liangxin.graph.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An RFC 4180 reader that remembers where each record starts, so errors can name the line
 * a planner sees in a text editor (a quoted cell spanning lines pushes later records
 * down).
 * <p>
 * Quoted cells may hold commas, doubled quotes and line breaks; records end at CRLF, LF
 * or a lone CR; blank lines are skipped; a missing final line break is fine. A leading
 * BOM is dropped. Malformed quoting does not stop the reader: the record carries a
 * message and reading resumes at the next line. Hand-written (one pass over the chars, no
 * regex) because the importer reads hundreds of thousands of rows per bundle.
 */
public final class CsvReader {

	/**
	 * One record.
	 *
	 * @param line the physical 1-based line where the record starts
	 * @param cells the cells, unquoted, not trimmed
	 * @param error why the record is malformed, in English, or null
	 * @param errorKey the same as a {@link LedgerText} key with {@code errorArg} as its
	 * argument, or null
	 */
	public record Record(int line, List<String> cells, String error, String errorKey, int errorArg) {

		/** A record without an error key (e.g. a workbook row). */
		public Record(int line, List<String> cells, String error) {
			this(line, cells, error, null, 0);
		}
	}

	private final String text;

	private final int length;

	private int pos;

	private int line = 1;

	private int expectedCells = 8;

	private final StringBuilder quoted = new StringBuilder();

	private final int maxCells;

	private final int maxCellChars;

	/** A reader under the default {@link ImportLimits}. */
	public CsvReader(String text) {
		this(text, ImportLimits.DEFAULTS);
	}

	/**
	 * A reader that stops with a {@link BundleException} naming the line and column at
	 * the first record with more cells than {@code maxColumns}, or cell longer than
	 * {@code maxCellChars} characters: checked before the cell is copied, so a 50 MB cell
	 * costs no memory of its own.
	 */
	public CsvReader(String text, ImportLimits limits) {
		this.maxCells = limits.maxColumns();
		this.maxCellChars = limits.maxCellChars();
		this.text = text;
		this.length = text.length();
		this.pos = (this.length > 0 && text.charAt(0) == '\uFEFF') ? 1 : 0;
	}

	/** Reads all records of {@code text}. */
	public static List<Record> readAll(String text) {
		CsvReader reader = new CsvReader(text);
		List<Record> records = new ArrayList<>();
		for (Record record = reader.next(); record != null; record = reader.next()) {
			records.add(record);
		}
		return records;
	}

	/** The next record, or null at the end of the text. */
	public Record next() {
		String s = this.text;
		// Skip blank lines.
		while (this.pos < this.length) {
			char c = s.charAt(this.pos);
			if (c == '\n') {
				this.pos++;
				this.line++;
			}
			else if (c == '\r') {
				this.pos++;
				if (this.pos < this.length && s.charAt(this.pos) == '\n') {
					this.pos++;
				}
				this.line++;
			}
			else {
				break;
			}
		}
		if (this.pos >= this.length) {
			return null;
		}
		int startLine = this.line;
		String error = null;
		String errorKey = null;
		int errorArg = 0;
		List<String> cells = new ArrayList<>(this.expectedCells);
		while (true) {
			if (cells.size() >= this.maxCells) {
				throw BundleException.atCell(null, null, startLine, null, LedgerCells.columnLetter(cells.size()),
						"limit.columns", this.maxCells);
			}
			if (this.pos < this.length && s.charAt(this.pos) == '"') {
				int open = this.line;
				String cell = readQuoted(startLine, cells.size());
				if (cell == null) {
					error = "a quoted cell opened on line " + open + " is never closed";
					errorKey = "csv.unclosed";
					errorArg = open;
					cells.add(this.quoted.toString());
					break;
				}
				cells.add(cell);
				if (this.pos < this.length) {
					char c = s.charAt(this.pos);
					if (c != ',' && c != '\n' && c != '\r') {
						error = "unexpected text after the closing quote of cell " + cells.size()
								+ " (a quote inside a cell must be doubled)";
						errorKey = "csv.afterQuote";
						errorArg = cells.size();
						skipToLineEnd();
						break;
					}
				}
			}
			else {
				int start = this.pos;
				boolean strayQuote = false;
				while (this.pos < this.length) {
					char c = s.charAt(this.pos);
					if (c == ',' || c == '\n' || c == '\r') {
						break;
					}
					if (c == '"') {
						strayQuote = true;
					}
					this.pos++;
					if (this.pos - start > this.maxCellChars) {
						throw tooLong(startLine, cells.size());
					}
				}
				cells.add(s.substring(start, this.pos));
				if (strayQuote && error == null) {
					error = "cell " + cells.size() + " contains a quote but is not quoted "
							+ "(quote the cell and double the quote)";
					errorKey = "csv.strayQuote";
					errorArg = cells.size();
				}
			}
			if (this.pos >= this.length) {
				break;
			}
			char c = s.charAt(this.pos);
			if (c == ',') {
				this.pos++;
				if (this.pos >= this.length) {
					cells.add("");
					break;
				}
				continue;
			}
			// End of record: consume the line break.
			endLine();
			break;
		}
		this.expectedCells = Math.max(this.expectedCells, cells.size());
		return new Record(startLine, Arrays.asList(cells.toArray(new String[0])), error, errorKey, errorArg);
	}

	// Reads a quoted cell starting at the opening quote; null when the text ends inside
	// it.
	private String readQuoted(int startLine, int column) {
		String s = this.text;
		this.pos++;
		this.quoted.setLength(0);
		int chunk = this.pos;
		boolean simple = true;
		while (true) {
			int close = s.indexOf('"', this.pos);
			if (this.quoted.length() + ((close < 0) ? this.length : close) - chunk > this.maxCellChars) {
				throw tooLong(startLine, column);
			}
			countLines(this.pos, (close < 0) ? this.length : close);
			if (close < 0) {
				this.quoted.append(s, chunk, this.length);
				this.pos = this.length;
				return null;
			}
			if (close + 1 < this.length && s.charAt(close + 1) == '"') {
				this.quoted.append(s, chunk, close + 1);
				this.pos = close + 2;
				chunk = this.pos;
				simple = false;
				continue;
			}
			this.pos = close + 1;
			if (simple) {
				return s.substring(chunk, close);
			}
			this.quoted.append(s, chunk, close);
			return this.quoted.toString();
		}
	}

	private BundleException tooLong(int line, int column) {
		return BundleException.atCell(null, null, line, null, LedgerCells.columnLetter(column), "limit.cellChars",
				this.maxCellChars);
	}

	private void countLines(int from, int to) {
		String s = this.text;
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 >= this.length || s.charAt(i + 1) != '\n'))) {
				this.line++;
			}
		}
	}

	private void skipToLineEnd() {
		while (this.pos < this.length) {
			char c = this.text.charAt(this.pos);
			if (c == '\n' || c == '\r') {
				endLine();
				return;
			}
			this.pos++;
		}
	}

	private void endLine() {
		if (this.text.charAt(this.pos) == '\r') {
			this.pos++;
			if (this.pos < this.length && this.text.charAt(this.pos) == '\n') {
				this.pos++;
			}
		}
		else {
			this.pos++;
		}
		this.line++;
	}

}
