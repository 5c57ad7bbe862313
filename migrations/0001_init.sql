-- The platform's store. Times are unix seconds (INTEGER) so that the SQL stays portable to
-- Postgres (BIGINT) without date-function dialects; money is REAL tokens in an append-only ledger.

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('USER', 'OPERATOR', 'ADMIN')),
    user_type     TEXT NOT NULL CHECK (user_type IN ('FREE', 'PREMIUM', 'ADMIN')),
    -- The user's VLESS/REALITY client id, referenced by protocol configurations.
    vpn_uuid      TEXT NOT NULL,
    created_at    INTEGER NOT NULL
);

CREATE TABLE servers (
    id                 TEXT PRIMARY KEY,
    owner_id           TEXT NOT NULL REFERENCES users (id),
    host_name          TEXT NOT NULL UNIQUE,
    public_ip          TEXT NOT NULL,
    location           TEXT NOT NULL,
    maintenance        INTEGER NOT NULL DEFAULT 0,
    mining_enabled     INTEGER NOT NULL DEFAULT 0,
    -- Operator's rate multiplier (configureMiningSettings).
    rate_multiplier    REAL NOT NULL DEFAULT 1.0,
    minimum_claim      REAL,
    settings           TEXT NOT NULL DEFAULT '{}',
    -- Latest heartbeat, kept beside the server so that listing pages needs no scan of metrics.
    last_heartbeat     INTEGER,
    cpu_usage          REAL,
    memory_usage       REAL,
    network_speed      REAL,
    active_connections INTEGER NOT NULL DEFAULT 0,
    latency_ms         REAL,
    performance_score  REAL NOT NULL DEFAULT 0,
    mining_rate        REAL NOT NULL DEFAULT 0,
    created_at         INTEGER NOT NULL
);
CREATE INDEX servers_location ON servers (location);
CREATE INDEX servers_owner ON servers (owner_id);

CREATE TABLE server_protocols (
    id          TEXT PRIMARY KEY,
    server_id   TEXT NOT NULL REFERENCES servers (id),
    type        TEXT NOT NULL CHECK (type IN ('VLESS', 'REALITY', 'WIREGUARD', 'OPENCONNECT')),
    port        INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
    enabled     INTEGER NOT NULL DEFAULT 1,
    config      TEXT NOT NULL DEFAULT '{}',
    connections INTEGER NOT NULL DEFAULT 0,
    UNIQUE (server_id, type),
    UNIQUE (server_id, port)
);

-- Heartbeat samples. One row per server per report.
CREATE TABLE metrics (
    server_id    TEXT NOT NULL REFERENCES servers (id),
    ts           INTEGER NOT NULL,
    cpu          REAL NOT NULL,
    memory       REAL NOT NULL,
    network_in   REAL NOT NULL,
    network_out  REAL NOT NULL,
    connections  INTEGER NOT NULL,
    latency_ms   REAL NOT NULL,
    error_rate   REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (server_id, ts)
);
CREATE INDEX metrics_ts ON metrics (ts);

CREATE TABLE sessions (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id),
    server_id   TEXT NOT NULL REFERENCES servers (id),
    protocol    TEXT NOT NULL,
    started_at  INTEGER NOT NULL,
    ended_at    INTEGER,
    data_gb     REAL NOT NULL DEFAULT 0,
    upload_mbps REAL NOT NULL DEFAULT 0,
    download_mbps REAL NOT NULL DEFAULT 0,
    latency_ms  REAL NOT NULL DEFAULT 0,
    -- The user's 1-5 feedback on the session, when given.
    rating      INTEGER CHECK (rating BETWEEN 1 AND 5)
);
CREATE INDEX sessions_user ON sessions (user_id, started_at);
CREATE INDEX sessions_server ON sessions (server_id, started_at);
CREATE INDEX sessions_started ON sessions (started_at);

CREATE TABLE mining_activities (
    id         TEXT PRIMARY KEY,
    server_id  TEXT NOT NULL REFERENCES servers (id),
    started_at INTEGER NOT NULL,
    stopped_at INTEGER
);
CREATE INDEX mining_activities_server ON mining_activities (server_id, started_at);

-- Append-only: rows are never updated or deleted. Balances are sums over it.
-- kind: 'claim' pays an operator for a server; 'spend' is a user's spending.
CREATE TABLE ledger (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    id              TEXT NOT NULL UNIQUE,
    account_id      TEXT NOT NULL REFERENCES users (id),
    server_id       TEXT REFERENCES servers (id),
    kind            TEXT NOT NULL CHECK (kind IN ('claim', 'spend')),
    amount          REAL NOT NULL,
    -- The period a claim pays for, so that accrual restarts after it.
    period_end      INTEGER,
    idempotency_key TEXT UNIQUE,
    created_at      INTEGER NOT NULL
);
CREATE INDEX ledger_server ON ledger (server_id, created_at);
CREATE INDEX ledger_account ON ledger (account_id, created_at);
CREATE INDEX ledger_created ON ledger (created_at);

CREATE TABLE auth_tokens (
    token_hash  TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id),
    kind        TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
    -- Access and refresh tokens issued together share a family, revoked together.
    family      TEXT NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER,
    created_at  INTEGER NOT NULL
);
CREATE INDEX auth_tokens_family ON auth_tokens (family);

CREATE TABLE auth_events (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    username   TEXT NOT NULL,
    success    INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX auth_events_created ON auth_events (created_at);
