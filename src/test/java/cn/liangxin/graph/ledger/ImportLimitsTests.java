package cn.liangxin.graph.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each {@link ImportLimits} limit stops the read where it is passed, naming the file,
 * line, column and limit.
 */
class ImportLimitsTests {

	static final String HEADER = "id,name,kind,area_code\n";

	@Test
	void aZipBombIsRefusedByItsRatioWhileItInflates() throws IOException {
		// 256 MB of zeros deflate to about 250 KB: refused after about a megabyte is
		// inflated
		byte[] bomb = zipOfZeros("organizations.csv", 256L << 20);
		assertThat(bomb.length).isLessThan(1 << 20);
		var counted = new CountingSource(bomb);
		assertThatExceptionOfType(BundleException.class)
			.isThrownBy(() -> new BundleFiles(ImportLimits.DEFAULTS).addZip(counted))
			.satisfies(ex -> {
				assertThat(ex.tooLarge()).isTrue();
				assertThat(ex.error().file()).isEqualTo("organizations.csv");
				assertThat(ex.error().message()).contains("100", "max-compression-ratio");
				assertThat(ex.error(LedgerText.CHINESE).message()).contains("压缩比超过 100 倍");
			});
		// it stopped early: far less than the whole bomb was taken from the upload
		assertThat(counted.read).isLessThan(bomb.length / 4);
	}

	@Test
	void theInflatedTotalIsCountedOverAllFilesOfABundle() throws IOException {
		var limits = limits(DataSize.ofMegabytes(640), DataSize.ofKilobytes(10), 64, 4000, 1000);
		var files = new BundleFiles(limits).addFile("members.csv", new ByteArrayInputStream(new byte[6000]));
		assertThatExceptionOfType(BundleException.class)
			.isThrownBy(() -> files.addZip(() -> new ByteArrayInputStream(zip("organizations.csv", new byte[6000]))))
			.satisfies(ex -> {
				assertThat(ex.tooLarge()).isTrue();
				assertThat(ex.error().message()).contains("max-uncompressed-bytes");
			});
	}

