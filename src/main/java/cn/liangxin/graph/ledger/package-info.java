/**
 * Ledger bundles (docs/ledger-format.md). The pure part:
 * {@link cn.liangxin.graph.ledger.BundleFiles} opens a zip or folder,
 * {@link cn.liangxin.graph.ledger.LedgerParser} reads and validates it into a
 * {@link cn.liangxin.graph.ledger.LedgerBundle} plus every
 * {@link cn.liangxin.graph.ledger.LedgerError}, asking the store only through
 * {@link cn.liangxin.graph.ledger.KnownIds}. The import writer builds on it.
 */
package cn.liangxin.graph.ledger;
