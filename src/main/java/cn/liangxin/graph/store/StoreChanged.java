package cn.liangxin.graph.store;

/**
 * Published after a write to the ledger's data has committed (an import), so that what is kept
 * in memory about the store (the area tree, for one) is read again.
 */
public record StoreChanged() {
}
