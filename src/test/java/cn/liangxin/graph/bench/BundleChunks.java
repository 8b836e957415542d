package cn.liangxin.graph.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a bundle into bundles of at most {@code rows} data rows each, file by file in
 * reference order, each chunk with its file's header. A chunk's references point to its
 * own rows or to rows of earlier chunks, which are in the store by then. Files of the
 * generator have no quoted line breaks, so a line is a row.
 */
final class BundleChunks {

	/** The files in the order their references need. */
	static final List<String> ORDER = List.of("areas.csv", "parks.csv", "buildings.csv", "organizations.csv",
			"party_orgs.csv", "party_org_units.csv", "members.csv", "officers.csv", "officer_assignments.csv",
			"org_links.csv");

	private BundleChunks() {
	}

	static List<Map<String, byte[]>> split(Map<String, byte[]> bundle, int rows) {
		List<Map<String, byte[]>> chunks = new ArrayList<>();
		Map<String, byte[]> current = new LinkedHashMap<>();
		int inCurrent = 0;
		for (String file : ORDER) {
			if (!bundle.containsKey(file)) {
				continue;
			}
			String[] lines = new String(bundle.get(file), StandardCharsets.UTF_8).split("\n");
			String header = lines[0];
			int from = 1;
			while (from < lines.length) {
				int take = Math.min(lines.length - from, rows - inCurrent);
				if (take == 0) {
					chunks.add(current);
					current = new LinkedHashMap<>();
					inCurrent = 0;
					continue;
				}
				// A link file replaces each owner's links: never split one owner's rows
				// over two chunks.
				int to = from + take;
				if (to < lines.length && file.contains("_")) {
					while (to > from + 1 && owner(lines[to - 1]).equals(owner(lines[to]))) {
						to--;
					}
				}
				var text = new StringBuilder(header).append('\n');
				for (int i = from; i < to; i++) {
					text.append(lines[i]).append('\n');
				}
				current.put(file, text.toString().getBytes(StandardCharsets.UTF_8));
				inCurrent += to - from;
				from = to;
				if (from < lines.length) {
					chunks.add(current);
					current = new LinkedHashMap<>();
					inCurrent = 0;
				}
			}
		}
		if (!current.isEmpty()) {
			chunks.add(current);
		}
		// organizations.csv is required in every bundle: chunks without one carry an
		// empty one.
		for (Map<String, byte[]> chunk : chunks) {
			if (!chunk.containsKey("organizations.csv")) {
				String header = new String(bundle.get("organizations.csv"), StandardCharsets.UTF_8).split("\n")[0];
				chunk.put("organizations.csv", (header + "\n").getBytes(StandardCharsets.UTF_8));
			}
		}
		return chunks;
	}

	private static String owner(String line) {
		int comma = line.indexOf(',');
		return comma < 0 ? line : line.substring(0, comma);
	}

}
