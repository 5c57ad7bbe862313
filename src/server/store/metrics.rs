//! Metric samples and sessions, aggregated: the series of `serverMetrics` and the figures of
//! `networkAnalytics`.
//!
//! Every window is half-open, `[from, to)`, in unix seconds. Buckets are aligned to the Unix
//! epoch with integer arithmetic (`ts - ts % width`), like `Interval::bucket_start`, so that
//! series of different queries line up; the SQL uses no date functions.

use super::rows::row_struct;
use super::{Conn, Engine, Store, StoreError};

row_struct! {
    /// Averages of one server's samples over one bucket. Only buckets holding samples exist.
    #[derive(Debug, Clone, PartialEq)]
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
}

row_struct! {
    /// Every server's samples in one bucket, averaged (see `network_metric_buckets`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct NetworkMetricBucket {
        /// Start of the bucket, unix seconds.
        pub bucket: i64,
        /// Servers with a sample in the bucket.
        pub servers: i64,
        pub cpu: f64,
        pub memory: f64,
        /// Mbit/s, in + out.
        pub network: f64,
        pub connections: f64,
        pub latency_ms: f64,
    }
}

row_struct! {
    /// Sessions of one server started in one bucket.
    #[derive(Debug, Clone, PartialEq)]
    pub struct SessionBucket {
        pub bucket: i64,
        pub sessions: i64,
        /// Gigabytes transferred by those sessions.
        pub data_gb: f64,
        /// Average 1-5 rating of those that were rated; `None` when none was.
        pub rating: Option<f64>,
    }
}

row_struct! {
    /// Data of every session of the network started in one bucket.
    #[derive(Debug, Clone, PartialEq)]
    pub struct DataBucket {
        pub bucket: i64,
        pub data_gb: f64,
    }
}

row_struct! {
    /// A mining activity of a server: `[started_at, stopped_at)`, open while `stopped_at` is null.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct MiningPeriod {
        pub started_at: i64,
        pub stopped_at: Option<i64>,
    }
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

row_struct! {
    /// A server's averages over a window, for the top-performing list.
    #[derive(Debug, Clone, PartialEq)]
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
}

