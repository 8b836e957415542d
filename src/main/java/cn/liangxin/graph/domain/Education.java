package cn.liangxin.graph.domain;

import java.util.List;
import java.util.Optional;

/**
 * Highest education of a party member. Ledgers may use the English name (any case) or a
 * Chinese alias; see {@link #find(String)}.
 */
public enum Education implements Aliased {

	/** Below junior college (大专以下). */
	BELOW_COLLEGE("大专以下"),

	/** Junior college (大专). */
	COLLEGE("大专"),

	/** Bachelor (本科). */
	BACHELOR("本科"),

	/** Master or doctorate (研究生). */
	POSTGRADUATE("研究生");

	private static final Vocabulary<Education> VOCABULARY = Vocabulary.of(Education.class);

	private final List<String> aliases;

	Education(String... aliases) {
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
	public static Optional<Education> find(String text) {
		return VOCABULARY.find(text);
	}

	/**
	 * Like {@link #find(String)} but throws {@link IllegalArgumentException} naming the
	 * allowed values.
	 */
	public static Education parse(String text) {
		return VOCABULARY.parse(text);
	}

	/** The vocabulary, for messages that list the allowed values. */
	public static Vocabulary<Education> vocabulary() {
		return VOCABULARY;
	}

}
