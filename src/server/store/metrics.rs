//! Metric samples and sessions, aggregated: the series of `serverMetrics` and the figures of
//! `networkAnalytics`.
//!
//! Every window is half-open, `[from, to)`, in unix seconds. Buckets are aligned to the Unix
//! epoch with integer arithmetic (`ts - ts % width`), like `Interval::bucket_start`, so that
//! series of different queries line up; the SQL uses no date functions.

use std::collections::HashMap;

use sqlx::FromRow;

use super::{Store, StoreError, push_in};

/// Averages of one server's samples over one bucket. Only buckets holding samples exist.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct MetricBucket {
    /// Start of the bucket, unix seconds.
    pub bucket: i64,
    /// Samples averaged.
    pub samples: i64,
    pub cpu: f64,
    pub memory: f64,
    /// Mbit/s.
    pub network_in: f64,
    /// Mbit/s.
    pub network_out: f64,
    pub connections: f64,
    pub latency_ms: f64,
    pub error_rate: f64,
}

/// Sessions of one server started in one bucket.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct SessionBucket {
    pub bucket: i64,
    pub sessions: i64,
    /// Gigabytes transferred by those sessions.
    pub data_gb: f64,
    /// Average 1-5 rating of those that were rated; `None` when none was.
    pub rating: Option<f64>,
}

/// Data of every session of the network started in one bucket.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct DataBucket {
    pub bucket: i64,
    pub data_gb: f64,
}

/// A mining activity of a server: `[started_at, stopped_at)`, open while `stopped_at` is null.
#[derive(Debug, Clone, Copy, PartialEq, Eq, FromRow)]
pub struct MiningPeriod {
    pub started_at: i64,
    pub stopped_at: Option<i64>,
}

/// Network-wide counts over a window `[from, to)`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkTotals {
    /// Sessions open at `to`: started at or before it and not ended by then.
    pub active_sessions: i64,
    /// Distinct users with a session overlapping the window.
    pub users: i64,
    /// Servers with at least one sample in the window.
    pub reporting_servers: i64,
    /// Gigabytes of the sessions started in the window.
    pub data_gb: f64,
}

/// A server's averages over a window, for the top-performing list.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct ServerAverages {
    pub server_id: String,
    pub host_name: String,
    pub samples: i64,
    pub cpu: f64,
    pub memory: f64,
    /// Mbit/s, in + out.
    pub network_speed: f64,
    pub latency_ms: f64,
}

impl Store {
    /// One server's samples in `[from, to)`, averaged per bucket of `bucket_secs`, oldest first.
    pub async fn server_metric_buckets(
        &self,
        server_id: &str,
        from: i64,
        to: i64,
        bucket_secs: i64,
    ) -> Result<Vec<MetricBucket>, StoreError> {
        Ok(sqlx::query_as::<_, MetricBucket>(
            "SELECT ts - ts % ? AS bucket, COUNT(*) AS samples, AVG(cpu) AS cpu, \
             AVG(memory) AS memory, AVG(network_in) AS network_in, AVG(network_out) AS network_out, \
             AVG(CAST(connections AS DOUBLE PRECISION)) AS connections, \
             AVG(latency_ms) AS latency_ms, AVG(error_rate) AS error_rate \
             FROM metrics WHERE server_id = ? AND ts >= ? AND ts < ? \
             GROUP BY bucket ORDER BY bucket",
        )
        .bind(bucket_secs.max(1))
        .bind(server_id)
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?)
    }

    /// One server's sessions started in `[from, to)`, per bucket of `bucket_secs`, oldest first.
    pub async fn server_session_buckets(
        &self,
        server_id: &str,
        from: i64,
        to: i64,
        bucket_secs: i64,
    ) -> Result<Vec<SessionBucket>, StoreError> {
        Ok(sqlx::query_as::<_, SessionBucket>(
            "SELECT started_at - started_at % ? AS bucket, COUNT(*) AS sessions, \
             COALESCE(SUM(data_gb), 0.0) AS data_gb, \
             AVG(CAST(rating AS DOUBLE PRECISION)) AS rating \
             FROM sessions WHERE server_id = ? AND started_at >= ? AND started_at < ? \
             GROUP BY bucket ORDER BY bucket",
        )
        .bind(bucket_secs.max(1))
        .bind(server_id)
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?)
    }

