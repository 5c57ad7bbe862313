//! The demo network brought up to now. Its agents are simulated: nothing reports while no
//! process serves the database, so a demo opened a day after it was made would show every
//! server OFFLINE and refuse every claim. Opening it (`--endpoint local`, `vpnmine server
//! --demo`) fills the gap with the heartbeats its servers would have sent.
//!
//! - Deterministic: a server's samples are drawn from a generator seeded with the demo's seed,
//!   the server's id and its last heartbeat, so the same database caught up to the same
//!   instant holds the same rows.
//! - Bounded: at most [`CATCH_UP_MAX_DAYS`] (the seed's own history) of hourly samples (the
//!   seed's spacing) per server, so a gap of months writes what a gap of two weeks does. Claims
//!   look at the window since a server was last paid; a server whose window starts before
//!   the filled span would be refused for the hours nobody filled, so its mining activity is
//!   restarted where the samples start: the time the demo lay unused earns nothing.
//! - Only the servers that were reporting when the network went quiet report again: those in
//!   maintenance and those the seed made silent stay as they are.

use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};

use super::rows::row_struct;
use super::seed::{
    DEMO_HISTORY_DAYS, DEMO_SAMPLE_INTERVAL_SECS, REGIONS, Sample, SampleProfile, daily_cycle,
    insert_samples,
};
use super::servers::HEARTBEAT_TIMEOUT_SECS;
use super::{Conn, Store, StoreError};

/// The most history a catch-up writes, in days: the span the seed itself fills, which the
/// claim windows (3-6 days between the seed's claims), dashboards and analytics defaults read.
pub const CATCH_UP_MAX_DAYS: i64 = DEMO_HISTORY_DAYS as i64;

/// A network whose newest heartbeat is younger than this is live: nothing to catch up.
pub const CATCH_UP_AFTER_SECS: i64 = 60;

/// Rows per multi-row INSERT.
const INSERT_CHUNK: usize = 500;

/// What a catch-up did.
#[derive(Debug, Clone, PartialEq)]
pub struct CatchUp {
    /// The network's newest heartbeat before the catch-up.
    pub idle_since: i64,
    /// The instant it was brought up to: every reporting server's heartbeat now.
    pub to: i64,
    /// Servers that reported again.
    pub servers: usize,
    /// Metric samples written.
    pub samples: usize,
    /// Mining activities restarted where the samples start (gaps longer than the fill).
    pub restarted_mining: usize,
}

impl CatchUp {
    /// The most samples a catch-up of `servers` reporting servers writes, however long the gap:
    /// one per hour of [`CATCH_UP_MAX_DAYS`] and the one at the instant caught up to.
    pub fn max_samples(servers: usize) -> usize {
        servers * (CATCH_UP_MAX_DAYS as usize * 24 + 1)
    }
}

row_struct! {
    /// A server that was reporting when the network went quiet, with its latest figures.
    #[derive(Debug)]
    struct Reporting {
        id: String,
        location: String,
        last_heartbeat: i64,
        cpu_usage: f64,
        memory_usage: f64,
        network_speed: f64,
        active_connections: i64,
        latency_ms: f64,
    }
}

row_struct! {
    /// The open mining activity of a reporting server, and the end of its last paid period.
    #[derive(Debug)]
    struct OpenActivity {
        id: String,
        server_id: String,
        started_at: i64,
        last_heartbeat: i64,
        last_period_end: Option<i64>,
    }
}

/// FNV-1a: a hash of a server id that stays the same across builds and platforms (std's
/// hashers promise neither), for seeding its generator.
fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The generator of one server's catch-up from its heartbeat at `since`; `stream` separates
/// the draws of samples from those of ids.
fn server_rng(seed: u64, server_id: &str, since: i64, stream: u64) -> StdRng {
    StdRng::seed_from_u64(
        seed ^ stable_hash(server_id).rotate_left(17)
            ^ (since as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)
            ^ stream,
    )
}

