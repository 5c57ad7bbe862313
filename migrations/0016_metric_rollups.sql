-- Retention of raw metric samples (issue #15): samples older than the server's --retain-raw
-- are rolled up into one row per server and hour, which every reader keeps using.
--
-- A row of metrics now stands for `samples` samples (1 for a raw one) and its figures are
-- their SUMS: for a raw row the sum of one sample is its value, so nothing written before
-- this migration changes meaning. An hourly row (samples >= 2: an hour holding one sample
-- is left as it is) is stamped at its hour's start and holds the hour's sums, so that every
-- count and sum of any window is what it was before the roll-up, and an average is
-- SUM(x) / SUM(samples), weighted by the samples each row stands for. A window's bound
-- inside a rolled-up hour sees the whole hour at its start: hours are the resolution left.
--
-- What "exact" means here. Counts (samples, hours reported, connections, which are
-- integers) are exact: equal to the raw table's before the roll-up. The REAL sums (cpu,
-- memory, network, latency, error rate) are the same sums added in another order: an
-- hourly row holds SQLite's SUM of the hour's values, and a window over it adds those
-- per-hour sums, so a figure may differ from the one of the raw rows in its last bits
-- (a relative 1e-15 per addition), never by a lost or doubled sample. The derived totals
-- of migrations 0005 and 0006 (metrics_running, metrics_server_totals) are not touched by
-- a roll-up at all: they keep, bit for bit, the running sums of the raw samples, and a
-- recomputation from the rolled-up table equals them to that same rounding, as it already
-- does for totals kept by the triggers' additions and subtractions.
--
-- The triggers learn the weight: a row adds its `samples` to the counts and its sums to
-- the sums.
ALTER TABLE metrics ADD COLUMN samples INTEGER NOT NULL DEFAULT 1;

DROP TRIGGER metrics_running_insert;
DROP TRIGGER metrics_running_delete;
DROP TRIGGER metrics_running_update;
DROP TRIGGER metrics_server_totals_insert;
DROP TRIGGER metrics_server_totals_delete;
DROP TRIGGER metrics_server_totals_update;

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
    SET samples = samples + NEW.samples, cpu = cpu + NEW.cpu, memory = memory + NEW.memory,
        network = network + NEW.network_in + NEW.network_out,
        latency_ms = latency_ms + NEW.latency_ms
    WHERE server_id = NEW.server_id AND hour >= NEW.ts / 3600;
END;

CREATE TRIGGER metrics_running_delete AFTER DELETE ON metrics
WHEN NOT EXISTS (SELECT 1 FROM derived_totals_paused) BEGIN
    UPDATE metrics_running
    SET samples = samples - OLD.samples, cpu = cpu - OLD.cpu, memory = memory - OLD.memory,
        network = network - OLD.network_in - OLD.network_out,
        latency_ms = latency_ms - OLD.latency_ms
    WHERE server_id = OLD.server_id AND hour >= OLD.ts / 3600;
END;

CREATE TRIGGER metrics_running_update
AFTER UPDATE OF server_id, ts, cpu, memory, network_in, network_out, latency_ms, samples ON metrics
WHEN NOT EXISTS (SELECT 1 FROM derived_totals_paused) BEGIN
    UPDATE metrics_running
    SET samples = samples - OLD.samples, cpu = cpu - OLD.cpu, memory = memory - OLD.memory,
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
    SET samples = samples + NEW.samples, cpu = cpu + NEW.cpu, memory = memory + NEW.memory,
        network = network + NEW.network_in + NEW.network_out,
        latency_ms = latency_ms + NEW.latency_ms
    WHERE server_id = NEW.server_id AND hour >= NEW.ts / 3600;
END;

CREATE TRIGGER metrics_server_totals_insert AFTER INSERT ON metrics
WHEN NOT EXISTS (SELECT 1 FROM derived_totals_paused) BEGIN
    INSERT INTO metrics_server_totals
    VALUES (NEW.server_id, NEW.ts, NEW.ts, NEW.samples, NEW.cpu, NEW.memory,
            NEW.network_in + NEW.network_out, NEW.latency_ms)
    ON CONFLICT (server_id) DO UPDATE SET
        first_ts = MIN(first_ts, excluded.first_ts), last_ts = MAX(last_ts, excluded.last_ts),
        samples = samples + excluded.samples, cpu = cpu + excluded.cpu,
        memory = memory + excluded.memory, network = network + excluded.network,
        latency_ms = latency_ms + excluded.latency_ms;
END;

CREATE TRIGGER metrics_server_totals_delete AFTER DELETE ON metrics
WHEN NOT EXISTS (SELECT 1 FROM derived_totals_paused) BEGIN
    UPDATE metrics_server_totals SET
        samples = samples - OLD.samples, cpu = cpu - OLD.cpu, memory = memory - OLD.memory,
        network = network - OLD.network_in - OLD.network_out,
        latency_ms = latency_ms - OLD.latency_ms,
        first_ts = COALESCE((SELECT MIN(ts) FROM metrics WHERE server_id = OLD.server_id), first_ts),
        last_ts = COALESCE((SELECT MAX(ts) FROM metrics WHERE server_id = OLD.server_id), last_ts)
    WHERE server_id = OLD.server_id;
    DELETE FROM metrics_server_totals WHERE server_id = OLD.server_id AND samples = 0;
END;

CREATE TRIGGER metrics_server_totals_update
AFTER UPDATE OF server_id, ts, cpu, memory, network_in, network_out, latency_ms, samples ON metrics
WHEN NOT EXISTS (SELECT 1 FROM derived_totals_paused) BEGIN
    UPDATE metrics_server_totals SET
        samples = samples - OLD.samples, cpu = cpu - OLD.cpu, memory = memory - OLD.memory,
        network = network - OLD.network_in - OLD.network_out,
        latency_ms = latency_ms - OLD.latency_ms,
        first_ts = COALESCE((SELECT MIN(ts) FROM metrics WHERE server_id = OLD.server_id), first_ts),
        last_ts = COALESCE((SELECT MAX(ts) FROM metrics WHERE server_id = OLD.server_id), last_ts)
    WHERE server_id = OLD.server_id;
    DELETE FROM metrics_server_totals WHERE server_id = OLD.server_id AND samples = 0;
    INSERT INTO metrics_server_totals
    VALUES (NEW.server_id, NEW.ts, NEW.ts, NEW.samples, NEW.cpu, NEW.memory,
            NEW.network_in + NEW.network_out, NEW.latency_ms)
    ON CONFLICT (server_id) DO UPDATE SET
        first_ts = MIN(first_ts, excluded.first_ts), last_ts = MAX(last_ts, excluded.last_ts),
        samples = samples + excluded.samples, cpu = cpu + excluded.cpu,
        memory = memory + excluded.memory, network = network + excluded.network,
        latency_ms = latency_ms + excluded.latency_ms;
END;

-- Where the roll-up has reached: every hour before `rolled_before` (unix seconds, on an
-- hour) has been rolled up, so that a pass reads only the hours that aged since the last
-- one (and a day before, for samples that arrived late). One row.
CREATE TABLE metrics_rollup_state (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    rolled_before INTEGER NOT NULL
);

-- Finished webhook deliveries by age, for their retention (DELIVERED and DEAD are kept for
-- different times).
CREATE INDEX alert_deliveries_finished ON alert_deliveries (status, finished_at)
WHERE status <> 'PENDING';
