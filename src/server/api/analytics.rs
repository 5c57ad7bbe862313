//! Analytics computed from stored rows: a server's metric series (`serverMetrics`) and the
//! network's figures over a window (`networkAnalytics`).

use std::collections::HashMap;

use async_graphql::{ComplexObject, Context, ID, Object};
use chrono::{DateTime, Duration, Utc};

use super::auth::require_account;
use super::types::*;
use super::{ApiError, ApiResult};
use crate::domain::dates::{Interval, TimeRange};
use crate::domain::reward::{PeriodStats, RewardBreakdown, RewardPolicy, accrued_reward};
use crate::server::store::Store;
use crate::server::store::metrics::{MetricBucket, MiningPeriod, ServerAverages};

/// Longest range `serverMetrics` serves.
pub const MAX_METRICS_RANGE_DAYS: i64 = 31;
/// Most buckets `serverMetrics` returns for an explicit interval.
pub const MAX_METRICS_POINTS: i64 = 2_000;
/// Longest window `networkAnalytics` serves.
pub const MAX_ANALYTICS_WINDOW_DAYS: i64 = 366;
/// `networkAnalytics` window when `from` is omitted.
pub const DEFAULT_ANALYTICS_WINDOW_HOURS: i64 = 24;
/// Length of `topPerformingServers`.
pub const TOP_SERVERS: i64 = 10;
/// Servers are expected to store one metric sample per this many seconds; uptime is the share
/// of expected samples received.
pub const EXPECTED_SAMPLE_INTERVAL_SECS: i64 = 3_600;

#[derive(Default)]
pub struct AnalyticsQuery;

#[Object]
impl AnalyticsQuery {
    /// Metrics of one server bucketed over a time range (at most 31 days), oldest first. The
    /// server's owner and admins only. Buckets are aligned to the Unix epoch, so the first may
    /// start before `from`; only samples inside [from, to) are averaged, and buckets without
    /// samples are left out. `interval` omitted, the finest giving at most 500 points; an
    /// explicit one may give at most 2000. `mining` applies the reward formula to the bucket's
    /// averages (uptime = samples received / one expected per hour) for the time a mining
    /// activity was open in it: `rewards` are the tokens accrued in the bucket, `hashrate` the
    /// same per hour of the bucket, `efficiency` the formula's multiplier.
    async fn server_metrics(
        &self,
        ctx: &Context<'_>,
        server_id: ID,
        time_range: TimeRangeInput,
    ) -> ApiResult<Vec<ServerMetricsPoint>> {
        let account = require_account(ctx)?;
        let range = metrics_range(&time_range)?;
        let interval = bucket_interval(time_range.interval, &range, "timeRange.interval")?;

        let store = ctx.data_unchecked::<Store>();
        let server = store
            .server(&server_id)
            .await?
            .ok_or_else(|| ApiError::not_found("server", &server_id))?;
        if !(account.role == Role::Admin || account.id == server.owner_id) {
            return Err(ApiError::Auth(format!(
                "only the owner of server '{}' and admins may read its metrics",
                server.id
            )));
        }

        let (from, to, width) = (
            range.from.timestamp(),
            range.to.timestamp(),
            interval.seconds(),
        );
        let (metrics, sessions, network, servers, mining) = tokio::try_join!(
            store.server_metric_buckets(&server.id, from, to, width),
            store.server_session_buckets(&server.id, from, to, width),
            store.network_data_buckets(from, to, width),
            store.server_count(),
            store.mining_periods(&server.id, from, to),
        )?;
        let sessions: HashMap<i64, _> = sessions.into_iter().map(|s| (s.bucket, s)).collect();
        let network: HashMap<i64, f64> =
            network.into_iter().map(|n| (n.bucket, n.data_gb)).collect();
        // An activity left open on a server whose mining is now off does not accrue.
        let mining: Vec<MiningPeriod> = mining
            .into_iter()
            .filter(|p| p.stopped_at.is_some() || server.mining_enabled)
            .collect();
        let policy = RewardPolicy::default();

        let points = metrics
            .into_iter()
            .map(|bucket| {
                let start = bucket.bucket.max(from);
                let end = (bucket.bucket + width).min(to);
                let session = sessions.get(&bucket.bucket);
                let facts = PeriodFacts::from_bucket(
                    &bucket,
                    end - start,
                    mining_seconds(&mining, start, end),
                    session.map_or(0.0, |s| s.data_gb),
                    network.get(&bucket.bucket).copied().unwrap_or(0.0) / servers.max(1) as f64,
                    session.and_then(|s| s.rating),
                );
                point(&bucket, &facts, &policy)
            })
            .collect();
        Ok(points)
    }