/// Samples of `server` (index `index`) after its last heartbeat up to `now`: hourly from its
/// last heartbeat, at most back to `fill_from`, then one at `now` that is its stored figures,
/// which stay its latest as the seed made them.
fn server_samples(
    seed: u64,
    index: usize,
    server: &Reporting,
    fill_from: i64,
    now: i64,
    out: &mut Vec<Sample>,
) {
    let mut rng = server_rng(seed, &server.id, server.last_heartbeat, 0);
    let region = REGIONS
        .iter()
        .position(|r| *r == server.location)
        .unwrap_or(0);
    let speed_per_connection = if server.active_connections > 0 {
        server.network_speed / server.active_connections as f64
    } else {
        rng.random_range(0.5..4.0)
    };
    let profile = SampleProfile {
        region,
        cpu: server.cpu_usage,
        memory: server.memory_usage,
        latency: server.latency_ms,
        connection_level: server.active_connections as f64,
        speed_per_connection,
        inbound_share: rng.random_range(0.3..0.45),
        base_error_rate: rng.random_range(0.0..0.02),
        anchor_cycle: daily_cycle(now, region),
    };
    // The first hourly step of the server's own spacing at or after `fill_from`.
    let skipped = (fill_from - server.last_heartbeat).max(0) + DEMO_SAMPLE_INTERVAL_SECS - 1;
    let mut ts = server.last_heartbeat
        + (skipped / DEMO_SAMPLE_INTERVAL_SECS).max(1) * DEMO_SAMPLE_INTERVAL_SECS;
    while ts < now {
        out.push(profile.sample(&mut rng, index, ts));
        ts += DEMO_SAMPLE_INTERVAL_SECS;
    }
    out.push(profile.figures(index, now, server.active_connections, server.network_speed));
}

/// Gaps longer than this are written with the derived totals' triggers paused and the totals
/// rebuilt once, as the seed does. The rebuild reads every row (about a second for the default
/// demo in a debug build) where the triggers cost some 50 µs a row: measured, the triggers win
/// for a day's 7,000 samples (0.35 s against 1.0 s) and lose for a month's 92,000 (3.3-5.7 s
/// against 2.8-3.7 s); they cross at about 20,000 samples, three days.
const BULK_AFTER_SECS: i64 = 3 * 86_400;

/// Writes the samples of `servers` (see [`server_samples`]) in batches; returns how many.
async fn write_samples(
    conn: &mut Conn,
    seed: u64,
    servers: &[Reporting],
    fill_from: i64,
    now: i64,
) -> Result<usize, StoreError> {
    let ids: Vec<&str> = servers.iter().map(|s| s.id.as_str()).collect();
    let mut samples = 0;
    let mut batch = Vec::with_capacity(INSERT_CHUNK);
    for (index, server) in servers.iter().enumerate() {
        server_samples(seed, index, server, fill_from, now, &mut batch);
        // One server adds at most CATCH_UP_MAX_DAYS of samples: the batch stays bounded.
        if batch.len() >= INSERT_CHUNK {
            samples += batch.len();
            for chunk in batch.chunks(INSERT_CHUNK) {
                insert_samples(conn, "INSERT INTO metrics", &ids, chunk, true).await?;
            }
            batch.clear();
        }
    }
    samples += batch.len();
    for chunk in batch.chunks(INSERT_CHUNK) {
        insert_samples(conn, "INSERT INTO metrics", &ids, chunk, true).await?;
    }
    Ok(samples)
}

