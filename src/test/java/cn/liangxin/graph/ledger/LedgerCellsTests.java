package cn.liangxin.graph.ledger;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerCellsTests {

	@Test
	void datesInTheFormsExcelUsersType() {
		LocalDate march5 = LocalDate.of(2024, 3, 5);
		for (String text : new String[] { "2024-03-05", "2024-3-5", "2024/3/5", "2024/03/05", "2024.3.5", "2024年3月5日",
				"2024年03月05日", " 2024/3/5 ", "２０２４／３／５", "2024\u3000年3月5日".replace("\u3000", "") }) {
			assertThat(LedgerCells.date(text)).as(text).isEqualTo(march5);
		}
		for (String text : new String[] { "2024-02-30", "2024/3/5/", "2024-3/5", "24/3/5", "2024年3月5", "2024年3月5日x",
				"5.3.2024", "+2024-03-05", "2024-003-05", "2024年3-5日", "", "2024" }) {
			assertThat(LedgerCells.date(text)).as(text).isNull();
		}
	}

	@Test
	void integersWithThousandsSeparatorsAndFullWidthDigits() {
		assertThat(LedgerCells.integer("1,200")).isEqualTo(1200L);
		assertThat(LedgerCells.integer("1,234,567")).isEqualTo(1234567L);
		assertThat(LedgerCells.integer("１，２００")).isEqualTo(1200L);
		assertThat(LedgerCells.integer("\u3000１２\u3000")).isEqualTo(12L);
		assertThat(LedgerCells.integer("-7")).isEqualTo(-7L);
		for (String text : new String[] { "1,20", "12,00", "1,2000", ",120", "120,", "1.5", "abc", "", "+", "1 200" }) {
			assertThat(LedgerCells.integer(text)).as(text).isNull();
		}
	}

	@Test
	void decimalsBooleansAndScientificNotation() {
		assertThat(LedgerCells.decimal("３１．２３")).isEqualTo(31.23);
		assertThat(LedgerCells.decimal("1e3")).isNull();
		assertThat(LedgerCells.bool("是")).isTrue();
		assertThat(LedgerCells.bool("FALSE")).isFalse();
		assertThat(LedgerCells.bool("maybe")).isNull();
		assertThat(LedgerCells.scientific("3.10121E+11")).isTrue();
		assertThat(LedgerCells.scientific("9.13E+17")).isTrue();
		assertThat(LedgerCells.scientific("310121000000")).isFalse();
		assertThat(LedgerCells.scientific("91310011000000X5")).isFalse();
		assertThat(LedgerCells.scientific("E+11")).isFalse();
	}

	@Test
	void columnLettersAsExcelShowsThem() {
		assertThat(LedgerCells.columnLetter(0)).isEqualTo("A");
		assertThat(LedgerCells.columnLetter(4)).isEqualTo("E");
		assertThat(LedgerCells.columnLetter(25)).isEqualTo("Z");
		assertThat(LedgerCells.columnLetter(26)).isEqualTo("AA");
		assertThat(LedgerCells.columnLetter(701)).isEqualTo("ZZ");
		assertThat(LedgerCells.columnLetter(702)).isEqualTo("AAA");
	}

}
