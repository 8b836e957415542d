package cn.liangxin.graph.domain;

import java.util.List;
import java.util.Optional;

/**
 * A person's stage in members.csv: a party member, full or probationary, or one of the
 * three stages of the recruitment pipeline (入党申请人 → 入党积极分子 → 发展对象), which the ledger
 * keeps in the same file. Only {@link #isMember() FULL and PROBATIONARY} are party
 * members: every definition that counts members (docs/domain.md) counts those two and
 * nobody else. Ledgers may use the English name (any case) or a Chinese alias; see
 * {@link #find(String)}.
 */
public enum MemberStatus implements Aliased {

	/** Full member (正式党员). */
	FULL("正式党员", "正式"),

	/** Probationary member (预备党员). */
	PROBATIONARY("预备党员", "预备"),

	/** Applied for membership (入党申请人); not a member. */
	APPLICANT("入党申请人", "申请人"),

	/** Activist under training (入党积极分子); not a member. */
	ACTIVIST("入党积极分子", "积极分子"),

	/** Candidate for admission (发展对象); not a member. */
	CANDIDATE("发展对象");

	private static final Vocabulary<MemberStatus> VOCABULARY = Vocabulary.of(MemberStatus.class);

	private final List<String> aliases;

	MemberStatus(String... aliases) {
		this.aliases = List.of(aliases);
	}

	/** Whether a person at this stage is a party member (FULL or PROBATIONARY). */
	public boolean isMember() {
		return this == FULL || this == PROBATIONARY;
	}

	@Override
	public List<String> aliases() {
		return this.aliases;
	}

	/**
	 * The value spelled by {@code text} (English name or Chinese alias, trimmed), or
	 * empty.
	 */
	public static Optional<MemberStatus> find(String text) {
		return VOCABULARY.find(text);
	}

	/**
	 * Like {@link #find(String)} but throws {@link IllegalArgumentException} naming the
	 * allowed values.
	 */
	public static MemberStatus parse(String text) {
		return VOCABULARY.parse(text);
	}

	/** The vocabulary, for messages that list the allowed values. */
	public static Vocabulary<MemberStatus> vocabulary() {
		return VOCABULARY;
	}

}
