package cn.liangxin.graph.domain;

import java.util.List;
import java.util.Optional;

/**
 * The classified rating of a party organization (分类定级), beside its star rating (星级).
 * Ledgers may use the English name (any case) or a Chinese alias; see
 * {@link #find(String)}.
 */
public enum PartyOrgRating implements Aliased {

	/** Advanced (先进). */
	ADVANCED("先进"),

	/** Good (较好). */
	GOOD("较好"),

	/** Average (一般). */
	AVERAGE("一般"),

	/** Lagging or weak and lax (后进/软弱涣散). */
	WEAK("后进/软弱涣散", "后进", "软弱涣散");

	private static final Vocabulary<PartyOrgRating> VOCABULARY = Vocabulary.of(PartyOrgRating.class);

	private final List<String> aliases;

	PartyOrgRating(String... aliases) {
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
	public static Optional<PartyOrgRating> find(String text) {
		return VOCABULARY.find(text);
	}

	/**
	 * Like {@link #find(String)} but throws {@link IllegalArgumentException} naming the
	 * allowed values.
	 */
	public static PartyOrgRating parse(String text) {
		return VOCABULARY.parse(text);
	}

	/** The vocabulary, for messages that list the allowed values. */
	public static Vocabulary<PartyOrgRating> vocabulary() {
		return VOCABULARY;
	}

}
