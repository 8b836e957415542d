package cn.liangxin.graph.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An RFC 4180 reader that remembers where each record starts, so errors can name the line a
 * planner sees in a text editor (a quoted cell spanning lines pushes later records down).
 * <p>
 * Quoted cells may hold commas, doubled quotes and line breaks; records end at CRLF, LF or a lone
 * CR; blank lines are skipped; a missing final line break is fine. A leading BOM is dropped.
 * Malformed quoting does not stop the reader: the record carries a message and reading resumes at
 * the next line. Hand-written (one pass over the chars, no regex) because the importer reads
 * hundreds of thousands of rows per bundle.
 */
public final class CsvReader {

	/**
	 * One record.
	 *
	 * @param line the physical 1-based line where the record starts
	 * @param cells the cells, unquoted, not trimmed
	 * @param error why the record is malformed, in English, or null
	 * @param errorKey the same as a {@link LedgerText} key with {@code errorArg} as its argument, or null
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

	public CsvReader(String text) {
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
			if (this.pos < this.length && s.charAt(this.pos) == '"') {
				int open = this.line;
				String cell = readQuoted();
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

	// Reads a quoted cell starting at the opening quote; null when the text ends inside it.
	private String readQuoted() {
		String s = this.text;
		this.pos++;
		this.quoted.setLength(0);
		int chunk = this.pos;
		boolean simple = true;
		while (true) {
			int close = s.indexOf('"', this.pos);
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