impl Store {
    /// Brings a demo network up to `now` (see the module documentation). `None` when the
    /// database holds no demo network or its network is live. `fallback_seed` serves demo
    /// databases made before they recorded their seed.
    pub async fn catch_up_demo(
        &self,
        fallback_seed: u64,
        now: i64,
    ) -> Result<Option<CatchUp>, StoreError> {
        // Write-locked from the start: two processes opening the database at once catch up
        // once; the second finds the network live.
        let mut tx = self.pool().begin_write().await?;
        let marker: Option<Option<i64>> =
            sqlx::query_scalar("SELECT seed FROM demo_network WHERE id = 1")
                .fetch_optional(&mut *tx)
                .await?;
        let Some(seed) = marker else {
            return Ok(None);
        };
        // The stored seed is its 64 bits in a signed integer.
        let seed = seed.map_or(fallback_seed, |s| s as u64);
        let newest: Option<i64> =
            sqlx::query_scalar("SELECT MAX(last_heartbeat) FROM servers WHERE maintenance = 0 AND decommissioned_at IS NULL")
                .fetch_one(&mut *tx)
                .await?;
        let Some(idle_since) = newest.filter(|&t| now - t >= CATCH_UP_AFTER_SECS) else {
            return Ok(None);
        };
        // Reporting when the network went quiet: in service, with a heartbeat that was fresh
        // then. Silent servers' heartbeats were stale already.
        let reporting_since = idle_since - HEARTBEAT_TIMEOUT_SECS;
        let servers: Vec<Reporting> = sqlx::query_as(
            "SELECT id, location, last_heartbeat, COALESCE(cpu_usage, 0.0) AS cpu_usage, \
               COALESCE(memory_usage, 0.0) AS memory_usage, \
               COALESCE(network_speed, 0.0) AS network_speed, active_connections, \
               COALESCE(latency_ms, 0.0) AS latency_ms \
             FROM servers WHERE maintenance = 0 AND decommissioned_at IS NULL AND last_heartbeat >= ? AND last_heartbeat < ? \
             ORDER BY id",
        )
        .bind(reporting_since)
        .bind(now)
        .fetch_all(&mut *tx)
        .await?;
        let fill_from = now - CATCH_UP_MAX_DAYS * 86_400;

        let restarted_mining = if fill_from > idle_since {
            restart_mining(&mut tx, seed, reporting_since, now, fill_from).await?
        } else {
            0
        };

        let samples = if now - idle_since > BULK_AFTER_SECS {
            let write =
                async |conn: &mut Conn| write_samples(conn, seed, &servers, fill_from, now).await;
            super::metrics::with_derived_totals_paused(&mut tx, write).await?
        } else {
            write_samples(&mut tx, seed, &servers, fill_from, now).await?
        };
        sqlx::query(
            "UPDATE servers SET last_heartbeat = ?1 \
             WHERE maintenance = 0 AND decommissioned_at IS NULL AND last_heartbeat >= ?2 AND last_heartbeat < ?1",
        )
        .bind(now)
        .bind(reporting_since)
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE demo_network SET caught_up_at = ? WHERE id = 1")
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        self.note_change().await;
        Ok(Some(CatchUp {
            idle_since,
            to: now,
            servers: servers.len(),
            samples,
            restarted_mining,
        }))
    }
}

