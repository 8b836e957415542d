// The dates of the history (docs/domain.md, "History"): every date a ledger was imported for,
// oldest first. The import journal, (:Import {asOf}), is written by the importer (ledger module).
MATCH (i:Import)
RETURN DISTINCT i.asOf AS asOf
ORDER BY asOf;
