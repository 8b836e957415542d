package cn.liangxin.graph.reports;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One sheet of a report: a name, typed columns, and rows of cell values (String, Integer,
 * Double or null) in column order.
 */
public record Table(String name, List<Column> columns, List<List<@Nullable Object>> rows) {

	public Table {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	/** How a column's values are written. */
	public enum Kind {

		TEXT, INTEGER, DECIMAL, PERCENT

	}

	/** A column: its header and kind. */
	public record Column(String header, Kind kind) {
	}

	static Column text(String header) {
		return new Column(header, Kind.TEXT);
	}

	static Column integer(String header) {
		return new Column(header, Kind.INTEGER);
	}

	static Column decimal(String header) {
		return new Column(header, Kind.DECIMAL);
	}

	static Column percent(String header) {
		return new Column(header, Kind.PERCENT);
	}
}
