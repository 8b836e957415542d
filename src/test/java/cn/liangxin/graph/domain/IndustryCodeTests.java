package cn.liangxin.graph.domain;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IndustryCodeTests {

	@Test
	void digitsAloneTakeTheSectionFromTheDivision() {
		assertThat(IndustryCode.parse("6513")).isEqualTo(new IndustryCode("I6513", 'I', "65"));
		assertThat(IndustryCode.parse("65")).isEqualTo(new IndustryCode("I65", 'I', "65"));
		assertThat(IndustryCode.parse("0511")).isEqualTo(new IndustryCode("A0511", 'A', "05"));
		assertThat(IndustryCode.parse("9221")).isEqualTo(new IndustryCode("S9221", 'S', "92"));
	}

	@Test
	void letteredCodesAreNormalised() {
		assertThat(IndustryCode.parse("I65")).isEqualTo(new IndustryCode("I65", 'I', "65"));
		assertThat(IndustryCode.parse(" i6513 ")).isEqualTo(new IndustryCode("I6513", 'I', "65"));
		assertThat(IndustryCode.parse("I")).isEqualTo(new IndustryCode("I", 'I', null));
		assertThat(IndustryCode.parse("C391")).isEqualTo(new IndustryCode("C391", 'C', "39"));
		assertThat(IndustryCode.parse("T97")).isEqualTo(new IndustryCode("T97", 'T', "97"));
	}

	@Test
	void badCodesAreRejectedWithAClearMessage() {
		assertThatIllegalArgumentException().isThrownBy(() -> IndustryCode.parse("Z12"))
			.withMessageContaining("no GB/T 4754 section Z");
		assertThatIllegalArgumentException().isThrownBy(() -> IndustryCode.parse("A65"))
			.withMessageContaining("division 65 (软件和信息技术服务业) belongs to section I, not A");
		assertThatIllegalArgumentException().isThrownBy(() -> IndustryCode.parse("98"))
			.withMessageContaining("no GB/T 4754 division 98");
		assertThatIllegalArgumentException().isThrownBy(() -> IndustryCode.parse("00"))
			.withMessageContaining("no GB/T 4754 division 00");
		for (String bad : List.of("6", "I6", "I65131", "I-65", "65a", "")) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> IndustryCode.parse(bad));
		}
	}

	@Test
	void gbt4754HasTwentySectionsAndDivisions01To97() {
		assertThat(Gbt4754.sections()).hasSize(20);
		assertThat(Gbt4754.sections().get(8)).isEqualTo(new Gbt4754.Section('I', "信息传输、软件和信息技术服务业",
				"Information transmission, software and information technology services"));
		assertThat(Gbt4754.divisions()).extracting(Gbt4754.Division::code)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 97).mapToObj(i -> String.format("%02d", i)).toList());
		assertThat(Gbt4754.division("08")).get().extracting(Gbt4754.Division::chineseName).isEqualTo("黑色金属矿采选业");
	}

	@Test
	void divisionRangesOfEachSection() {
		String ranges = "A01-05 B06-12 C13-43 D44-46 E47-50 F51-52 G53-60 H61-62 I63-65 J66-69 K70-70 L71-72 "
				+ "M73-75 N76-79 O80-82 P83-83 Q84-85 R86-90 S91-96 T97-97";
		for (String range : ranges.split(" ")) {
			char section = range.charAt(0);
			int from = Integer.parseInt(range.substring(1, 3));
			int to = Integer.parseInt(range.substring(4, 6));
			assertThat(Gbt4754.divisionsOf(section)).as("section %s", section)
				.extracting(Gbt4754.Division::code)
				.containsExactlyElementsOf(
						IntStream.rangeClosed(from, to).mapToObj(i -> String.format("%02d", i)).toList());
		}
	}

}
