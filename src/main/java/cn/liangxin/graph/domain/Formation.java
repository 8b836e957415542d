package cn.liangxin.graph.domain;

import java.util.List;
import java.util.Optional;

/**
 * How a party organization was formed (组建方式). Ledgers may use the English name (any case)
 * or a Chinese alias; see {@link #find(String)}.
 */
public enum Formation implements Aliased {

	/** Set up by a single unit (单独组建). */
	STANDALONE("单独组建"),

	/** Several small units together (联合组建). */
	JOINT("联合组建"),

	/** Attached to a community or park organization (挂靠组建). */
	AFFILIATED("挂靠组建"),

	/** A park, street or sector committee that leads others (区域/行业统筹). */
	AREA("区域/行业统筹", "区域统筹", "行业统筹");

	private static final Vocabulary<Formation> VOCABULARY = Vocabulary.of(Formation.class);

	private final List<String> aliases;

	Formation(String... aliases) {
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
	public static Optional<Formation> find(String text) {
		return VOCABULARY.find(text);
	}

	/**
	 * Like {@link #find(String)} but throws {@link IllegalArgumentException} naming the
	 * allowed values.
	 */
	public static Formation parse(String text) {
		return VOCABULARY.parse(text);
	}

	/** The vocabulary, for messages that list the allowed values. */
	public static Vocabulary<Formation> vocabulary() {
		return VOCABULARY;
	}

}