impl Store {
    /// One server's samples in `[from, to)`, averaged per bucket of `bucket_secs`, oldest first.
    /// A row stands for `samples` samples and holds their sums (migration 0016): an hour
    /// rolled up counts in the bucket of its start, with its weight.
    pub async fn server_metric_buckets(
        &self,
        server_id: &str,
        from: i64,
        to: i64,
        bucket_secs: i64,
    ) -> Result<Vec<MetricBucket>, StoreError> {
        Ok(sqlx::query_as::<_, MetricBucket>(
            "SELECT ts - ts % ? AS bucket, SUM(samples) AS samples, \
             SUM(cpu) / SUM(samples) AS cpu, SUM(memory) / SUM(samples) AS memory, \
             SUM(network_in) / SUM(samples) AS network_in, \
             SUM(network_out) / SUM(samples) AS network_out, \
             CAST(SUM(connections) AS DOUBLE PRECISION) / SUM(samples) AS connections, \
             SUM(latency_ms) / SUM(samples) AS latency_ms, \
             SUM(error_rate) / SUM(samples) AS error_rate \
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

    /// Every server's samples in `[from, to)`, averaged per bucket of `bucket_secs`, oldest
    /// first, with the number of servers that reported in each.
    pub async fn network_metric_buckets(
        &self,
        from: i64,
        to: i64,
        bucket_secs: i64,
    ) -> Result<Vec<NetworkMetricBucket>, StoreError> {
        Ok(sqlx::query_as::<_, NetworkMetricBucket>(
            "SELECT ts - ts % ? AS bucket, COUNT(DISTINCT server_id) AS servers, \
             SUM(cpu) / SUM(samples) AS cpu, SUM(memory) / SUM(samples) AS memory, \
             (SUM(network_in) + SUM(network_out)) / SUM(samples) AS network, \
             CAST(SUM(connections) AS DOUBLE PRECISION) / SUM(samples) AS connections, \
             SUM(latency_ms) / SUM(samples) AS latency_ms \
             FROM metrics WHERE ts >= ? AND ts < ? \
             GROUP BY bucket ORDER BY bucket",
        )
        .bind(bucket_secs.max(1))
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
    /// Buckets of whole hours add up sessions_hourly, and only the window's partial hours
    /// read sessions; finer buckets read them all. A bucket may hold 0 where sessions were
    /// deleted.
    pub async fn network_data_buckets(
        &self,
        from: i64,
        to: i64,
        bucket_secs: i64,
    ) -> Result<Vec<DataBucket>, StoreError> {
        let width = bucket_secs.max(1);
        let split = if width % HOUR_SECS == 0 {
            HourSplit::of(from, to)
        } else {
            HourSplit::raw(from, to)
        };
        let mut query = sqlx::query_as::<_, DataBucket>(
            "SELECT bucket, SUM(data_gb) AS data_gb FROM ( \
               SELECT hour_start - hour_start % ?1 AS bucket, data_gb FROM sessions_hourly \
               WHERE hour_start >= ?2 AND hour_start < ?3 \
               UNION ALL SELECT started_at - started_at % ?1, data_gb FROM sessions \
               WHERE started_at >= ?4 AND started_at < ?5 \
               UNION ALL SELECT started_at - started_at % ?1, data_gb FROM sessions \
               WHERE started_at >= ?6 AND started_at < ?7) AS parts \
             GROUP BY bucket ORDER BY bucket",
        )
        .bind(width);
        // The same order as HourSplit::data_gb_sql's parameters.
        for bound in split.bounds() {
            query = query.bind(bound);
        }
        Ok(query.fetch_all(self.pool()).await?)
    }

    /// How many servers the network has (in service: decommissioned ones are history).
    pub async fn server_count(&self) -> Result<i64, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM servers WHERE decommissioned_at IS NULL")
                .fetch_one(self.pool())
                .await?,
        )
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
        let (sessions, (reporting_servers, top)) = tokio::try_join!(
            self.network_sessions(from, to),
            self.servers_over_window(from, to, max_load, limit)
        )?;
        let (active_sessions, users, data_gb) = sessions;
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
        // A user whose sessions all started before `to` overlapped the window exactly when
        // one is still open or one ended after `from` (user_session_span); only users with a
        // session started since `to` need their sessions searched.
        let users = sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM user_session_span u WHERE CASE \
               WHEN u.last_started < ?2 THEN u.open_sessions > 0 OR u.last_ended > ?1 \
               ELSE EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = u.user_id \
                 AND s.started_at < ?2 AND (s.ended_at IS NULL OR s.ended_at > ?1)) END",
        )
        .bind(from)
        .bind(to)
        .fetch_one(pool);
        let split = HourSplit::of(from, to);
        // Made of constants and parameter numbers only.
        let sql = format!("SELECT {}", HourSplit::data_gb_sql(1));
        let mut data = sqlx::query_scalar::<_, f64>(sqlx::AssertSqlSafe(sql));
        for bound in split.bounds() {
            data = data.bind(bound);
        }
        let data = data.fetch_one(pool);
        Ok(tokio::try_join!(active, users, data)?)
    }

    /// How many servers reported in `[from, to)`, and the `limit` of them with the lowest
    /// average latency among those whose average CPU and memory stayed within `max_load`.
    ///
    /// A server's totals over the window are those of its samples before `to` less those
    /// before `from`, and its totals before a bound are: none when the bound is at or before
    /// its first sample, all of them (metrics_server_totals) when it is after its last, and
    /// otherwise its running totals up to the bound's hour (metrics_running, its row of the
    /// hour before when it reported then, as nearly every server does) plus its samples of
    /// the bound's own hour. The database does all of it, so that only the answer leaves it.
    async fn servers_over_window(
        &self,
        from: i64,
        to: i64,
        max_load: f64,
        limit: i64,
    ) -> Result<(i64, Vec<ServerAverages>), StoreError> {
        let sql = SERVERS_OVER_WINDOW.replace("{floor}", self.pool().engine().floor());
        // Made of constants only.
        let rows: Vec<TopRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(from)
            .bind(to)
            .bind(from.div_euclid(HOUR_SECS))
            .bind(to.div_euclid(HOUR_SECS))
            .bind(max_load)
            .bind(limit.max(0))
            .fetch_all(self.pool())
            .await?;
        let reporting = rows.first().map_or(0, |row| row.reporting);
        let top = rows
            .into_iter()
            .filter_map(|row| {
                Some(ServerAverages {
                    server_id: row.server_id?,
                    host_name: row.host_name.unwrap_or_default(),
                    samples: row.samples?,
                    cpu: row.cpu?,
                    memory: row.memory?,
                    network_speed: row.network_speed?,
                    latency_ms: row.latency_ms?,
                })
            })
            .collect();
        Ok((reporting, top))
    }
}

/// See [`Store::servers_over_window`]. Binds: from, to, from's hour, to's hour (unix hours,
/// rounded down), the load limit, how many servers. Averages (never negative) are compared
/// in billionths, so that servers whose running sums differ only in the last bits tie (and
/// go by id); `{floor}` is the engine's [`Engine::floor`], which makes the rounding of
/// billionths the same on both. A sum made by subtraction may come out just below 0, and an
/// agent may report any latency: billionths stay within 0 and 9e18, where both engines cast
/// alike (PostgreSQL refuses a float beyond BIGINT, SQLite saturates).
/// Always one row: the count, and the servers (NULL when none qualifies).
const SERVERS_OVER_WINDOW: &str = "\
WITH bound (sign, t, hour) AS (VALUES (1, ?2, ?4), (-1, ?1, ?3)),
before (server_id, sign, samples, cpu, memory, network, latency_ms) AS (
    -- A bound after the server's last sample: all of its samples.
    SELECT s.server_id, b.sign, s.samples, s.cpu, s.memory, s.network, s.latency_ms
    FROM metrics_server_totals s JOIN bound b ON b.t > s.last_ts
    UNION ALL
    -- A bound inside the server's history: its running totals up to the bound's hour...
    -- (CROSS JOIN keeps the servers the outer loop: a probe of metrics_running each.)
    SELECT s.server_id, b.sign, r.samples, r.cpu, r.memory, r.network, r.latency_ms
    FROM bound b CROSS JOIN metrics_server_totals s CROSS JOIN metrics_running r
    WHERE b.t > s.first_ts AND b.t <= s.last_ts
      AND r.server_id = s.server_id AND r.hour = COALESCE(
        (SELECT hour FROM metrics_running WHERE hour = b.hour - 1 AND server_id = s.server_id),
        (SELECT MAX(hour) FROM metrics_running WHERE server_id = s.server_id AND hour < b.hour))
    UNION ALL
    -- ...and its samples of the bound's own hour before the bound.
    SELECT m.server_id, b.sign, m.samples, m.cpu, m.memory, m.network_in + m.network_out,
           m.latency_ms
    FROM bound b CROSS JOIN metrics m CROSS JOIN metrics_server_totals s
    WHERE m.ts >= b.hour * 3600 AND m.ts < b.t
      AND s.server_id = m.server_id AND b.t <= s.last_ts),
in_window AS MATERIALIZED (
    SELECT server_id, SUM(sign * samples) AS samples, SUM(sign * cpu) AS cpu,
           SUM(sign * memory) AS memory, SUM(sign * network) AS network,
           SUM(sign * latency_ms) AS latency_ms
    FROM before GROUP BY server_id HAVING SUM(sign * samples) > 0)
SELECT (SELECT COUNT(*) FROM in_window) AS reporting, best.server_id, s.host_name, best.samples,
       best.cpu, best.memory, best.network_speed, best.latency_ms
FROM (SELECT 1) AS one LEFT JOIN (
    SELECT server_id, samples, cpu, memory, network_speed, latency_ms,
           CAST({floor}(CASE WHEN latency_ms <= 0 THEN 0 WHEN latency_ms >= 9e9 THEN 9e18
                            ELSE latency_ms * 1e9 + 0.5 END) AS BIGINT) AS rank
    FROM (SELECT server_id, samples, cpu / samples AS cpu, memory / samples AS memory,
                 network / samples AS network_speed, latency_ms / samples AS latency_ms
          FROM in_window) AS averages
    WHERE CAST({floor}(CASE WHEN cpu <= 0 THEN 0 ELSE cpu * 1e9 + 0.5 END) AS BIGINT)
          <= CAST({floor}(?5 * 1e9 + 0.5) AS BIGINT)
      AND CAST({floor}(CASE WHEN memory <= 0 THEN 0 ELSE memory * 1e9 + 0.5 END) AS BIGINT)
          <= CAST({floor}(?5 * 1e9 + 0.5) AS BIGINT)
    ORDER BY rank, server_id
    LIMIT ?6) best ON 1 = 1
LEFT JOIN servers s ON s.id = best.server_id
ORDER BY best.rank, best.server_id";

row_struct! {
    /// A row of [`SERVERS_OVER_WINDOW`].
    #[derive(Debug)]
    struct TopRow {
        reporting: i64,
        server_id: Option<String>,
        host_name: Option<String>,
        samples: Option<i64>,
        cpu: Option<f64>,
        memory: Option<f64>,
        network_speed: Option<f64>,
        latency_ms: Option<f64>,
    }
}

const HOUR_SECS: i64 = 3_600;

/// Every derived-totals table recomputed from the rows (see migrations/0005_running_totals.sql
/// and 0006_window_totals.sql). The samples are read in table order and sorted, rather than
/// through the (server, time) index, which would visit them one page at a time; the running
/// totals' index by server is built after them for the same reason. A server's totals are
/// its last running row. `{metrics}` is the samples' table as each engine is to scan it.
const REBUILD_DERIVED_TOTALS: &str = "DROP INDEX metrics_running_server; \
    DELETE FROM metrics_running; \
    INSERT INTO metrics_running (server_id, hour, samples, cpu, memory, network, latency_ms) \
    SELECT server_id, hour, SUM(n) OVER w, SUM(cpu) OVER w, SUM(memory) OVER w, \
      SUM(network) OVER w, SUM(latency) OVER w \
    FROM (SELECT server_id, ts / 3600 AS hour, SUM(samples) AS n, SUM(cpu) AS cpu, \
      SUM(memory) AS memory, SUM(network_in + network_out) AS network, SUM(latency_ms) AS latency \
      FROM {metrics} GROUP BY server_id, ts / 3600) AS hours \
    WINDOW w AS (PARTITION BY server_id ORDER BY hour) \
    ORDER BY hour, server_id; \
    CREATE INDEX metrics_running_server ON metrics_running (server_id, hour); \
    DELETE FROM metrics_server_totals; \
    INSERT INTO metrics_server_totals \
    SELECT b.server_id, b.first_ts, b.last_ts, r.samples, r.cpu, r.memory, r.network, r.latency_ms \
    FROM (SELECT server_id, MIN(ts) AS first_ts, MAX(ts) AS last_ts FROM metrics \
      GROUP BY server_id) b \
    JOIN metrics_running r ON r.hour = b.last_ts / 3600 AND r.server_id = b.server_id; \
    DELETE FROM user_session_span; \
    INSERT INTO user_session_span \
    SELECT user_id, MAX(started_at), MAX(ended_at), SUM(CASE WHEN ended_at IS NULL THEN 1 ELSE 0 END) \
    FROM sessions GROUP BY user_id; \
    DELETE FROM sessions_hourly; \
    INSERT INTO sessions_hourly \
    SELECT started_at - ((started_at % 3600) + 3600) % 3600 AS hour_start, SUM(data_gb) \
    FROM sessions GROUP BY hour_start";

/// Runs `load` (a bulk insert of samples and sessions) with the derived-totals triggers
/// paused, then rebuilds the totals once: far cheaper than keeping them per row. All of it in
/// `tx`, so nobody sees the totals out of step, and a failed load leaves nothing paused.
pub async fn with_derived_totals_paused<T>(
    tx: &mut super::Tx,
    load: impl AsyncFnOnce(&mut Conn) -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    let conn: &mut Conn = tx;
    sqlx::query("INSERT INTO derived_totals_paused (paused) VALUES (1)")
        .execute(&mut *conn)
        .await?;
    let loaded = load(&mut *conn).await?;
    // SQLite is told to read the samples in table order; PostgreSQL plans that by itself.
    let metrics = match conn.engine() {
        Engine::Sqlite => "metrics NOT INDEXED",
        Engine::Postgres => "metrics",
    };
    let rebuild = REBUILD_DERIVED_TOTALS.replace("{metrics}", metrics);
    sqlx::raw_sql(sqlx::AssertSqlSafe(rebuild))
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM derived_totals_paused")
        .execute(&mut *conn)
        .await?;
    Ok(loaded)
}

/// A window `[from, to)` cut at hour boundaries: the whole hours in it, and the partial
/// hours before and after them. Ranges are half-open, in unix seconds; empty ones have
/// equal ends.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct HourSplit {
    head: (i64, i64),
    whole: (i64, i64),
    tail: (i64, i64),
}

