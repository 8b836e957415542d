package cn.liangxin.graph.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.liangxin.graph.support.TestStore;
import cn.liangxin.graph.support.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Workbooks in: the example district as a clerk's workbook, the template, typed cells,
 * errors by sheet/row/letter.
 */
class LedgerWorkbookTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC);

	private static final Map<String, byte[]> EXAMPLE = TestStore.bundle("ledger/example-district");

	private final LedgerParser parser = new LedgerParser(CLOCK);

	@Test
	void theExampleDistrictAsAWorkbookParsesToTheSameRowsAsItsCsvBundle() {
		ParseResult csv = this.parser.parse(EXAMPLE, KnownIds.NONE);
		ParseResult xlsx = this.parser.parse(Map.of("台账.xlsx", Workbooks.fromBundle(EXAMPLE)), KnownIds.NONE);
		assertThat(csv.errors()).isEmpty();
		assertThat(xlsx.errors()).isEmpty();
		// rows keep their line numbers as row numbers, so whole bundles compare
		assertThat(xlsx.bundle()).isEqualTo(csv.bundle());
	}

	@Test
	void theTemplateFilledInWithTheExampleParsesToTheSameRows() {
		byte[] filled = Workbooks.fillTemplate(LedgerTemplate.workbook(), EXAMPLE);
		ParseResult xlsx = this.parser.parse(Map.of("模板.xlsx", filled), KnownIds.NONE);
		assertThat(xlsx.errors()).isEmpty();
		assertThat(xlsx.bundle()).isEqualTo(this.parser.parse(EXAMPLE, KnownIds.NONE).bundle());
	}

	@Test
	void theTemplateHasASheetPerFileWithTheContractsHeadersNotesAndDropDowns() throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(LedgerTemplate.workbook()))) {
			assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("填写说明");
			for (LedgerFile file : LedgerFile.values()) {
				Sheet sheet = wb.getSheet(file.sheetName());
				assertThat(sheet).as(file.sheetName()).isNotNull();
				List<LedgerParser.Column> columns = LedgerParser.columns(file);
				Row header = sheet.getRow(0);
				assertThat(header.getLastCellNum()).isEqualTo((short) columns.size());
				long enums = columns.stream()
					.filter(c -> c.type() == LedgerParser.Type.ENUM || c.type() == LedgerParser.Type.BOOLEAN)
					.count();
				assertThat(sheet.getDataValidations()).hasSize((int) enums);
				for (int i = 0; i < columns.size(); i++) {
					assertThat(header.getCell(i).getStringCellValue()).isEqualTo(LedgerTemplate.header(columns.get(i)));
					assertThat(header.getCell(i).getCellComment().getString().getString())
						.contains(columns.get(i).name());
				}
			}
			var kind = wb.getSheet("两新组织")
				.getDataValidations()
				.stream()
				.filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 2)
				.findFirst()
				.orElseThrow();
			assertThat(kind.getValidationConstraint().getExplicitListValues()).containsExactly("非公企业", "社会组织", "个体工商户");
		}
	}

	@Test
	void threeMistakesInTwoSheetsNameSheetRowAndColumnLetter() throws IOException {
		byte[] workbook = workbook(Map.of("两新组织",
				new String[][] { { "统一社会信用代码", "单位名称", "单位类型", "所在区划", "从业人员数", "核实日期" },
						{ "O1", "甲公司", "非公企业", "A1", "1,200", "2024年3月5日" },
						{ "O2", "乙公司", "公司", "A1", "很多", "2024/3/5" } },
				"党员", new String[][] { { "党员编号", "党员类别", "工作单位" }, { "M1", "正式党员", "O9" } }));
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("areas.csv", "code,name,level\nA1,社区,COMMUNITY\n".getBytes(StandardCharsets.UTF_8));
		files.put("台账.xlsx", workbook);
		ParseResult zh = this.parser.parse(files, KnownIds.NONE);
		assertThat(zh.errors())
			.extracting(LedgerError::file, LedgerError::sheet, LedgerError::line, LedgerError::column,
					LedgerError::columnLetter)
			.containsExactly(tuple("台账.xlsx", "两新组织", 3, "单位类型", "C"), tuple("台账.xlsx", "两新组织", 3, "从业人员数", "E"),
					tuple("台账.xlsx", "党员", 2, "工作单位", "C"));
		assertThat(zh.errors()).extracting(LedgerError::message)
			.containsExactly(
					"单位类型：“公司”不是以下之一：ENTERPRISE (非公企业), SOCIAL_ORGANIZATION (社会组织), INDIVIDUAL_BUSINESS (个体工商户)",
					"从业人员数：“很多”不是不小于 0 的整数", "工作单位：“O9”在本台账和库中都不是已有的单位");
		ParseResult en = this.parser.parse(files, KnownIds.NONE, LedgerText.ENGLISH);
		assertThat(en.errors()).extracting(LedgerError::message)
			.containsExactly(
					"单位类型: \"公司\" is not one of ENTERPRISE (非公企业), SOCIAL_ORGANIZATION (社会组织), INDIVIDUAL_BUSINESS (个体工商户)",
					"从业人员数: \"很多\" is not a whole number ≥ 0",
					"工作单位: \"O9\" is not an organization in this bundle or in the store");
	}

	@Test
	void titleRowIgnoredColumnsTypedCellsAndEmptyExtraSheets() throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			Sheet orgs = wb.createSheet("organizations");
			orgs.createRow(0).createCell(0).setCellValue("2026年第三季度两新组织台账");
			Row header = orgs.createRow(2);
			String[] headers = { "序号", "统一社会信用代码", "单位名称", "单位类型", "所在区划", "从业人员数", "规模以上", "核实日期", "备注" };
			for (int i = 0; i < headers.length; i++) {
				header.createCell(i).setCellValue(headers[i]);
			}
			Row row = orgs.createRow(3);
			row.createCell(0).setCellValue(1);
			row.createCell(1).setCellValue("O1");
			row.createCell(2).setCellValue("甲公司");
			row.createCell(3).setCellValue("ENTERPRISE");
			row.createCell(4).setCellValue(310121003003d); // a numeric code cell: its
															// digits, not 3.10121E+11
			row.createCell(5).setCellValue(1200);
			row.createCell(6).setCellValue(true);
			var date = wb.createCellStyle();
			date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			row.createCell(7).setCellValue(java.time.LocalDate.of(2024, 3, 5));
			row.getCell(7).setCellStyle(date);
			row.createCell(8).setCellValue("新成立");
			wb.createSheet("Sheet2");
			Sheet areas = wb.createSheet("区划");
			areas.createRow(0).createCell(0).setCellValue("区划代码");
			areas.getRow(0).createCell(1).setCellValue("名称");
			areas.getRow(0).createCell(2).setCellValue("层级");
			areas.createRow(1).createCell(0).setCellValue(310121003003d);
			areas.getRow(1).createCell(1).setCellValue("某社区");
			areas.getRow(1).createCell(2).setCellValue("社区");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			wb.write(out);
			ParseResult result = this.parser.parse(Map.of("book.xlsx", out.toByteArray()), KnownIds.NONE);
			assertThat(result.errors()).isEmpty();
			OrganizationRow o = result.bundle().organizations().get(0);
			assertThat(o.line()).isEqualTo(4);
			assertThat(o.areaCode()).isEqualTo("310121003003");
			assertThat(o.employees()).isEqualTo(1200);
			assertThat(o.aboveScale()).isTrue();
			assertThat(o.verifiedOn()).isEqualTo(java.time.LocalDate.of(2024, 3, 5));
		}
	}

	@Test
	void csvTitleRowIgnoredColumnsAndAScientificCode() {
		String orgs = "\uFEFF两新组织台账（2026年三季度）,,,,\n序号,统一社会信用代码,单位名称,单位类型,所在区划,备注\n"
				+ "1,O1,甲公司,非公企业,3.10121E+11,\n2,O2,乙公司,非公企业,A1,已核实\n";
		ParseResult result = this.parser.parse(
				Map.of("organizations.csv", orgs.getBytes(StandardCharsets.UTF_8), "areas.csv",
						"code,name,level\nA1,社区,COMMUNITY\n".getBytes(StandardCharsets.UTF_8)),
				KnownIds.NONE, LedgerText.ENGLISH);
		assertThat(result.errors()).extracting(LedgerError::line, LedgerError::column, LedgerError::columnLetter)
			.containsExactly(tuple(3, "所在区划", "E"));
		assertThat(result.errors().get(0).message()).contains("scientific notation");
		assertThat(result.bundle().organizations()).extracting(OrganizationRow::id).containsExactly("O1", "O2");
	}

	@Test
	void anUnknownSheetWithContentAndAnUnreadableWorkbookAreErrors() throws IOException {
		byte[] workbook = workbook(Map.of("organisations", new String[][] { { "id" }, { "O1" } }));
		ParseResult result = this.parser.parse(Map.of("a.xlsx", workbook, "b.xlsx", "not a workbook".getBytes()),
				KnownIds.NONE, LedgerText.ENGLISH);
		assertThat(result.errors()).extracting(LedgerError::file, LedgerError::sheet)
			.contains(tuple("a.xlsx", "organisations"), tuple("b.xlsx", null));
		assertThat(result.errors())
			.anySatisfy(e -> assertThat(e.message()).startsWith("unknown sheet \"organisations\"")
				.endsWith("Did you mean organizations?"));
	}

	private static byte[] workbook(Map<String, String[][]> sheets) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			for (var sheet : new java.util.TreeMap<>(sheets).entrySet()) {
				Sheet s = wb.createSheet(sheet.getKey());
				for (int r = 0; r < sheet.getValue().length; r++) {
					Row row = s.createRow(r);
					for (int c = 0; c < sheet.getValue()[r].length; c++) {
						row.createCell(c).setCellValue(sheet.getValue()[r][c]);
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			wb.write(out);
			return out.toByteArray();
		}
	}

}
