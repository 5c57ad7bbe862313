-- The whole schema on PostgreSQL (issue #18), as SQLite's migrations 0001-0019 leave it. A
-- PostgreSQL platform starts empty, so it needs no history of steps: it starts at version 19,
-- and from here on both engines take each new migration under the same version number.
--
-- The same data in the same shape, so that one set of store SQL serves both engines:
--   * every INTEGER is BIGINT (SQLite's integers are 64-bit; money is micro-tokens in them),
--     every REAL is DOUBLE PRECISION, flags stay 0/1 integers;
--   * AUTOINCREMENT keys are identity columns, which never reuse a value either. Unlike
--     SQLite's, a refused insert uses a value up (ids may have gaps), and a row inserted with
--     an explicit id does not move the sequence on: a copy that writes ids must set it after;
--   * SQLite's `typeof(x) = 'integer'` checks are the column type itself here, and a sum that
--     overflows BIGINT is an error, not a float. (A float parameter bound to a BIGINT column
--     would be rounded by PostgreSQL's assignment cast where SQLite's check refuses it: the
--     store binds money as integer micro-tokens only, never as floats.)
--   * COLLATE NOCASE lookups are an index on lower(...);
--   * SQLite's triggers are PL/pgSQL functions that fire on the same events and columns and
--     do the same arithmetic for each row in the same order. Integer totals are equal. A float
--     total is equal too when it adds one row's values at a time (metrics_running,
--     metrics_server_totals); sessions_hourly's recount uses SUM, which SQLite compensates and
--     PostgreSQL does not, and a statement that writes many rows may visit them in another
--     order, so those floats may differ in their last bits.
--   * SQLite has one writer at a time; PostgreSQL has many. The totals of metrics and
--     sessions are read and then written, so their writers take turns on one
--     transaction-scoped advisory lock, `totals_turn()`, held until the transaction ends.
--     One lock cannot deadlock with itself. But a transaction that already holds a row another
--     writer needs (of any table, taken by an earlier statement) and then waits for the turn
--     can deadlock with that writer. So the rule, for the store: a transaction that writes
--     metrics or sessions calls totals_turn() first, before it reads or changes anything, as
--     BEGIN IMMEDIATE does on SQLite (which also keeps out the reads before the first write:
--     a look-up-then-insert needs the turn first to be safe). The BEFORE ... FOR EACH
--     STATEMENT triggers below take the turn for any statement that writes either table and
--     has not; they keep the totals right, not the rule above.
--     A recount made after the wait sees what the other writer committed only under READ
--     COMMITTED (a statement's snapshot is taken when it starts): the store must use that
--     isolation level for these writes. The other totals are single rows that UPDATE or
--     upsert locks.

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('USER', 'OPERATOR', 'ADMIN')),
    user_type     TEXT NOT NULL CHECK (user_type IN ('FREE', 'PREMIUM', 'ADMIN')),
    -- The user's VLESS/REALITY client id, referenced by protocol configurations.
    vpn_uuid      TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    disabled_at   BIGINT,
    deleted_at    BIGINT
);
CREATE INDEX users_role ON users (role, created_at);
CREATE INDEX users_username_nocase ON users (lower(username));

CREATE TABLE servers (
    id                 TEXT PRIMARY KEY,
    owner_id           TEXT NOT NULL REFERENCES users (id),
    host_name          TEXT NOT NULL UNIQUE,
    public_ip          TEXT NOT NULL,
    location           TEXT NOT NULL,
    maintenance        BIGINT NOT NULL DEFAULT 0,
    mining_enabled     BIGINT NOT NULL DEFAULT 0,
    -- Operator's rate multiplier (configureMiningSettings).
    rate_multiplier    DOUBLE PRECISION NOT NULL DEFAULT 1.0,
    minimum_claim      DOUBLE PRECISION,
    settings           TEXT NOT NULL DEFAULT '{}',
    -- Latest heartbeat, kept beside the server so that listing pages needs no scan of metrics.
    last_heartbeat     BIGINT,
    cpu_usage          DOUBLE PRECISION,
    memory_usage       DOUBLE PRECISION,
    network_speed      DOUBLE PRECISION,
    active_connections BIGINT NOT NULL DEFAULT 0,
    latency_ms         DOUBLE PRECISION,
    performance_score  DOUBLE PRECISION NOT NULL DEFAULT 0,
    mining_rate        DOUBLE PRECISION NOT NULL DEFAULT 0,
    created_at         BIGINT NOT NULL,
    capacity           BIGINT NOT NULL DEFAULT 1000 CHECK (capacity BETWEEN 1 AND 1000000),
    decommissioned_at  BIGINT
);
CREATE INDEX servers_location ON servers (location);
CREATE INDEX servers_owner ON servers (owner_id);

