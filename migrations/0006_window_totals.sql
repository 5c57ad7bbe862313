-- More derived totals for networkAnalytics (src/server/store/metrics.rs), so that a window
-- costs a few scans of one small row per server and per user, not probes of the large tables
-- for each of them:
--
-- * metrics_running is keyed by hour first: the running totals of every server at one hour
--   are then neighbours, read together instead of from ten thousand places. An index by
--   server still finds a server's latest row before an hour it did not report in.
-- * metrics_server_totals: each server's totals over all its samples, and the times of its
--   first and last. Before a server's first sample its running totals are zero and after its
--   last they are these, so metrics_running is only read for servers that reported on both
--   sides of a window's bound.
-- * user_session_span: when each user's latest session started, the latest end of their
--   sessions and how many are open. A user whose sessions all started before a window's end
--   was in one during the window exactly when one is open or one ended after its start.
-- * sessions_hourly: the data of the sessions started in each hour, so that a window's data
--   is a sum over its hours plus the sessions of its two partial hours.
--
-- Triggers keep them true on every write (a row that INSERT OR REPLACE replaces counts as
-- deleted because the store turns recursive_triggers on). A write to a sample costs one
-- update per later hour of its server, so bulk writes to history (a load, a purge) pause
-- every derived-totals trigger at once (derived_totals_paused, which replaces
-- metrics_running_paused) and rebuild the tables when done (metrics::with_derived_totals_paused).
DROP TRIGGER metrics_running_insert;
DROP TRIGGER metrics_running_delete;
DROP TRIGGER metrics_running_update;
DROP TABLE metrics_running_paused;
CREATE TABLE derived_totals_paused (paused INTEGER NOT NULL);

CREATE TABLE metrics_running_by_hour (
    hour       INTEGER NOT NULL,
    server_id  TEXT NOT NULL,
    samples    INTEGER NOT NULL,
    cpu        REAL NOT NULL,
    memory     REAL NOT NULL,
    network    REAL NOT NULL,
    latency_ms REAL NOT NULL,
    PRIMARY KEY (hour, server_id)
) WITHOUT ROWID;
INSERT INTO metrics_running_by_hour
SELECT hour, server_id, samples, cpu, memory, network, latency_ms FROM metrics_running
ORDER BY hour, server_id;
DROP TABLE metrics_running;
ALTER TABLE metrics_running_by_hour RENAME TO metrics_running;
CREATE INDEX metrics_running_server ON metrics_running (server_id, hour);

-- As in 0005: a sample adds to its own hour's row (created from the server's previous one)
-- and to every later row of its server, of which an in-order append has none.
CREATE TRIGGER metrics_running_insert AFTER INSERT ON metrics
WHEN NOT EXISTS (SELECT 1 FROM derived_totals_paused) BEGIN
    INSERT INTO metrics_running (hour, server_id, samples, cpu, memory, network, latency_ms)
    SELECT NEW.ts / 3600, NEW.server_id,
           COALESCE(p.samples, 0), COALESCE(p.cpu, 0), COALESCE(p.memory, 0),
           COALESCE(p.network, 0), COALESCE(p.latency_ms, 0)
    FROM (SELECT 1) LEFT JOIN (
        SELECT samples, cpu, memory, network, latency_ms FROM metrics_running
        WHERE server_id = NEW.server_id AND hour < NEW.ts / 3600
        ORDER BY hour DESC LIMIT 1) p
    WHERE true
    ON CONFLICT (hour, server_id) DO NOTHING;
    UPDATE metrics_running
    SET samples = samples + 1, cpu = cpu + NEW.cpu, memory = memory + NEW.memory,
        network = network + NEW.network_in + NEW.network_out,
        latency_ms = latency_ms + NEW.latency_ms
    WHERE server_id = NEW.server_id AND hour >= NEW.ts / 3600;
END;

CREATE TRIGGER metrics_running_delete AFTER DELETE ON metrics
WHEN NOT EXISTS (SELECT 1 FROM derived_totals_paused) BEGIN
    UPDATE metrics_running
    SET samples = samples - 1, cpu = cpu - OLD.cpu, memory = memory - OLD.memory,
        network = network - OLD.network_in - OLD.network_out,
        latency_ms = latency_ms - OLD.latency_ms
    WHERE server_id = OLD.server_id AND hour >= OLD.ts / 3600;
END;

