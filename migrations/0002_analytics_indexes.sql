-- Indexes for serverMetrics and networkAnalytics (src/server/store/metrics.rs).
--
-- Sessions open at an instant or overlapping a window are found from their end: those that
-- have not ended (NULL) or ended after the instant. Covering, so counting users reads no rows.
CREATE INDEX sessions_ended ON sessions (ended_at, started_at, user_id);
-- Data transferred by sessions started in a window, summed from the index alone. It also
-- serves every lookup sessions_started served, so that one goes.
CREATE INDEX sessions_started_data ON sessions (started_at, data_gb);
DROP INDEX sessions_started;
