package cn.liangxin.graph.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

/**
 * A date of the history (docs/domain.md, "History"): the ledgers imported for it, in
 * import order.
 */
public record Period(LocalDate asOf, List<Import> imports) {

	/**
	 * One journaled import.
	 *
	 * @param seq its place among the imports of its date, from 1
	 * @param userArea the importer's area (null: an ADMIN's), which bounds an UPSERT
	 * @param areaCode a SNAPSHOT's area
	 * @param files rows per file
	 */
	public record Import(String id, LocalDate asOf, int seq, OffsetDateTime at, String user, ImportOptions.Mode mode,
			@Nullable String areaCode, @Nullable String userArea, Map<String, Integer> files, int rows) {
	}

	static Import importOf(Record r) {
		Map<String, Integer> files = new LinkedHashMap<>();
		List<String> names = r.get("files").asList(v -> v.asString());
		List<Integer> rows = r.get("fileRows").asList(v -> v.asInt());
		for (int i = 0; i < names.size(); i++) {
			files.put(names.get(i), rows.get(i));
		}
		return new Import(r.get("id").asString(), r.get("asOf").asLocalDate(), r.get("seq").asInt(),
				r.get("at").asOffsetDateTime(), r.get("user").asString(),
				ImportOptions.Mode.valueOf(r.get("mode").asString()),
				r.get("areaCode").isNull() ? null : r.get("areaCode").asString(),
				r.get("userArea").isNull() ? null : r.get("userArea").asString(), files, r.get("rows").asInt());
	}

}
