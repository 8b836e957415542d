package cn.liangxin.graph.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.liangxin.graph.domain.Aliased;
import cn.liangxin.graph.ledger.CsvReader;
import cn.liangxin.graph.ledger.LedgerFile;
import cn.liangxin.graph.ledger.LedgerParser;
import cn.liangxin.graph.ledger.LedgerParser.Column;
import cn.liangxin.graph.ledger.LedgerTemplate;

/**
 * Workbooks made from CSV bundles, as a clerk's Excel would hold them: sheets with
 * Chinese names, Chinese headers, enum values in Chinese, and typed cells (numbers,
 * dates, booleans, and codes of digits only as numbers, the case Excel would show as
 * 3.10121E+11). Each CSV line keeps its number as the row number, so errors and parsed
 * rows compare line for line.
 */
public final class Workbooks {

	private Workbooks() {
	}

	/**
	 * The bundle as one workbook, written with SXSSF (fit for 100k-row benchmark
	 * bundles).
	 */
	public static byte[] fromBundle(Map<String, byte[]> bundle) {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
			CellStyle date = dateStyle(wb);
			for (LedgerFile file : LedgerFile.values()) {
				byte[] csv = bundle.get(file.fileName());
				if (csv == null) {
					continue;
				}
				Sheet sheet = wb.createSheet(file.sheetName());
				fill(sheet, file, csv, date, true);
			}
			return bytes(wb);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The template with the bundle's rows typed in under its headers, as a clerk would
	 * fill it.
	 */
	public static byte[] fillTemplate(byte[] template, Map<String, byte[]> bundle) {
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			CellStyle date = dateStyle(wb);
			for (LedgerFile file : LedgerFile.values()) {
				byte[] csv = bundle.get(file.fileName());
				if (csv != null) {
					fill(wb.getSheet(file.sheetName()), file, csv, date, false);
				}
			}
			return bytes(wb);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void fill(Sheet sheet, LedgerFile file, byte[] csv, CellStyle date, boolean writeHeader) {
		List<CsvReader.Record> records = CsvReader.readAll(new String(csv, StandardCharsets.UTF_8));
		Map<String, Column> byName = new HashMap<>();
		for (Column column : LedgerParser.columns(file)) {
			byName.put(column.name(), column);
			column.chinese().forEach(alias -> byName.put(alias, column));
		}
		List<Column> columns = new ArrayList<>();
		List<Integer> targets = new ArrayList<>();
		Map<String, Integer> templateColumns = new HashMap<>();
		if (!writeHeader) {
			Row header = sheet.getRow(0);
			for (Cell cell : header) {
				templateColumns.put(cell.getStringCellValue(), cell.getColumnIndex());
			}
		}
		Row header = writeHeader ? sheet.createRow(0) : null;
		for (String name : records.get(0).cells()) {
			Column column = byName.get(name.strip());
			columns.add(column);
			if (writeHeader) {
				header.createCell(columns.size() - 1).setCellValue(LedgerTemplate.header(column));
				targets.add(columns.size() - 1);
			}
			else {
				targets.add(templateColumns.get(LedgerTemplate.header(column)));
			}
		}
		for (CsvReader.Record record : records.subList(1, records.size())) {
			Row row = sheet.createRow(record.line() - 1);
			for (int i = 0; i < columns.size(); i++) {
				String value = record.cells().get(i);
				if (!value.isEmpty()) {
					set(row.createCell(targets.get(i)), columns.get(i), value, date);
				}
			}
		}
	}

	// Typed as the column's type; a value that is not of that type (a mistake a test
	// plants) as text.
	private static void set(Cell cell, Column column, String value, CellStyle date) {
		try {
			setTyped(cell, column, value, date);
		}
		catch (RuntimeException ex) {
			cell.setCellValue(value);
		}
	}

	private static void setTyped(Cell cell, Column column, String value, CellStyle date) {
		switch (column.type()) {
			case INTEGER, DECIMAL -> cell.setCellValue(Double.parseDouble(value));
			case DATE -> {
				cell.setCellValue(LocalDate.parse(value));
				cell.setCellStyle(date);
			}
			case BOOLEAN -> {
				if (!value.equals("true") && !value.equals("false")) {
					throw new IllegalArgumentException(value);
				}
				cell.setCellValue(Boolean.parseBoolean(value));
			}
			case ENUM -> {
				Aliased v = (Aliased) column.vocabulary().find(value).orElseThrow();
				cell.setCellValue(v.aliases().isEmpty() ? v.name() : v.aliases().get(0));
			}
			case TEXT -> {
				if (value.length() <= 15 && value.chars().allMatch(Character::isDigit)) {
					cell.setCellValue(Double.parseDouble(value));
				}
				else {
					cell.setCellValue(value);
				}
			}
		}
	}

	private static CellStyle dateStyle(Workbook wb) {
		CellStyle date = wb.createCellStyle();
		date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
		return date;
	}

	private static byte[] bytes(Workbook wb) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		wb.write(out);
		return out.toByteArray();
	}

	/**
	 * A sheet's cells as text (numbers as doubles' text), row by row, for reading reports
	 * back.
	 */
	public static List<List<Object>> read(byte[] workbook, String sheetName) {
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Sheet sheet = wb.getSheet(sheetName);
			if (sheet == null) {
				throw new AssertionError("no sheet " + sheetName);
			}
			List<List<Object>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<Object> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					Cell cell = row.getCell(c);
					if (cell == null) {
						cells.add(null);
					}
					else {
						cells.add(switch (cell.getCellType()) {
							case NUMERIC -> cell.getNumericCellValue();
							case BOOLEAN -> cell.getBooleanCellValue();
							default -> cell.getStringCellValue();
						});
					}
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