CREATE TABLE server_protocols (
    id          TEXT PRIMARY KEY,
    server_id   TEXT NOT NULL REFERENCES servers (id),
    type        TEXT NOT NULL CHECK (type IN ('VLESS', 'REALITY', 'WIREGUARD', 'OPENCONNECT')),
    port        BIGINT NOT NULL CHECK (port BETWEEN 1 AND 65535),
    enabled     BIGINT NOT NULL DEFAULT 1,
    config      TEXT NOT NULL DEFAULT '{}',
    connections BIGINT NOT NULL DEFAULT 0,
    UNIQUE (server_id, type),
    UNIQUE (server_id, port)
);

-- Heartbeat samples: one row per server per report, or per hour once rolled up (`samples`
-- samples, their sums).
CREATE TABLE metrics (
    server_id    TEXT NOT NULL REFERENCES servers (id),
    ts           BIGINT NOT NULL,
    cpu          DOUBLE PRECISION NOT NULL,
    memory       DOUBLE PRECISION NOT NULL,
    network_in   DOUBLE PRECISION NOT NULL,
    network_out  DOUBLE PRECISION NOT NULL,
    connections  BIGINT NOT NULL,
    latency_ms   DOUBLE PRECISION NOT NULL,
    error_rate   DOUBLE PRECISION NOT NULL DEFAULT 0,
    samples      BIGINT NOT NULL DEFAULT 1,
    PRIMARY KEY (server_id, ts)
);
CREATE INDEX metrics_ts ON metrics (ts);

CREATE TABLE sessions (
    id             TEXT PRIMARY KEY,
    user_id        TEXT NOT NULL REFERENCES users (id),
    server_id      TEXT NOT NULL REFERENCES servers (id),
    protocol       TEXT NOT NULL,
    started_at     BIGINT NOT NULL,
    ended_at       BIGINT,
    data_gb        DOUBLE PRECISION NOT NULL DEFAULT 0,
    upload_mbps    DOUBLE PRECISION NOT NULL DEFAULT 0,
    download_mbps  DOUBLE PRECISION NOT NULL DEFAULT 0,
    latency_ms     DOUBLE PRECISION NOT NULL DEFAULT 0,
    -- The user's 1-5 feedback on the session, when given.
    rating         BIGINT CHECK (rating BETWEEN 1 AND 5),
    bytes_in       BIGINT CHECK (bytes_in >= 0),
    bytes_out      BIGINT CHECK (bytes_out >= 0),
    event_id       TEXT,
    rating_comment TEXT,
    rated_at       BIGINT
);
CREATE INDEX sessions_server ON sessions (server_id, started_at);
CREATE INDEX sessions_ended ON sessions (ended_at, started_at, user_id);
CREATE INDEX sessions_started_data ON sessions (started_at, data_gb);
CREATE INDEX sessions_user_span ON sessions (user_id, started_at, ended_at);
CREATE INDEX sessions_user_data ON sessions (user_id, started_at, data_gb, ended_at);
CREATE UNIQUE INDEX sessions_server_event ON sessions (server_id, event_id);

CREATE TABLE mining_activities (
    id         TEXT PRIMARY KEY,
    server_id  TEXT NOT NULL REFERENCES servers (id),
    started_at BIGINT NOT NULL,
    stopped_at BIGINT
);
CREATE INDEX mining_activities_server ON mining_activities (server_id, started_at);
CREATE INDEX mining_activities_open ON mining_activities (server_id, started_at)
    WHERE stopped_at IS NULL;

CREATE TABLE auth_sessions (
    id           TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users (id),
    -- What the client called itself at login (capped and printable), or NULL.
    client_name  TEXT,
    created_at   BIGINT NOT NULL,
    -- Updated at most once a minute (see store::auth), so a busy client costs no write per request.
    last_used_at BIGINT NOT NULL,
    -- When its current refresh token expires: a session past it is over without a revocation.
    expires_at   BIGINT NOT NULL,
    revoked_at   BIGINT
);
CREATE INDEX auth_sessions_user ON auth_sessions (user_id, created_at);

