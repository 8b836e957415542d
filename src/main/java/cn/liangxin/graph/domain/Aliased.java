package cn.liangxin.graph.domain;

import java.util.List;

/**
 * A vocabulary value that ledgers may spell in English or in Chinese: {@link #aliases()}
 * are the Chinese spellings accepted by the ledger format (docs/ledger-format.md), the
 * first one being the usual label.
 */
public interface Aliased {

	/** The enum constant's English name, e.g. {@code DISTRICT}. */
	String name();

	/** The accepted Chinese spellings, the usual label first; may be empty. */
	List<String> aliases();

	/** {@code DISTRICT (区)}, the form used in messages listing the allowed values. */
	default String describe() {
		return aliases().isEmpty() ? name() : name() + " (" + aliases().get(0) + ")";
	}

}
