//! Fan-out of live metrics to subscribers. One bounded broadcast channel: publishers never
//! wait, and a subscriber that falls behind loses its oldest updates (it is told how many and
//! goes on) instead of slowing the others or growing memory.

use std::sync::Arc;

use tokio::sync::broadcast;

use super::api::types::{NetworkMetricsUpdate, ServerStatus, Timestamp};

/// Updates kept for slow subscribers before the oldest are dropped.
pub const CAPACITY: usize = 256;

/// One server's heartbeat as subscribers see it.
#[derive(Debug, Clone)]
pub struct Sample {
    pub server_id: String,
    pub owner_id: String,
    pub cpu: f64,
    pub memory: f64,
    pub network_in: f64,
    pub network_out: f64,
    pub connections: i64,
    pub latency_ms: f64,
    pub error_rate: f64,
    pub status: ServerStatus,
    pub custom: Vec<(String, f64)>,
}

/// A batch of heartbeats received together, with the network's state after them.
#[derive(Debug, Clone)]
pub struct Tick {
    pub at: Timestamp,
    pub samples: Vec<Sample>,
    pub network: NetworkMetricsUpdate,
    pub active_connections: i64,
}

#[derive(Debug, Clone)]
pub struct Broker {
    sender: broadcast::Sender<Arc<Tick>>,
}

impl Default for Broker {
    fn default() -> Self {
        Self::new()
    }
}

impl Broker {
    pub fn new() -> Self {
        Self {
            sender: broadcast::channel(CAPACITY).0,
        }
    }

    /// Sends a tick to every subscriber; with none, it is simply dropped.
    pub fn publish(&self, tick: Tick) {
        let _ = self.sender.send(Arc::new(tick));
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Arc<Tick>> {
        self.sender.subscribe()
    }

    pub fn subscribers(&self) -> usize {
        self.sender.receiver_count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::api::types::NetworkMetricsUpdate;
    use async_graphql::Json;

    fn tick(n: i64) -> Tick {
        Tick {
            at: chrono::DateTime::from_timestamp(n, 0).unwrap(),
            samples: Vec::new(),
            network: NetworkMetricsUpdate {
                total_bandwidth: 0.0,
                average_latency: 0.0,
                total_active_users: 0,
                connections_by_region: Json(serde_json::json!({})),
                current_token_rate: 0.0,
            },
            active_connections: n,
        }
    }

    #[tokio::test]
    async fn a_slow_subscriber_loses_the_oldest_updates_and_blocks_nobody() {
        let broker = Broker::new();
        let mut slow = broker.subscribe();
        let mut fast = broker.subscribe();
        let total = CAPACITY as i64 + 50;
        for n in 0..total {
            // Never waits, however far behind `slow` is.
            broker.publish(tick(n));
            assert_eq!(fast.recv().await.unwrap().active_connections, n);
        }
        match slow.recv().await {
            Err(broadcast::error::RecvError::Lagged(missed)) => assert_eq!(missed, 50),
            other => panic!("expected a lag report, got {other:?}"),
        }
        // It goes on with the oldest update still kept: memory is bounded by CAPACITY.
        assert_eq!(slow.recv().await.unwrap().active_connections, 50);
    }
}