CREATE TABLE auth_tokens (
    token_hash  TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id),
    kind        TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
    -- Access and refresh tokens issued together share a family, revoked together.
    family      TEXT NOT NULL,
    expires_at  BIGINT NOT NULL,
    revoked_at  BIGINT,
    created_at  BIGINT NOT NULL,
    session_id  TEXT REFERENCES auth_sessions (id)
);
CREATE INDEX auth_tokens_family ON auth_tokens (family);
CREATE INDEX auth_tokens_session ON auth_tokens (session_id);

CREATE TABLE auth_events (
    id         BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    username   TEXT NOT NULL,
    success    BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    locked     BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX auth_events_created ON auth_events (created_at);
CREATE INDEX auth_events_username ON auth_events (username, id);

CREATE TABLE auth_lockouts (
    id            BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    username      TEXT NOT NULL,
    locked_at     BIGINT NOT NULL,
    locked_until  BIGINT NOT NULL,
    -- The auth_events id of the failure that locked it: failures up to it are spent.
    last_event_id BIGINT NOT NULL
);
CREATE INDEX auth_lockouts_username ON auth_lockouts (username, id);
CREATE INDEX auth_lockouts_locked_at ON auth_lockouts (locked_at);

CREATE TABLE agent_tokens (
    id           TEXT PRIMARY KEY,
    token_hash   TEXT NOT NULL UNIQUE,
    server_id    TEXT NOT NULL REFERENCES servers (id),
    name         TEXT,
    -- The account that issued it (the owner or an admin).
    created_by   TEXT NOT NULL REFERENCES users (id),
    created_at   BIGINT NOT NULL,
    -- NULL: never expires.
    expires_at   BIGINT,
    last_used_at BIGINT,
    revoked_at   BIGINT
);
CREATE INDEX agent_tokens_server ON agent_tokens (server_id, created_at);

CREATE TABLE audit_log (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    created_at  BIGINT NOT NULL,
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

CREATE TABLE uuid_migration_runs (
    id          TEXT PRIMARY KEY,
    scope       TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('RUNNING', 'FINISHED')),
    created_at  BIGINT NOT NULL,
    finished_at BIGINT
);
CREATE INDEX uuid_migration_runs_scope ON uuid_migration_runs (scope, status);

CREATE TABLE uuid_migrations (
    seq          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    migration_id TEXT NOT NULL REFERENCES uuid_migration_runs (id),
    user_id      TEXT NOT NULL,
    old_uuid     TEXT NOT NULL,
    new_uuid     TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('MIGRATED', 'FAILED', 'ROLLED_BACK')),
    created_at   BIGINT NOT NULL
);
CREATE INDEX uuid_migrations_run ON uuid_migrations (migration_id);

CREATE TABLE demo_network (
    id           BIGINT PRIMARY KEY CHECK (id = 1),
    seed         BIGINT,
    seeded_at    BIGINT NOT NULL,
    caught_up_at BIGINT
);

CREATE TABLE withdrawals (
    id               TEXT PRIMARY KEY,
    account_id       TEXT NOT NULL REFERENCES users (id),
    -- What leaves the balance, fee included; held while pending or approved.
    amount           BIGINT NOT NULL CHECK (amount > 0),
    -- The fee quoted at request time, charged when paid; the destination receives amount - fee.
    fee              BIGINT NOT NULL CHECK (fee >= 0 AND fee < amount),
    destination      TEXT NOT NULL,
    status           TEXT NOT NULL
        CHECK (status IN ('PENDING', 'APPROVED', 'PAID', 'REJECTED', 'CANCELLED')),
    -- Scoped to the account that sent the request, as for claims.
    idempotency_key  TEXT,
    requested_by     TEXT NOT NULL,
    -- Set once, when paid: marking paid again with the same reference changes nothing.
    payout_reference TEXT UNIQUE,
    -- Why it was rejected.
    reason           TEXT,
    -- Who approved, paid, rejected or cancelled it last, and when.
    decided_by       TEXT,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL,
    UNIQUE (requested_by, idempotency_key),
    CHECK ((status = 'PAID') = (payout_reference IS NOT NULL))
);
CREATE INDEX withdrawals_account ON withdrawals (account_id, created_at);
CREATE INDEX withdrawals_status ON withdrawals (status, created_at);

