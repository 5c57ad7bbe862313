-- Connections recorded by servers' agents (issue #12): the same `sessions` rows the seed
-- writes, so that dashboards, analytics, exports and the reward factors read them alike.
--
-- * bytes_in / bytes_out: what the VPN core counted, exact integers (into the server from
--   the user, out of the server to the user). data_gb, upload_mbps and download_mbps are
--   derived from them when the connection ends. NULL for seed rows and open connections.
-- * event_id: the agent's id for the connection, unique per server, so that an agent that
--   re-sends its events (after a crash or a lost answer) finds the row it made.
-- * rating_comment / rated_at: the user's rating is given once; rated_at says it was.
ALTER TABLE sessions ADD COLUMN bytes_in INTEGER CHECK (bytes_in >= 0);
ALTER TABLE sessions ADD COLUMN bytes_out INTEGER CHECK (bytes_out >= 0);
ALTER TABLE sessions ADD COLUMN event_id TEXT;
ALTER TABLE sessions ADD COLUMN rating_comment TEXT;
ALTER TABLE sessions ADD COLUMN rated_at INTEGER;
-- NULLs are distinct in a UNIQUE index (SQLite and Postgres alike): seed rows have none.
CREATE UNIQUE INDEX sessions_server_event ON sessions (server_id, event_id);
