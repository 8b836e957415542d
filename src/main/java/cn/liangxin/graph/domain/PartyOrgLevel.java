package cn.liangxin.graph.domain;

import java.util.List;
import java.util.Optional;

/**
 * Level of a party organization. Ledgers may use the English name (any case) or a Chinese
 * alias; see {@link #find(String)}.
 */
public enum PartyOrgLevel implements Aliased {

	/** Party committee (党委). */
	COMMITTEE("党委"),

	/** General branch (党总支). */
	GENERAL_BRANCH("党总支", "总支"),

	/** Branch (党支部). */
	BRANCH("党支部", "支部");

	private static final Vocabulary<PartyOrgLevel> VOCABULARY = Vocabulary.of(PartyOrgLevel.class);

	private final List<String> aliases;

	PartyOrgLevel(String... aliases) {
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
	public static Optional<PartyOrgLevel> find(String text) {
		return VOCABULARY.find(text);
	}

	/**
	 * Like {@link #find(String)} but throws {@link IllegalArgumentException} naming the
	 * allowed values.
	 */
	public static PartyOrgLevel parse(String text) {
		return VOCABULARY.parse(text);
	}

	/** The vocabulary, for messages that list the allowed values. */
	public static Vocabulary<PartyOrgLevel> vocabulary() {
		return VOCABULARY;
	}

}
