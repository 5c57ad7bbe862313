//! Live metrics: agents' heartbeats in (`reportMetrics`), subscriptions out (`metricUpdates`,
//! `realTimeMetrics`). The demo simulator feeds the same `ingest` path as real agents.

use std::sync::Arc;

use async_graphql::futures_util::Stream;
use async_graphql::futures_util::stream;
use async_graphql::{Context, ID, Json, Object, Subscription};
use chrono::{DateTime, Duration, Utc};
use tokio::sync::broadcast::error::RecvError;

use super::auth::require_account;
use super::servers::{in_service, managed_server, reported_server, server_status};
use super::types::*;
use super::{ApiError, ApiResult};
use crate::domain::reward::{PeriodStats, RewardPolicy, accrued_reward};
use crate::server::broker::{Broker, Sample, TICK_INTERVAL, Tick};
use crate::server::replicas;
use crate::server::store::Store;
use crate::server::store::heartbeats::HeartbeatRow;
use crate::server::store::servers::{HEARTBEAT_TIMEOUT_SECS, ServerRow};

/// Custom metrics one heartbeat may carry.
pub const MAX_CUSTOM_METRICS: usize = 32;

/// A heartbeat's measurements, validated.
#[derive(Debug, Clone, Default)]
pub struct Beat {
    pub cpu: f64,
    pub memory: f64,
    pub network_in: f64,
    pub network_out: f64,
    pub connections: i64,
    pub latency_ms: f64,
    pub error_rate: f64,
    pub custom: Vec<(String, f64)>,
}

impl Beat {
    fn from_input(input: &HeartbeatInput, now: DateTime<Utc>) -> ApiResult<Self> {
        let percent = |name: &str, v: f64| {
            if v.is_finite() && (0.0..=100.0).contains(&v) {
                Ok(unsigned_zero(v))
            } else {
                Err(ApiError::Invalid(format!("{name} must be 0-100, got {v}")))
            }
        };
        let non_negative = |name: &str, v: f64| {
            if v.is_finite() && v >= 0.0 {
                Ok(unsigned_zero(v))
            } else {
                Err(ApiError::Invalid(format!(
                    "{name} must be 0 or more, got {v}"
                )))
            }
        };
        if !(input.error_rate.is_finite() && (0.0..=1.0).contains(&input.error_rate)) {
            return Err(ApiError::Invalid(format!(
                "errorRate must be 0-1, got {}",
                input.error_rate
            )));
        }
        if input.active_connections < 0 {
            return Err(ApiError::Invalid(
                "activeConnections must be 0 or more".into(),
            ));
        }
        let custom = input.custom.as_deref().unwrap_or_default();
        if custom.len() > MAX_CUSTOM_METRICS {
            return Err(ApiError::Invalid(format!(
                "at most {MAX_CUSTOM_METRICS} custom metrics per heartbeat"
            )));
        }
        let mut named = Vec::with_capacity(custom.len());
        for metric in custom {
            let valid_name = !metric.name.is_empty()
                && metric.name.len() <= 64
                && metric
                    .name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c));
            if !valid_name {
                return Err(ApiError::Invalid(format!(
                    "custom metric name '{}' must be 1-64 letters, digits, '_', '-' or '.'",
                    metric.name
                )));
            }
            if !metric.value.is_finite() {
                return Err(ApiError::Invalid(format!(
                    "custom metric {} has no finite value",
                    metric.name
                )));
            }
            if metric.timestamp > now + Duration::minutes(5) {
                return Err(ApiError::Invalid(format!(
                    "custom metric {} is timestamped in the future",
                    metric.name
                )));
            }
            named.push((metric.name.clone(), metric.value));
        }
        Ok(Self {
            cpu: percent("cpuUsage", input.cpu_usage)?,
            memory: percent("memoryUsage", input.memory_usage)?,
            network_in: non_negative("networkIn", input.network_in)?,
            network_out: non_negative("networkOut", input.network_out)?,
            connections: i64::from(input.active_connections),
            latency_ms: non_negative("latencyMs", input.latency_ms)?,
            error_rate: unsigned_zero(input.error_rate),
            custom: named,
        })
    }
}

