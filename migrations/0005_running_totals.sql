-- Running totals for networkAnalytics (src/server/store/metrics.rs), so that a window of any
-- length costs a few index probes per server instead of a scan of every sample in it.
--
-- metrics_running holds, for each server and each hour H in which it reported, the totals of
-- all its samples with ts < (H + 1) * 3600. The totals of a window [from, to) are then the
-- row before to's hour minus the row before from's hour, plus and minus the raw samples of
-- the two partial hours. Triggers keep it true on every insert, update and delete of metrics:
-- a sample adds to its own hour's row (created from the previous one) and to every later row,
-- of which an in-order append has none.
--
-- A bulk load (the demo seed) pauses the triggers by putting a row in metrics_running_paused,
-- and rebuilds the totals at once when it is done (Store::rebuild_running_totals), inside the
-- same transaction.
CREATE TABLE metrics_running_paused (paused INTEGER NOT NULL);

CREATE TABLE metrics_running (
    server_id  TEXT NOT NULL,
    hour       INTEGER NOT NULL,
    samples    INTEGER NOT NULL,
    cpu        REAL NOT NULL,
    memory     REAL NOT NULL,
    network    REAL NOT NULL,
    latency_ms REAL NOT NULL,
    PRIMARY KEY (server_id, hour)
) WITHOUT ROWID;

INSERT INTO metrics_running (server_id, hour, samples, cpu, memory, network, latency_ms)
SELECT server_id, hour,
       SUM(n) OVER w, SUM(cpu) OVER w, SUM(memory) OVER w, SUM(network) OVER w, SUM(latency) OVER w
FROM (SELECT server_id, ts / 3600 AS hour, COUNT(*) AS n, SUM(cpu) AS cpu, SUM(memory) AS memory,
             SUM(network_in + network_out) AS network, SUM(latency_ms) AS latency
      FROM metrics GROUP BY server_id, ts / 3600)
WINDOW w AS (PARTITION BY server_id ORDER BY hour);

CREATE TRIGGER metrics_running_insert AFTER INSERT ON metrics
WHEN NOT EXISTS (SELECT 1 FROM metrics_running_paused) BEGIN
    INSERT INTO metrics_running (server_id, hour, samples, cpu, memory, network, latency_ms)
    SELECT NEW.server_id, NEW.ts / 3600,
           COALESCE(p.samples, 0), COALESCE(p.cpu, 0), COALESCE(p.memory, 0),
           COALESCE(p.network, 0), COALESCE(p.latency_ms, 0)
    FROM (SELECT 1) LEFT JOIN (
        SELECT samples, cpu, memory, network, latency_ms FROM metrics_running
        WHERE server_id = NEW.server_id AND hour < NEW.ts / 3600
        ORDER BY hour DESC LIMIT 1) p
    WHERE true
    ON CONFLICT (server_id, hour) DO NOTHING;
    UPDATE metrics_running
    SET samples = samples + 1, cpu = cpu + NEW.cpu, memory = memory + NEW.memory,
        network = network + NEW.network_in + NEW.network_out,
        latency_ms = latency_ms + NEW.latency_ms
    WHERE server_id = NEW.server_id AND hour >= NEW.ts / 3600;
END;

CREATE TRIGGER metrics_running_delete AFTER DELETE ON metrics
WHEN NOT EXISTS (SELECT 1 FROM metrics_running_paused) BEGIN
    UPDATE metrics_running
    SET samples = samples - 1, cpu = cpu - OLD.cpu, memory = memory - OLD.memory,
        network = network - OLD.network_in - OLD.network_out,
        latency_ms = latency_ms - OLD.latency_ms
    WHERE server_id = OLD.server_id AND hour >= OLD.ts / 3600;
END;

-- An update is the old sample taken out and the new one put in (the heartbeat upsert keeps
-- server and time, so the second statement then only corrects the same rows).
CREATE TRIGGER metrics_running_update AFTER UPDATE ON metrics
WHEN NOT EXISTS (SELECT 1 FROM metrics_running_paused) BEGIN
    UPDATE metrics_running
    SET samples = samples - 1, cpu = cpu - OLD.cpu, memory = memory - OLD.memory,
        network = network - OLD.network_in - OLD.network_out,
        latency_ms = latency_ms - OLD.latency_ms
    WHERE server_id = OLD.server_id AND hour >= OLD.ts / 3600;
    INSERT INTO metrics_running (server_id, hour, samples, cpu, memory, network, latency_ms)
    SELECT NEW.server_id, NEW.ts / 3600,
           COALESCE(p.samples, 0), COALESCE(p.cpu, 0), COALESCE(p.memory, 0),
           COALESCE(p.network, 0), COALESCE(p.latency_ms, 0)
    FROM (SELECT 1) LEFT JOIN (
        SELECT samples, cpu, memory, network, latency_ms FROM metrics_running
        WHERE server_id = NEW.server_id AND hour < NEW.ts / 3600
        ORDER BY hour DESC LIMIT 1) p
    WHERE true
    ON CONFLICT (server_id, hour) DO NOTHING;
    UPDATE metrics_running
    SET samples = samples + 1, cpu = cpu + NEW.cpu, memory = memory + NEW.memory,
        network = network + NEW.network_in + NEW.network_out,
        latency_ms = latency_ms + NEW.latency_ms
    WHERE server_id = NEW.server_id AND hour >= NEW.ts / 3600;
END;

-- Users with a session overlapping a window, found per user from the end of their sessions:
-- covering, so the probe reads the index alone. It serves every lookup sessions_user served.
CREATE INDEX sessions_user_span ON sessions (user_id, started_at, ended_at);
DROP INDEX sessions_user;
