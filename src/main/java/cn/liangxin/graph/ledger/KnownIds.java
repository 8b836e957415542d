package cn.liangxin.graph.ledger;

import java.util.Set;

/**
 * The store's answer to "which of these ids already exist": references that do not
 * resolve inside the bundle are looked up here, once per {@link IdKind}.
 */
@FunctionalInterface
public interface KnownIds {

	/** An empty store: every reference must resolve inside the bundle. */
	KnownIds NONE = (kind, ids) -> Set.of();

	/**
	 * The subset of {@code ids} (never empty when called) that exist in the store as
	 * {@code kind}.
	 */
	Set<String> existing(IdKind kind, Set<String> ids);

	/**
	 * Called once the parser has read every file of the bundle, before its first
	 * {@link #existing} question, saying whether the bundle had errors of its own: where
	 * the importer takes the store-wide import lock, so a bundle refused for what it
	 * holds (a limit passed while reading, bad rows) neither waits for nor holds that
	 * lock.
	 */
	default void bundleRead(boolean errors) {
	}

}
