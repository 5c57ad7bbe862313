-- Hardening of accounts (issue #11): login lockout, idempotency keys per account, and the
-- audit log of mutations.

-- Lockout. A login refused because its username is locked is recorded too (success = 0,
-- locked = 1), so that securityMetrics counts it; it does not count towards the next lockout.
ALTER TABLE auth_events ADD COLUMN locked INTEGER NOT NULL DEFAULT 0;
-- The failures of one username since its last success or lockout are read on every login.
CREATE INDEX auth_events_username ON auth_events (username, id);

-- Every lockout, append-only: a username's latest row is its current one. Usernames that
-- belong to no account are locked the same way, so that a lockout reveals nothing.
CREATE TABLE auth_lockouts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT NOT NULL,
    locked_at     INTEGER NOT NULL,
    locked_until  INTEGER NOT NULL,
    -- The auth_events id of the failure that locked it: failures up to it are spent.
    last_event_id INTEGER NOT NULL
);
CREATE INDEX auth_lockouts_username ON auth_lockouts (username, id);
CREATE INDEX auth_lockouts_locked_at ON auth_lockouts (locked_at);

-- Idempotency keys belong to the account that sent the claim (the owner, or an admin on the
-- owner's behalf): one account's key neither blocks nor reveals another's. SQLite cannot drop
-- the old column's global UNIQUE, so the ledger is rebuilt (no trigger, view or foreign key
-- refers to it). Existing entries were sent by their owner as far as anyone knows.
CREATE TABLE ledger_scoped (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    id              TEXT NOT NULL UNIQUE,
    account_id      TEXT NOT NULL REFERENCES users (id),
    server_id       TEXT REFERENCES servers (id),
    kind            TEXT NOT NULL CHECK (kind IN ('claim', 'spend')),
    amount          REAL NOT NULL,
    period_end      INTEGER,
    idempotency_key TEXT,
    -- Who sent the request that made the entry; the scope of its idempotency key.
    requested_by    TEXT,
    created_at      INTEGER NOT NULL,
    UNIQUE (requested_by, idempotency_key)
);
INSERT INTO ledger_scoped
    (seq, id, account_id, server_id, kind, amount, period_end, idempotency_key, requested_by, created_at)
SELECT seq, id, account_id, server_id, kind, amount, period_end, idempotency_key, account_id, created_at
FROM ledger;
DROP TABLE ledger;
ALTER TABLE ledger_scoped RENAME TO ledger;
CREATE INDEX ledger_server ON ledger (server_id, created_at);
CREATE INDEX ledger_account ON ledger (account_id, created_at);
CREATE INDEX ledger_created ON ledger (created_at);

-- One row per executed mutation made by an account (src/server/api/audit.rs): who, which
-- root field, the ids it targeted, the request id, the outcome and when. No arguments other
-- than ids are kept, so no secret can land here; every text is capped by the writer. No
-- foreign key: the trail outlives the accounts it names.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at  INTEGER NOT NULL,
    -- NULL for an anonymous caller.
    account_id  TEXT,
    username    TEXT,
    operation   TEXT NOT NULL,
    -- A JSON array of the id arguments (serverId, userId, id, ...), in argument order.
    target_ids  TEXT NOT NULL DEFAULT '[]',
    request_id  TEXT,
    -- 'OK', or the error code the mutation failed with (AUTH_001, VAL_001, ...).
    result      TEXT NOT NULL
);
CREATE INDEX audit_log_created ON audit_log (created_at);
CREATE INDEX audit_log_account ON audit_log (account_id, created_at);
CREATE INDEX audit_log_operation ON audit_log (operation, created_at);
