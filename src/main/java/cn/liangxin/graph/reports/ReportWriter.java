package cn.liangxin.graph.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes report tables: a workbook with POI's streaming SXSSF writer (frozen header,
 * auto-filter, widths that fit Chinese text, rates as percentages of the exact value), or
 * one table as CSV in UTF-8 with a BOM so that Excel opens it in Chinese.
 */
final class ReportWriter {

	/**
	 * A Chinese character is about two Latin ones wide; widths are capped so long reasons
	 * wrap off-screen, not the sheet.
	 */
	private static final int MAX_WIDTH_CHARS = 60;

	private ReportWriter() {
	}

	static byte[] xlsx(List<Table> tables) {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
			Font bold = wb.createFont();
			bold.setBold(true);
			CellStyle header = wb.createCellStyle();
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			CellStyle percent = wb.createCellStyle();
			percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
			CellStyle decimal = wb.createCellStyle();
			decimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));
			for (Table table : tables) {
				SXSSFSheet sheet = wb.createSheet(table.name());
				int[] widths = new int[table.columns().size()];
				Row head = sheet.createRow(0);
				for (int c = 0; c < widths.length; c++) {
					Cell cell = head.createCell(c);
					cell.setCellValue(table.columns().get(c).header());
					cell.setCellStyle(header);
					widths[c] = width(table.columns().get(c).header()) + 2; // room for
																			// the filter
																			// button
				}
				int r = 1;
				for (List<@Nullable Object> values : table.rows()) {
					Row row = sheet.createRow(r++);
					for (int c = 0; c < widths.length; c++) {
						Object value = values.get(c);
						if (value == null) {
							continue;
						}
						Cell cell = row.createCell(c);
						switch (table.columns().get(c).kind()) {
							case TEXT -> cell.setCellValue(value.toString());
							case INTEGER -> cell.setCellValue(((Number) value).doubleValue());
							case DECIMAL -> {
								cell.setCellValue(((Number) value).doubleValue());
								cell.setCellStyle(decimal);
							}
							case PERCENT -> {
								cell.setCellValue(((Number) value).doubleValue());
								cell.setCellStyle(percent);
							}
						}
						widths[c] = Math.max(widths[c], width(shown(table.columns().get(c).kind(), value)));
					}
				}
				for (int c = 0; c < widths.length; c++) {
					sheet.setColumnWidth(c, Math.min(widths[c], MAX_WIDTH_CHARS) * 256 + 256);
				}
				sheet.createFreezePane(0, 1);
				if (widths.length > 0) {
					sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, widths.length - 1));
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] csv(Table table) {
		StringBuilder b = new StringBuilder("\uFEFF");
		line(b, table.columns().stream().map(Table.Column::header).toList());
		for (List<@Nullable Object> values : table.rows()) {
			List<String> cells = new java.util.ArrayList<>();
			for (int c = 0; c < table.columns().size(); c++) {
				Object value = values.get(c);
				cells.add(value == null ? "" : shown(table.columns().get(c).kind(), value));
			}
			line(b, cells);
		}
		return b.toString().getBytes(StandardCharsets.UTF_8);
	}

	// The text a cell shows: a rate as a percentage with two decimals (85.33%), as Excel
	// reads it back.
	private static String shown(Table.Kind kind, Object value) {
		return switch (kind) {
			case PERCENT -> BigDecimal.valueOf(((Number) value).doubleValue() * 100)
				.setScale(2, RoundingMode.HALF_UP)
				.toPlainString() + "%";
			case DECIMAL ->
				BigDecimal.valueOf(((Number) value).doubleValue()).setScale(1, RoundingMode.HALF_UP).toPlainString();
			default -> value.toString();
		};
	}

	private static void line(StringBuilder b, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				b.append(',');
			}
			String cell = cells.get(i);
			if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
					|| cell.indexOf('\r') >= 0) {
				b.append('"').append(cell.replace("\"", "\"\"")).append('"');
			}
			else {
				b.append(cell);
			}
		}
		b.append("\r\n");
	}

	/** Width in Latin characters: CJK and full-width characters count two. */
	static int width(String text) {
		int w = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			w += (c >= '\u2E80') ? 2 : 1;
		}
		return w;
	}

}