/// `-0.0` as `0.0`: both pass the range checks, SQLite stores either as 0 but PostgreSQL keeps
/// the sign, and GraphQL would print it.
fn unsigned_zero(v: f64) -> f64 {
    if v == 0.0 { 0.0 } else { v }
}

/// Performance score (0-100) and mining rate (tokens per hour) of a server reporting `beat`:
/// the reward formula applied to one fully-up hour at these figures.
pub fn live_figures(server: &ServerRow, beat: &Beat) -> (f64, f64) {
    let stats = PeriodStats {
        hours: 1.0,
        uptime: 1.0,
        avg_latency_ms: beat.latency_ms,
        error_rate: beat.error_rate,
        avg_cpu: beat.cpu,
        avg_memory: beat.memory,
        data_transferred_gb: 0.0,
        network_avg_data_gb: 0.0,
        feedback_score: None,
    };
    let breakdown = accrued_reward(&stats, &RewardPolicy::default());
    let rate = if server.mining_enabled {
        breakdown.amount * server.rate_multiplier
    } else {
        0.0
    };
    ((breakdown.multiplier * 100.0).clamp(0.0, 100.0), rate)
}

/// Stores a batch of heartbeats and publishes them (with the network's state) to subscribers.
/// A decommissioned server's heartbeat is refused (VAL_001), whoever sends it.
pub async fn ingest(
    store: &Store,
    broker: &Broker,
    beats: Vec<(ServerRow, Beat)>,
    now: DateTime<Utc>,
) -> ApiResult<Vec<HeartbeatResult>> {
    for (server, _) in &beats {
        in_service(server)?;
    }
    let ts = now.timestamp();
    let mut rows = Vec::with_capacity(beats.len());
    let mut results = Vec::with_capacity(beats.len());
    let mut samples = Vec::with_capacity(beats.len());
    for (mut server, beat) in beats {
        let (score, rate) = live_figures(&server, &beat);
        rows.push(HeartbeatRow {
            server_id: server.id.clone(),
            ts,
            cpu: beat.cpu,
            memory: beat.memory,
            network_in: beat.network_in,
            network_out: beat.network_out,
            connections: beat.connections,
            latency_ms: beat.latency_ms,
            error_rate: beat.error_rate,
            performance_score: score,
            mining_rate: rate,
        });
        server.last_heartbeat = Some(ts);
        server.cpu_usage = Some(beat.cpu);
        server.memory_usage = Some(beat.memory);
        let status = server_status(&server, now);
        results.push(HeartbeatResult {
            server_id: ID(server.id.clone()),
            received_at: now,
            status,
            performance_score: score,
            mining_rate: rate,
        });
        samples.push(Sample {
            at: now,
            server_id: server.id,
            owner_id: server.owner_id,
            cpu: beat.cpu,
            memory: beat.memory,
            network_in: beat.network_in,
            network_out: beat.network_out,
            connections: beat.connections,
            latency_ms: beat.latency_ms,
            error_rate: beat.error_rate,
            status,
            custom: beat.custom,
        });
    }
    store.record_heartbeats(&rows).await?;
    replicas::announce_samples(store, broker, &samples).await;
    queue_for_subscribers(store, broker, samples);
    Ok(results)
}

/// Queues stored heartbeats (received here, or announced by another replica) for this
/// process's subscribers: the first opens a tick, published [`TICK_INTERVAL`] later.
pub fn queue_for_subscribers(store: &Store, broker: &Broker, samples: Vec<Sample>) {
    // Nobody listening (the alert engine listens while the server runs): nothing to
    // publish, and no network-wide queries.
    if broker.subscribers() > 0 && broker.queue(samples) {
        let (store, broker) = (store.clone(), broker.clone());
        tokio::spawn(async move {
            tokio::time::sleep(TICK_INTERVAL).await;
            if let Err(e) = publish_tick(&store, &broker).await {
                tracing::warn!(error = ?e, "live metrics were not published");
            }
        });
    }
}

