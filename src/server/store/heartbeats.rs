//! Heartbeats: metric samples written together with the server's latest figures, and the
//! network's live state that subscribers receive after each batch.

use super::rows::row_struct;
use super::{Store, StoreError};

/// One heartbeat to store, with the figures derived from it.
#[derive(Debug, Clone)]
pub struct HeartbeatRow {
    pub server_id: String,
    pub ts: i64,
    pub cpu: f64,
    pub memory: f64,
    pub network_in: f64,
    pub network_out: f64,
    pub connections: i64,
    pub latency_ms: f64,
    pub error_rate: f64,
    pub performance_score: f64,
    pub mining_rate: f64,
}

row_struct! {
    /// The latest figures of a reporting server, for the demo simulator.
    #[derive(Debug, Clone)]
    pub struct LiveServer {
        pub id: String,
        pub cpu_usage: f64,
        pub memory_usage: f64,
        pub network_speed: f64,
        pub active_connections: i64,
        pub latency_ms: f64,
    }
}

row_struct! {
    /// The network right now, over servers with a fresh heartbeat.
    #[derive(Debug, Clone, Default)]
    pub struct LiveNetwork {
        pub bandwidth: f64,
        pub avg_latency: Option<f64>,
        pub active_connections: i64,
        pub open_sessions: i64,
        pub token_rate: f64,
    }
}

impl Store {
    /// Stores a batch of heartbeats in one transaction. A second heartbeat of a server within
    /// the same second replaces the first sample; one that falls on the start of an hour the
    /// retention pass rolled up (a row of more than one sample, migration 0016) joins it. A
    /// decommissioned server's heartbeat is not stored, even one that raced its
    /// decommissioning past the API's check.
    pub async fn record_heartbeats(&self, beats: &[HeartbeatRow]) -> Result<(), StoreError> {
        // The turn first, so that a server decommissioned meanwhile is seen as such.
        let mut tx = self.pool().begin_write().await?;
        for beat in beats {
            sqlx::query(
                "INSERT INTO metrics (server_id, ts, cpu, memory, network_in, network_out, connections, latency_ms, error_rate) \
                 SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9 \
                 WHERE EXISTS (SELECT 1 FROM servers WHERE id = ?1 AND decommissioned_at IS NULL) \
                 ON CONFLICT (server_id, ts) DO UPDATE SET \
                 cpu = excluded.cpu + CASE WHEN metrics.samples > 1 THEN metrics.cpu ELSE 0 END, \
                 memory = excluded.memory + CASE WHEN metrics.samples > 1 THEN metrics.memory ELSE 0 END, \
                 network_in = excluded.network_in + CASE WHEN metrics.samples > 1 THEN metrics.network_in ELSE 0 END, \
                 network_out = excluded.network_out + CASE WHEN metrics.samples > 1 THEN metrics.network_out ELSE 0 END, \
                 connections = excluded.connections + CASE WHEN metrics.samples > 1 THEN metrics.connections ELSE 0 END, \
                 latency_ms = excluded.latency_ms + CASE WHEN metrics.samples > 1 THEN metrics.latency_ms ELSE 0 END, \
                 error_rate = excluded.error_rate + CASE WHEN metrics.samples > 1 THEN metrics.error_rate ELSE 0 END, \
                 samples = CASE WHEN metrics.samples > 1 THEN metrics.samples + 1 ELSE 1 END",
            )
            .bind(&beat.server_id)
            .bind(beat.ts)
            .bind(beat.cpu)
            .bind(beat.memory)
            .bind(beat.network_in)
            .bind(beat.network_out)
            .bind(beat.connections)
            .bind(beat.latency_ms)
            .bind(beat.error_rate)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "UPDATE servers SET last_heartbeat = ?, cpu_usage = ?, memory_usage = ?, network_speed = ?, \
                 active_connections = ?, latency_ms = ?, performance_score = ?, mining_rate = ? \
                 WHERE id = ? AND decommissioned_at IS NULL",
            )
            .bind(beat.ts)
            .bind(beat.cpu)
            .bind(beat.memory)
            .bind(beat.network_in + beat.network_out)
            .bind(beat.connections)
            .bind(beat.latency_ms)
            .bind(beat.performance_score)
            .bind(beat.mining_rate)
            .bind(&beat.server_id)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        self.note_change().await;
        Ok(())
    }

    /// Servers in service that reported since `fresh_since`, with their latest figures.
    pub async fn live_servers(&self, fresh_since: i64) -> Result<Vec<LiveServer>, StoreError> {
        Ok(sqlx::query_as::<_, LiveServer>(
            "SELECT id, COALESCE(cpu_usage, 0.0) AS cpu_usage, COALESCE(memory_usage, 0.0) AS memory_usage, \
               COALESCE(network_speed, 0.0) AS network_speed, active_connections, \
               COALESCE(latency_ms, 0.0) AS latency_ms \
             FROM servers WHERE maintenance = 0 AND decommissioned_at IS NULL AND last_heartbeat >= ? ORDER BY id",
        )
        .bind(fresh_since)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn live_network(&self, fresh_since: i64) -> Result<LiveNetwork, StoreError> {
        Ok(sqlx::query_as::<_, LiveNetwork>(
            "SELECT COALESCE(SUM(network_speed), 0.0) AS bandwidth, AVG(latency_ms) AS avg_latency, \
               COALESCE(SUM(active_connections), 0) AS active_connections, \
               (SELECT COUNT(*) FROM sessions WHERE ended_at IS NULL) AS open_sessions, \
               COALESCE(SUM(CASE WHEN mining_enabled = 1 THEN mining_rate ELSE 0 END), 0.0) AS token_rate \
             FROM servers WHERE maintenance = 0 AND decommissioned_at IS NULL AND last_heartbeat >= ?",
        )
        .bind(fresh_since)
        .fetch_one(self.pool())
        .await?)
    }
}
