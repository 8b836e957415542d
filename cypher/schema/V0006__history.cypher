// Quarterly history (docs/adr/0004, docs/domain.md "History"): every import is journaled as an
// (:Import) with the date its ledger describes; the versions it opened carry its id, so a revert
// finds them by index.
CREATE CONSTRAINT import_id IF NOT EXISTS FOR (n:Import) REQUIRE n.id IS UNIQUE;
CREATE INDEX import_as_of IF NOT EXISTS FOR (n:Import) ON (n.asOf);
CREATE INDEX version_import IF NOT EXISTS FOR ()-[w:WAS]-() ON (w.importId);