    /// Data of all sessions started in `[from, to)`, per bucket of `bucket_secs`, oldest first.
    pub async fn network_data_buckets(
        &self,
        from: i64,
        to: i64,
        bucket_secs: i64,
    ) -> Result<Vec<DataBucket>, StoreError> {
        Ok(sqlx::query_as::<_, DataBucket>(
            "SELECT started_at - started_at % ? AS bucket, COALESCE(SUM(data_gb), 0.0) AS data_gb \
             FROM sessions WHERE started_at >= ? AND started_at < ? \
             GROUP BY bucket ORDER BY bucket",
        )
        .bind(bucket_secs.max(1))
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?)
    }

    /// How many servers the network has.
    pub async fn server_count(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM servers")
            .fetch_one(self.pool())
            .await?)
    }

    /// A server's mining activities overlapping `[from, to)`, oldest first.
    pub async fn mining_periods(
        &self,
        server_id: &str,
        from: i64,
        to: i64,
    ) -> Result<Vec<MiningPeriod>, StoreError> {
        Ok(sqlx::query_as::<_, MiningPeriod>(
            "SELECT started_at, stopped_at FROM mining_activities \
             WHERE server_id = ? AND started_at < ? AND (stopped_at IS NULL OR stopped_at > ?) \
             ORDER BY started_at",
        )
        .bind(server_id)
        .bind(to)
        .bind(from)
        .fetch_all(self.pool())
        .await?)
    }

    /// Network-wide counts over `[from, to)` (see [`NetworkTotals`]), and the `limit` servers
    /// with the lowest average latency in it among those that reported and whose average CPU
    /// and memory both stayed at or below `max_load` percent; ties go to the lower server id.
    /// Each server's totals over the window are read once.
    pub async fn network_overview(
        &self,
        from: i64,
        to: i64,
        max_load: f64,
        limit: i64,
    ) -> Result<(NetworkTotals, Vec<ServerAverages>), StoreError> {
        let (sessions, window) = tokio::try_join!(
            self.network_sessions(from, to),
            self.server_window(from, to)
        )?;
        let (active_sessions, users, data_gb) = sessions;
        let reporting_servers = window.values().filter(|t| t.samples > 0).count() as i64;
        let top = top_by_latency(window, max_load, usize::try_from(limit).unwrap_or(0));
        let ids: Vec<&str> = top.iter().map(|(id, _)| id.as_str()).collect();
        let names = self.host_names(&ids).await?;
        let top = top
            .into_iter()
            .map(|(server_id, t)| {
                let n = t.samples as f64;
                ServerAverages {
                    host_name: names.get(&server_id).cloned().unwrap_or_default(),
                    server_id,
                    samples: t.samples,
                    cpu: t.cpu / n,
                    memory: t.memory / n,
                    network_speed: t.network / n,
                    latency_ms: t.latency_ms / n,
                }
            })
            .collect();
        let totals = NetworkTotals {
            active_sessions,
            users,
            reporting_servers,
            data_gb,
        };
        Ok((totals, top))
    }

    /// Sessions open at `to`, distinct users with a session overlapping `[from, to)`, and the
    /// gigabytes of the sessions started in it.
    async fn network_sessions(&self, from: i64, to: i64) -> Result<(i64, i64, f64), StoreError> {
        let pool = self.pool();
        let active = sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM sessions \
             WHERE (ended_at IS NULL OR ended_at > ?) AND started_at <= ?",
        )
        .bind(to)
        .bind(to)
        .fetch_one(pool);
        // One probe of sessions_user_span per user: cost follows the users, not the sessions.
        let users = sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM users u WHERE EXISTS (SELECT 1 FROM sessions s \
             WHERE s.user_id = u.id AND s.started_at < ? AND (s.ended_at IS NULL OR s.ended_at > ?))",
        )
        .bind(to)
        .bind(from)
        .fetch_one(pool);
        let data = sqlx::query_scalar::<_, f64>(
            "SELECT COALESCE(SUM(data_gb), 0.0) FROM sessions \
             WHERE started_at >= ? AND started_at < ?",
        )
        .bind(from)
        .bind(to)
        .fetch_one(pool);
        Ok(tokio::try_join!(active, users, data)?)
    }

    /// Each server's sample totals over `[from, to)`: what was reported before `to` less what
    /// was reported before `from`. Servers without samples in it may be absent or zero.
    async fn server_window(&self, from: i64, to: i64) -> Result<Window, StoreError> {
        let (mut window, before) =
            tokio::try_join!(self.totals_before(to), self.totals_before(from))?;
        for (id, earlier) in before {
            if let Some(t) = window.get_mut(&id) {
                t.subtract(&earlier);
            }
        }
        Ok(window)
    }

    /// Each server's totals of the samples with `ts < t`: its running totals up to the last
    /// whole hour before `t` (metrics_running), plus the samples of `t`'s own hour before `t`.
    async fn totals_before(&self, t: i64) -> Result<Window, StoreError> {
        let hour = t.div_euclid(HOUR_SECS);
        // CROSS JOIN keeps servers the outer loop: one primary-key probe each.
        let running = sqlx::query_as::<_, Totals>(
            "SELECT s.id AS server_id, r.samples, r.cpu, r.memory, r.network, r.latency_ms \
             FROM servers s CROSS JOIN metrics_running r \
             WHERE r.server_id = s.id AND r.hour = (SELECT r2.hour FROM metrics_running r2 \
               WHERE r2.server_id = s.id AND r2.hour < ? ORDER BY r2.hour DESC LIMIT 1)",
        )
        .bind(hour)
        .fetch_all(self.pool());
        let partial = sqlx::query_as::<_, Totals>(
            "SELECT server_id, COUNT(*) AS samples, SUM(cpu) AS cpu, SUM(memory) AS memory, \
             SUM(network_in + network_out) AS network, SUM(latency_ms) AS latency_ms \
             FROM metrics WHERE ts >= ? AND ts < ? GROUP BY server_id",
        )
        .bind(hour * HOUR_SECS)
        .bind(t)
        .fetch_all(self.pool());
        let (running, partial) = tokio::try_join!(running, partial)?;
        let mut window: Window = running
            .into_iter()
            .map(|t| (t.server_id.clone(), t))
            .collect();
        for extra in partial {
            match window.get_mut(&extra.server_id) {
                Some(t) => t.add(&extra),
                None => {
                    window.insert(extra.server_id.clone(), extra);
                }
            }
        }
        Ok(window)
    }

    async fn host_names(&self, ids: &[&str]) -> Result<HashMap<String, String>, StoreError> {
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        let mut qb =
            sqlx::QueryBuilder::<sqlx::Sqlite>::new("SELECT id, host_name FROM servers WHERE id");
        push_in(&mut qb, ids.iter().map(|id| id.to_string()));
        let rows: Vec<(String, String)> = qb.build_query_as().fetch_all(self.pool()).await?;
        Ok(rows.into_iter().collect())
    }
}

