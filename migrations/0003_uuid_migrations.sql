-- UUID migrations (migrateUserUuids, src/server/store/uuids.rs).
--
-- A call of migrateUserUuids is a run. Its scope is 'all' or a digest of the requested user ids;
-- a run stays RUNNING until the call returns, so that a call with the same scope after a crash
-- (or a kill) resumes it instead of starting over.
CREATE TABLE uuid_migration_runs (
    id          TEXT PRIMARY KEY,
    scope       TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('RUNNING', 'FINISHED')),
    created_at  INTEGER NOT NULL,
    finished_at INTEGER
);
CREATE INDEX uuid_migration_runs_scope ON uuid_migration_runs (scope, status);

-- The backup: one row per user and attempt, written in the same transaction as the batch that
-- changed the user (MIGRATED), or after its rollback (FAILED, ROLLED_BACK: nothing changed).
-- old_uuid is what to restore by hand should a migration have to be undone.
CREATE TABLE uuid_migrations (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    migration_id TEXT NOT NULL REFERENCES uuid_migration_runs (id),
    user_id      TEXT NOT NULL,
    old_uuid     TEXT NOT NULL,
    new_uuid     TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('MIGRATED', 'FAILED', 'ROLLED_BACK')),
    created_at   INTEGER NOT NULL
);
CREATE INDEX uuid_migrations_run_user ON uuid_migrations (migration_id, user_id);

-- Users by UUID, case-insensitively (the hyphenated form is accepted in either case): holders
-- of a UUID and the uniqueness check of a batch's new UUIDs are index lookups.
CREATE INDEX users_vpn_uuid ON users (lower(vpn_uuid));

-- A counter that changes whenever a protocol configuration may have changed. A migration indexes
-- the configurations by the UUIDs they reference once and checks, in each batch's transaction,
-- that the counter is still the one its index was built at; otherwise it rebuilds the index.
-- A later migration that rebuilds server_protocols must recreate these triggers.
CREATE TABLE protocol_config_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO protocol_config_version (id, version) VALUES (1, 0);

CREATE TRIGGER server_protocols_version_insert AFTER INSERT ON server_protocols
BEGIN
    UPDATE protocol_config_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER server_protocols_version_update AFTER UPDATE OF type, config ON server_protocols
BEGIN
    UPDATE protocol_config_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER server_protocols_version_delete AFTER DELETE ON server_protocols
BEGIN
    UPDATE protocol_config_version SET version = version + 1 WHERE id = 1;
END;
