package cn.liangxin.graph.ledger;

import java.io.ByteArrayInputStream;
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
 * Turns an uploaded zip or a folder into the {@code file name → bytes} map {@link LedgerParser} reads.
 * Planners zip a folder however their tool does it, so files are taken at any depth by their base
 * name, and the folder entries, macOS resource forks ({@code __MACOSX/}) and dot-files are skipped.
 */
public final class BundleFiles {

	/** Guards against zip bombs: more than this many uncompressed bytes is refused. */
	public static final long MAX_TOTAL_BYTES = 1L << 30;

	private static final Charset GBK = Charset.forName("GBK");

	/** The name a workbook sent as the whole body goes by in the bundle (and in its errors). */
	public static final String WORKBOOK = "workbook.xlsx";

	private BundleFiles() {
	}

	/**
	 * The files of a zip, keyed by base name.
	 * @throws BundleException if the body is not a zip, two entries share a base name, or the
	 * content is too large
	 */
	public static Map<String, byte[]> fromZip(byte[] zip) {
		if (zip == null || zip.length < 4 || zip[0] != 'P' || zip[1] != 'K'
				|| !((zip[2] == 3 && zip[3] == 4) || (zip[2] == 5 && zip[3] == 6))) {
			throw new BundleException("(bundle)", "bundle.notZip");
		}
		try {
			return read(zip, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// Zips made by Windows in Chinese locales name entries in GBK without saying so.
			return read(zip, GBK);
		}
	}

	private static Map<String, byte[]> read(byte[] zip, Charset names) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		Map<String, String> paths = new HashMap<>();
		long total = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), names)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String path = entry.getName().replace('\\', '/');
				if (path.equals("xl/workbook.xml")) {
					// The body is itself a workbook (every .xlsx is a zip), sent without its content type.
					return Map.of(WORKBOOK, zip);
				}
				if (entry.isDirectory() || skipped(path)) {
					continue;
				}
				String name = path.substring(path.lastIndexOf('/') + 1);
				byte[] bytes = readLimited(in, MAX_TOTAL_BYTES - total, name);
				total += bytes.length;
				String previous = paths.putIfAbsent(name, path);
				if (previous != null) {
					throw new BundleException(name, "bundle.zipTwice", name, previous, path);
				}
				files.put(name, bytes);
			}
		}
		catch (ZipException ex) {
			throw new BundleException("(bundle)", "bundle.zipDamaged");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	private static boolean skipped(String path) {
		for (String segment : path.split("/")) {
			if (segment.startsWith(".") || segment.equals("__MACOSX")) {
				return true;
			}
		}
		return false;
	}

	private static byte[] readLimited(InputStream in, long remaining, String name) throws IOException {
		byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, remaining + 1));
		if (bytes.length > remaining) {
			throw new BundleException(name, "bundle.tooLarge", MAX_TOTAL_BYTES >> 20);
		}
		return bytes;
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
