package cn.liangxin.graph.domain;

import java.util.List;
import java.util.Optional;

/**
 * Why an organization has no party organization yet (未建党组织原因, the fifth of the 五清).
 * Ledgers may use the English name (any case) or a Chinese alias; see
 * {@link #find(String)}.
 */
public enum NoPartyOrgReason implements Aliased {

	/** No party member works there (无党员). */
	NO_MEMBERS("无党员"),

	/** Fewer than 3 full members (党员不足3人). */
	TOO_FEW_MEMBERS("党员不足3人"),

	/** The owner does not support it (出资人不支持). */
	OWNER_UNSUPPORTIVE("出资人不支持"),

	/** A foreign-invested firm (外资企业). */
	FOREIGN_INVESTED("外资企业"),

	/** The higher party organization has not guided it in time (上级未及时指导). */
	NOT_GUIDED("上级未及时指导"),

	/** A party organization is being set up (正在组建). */
	BEING_BUILT("正在组建"),

	/** Any other reason (其他). */
	OTHER("其他");

	private static final Vocabulary<NoPartyOrgReason> VOCABULARY = Vocabulary.of(NoPartyOrgReason.class);

	private final List<String> aliases;

	NoPartyOrgReason(String... aliases) {
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
	public static Optional<NoPartyOrgReason> find(String text) {
		return VOCABULARY.find(text);
	}

	/**
	 * Like {@link #find(String)} but throws {@link IllegalArgumentException} naming the
	 * allowed values.
	 */
	public static NoPartyOrgReason parse(String text) {
		return VOCABULARY.parse(text);
	}

	/** The vocabulary, for messages that list the allowed values. */
	public static Vocabulary<NoPartyOrgReason> vocabulary() {
		return VOCABULARY;
	}

}