-- The append-only ledger of micro-token amounts.
CREATE TABLE ledger (
    seq             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    -- A users.id, or 'platform' for the platform's own account (fees): checked by the
    -- ledger_account_exists trigger, since the platform is not a user.
    account_id      TEXT NOT NULL,
    server_id       TEXT REFERENCES servers (id),
    withdrawal_id   TEXT REFERENCES withdrawals (id),
    kind            TEXT NOT NULL
        CHECK (kind IN ('claim', 'spend', 'hold', 'release', 'fee', 'payout')),
    -- The same bound as on SQLite, so that both engines refuse the same entries.
    amount          BIGINT NOT NULL
        CHECK (amount BETWEEN -1000000000000000000 AND 1000000000000000000),
    period_end      BIGINT,
    idempotency_key TEXT,
    requested_by    TEXT,
    created_at      BIGINT NOT NULL,
    UNIQUE (requested_by, idempotency_key),
    CHECK (CASE kind
        WHEN 'claim' THEN amount >= 0
        WHEN 'release' THEN amount >= 0
        WHEN 'spend' THEN amount <= 0
        WHEN 'hold' THEN amount <= 0
        WHEN 'payout' THEN amount <= 0
        -- A fee is paid by an account and collected by the platform.
        WHEN 'fee' THEN amount = 0 OR (account_id = 'platform') = (amount > 0)
        ELSE true END)
);
CREATE INDEX ledger_server_time ON ledger (server_id, created_at);
CREATE INDEX ledger_account ON ledger (account_id, created_at);
CREATE INDEX ledger_created ON ledger (created_at);
CREATE INDEX ledger_withdrawal ON ledger (withdrawal_id);
CREATE INDEX ledger_server ON ledger (server_id, kind, created_at, amount);

