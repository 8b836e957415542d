package cn.liangxin.graph.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Ledger bundles as the tests that post them over HTTP need them. */
public final class Bundles {

	private Bundles() {
	}

	/** The bundle as a zip body (files in a folder, as people zip them). */
	public static byte[] zip(Map<String, byte[]> files) {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			for (var file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry("bundle/" + file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * The bundle with every organization's name ending in {@code mark}: which of two
	 * bundles is stored, and whether it is stored whole, can then be read from the names.
	 */
	public static Map<String, byte[]> renamed(Map<String, byte[]> bundle, String mark) {
		var result = new LinkedHashMap<>(bundle);
		List<String> lines = TestStore.text(bundle, "organizations.csv").lines().toList();
		int name = List.of(lines.get(0).split(",")).indexOf("name");
		var out = new StringBuilder(lines.get(0)).append('\n');
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", -1);
			cells[name] = cells[name] + mark;
			out.append(String.join(",", cells)).append('\n');
		}
		result.put("organizations.csv", out.toString().getBytes(StandardCharsets.UTF_8));
		return result;
	}

}
