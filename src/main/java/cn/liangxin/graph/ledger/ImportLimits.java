package cn.liangxin.graph.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one upload may make the service read ({@code liangxin.import.*}): every limit
 * is checked while the bytes arrive or inflate, so a hostile bundle is refused before it
 * costs memory. The defaults fit a 1,000,000-organization bundle (about 100 MB zipped,
 * 545 MB of CSV, 3 million member rows, measured on generated bundles) with room to
 * spare.
 *
 * @param maxBytes the most bytes of one request body (a zip, a workbook or the multipart
 * form): 413
 * @param maxUncompressedBytes the most bytes all files of a bundle may hold once
 * inflated: 413
 * @param maxCompressionRatio the most an entry may inflate to per compressed byte (a zip
 * bomb inflates a thousandfold, ledgers about tenfold), checked once an entry passed
 * {@link #RATIO_GRACE} bytes: 413
 * @param maxEntries the most files in a zip: 413
 * @param maxRows the most rows of one file: 413
 * @param maxColumns the most cells of a header or a row: 422 naming the line
 * @param maxCellChars the most characters of one cell (a name or an address, not a
 * document): 422 naming the line and the column
 * @param maxErrors the most errors one answer lists; the rest are counted in a last one
 */
@ConfigurationProperties("liangxin.import")
public record ImportLimits(@DefaultValue("640MB") DataSize maxBytes, @DefaultValue("1GB") DataSize maxUncompressedBytes,
		@DefaultValue("100") int maxCompressionRatio, @DefaultValue("1000") int maxEntries,
		@DefaultValue("5000000") int maxRows, @DefaultValue("64") int maxColumns,
		@DefaultValue("4000") int maxCellChars, @DefaultValue("1000") int maxErrors) {

	/**
	 * Bytes an entry may inflate to before its ratio is judged (small files inflate
	 * unevenly).
	 */
	public static final long RATIO_GRACE = 1L << 20;

	/** The defaults, for callers outside Spring (tests, the bench, the demo loader). */
	public static final ImportLimits DEFAULTS = new ImportLimits(DataSize.ofMegabytes(640), DataSize.ofGigabytes(1),
			100, 1000, 5_000_000, 64, 4000, 1000);

}
