package cn.liangxin.graph.domain;

import java.util.List;
import java.util.Optional;

/**
 * The economic type of an organization (经济类型). Ledgers may use the English name (any
 * case) or a Chinese alias; see {@link #find(String)}.
 */
public enum Ownership implements Aliased {

	/** Private (私营). */
	PRIVATE("私营"),

	/** Foreign-invested (外资). */
	FOREIGN("外资"),

	/** Hong Kong, Macao or Taiwan invested (港澳台). */
	HK_MACAO_TAIWAN("港澳台"),

	/** Collective (集体). */
	COLLECTIVE("集体"),

	/** Any other type (其他). */
	OTHER("其他");

	private static final Vocabulary<Ownership> VOCABULARY = Vocabulary.of(Ownership.class);

	private final List<String> aliases;

	Ownership(String... aliases) {
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
	public static Optional<Ownership> find(String text) {
		return VOCABULARY.find(text);
	}

	/**
	 * Like {@link #find(String)} but throws {@link IllegalArgumentException} naming the
	 * allowed values.
	 */
	public static Ownership parse(String text) {
		return VOCABULARY.parse(text);
	}

	/** The vocabulary, for messages that list the allowed values. */
	public static Vocabulary<Ownership> vocabulary() {
		return VOCABULARY;
	}

}
