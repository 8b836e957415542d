package cn.liangxin.graph.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A generated bundle parsed back with a strict RFC 4180 reader, for the tests to query.
 */
record Bundle(Map<String, List<String>> headers, Map<String, List<Map<String, String>>> rows) {

	static Bundle of(Map<String, byte[]> files) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
		files.forEach((file, bytes) -> {
			if (!file.endsWith(".csv")) {
				return; // areas.geojson: see CityGeneratorTests
			}
			List<List<String>> records = parse(new String(bytes, StandardCharsets.UTF_8));
			List<String> header = records.get(0);
			headers.put(file, header);
			List<Map<String, String>> table = new ArrayList<>();
			for (List<String> record : records.subList(1, records.size())) {
				if (record.size() != header.size()) {
					throw new IllegalStateException(
							file + ": " + record.size() + " cells, header has " + header.size());
				}
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					row.put(header.get(i), record.get(i));
				}
				table.add(row);
			}
			rows.put(file, table);
		});
		return new Bundle(headers, rows);
	}

	List<Map<String, String>> file(String name) {
		return rows.get(name);
	}

	List<String> column(String file, String column) {
		return file(file).stream().map(r -> r.get(column)).collect(Collectors.toList());
	}

	Set<String> ids(String file, String column) {
		return Set.copyOf(column(file, column));
	}

	static List<List<String>> parse(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				record.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n') {
				record.add(cell.toString());
				cell.setLength(0);
				records.add(record);
				record = new ArrayList<>();
			}
			else if (c != '\r') {
				cell.append(c);
			}
		}
		if (cell.length() > 0 || !record.isEmpty()) {
			record.add(cell.toString());
			records.add(record);
		}
		return records;
	}
}