/// Publishes the open tick with the network's state as of now. The figures are read before
/// the tick is closed: heartbeats arriving meanwhile still join it, and the next tick opens
/// only after this one is published, so ticks never overtake each other.
async fn publish_tick(store: &Store, broker: &Broker) -> ApiResult<()> {
    let fresh = Utc::now().timestamp() - HEARTBEAT_TIMEOUT_SECS;
    let network = store.live_network(fresh).await;
    let regions = store.connections_by_region(fresh).await;
    let samples = broker.close_tick();
    let (network, regions) = (network?, regions?);
    let Some(first) = samples.first() else {
        return Ok(());
    };
    let at = first.at;
    let regions: serde_json::Map<String, serde_json::Value> = regions
        .into_iter()
        .map(|(region, n)| (region, n.into()))
        .collect();
    broker.publish(Tick {
        at,
        samples,
        active_connections: network.active_connections,
        network: NetworkMetricsUpdate {
            total_bandwidth: network.bandwidth,
            average_latency: network.avg_latency.unwrap_or(0.0),
            total_active_users: network.open_sessions as i32,
            connections_by_region: Json(serde_json::Value::Object(regions)),
            current_token_rate: network.token_rate,
        },
    });
    Ok(())
}

#[derive(Default)]
pub struct RealtimeMutation;

#[Object]
impl RealtimeMutation {
    /// A heartbeat from a server's agent: an agent token of that server, or its owner's (or an
    /// admin's) token. Stores a metric
    /// sample, updates the server's latest figures, performance score and mining rate, and
    /// reaches subscribers. Heartbeats feed uptime and so the rewards.
    async fn report_metrics(
        &self,
        ctx: &Context<'_>,
        input: HeartbeatInput,
    ) -> ApiResult<HeartbeatResult> {
        let server = reported_server(ctx, &input.server_id).await?;
        let now = Utc::now();
        let beat = Beat::from_input(&input, now)?;
        let store = ctx.data_unchecked::<Store>();
        let broker = ctx.data_unchecked::<Broker>();
        ingest(store, broker, vec![(server, beat)], now)
            .await?
            .pop()
            .ok_or_else(|| ApiError::Internal("heartbeat was not recorded".into()))
    }
}

/// Which servers' samples a subscriber may see.
#[derive(Clone)]
enum Scope {
    All,
    /// The servers an account owns when they report (a server registered after the
    /// subscription started is included).
    OwnedBy(String),
    One(String),
}

impl Scope {
    fn admits(&self, sample: &Sample) -> bool {
        match self {
            Self::All => true,
            Self::OwnedBy(owner) => &sample.owner_id == owner,
            Self::One(id) => &sample.server_id == id,
        }
    }
}

/// The updates of `broker` that `view` turns into items for this subscriber (none, one, or
/// one per sample). A subscriber that lags skips what it missed; the stream ends when the
/// server shuts down.
fn updates<T: Send + 'static>(
    ctx: &Context<'_>,
    view: impl Fn(&Tick) -> Vec<T> + Send + Sync + 'static,
) -> impl Stream<Item = T> + Send + 'static {
    let receiver = ctx.data_unchecked::<Broker>().subscribe();
    let view = Arc::new(view);
    let ready = std::collections::VecDeque::new();
    stream::unfold((receiver, ready), move |(mut receiver, mut ready)| {
        let view = Arc::clone(&view);
        async move {
            loop {
                if let Some(item) = ready.pop_front() {
                    return Some((item, (receiver, ready)));
                }
                match receiver.recv().await {
                    Ok(tick) => ready.extend(view(&tick)),
                    Err(RecvError::Lagged(_)) => continue,
                    Err(RecvError::Closed) => return None,
                }
            }
        }
    })
}