    /// Network-wide figures over [from, to). Defaults: `to` now, `from` 24 hours before `to`;
    /// the window may span at most 366 days. Any logged-in account.
    async fn network_analytics(
        &self,
        ctx: &Context<'_>,
        from: Option<Timestamp>,
        to: Option<Timestamp>,
    ) -> ApiResult<NetworkAnalytics> {
        require_account(ctx)?;
        let to = to.unwrap_or_else(Utc::now);
        let from = from.unwrap_or(to - Duration::hours(DEFAULT_ANALYTICS_WINDOW_HOURS));
        if from >= to {
            return Err(ApiError::Invalid(format!(
                "from ({}) must be before to ({})",
                from.to_rfc3339(),
                to.to_rfc3339()
            )));
        }
        if to - from > Duration::days(MAX_ANALYTICS_WINDOW_DAYS) {
            return Err(ApiError::Invalid(format!(
                "the window from {} to {} is longer than {MAX_ANALYTICS_WINDOW_DAYS} days: \
                 ask for a shorter one",
                from.to_rfc3339(),
                to.to_rfc3339()
            )));
        }
        let store = ctx.data_unchecked::<Store>();
        let (from_s, to_s) = (from.timestamp(), to.timestamp());
        let max_load = RewardPolicy::default().healthy_utilisation_max;
        let started = std::time::Instant::now();
        let (totals, top) = store
            .network_overview(from_s, to_s, max_load, TOP_SERVERS)
            .await?;
        tracing::debug!(elapsed = ?started.elapsed(), from = from_s, to = to_s, "network overview");
        let per_server = |value: f64| {
            if totals.reporting_servers > 0 {
                value / totals.reporting_servers as f64
            } else {
                0.0
            }
        };
        Ok(NetworkAnalytics {
            from,
            to,
            total_active_connections: saturating_i32(totals.active_sessions),
            total_users: saturating_i32(totals.users),
            total_servers: saturating_i32(totals.reporting_servers),
            total_data_transferred: totals.data_gb,
            connections_per_server: per_server(totals.active_sessions as f64),
            data_per_server: per_server(totals.data_gb),
            top_performing_servers: top.into_iter().map(performance_summary).collect(),
        })
    }
}

#[ComplexObject]
impl NetworkAnalytics {
    /// The window's samples from every server, averaged per bucket, oldest first: what
    /// `analytics network --chart` draws. Buckets are aligned to the Unix epoch, so the first
    /// may start before `from`; only samples inside [from, to) count, and buckets without
    /// samples are left out. `interval` omitted, the finest giving at most 500 points; an
    /// explicit one may give at most 2000.
    async fn timeline(
        &self,
        ctx: &Context<'_>,
        interval: Option<MetricInterval>,
    ) -> ApiResult<Vec<NetworkMetricsPoint>> {
        let range = TimeRange::new(self.from, self.to)
            .map_err(|_| ApiError::Invalid("from must be before to".into()))?;
        let interval = bucket_interval(interval, &range, "interval")?;
        let store = ctx.data_unchecked::<Store>();
        let buckets = store
            .network_metric_buckets(
                self.from.timestamp(),
                self.to.timestamp(),
                interval.seconds(),
            )
            .await?;
        Ok(buckets
            .into_iter()
            .map(|bucket| NetworkMetricsPoint {
                timestamp: DateTime::from_timestamp(bucket.bucket, 0).unwrap_or_default(),
                reporting_servers: saturating_i32(bucket.servers),
                average_cpu_usage: bucket.cpu,
                average_memory_usage: bucket.memory,
                average_network_speed: bucket.network,
                average_connections: bucket.connections,
                average_latency_ms: bucket.latency_ms,
            })
            .collect())
    }
}