impl HourSplit {
    /// A SQL expression: the gigabytes of the sessions started in the window, from
    /// sessions_hourly for its whole hours and from the sessions of its partial ones. Its
    /// six parameters are numbered from `first`; bind [`HourSplit::bounds`] to them.
    pub(super) fn data_gb_sql(first: usize) -> String {
        let p = |i: usize| first + i;
        format!(
            "((SELECT COALESCE(SUM(data_gb), 0.0) FROM sessions_hourly \
               WHERE hour_start >= ?{} AND hour_start < ?{}) \
             + (SELECT COALESCE(SUM(data_gb), 0.0) FROM sessions \
               WHERE started_at >= ?{} AND started_at < ?{}) \
             + (SELECT COALESCE(SUM(data_gb), 0.0) FROM sessions \
               WHERE started_at >= ?{} AND started_at < ?{}))",
            p(0),
            p(1),
            p(2),
            p(3),
            p(4),
            p(5)
        )
    }

    /// The values of [`HourSplit::data_gb_sql`]'s parameters, in order.
    pub(super) fn bounds(&self) -> [i64; 6] {
        [
            self.whole.0,
            self.whole.1,
            self.head.0,
            self.head.1,
            self.tail.0,
            self.tail.1,
        ]
    }

    pub(super) fn of(from: i64, to: i64) -> Self {
        let first_whole = from.div_euclid(HOUR_SECS) * HOUR_SECS
            + if from.rem_euclid(HOUR_SECS) == 0 {
                0
            } else {
                HOUR_SECS
            };
        let end_whole = to.div_euclid(HOUR_SECS) * HOUR_SECS;
        if first_whole < end_whole {
            Self {
                head: (from, first_whole),
                whole: (first_whole, end_whole),
                tail: (end_whole, to),
            }
        } else {
            Self::raw(from, to)
        }
    }