CREATE TRIGGER metrics_running_update
AFTER UPDATE OF server_id, ts, cpu, memory, network_in, network_out, latency_ms ON metrics
WHEN NOT EXISTS (SELECT 1 FROM derived_totals_paused) BEGIN
    UPDATE metrics_running
    SET samples = samples - 1, cpu = cpu - OLD.cpu, memory = memory - OLD.memory,
        network = network - OLD.network_in - OLD.network_out,
        latency_ms = latency_ms - OLD.latency_ms
    WHERE server_id = OLD.server_id AND hour >= OLD.ts / 3600;
    INSERT INTO metrics_running (hour, server_id, samples, cpu, memory, network, latency_ms)
    SELECT NEW.ts / 3600, NEW.server_id,
           COALESCE(p.samples, 0), COALESCE(p.cpu, 0), COALESCE(p.memory, 0),
           COALESCE(p.network, 0), COALESCE(p.latency_ms, 0)
    FROM (SELECT 1) LEFT JOIN (
        SELECT samples, cpu, memory, network, latency_ms FROM metrics_running
        WHERE server_id = NEW.server_id AND hour < NEW.ts / 3600
        ORDER BY hour DESC LIMIT 1) p
    WHERE true
    ON CONFLICT (hour, server_id) DO NOTHING;
    UPDATE metrics_running
    SET samples = samples + 1, cpu = cpu + NEW.cpu, memory = memory + NEW.memory,
        network = network + NEW.network_in + NEW.network_out,
        latency_ms = latency_ms + NEW.latency_ms
    WHERE server_id = NEW.server_id AND hour >= NEW.ts / 3600;
END;

CREATE TABLE metrics_server_totals (
    server_id  TEXT PRIMARY KEY,
    first_ts   INTEGER NOT NULL,
    last_ts    INTEGER NOT NULL,
    samples    INTEGER NOT NULL,
    cpu        REAL NOT NULL,
    memory     REAL NOT NULL,
    network    REAL NOT NULL,
    latency_ms REAL NOT NULL
) WITHOUT ROWID;

INSERT INTO metrics_server_totals
SELECT server_id, MIN(ts), MAX(ts), COUNT(*), SUM(cpu), SUM(memory),
       SUM(network_in + network_out), SUM(latency_ms)
FROM metrics GROUP BY server_id;

CREATE TRIGGER metrics_server_totals_insert AFTER INSERT ON metrics
WHEN NOT EXISTS (SELECT 1 FROM derived_totals_paused) BEGIN
    INSERT INTO metrics_server_totals
    VALUES (NEW.server_id, NEW.ts, NEW.ts, 1, NEW.cpu, NEW.memory,
            NEW.network_in + NEW.network_out, NEW.latency_ms)
    ON CONFLICT (server_id) DO UPDATE SET
        first_ts = MIN(first_ts, excluded.first_ts), last_ts = MAX(last_ts, excluded.last_ts),
        samples = samples + 1, cpu = cpu + excluded.cpu, memory = memory + excluded.memory,
        network = network + excluded.network, latency_ms = latency_ms + excluded.latency_ms;
END;

-- Taking a sample out may move the first or last time: both are read again from the
-- metrics primary key, and a server left without samples loses its row.
CREATE TRIGGER metrics_server_totals_delete AFTER DELETE ON metrics
WHEN NOT EXISTS (SELECT 1 FROM derived_totals_paused) BEGIN
    UPDATE metrics_server_totals SET
        samples = samples - 1, cpu = cpu - OLD.cpu, memory = memory - OLD.memory,
        network = network - OLD.network_in - OLD.network_out,
        latency_ms = latency_ms - OLD.latency_ms,
        first_ts = COALESCE((SELECT MIN(ts) FROM metrics WHERE server_id = OLD.server_id), first_ts),
        last_ts = COALESCE((SELECT MAX(ts) FROM metrics WHERE server_id = OLD.server_id), last_ts)
    WHERE server_id = OLD.server_id;
    DELETE FROM metrics_server_totals WHERE server_id = OLD.server_id AND samples = 0;
END;

CREATE TRIGGER metrics_server_totals_update
AFTER UPDATE OF server_id, ts, cpu, memory, network_in, network_out, latency_ms ON metrics
WHEN NOT EXISTS (SELECT 1 FROM derived_totals_paused) BEGIN
    UPDATE metrics_server_totals SET
        samples = samples - 1, cpu = cpu - OLD.cpu, memory = memory - OLD.memory,
        network = network - OLD.network_in - OLD.network_out,
        latency_ms = latency_ms - OLD.latency_ms,
        first_ts = COALESCE((SELECT MIN(ts) FROM metrics WHERE server_id = OLD.server_id), first_ts),
        last_ts = COALESCE((SELECT MAX(ts) FROM metrics WHERE server_id = OLD.server_id), last_ts)
    WHERE server_id = OLD.server_id;
    DELETE FROM metrics_server_totals WHERE server_id = OLD.server_id AND samples = 0;
    INSERT INTO metrics_server_totals
    VALUES (NEW.server_id, NEW.ts, NEW.ts, 1, NEW.cpu, NEW.memory,
            NEW.network_in + NEW.network_out, NEW.latency_ms)
    ON CONFLICT (server_id) DO UPDATE SET
        first_ts = MIN(first_ts, excluded.first_ts), last_ts = MAX(last_ts, excluded.last_ts),
        samples = samples + 1, cpu = cpu + excluded.cpu, memory = memory + excluded.memory,
        network = network + excluded.network, latency_ms = latency_ms + excluded.latency_ms;
