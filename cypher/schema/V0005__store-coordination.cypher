// What several service instances on one store coordinate through (store.ImportLock, store.StoreVersion):
// one (:ImportLock {id: 'import'}) lease and one (:StoreVersion {id: 'store'}) token.
CREATE CONSTRAINT import_lock_id IF NOT EXISTS FOR (n:ImportLock) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT store_version_id IF NOT EXISTS FOR (n:StoreVersion) REQUIRE n.id IS UNIQUE;
// One record per applied schema version, even when instances start together (store.SchemaMigrations).
CREATE CONSTRAINT schema_version_version IF NOT EXISTS FOR (n:__SchemaVersion) REQUIRE n.version IS UNIQUE;
