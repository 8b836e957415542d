package cn.liangxin.graph.ledger;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 413 of a bundle too large for one transaction: the advice in Chinese by default and
 * in English on {@code Accept-Language: en}, and never the store's own message (its
 * settings and memory figures are for the log).
 */
class LedgerTooLargeTests {

	private final LedgerController controller = new LedgerController(null, null);

	private final LedgerImporter.LedgerTooLargeException tooLarge = new LedgerImporter.LedgerTooLargeException(597_411,
			"dbms.memory.transaction.total.max reached: 4.00 GiB");

	@Test
	void chineseByDefaultEnglishOnRequestAndNoInternalMessage() {
		var zh = this.controller.tooLarge(this.tooLarge, new MockHttpServletRequest());
		assertThat(zh.getStatusCode().value()).isEqualTo(413);
		assertThat(message(zh.getBody())).startsWith("台账共 597411 行，超过一次导入能容纳的数量，未导入任何数据。")
			.doesNotContain("dbms.memory")
			.doesNotContain("GiB");

		var request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", "en-US,en;q=0.9");
		var en = this.controller.tooLarge(this.tooLarge, request);
		assertThat(message(en.getBody()))
			.startsWith("the bundle's 597411 rows are more than one import transaction may hold;")
			.contains("Split it into several bundles")
			.doesNotContain("dbms.memory");
	}

	private static String message(java.util.Map<String, Object> body) {
		@SuppressWarnings("unchecked")
		List<LedgerError> errors = (List<LedgerError>) body.get("errors");
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).file()).isEqualTo("(bundle)");
		return errors.get(0).message();
	}

}