fn live_metrics(sample: &Sample) -> ServerLiveMetrics {
    let metric = |metric_type, name: &str, value, unit: &str| LiveMetric {
        metric_type,
        name: name.to_string(),
        value,
        unit: unit.to_string(),
    };
    let mut metrics = vec![
        metric(MetricType::Cpu, "cpu", sample.cpu, "percent"),
        metric(MetricType::Memory, "memory", sample.memory, "percent"),
        metric(
            MetricType::Network,
            "network",
            sample.network_in + sample.network_out,
            "Mbit/s",
        ),
        metric(
            MetricType::Connections,
            "connections",
            sample.connections as f64,
            "count",
        ),
        metric(MetricType::Latency, "latency", sample.latency_ms, "ms"),
    ];
    metrics.extend(
        sample
            .custom
            .iter()
            .map(|(name, value)| metric(MetricType::Custom, name, *value, "")),
    );
    let mut alerts = Vec::new();
    let mut alert = |severity, message: String| {
        alerts.push(LiveAlert {
            severity,
            message,
            timestamp: sample.at,
        })
    };
    if sample.cpu > 90.0 {
        alert(Severity::High, format!("CPU at {:.0}%", sample.cpu));
    }
    if sample.memory > 90.0 {
        alert(Severity::High, format!("memory at {:.0}%", sample.memory));
    }
    if sample.latency_ms > 250.0 {
        alert(
            Severity::Medium,
            format!("latency {:.0} ms", sample.latency_ms),
        );
    }
    if sample.error_rate > 0.05 {
        alert(
            Severity::Medium,
            format!("{:.1}% of connections failing", sample.error_rate * 100.0),
        );
    }
    let message = match sample.status {
        ServerStatus::Online => "online",
        ServerStatus::Degraded => "online, overloaded",
        ServerStatus::Offline => "offline",
        ServerStatus::Maintenance => "in maintenance",
        ServerStatus::Decommissioned => "decommissioned",
    };
    ServerLiveMetrics {
        server_id: ID(sample.server_id.clone()),
        timestamp: sample.at,
        metrics,
        status: LiveStatus {
            code: sample.status,
            message: message.into(),
        },
        alerts,
    }
}

#[derive(Default)]
pub struct RealtimeSubscription;

