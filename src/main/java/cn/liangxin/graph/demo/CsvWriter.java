package cn.liangxin.graph.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes one ledger file row by row: rows go straight to the writer so a million-row file
 * never sits in memory. Cells are quoted only when RFC 4180 requires it (comma, quote,
 * line break).
 */
final class CsvWriter implements AutoCloseable {

	private final Writer out;

	private final StringBuilder line = new StringBuilder(256);

	private int cells;

	private long rows;

	CsvWriter(Writer out, String header) {
		this.out = out;
		this.line.append(header);
		flushLine();
	}

	CsvWriter cell(String value) {
		separate();
		if (value != null && !value.isEmpty()) {
			if (needsQuotes(value)) {
				line.append('"').append(value.replace("\"", "\"\"")).append('"');
			}
			else {
				line.append(value);
			}
		}
		return this;
	}

	CsvWriter cell(long value) {
		separate();
		line.append(value);
		return this;
	}

	CsvWriter cell(boolean value) {
		separate();
		line.append(value);
		return this;
	}

	/**
	 * Six decimals (about 0.1 m), formatted without String.format, which is slow at this
	 * volume.
	 */
	CsvWriter coordinate(double value) {
		separate();
		long micro = Math.round(value * 1_000_000d);
		if (micro < 0) {
			line.append('-');
			micro = -micro;
		}
		line.append(micro / 1_000_000).append('.');
		String fraction = Long.toString(micro % 1_000_000);
		for (int i = fraction.length(); i < 6; i++) {
			line.append('0');
		}
		line.append(fraction);
		return this;
	}

	CsvWriter empty() {
		separate();
		return this;
	}

	void end() {
		flushLine();
		rows++;
	}

	long rows() {
		return rows;
	}

	@Override
	public void close() {
		try {
			out.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean needsQuotes(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == ',' || c == '"' || c == '\n' || c == '\r') {
				return true;
			}
		}
		return false;
	}

	private void separate() {
		if (cells++ > 0) {
			line.append(',');
		}
	}

	// LF like the example ledgers; RFC 4180 readers accept it and naive line splitters do
	// too.
	private void flushLine() {
		line.append('\n');
		try {
			out.append(line);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		line.setLength(0);
		cells = 0;
	}

}