END;

CREATE TABLE user_session_span (
    user_id       TEXT PRIMARY KEY,
    last_started  INTEGER NOT NULL,
    -- NULL while none of the user's sessions has ended.
    last_ended    INTEGER,
    open_sessions INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO user_session_span
SELECT user_id, MAX(started_at), MAX(ended_at), SUM(ended_at IS NULL)
FROM sessions GROUP BY user_id;

-- A user's row is read again from their sessions (the covering sessions_user_span index)
-- whenever one of them changes: a user has few sessions, and a maximum cannot be undone.
-- Rows are deleted and inserted rather than replaced, so that a conflict clause of the
-- statement that fired the trigger cannot change what happens here.
CREATE TRIGGER user_session_span_insert AFTER INSERT ON sessions
WHEN NOT EXISTS (SELECT 1 FROM derived_totals_paused) BEGIN
    DELETE FROM user_session_span WHERE user_id = NEW.user_id;
    INSERT INTO user_session_span
    SELECT user_id, MAX(started_at), MAX(ended_at), SUM(ended_at IS NULL)
    FROM sessions WHERE user_id = NEW.user_id GROUP BY user_id;
END;

CREATE TRIGGER user_session_span_delete AFTER DELETE ON sessions
WHEN NOT EXISTS (SELECT 1 FROM derived_totals_paused) BEGIN
    DELETE FROM user_session_span WHERE user_id = OLD.user_id;
    INSERT INTO user_session_span
    SELECT user_id, MAX(started_at), MAX(ended_at), SUM(ended_at IS NULL)
    FROM sessions WHERE user_id = OLD.user_id GROUP BY user_id;
END;

CREATE TRIGGER user_session_span_update AFTER UPDATE OF user_id, started_at, ended_at ON sessions
WHEN NOT EXISTS (SELECT 1 FROM derived_totals_paused) BEGIN
    DELETE FROM user_session_span WHERE user_id IN (OLD.user_id, NEW.user_id);
    INSERT INTO user_session_span
    SELECT user_id, MAX(started_at), MAX(ended_at), SUM(ended_at IS NULL)
    FROM sessions WHERE user_id IN (OLD.user_id, NEW.user_id) GROUP BY user_id;
END;

-- hour_start is the start of the hour in seconds, rounded down also before 1970.
CREATE TABLE sessions_hourly (
    hour_start INTEGER PRIMARY KEY,
    data_gb    REAL NOT NULL
);

INSERT INTO sessions_hourly
SELECT started_at - ((started_at % 3600) + 3600) % 3600 AS hour_start, SUM(data_gb)
FROM sessions GROUP BY hour_start;

-- An hour's sum is read again from its sessions (the covering sessions_started_data index)
-- rather than adjusted, so that it stays exactly the sum a scan would give.
CREATE TRIGGER sessions_hourly_insert AFTER INSERT ON sessions
WHEN NOT EXISTS (SELECT 1 FROM derived_totals_paused) BEGIN
    DELETE FROM sessions_hourly
    WHERE hour_start = NEW.started_at - ((NEW.started_at % 3600) + 3600) % 3600;
    INSERT INTO sessions_hourly
    SELECT h, (SELECT COALESCE(SUM(data_gb), 0.0) FROM sessions
               WHERE started_at >= h AND started_at < h + 3600)
    FROM (SELECT NEW.started_at - ((NEW.started_at % 3600) + 3600) % 3600 AS h);
END;

CREATE TRIGGER sessions_hourly_delete AFTER DELETE ON sessions
WHEN NOT EXISTS (SELECT 1 FROM derived_totals_paused) BEGIN
    DELETE FROM sessions_hourly
    WHERE hour_start = OLD.started_at - ((OLD.started_at % 3600) + 3600) % 3600;
    INSERT INTO sessions_hourly
    SELECT h, (SELECT COALESCE(SUM(data_gb), 0.0) FROM sessions
               WHERE started_at >= h AND started_at < h + 3600)
    FROM (SELECT OLD.started_at - ((OLD.started_at % 3600) + 3600) % 3600 AS h);
END;

CREATE TRIGGER sessions_hourly_update AFTER UPDATE OF started_at, data_gb ON sessions
WHEN NOT EXISTS (SELECT 1 FROM derived_totals_paused) BEGIN
    DELETE FROM sessions_hourly WHERE hour_start IN (
        OLD.started_at - ((OLD.started_at % 3600) + 3600) % 3600,
        NEW.started_at - ((NEW.started_at % 3600) + 3600) % 3600);
    INSERT INTO sessions_hourly
    SELECT h, (SELECT COALESCE(SUM(data_gb), 0.0) FROM sessions
               WHERE started_at >= h AND started_at < h + 3600)
    FROM (SELECT OLD.started_at - ((OLD.started_at % 3600) + 3600) % 3600 AS h
          UNION SELECT NEW.started_at - ((NEW.started_at % 3600) + 3600) % 3600);
END;
