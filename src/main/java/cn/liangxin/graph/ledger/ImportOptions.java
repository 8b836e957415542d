package cn.liangxin.graph.ledger;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * What an import says about its bundle (docs/domain.md, "History").
 *
 * @param asOf the date the ledger describes (usually a quarter's end)
 * @param mode UPSERT: the rows are added or replace what they name; SNAPSHOT: the bundle
 * is the whole ledger of {@code areaCode}, and what it leaves out ends at {@code asOf}
 * @param areaCode the snapshot's area (required for SNAPSHOT, not taken for UPSERT)
 */
public record ImportOptions(LocalDate asOf, Mode mode, @Nullable String areaCode) {

	/** Ledgers are kept in China: "today" is today there. */
	public static final ZoneId LEDGER_ZONE = ZoneId.of("Asia/Shanghai");

	public enum Mode {

		UPSERT, SNAPSHOT

	}

	public ImportOptions {
		if ((mode == Mode.SNAPSHOT) != (areaCode != null)) {
			throw new IllegalArgumentException("a SNAPSHOT takes an areaCode, an UPSERT none");
		}
	}

	/** Today's ledger, added to what is stored: what an import without options does. */
	public static ImportOptions today() {
		return new ImportOptions(LocalDate.now(LEDGER_ZONE), Mode.UPSERT, null);
	}

	public static ImportOptions upsert(LocalDate asOf) {
		return new ImportOptions(asOf, Mode.UPSERT, null);
	}

	public static ImportOptions snapshot(LocalDate asOf, String areaCode) {
		return new ImportOptions(asOf, Mode.SNAPSHOT, areaCode);
	}

	boolean snapshot() {
		return this.mode == Mode.SNAPSHOT;
	}

}
