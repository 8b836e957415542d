package cn.liangxin.graph.domain;

import java.util.List;
import java.util.Optional;

/**
 * Whether a party member is a full or a probationary member.
 * Ledgers may use the English name (any case) or a Chinese alias; see {@link #find(String)}.
 */
public enum MemberStatus implements Aliased {

	/** Full member (正式党员). */
	FULL("正式党员", "正式"),

	/** Probationary member (预备党员). */
	PROBATIONARY("预备党员", "预备");

	private static final Vocabulary<MemberStatus> VOCABULARY = Vocabulary.of(MemberStatus.class);

	private final List<String> aliases;

	MemberStatus(String... aliases) {
		this.aliases = List.of(aliases);
	}

	@Override
	public List<String> aliases() {
		return this.aliases;
	}

	/** The value spelled by {@code text} (English name or Chinese alias, trimmed), or empty. */
	public static Optional<MemberStatus> find(String text) {
		return VOCABULARY.find(text);
	}

	/** Like {@link #find(String)} but throws {@link IllegalArgumentException} naming the allowed values. */
	public static MemberStatus parse(String text) {
		return VOCABULARY.parse(text);
	}

	/** The vocabulary, for messages that list the allowed values. */
	public static Vocabulary<MemberStatus> vocabulary() {
		return VOCABULARY;
	}
}