/// Closes, at their last heartbeat, the open mining activities of the reporting servers whose
/// unpaid window starts before `fill_from`, and opens new ones there. Returns how many.
async fn restart_mining(
    conn: &mut Conn,
    seed: u64,
    reporting_since: i64,
    now: i64,
    fill_from: i64,
) -> Result<usize, StoreError> {
    let open: Vec<OpenActivity> = sqlx::query_as(
        "SELECT a.id, a.server_id, a.started_at, s.last_heartbeat, \
           (SELECT MAX(l.period_end) FROM ledger l \
            WHERE l.server_id = a.server_id AND l.kind = 'claim') AS last_period_end \
         FROM mining_activities a JOIN servers s ON s.id = a.server_id \
         WHERE a.stopped_at IS NULL AND s.maintenance = 0 AND s.decommissioned_at IS NULL \
           AND s.last_heartbeat >= ? AND s.last_heartbeat < ? \
         ORDER BY a.server_id, a.id",
    )
    .bind(reporting_since)
    .bind(now)
    .fetch_all(&mut *conn)
    .await?;
    let mut restarted = 0;
    for activity in open {
        let window_start = activity
            .last_period_end
            .map_or(activity.started_at, |end| end.max(activity.started_at));
        if window_start >= fill_from {
            continue;
        }
        let mut rng = server_rng(seed, &activity.server_id, activity.last_heartbeat, 1);
        sqlx::query("UPDATE mining_activities SET stopped_at = ? WHERE id = ?")
            .bind(activity.last_heartbeat)
            .bind(&activity.id)
            .execute(&mut *conn)
            .await?;
        sqlx::query("INSERT INTO mining_activities (id, server_id, started_at) VALUES (?, ?, ?)")
            .bind(format!("act-{:016x}", rng.random::<u64>()))
            .bind(&activity.server_id)
            .bind(fill_from)
            .execute(&mut *conn)
            .await?;
        restarted += 1;
    }
    Ok(restarted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::store::seed::DemoSize;

    const T0: i64 = 1_796_000_000;
    const DAY: i64 = 86_400;

    /// A small demo network (the default's shape, a fifth of its servers) seeded at `T0`.
    async fn demo() -> Store {
        let store = Store::open(crate::server::store::IN_MEMORY).await.unwrap();
        let size = DemoSize {
            servers: 60,
            operators: 8,
            users: 300,
            history_days: DEMO_HISTORY_DAYS,
        };
        store.seed_demo(42, size, T0).await.unwrap();
        store
    }

    async fn scalar(store: &Store, sql: &str) -> i64 {
        sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_string()))
            .fetch_one(store.pool())
            .await
            .unwrap()
    }

    /// Every metric row and mining activity, in a fixed order.
    async fn rows(store: &Store) -> Vec<String> {
        sqlx::query_scalar(
            "SELECT server_id || ' ' || ts || ' ' || cpu || ' ' || memory || ' ' || network_in || ' ' \
               || network_out || ' ' || connections || ' ' || latency_ms || ' ' || error_rate \
             FROM metrics \
             UNION ALL SELECT id || ' ' || server_id || ' ' || started_at || ' ' || COALESCE(stopped_at, '-') \
             FROM mining_activities ORDER BY 1",
        )
        .fetch_all(store.pool())
        .await
        .unwrap()
    }

    /// (id, last heartbeat) of the servers in maintenance or silent at `T0`.
    async fn resting(store: &Store) -> Vec<(String, i64)> {
        sqlx::query_as(
            "SELECT id, last_heartbeat FROM servers \
             WHERE maintenance = 1 OR last_heartbeat < ? ORDER BY id",
        )
        .bind(T0 - HEARTBEAT_TIMEOUT_SECS)
        .fetch_all(store.pool())
        .await
        .unwrap()
    }

    #[tokio::test]
    async fn a_day_old_demo_reports_again_and_resting_servers_stay_as_they_are() {
        let store = demo().await;
        let resting_before = resting(&store).await;
        assert!(!resting_before.is_empty());
        let reporting =
            scalar(&store, "SELECT COUNT(*) FROM servers").await as usize - resting_before.len();
        let metrics_before = scalar(&store, "SELECT COUNT(*) FROM metrics").await;

        let now = T0 + DAY;
        let done = store
            .catch_up_demo(7, now)
            .await
            .unwrap()
            .expect("caught up");
        assert_eq!(done.servers, reporting);
        assert!(done.idle_since <= T0 && done.idle_since > T0 - 60);
        assert_eq!(done.to, now);
        assert_eq!(done.restarted_mining, 0, "a day is within the fill");
        // An hourly sample in each of the 24 hours and the one at `now`, per server.
        assert!(
            (24 * reporting..=25 * reporting).contains(&done.samples),
            "{done:?}"
        );
        let written = scalar(&store, "SELECT COUNT(*) FROM metrics").await - metrics_before;
        assert_eq!(written as usize, done.samples);
        let live = store
            .live_servers(now - HEARTBEAT_TIMEOUT_SECS)
            .await
            .unwrap();
        assert_eq!(live.len(), reporting);
        // No reporting server misses a clock hour of the day.
        let hours: i64 = scalar(
            &store,
            &format!(
                "SELECT MIN(h) FROM (SELECT COUNT(DISTINCT ts / 3600) AS h FROM metrics \
                 WHERE ts > {T0} AND ts <= {now} GROUP BY server_id) AS per_server"
            ),
        )
        .await;
        assert!(hours >= 24, "{hours}");
        // Maintenance and silent servers: same heartbeat, no sample after it.
        assert_eq!(resting(&store).await, resting_before);
        let after_resting = scalar(
            &store,
            "SELECT COUNT(*) FROM metrics m JOIN servers s ON s.id = m.server_id \
             WHERE m.ts > s.last_heartbeat",
        )
        .await;
        assert_eq!(after_resting, 0);
        let marker = scalar(&store, "SELECT caught_up_at FROM demo_network").await;
        assert_eq!(marker, now);

        // Live now: a second opening within the minute does nothing.
        assert_eq!(store.catch_up_demo(42, now + 30).await.unwrap(), None);
    }

    #[tokio::test]
    async fn the_same_demo_caught_up_to_the_same_instant_has_the_same_rows() {
        let (a, b) = (demo().await, demo().await);
        let now = T0 + 3 * DAY + 1_234;
        let done_a = a.catch_up_demo(42, now).await.unwrap();
        let done_b = b.catch_up_demo(42, now).await.unwrap();
        assert_eq!(done_a, done_b);
        assert_eq!(rows(&a).await, rows(&b).await);

        // Another instant gives other samples (the generator follows the times).
        let c = demo().await;
        c.catch_up_demo(42, now + 1_800).await.unwrap();
        assert_ne!(rows(&a).await, rows(&c).await);
    }

    #[tokio::test]
    async fn a_gap_of_months_writes_at_most_the_fill_and_claims_see_a_whole_window() {
        let store = demo().await;
        let metrics_before = scalar(&store, "SELECT COUNT(*) FROM metrics").await;
        let now = T0 + 60 * DAY;
        let done = store
            .catch_up_demo(42, now)
            .await
            .unwrap()
            .expect("caught up");
        assert!(
            done.samples <= CatchUp::max_samples(done.servers),
            "{done:?}"
        );
        assert!(
            done.samples >= CatchUp::max_samples(done.servers) - done.servers,
            "{done:?}"
        );
        let written = scalar(&store, "SELECT COUNT(*) FROM metrics").await - metrics_before;
        assert_eq!(written as usize, done.samples);
        let fill_from = now - CATCH_UP_MAX_DAYS * DAY;
        let oldest = scalar(
            &store,
            &format!("SELECT MIN(ts) FROM metrics WHERE ts > {T0}"),
        )
        .await;
        assert!(oldest >= fill_from, "{oldest} < {fill_from}");

        // Mining restarted where the samples start, so a claim's window is all reported.
        assert!(done.restarted_mining > 0);
        let mining: Vec<String> = sqlx::query_scalar(
            "SELECT server_id FROM mining_activities WHERE stopped_at IS NULL AND started_at = ?",
        )
        .bind(fill_from)
        .fetch_all(store.pool())
        .await
        .unwrap();
        assert_eq!(mining.len(), done.restarted_mining);
        for server in &mining {
            let (state, window) = store.accrual(server, now).await.unwrap();
            assert_eq!(state.window_start(), Some(fill_from));
            let hours = window.expect("a window").hours_reported;
            assert!(hours >= CATCH_UP_MAX_DAYS * 24, "{server}: {hours} hours");
        }
        let closed = scalar(
            &store,
            &format!("SELECT COUNT(*) FROM mining_activities WHERE stopped_at IS NOT NULL AND stopped_at <= {T0}"),
        )
        .await;
        assert_eq!(closed as usize, done.restarted_mining);
    }

    #[tokio::test]
    async fn derived_totals_match_the_rows_after_a_short_and_a_long_catch_up() {
        use crate::server::store::metrics::tests::derived_both_ways;
        // A day: kept by the triggers row by row; a month: paused and rebuilt once.
        for days in [1, 30] {
            let store = demo().await;
            store.catch_up_demo(42, T0 + days * DAY).await.unwrap();
            let (kept, fresh) = derived_both_ways(&store).await;
            assert_eq!(kept, fresh, "after {days} days");
            // Heartbeats after the catch-up keep them in step too.
            store
                .catch_up_demo(42, T0 + days * DAY + 3_600)
                .await
                .unwrap();
            let (kept, fresh) = derived_both_ways(&store).await;
            assert_eq!(kept, fresh, "after {days} days and an hour");
        }
    }

    #[tokio::test]
    async fn only_a_demo_network_is_caught_up() {
        let store = demo().await;
        sqlx::query("DELETE FROM demo_network")
            .execute(store.pool())
            .await
            .unwrap();
        let before = rows(&store).await;
        assert_eq!(store.catch_up_demo(42, T0 + DAY).await.unwrap(), None);
        assert_eq!(rows(&store).await, before);
    }

    #[tokio::test]
    async fn the_seed_records_itself_and_old_demo_databases_are_recognised() {
        let store = demo().await;
        let (seed, seeded_at): (i64, i64) =
            sqlx::query_as("SELECT seed, seeded_at FROM demo_network")
                .fetch_one(store.pool())
                .await
                .unwrap();
        assert_eq!((seed, seeded_at), (42, T0));
        // Migration 0013's backfill, run again on this database as if it predated the table.
        sqlx::query("DELETE FROM demo_network")
            .execute(store.pool())
            .await
            .unwrap();
        let migration = include_str!("../../../migrations/0013_demo_network.sql");
        let backfill = &migration[migration.find("INSERT INTO demo_network").unwrap()..];
        sqlx::raw_sql(sqlx::AssertSqlSafe(backfill.to_string()))
            .execute(store.pool())
            .await
            .unwrap();
        let (seed, seeded_at): (Option<i64>, i64) =
            sqlx::query_as("SELECT seed, seeded_at FROM demo_network")
                .fetch_one(store.pool())
                .await
                .unwrap();
        assert_eq!((seed, seeded_at), (None, T0));
        // Without a seed of its own, the catch-up uses the one it is given.
        let other = demo().await;
        sqlx::query("UPDATE demo_network SET seed = NULL")
            .execute(other.pool())
            .await
            .unwrap();
        store.catch_up_demo(42, T0 + DAY).await.unwrap();
        other.catch_up_demo(42, T0 + DAY).await.unwrap();
        assert_eq!(rows(&store).await, rows(&other).await);

        // A database the seed did not make is not one.
        let empty = Store::open(crate::server::store::IN_MEMORY).await.unwrap();
        sqlx::raw_sql(sqlx::AssertSqlSafe(backfill.to_string()))
            .execute(empty.pool())
            .await
            .unwrap();
        assert_eq!(scalar(&empty, "SELECT COUNT(*) FROM demo_network").await, 0);
    }

    #[tokio::test]
    async fn the_local_admin_operates_paid_and_refused_servers() {
        let store = demo().await;
        let owned: Vec<(i64, i64, i64)> = sqlx::query_as(
            "SELECT maintenance, mining_enabled, last_heartbeat >= ? FROM servers \
             WHERE owner_id = 'usr-admin' ORDER BY id",
        )
        .bind(T0 - HEARTBEAT_TIMEOUT_SECS)
        .fetch_all(store.pool())
        .await
        .unwrap();
        let healthy = owned.iter().filter(|s| **s == (0, 1, 1)).count();
        assert_eq!(healthy, 3, "{owned:?}");
        assert!(owned.contains(&(0, 0, 1)), "one not mining: {owned:?}");
        assert!(owned.len() >= 4 && owned.len() <= 6, "{owned:?}");
    }

    #[test]
    fn server_hashes_do_not_change() {
        assert_eq!(stable_hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(stable_hash("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
