package cn.liangxin.graph.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Lookup of an {@link Aliased} enum by its English name (case-insensitive) or any Chinese
 * alias. One instance per enum, built once, so a lookup is one trim and one hash probe.
 */
public final class Vocabulary<E extends Enum<E> & Aliased> {

	private final Class<E> type;

	private final Map<String, E> byKey;

	private Vocabulary(Class<E> type) {
		this.type = type;
		Map<String, E> map = new HashMap<>();
		for (E value : type.getEnumConstants()) {
			put(map, value.name(), value);
			for (String alias : value.aliases()) {
				put(map, alias, value);
			}
		}
		this.byKey = Collections.unmodifiableMap(map);
	}

	/** The vocabulary of one enum type. */
	public static <E extends Enum<E> & Aliased> Vocabulary<E> of(Class<E> type) {
		return new Vocabulary<>(type);
	}

	private static <E> void put(Map<String, E> map, String text, E value) {
		E previous = map.put(key(text), value);
		if (previous != null && previous != value) {
			throw new IllegalStateException("alias " + text + " is used by " + previous + " and " + value);
		}
	}

	// Upper-casing leaves Chinese untouched, so one key function serves both spellings.
	private static String key(String text) {
		return text.strip().toUpperCase(Locale.ROOT);
	}

	/**
	 * The value spelled by {@code text}, or empty when {@code text} is null or unknown.
	 */
	public Optional<E> find(String text) {
		return (text != null) ? Optional.ofNullable(this.byKey.get(key(text))) : Optional.empty();
	}

	/**
	 * The value spelled by {@code text}; throws {@link IllegalArgumentException} naming
	 * the allowed values.
	 */
	public E parse(String text) {
		return find(text)
			.orElseThrow(() -> new IllegalArgumentException("\"" + text + "\" is not one of " + allowed()));
	}

	/** The values in declaration order, e.g. for a spreadsheet's drop-down list. */
	public List<E> values() {
		return List.of(this.type.getEnumConstants());
	}

	/** The allowed values for messages: {@code PROVINCE (省), CITY (市), …}. */
	public String allowed() {
		return Arrays.stream(this.type.getEnumConstants()).map(Aliased::describe).collect(Collectors.joining(", "));
	}

}
