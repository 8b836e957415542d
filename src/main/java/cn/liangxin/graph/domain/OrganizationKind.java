package cn.liangxin.graph.domain;

import java.util.List;
import java.util.Optional;

/**
 * The kind of a 两新组织: a non-public enterprise, a social organization or an individual
 * business. Ledgers may use the English name (any case) or a Chinese alias; see
 * {@link #find(String)}.
 */
public enum OrganizationKind implements Aliased {

	/** Non-public enterprise (非公企业). */
	ENTERPRISE("非公企业", "企业"),

	/** Social organization (社会组织). */
	SOCIAL_ORGANIZATION("社会组织"),

	/** Individual business (个体工商户). */
	INDIVIDUAL_BUSINESS("个体工商户", "个体户");

	private static final Vocabulary<OrganizationKind> VOCABULARY = Vocabulary.of(OrganizationKind.class);

	private final List<String> aliases;

	OrganizationKind(String... aliases) {
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
	public static Optional<OrganizationKind> find(String text) {
		return VOCABULARY.find(text);
	}

	/**
	 * Like {@link #find(String)} but throws {@link IllegalArgumentException} naming the
	 * allowed values.
	 */
	public static OrganizationKind parse(String text) {
		return VOCABULARY.parse(text);
	}

	/** The vocabulary, for messages that list the allowed values. */
	public static Vocabulary<OrganizationKind> vocabulary() {
		return VOCABULARY;
	}

}