const HOUR_SECS: i64 = 3_600;

/// metrics_running recomputed from every sample (see migrations/0005_running_totals.sql).
const REBUILD_RUNNING_TOTALS: &str = "DELETE FROM metrics_running; \
    INSERT INTO metrics_running (server_id, hour, samples, cpu, memory, network, latency_ms) \
    SELECT server_id, hour, SUM(n) OVER w, SUM(cpu) OVER w, SUM(memory) OVER w, \
      SUM(network) OVER w, SUM(latency) OVER w \
    FROM (SELECT server_id, ts / 3600 AS hour, COUNT(*) AS n, SUM(cpu) AS cpu, \
      SUM(memory) AS memory, SUM(network_in + network_out) AS network, SUM(latency_ms) AS latency \
      FROM metrics GROUP BY server_id, ts / 3600) \
    WINDOW w AS (PARTITION BY server_id ORDER BY hour)";

/// Runs `load` (a bulk insert of samples) with the running-totals triggers paused, then
/// rebuilds the totals once: far cheaper than keeping them per row. Both on `conn`'s
/// transaction, so nobody sees the totals out of step.
pub async fn with_running_totals_paused<T>(
    conn: &mut sqlx::SqliteConnection,
    load: impl AsyncFnOnce(&mut sqlx::SqliteConnection) -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    sqlx::query("INSERT INTO metrics_running_paused (paused) VALUES (1)")
        .execute(&mut *conn)
        .await?;
    let loaded = load(&mut *conn).await?;
    sqlx::raw_sql(REBUILD_RUNNING_TOTALS)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM metrics_running_paused")
        .execute(&mut *conn)
        .await?;
    Ok(loaded)
}