#[Subscription]
impl RealtimeSubscription {
    /// Network-wide updates as heartbeats arrive, at most ten a second: each carries the
    /// heartbeats received since the previous one, and its `timestamp` is when the first of
    /// them arrived. Any logged-in account receives the network figures; `serverMetrics` lists
    /// the servers the caller may see (admins: all; operators: their own; users: none).
    async fn metric_updates(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = RealTimeMetrics>> {
        let account = require_account(ctx)?;
        let scope = if account.role == Role::Admin {
            Scope::All
        } else {
            Scope::OwnedBy(account.id.clone())
        };
        Ok(updates(ctx, move |tick| {
            vec![RealTimeMetrics {
                timestamp: tick.at,
                active_connections: tick.active_connections as i32,
                server_metrics: tick
                    .samples
                    .iter()
                    .filter(|s| scope.admits(s))
                    .map(|s| ServerMetricsUpdate {
                        server_id: ID(s.server_id.clone()),
                        cpu_usage: s.cpu,
                        memory_usage: s.memory,
                        network_speed: s.network_in + s.network_out,
                        active_miners: s.connections as i32,
                    })
                    .collect(),
                network_metrics: tick.network.clone(),
            }]
        }))
    }

    /// Live metrics, status and alerts of one server, one update per heartbeat (its owner and
    /// admins).
    async fn real_time_metrics(
        &self,
        ctx: &Context<'_>,
        server_id: ID,
    ) -> async_graphql::Result<impl Stream<Item = ServerLiveMetrics>> {
        let server = managed_server(ctx, &server_id).await?;
        let scope = Scope::One(server.id);
        Ok(updates(ctx, move |tick| {
            tick.samples
                .iter()
                .filter(|s| scope.admits(s))
                .map(live_metrics)
                .collect()
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::store::IN_MEMORY;

    #[test]
    fn a_negative_zero_figure_is_stored_as_zero() {
        let input = HeartbeatInput {
            server_id: ID::from("srv-a"),
            cpu_usage: -0.0,
            memory_usage: -0.0,
            network_in: -0.0,
            network_out: -0.0,
            active_connections: 0,
            latency_ms: -0.0,
            error_rate: -0.0,
            custom: None,
        };
        let beat = Beat::from_input(&input, Utc::now()).unwrap();
        for figure in [
            beat.cpu,
            beat.memory,
            beat.network_in,
            beat.network_out,
            beat.latency_ms,
            beat.error_rate,
        ] {
            assert_eq!(figure.to_bits(), 0.0f64.to_bits());
        }
    }

    async fn store_with_server() -> Store {
        let store = Store::open(IN_MEMORY).await.unwrap();
        sqlx::raw_sql(
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) VALUES \
             ('op-a', 'alice', '!', 'OPERATOR', 'FREE', 'u1', 0); \
             INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) VALUES \
             ('srv-a', 'op-a', 'a.example.net', '192.0.2.1', 'eu-west', 0);",
        )
        .execute(store.pool())
        .await
        .unwrap();
        store
    }

    async fn samples(store: &Store) -> i64 {
        sqlx::query_scalar("SELECT COUNT(*) FROM metrics WHERE server_id = 'srv-a'")
            .fetch_one(store.pool())
            .await
            .unwrap()
    }

    /// The shared ingest path (owners, admins, agents and the simulator alike) refuses a
    /// decommissioned server's heartbeat and stores nothing of the batch.
    #[tokio::test]
    async fn ingest_refuses_decommissioned_servers() {
        let store = store_with_server().await;
        let broker = Broker::new();
        let now = Utc::now();
        let row = store.server("srv-a").await.unwrap().unwrap();
        ingest(&store, &broker, vec![(row, Beat::default())], now)
            .await
            .unwrap();
        assert_eq!(samples(&store).await, 1);

        assert!(
            store
                .decommission_server("srv-a", now.timestamp())
                .await
                .unwrap()
        );
        assert!(
            !store
                .decommission_server("srv-a", now.timestamp())
                .await
                .unwrap()
        );
        let row = store.server("srv-a").await.unwrap().unwrap();
        let later = now + Duration::seconds(5);
        let refused = ingest(&store, &broker, vec![(row, Beat::default())], later).await;
        assert!(
            matches!(&refused, Err(ApiError::Invalid(m)) if m.contains("decommissioned")),
            "{refused:?}"
        );
        assert_eq!(samples(&store).await, 1, "nothing stored");
    }

    /// A heartbeat whose server was decommissioned after the API's check (a race) is not stored
    /// either: the store checks again in the same statement.
    #[tokio::test]
    async fn the_store_drops_heartbeats_of_decommissioned_servers() {
        let store = store_with_server().await;
        let stale = store.server("srv-a").await.unwrap().unwrap();
        let now = Utc::now();
        store
            .decommission_server("srv-a", now.timestamp())
            .await
            .unwrap();
        let (score, rate) = live_figures(&stale, &Beat::default());
        store
            .record_heartbeats(&[crate::server::store::heartbeats::HeartbeatRow {
                server_id: "srv-a".into(),
                ts: now.timestamp(),
                cpu: 10.0,
                memory: 10.0,
                network_in: 1.0,
                network_out: 1.0,
                connections: 1,
                latency_ms: 5.0,
                error_rate: 0.0,
                performance_score: score,
                mining_rate: rate,
            }])
            .await
            .unwrap();
        assert_eq!(samples(&store).await, 0);
        let row = store.server("srv-a").await.unwrap().unwrap();
        assert_eq!(row.last_heartbeat, None);
        assert!(row.decommissioned_at.is_some());
        assert_eq!(row.capacity, 1000, "the migration's default");
    }
}
