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

}
