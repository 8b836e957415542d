package cn.liangxin.graph.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

import cn.liangxin.graph.domain.Aliased;
import cn.liangxin.graph.ledger.LedgerParser.Column;
import cn.liangxin.graph.ledger.LedgerParser.Type;

/**
 * The ledger template ({@code GET /api/ledger/template.xlsx}), made from the parser's own
 * column contract ({@link LedgerParser#columns}), so a column added there appears here by
 * itself: one sheet per file named by its Chinese name, Chinese headers each with a note,
 * a drop-down list for every enum and yes/no column, code columns formatted as text (so
 * Excel keeps 310121000000 as typed), date columns as dates, and a 填写说明 sheet. Written
 * with POI's SXSSF writer.
 */
public final class LedgerTemplate {

	/** Rows that carry the drop-down validations and column formats. */
	static final int ROWS = 100_000;

	private LedgerTemplate() {
	}

	/**
	 * The header a column has in the template: its first Chinese alias, else its English
	 * name.
	 */
	public static String header(Column column) {
		return column.chinese().isEmpty() ? column.name() : column.chinese().get(0);
	}

	/** The template workbook's bytes. */
	public static byte[] workbook() {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
			Styles styles = new Styles(wb);
			instructions(wb, styles);
			for (LedgerFile file : LedgerFile.values()) {
				sheet(wb, styles, file);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sheet(SXSSFWorkbook wb, Styles styles, LedgerFile file) {
		SXSSFSheet sheet = wb.createSheet(file.sheetName());
		List<Column> columns = LedgerParser.columns(file);
		Drawing<?> drawing = sheet.createDrawingPatriarch();
		DataValidationHelper validations = sheet.getDataValidationHelper();
		Row header = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			var cell = header.createCell(i);
			cell.setCellValue(header(column));
			cell.setCellStyle(column.required() ? styles.required : styles.header);
			ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
			anchor.setCol1(i);
			anchor.setCol2(i + 3);
			anchor.setRow1(0);
			anchor.setRow2(5);
			Comment comment = drawing.createCellComment(anchor);
			comment.setString(new XSSFRichTextString(note(file, column)));
			comment.setAuthor("liangxin-graph");
			cell.setCellComment(comment);
			sheet.setColumnWidth(i, width(column));
			CellStyle style = switch (column.type()) {
				case DATE -> styles.date;
				case INTEGER, DECIMAL -> null;
				default -> styles.text;
			};
			if (style != null) {
				sheet.setDefaultColumnStyle(i, style);
			}
			List<String> choices = choices(column);
			if (!choices.isEmpty()) {
				DataValidation validation = validations.createValidation(
						validations.createExplicitListConstraint(choices.toArray(String[]::new)),
						new CellRangeAddressList(1, ROWS, i, i));
				validation.setShowErrorBox(true);
				validation.createErrorBox("请从下拉列表中选择", header(column) + "：" + String.join("、", choices));
				sheet.addValidationData(validation);
			}
		}
		sheet.createFreezePane(0, 1);
	}

	/**
	 * The drop-down values: each enum value's usual Chinese label (its name when it has
	 * none); 是/否.
	 */
	static List<String> choices(Column column) {
		List<String> choices = new ArrayList<>();
		if (column.type() == Type.ENUM) {
			for (Object value : column.vocabulary().values()) {
				Aliased a = (Aliased) value;
				choices.add(a.aliases().isEmpty() ? a.name() : a.aliases().get(0));
			}
		}
		else if (column.type() == Type.BOOLEAN) {
			choices.add("是");
			choices.add("否");
		}
		return choices;
	}

	/** What goes in a column, in the clerk's terms, made from the contract. */
	static String note(LedgerFile file, Column column) {
		StringBuilder b = new StringBuilder();
		b.append(column.required() ? "必填。" : "选填。");
		b.append(switch (column.type()) {
			case TEXT -> "文本；编号和代码请保持“文本”格式，不要让 Excel 改成数字。";
			case INTEGER -> "整数，可带千位分隔符（如 1,200）。";
			case DECIMAL -> "小数（如 31.2304）。";
			case BOOLEAN -> "从下拉列表选择 是 / 否（也可填 true/false、1/0）。";
			case DATE -> "日期，如 2026-03-31、2026/3/31 或 2026年3月31日。";
			case ENUM -> "从下拉列表选择：" + String.join("、", choices(column)) + "（也可填英文代码）。";
		});
		if (column.chinese().size() > 1) {
			b.append("表头也可写作：")
				.append(String.join("、", column.chinese().subList(1, column.chinese().size())))
				.append("。");
		}
		b.append("导入文件 ").append(file.fileName()).append(" 的列 ").append(column.name()).append("。");
		return b.toString();
	}

	// Excel widths are in 1/256 of a character; a Chinese character is about two.
	private static int width(Column column) {
		int chars = Math.max(header(column).length() * 2, column.type() == Type.TEXT ? 20 : 12);
		return Math.min(chars, 60) * 256 + 512;
	}

	private static void instructions(SXSSFWorkbook wb, Styles styles) {
		SXSSFSheet sheet = wb.createSheet(LedgerParser.INSTRUCTIONS_SHEET);
		sheet.setColumnWidth(0, 18 * 256);
		sheet.setColumnWidth(1, 26 * 256);
		sheet.setColumnWidth(2, 20 * 256);
		sheet.setColumnWidth(3, 8 * 256);
		sheet.setColumnWidth(4, 90 * 256);
		int r = 0;
		String[] lines = { "两新组织党建台账 填写说明", "1. 每个工作表是一份台账（工作表名用中文名或英文文件名均可）；只有“两新组织”表必填，其余表按需填写。",
				"2. 第一行是表头，请勿改动；表头上的批注说明每列填什么。红色表头为必填列。可在表头上方加一行标题；“序号”“备注”“说明”列会被忽略。",
				"3. 编号、统一社会信用代码、区划代码请保持“文本”格式（本模板已设置），否则 Excel 会把 310121000000 显示成 3.10121E+11。",
				"4. 日期可写 2026-03-31、2026/3/31、2026.3.31 或 2026年3月31日；数字可带千位分隔符（1,200）；全角数字也可识别。",
				"5. 下拉列表中的值也可以用英文代码（如 ENTERPRISE）填写。", "6. 导入时会检查全部表格，所有错误一次列出（工作表、行号、列号）；有任何错误时不会导入任何数据。",
				"7. 本说明表在导入时被忽略。", "" };
		for (String line : lines) {
			sheet.createRow(r++).createCell(0).setCellValue(line);
		}
		Row head = sheet.createRow(r++);
		String[] titles = { "工作表", "对应文件", "列（英文名）", "必填", "填写说明" };
		for (int i = 0; i < titles.length; i++) {
			var cell = head.createCell(i);
			cell.setCellValue(titles[i]);
			cell.setCellStyle(styles.header);
		}
		for (LedgerFile file : LedgerFile.values()) {
			for (Column column : LedgerParser.columns(file)) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(file.sheetName());
				row.createCell(1).setCellValue(file.fileName());
				row.createCell(2).setCellValue(header(column) + "（" + column.name() + "）");
				row.createCell(3).setCellValue(column.required() ? "是" : "否");
				row.createCell(4).setCellValue(note(file, column));
			}
		}
	}

	private static final class Styles {

		final CellStyle header;

		final CellStyle required;

		final CellStyle text;

		final CellStyle date;

		Styles(SXSSFWorkbook wb) {
			Font bold = wb.createFont();
			bold.setBold(true);
			this.header = wb.createCellStyle();
			this.header.setFont(bold);
			this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			Font red = wb.createFont();
			red.setBold(true);
			red.setColor(IndexedColors.RED.getIndex());
			this.required = wb.createCellStyle();
			this.required.cloneStyleFrom(this.header);
			this.required.setFont(red);
			this.text = wb.createCellStyle();
			this.text.setDataFormat(wb.createDataFormat().getFormat("@"));
			this.date = wb.createCellStyle();
			this.date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
		}

	}

}