/// Sums of a server's samples (see metrics_running).
#[derive(Debug, Clone, Default, FromRow)]
struct Totals {
    server_id: String,
    samples: i64,
    cpu: f64,
    memory: f64,
    network: f64,
    latency_ms: f64,
}

impl Totals {
    fn add(&mut self, other: &Totals) {
        self.samples += other.samples;
        self.cpu += other.cpu;
        self.memory += other.memory;
        self.network += other.network;
        self.latency_ms += other.latency_ms;
    }

    fn subtract(&mut self, other: &Totals) {
        self.samples -= other.samples;
        self.cpu -= other.cpu;
        self.memory -= other.memory;
        self.network -= other.network;
        self.latency_ms -= other.latency_ms;
    }
}

type Window = HashMap<String, Totals>;

/// Averages are differences of running sums, so equal ones may differ in the last bits:
/// they are compared at this resolution.
const RESOLUTION: f64 = 1e-9;

fn quantised(value: f64) -> i64 {
    (value / RESOLUTION).round() as i64
}

/// The servers of `window` that reported, stayed within `max_load` on average, ordered by
/// average latency then id, first `limit` of them.
fn top_by_latency(window: Window, max_load: f64, limit: usize) -> Vec<(String, Totals)> {
    let within = |sum: f64, n: f64| quantised(sum / n) <= quantised(max_load);
    let mut candidates: Vec<(i64, String, Totals)> = window
        .into_iter()
        .filter(|(_, t)| t.samples > 0)
        .filter(|(_, t)| {
            let n = t.samples as f64;
            within(t.cpu, n) && within(t.memory, n)
        })
        .map(|(id, t)| (quantised(t.latency_ms / t.samples as f64), id, t))
        .collect();
    candidates.sort_unstable_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    candidates
        .into_iter()
        .take(limit)
        .map(|(_, id, t)| (id, t))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: i64 = 3_600;
    /// A day boundary (2026-11-15T00:00:00Z), so hand-made buckets are easy to name.
    const T0: i64 = 1_795_219_200;

    /// (server, ts, cpu, memory, in, out, connections, latency, error rate)
    type SampleRow = (&'static str, i64, f64, f64, f64, f64, i64, f64, f64);
    /// (id, user, server, started, ended, data, rating)
    type SessionRow = (
        &'static str,
        &'static str,
        &'static str,
        i64,
        Option<i64>,
        f64,
        Option<i64>,
    );

    async fn network_totals(store: &Store, from: i64, to: i64) -> NetworkTotals {
        store.network_overview(from, to, 0.0, 0).await.unwrap().0
    }

    async fn top_servers(
        store: &Store,
        from: i64,
        to: i64,
        max_load: f64,
        limit: i64,
    ) -> Vec<ServerAverages> {
        store
            .network_overview(from, to, max_load, limit)
            .await
            .unwrap()
            .1
    }

    async fn store() -> Store {
        let store = Store::open(":memory:").await.unwrap();
        let pool = store.pool();
        sqlx::query(
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) VALUES \
             ('op', 'op', '!', 'OPERATOR', 'FREE', 'u0', 0), \
             ('u1', 'u1', '!', 'USER', 'FREE', 'u1', 0), \
             ('u2', 'u2', '!', 'USER', 'FREE', 'u2', 0), \
             ('u3', 'u3', '!', 'USER', 'FREE', 'u3', 0)",
        )
        .execute(pool)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) VALUES \
             ('a', 'op', 'a.example', '10.0.0.1', 'eu-west', 0), \
             ('b', 'op', 'b.example', '10.0.0.2', 'eu-west', 0), \
             ('c', 'op', 'c.example', '10.0.0.3', 'eu-west', 0), \
             ('d', 'op', 'd.example', '10.0.0.4', 'eu-west', 0)",
        )
        .execute(pool)
        .await
        .unwrap();
        let samples: [SampleRow; 9] = [
            // a: two samples in hour 0, one in hour 1, one at T0 + 2h (outside [T0, T0+2h)).
            ("a", T0, 10.0, 40.0, 1.0, 2.0, 10, 20.0, 0.0),
            ("a", T0 + 1_800, 30.0, 60.0, 3.0, 4.0, 21, 40.0, 0.5),
            ("a", T0 + HOUR + 60, 50.0, 50.0, 5.0, 5.0, 7, 30.0, 0.25),
            ("a", T0 + 2 * HOUR, 99.0, 99.0, 9.0, 9.0, 99, 99.0, 1.0),
            // b: overloaded on average (memory 85), though fast.
            ("b", T0 + 100, 20.0, 85.0, 1.0, 1.0, 1, 5.0, 0.0),
            // c: one sample before the window, two inside.
            ("c", T0 - 1, 1.0, 1.0, 1.0, 1.0, 1, 1.0, 0.0),
            ("c", T0 + 10, 40.0, 20.0, 10.0, 20.0, 5, 25.0, 0.0),
            ("c", T0 + HOUR + 10, 60.0, 40.0, 30.0, 40.0, 6, 35.0, 0.0),
            // d: only after the window.
            ("d", T0 + 3 * HOUR, 10.0, 10.0, 1.0, 1.0, 1, 1.0, 0.0),
        ];
        for (server, ts, cpu, memory, network_in, network_out, connections, latency, errors) in
            samples
        {
            sqlx::query(
                "INSERT INTO metrics (server_id, ts, cpu, memory, network_in, network_out, \
                 connections, latency_ms, error_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(server)
            .bind(ts)
            .bind(cpu)
            .bind(memory)
            .bind(network_in)
            .bind(network_out)
            .bind(connections)
            .bind(latency)
            .bind(errors)
            .execute(pool)
            .await
            .unwrap();
        }
        let sessions: [SessionRow; 6] = [
            // Ended before the window: not a user of it, no data in it.
            (
                "s1",
                "u1",
                "a",
                T0 - 2 * HOUR,
                Some(T0 - HOUR),
                100.0,
                Some(1),
            ),
            // Started before, ended inside: a user; its data counts for the hour it started.
            ("s2", "u2", "a", T0 - 600, Some(T0 + 600), 7.0, None),
            // Inside, rated.
            ("s3", "u2", "a", T0 + 900, Some(T0 + 1_200), 2.5, Some(4)),
            (
                "s4",
                "u3",
                "a",
                T0 + 1_000,
                Some(T0 + 5 * HOUR),
                1.5,
                Some(5),
            ),
            // Open at the window's end.
            ("s5", "u1", "c", T0 + HOUR + 5, None, 4.0, None),
            // Starts exactly at `to` (T0 + 2h): open at `to` but not in the window.
            ("s6", "u3", "c", T0 + 2 * HOUR, None, 50.0, None),
        ];
        for (id, user, server, started, ended, data, rating) in sessions {
            sqlx::query(
                "INSERT INTO sessions (id, user_id, server_id, protocol, started_at, ended_at, \
                 data_gb, rating) VALUES (?, ?, ?, 'VLESS', ?, ?, ?, ?)",
            )
            .bind(id)
            .bind(user)
            .bind(server)
            .bind(started)
            .bind(ended)
            .bind(data)
            .bind(rating)
            .execute(pool)
            .await
            .unwrap();
        }
        sqlx::query(
            "INSERT INTO mining_activities (id, server_id, started_at, stopped_at) VALUES \
             ('m1', 'a', 0, ?), ('m2', 'a', ?, NULL), ('m3', 'b', 0, NULL)",
        )
        .bind(T0 - 10)
        .bind(T0 + HOUR / 2)
        .execute(pool)
        .await
        .unwrap();
        store
    }

    #[tokio::test]
    async fn metric_buckets_average_samples_per_hour() {
        let store = store().await;
        let buckets = store
            .server_metric_buckets("a", T0, T0 + 2 * HOUR, HOUR)
            .await
            .unwrap();
        assert_eq!(
            buckets,
            [
                MetricBucket {
                    bucket: T0,
                    samples: 2,
                    cpu: 20.0,
                    memory: 50.0,
                    network_in: 2.0,
                    network_out: 3.0,
                    connections: 15.5,
                    latency_ms: 30.0,
                    error_rate: 0.25,
                },
                MetricBucket {
                    bucket: T0 + HOUR,
                    samples: 1,
                    cpu: 50.0,
                    memory: 50.0,
                    network_in: 5.0,
                    network_out: 5.0,
                    connections: 7.0,
                    latency_ms: 30.0,
                    error_rate: 0.25,
                },
            ]
        );
        // A day bucket holds the three samples of the window; its start precedes `from`.
        let day = store
            .server_metric_buckets("a", T0 + 1, T0 + 2 * HOUR + 1, 86_400)
            .await
            .unwrap();
        assert_eq!(day.len(), 1);
        assert_eq!((day[0].bucket, day[0].samples), (T0, 3));
        assert_eq!(day[0].cpu, (30.0 + 50.0 + 99.0) / 3.0);
        // Another server, or an empty window, has no buckets.
        assert!(
            store
                .server_metric_buckets("d", T0, T0 + 2 * HOUR, HOUR)
                .await
                .unwrap()
                .is_empty()
        );
        assert!(
            store
                .server_metric_buckets("nope", T0, T0 + 2 * HOUR, HOUR)
                .await
                .unwrap()
                .is_empty()
        );
    }

    #[tokio::test]
    async fn session_buckets_of_a_server_and_of_the_network() {
        let store = store().await;
        let buckets = store
            .server_session_buckets("a", T0 - HOUR, T0 + 2 * HOUR, HOUR)
            .await
            .unwrap();
        assert_eq!(
            buckets,
            [
                SessionBucket {
                    bucket: T0 - HOUR,
                    sessions: 1,
                    data_gb: 7.0,
                    rating: None,
                },
                SessionBucket {
                    bucket: T0,
                    sessions: 2,
                    data_gb: 4.0,
                    rating: Some(4.5),
                },
            ]
        );
        let network = store
            .network_data_buckets(T0, T0 + 2 * HOUR, HOUR)
            .await
            .unwrap();
        assert_eq!(
            network,
            [
                DataBucket {
                    bucket: T0,
                    data_gb: 4.0,
                },
                DataBucket {
                    bucket: T0 + HOUR,
                    data_gb: 4.0,
                },
            ]
        );
        assert_eq!(store.server_count().await.unwrap(), 4);
    }

    #[tokio::test]
    async fn mining_periods_overlapping_a_window() {
        let store = store().await;
        let periods = store.mining_periods("a", T0, T0 + HOUR).await.unwrap();
        assert_eq!(
            periods,
            [MiningPeriod {
                started_at: T0 + HOUR / 2,
                stopped_at: None,
            }]
        );
        assert_eq!(
            store.mining_periods("a", T0 - 20, T0).await.unwrap(),
            [MiningPeriod {
                started_at: 0,
                stopped_at: Some(T0 - 10),
            }]
        );
        assert!(store.mining_periods("c", 0, T0).await.unwrap().is_empty());
    }

    /// metrics_running as the triggers left it, and as recomputed from the samples.
    async fn running_both_ways(
        store: &Store,
    ) -> (Vec<(String, i64, i64, f64)>, Vec<(String, i64, i64, f64)>) {
        let kept = sqlx::query_as(
            "SELECT server_id, hour, samples, ROUND(cpu + memory + network + latency_ms, 6) \
             FROM metrics_running r WHERE EXISTS (SELECT 1 FROM metrics m \
               WHERE m.server_id = r.server_id AND m.ts / 3600 = r.hour) \
             ORDER BY server_id, hour",
        )
        .fetch_all(store.pool())
        .await
        .unwrap();
        let fresh = sqlx::query_as(
            "SELECT server_id, hour, SUM(n) OVER w, ROUND(SUM(total) OVER w, 6) FROM \
             (SELECT server_id, ts / 3600 AS hour, COUNT(*) AS n, \
               SUM(cpu + memory + network_in + network_out + latency_ms) AS total \
              FROM metrics GROUP BY server_id, ts / 3600) \
             WINDOW w AS (PARTITION BY server_id ORDER BY hour) ORDER BY server_id, hour",
        )
        .fetch_all(store.pool())
        .await
        .unwrap();
        (kept, fresh)
    }

    #[tokio::test]
    async fn running_totals_follow_inserts_in_any_order_updates_and_deletes() {
        let store = store().await;
        let (kept, fresh) = running_both_ways(&store).await;
        assert_eq!(kept, fresh, "as built");
        let pool = store.pool();
        let insert = "INSERT INTO metrics (server_id, ts, cpu, memory, network_in, network_out, \
                      connections, latency_ms, error_rate) VALUES (?, ?, 1, 2, 3, 4, 5, 6, 0) \
                      ON CONFLICT (server_id, ts) DO UPDATE SET cpu = excluded.cpu + 10";
        // Before every sample of `a`, between two hours, in a new server's first hour, and
        // the same (server, ts) again: the heartbeat's upsert.
        for (server, ts) in [
            ("a", T0 - 5 * HOUR),
            ("a", T0 + 900),
            ("d", T0 + 30),
            ("a", T0 + 900),
        ] {
            sqlx::query(insert)
                .bind(server)
                .bind(ts)
                .execute(pool)
                .await
                .unwrap();
            let (kept, fresh) = running_both_ways(&store).await;
            assert_eq!(kept, fresh, "after {server} at {ts}");
        }
        sqlx::query("DELETE FROM metrics WHERE server_id = 'a' AND ts = ?")
            .bind(T0 + 1_800)
            .execute(pool)
            .await
            .unwrap();
        let (kept, fresh) = running_both_ways(&store).await;
        assert_eq!(kept, fresh, "after a delete");
        // Windows inside one hour, across hours, and before everything agree with the rows.
        for (from, to) in [
            (T0 + 10, T0 + 1_000),
            (T0 - 6 * HOUR, T0 + 2 * HOUR + 1),
            (0, 1),
        ] {
            let totals = network_totals(&store, from, to).await;
            let reporting: i64 = sqlx::query_scalar(
                "SELECT COUNT(DISTINCT server_id) FROM metrics WHERE ts >= ? AND ts < ?",
            )
            .bind(from)
            .bind(to)
            .fetch_one(pool)
            .await
            .unwrap();
            assert_eq!(totals.reporting_servers, reporting, "[{from}, {to})");
        }
    }

    #[tokio::test]
    async fn network_totals_count_by_hand() {
        let store = store().await;
        let totals = network_totals(&store, T0, T0 + 2 * HOUR).await;
        assert_eq!(
            totals,
            NetworkTotals {
                // s4 (ends at +5h), s5 (open) and s6 (starts exactly at `to`).
                active_sessions: 3,
                // u2 (s2, s3), u3 (s4), u1 (s5); s1 ended before, s6 starts at `to`.
                users: 3,
                // a, b and c; d reported only after the window.
                reporting_servers: 3,
                // s3 + s4 + s5.
                data_gb: 8.0,
            }
        );
        let before = network_totals(&store, T0 - 2 * HOUR, T0 - HOUR).await;
        assert_eq!(
            before,
            NetworkTotals {
                // s1 ends exactly at T0 - 1h: no longer open.
                active_sessions: 0,
                users: 1,
                reporting_servers: 0,
                data_gb: 100.0,
            }
        );
    }

    #[tokio::test]
    async fn top_servers_are_the_fastest_within_the_load_limit() {
        let store = store().await;
        let top = top_servers(&store, T0, T0 + 2 * HOUR, 80.0, 10).await;
        // b is the fastest but its memory averages 85; d did not report.
        assert_eq!(
            top,
            [
                ServerAverages {
                    server_id: "a".into(),
                    host_name: "a.example".into(),
                    samples: 3,
                    cpu: 30.0,
                    memory: 50.0,
                    network_speed: 20.0 / 3.0,
                    latency_ms: 30.0,
                },
                ServerAverages {
                    server_id: "c".into(),
                    host_name: "c.example".into(),
                    samples: 2,
                    cpu: 50.0,
                    memory: 30.0,
                    network_speed: 50.0,
                    latency_ms: 30.0,
                },
            ]
        );
        let limited = top_servers(&store, T0, T0 + 2 * HOUR, 90.0, 1).await;
        assert_eq!(limited.len(), 1);
        assert_eq!(limited[0].server_id, "b");
    }
}