    /// All of `[from, to)` as one partial range, no whole hours.
    fn raw(from: i64, to: i64) -> Self {
        /// A half-open range with equal ends holds nothing.
        const EMPTY: (i64, i64) = (0, 0);
        Self {
            head: (from, to),
            whole: EMPTY,
            tail: EMPTY,
        }
    }
}

/// What [`Store::network_overview`] should say, computed from the raw rows the plain way:
/// the totals, and every server within `max_load` by average latency then id, with its
/// sample count. For tests.
#[cfg(test)]
pub(crate) async fn network_overview_by_hand(
    store: &Store,
    from: i64,
    to: i64,
    max_load: f64,
) -> (NetworkTotals, Vec<(String, i64)>) {
    let pool = store.pool();
    let sessions: Vec<(String, i64, Option<i64>, f64)> =
        sqlx::query_as("SELECT user_id, started_at, ended_at, data_gb FROM sessions")
            .fetch_all(pool)
            .await
            .unwrap();
    let active_sessions = sessions
        .iter()
        .filter(|s| s.1 <= to && s.2.is_none_or(|end| end > to))
        .count() as i64;
    let users: std::collections::HashSet<&str> = sessions
        .iter()
        .filter(|s| s.1 < to && s.2.is_none_or(|end| end > from))
        .map(|s| s.0.as_str())
        .collect();
    let data_gb = sessions
        .iter()
        .filter(|s| (from..to).contains(&s.1))
        .map(|s| s.3)
        .sum();
    let samples: Vec<(String, i64, f64, f64, f64)> = sqlx::query_as(
        "SELECT server_id, samples, cpu, memory, latency_ms FROM metrics \
         WHERE ts >= ? AND ts < ?",
    )
    .bind(from)
    .bind(to)
    .fetch_all(pool)
    .await
    .unwrap();
    let mut sums: std::collections::BTreeMap<String, (i64, f64, f64, f64)> = Default::default();
    for (server, weight, cpu, memory, latency) in samples {
        let sum = sums.entry(server).or_default();
        *sum = (sum.0 + weight, sum.1 + cpu, sum.2 + memory, sum.3 + latency);
    }
    let reporting_servers = sums.len() as i64;
    let mut top: Vec<(f64, String, i64)> = sums
        .into_iter()
        .filter(|(_, s)| s.1 / s.0 as f64 <= max_load && s.2 / s.0 as f64 <= max_load)
        .map(|(id, s)| (s.3 / s.0 as f64, id, s.0))
        .collect();
    top.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    let totals = NetworkTotals {
        active_sessions,
        users: users.len() as i64,
        reporting_servers,
        data_gb,
    };
    (totals, top.into_iter().map(|(_, id, n)| (id, n)).collect())
}

