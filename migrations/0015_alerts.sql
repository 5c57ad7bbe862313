-- Alerts (issue #14): rules evaluated on the live heartbeats, the alerts they raise, silences
-- and acknowledgements, and a stored outbox of webhook deliveries. See src/domain/alert_rule.rs
-- for the evaluation rules and src/server/alerting.rs for the engine.
--
-- Times are unix seconds. Metric names, operators, severities and scopes are the upper-case
-- names of src/domain/alert_rule.rs (and of the GraphQL enums).

-- Where notifications go. A webhook's secret signs every body (HMAC-SHA256); it is stored as
-- given because signing needs it, and is shown only when the channel is created.
CREATE TABLE alert_channels (
    id             TEXT PRIMARY KEY,
    owner_id       TEXT NOT NULL REFERENCES users (id),
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL DEFAULT 'WEBHOOK' CHECK (kind IN ('WEBHOOK')),
    url            TEXT NOT NULL,
    secret         TEXT NOT NULL,
    -- An http:// webhook to a host other than loopback is refused unless this was asked for.
    allow_insecure INTEGER NOT NULL DEFAULT 0 CHECK (allow_insecure IN (0, 1)),
    created_at     INTEGER NOT NULL,
    UNIQUE (owner_id, name)
);

-- owner_id NULL: a built-in rule (admins edit it). scope: SERVER (scope_id is a server id),
-- OPERATOR (scope_id is an account id: that operator's servers) or NETWORK (every server, or
-- the network's totals for a NETWORK_* metric; scope_id NULL).
CREATE TABLE alert_rules (
    id            TEXT PRIMARY KEY,
    owner_id      TEXT REFERENCES users (id),
    name          TEXT NOT NULL,
    metric        TEXT NOT NULL,
    -- The name of a custom heartbeat metric when metric = 'CUSTOM'.
    custom_metric TEXT,
    operator      TEXT NOT NULL CHECK (operator IN ('GT', 'LT', 'EQ')),
    threshold     REAL NOT NULL,
    -- How long the condition must hold before the alert fires (and the clear condition before
    -- it resolves).
    duration_secs INTEGER NOT NULL CHECK (duration_secs >= 0),
    severity      TEXT NOT NULL CHECK (severity IN ('INFO', 'WARNING', 'CRITICAL')),
    scope         TEXT NOT NULL CHECK (scope IN ('SERVER', 'OPERATOR', 'NETWORK')),
    scope_id      TEXT,
    message       TEXT NOT NULL,
    enabled       INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    builtin       INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    CHECK ((scope = 'NETWORK') = (scope_id IS NULL)),
    CHECK ((metric = 'CUSTOM') = (custom_metric IS NOT NULL))
);
CREATE UNIQUE INDEX alert_rules_owner_name ON alert_rules (COALESCE(owner_id, ''), name);

CREATE TABLE alert_rule_channels (
    rule_id    TEXT NOT NULL REFERENCES alert_rules (id) ON DELETE CASCADE,
    channel_id TEXT NOT NULL REFERENCES alert_channels (id) ON DELETE CASCADE,
    PRIMARY KEY (rule_id, channel_id)
);

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

-- One row per alert: it fired at started_at and, once resolved, ended at resolved_at. The
-- partial unique index keeps one firing alert per rule and server (server_id NULL: the
-- network's totals).
CREATE TABLE alerts (
    id            TEXT PRIMARY KEY,
    rule_id       TEXT NOT NULL REFERENCES alert_rules (id) ON DELETE CASCADE,
    server_id     TEXT REFERENCES servers (id),
    state         TEXT NOT NULL CHECK (state IN ('FIRING', 'RESOLVED')),
    severity      TEXT NOT NULL,
    -- The value that fired it, and the latest seen while it fired.
    value         REAL NOT NULL,
    last_value    REAL NOT NULL,
    threshold     REAL NOT NULL,
    summary       TEXT NOT NULL,
    started_at    INTEGER NOT NULL,
    resolved_at   INTEGER,
    -- 1 when a silence held its notifications back when it fired.
    silenced      INTEGER NOT NULL DEFAULT 0 CHECK (silenced IN (0, 1)),
    acked_by      TEXT,
    acked_at      INTEGER,
    ack_comment   TEXT,
    CHECK ((state = 'RESOLVED') = (resolved_at IS NOT NULL))
);
CREATE UNIQUE INDEX alerts_one_firing ON alerts (rule_id, COALESCE(server_id, ''))
    WHERE state = 'FIRING';
CREATE INDEX alerts_started ON alerts (started_at);
CREATE INDEX alerts_server ON alerts (server_id, started_at);

-- A silence holds back the notifications of one rule's alerts or of one alert until ends_at.
CREATE TABLE alert_silences (
    id         TEXT PRIMARY KEY,
    rule_id    TEXT REFERENCES alert_rules (id) ON DELETE CASCADE,
    alert_id   TEXT REFERENCES alerts (id) ON DELETE CASCADE,
    comment    TEXT NOT NULL,
    created_by TEXT NOT NULL,
    starts_at  INTEGER NOT NULL,
    ends_at    INTEGER NOT NULL CHECK (ends_at > starts_at),
    CHECK ((rule_id IS NULL) <> (alert_id IS NULL))
);
CREATE INDEX alert_silences_ends ON alert_silences (ends_at);

-- The outbox: one row per notification to send, written in the same transaction as the
-- alert's change, so that a restart loses nothing. event: FIRING or RESOLVED.
-- status: PENDING (next_attempt_at says when), DELIVERED, or DEAD (gave up).
CREATE TABLE alert_deliveries (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    alert_id        TEXT NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    channel_id      TEXT NOT NULL REFERENCES alert_channels (id) ON DELETE CASCADE,
    event           TEXT NOT NULL CHECK (event IN ('FIRING', 'RESOLVED')),
    status          TEXT NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    finished_at     INTEGER,
    last_error      TEXT
);
CREATE INDEX alert_deliveries_due ON alert_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX alert_deliveries_alert ON alert_deliveries (alert_id);

-- Every attempt of a delivery: the HTTP status, or the error when there was none.
CREATE TABLE alert_delivery_attempts (
    delivery_id INTEGER NOT NULL REFERENCES alert_deliveries (id) ON DELETE CASCADE,
    attempt     INTEGER NOT NULL,
    at          INTEGER NOT NULL,
    http_status INTEGER,
    error       TEXT,
    duration_ms INTEGER NOT NULL,
    PRIMARY KEY (delivery_id, attempt)
);