CREATE TABLE account_balances (
    account_id TEXT PRIMARY KEY,
    -- Every entry except holds and releases.
    balance    BIGINT NOT NULL DEFAULT 0,
    -- Set aside for pending and approved withdrawals: minus holds and releases.
    held       BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE alert_channels (
    id             TEXT PRIMARY KEY,
    owner_id       TEXT NOT NULL REFERENCES users (id),
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL DEFAULT 'WEBHOOK' CHECK (kind IN ('WEBHOOK')),
    url            TEXT NOT NULL,
    secret         TEXT NOT NULL,
    -- An http:// webhook to a host other than loopback is refused unless this was asked for.
    allow_insecure BIGINT NOT NULL DEFAULT 0 CHECK (allow_insecure IN (0, 1)),
    created_at     BIGINT NOT NULL,
    UNIQUE (owner_id, name)
);

CREATE TABLE alert_rules (
    id            TEXT PRIMARY KEY,
    owner_id      TEXT REFERENCES users (id),
    name          TEXT NOT NULL,
    metric        TEXT NOT NULL,
    -- The name of a custom heartbeat metric when metric = 'CUSTOM'.
    custom_metric TEXT,
    operator      TEXT NOT NULL CHECK (operator IN ('GT', 'LT', 'EQ')),
    threshold     DOUBLE PRECISION NOT NULL,
    -- How long the condition must hold before the alert fires (and the clear condition before
    -- it resolves).
    duration_secs BIGINT NOT NULL CHECK (duration_secs >= 0),
    severity      TEXT NOT NULL CHECK (severity IN ('INFO', 'WARNING', 'CRITICAL')),
    scope         TEXT NOT NULL CHECK (scope IN ('SERVER', 'OPERATOR', 'NETWORK')),
    scope_id      TEXT,
    message       TEXT NOT NULL,
    enabled       BIGINT NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    builtin       BIGINT NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL,
    CHECK ((scope = 'NETWORK') = (scope_id IS NULL)),
    CHECK ((metric = 'CUSTOM') = (custom_metric IS NOT NULL))
);
CREATE UNIQUE INDEX alert_rules_owner_name ON alert_rules (COALESCE(owner_id, ''), name);

-- The built-in rules: today's live thresholds, and a server silent for five minutes.
INSERT INTO alert_rules (id, owner_id, name, metric, operator, threshold, duration_secs,
                         severity, scope, message, builtin, created_at, updated_at) VALUES
    ('rule-cpu', NULL, 'cpu-high', 'CPU', 'GT', 90, 60, 'WARNING', 'NETWORK',
     'CPU at {value}% on {server} (above {threshold}% for {duration})', 1, 0, 0),
    ('rule-memory', NULL, 'memory-high', 'MEMORY', 'GT', 90, 60, 'WARNING', 'NETWORK',
     'memory at {value}% on {server} (above {threshold}% for {duration})', 1, 0, 0),
    ('rule-latency', NULL, 'latency-high', 'LATENCY', 'GT', 250, 60, 'WARNING', 'NETWORK',
     'latency {value} ms on {server} (above {threshold} ms for {duration})', 1, 0, 0),
    ('rule-errors', NULL, 'errors-high', 'ERROR_RATE', 'GT', 0.05, 60, 'WARNING', 'NETWORK',
     'error rate {value} on {server} (above {threshold} for {duration})', 1, 0, 0),
    ('rule-offline', NULL, 'server-offline', 'OFFLINE_FOR', 'GT', 300, 0, 'CRITICAL', 'NETWORK',
     '{server} has sent no heartbeat for {value} s', 1, 0, 0);

CREATE TABLE alert_rule_channels (
    rule_id    TEXT NOT NULL REFERENCES alert_rules (id) ON DELETE CASCADE,
    channel_id TEXT NOT NULL REFERENCES alert_channels (id) ON DELETE CASCADE,
    PRIMARY KEY (rule_id, channel_id)
);

CREATE TABLE alerts (
    id            TEXT PRIMARY KEY,
    rule_id       TEXT NOT NULL REFERENCES alert_rules (id) ON DELETE CASCADE,
    server_id     TEXT REFERENCES servers (id),
    state         TEXT NOT NULL CHECK (state IN ('FIRING', 'RESOLVED')),
    severity      TEXT NOT NULL,
    -- The value that fired it, and the latest seen while it fired.
    value         DOUBLE PRECISION NOT NULL,
    last_value    DOUBLE PRECISION NOT NULL,
    threshold     DOUBLE PRECISION NOT NULL,
    summary       TEXT NOT NULL,
    started_at    BIGINT NOT NULL,
    resolved_at   BIGINT,
    -- 1 when a silence held its notifications back when it fired.
    silenced      BIGINT NOT NULL DEFAULT 0 CHECK (silenced IN (0, 1)),
    acked_by      TEXT,
    acked_at      BIGINT,
    ack_comment   TEXT,
    CHECK ((state = 'RESOLVED') = (resolved_at IS NOT NULL))
);
CREATE UNIQUE INDEX alerts_one_firing ON alerts (rule_id, COALESCE(server_id, ''))
    WHERE state = 'FIRING';
CREATE INDEX alerts_started ON alerts (started_at);
CREATE INDEX alerts_server ON alerts (server_id, started_at);

CREATE TABLE alert_silences (
    id         TEXT PRIMARY KEY,
    rule_id    TEXT REFERENCES alert_rules (id) ON DELETE CASCADE,
    alert_id   TEXT REFERENCES alerts (id) ON DELETE CASCADE,
    comment    TEXT NOT NULL,
    created_by TEXT NOT NULL,
    starts_at  BIGINT NOT NULL,
    ends_at    BIGINT NOT NULL CHECK (ends_at > starts_at),
    CHECK ((rule_id IS NULL) <> (alert_id IS NULL))
);
CREATE INDEX alert_silences_ends ON alert_silences (ends_at);

CREATE TABLE alert_deliveries (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    alert_id        TEXT NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    channel_id      TEXT NOT NULL REFERENCES alert_channels (id) ON DELETE CASCADE,
    event           TEXT NOT NULL CHECK (event IN ('FIRING', 'RESOLVED')),
    status          TEXT NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    created_at      BIGINT NOT NULL,
    finished_at     BIGINT,
    last_error      TEXT
);
CREATE INDEX alert_deliveries_due ON alert_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX alert_deliveries_alert ON alert_deliveries (alert_id);
CREATE INDEX alert_deliveries_finished ON alert_deliveries (status, finished_at)
    WHERE status <> 'PENDING';

CREATE TABLE alert_delivery_attempts (
    delivery_id BIGINT NOT NULL REFERENCES alert_deliveries (id) ON DELETE CASCADE,
    attempt     BIGINT NOT NULL,
    at          BIGINT NOT NULL,
    http_status BIGINT,
    error       TEXT,
    duration_ms BIGINT NOT NULL,
    PRIMARY KEY (delivery_id, attempt)
);

CREATE TABLE metrics_rollup_state (
    id            BIGINT PRIMARY KEY CHECK (id = 1),
    rolled_before BIGINT NOT NULL
);

-- ---------------------------------------------------------------------------------------
-- Derived totals, kept by triggers. Each function below does what its SQLite trigger does.
-- ---------------------------------------------------------------------------------------

-- Bulk writes (the demo seed, retention) insert a row here to pause the totals of metrics
-- and sessions, then rebuild them. Other transactions see the row only once it commits, so on
-- PostgreSQL a bulk write takes totals_turn() first, which keeps every other writer of those
-- tables out until its rebuild commits. (Not LOCK TABLE: a writer holding the turn and
-- waiting for the table lock would deadlock with it.)
CREATE TABLE derived_totals_paused (paused BIGINT NOT NULL);

CREATE FUNCTION totals_paused() RETURNS boolean LANGUAGE sql STABLE AS
    'SELECT EXISTS (SELECT 1 FROM derived_totals_paused)';

-- The turn of a writer of metrics or sessions (see the header): `SELECT totals_turn()` at
-- the start of its transaction.
CREATE FUNCTION totals_turn() RETURNS void LANGUAGE sql AS
    'SELECT pg_advisory_xact_lock(hashtextextended(''vpnmine derived totals'', 0))';

CREATE FUNCTION take_totals_turn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM totals_turn();
    RETURN NULL;
END $$;

-- Bumped by every change to an endpoint's type or configuration: the UUID migration's index
-- of client entries is valid while this is unchanged.
CREATE TABLE protocol_config_version (
    id      BIGINT PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO protocol_config_version (id, version) VALUES (1, 0);

CREATE FUNCTION bump_protocol_config_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE protocol_config_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END $$;
CREATE TRIGGER server_protocols_version_insert AFTER INSERT ON server_protocols
    FOR EACH ROW EXECUTE FUNCTION bump_protocol_config_version();
CREATE TRIGGER server_protocols_version_update AFTER UPDATE OF type, config ON server_protocols
    FOR EACH ROW EXECUTE FUNCTION bump_protocol_config_version();
CREATE TRIGGER server_protocols_version_delete AFTER DELETE ON server_protocols
    FOR EACH ROW EXECUTE FUNCTION bump_protocol_config_version();

-- Per server and hour: the running sums of the server's samples up to the end of that hour.
CREATE TABLE metrics_running (
    hour       BIGINT NOT NULL,
    server_id  TEXT NOT NULL,
    samples    BIGINT NOT NULL,
    cpu        DOUBLE PRECISION NOT NULL,
    memory     DOUBLE PRECISION NOT NULL,
    network    DOUBLE PRECISION NOT NULL,
    latency_ms DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (hour, server_id)
);
CREATE INDEX metrics_running_server ON metrics_running (server_id, hour);

-- Per server: the sums of all its samples, and its first and last.
CREATE TABLE metrics_server_totals (
    server_id  TEXT PRIMARY KEY,
    first_ts   BIGINT NOT NULL,
    last_ts    BIGINT NOT NULL,
    samples    BIGINT NOT NULL,
    cpu        DOUBLE PRECISION NOT NULL,
    memory     DOUBLE PRECISION NOT NULL,
    network    DOUBLE PRECISION NOT NULL,
    latency_ms DOUBLE PRECISION NOT NULL
);

CREATE FUNCTION metrics_running_remove(sample metrics) RETURNS void LANGUAGE sql AS $$
    UPDATE metrics_running
    SET samples = samples - sample.samples, cpu = cpu - sample.cpu, memory = memory - sample.memory,
        network = network - sample.network_in - sample.network_out,
        latency_ms = latency_ms - sample.latency_ms
    WHERE server_id = sample.server_id AND hour >= sample.ts / 3600;
$$;

CREATE FUNCTION metrics_running_add(sample metrics) RETURNS void LANGUAGE sql AS $$
    INSERT INTO metrics_running (hour, server_id, samples, cpu, memory, network, latency_ms)
    SELECT sample.ts / 3600, sample.server_id,
           COALESCE(p.samples, 0), COALESCE(p.cpu, 0), COALESCE(p.memory, 0),
           COALESCE(p.network, 0), COALESCE(p.latency_ms, 0)
    FROM (SELECT 1) AS one LEFT JOIN (
        SELECT samples, cpu, memory, network, latency_ms FROM metrics_running
        WHERE server_id = sample.server_id AND hour < sample.ts / 3600
        ORDER BY hour DESC LIMIT 1) AS p ON true
    ON CONFLICT (hour, server_id) DO NOTHING;
    UPDATE metrics_running
    SET samples = samples + sample.samples, cpu = cpu + sample.cpu, memory = memory + sample.memory,
        network = network + sample.network_in + sample.network_out,
        latency_ms = latency_ms + sample.latency_ms
    WHERE server_id = sample.server_id AND hour >= sample.ts / 3600;
$$;

CREATE FUNCTION metrics_server_totals_remove(sample metrics) RETURNS void LANGUAGE sql AS $$
    UPDATE metrics_server_totals SET
        samples = samples - sample.samples, cpu = cpu - sample.cpu, memory = memory - sample.memory,
        network = network - sample.network_in - sample.network_out,
        latency_ms = latency_ms - sample.latency_ms,
        first_ts = COALESCE((SELECT MIN(ts) FROM metrics WHERE server_id = sample.server_id), first_ts),
        last_ts = COALESCE((SELECT MAX(ts) FROM metrics WHERE server_id = sample.server_id), last_ts)
    WHERE server_id = sample.server_id;
    DELETE FROM metrics_server_totals WHERE server_id = sample.server_id AND samples = 0;
$$;

CREATE FUNCTION metrics_server_totals_add(sample metrics) RETURNS void LANGUAGE sql AS $$
    INSERT INTO metrics_server_totals AS t
    VALUES (sample.server_id, sample.ts, sample.ts, sample.samples, sample.cpu, sample.memory,
            sample.network_in + sample.network_out, sample.latency_ms)
    ON CONFLICT (server_id) DO UPDATE SET
        first_ts = LEAST(t.first_ts, excluded.first_ts),
        last_ts = GREATEST(t.last_ts, excluded.last_ts),
        samples = t.samples + excluded.samples, cpu = t.cpu + excluded.cpu,
        memory = t.memory + excluded.memory, network = t.network + excluded.network,
        latency_ms = t.latency_ms + excluded.latency_ms;
$$;

-- SQLite's metrics_running_* and metrics_server_totals_* triggers fire on the same events and
-- columns, and the two tables do not read each other: one function keeps both.
CREATE FUNCTION metrics_keep_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF totals_paused() THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM metrics_server_totals_remove(OLD);
        PERFORM metrics_running_remove(OLD);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM metrics_server_totals_add(NEW);
        PERFORM metrics_running_add(NEW);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER metrics_turn BEFORE INSERT OR UPDATE OR DELETE ON metrics
    FOR EACH STATEMENT EXECUTE FUNCTION take_totals_turn();
CREATE TRIGGER metrics_totals_insert AFTER INSERT ON metrics
    FOR EACH ROW EXECUTE FUNCTION metrics_keep_totals();
CREATE TRIGGER metrics_totals_delete AFTER DELETE ON metrics
    FOR EACH ROW EXECUTE FUNCTION metrics_keep_totals();
CREATE TRIGGER metrics_totals_update
    AFTER UPDATE OF server_id, ts, cpu, memory, network_in, network_out, latency_ms, samples
    ON metrics FOR EACH ROW EXECUTE FUNCTION metrics_keep_totals();

-- Per user: the latest session start and end, and how many sessions are still open.
CREATE TABLE user_session_span (
    user_id       TEXT PRIMARY KEY,
    last_started  BIGINT NOT NULL,
    -- NULL while none of the user's sessions has ended.
    last_ended    BIGINT,
    open_sessions BIGINT NOT NULL
);

-- Per hour (its start, in seconds): the data of the sessions that started in it.
CREATE TABLE sessions_hourly (
    hour_start BIGINT PRIMARY KEY,
    data_gb    DOUBLE PRECISION NOT NULL
);

CREATE FUNCTION user_session_span_recount(ids TEXT[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM user_session_span WHERE user_id = ANY (ids);
    INSERT INTO user_session_span
    SELECT user_id, MAX(started_at), MAX(ended_at), SUM((ended_at IS NULL)::int)
    FROM sessions WHERE user_id = ANY (ids) GROUP BY user_id;
$$;

-- The hour (its start) that a session started in; floored for times before 1970 as well.
CREATE FUNCTION hour_start(ts BIGINT) RETURNS BIGINT LANGUAGE sql IMMUTABLE AS
    'SELECT ts - ((ts % 3600) + 3600) % 3600';

CREATE FUNCTION sessions_hourly_recount(hours BIGINT[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM sessions_hourly WHERE hour_start = ANY (hours);
    INSERT INTO sessions_hourly
    SELECT h, (SELECT COALESCE(SUM(data_gb), 0.0) FROM sessions
               WHERE started_at >= h AND started_at < h + 3600)
    FROM (SELECT DISTINCT unnest(hours) AS h) AS hs;
$$;

CREATE FUNCTION sessions_keep_hourly() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF totals_paused() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM sessions_hourly_recount(ARRAY[hour_start(NEW.started_at)]);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM sessions_hourly_recount(ARRAY[hour_start(OLD.started_at)]);
    ELSE
        PERFORM sessions_hourly_recount(
            ARRAY[hour_start(OLD.started_at), hour_start(NEW.started_at)]);
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION sessions_keep_span() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF totals_paused() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM user_session_span_recount(ARRAY[NEW.user_id]);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM user_session_span_recount(ARRAY[OLD.user_id]);
    ELSE
        PERFORM user_session_span_recount(ARRAY[OLD.user_id, NEW.user_id]);
    END IF;
    RETURN NULL;
END $$;

-- SQLite's triggers and column lists: an UPDATE that sets a listed column recounts, even to
-- the same value.
CREATE TRIGGER sessions_turn BEFORE INSERT OR UPDATE OR DELETE ON sessions
    FOR EACH STATEMENT EXECUTE FUNCTION take_totals_turn();
CREATE TRIGGER sessions_hourly_insert AFTER INSERT ON sessions
    FOR EACH ROW EXECUTE FUNCTION sessions_keep_hourly();
CREATE TRIGGER sessions_hourly_delete AFTER DELETE ON sessions
    FOR EACH ROW EXECUTE FUNCTION sessions_keep_hourly();
CREATE TRIGGER sessions_hourly_update AFTER UPDATE OF started_at, data_gb ON sessions
    FOR EACH ROW EXECUTE FUNCTION sessions_keep_hourly();
CREATE TRIGGER user_session_span_insert AFTER INSERT ON sessions
    FOR EACH ROW EXECUTE FUNCTION sessions_keep_span();
CREATE TRIGGER user_session_span_delete AFTER DELETE ON sessions
    FOR EACH ROW EXECUTE FUNCTION sessions_keep_span();
CREATE TRIGGER user_session_span_update AFTER UPDATE OF user_id, started_at, ended_at ON sessions
    FOR EACH ROW EXECUTE FUNCTION sessions_keep_span();

-- The ledger is append-only, names a user or the platform, and keeps account_balances.
CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION 'the ledger is append-only: entries are never updated';
    END IF;
    RAISE EXCEPTION 'the ledger is append-only: entries are never deleted';
END $$;
CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
-- TRUNCATE skips row triggers: refuse it too.
CREATE TRIGGER ledger_no_truncate BEFORE TRUNCATE ON ledger
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();

CREATE FUNCTION ledger_account_exists() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.account_id <> 'platform'
       AND NOT EXISTS (SELECT 1 FROM users WHERE id = NEW.account_id) THEN
        RAISE EXCEPTION 'FOREIGN KEY constraint failed: ledger account is not a user'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER ledger_account_exists BEFORE INSERT ON ledger
    FOR EACH ROW EXECUTE FUNCTION ledger_account_exists();

CREATE FUNCTION ledger_keeps_account_balances() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO account_balances AS b (account_id, balance, held)
    VALUES (NEW.account_id,
            CASE WHEN NEW.kind IN ('hold', 'release') THEN 0 ELSE NEW.amount END,
            CASE WHEN NEW.kind IN ('hold', 'release') THEN -NEW.amount ELSE 0 END)
    ON CONFLICT (account_id) DO UPDATE SET
        balance = b.balance + excluded.balance,
        held = b.held + excluded.held;
    RETURN NULL;
END $$;
CREATE TRIGGER ledger_keeps_account_balances AFTER INSERT ON ledger
    FOR EACH ROW EXECUTE FUNCTION ledger_keeps_account_balances();

-- How many servers are in service and how many are decommissioned.
CREATE TABLE server_counts (
    id             BIGINT PRIMARY KEY CHECK (id = 1),
    in_service     BIGINT NOT NULL,
    decommissioned BIGINT NOT NULL
);
INSERT INTO server_counts (id, in_service, decommissioned) VALUES (1, 0, 0);

CREATE FUNCTION server_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE server_counts
        SET in_service = in_service + (NEW.decommissioned_at IS NULL)::int,
            decommissioned = decommissioned + (NEW.decommissioned_at IS NOT NULL)::int
        WHERE id = 1;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE server_counts
        SET in_service = in_service - (OLD.decommissioned_at IS NULL)::int,
            decommissioned = decommissioned - (OLD.decommissioned_at IS NOT NULL)::int
        WHERE id = 1;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER server_counts_insert AFTER INSERT ON servers
    FOR EACH ROW EXECUTE FUNCTION server_counts_keep();
CREATE TRIGGER server_counts_delete AFTER DELETE ON servers
    FOR EACH ROW EXECUTE FUNCTION server_counts_keep();
CREATE TRIGGER server_counts_update AFTER UPDATE OF decommissioned_at ON servers
    FOR EACH ROW
    WHEN ((OLD.decommissioned_at IS NULL) <> (NEW.decommissioned_at IS NULL))
    EXECUTE FUNCTION server_counts_keep();
