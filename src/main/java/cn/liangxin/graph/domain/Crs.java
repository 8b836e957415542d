package cn.liangxin.graph.domain;

import java.util.List;
import java.util.Optional;

/**
 * The coordinate reference system of a ledger's lat/lon; everything is stored in WGS-84
 * (see {@link Geo}). Ledgers may use the English name (any case) or a Chinese alias; see
 * {@link #find(String)}.
 */
public enum Crs implements Aliased {

	/** GPS coordinates; the default. */
	WGS84("WGS-84"),

	/** The Chinese survey offset used by AMap/Tencent maps (国测局坐标). */
	GCJ02("GCJ-02"),

	/** Baidu's further offset of GCJ-02 (百度坐标). */
	BD09("BD-09");

	private static final Vocabulary<Crs> VOCABULARY = Vocabulary.of(Crs.class);

	private final List<String> aliases;

	Crs(String... aliases) {
		this.aliases = List.of(aliases);
	}

	@Override
	public List<String> aliases() {
		return this.aliases;
	}

	/**
	 * The value spelled by {@code text} (English name or Chinese alias, trimmed), or
	 * empty.
	 */
	public static Optional<Crs> find(String text) {
		return VOCABULARY.find(text);
	}

	/**
	 * Like {@link #find(String)} but throws {@link IllegalArgumentException} naming the
	 * allowed values.
	 */
	public static Crs parse(String text) {
		return VOCABULARY.parse(text);
	}

	/** The vocabulary, for messages that list the allowed values. */
	public static Vocabulary<Crs> vocabulary() {
		return VOCABULARY;
	}

}