/// What one server did over one period, read from its samples, sessions and mining
/// activities: everything the reward formula needs. `serverMetrics` builds one per bucket;
/// claims build one for the period since the last claim.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PeriodFacts {
    /// Length of the period, seconds.
    pub seconds: i64,
    /// Seconds of the period during which a mining activity was open: the time that accrues.
    pub mining_seconds: i64,
    /// Metric samples received in the period.
    pub samples: i64,
    pub avg_cpu: f64,
    pub avg_memory: f64,
    pub avg_latency_ms: f64,
    /// Fraction 0-1.
    pub avg_error_rate: f64,
    /// Gigabytes transferred by the server's sessions started in the period.
    pub data_gb: f64,
    /// Gigabytes of all sessions started in the period, divided by the number of servers.
    pub network_avg_data_gb: f64,
    /// Average 1-5 rating of the server's sessions of the period; `None` when none was rated.
    pub feedback_score: Option<f64>,
}

impl PeriodFacts {
    pub fn from_bucket(
        bucket: &MetricBucket,
        seconds: i64,
        mining_seconds: i64,
        data_gb: f64,
        network_avg_data_gb: f64,
        feedback_score: Option<f64>,
    ) -> Self {
        Self {
            seconds,
            mining_seconds,
            samples: bucket.samples,
            avg_cpu: bucket.cpu,
            avg_memory: bucket.memory,
            avg_latency_ms: bucket.latency_ms,
            avg_error_rate: bucket.error_rate,
            data_gb,
            network_avg_data_gb,
            feedback_score,
        }
    }
}

/// The reward formula's inputs for a period. `hours` is the time a mining activity was open
/// (a server accrues nothing otherwise); `uptime` is samples received over samples expected
/// (one per [`EXPECTED_SAMPLE_INTERVAL_SECS`] of the whole period, at least one), at most 1.
pub fn period_stats(facts: &PeriodFacts) -> PeriodStats {
    let expected = (facts.seconds.max(0) as f64 / EXPECTED_SAMPLE_INTERVAL_SECS as f64).max(1.0);
    PeriodStats {
        hours: facts.mining_seconds.clamp(0, facts.seconds.max(0)) as f64 / 3_600.0,
        uptime: (facts.samples.max(0) as f64 / expected).min(1.0),
        avg_latency_ms: facts.avg_latency_ms,
        error_rate: facts.avg_error_rate,
        avg_cpu: facts.avg_cpu,
        avg_memory: facts.avg_memory,
        data_transferred_gb: facts.data_gb,
        network_avg_data_gb: facts.network_avg_data_gb,
        feedback_score: facts.feedback_score,
    }
}

/// Mining figures of a period: tokens accrued, the same per hour of the period, multiplier.
pub fn mining_metrics(facts: &PeriodFacts, policy: &RewardPolicy) -> MiningMetrics {
    let RewardBreakdown {
        amount, multiplier, ..
    } = accrued_reward(&period_stats(facts), policy);
    let hours = facts.seconds as f64 / 3_600.0;
    MiningMetrics {
        hashrate: if hours > 0.0 { amount / hours } else { 0.0 },
        efficiency: multiplier,
        rewards: amount,
    }
}

/// Seconds of `[start, end)` covered by the activities (which do not overlap each other).
fn mining_seconds(periods: &[MiningPeriod], start: i64, end: i64) -> i64 {
    periods
        .iter()
        .map(|p| {
            let from = p.started_at.max(start);
            let to = p.stopped_at.unwrap_or(i64::MAX).min(end);
            (to - from).max(0)
        })
        .sum::<i64>()
        .min((end - start).max(0))
}

fn point(bucket: &MetricBucket, facts: &PeriodFacts, policy: &RewardPolicy) -> ServerMetricsPoint {
    ServerMetricsPoint {
        timestamp: DateTime::from_timestamp(bucket.bucket, 0).unwrap_or_default(),
        latency_ms: bucket.latency_ms,
        metrics: MetricsSnapshot {
            cpu: CpuMetrics {
                usage: bucket.cpu,
                temperature: None,
                processes: None,
            },
            memory: MemoryMetrics {
                used: bucket.memory,
                available: 100.0 - bucket.memory,
                swap: None,
            },
            network: NetworkMetrics {
                incoming: bucket.network_in,
                outgoing: bucket.network_out,
                connections: saturating_i32(bucket.connections.round() as i64),
            },
            mining: mining_metrics(facts, policy),
        },
    }
}

