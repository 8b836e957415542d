package cn.liangxin.graph.domain;

import java.util.List;
import java.util.Optional;

/**
 * A tie between two organizations (产业相关、资产相连); the name is the relationship type in the
 * graph. Ledgers may use the English name (any case) or a Chinese alias; see
 * {@link #find(String)}.
 */
public enum TieKind implements Aliased {

	/** The first organization supplies the second (供应). */
	SUPPLIES("供应"),

	/** The first invests in the second (投资), optionally with a share. */
	INVESTS_IN("投资"),

	/** The first is a subsidiary of the second (子公司). */
	SUBSIDIARY_OF("子公司"),

	/** The two cooperate (合作). */
	COOPERATES("合作");

	private static final Vocabulary<TieKind> VOCABULARY = Vocabulary.of(TieKind.class);

	private final List<String> aliases;

	TieKind(String... aliases) {
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
	public static Optional<TieKind> find(String text) {
		return VOCABULARY.find(text);
	}

	/**
	 * Like {@link #find(String)} but throws {@link IllegalArgumentException} naming the
	 * allowed values.
	 */
	public static TieKind parse(String text) {
		return VOCABULARY.parse(text);
	}

	/** The vocabulary, for messages that list the allowed values. */
	public static Vocabulary<TieKind> vocabulary() {
		return VOCABULARY;
	}

}
