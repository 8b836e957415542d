package cn.liangxin.graph.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Turns an uploaded zip or a folder into the {@code file name → bytes} map
 * {@link LedgerParser} reads. Planners zip a folder however their tool does it, so files
 * are taken at any depth by their base name, and the folder entries, macOS resource forks
 * ({@code __MACOSX/}) and dot-files are skipped.
 * <p>
 * The {@link ImportLimits} are counted as each entry inflates, a buffer at a time, so a
 * zip bomb is refused after a megabyte or so of output rather than after it filled the
 * heap: the inflated bytes of all files together, each entry's compression ratio and the
 * number of entries.
 */
public final class BundleFiles {

	private static final Charset GBK = Charset.forName("GBK");

	/**
	 * The name a workbook sent as the whole body goes by in the bundle (and in its
	 * errors).
	 */
	public static final String WORKBOOK = "workbook.xlsx";

	/**
	 * Where a zip's bytes come from: opened again when its entry names must be read in
	 * GBK.
	 */
	@FunctionalInterface
	public interface Source {

		InputStream open() throws IOException;

	}

	private final ImportLimits limits;

	private final Map<String, byte[]> files = new LinkedHashMap<>();

	private final Map<String, String> paths = new HashMap<>();

	private long total;

	private int entries;

	/**
	 * An empty bundle that files and zips are added to, counted against {@code limits}.
	 */
	public BundleFiles(ImportLimits limits) {
		this.limits = limits;
	}

	/**
	 * The files of a zip, keyed by base name, under the default limits.
	 * @throws BundleException if the body is not a zip, two entries share a base name, or
	 * a limit is passed
	 */
	public static Map<String, byte[]> fromZip(byte[] zip) {
		return new BundleFiles(ImportLimits.DEFAULTS).addZip(() -> new ByteArrayInputStream(zip)).files();
	}

	/** The files so far. */
	public Map<String, byte[]> files() {
		return this.files;
	}

	/**
	 * Adds the files of a zip (or, when the zip is itself a workbook, the workbook as
	 * {@link #WORKBOOK}).
	 * @throws BundleException if it is not a zip, two entries share a base name, or a
	 * limit is passed
	 */
	public BundleFiles addZip(Source zip) {
		try {
			try (InputStream in = zip.open()) {
				byte[] magic = in.readNBytes(4);
				if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K'
						|| !((magic[2] == 3 && magic[3] == 4) || (magic[2] == 5 && magic[3] == 6))) {
					throw new BundleException("(bundle)", "bundle.notZip");
				}
			}
			long totalBefore = this.total;
			int entriesBefore = this.entries;
			var filesBefore = new LinkedHashMap<>(this.files);
			var pathsBefore = new HashMap<>(this.paths);
			try {
				read(zip, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				// Zips made by Windows in Chinese locales name entries in GBK without
				// saying so.
				this.total = totalBefore;
				this.entries = entriesBefore;
				this.files.clear();
				this.files.putAll(filesBefore);
				this.paths.clear();
				this.paths.putAll(pathsBefore);
				read(zip, GBK);
			}
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Adds one file read from {@code in}, counted against the inflated-bytes limit. */
	public BundleFiles addFile(String name, InputStream in) {
		try {
			count(name);
			put(name, name, readLimited(in, null, name));
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void read(Source zip, Charset names) throws IOException {
		try (Counting raw = new Counting(zip.open()); ZipInputStream in = new ZipInputStream(raw, names)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String path = entry.getName().replace('\\', '/');
				if (path.equals("xl/workbook.xml")) {
					// The body is itself a workbook (every .xlsx is a zip), sent without
					// its content type.
					count(WORKBOOK);
					try (InputStream whole = zip.open()) {
						put(WORKBOOK, WORKBOOK, readLimited(whole, null, WORKBOOK));
					}
					return;
				}
				String name = path.substring(path.lastIndexOf('/') + 1);
				// Skipped entries count too: a million folder entries cost time if not
				// memory.
				count(name);
				if (entry.isDirectory() || skipped(path)) {
					continue;
				}
				put(name, path, readLimited(in, raw, name));
			}
		}
		catch (ZipException ex) {
			throw new BundleException("(bundle)", "bundle.zipDamaged");
		}
	}

	private void count(String name) {
		if (++this.entries > this.limits.maxEntries()) {
			throw BundleException.tooLarge(LedgerText.quote(name), null, "limit.entries", this.limits.maxEntries());
		}
	}

	private void put(String name, String path, byte[] bytes) {
		String previous = this.paths.putIfAbsent(name, path);
		if (previous != null) {
			throw new BundleException(LedgerText.quote(name), "bundle.zipTwice", LedgerText.quote(name),
					LedgerText.quote(previous), LedgerText.quote(path));
		}
		this.files.put(name, bytes);
	}

	private static boolean skipped(String path) {
		for (String segment : path.split("/")) {
			if (segment.startsWith(".") || segment.equals("__MACOSX")) {
				return true;
			}
		}
		return false;
	}

	// Inflates (or copies) one entry a buffer at a time, judging the limits after every
	// buffer;
	// compressed counts what the zip stream consumed below the inflater (null: not
	// compressed).
	private byte[] readLimited(InputStream in, Counting compressed, String name) throws IOException {
		long maxTotal = this.limits.maxUncompressedBytes().toBytes();
		long compressedStart = (compressed != null) ? compressed.count : 0;
		var out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		long size = 0;
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			size += n;
			if (this.total + size > maxTotal) {
				throw BundleException.tooLarge(LedgerText.quote(name), null, "limit.uncompressed",
						this.limits.maxUncompressedBytes().toMegabytes());
			}
			if (compressed != null && size > ImportLimits.RATIO_GRACE && size > (long) this.limits.maxCompressionRatio()
					* Math.max(1, compressed.count - compressedStart)) {
				throw BundleException.tooLarge(LedgerText.quote(name), null, "limit.ratio",
						this.limits.maxCompressionRatio());
			}
			out.write(buffer, 0, n);
		}
		this.total += size;
		return out.toByteArray();
	}

	// Counts the bytes taken from the zip, so an entry's ratio is known while it
	// inflates.
	private static final class Counting extends FilterInputStream {

		long count;

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

	}

	/** The regular, non-hidden files directly inside {@code dir}, keyed by file name. */
	public static Map<String, byte[]> fromDirectory(Path dir) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (Stream<Path> entries = Files.list(dir)) {
			for (Path path : entries.sorted().toList()) {
				String name = path.getFileName().toString();
				if (Files.isRegularFile(path) && !name.startsWith(".")) {
					files.put(name, Files.readAllBytes(path));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

}
