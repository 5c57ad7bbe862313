//! Fan-out of live metrics to subscribers. One bounded broadcast channel: publishers never
//! wait, and a subscriber that falls behind loses its oldest updates (it is told how many and
//! goes on) instead of slowing the others or growing memory.
//!
//! Heartbeats are coalesced: the first one queued opens a tick that closes [`TICK_INTERVAL`]
//! later with every heartbeat that arrived meanwhile. A subscriber then receives a few
//! messages a second, however many servers report, instead of one per heartbeat; the cost is
//! at most one interval of added delay.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::broadcast;

use super::api::types::{NetworkMetricsUpdate, ServerStatus, Timestamp};
use crate::domain::alert_rule::{AlertSeverity, Metric, Transition};

/// Updates kept for slow subscribers before the oldest are dropped.
pub const CAPACITY: usize = 256;

/// How long a tick stays open for more heartbeats after its first.
pub const TICK_INTERVAL: Duration = Duration::from_millis(100);

/// One server's heartbeat as subscribers see it (and as other replicas receive it).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Sample {
    /// When the heartbeat was received.
    pub at: Timestamp,
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

/// The heartbeats of one tick, with the network's state after them.
#[derive(Debug, Clone)]
pub struct Tick {
    /// When the tick's first heartbeat was received: its samples are at least this fresh.
    pub at: Timestamp,
    pub samples: Vec<Sample>,
    pub network: NetworkMetricsUpdate,
    pub active_connections: i64,
}

/// An alert that fired or resolved, as subscribers and the webhook outbox see it (and as
/// other replicas receive it).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct AlertEvent {
    pub alert_id: String,
    pub rule_id: String,
    pub rule_name: String,
    /// The rule's owner; `None` for a built-in rule.
    pub rule_owner_id: Option<String>,
    /// `None` for an alert on the network's totals.
    pub server_id: Option<String>,
    pub server_name: Option<String>,
    /// The server's owner.
    pub server_owner_id: Option<String>,
    pub transition: Transition,
    pub severity: AlertSeverity,
    pub metric: Metric,
    pub value: f64,
    pub threshold: f64,
    pub summary: String,
    /// Unix seconds.
    pub started_at: i64,
    pub resolved_at: Option<i64>,
    /// A silence held its notifications back.
    pub silenced: bool,
}

#[derive(Debug, Clone)]
pub struct Broker {
    sender: broadcast::Sender<Arc<Tick>>,
    open_tick: Arc<Mutex<Vec<Sample>>>,
    alerts: broadcast::Sender<Arc<AlertEvent>>,
    /// Moved by every change of alert rules or their channels; see
    /// [`Broker::alert_rules_changed`].
    alert_rules_version: Arc<AtomicU64>,
    /// This process's name among the replicas of one database (`server::replicas`): what it
    /// announces carries it, so that it skips its own announcements.
    replica: Arc<str>,
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
            open_tick: Arc::default(),
            alerts: broadcast::channel(CAPACITY).0,
            alert_rules_version: Arc::default(),
            replica: format!("{:016x}", rand::random::<u64>()).into(),
        }
    }

    /// This process's name among the replicas of one database.
    pub fn replica(&self) -> &str {
        &self.replica
    }

    /// Adds samples to the open tick. True when they opened it: the caller then closes it
    /// with [`Broker::close_tick`] after [`TICK_INTERVAL`].
    pub fn queue(&self, samples: Vec<Sample>) -> bool {
        let mut open = self.open_tick.lock().unwrap_or_else(|e| e.into_inner());
        let opened = open.is_empty();
        open.extend(samples);
        opened && !open.is_empty()
    }

    /// Takes the open tick's samples, oldest first; the next sample queued opens a new tick.
    pub fn close_tick(&self) -> Vec<Sample> {
        std::mem::take(&mut *self.open_tick.lock().unwrap_or_else(|e| e.into_inner()))
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

    /// Sends an alert's change to every alert subscriber (and wakes the webhook outbox).
    pub fn publish_alert(&self, event: AlertEvent) {
        let _ = self.alerts.send(Arc::new(event));
    }

    /// Call after a rule (or the channels a rule names) changed: the alert engine reloads
    /// the rules before its next sweep.
    pub fn alert_rules_changed(&self) {
        self.alert_rules_version.fetch_add(1, Ordering::AcqRel);
    }

    pub fn alert_rules_version(&self) -> u64 {
        self.alert_rules_version.load(Ordering::Acquire)
    }

    pub fn subscribe_alerts(&self) -> broadcast::Receiver<Arc<AlertEvent>> {
        self.alerts.subscribe()
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

    fn sample(id: &str) -> Sample {
        Sample {
            at: chrono::Utc::now(),
            server_id: id.into(),
            owner_id: "owner".into(),
            cpu: 0.0,
            memory: 0.0,
            network_in: 0.0,
            network_out: 0.0,
            connections: 0,
            latency_ms: 0.0,
            error_rate: 0.0,
            status: crate::server::api::types::ServerStatus::Online,
            custom: Vec::new(),
        }
    }

    #[test]
    fn the_first_samples_open_a_tick_and_closing_it_takes_them_all() {
        let broker = Broker::new();
        assert!(!broker.queue(Vec::new()), "nothing queued opens nothing");
        assert!(broker.queue(vec![sample("a")]));
        assert!(!broker.queue(vec![sample("b"), sample("c")]));
        let ids: Vec<_> = broker
            .close_tick()
            .into_iter()
            .map(|s| s.server_id)
            .collect();
        assert_eq!(ids, ["a", "b", "c"]);
        assert!(broker.close_tick().is_empty());
        assert!(broker.queue(vec![sample("d")]), "a new tick opens");
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