	@Test
	void aZipOfManyEntriesIsRefusedAtTheFirstEntryPastTheLimit() throws IOException {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			for (int i = 0; i < 5000; i++) {
				zip.putNextEntry(new ZipEntry("f" + i + ".csv"));
				zip.write('x');
				zip.closeEntry();
			}
		}
		assertThatExceptionOfType(BundleException.class).isThrownBy(() -> BundleFiles.fromZip(out.toByteArray()))
			.satisfies(ex -> {
				assertThat(ex.tooLarge()).isTrue();
				assertThat(ex.error().file()).isEqualTo("f1000.csv");
				assertThat(ex.error().message()).contains("1000", "max-entries");
			});
	}

	@Test
	void aBodyPastTheMaximumFailsWhileItIsRead() {
		var limits = limits(DataSize.ofBytes(1000), DataSize.ofGigabytes(1), 64, 4000, 1000);
		InputStream body = Upload.limited(new ByteArrayInputStream(new byte[5000]), limits);
		assertThatExceptionOfType(BundleException.class).isThrownBy(() -> body.readAllBytes())
			.satisfies(ex -> assertThat(ex.tooLarge()).isTrue());
		// and when Content-Length says so, before anything is read
		var untouched = new CountingSource(new byte[5000]);
		assertThatExceptionOfType(BundleException.class).isThrownBy(() -> Upload.spool(untouched.open(), 5000, limits))
			.satisfies(ex -> assertThat(ex.error(LedgerText.CHINESE).message()).contains("超过 0 MB"));
		assertThat(untouched.read).isZero();
	}

	@Test
	void aHeaderOfMillionsOfColumnsStopsAtTheLimitWithItsLineAndColumn() {
		String csv = "title\n" + ",".repeat(5_000_000) + "\n";
		assertThatExceptionOfType(BundleException.class)
			.isThrownBy(
					() -> new LedgerParser().parse(Map.of("organizations.csv", csv.getBytes(StandardCharsets.UTF_8)),
							KnownIds.NONE, LedgerText.ENGLISH))
			.satisfies(ex -> {
				assertThat(ex.tooLarge()).isFalse();
				LedgerError error = ex.error();
				assertThat(error.file()).isEqualTo("organizations.csv");
				assertThat(error.line()).isEqualTo(2);
				assertThat(error.columnLetter()).isEqualTo("BM"); // the 65th
				assertThat(error.message()).contains("64", "max-columns");
			});
	}

	@Test
	void aCellPastTheCharacterLimitIsNamedByLineAndColumnQuotedOrNot() {
		String big = "名".repeat(4001);
		for (String cell : new String[] { big, "\"" + big + "\"", "\"a\"\"" + big + "\"" }) {
			String csv = HEADER + "1,ok,ENTERPRISE,31\n2," + cell + ",ENTERPRISE,31\n";
			assertThatExceptionOfType(BundleException.class).isThrownBy(
					() -> new LedgerParser().parse(Map.of("organizations.csv", csv.getBytes(StandardCharsets.UTF_8)),
							KnownIds.NONE, LedgerText.CHINESE))
				.satisfies(ex -> {
					LedgerError error = ex.error(LedgerText.CHINESE);
					assertThat(error.file()).isEqualTo("organizations.csv");
					assertThat(error.line()).isEqualTo(3);
					assertThat(error.columnLetter()).isEqualTo("B");
					assertThat(error.message()).contains("4000", "max-cell-chars").hasSizeLessThan(200);
				});
		}
		// 4,000 characters are fine
		String csv = HEADER + "1," + "名".repeat(4000) + ",ENTERPRISE,31\n";
		var result = new LedgerParser().parse(Map.of("organizations.csv", csv.getBytes(StandardCharsets.UTF_8)),
				KnownIds.NONE, LedgerText.ENGLISH);
		assertThat(result.bundle().organizations()).hasSize(1);
	}

	@Test
	void aHugeCellIsNamedAtItsLineInUtf8AndInGb18030QuotedOrNot() {
		// the file is decoded only up to a long run without a comma or a line break
		// (LedgerParser): the cell is still named where it is, in either encoding
		String big = "名".repeat(3_000_000);
		for (String cell : new String[] { big, "\"" + big + "\"" }) {
			String csv = HEADER + "1,上海华东家政服务有限公司,ENTERPRISE,31\n2,短,ENTERPRISE,31\n3," + cell + ",ENTERPRISE,31\n";
			for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
				byte[] bytes = csv.getBytes(charset);
				assertThatExceptionOfType(BundleException.class)
					.isThrownBy(() -> new LedgerParser().parse(Map.of("organizations.csv", bytes), KnownIds.NONE,
							LedgerText.ENGLISH))
					.satisfies(ex -> {
						LedgerError error = ex.error(LedgerText.ENGLISH);
						assertThat(error.file()).as(charset.name()).isEqualTo("organizations.csv");
						assertThat(error.line()).as(charset.name()).isEqualTo(4);
						assertThat(error.columnLetter()).as(charset.name()).isEqualTo("B");
						assertThat(error.message()).contains("4000", "max-cell-chars");
					});
			}
		}
	}

	@Test
	void rowsPastTheLimitAreRefusedAtTheFirstOneOver() {
		var limits = limits(DataSize.ofMegabytes(640), DataSize.ofGigabytes(1), 64, 4000, 1000, 10);
		var csv = new StringBuilder(HEADER);
		for (int i = 0; i < 20; i++) {
			csv.append(i).append(",n,ENTERPRISE,31\n");
		}
		assertThatExceptionOfType(BundleException.class).isThrownBy(() -> new LedgerParser(limits).parse(
				Map.of("organizations.csv", csv.toString().getBytes(StandardCharsets.UTF_8)), KnownIds.NONE,
				LedgerText.ENGLISH))
			.satisfies(ex -> {
				assertThat(ex.tooLarge()).isTrue();
				assertThat(ex.error().line()).isEqualTo(12); // the header, then rows
																// 2..11 are the ten
																// allowed
				assertThat(ex.error().message()).contains("10", "max-rows");
			});
	}

	@Test
	void errorsAreListedUpToTheLimitAndTheRestCounted() {
		var limits = limits(DataSize.ofMegabytes(640), DataSize.ofGigabytes(1), 64, 4000, 50);
		var csv = new StringBuilder(HEADER);
		for (int i = 0; i < 300; i++) {
			csv.append(i).append(",n,").append("X".repeat(500)).append(",31\n");
		}
		ParseResult result = new LedgerParser(limits).parse(
				Map.of("organizations.csv", csv.toString().getBytes(StandardCharsets.UTF_8)), KnownIds.NONE,
				LedgerText.ENGLISH);
		int all = new LedgerParser(limits(DataSize.ofMegabytes(640), DataSize.ofGigabytes(1), 64, 4000, 100_000))
			.parse(Map.of("organizations.csv", csv.toString().getBytes(StandardCharsets.UTF_8)), KnownIds.NONE,
					LedgerText.ENGLISH)
			.errors()
			.size();
		assertThat(all).isGreaterThan(300);
		assertThat(result.errors()).hasSize(51);
		assertThat(result.errors().get(0).line()).isEqualTo(2);
		// a bad value is quoted to 100 characters
		assertThat(result.errors().get(0).message()).contains("X".repeat(100) + "…").doesNotContain("X".repeat(101));
		LedgerError last = result.errors().get(50);
		assertThat(last.file()).isEqualTo("(bundle)");
		assertThat(last.message()).startsWith((all - 50) + " more errors").contains("at most 50");
	}

	static ImportLimits limits(DataSize maxBytes, DataSize maxUncompressed, int maxColumns, int maxCellChars,
			int maxErrors) {
		return limits(maxBytes, maxUncompressed, maxColumns, maxCellChars, maxErrors, 5_000_000);
	}

	static ImportLimits limits(DataSize maxBytes, DataSize maxUncompressed, int maxColumns, int maxCellChars,
			int maxErrors, int maxRows) {
		return new ImportLimits(maxBytes, maxUncompressed, 100, 1000, maxRows, maxColumns, maxCellChars, maxErrors);
	}

	static byte[] zipOfZeros(String name, long size) throws IOException {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(name));
			byte[] zeros = new byte[1 << 20];
			for (long n = 0; n < size; n += zeros.length) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	static byte[] zip(String name, byte[] content) throws IOException {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	// A zip source that counts the bytes taken from it.
	static final class CountingSource implements BundleFiles.Source {

		private final byte[] bytes;

		long read;

		CountingSource(byte[] bytes) {
			this.bytes = bytes;
		}

		@Override
		public InputStream open() {
			return new ByteArrayInputStream(this.bytes) {

				@Override
				public synchronized int read(byte[] b, int off, int len) {
					int n = super.read(b, off, len);
					if (n > 0) {
						CountingSource.this.read += n;
					}
					return n;
				}

				@Override
				public synchronized int read() {
					int b = super.read();
					if (b >= 0) {
						CountingSource.this.read++;
					}
					return b;
				}
			};
		}

	}

}
