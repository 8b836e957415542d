package cn.liangxin.graph.domain;

import java.util.List;
import java.util.Optional;

/**
 * Registration status of an organization; only ACTIVE ones count in the analytics.
 * Ledgers may use the English name (any case) or a Chinese alias; see
 * {@link #find(String)}.
 */
public enum OrganizationStatus implements Aliased {

	/** Registered and operating (存续). */
	ACTIVE("存续"),

	/** Deregistered (注销). */
	DEREGISTERED("注销");

	private static final Vocabulary<OrganizationStatus> VOCABULARY = Vocabulary.of(OrganizationStatus.class);

	private final List<String> aliases;

	OrganizationStatus(String... aliases) {
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
	public static Optional<OrganizationStatus> find(String text) {
		return VOCABULARY.find(text);
	}

	/**
	 * Like {@link #find(String)} but throws {@link IllegalArgumentException} naming the
	 * allowed values.
	 */
	public static OrganizationStatus parse(String text) {
		return VOCABULARY.parse(text);
	}

	/** The vocabulary, for messages that list the allowed values. */
	public static Vocabulary<OrganizationStatus> vocabulary() {
		return VOCABULARY;
	}

}
