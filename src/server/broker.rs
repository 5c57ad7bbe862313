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
