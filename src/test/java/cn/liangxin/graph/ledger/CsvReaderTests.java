package cn.liangxin.graph.ledger;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReaderTests {

	@Test
	void plainRecordsWithLineNumbers() {
		List<CsvReader.Record> records = CsvReader.readAll("a,b,c\n1,2,3\n4,,6\n");
		assertThat(records).extracting(CsvReader.Record::line).containsExactly(1, 2, 3);
		assertThat(records.get(2).cells()).containsExactly("4", "", "6");
		assertThat(records).allSatisfy(r -> assertThat(r.error()).isNull());
	}

	@Test
	void quotedCellsWithCommasDoubledQuotesAndLineBreaksPushLaterLinesDown() {
		String text = "id,name\r\n1,\"Smith, John\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"two\r\nlines\"\r\n4,\"three\nmore\nlines\"\n5,last";
		List<CsvReader.Record> records = CsvReader.readAll(text);
		assertThat(records).extracting(CsvReader.Record::line).containsExactly(1, 2, 3, 4, 6, 9);
		assertThat(records.get(1).cells()).containsExactly("1", "Smith, John");
		assertThat(records.get(2).cells()).containsExactly("2", "say \"hi\"");
		assertThat(records.get(3).cells()).containsExactly("3", "two\r\nlines");
		assertThat(records.get(4).cells()).containsExactly("4", "three\nmore\nlines");
		assertThat(records.get(5).cells()).containsExactly("5", "last");
	}

	@Test
	void blankLinesAreSkippedButCounted() {
		List<CsvReader.Record> records = CsvReader.readAll("h\n\n1\r\n\r\n\n2\n\n");
		assertThat(records).extracting(CsvReader.Record::line).containsExactly(1, 3, 6);
		assertThat(records).extracting(r -> r.cells().get(0)).containsExactly("h", "1", "2");
	}

	@Test
	void emptyQuotedCellsTrailingCommaAndBom() {
		List<CsvReader.Record> records = CsvReader.readAll("\uFEFFa,b,c\n\"\",x,\n,,\"\"");
		assertThat(records.get(0).cells()).containsExactly("a", "b", "c");
		assertThat(records.get(1).cells()).containsExactly("", "x", "");
		assertThat(records.get(2).cells()).containsExactly("", "", "");
		assertThat(CsvReader.readAll("a,\"b\"").get(0).cells()).containsExactly("a", "b");
		assertThat(CsvReader.readAll("a,b,").get(0).cells()).containsExactly("a", "b", "");
		assertThat(CsvReader.readAll("")).isEmpty();
	}

	@Test
	void aQuoteInsideAnUnquotedCellIsMalformedAndReadingGoesOn() {
		List<CsvReader.Record> records = CsvReader.readAll("h1,h2\n1,5\" tall\n2,ok\n");
		assertThat(records.get(1).error()).contains("cell 2 contains a quote but is not quoted");
		assertThat(records.get(2).line()).isEqualTo(3);
		assertThat(records.get(2).error()).isNull();
	}

	@Test
	void textAfterAClosingQuoteIsMalformedAndTheRestOfTheLineIsSkipped() {
		List<CsvReader.Record> records = CsvReader.readAll("h1,h2\n1,\"a\"b,c\n2,ok\n");
		assertThat(records).hasSize(3);
		assertThat(records.get(1).line()).isEqualTo(2);
		assertThat(records.get(1).error()).contains("unexpected text after the closing quote of cell 2");
		assertThat(records.get(2).line()).isEqualTo(3);
		assertThat(records.get(2).cells()).containsExactly("2", "ok");
	}

	@Test
	void anUnclosedQuoteIsReportedAtTheRecordItOpensIn() {
		List<CsvReader.Record> records = CsvReader.readAll("h1,h2\n1,ok\n2,\"never\nclosed\n3,x\n");
		assertThat(records).hasSize(3);
		assertThat(records.get(2).line()).isEqualTo(3);
		assertThat(records.get(2).error()).isEqualTo("a quoted cell opened on line 3 is never closed");
	}

}
