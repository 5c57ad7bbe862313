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
use sqlx::FromRow;

use super::seed::{
    DEMO_HISTORY_DAYS, DEMO_SAMPLE_INTERVAL_SECS, REGIONS, Sample, SampleProfile, daily_cycle,
    insert_samples,
};
use super::servers::HEARTBEAT_TIMEOUT_SECS;
use super::{Store, StoreError};

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

/// A server that was reporting when the network went quiet, with its latest figures.
#[derive(Debug, FromRow)]
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

/// The open mining activity of a reporting server, and the end of its last paid period.
#[derive(Debug, FromRow)]
struct OpenActivity {
    id: String,
    server_id: String,
    started_at: i64,
    last_heartbeat: i64,
    last_period_end: Option<i64>,
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
        let mut tx = self.pool().begin_with("BEGIN IMMEDIATE").await?;
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
            sqlx::query_scalar("SELECT MAX(last_heartbeat) FROM servers WHERE maintenance = 0")
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
             FROM servers WHERE maintenance = 0 AND last_heartbeat >= ? AND last_heartbeat < ? \
             ORDER BY id",
        )
        .bind(reporting_since)
        .bind(now)
        .fetch_all(&mut *tx)
        .await?;
        let fill_from = now - CATCH_UP_MAX_DAYS * 86_400;

        let restarted_mining = if fill_from > idle_since {
            restart_mining(&mut *tx, seed, reporting_since, now, fill_from).await?
        } else {
            0
        };

        let ids: Vec<&str> = servers.iter().map(|s| s.id.as_str()).collect();
        let mut samples = 0;
        let mut batch = Vec::with_capacity(INSERT_CHUNK);
        for (index, server) in servers.iter().enumerate() {
            server_samples(seed, index, server, fill_from, now, &mut batch);
            // A server's samples are at most CATCH_UP_MAX_DAYS long: the batch stays bounded.
            if batch.len() >= INSERT_CHUNK {
                samples += batch.len();
                for chunk in batch.chunks(INSERT_CHUNK) {
                    insert_samples(&mut *tx, "INSERT OR IGNORE INTO metrics", &ids, chunk).await?;
                }
                batch.clear();
            }
        }
        samples += batch.len();
        for chunk in batch.chunks(INSERT_CHUNK) {
            insert_samples(&mut *tx, "INSERT OR IGNORE INTO metrics", &ids, chunk).await?;
        }
        sqlx::query(
            "UPDATE servers SET last_heartbeat = ?1 \
             WHERE maintenance = 0 AND last_heartbeat >= ?2 AND last_heartbeat < ?1",
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
        self.note_change();
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
    conn: &mut sqlx::SqliteConnection,
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
         WHERE a.stopped_at IS NULL AND s.maintenance = 0 \
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