fn performance_summary(row: ServerAverages) -> ServerPerformanceSummary {
    ServerPerformanceSummary {
        server_id: ID(row.server_id),
        server_name: row.host_name,
        average_cpu_usage: row.cpu,
        average_memory_usage: row.memory,
        average_network_speed: row.network_speed,
        average_latency_ms: row.latency_ms,
    }
}

fn metrics_range(input: &TimeRangeInput) -> ApiResult<TimeRange> {
    let range = TimeRange::new(input.from, input.to).map_err(|_| {
        ApiError::Invalid(format!(
            "timeRange.from ({}) must be before timeRange.to ({})",
            input.from.to_rfc3339(),
            input.to.to_rfc3339()
        ))
    })?;
    if range.duration() > Duration::days(MAX_METRICS_RANGE_DAYS) {
        return Err(ApiError::Invalid(format!(
            "timeRange spans {:.1} days, more than {MAX_METRICS_RANGE_DAYS}: ask for a shorter range",
            range.duration().num_seconds() as f64 / 86_400.0
        )));
    }
    Ok(range)
}

/// The bucket width asked for, if it gives at most [`MAX_METRICS_POINTS`] over `range`; else
/// the finest giving at most ~500. `argument` names it in the error.
fn bucket_interval(
    asked: Option<MetricInterval>,
    range: &TimeRange,
    argument: &str,
) -> ApiResult<Interval> {
    let Some(interval) = asked else {
        return Ok(Interval::auto(range));
    };
    let interval = domain_interval(interval);
    let points = interval.points(range);
    if points > MAX_METRICS_POINTS {
        return Err(ApiError::Invalid(format!(
            "{argument} {interval} gives {points} points over this range, \
             more than {MAX_METRICS_POINTS}: choose a coarser interval or a shorter range"
        )));
    }
    Ok(interval)
}

fn domain_interval(interval: MetricInterval) -> Interval {
    match interval {
        MetricInterval::Minute => Interval::Minute,
        MetricInterval::FiveMinutes => Interval::FiveMinutes,
        MetricInterval::Hour => Interval::Hour,
        MetricInterval::Day => Interval::Day,
    }
}

