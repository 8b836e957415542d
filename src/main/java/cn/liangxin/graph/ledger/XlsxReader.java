package cn.liangxin.graph.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an .xlsx workbook with POI's streaming (SAX) reader: the sheet XML is never built
 * into objects, only each sheet's rows as cell texts, one sheet at a time when
 * {@link #rows} asks for it. Cells are read by type into the text {@link LedgerCells}
 * parses: a date cell becomes {@code 2024-03-05}, a number its plain digits
 * (310121000000, never 3.10121E+11), a boolean {@code TRUE}/{@code FALSE}, a formula its
 * cached result.
 */
final class XlsxReader implements AutoCloseable {

	/** The workbook cannot be opened (not an .xlsx, damaged, encrypted, an old .xls). */
	static final class UnreadableException extends Exception {

		UnreadableException(Throwable cause) {
			super(cause);
		}

	}

	private final OPCPackage pkg;

	private final ReadOnlySharedStringsTable strings;

	private final StylesTable styles;

	private final Map<String, PackagePart> sheets = new LinkedHashMap<>();

	private final Path file;

	private final ImportLimits limits;

	XlsxReader(byte[] bytes) throws UnreadableException {
		this(bytes, ImportLimits.DEFAULTS);
	}

	/**
	 * A workbook whose sheets are read under {@code limits}: rows per sheet, cells per
	 * row and characters per cell stop the read with a {@link BundleException} naming the
	 * row and column.
	 */
	XlsxReader(byte[] bytes, ImportLimits limits) throws UnreadableException {
		this.limits = limits;
		// Opened from a file, not from the bytes: POI then reads each part from the zip
		// as it is
		// asked for (a stream opened from memory copies every part, and refuses parts
		// over 100 MB).
		try {
			this.file = Files.createTempFile("ledger-", ".xlsx");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			Files.write(this.file, bytes);
			this.pkg = OPCPackage.open(this.file.toFile(), PackageAccess.READ);
		}
		catch (InvalidFormatException | IOException | RuntimeException ex) {
			delete();
			throw new UnreadableException(ex);
		}
		try {
			XSSFReader reader = new XSSFReader(this.pkg);
			this.strings = new ReadOnlySharedStringsTable(this.pkg, false);
			this.styles = reader.getStylesTable();
			XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (it.hasNext()) {
				try (InputStream ignored = it.next()) {
					this.sheets.put(it.getSheetName(), it.getSheetPart());
				}
			}
		}
		catch (IOException | OpenXML4JException | SAXException | RuntimeException ex) {
			close();
			throw new UnreadableException(ex);
		}
	}

	/** The sheet names in workbook order. */
	List<String> sheetNames() {
		return List.copyOf(this.sheets.keySet());
	}

	/**
	 * The non-empty rows of a sheet as records whose line is the Excel row number
	 * (1-based) and whose cells are indexed by column (A = 0), empty where a cell is
	 * missing.
	 */
	List<CsvReader.Record> rows(String sheet) throws UnreadableException {
		PackagePart part = this.sheets.get(sheet);
		List<CsvReader.Record> rows = new ArrayList<>();
		var collector = new XSSFSheetXMLHandler.SheetContentsHandler() {

			private String[] cells = new String[16];

			private int width;

			private int nextColumn;

			@Override
			public void startRow(int rowNum) {
				this.width = 0;
				this.nextColumn = 0;
			}

			@Override
			public void endRow(int rowNum) {
				if (this.width > 0) {
					if (rows.size() >= XlsxReader.this.limits.maxRows()) {
						throw BundleException.tooLarge(null, rowNum + 1, "limit.rows",
								XlsxReader.this.limits.maxRows());
					}
					rows.add(new CsvReader.Record(rowNum + 1, Arrays.asList(Arrays.copyOf(this.cells, this.width)),
							null));
				}
			}

			@Override
			public void cell(String reference, String value, XSSFComment comment) {
				int column = (reference != null) ? new CellReference(reference).getCol() : this.nextColumn;
				this.nextColumn = column + 1;
				if (value == null || value.isEmpty()) {
					return;
				}
				ImportLimits limits = XlsxReader.this.limits;
				if (column >= limits.maxColumns()) {
					throw BundleException.atCell(null, null, rowNumber(reference), null,
							LedgerCells.columnLetter(column), "limit.columns", limits.maxColumns());
				}
				if (value.length() > limits.maxCellChars()) {
					throw BundleException.atCell(null, null, rowNumber(reference), null,
							LedgerCells.columnLetter(column), "limit.cellChars", limits.maxCellChars());
				}
				if (column >= this.cells.length) {
					this.cells = Arrays.copyOf(this.cells, Math.max(column + 1, this.cells.length * 2));
				}
				// Cells usually come in column order, but a file need not keep it.
				if (column > this.width) {
					Arrays.fill(this.cells, this.width, column, "");
				}
				this.cells[column] = value;
				this.width = Math.max(this.width, column + 1);
			}
		};
		try (InputStream in = part.getInputStream()) {
			XMLReader xml = XMLHelper.newXMLReader();
			xml.setContentHandler(
					new XSSFSheetXMLHandler(this.styles, null, this.strings, collector, new CellText(), false));
			xml.parse(new InputSource(in));
		}
		catch (BundleException ex) {
			throw ex;
		}
		catch (IOException | SAXException | ParserConfigurationException | RuntimeException ex) {
			throw new UnreadableException(ex);
		}
		return rows;
	}

	private static Integer rowNumber(String reference) {
		return (reference != null) ? new CellReference(reference).getRow() + 1 : null;
	}

	@Override
	public void close() {
		// Opened read-only: nothing to write back.
		this.pkg.revert();
		delete();
	}

	private void delete() {
		try {
			Files.deleteIfExists(this.file);
		}
		catch (IOException ex) {
			this.file.toFile().deleteOnExit();
		}
	}

	// Formats numeric cells for parsing, not for display: dates as ISO dates, numbers in
	// plain digits.
	private static final class CellText extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return formatRawCellContents(value, formatIndex, formatString, false);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
			}
			return plain(value);
		}

	}

	/** 310121000000 for 3.10121E+11, 0.35 for 0.35, 12 for 12.0. */
	static String plain(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e18) {
			return Long.toString((long) value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
