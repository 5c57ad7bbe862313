//! The demo network's agents: every interval, each reporting server sends a heartbeat that
//! drifts from its last one. It goes through the same `ingest` path as real agents.

use std::time::Duration;

use chrono::Utc;
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};

use super::api::realtime::{Beat, ingest};
use super::broker::Broker;
use super::store::Store;
use super::store::servers::HEARTBEAT_TIMEOUT_SECS;

/// Runs until the process ends. Errors are logged and the next round goes on.
pub async fn run(store: Store, broker: Broker, every: Duration, seed: u64) {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    loop {
        tick.tick().await;
        if let Err(e) = round(&store, &broker, &mut rng).await {
            tracing::warn!(error = ?e, "simulated heartbeats failed");
        }
    }
}

fn drift(rng: &mut StdRng, value: f64, step: f64, min: f64, max: f64) -> f64 {
    (value + rng.random_range(-step..=step)).clamp(min, max)
}

async fn round(
    store: &Store,
    broker: &Broker,
    rng: &mut StdRng,
) -> Result<(), super::api::ApiError> {
    let now = Utc::now();
    let live = store
        .live_servers(now.timestamp() - HEARTBEAT_TIMEOUT_SECS)
        .await?;
    let mut beats = Vec::with_capacity(live.len());
    for server in live {
        // Decommissioned since `live_servers` read it: ingest would refuse the whole batch.
        let Some(row) = store
            .server(&server.id)
            .await?
            .filter(|row| row.decommissioned_at.is_none())
        else {
            continue;
        };
        let connections = (server.active_connections + rng.random_range(-5..=5)).max(0);
        let speed = drift(rng, server.network_speed, 20.0, 0.0, 10_000.0);
        let beat = Beat {
            cpu: drift(rng, server.cpu_usage, 3.0, 1.0, 100.0),
            memory: drift(rng, server.memory_usage, 2.0, 5.0, 100.0),
            network_in: speed * 0.55,
            network_out: speed * 0.45,
            connections,
            latency_ms: drift(rng, server.latency_ms, 4.0, 2.0, 400.0),
            error_rate: rng.random_range(0.0..0.02),
            custom: Vec::new(),
        };
        beats.push((row, beat));
    }
    ingest(store, broker, beats, now).await?;
    Ok(())
}