fn saturating_i32(value: i64) -> i32 {
    value.clamp(0, i64::from(i32::MAX)) as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> PeriodFacts {
        PeriodFacts {
            seconds: 3_600,
            mining_seconds: 3_600,
            samples: 1,
            avg_cpu: 50.0,
            avg_memory: 50.0,
            avg_latency_ms: 20.0,
            avg_error_rate: 0.0,
            data_gb: 10.0,
            network_avg_data_gb: 10.0,
            feedback_score: Some(5.0),
        }
    }

    #[test]
    fn a_perfect_hour_earns_the_base_rate() {
        let stats = period_stats(&facts());
        assert_eq!((stats.hours, stats.uptime), (1.0, 1.0));
        let mining = mining_metrics(&facts(), &RewardPolicy::default());
        assert_eq!(mining.efficiency, 1.0);
        assert_eq!(mining.rewards, 1.0);
        assert_eq!(mining.hashrate, 1.0);
    }

    #[test]
    fn uptime_is_samples_over_hours_expected_and_at_most_one() {
        let day = PeriodFacts {
            seconds: 86_400,
            mining_seconds: 86_400,
            samples: 18,
            ..facts()
        };
        assert_eq!(period_stats(&day).uptime, 0.75);
        // A five-minute bucket expects one sample, not a twelfth of one.
        let short = PeriodFacts {
            seconds: 300,
            mining_seconds: 300,
            samples: 3,
            ..facts()
        };
        assert_eq!(period_stats(&short).uptime, 1.0);
    }

    #[test]
    fn only_mining_time_accrues() {
        let half = PeriodFacts {
            mining_seconds: 1_800,
            ..facts()
        };
        let mining = mining_metrics(&half, &RewardPolicy::default());
        assert_eq!(mining.efficiency, 1.0);
        assert_eq!(mining.rewards, 0.5);
        assert_eq!(mining.hashrate, 0.5);
        let idle = PeriodFacts {
            mining_seconds: 0,
            ..facts()
        };
        assert_eq!(mining_metrics(&idle, &RewardPolicy::default()).rewards, 0.0);
    }

    #[test]
    fn mining_seconds_clip_activities_to_the_bucket() {
        let periods = [
            MiningPeriod {
                started_at: 0,
                stopped_at: Some(1_000),
            },
            MiningPeriod {
                started_at: 3_000,
                stopped_at: None,
            },
        ];
        assert_eq!(mining_seconds(&periods, 500, 3_600), 500 + 600);
        assert_eq!(mining_seconds(&periods, 1_000, 3_000), 0);
        assert_eq!(mining_seconds(&periods, 4_000, 7_600), 3_600);
        assert_eq!(mining_seconds(&[], 0, 3_600), 0);
    }

    /// The embedded schema over a seeded demo agrees with figures computed here from the rows.
    #[tokio::test]
    async fn network_analytics_match_the_rows() {
        use crate::server::api::{Account, Viewer, build_schema};
        use crate::server::store::seed::DemoSize;

        let store = Store::open(crate::server::store::IN_MEMORY).await.unwrap();
        let now = Utc::now().timestamp();
        store.seed_demo(7, DemoSize::scale(1), now).await.unwrap();
        let schema = build_schema(store.clone());
        let admin = Viewer::User(Account {
            id: "usr-admin".into(),
            username: "admin".into(),
            role: Role::Admin,
            user_type: UserType::Admin,
        });
        let (from, to) = (now - 6 * 3_600, now - 3_600);
        let at = |s: i64| DateTime::from_timestamp(s, 0).unwrap().to_rfc3339();
        let query = format!(
            "{{ networkAnalytics(from: \"{}\", to: \"{}\") {{ totalActiveConnections totalUsers \
             totalServers totalDataTransferred topPerformingServers {{ serverId averageLatencyMs }} }} }}",
            at(from),
            at(to)
        );
        let response = schema
            .execute(async_graphql::Request::new(query).data(admin))
            .await;
        assert!(response.errors.is_empty(), "{:?}", response.errors);
        let data = response.data.into_json().unwrap();
        let a = &data["networkAnalytics"];

        let max_load = RewardPolicy::default().healthy_utilisation_max;
        let (want, want_top) =
            crate::server::store::metrics::network_overview_by_hand(&store, from, to, max_load)
                .await;
        let (open_at_to, users, reporting) =
            (want.active_sessions, want.users, want.reporting_servers);
        assert!(open_at_to > 0 && users > open_at_to && reporting > 0);
        assert_eq!(a["totalActiveConnections"], open_at_to);
        assert_eq!(a["totalUsers"], users);
        assert_eq!(a["totalServers"], reporting);
        let total = a["totalDataTransferred"].as_f64().unwrap();
        assert!(
            (total - want.data_gb).abs() < 1e-6 * want.data_gb.max(1.0),
            "{total} {}",
            want.data_gb
        );
        // The fastest server within the load limit, found by hand from its samples.
        let best = want_top[0].0.as_str();
        assert_eq!(a["topPerformingServers"][0]["serverId"], best);
        assert_eq!(
            a["topPerformingServers"].as_array().unwrap().len(),
            TOP_SERVERS as usize
        );
    }

    #[test]
    fn ranges_are_validated() {
        let at = |s: i64| DateTime::from_timestamp(s, 0).unwrap();
        let input = |from, to| TimeRangeInput {
            from: at(from),
            to: at(to),
            interval: None,
        };
        assert!(metrics_range(&input(0, 31 * 86_400)).is_ok());
        for bad in [input(10, 10), input(10, 5), input(0, 31 * 86_400 + 1)] {
            assert_eq!(metrics_range(&bad).unwrap_err().code(), "VAL_001");
        }
    }
}