#[cfg(test)]
pub(crate) mod tests {
    //! Shared with the tests of recorded connections (store::connections), which check the
    //! same derived totals after the writes the API makes.
    use super::*;

    pub(crate) const HOUR: i64 = 3_600;
    /// A day boundary (2026-11-15T00:00:00Z), so hand-made buckets are easy to name.
    pub(crate) const T0: i64 = 1_795_219_200;

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

    pub(crate) async fn store() -> Store {
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

    /// [`store`], with `b` and `c` reporting every ten minutes for six hours from T0 - 2h
    /// (figures that do not add up evenly), for the tests of the retention pass.
    pub(crate) async fn busy_store() -> Store {
        let store = store().await;
        for server in ["b", "c"] {
            for i in 0..36_i64 {
                let x = (i * 37 % 11) as f64 + 0.1;
                sqlx::query(
                    "INSERT INTO metrics (server_id, ts, cpu, memory, network_in, network_out, \
                     connections, latency_ms, error_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                )
                .bind(server)
                .bind(T0 - 2 * HOUR + 7 + i * 600)
                .bind(x * 3.3)
                .bind(90.0 - x)
                .bind(x / 7.0)
                .bind(x / 3.0)
                .bind(i % 5)
                .bind(10.0 + x * 1.7)
                .bind(x / 100.0)
                .execute(store.pool())
                .await
                .unwrap();
            }
        }
        store
    }

    /// [`busy_store`] with every hour before T0 + 3h rolled up (migration 0016): the derived
    /// totals' tests run on it too.
    pub(crate) async fn rolled_up_store() -> Store {
        let store = busy_store().await;
        let (hours, _) = store.roll_up_metrics(T0 + 3 * HOUR).await.unwrap();
        assert_eq!(hours, 11);
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
             (SELECT server_id, ts / 3600 AS hour, SUM(samples) AS n, \
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

    pub(crate) async fn assert_overview_matches_rows(store: &Store, from: i64, to: i64) {
        let (totals, top) = store.network_overview(from, to, 80.0, 10).await.unwrap();
        let (want, want_top) = network_overview_by_hand(store, from, to, 80.0).await;
        let label = format!("[{from}, {to})");
        assert_eq!(totals.active_sessions, want.active_sessions, "{label}");
        assert_eq!(totals.users, want.users, "{label}");
        assert_eq!(totals.reporting_servers, want.reporting_servers, "{label}");
        assert!(
            (totals.data_gb - want.data_gb).abs() <= 1e-9 * want.data_gb.max(1.0),
            "{label}: {} {}",
            totals.data_gb,
            want.data_gb
        );
        let got: Vec<(String, i64)> = top.into_iter().map(|s| (s.server_id, s.samples)).collect();
        let want_top: Vec<(String, i64)> = want_top.into_iter().take(10).collect();
        assert_eq!(got, want_top, "{label}");
    }

    #[tokio::test]
    async fn overview_matches_the_rows_for_every_kind_of_window() {
        for store in [store().await, rolled_up_store().await] {
            overview_matches_the_rows_in_every_kind_of_window(store).await;
        }
    }

    async fn overview_matches_the_rows_in_every_kind_of_window(store: Store) {
        // c falls silent for three hours and comes back: a bound in the gap finds its running
        // totals in an earlier hour than the one before the bound.
        sqlx::query(
            "INSERT INTO metrics (server_id, ts, cpu, memory, network_in, network_out, \
             connections, latency_ms, error_rate) VALUES ('c', ?, 5, 5, 1, 1, 1, 2, 0)",
        )
        .bind(T0 + 5 * HOUR + 7)
        .execute(store.pool())
        .await
        .unwrap();
        let edges = [
            T0 - 3 * HOUR,
            T0 - 1,
            T0,
            T0 + 10,
            T0 + 1_000,
            T0 + HOUR,
            T0 + HOUR + 30,
            T0 + 2 * HOUR,
            T0 + 2 * HOUR + 1,
            T0 + 4 * HOUR + 5,
            T0 + 5 * HOUR + 7,
            T0 + 5 * HOUR + 8,
            T0 + 9 * HOUR,
        ];
        for (i, &from) in edges.iter().enumerate() {
            for &to in &edges[i + 1..] {
                assert_overview_matches_rows(&store, from, to).await;
            }
        }
    }

    #[tokio::test]
    async fn overview_matches_the_rows_of_the_demo_network() {
        let now = 1_795_000_000;
        for roll_up in [false, true] {
            let store = Store::open(":memory:").await.unwrap();
            store
                .seed_demo(3, crate::server::store::seed::DemoSize::scale(1), now)
                .await
                .unwrap();
            if roll_up {
                // The demo reports hourly: a second sample in every hour of the first 40
                // servers' oldest week, rolled up with the rest of that week.
                sqlx::query(
                    "INSERT INTO metrics (server_id, ts, cpu, memory, network_in, network_out, \
                     connections, latency_ms, error_rate) \
                     SELECT server_id, ts - ts % 3600 + 1799, cpu / 3, memory + 1.25, \
                       network_in * 2, network_out, connections + 1, latency_ms * 1.5, error_rate \
                     FROM metrics WHERE ts < ? AND ts % 3600 <> 1799 \
                       AND server_id IN (SELECT id FROM servers ORDER BY id LIMIT 40)",
                )
                .bind(now - 7 * 86_400)
                .execute(store.pool())
                .await
                .unwrap();
                let (hours, _) = store.roll_up_metrics(now - 7 * 86_400).await.unwrap();
                assert!(hours > 1_000, "{hours}");
                let (kept, fresh) = derived_both_ways(&store).await;
                assert_same_totals(&kept, &fresh);
            }
            overview_matches_the_rows_of_a_demo_network(store, now).await;
        }
    }

    async fn overview_matches_the_rows_of_a_demo_network(store: Store, now: i64) {
        // Ending now, ending in the past, inside one hour, all of history, before it.
        for (from, to) in [
            (now - 30 * 86_400, now + 60),
            (now - 7 * 86_400 + 1_234, now),
            (now - 5 * 86_400 - 17, now - 2 * 86_400 + 3_599),
            (now - 3 * HOUR + 100, now - 3 * HOUR + 2_000),
            (now - 60 * 86_400, now - 40 * 86_400),
        ] {
            assert_overview_matches_rows(&store, from, to).await;
            for width in [60, 300, HOUR, 86_400] {
                let kept = store.network_data_buckets(from, to, width).await.unwrap();
                let by_hand: Vec<(i64, f64)> = sqlx::query_as(
                    "SELECT started_at - started_at % ?1 AS bucket, SUM(data_gb) FROM sessions \
                     WHERE started_at >= ?2 AND started_at < ?3 GROUP BY bucket ORDER BY bucket",
                )
                .bind(width)
                .bind(from)
                .bind(to)
                .fetch_all(store.pool())
                .await
                .unwrap();
                let kept: Vec<(i64, f64)> = kept
                    .into_iter()
                    .filter(|b| b.data_gb != 0.0)
                    .map(|b| (b.bucket, b.data_gb))
                    .collect();
                assert_eq!(kept.len(), by_hand.len(), "[{from}, {to}) by {width}");
                for (k, h) in kept.iter().zip(&by_hand) {
                    assert!(
                        k.0 == h.0 && (k.1 - h.1).abs() <= 1e-9 * h.1.max(1.0),
                        "{k:?} {h:?}"
                    );
                }
            }
        }
    }

    /// Every derived-totals table, as the triggers left it (rounded: sums kept by adding and
    /// subtracting differ from fresh ones in the last bits). Running rows of hours that no
    /// longer hold a sample are left out: nothing reads them.
    async fn derived_totals(conn: &mut Conn) -> Vec<String> {
        let queries = [
            "SELECT server_id || ' ' || hour || ' ' || samples || ' ' || \
             ROUND(cpu + memory + network + latency_ms, 6) FROM metrics_running r \
             WHERE EXISTS (SELECT 1 FROM metrics m \
               WHERE m.server_id = r.server_id AND m.ts / 3600 = r.hour) \
             ORDER BY server_id, hour",
            "SELECT server_id || ' ' || first_ts || ' ' || last_ts || ' ' || samples || ' ' || \
             ROUND(cpu + memory + network + latency_ms, 6) FROM metrics_server_totals \
             ORDER BY server_id",
            "SELECT user_id || ' ' || last_started || ' ' || IFNULL(last_ended, '-') || ' ' || \
             open_sessions FROM user_session_span ORDER BY user_id",
            "SELECT hour_start || ' ' || ROUND(data_gb, 6) FROM sessions_hourly \
             WHERE data_gb <> 0 ORDER BY hour_start",
        ];
        let mut rows = Vec::new();
        for query in queries {
            let table: Vec<String> = sqlx::query_scalar(query)
                .fetch_all(&mut *conn)
                .await
                .unwrap();
            rows.extend(table);
        }
        rows
    }

    /// Derived totals (see [`derived_totals`]) equal but for the last bits of their sums: a
    /// sum rounded to six decimals may fall on either side of a rounding boundary when it
    /// is large (a server's running totals over two weeks), so sums are compared to a
    /// rounding step plus a relative 1e-12, and everything else exactly.
    pub(crate) fn assert_same_totals(kept: &[String], fresh: &[String]) {
        assert_eq!(kept.len(), fresh.len());
        for (k, f) in kept.iter().zip(fresh) {
            let (k_key, k_sum) = k.rsplit_once(' ').unwrap();
            let (f_key, f_sum) = f.rsplit_once(' ').unwrap();
            let (k_sum, f_sum): (f64, f64) = (k_sum.parse().unwrap(), f_sum.parse().unwrap());
            assert!(
                k_key == f_key && (k_sum - f_sum).abs() <= 1.5e-6 + 1e-12 * k_sum.abs(),
                "{k} against {f}"
            );
        }
    }

    /// The derived totals as kept, and as rebuilt from the rows. The rebuild is rolled back,
    /// so that what the triggers kept goes on into the next write.
    pub(crate) async fn derived_both_ways(store: &Store) -> (Vec<String>, Vec<String>) {
        let mut tx = store.pool().begin().await.unwrap();
        let kept = derived_totals(&mut tx).await;
        with_derived_totals_paused(&mut tx, async |_| Ok(()))
            .await
            .unwrap();
        let fresh = derived_totals(&mut tx).await;
        tx.rollback().await.unwrap();
        (kept, fresh)
    }

    #[tokio::test]
    async fn derived_totals_follow_every_write() {
        for store in [store().await, rolled_up_store().await] {
            derived_totals_follow_every_write_to(store).await;
        }
    }

    async fn derived_totals_follow_every_write_to(store: Store) {
        let (kept, fresh) = derived_both_ways(&store).await;
        assert_eq!(kept, fresh, "as built");
        assert!(kept.len() > 10, "{kept:?}");
        let sample = "INSERT INTO metrics (server_id, ts, cpu, memory, network_in, network_out, \
                      connections, latency_ms, error_rate) VALUES";
        let writes = [
            // A heartbeat's upsert, a sample before all of a server's, a new server's first.
            format!(
                "{sample} ('a', {}, 1, 2, 3, 4, 5, 6, 0) \
                 ON CONFLICT (server_id, ts) DO UPDATE SET cpu = excluded.cpu + 10",
                T0
            ),
            format!("{sample} ('b', {}, 1, 2, 3, 4, 5, 6, 0)", T0 - 19_200),
            format!("{sample} ('d', {}, 1, 2, 3, 4, 5, 6, 0)", T0 + 80_800),
            // A sample replaced whole, one moved in time, one changed where no total looks.
            format!(
                "INSERT OR REPLACE {} ('a', {}, 70, 70, 7, 7, 7, 70, 0)",
                &sample[7..],
                T0
            ),
            format!(
                "UPDATE metrics SET ts = ts - 7200 WHERE server_id = 'c' AND ts = {}",
                T0 + 10
            ),
            "UPDATE metrics SET error_rate = 0.5, connections = 3 WHERE server_id = 'b'".into(),
            // A server's last sample and all of another's taken out.
            "DELETE FROM metrics WHERE server_id = 'a' AND ts = (SELECT MAX(ts) FROM metrics \
             WHERE server_id = 'a')"
                .into(),
            "DELETE FROM metrics WHERE server_id = 'd'".into(),
            // A session opened, one ended, one moved to another user and hour, one replaced
            // by a session of someone else, one deleted, all of a user's deleted.
            format!(
                "INSERT INTO sessions (id, user_id, server_id, protocol, started_at, data_gb) \
                 VALUES ('s7', 'u3', 'b', 'VLESS', {}, 3.25)",
                T0 + 10_800
            ),
            format!(
                "UPDATE sessions SET ended_at = {}, data_gb = 9.5 WHERE id = 's5'",
                T0 + 20_800
            ),
            "UPDATE sessions SET user_id = 'u1', started_at = started_at - 3600 WHERE id = 's3'"
                .into(),
            format!(
                "INSERT OR REPLACE INTO sessions (id, user_id, server_id, protocol, started_at, \
                 data_gb) VALUES ('s1', 'u3', 'c', 'VLESS', {}, 0.75)",
                T0 + 4 * HOUR
            ),
            "DELETE FROM sessions WHERE id = 's4'".into(),
            "DELETE FROM sessions WHERE user_id = 'u2'".into(),
        ];
        for write in writes {
            sqlx::query(sqlx::AssertSqlSafe(write.clone()))
                .execute(store.pool())
                .await
                .unwrap();
            let (kept, fresh) = derived_both_ways(&store).await;
            assert_eq!(kept, fresh, "after {write}");
            for (from, to) in [
                (T0 - 6 * HOUR, T0 + 30 * HOUR),
                (T0 + 10, T0 + 2 * HOUR + 1),
                (T0 + HOUR + 30, T0 + 5 * HOUR),
            ] {
                assert_overview_matches_rows(&store, from, to).await;
            }
        }
    }

    /// The window's query reads metrics and metrics_running by key only: a plan that scans
    /// either (as SQLite 3.51 chose before the joins were pinned) takes seconds on a large
    /// network.
    #[tokio::test]
    async fn the_window_query_never_scans_the_big_tables() {
        let store = store().await;
        let sql = format!(
            "EXPLAIN QUERY PLAN {}",
            SERVERS_OVER_WINDOW.replace("{floor}", Engine::Sqlite.floor())
        );
        let plan: Vec<(i64, i64, i64, String)> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(T0)
            .bind(T0 + 7 * 86_400)
            .bind(T0 / HOUR)
            .bind((T0 + 7 * 86_400) / HOUR)
            .bind(80.0)
            .bind(10)
            .fetch_all(store.pool())
            .await
            .unwrap();
        let plan: Vec<String> = plan.into_iter().map(|row| row.3).collect();
        assert!(
            plan.iter()
                .any(|step| step.contains("SEARCH m USING INDEX metrics_ts"))
        );
        for step in &plan {
            let scans_big = step.starts_with("SCAN")
                && (step.contains("metrics_running") || step == "SCAN r" || step == "SCAN m");
            assert!(!scans_big, "{step} in {plan:#?}");
        }
    }

    #[test]
    fn windows_split_at_whole_hours() {
        let split = HourSplit::of(T0 + 10, T0 + 3 * HOUR + 5);
        assert_eq!(split.head, (T0 + 10, T0 + HOUR));
        assert_eq!(split.whole, (T0 + HOUR, T0 + 3 * HOUR));
        assert_eq!(split.tail, (T0 + 3 * HOUR, T0 + 3 * HOUR + 5));
        // Aligned ends leave empty partial hours; a window inside one hour has no whole one.
        let aligned = HourSplit::of(T0, T0 + 2 * HOUR);
        assert_eq!(
            (aligned.head, aligned.whole),
            ((T0, T0), (T0, T0 + 2 * HOUR))
        );
        assert_eq!(aligned.tail, (T0 + 2 * HOUR, T0 + 2 * HOUR));
        let inside = HourSplit::of(T0 + 10, T0 + 20);
        assert_eq!(inside.head, (T0 + 10, T0 + 20));
        assert_eq!(inside.whole.0, inside.whole.1);
        assert_eq!(inside.tail.0, inside.tail.1);
        // Before 1970 hours still start on the hour.
        let early = HourSplit::of(-HOUR - 10, 10);
        assert_eq!(early.whole, (-HOUR, 0));
    }
}
