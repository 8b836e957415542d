package cn.liangxin.graph.domain;

import java.util.List;
import java.util.Optional;

/**
 * An administrative level of an area (行政区划层级), from province down to community. Ledgers
 * may use the English name (any case) or a Chinese alias; see {@link #find(String)}.
 */
public enum AreaLevel implements Aliased {

	/** Province (省). */
	PROVINCE("省"),

	/** City (市). */
	CITY("市"),

	/** District or county (区/县). */
	DISTRICT("区", "县", "区/县"),

	/** Street, township or town (街道/乡镇). */
	STREET("街道", "乡镇", "乡", "镇", "街道/乡镇"),

	/** Community or village (社区/村). */
	COMMUNITY("社区", "村", "社区/村");

	private static final Vocabulary<AreaLevel> VOCABULARY = Vocabulary.of(AreaLevel.class);

	private final List<String> aliases;

	AreaLevel(String... aliases) {
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
	public static Optional<AreaLevel> find(String text) {
		return VOCABULARY.find(text);
	}

	/**
	 * Like {@link #find(String)} but throws {@link IllegalArgumentException} naming the
	 * allowed values.
	 */
	public static AreaLevel parse(String text) {
		return VOCABULARY.parse(text);
	}

	/** The vocabulary, for messages that list the allowed values. */
	public static Vocabulary<AreaLevel> vocabulary() {
		return VOCABULARY;
	}

}
