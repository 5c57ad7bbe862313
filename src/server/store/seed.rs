//! The `--demo` network: a believable platform built deterministically from a seed, so that
//! tests can assert on it and benchmarks can scale it.
//!
//! Servers, users and protocol endpoints are drawn first; the history (hourly metric samples
//! and user sessions over [`DemoSize::history_days`]) is drawn afterwards from the same
//! generator, so adding history did not change the servers and users a seed gives. The demo
//! `admin` account's servers are chosen among the drawn ones without a draw, for the same reason.

use std::collections::HashSet;
use std::f64::consts::TAU;

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use serde_json::json;
use sqlx::{Any, QueryBuilder};

use super::Conn;

use super::{Store, StoreError};
use crate::domain::money::Tokens;
use crate::server::secrets::{NO_LOGIN, hash_password};

/// The accounts every demo network has, one per role. Their passwords are printed at start-up
/// and written in the README; every other demo account has no password login.
pub const DEMO_ACCOUNTS: [(&str, &str, &str, &str); 3] = [
    ("admin", "admin-demo-pass", "ADMIN", "ADMIN"),
    ("operator", "operator-demo-pass", "OPERATOR", "PREMIUM"),
    ("user", "user-demo-pass", "USER", "FREE"),
];

pub const REGIONS: [&str; 12] = [
    "eu-west",
    "eu-central",
    "eu-north",
    "us-east",
    "us-west",
    "ca-central",
    "sa-east",
    "ap-south",
    "ap-southeast",
    "ap-northeast",
    "me-central",
    "af-south",
];

/// Hours east of UTC of each region in [`REGIONS`], for the daily cycle of its traffic.
const REGION_UTC_OFFSET_HOURS: [f64; 12] = [
    0.0, 1.0, 2.0, -5.0, -8.0, -5.0, -3.0, 5.5, 8.0, 9.0, 4.0, 2.0,
];

/// Days of history the default demo is seeded with.
pub const DEMO_HISTORY_DAYS: u32 = 14;

/// Demo servers report one metric sample per hour.
pub const DEMO_SAMPLE_INTERVAL_SECS: i64 = 3_600;

/// Rows per multi-row INSERT while seeding.
const INSERT_CHUNK: usize = 500;

/// How big a demo network to build. Scale 1 is the default demo.
#[derive(Debug, Clone, Copy)]
pub struct DemoSize {
    pub servers: usize,
    pub operators: usize,
    pub users: usize,
    /// Days of history before `now`: hourly metric samples of every server and user sessions.
    pub history_days: u32,
}

impl DemoSize {
    pub fn scale(scale: u32) -> Self {
        let scale = scale.max(1) as usize;
        Self {
            servers: 300 * scale,
            operators: 40 * scale,
            users: 3000 * scale,
            history_days: DEMO_HISTORY_DAYS,
        }
    }
}

/// A random id with `prefix`, unique among the ids `seen` so far. At the default scale no id
/// repeats, so the retry never changes the default demo; large scales would otherwise collide.
fn unique_id(rng: &mut StdRng, prefix: &str, seen: &mut HashSet<u32>) -> String {
    loop {
        let n = rng.random::<u32>();
        if seen.insert(n) {
            return format!("{prefix}-{n:08x}");
        }
    }
}

fn uuid_from(rng: &mut StdRng) -> String {
    uuid::Builder::from_random_bytes(rng.random())
        .into_uuid()
        .to_string()
}

fn x25519_pair(rng: &mut StdRng) -> (String, String) {
    let secret = x25519_dalek::StaticSecret::from(rng.random::<[u8; 32]>());
    let public = x25519_dalek::PublicKey::from(&secret);
    (
        URL_SAFE_NO_PAD.encode(secret.to_bytes()),
        URL_SAFE_NO_PAD.encode(public.as_bytes()),
    )
}

fn wireguard_pair(rng: &mut StdRng) -> (String, String) {
    let secret = x25519_dalek::StaticSecret::from(rng.random::<[u8; 32]>());
    let public = x25519_dalek::PublicKey::from(&secret);
    (
        STANDARD.encode(secret.to_bytes()),
        STANDARD.encode(public.as_bytes()),
    )
}

struct DemoUser {
    id: String,
    vpn_uuid: String,
}

/// What the history of a server is drawn from: its latest stored figures.
struct DemoServer {
    id: String,
    region: usize,
    silent: bool,
    maintenance: bool,
    /// When its mining activity started; `None`: mining is disabled.
    mining_since: Option<i64>,
    /// At least one of its endpoints is enabled.
    any_protocol_enabled: bool,
    created_at: i64,
    last_heartbeat: i64,
    cpu: f64,
    memory: f64,
    connections: i64,
    latency: f64,
    network_speed: f64,
    /// Enabled protocols (all of them when none is enabled).
    protocols: Vec<&'static str>,
}

/// One row of `metrics`; `server` indexes the caller's list of servers.
pub(super) struct Sample {
    pub server: usize,
    pub ts: i64,
    pub cpu: f64,
    pub memory: f64,
    pub network_in: f64,
    pub network_out: f64,
    pub connections: i64,
    pub latency_ms: f64,
    pub error_rate: f64,
}

/// One row of `sessions`.
struct Session {
    id: String,
    user: usize,
    server: usize,
    protocol: &'static str,
    started_at: i64,
    ended_at: Option<i64>,
    data_gb: f64,
    upload_mbps: f64,
    download_mbps: f64,
    latency_ms: f64,
    rating: Option<i64>,
}

/// Traffic over the day in a region: 1 at 20:00 local time, -1 at 08:00.
pub(super) fn daily_cycle(ts: i64, region: usize) -> f64 {
    let local_hours =
        (ts.rem_euclid(86_400) as f64 / 3_600.0) + REGION_UTC_OFFSET_HOURS[region % 12];
    (TAU * (local_hours - 20.0) / 24.0).cos()
}

impl Store {
    /// Fills an empty database with the demo network. `now` anchors every timestamp.
    pub async fn seed_demo(&self, seed: u64, size: DemoSize, now: i64) -> Result<(), StoreError> {
        let mut rng = StdRng::seed_from_u64(seed);
        let mut tx = self.pool().begin().await?;
        let mut seen_users = HashSet::new();
        let mut seen_servers = HashSet::new();
        let mut seen_activities = HashSet::new();
        let mut seen_protocols = HashSet::new();

        let mut operators = Vec::with_capacity(size.operators + 1);
        let mut users = Vec::with_capacity(size.users + 1);
        for (username, password, role, user_type) in DEMO_ACCOUNTS {
            let id = format!("usr-{username}");
            let vpn_uuid = uuid_from(&mut rng);
            sqlx::query("INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .bind(&id)
                .bind(username)
                .bind(hash_password(password))
                .bind(role)
                .bind(user_type)
                .bind(&vpn_uuid)
                .bind(now - 90 * 86_400)
                .execute(&mut *tx)
                .await?;
            match role {
                "OPERATOR" => operators.push(id),
                "USER" => users.push(DemoUser { id, vpn_uuid }),
                _ => {}
            }
        }
        for i in 0..size.operators + size.users {
            let is_operator = i < size.operators;
            let id = unique_id(&mut rng, "usr", &mut seen_users);
            let username = if is_operator {
                format!("op{:04}", i + 1)
            } else {
                format!("user{:05}", i - size.operators + 1)
            };
            let user_type = if rng.random_bool(0.2) {
                "PREMIUM"
            } else {
                "FREE"
            };
            let vpn_uuid = uuid_from(&mut rng);
            sqlx::query("INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .bind(&id)
                .bind(&username)
                .bind(NO_LOGIN)
                .bind(if is_operator { "OPERATOR" } else { "USER" })
                .bind(user_type)
                .bind(&vpn_uuid)
                .bind(now - rng.random_range(1..90) * 86_400)
                .execute(&mut *tx)
                .await?;
            if is_operator {
                operators.push(id);
            } else {
                users.push(DemoUser { id, vpn_uuid });
            }
        }

        let mut servers = Vec::with_capacity(size.servers);
        for n in 0..size.servers {
            let id = unique_id(&mut rng, "srv", &mut seen_servers);
            // The named operator account owns the first servers, so that it has something to run.
            let owner = if n < OPERATOR_SERVERS {
                &operators[0]
            } else {
                &operators[rng.random_range(0..operators.len())]
            };
            let region = REGIONS[n % REGIONS.len()];
            let host_name = format!("{region}-{:04}.vpn.example.net", n / REGIONS.len() + 1);
            let public_ip = format!(
                "{}.{}.{}.{}",
                rng.random_range(11..223),
                rng.random_range(0..256),
                rng.random_range(0..256),
                rng.random_range(1..255)
            );
            // Most servers report every minute; a few are silent or under maintenance.
            let silent = rng.random_bool(0.05);
            let maintenance = !silent && rng.random_bool(0.03);
            let last_heartbeat = if silent {
                now - rng.random_range(600..86_400)
            } else {
                now - rng.random_range(0..60)
            };
            let cpu: f64 = rng.random_range(5.0..97.0);
            let memory: f64 = rng.random_range(20.0..95.0);
            let connections: i64 = if silent { 0 } else { rng.random_range(0..400) };
            let latency: f64 = rng.random_range(8.0..180.0);
            let network_speed: f64 = connections as f64 * rng.random_range(0.5..4.0);
            let performance =
                (100.0 - latency / 4.0 - (cpu - 60.0).max(0.0) / 2.0).clamp(0.0, 100.0);
            let mining_enabled = rng.random_bool(0.85);
            let mining_rate = if mining_enabled {
                performance / 100.0 * 1.2
            } else {
                0.0
            };
            let created_at = now - rng.random_range(30..120) * 86_400;
            sqlx::query(
                "INSERT INTO servers (id, owner_id, host_name, public_ip, location, maintenance, mining_enabled, \
                 last_heartbeat, cpu_usage, memory_usage, network_speed, active_connections, latency_ms, \
                 performance_score, mining_rate, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(&id)
            .bind(owner)
            .bind(&host_name)
            .bind(&public_ip)
            .bind(region)
            .bind(i64::from(maintenance))
            .bind(i64::from(mining_enabled))
            .bind(last_heartbeat)
            .bind(cpu)
            .bind(memory)
            .bind(network_speed)
            .bind(connections)
            .bind(latency)
            .bind(performance)
            .bind(mining_rate)
            .bind(created_at)
            .execute(&mut *tx)
            .await?;

            let mining_since = if mining_enabled {
                let activity = unique_id(&mut rng, "act", &mut seen_activities);
                let started_at = now - rng.random_range(1..30) * 86_400;
                sqlx::query(
                    "INSERT INTO mining_activities (id, server_id, started_at) VALUES (?, ?, ?)",
                )
                .bind(activity)
                .bind(&id)
                .bind(started_at)
                .execute(&mut *tx)
                .await?;
                Some(started_at)
            } else {
                None
            };

            let clients: Vec<_> = (0..4)
                .map(|_| json!({ "id": users[rng.random_range(0..users.len())].vpn_uuid }))
                .collect();
            let mut endpoints = vec![(
                "VLESS",
                443,
                json!({ "clients": clients, "encryption": "none",
                        "fallback": { "port": 8080, "server": "127.0.0.1" } }),
            )];
            if rng.random_bool(0.6) {
                let (private_key, public_key) = x25519_pair(&mut rng);
                endpoints.push((
                    "REALITY",
                    8443,
                    json!({ "serverNames": ["www.microsoft.com"], "privateKey": private_key,
                            "publicKey": public_key, "shortIds": [format!("{:08x}", rng.random::<u32>())],
                            "dest": "www.microsoft.com:443", "clients": clients }),
                ));
            }
            if rng.random_bool(0.5) {
                let (private_key, public_key) = wireguard_pair(&mut rng);
                let (_, peer) = wireguard_pair(&mut rng);
                endpoints.push((
                    "WIREGUARD",
                    51820,
                    json!({ "privateKey": private_key, "publicKey": public_key, "address": "10.8.0.1/24",
                            "peers": [{ "publicKey": peer, "allowedIps": ["10.8.0.2/32"] }] }),
                ));
            }
            if rng.random_bool(0.3) {
                endpoints.push((
                    "OPENCONNECT",
                    4443,
                    json!({ "authMethod": "password", "ipv4Network": "10.9.0.0/24" }),
                ));
            }
            let share = endpoints.len() as i64;
            let mut enabled_protocols = Vec::with_capacity(endpoints.len());
            let all_protocols: Vec<&'static str> = endpoints.iter().map(|e| e.0).collect();
            for (protocol, port, config) in endpoints {
                let protocol_id = unique_id(&mut rng, "prt", &mut seen_protocols);
                let enabled = rng.random_bool(0.95);
                if enabled {
                    enabled_protocols.push(protocol);
                }
                sqlx::query("INSERT INTO server_protocols (id, server_id, type, port, enabled, config, connections) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .bind(protocol_id)
                    .bind(&id)
                    .bind(protocol)
                    .bind(port)
                    .bind(i64::from(enabled))
                    .bind(config.to_string())
                    .bind(connections / share)
                    .execute(&mut *tx)
                    .await?;
            }
            servers.push(DemoServer {
                id,
                region: n % REGIONS.len(),
                silent,
                maintenance,
                mining_since,
                any_protocol_enabled: !enabled_protocols.is_empty(),
                created_at,
                last_heartbeat,
                cpu,
                memory,
                connections,
                latency,
                network_speed,
                protocols: if enabled_protocols.is_empty() {
                    all_protocols
                } else {
                    enabled_protocols
                },
            });
        }

        give_the_admin_servers(&mut tx, &servers, now).await?;
        sqlx::query("INSERT INTO demo_network (id, seed, seeded_at) VALUES (1, ?, ?)")
            // Stored as its 64 bits: SQLite integers are signed.
            .bind(seed as i64)
            .bind(now)
            .execute(&mut *tx)
            .await?;

        let history_start = now - i64::from(size.history_days) * 86_400;
        super::metrics::with_derived_totals_paused(&mut tx, async |conn| {
            seed_metrics(conn, &mut rng, &servers, history_start).await?;
            seed_sessions(conn, &mut rng, &servers, &users, history_start, now).await
        })
        .await?;
        // Its own generator, so that the ledger does not change what came before it.
        let mut ledger_rng = StdRng::seed_from_u64(seed ^ 0x1ed6_e500);
        seed_ledger(&mut tx, &mut ledger_rng, history_start, now).await?;
        tx.commit().await?;
        Ok(())
    }
}

/// Servers the demo `operator` account owns: the first ones drawn.
const OPERATOR_SERVERS: usize = 5;

/// Healthy mining servers the demo `admin` account operates: a claim pays them.
const ADMIN_PAID_SERVERS: usize = 3;

/// The demo `admin` account (the local admin of `--endpoint local`) also operates a few
/// servers, so that `mining claim --all` shows the claim rules at work on the local demo:
/// [`ADMIN_PAID_SERVERS`] healthy mining servers (low latency, moderate load, mining for 3
/// days or more: paid), one not mining (refused: nothing accrues), one in maintenance and one
/// gone silent (both mining; their uptime falls as time passes without their heartbeats, and the
/// performance rule refuses them). Picked by what the generator drew, once it drew the servers,
/// without a draw of their own: the network is the same as before, but for these owners.
async fn give_the_admin_servers(
    conn: &mut Conn,
    servers: &[DemoServer],
    now: i64,
) -> Result<(), StoreError> {
    let candidates = || servers.iter().skip(OPERATOR_SERVERS);
    let in_service = |s: &&DemoServer| !s.silent && !s.maintenance && s.any_protocol_enabled;
    let mut picked: Vec<&DemoServer> = candidates()
        .filter(in_service)
        .filter(|s| {
            s.mining_since.is_some_and(|t| t <= now - 3 * 86_400)
                && s.latency < 60.0
                && (20.0..70.0).contains(&s.cpu)
        })
        .take(ADMIN_PAID_SERVERS)
        .collect();
    picked.extend(
        candidates()
            .filter(in_service)
            .find(|s| s.mining_since.is_none()),
    );
    picked.extend(candidates().find(|s| s.maintenance && s.mining_since.is_some()));
    picked.extend(candidates().find(|s| s.silent && s.mining_since.is_some()));
    for server in picked {
        sqlx::query("UPDATE servers SET owner_id = 'usr-admin' WHERE id = ?")
            .bind(&server.id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Hourly samples of every server from its latest heartbeat back to `history_start`. The newest
/// sample is exactly the server's stored latest figures; older ones follow the daily cycle of
/// the server's region around them. Silent servers have no samples after their last heartbeat.
///
/// They are made server by server, but stored in time order, as heartbeats arrive: the
/// samples of one hour then sit together on disk, as they do in a network that has run for
/// real, and reading an hour of the whole network touches few pages.
async fn seed_metrics(
    conn: &mut Conn,
    rng: &mut StdRng,
    servers: &[DemoServer],
    history_start: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "CREATE TEMP TABLE seed_metrics (server_id TEXT NOT NULL, ts BIGINT NOT NULL, \
         cpu DOUBLE PRECISION, memory DOUBLE PRECISION, network_in DOUBLE PRECISION, \
         network_out DOUBLE PRECISION, connections BIGINT, latency_ms DOUBLE PRECISION, \
         error_rate DOUBLE PRECISION)",
    )
    .execute(&mut *conn)
    .await?;
    generate_metrics(conn, rng, servers, history_start).await?;
    sqlx::raw_sql(
        "INSERT INTO metrics (server_id, ts, cpu, memory, network_in, network_out, connections, \
           latency_ms, error_rate) \
         SELECT server_id, ts, cpu, memory, network_in, network_out, connections, latency_ms, \
           error_rate FROM seed_metrics ORDER BY ts, server_id; \
         DROP TABLE seed_metrics",
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// How a server's samples vary around a set of its figures taken at one instant: with the
/// daily cycle of its region, and some noise. The seed draws the history before a server's
/// latest figures from it; the catch-up (`super::demo`) the samples after them.
pub(super) struct SampleProfile {
    pub region: usize,
    pub cpu: f64,
    pub memory: f64,
    pub latency: f64,
    /// Connections the samples vary around.
    pub connection_level: f64,
    /// Megabits per second per connection.
    pub speed_per_connection: f64,
    /// Share of the traffic that is inbound.
    pub inbound_share: f64,
    pub base_error_rate: f64,
    /// [`daily_cycle`] at the instant the figures were taken.
    pub anchor_cycle: f64,
}

impl SampleProfile {
    /// A sample at `ts`, drawn around the figures: `rng` is called in a fixed order.
    pub(super) fn sample(&self, rng: &mut StdRng, server: usize, ts: i64) -> Sample {
        let cycle = daily_cycle(ts, self.region) - self.anchor_cycle;
        let cpu = (self.cpu + 12.0 * cycle + rng.random_range(-4.0..4.0)).clamp(0.5, 100.0);
        let memory = (self.memory + 6.0 * cycle + rng.random_range(-2.0..2.0)).clamp(1.0, 100.0);
        let swing = 0.05 * (self.connection_level + 20.0);
        // Whole connections first: a level that rounds to -0.0 would make the speeds -0.0,
        // which PostgreSQL keeps and SQLite stores as 0.
        let connections = (self.connection_level
            + 0.35 * (self.connection_level + 20.0) * cycle
            + rng.random_range(-swing..swing))
        .round()
        .max(0.0) as i64;
        let speed = connections as f64 * self.speed_per_connection * rng.random_range(0.9..1.1);
        let latency = (self.latency * (1.0 + 0.12 * cycle)
            + rng.random_range(-0.05..0.05) * self.latency)
            .max(1.0);
        let overload = (cpu - 70.0).max(0.0) / 10.0;
        let error_rate =
            (self.base_error_rate * rng.random_range(0.5..1.5) * (1.0 + overload)).min(1.0);
        Sample {
            server,
            ts,
            cpu,
            memory,
            network_in: speed * self.inbound_share,
            network_out: speed * (1.0 - self.inbound_share),
            connections,
            latency_ms: latency,
            error_rate,
        }
    }

    /// The sample that is the figures themselves, at `ts`.
    pub(super) fn figures(
        &self,
        server: usize,
        ts: i64,
        connections: i64,
        network_speed: f64,
    ) -> Sample {
        let network_in = network_speed * self.inbound_share;
        Sample {
            server,
            ts,
            cpu: self.cpu,
            memory: self.memory,
            network_in,
            network_out: network_speed - network_in,
            connections,
            latency_ms: self.latency,
            error_rate: self.base_error_rate,
        }
    }
}

/// [`seed_metrics`]' samples, into the temporary table seed_metrics.
async fn generate_metrics(
    conn: &mut Conn,
    rng: &mut StdRng,
    servers: &[DemoServer],
    history_start: i64,
) -> Result<(), StoreError> {
    let ids: Vec<&str> = servers.iter().map(|s| s.id.as_str()).collect();
    let mut batch = Vec::with_capacity(INSERT_CHUNK);
    for (index, server) in servers.iter().enumerate() {
        let first = history_start.max(server.created_at);
        // Silent servers had users until they went quiet.
        let connection_level = if server.silent {
            rng.random_range(20..300) as f64
        } else {
            server.connections as f64
        };
        let speed_per_connection = if server.connections > 0 {
            server.network_speed / server.connections as f64
        } else {
            rng.random_range(0.5..4.0)
        };
        let profile = SampleProfile {
            region: server.region,
            cpu: server.cpu,
            memory: server.memory,
            latency: server.latency,
            connection_level,
            speed_per_connection,
            inbound_share: rng.random_range(0.3..0.45),
            base_error_rate: rng.random_range(0.0..0.02),
            anchor_cycle: daily_cycle(server.last_heartbeat, server.region),
        };
        let mut ts = server.last_heartbeat;
        let mut newest = true;
        while ts >= first {
            batch.push(if newest {
                profile.figures(index, ts, server.connections, server.network_speed)
            } else {
                profile.sample(rng, index, ts)
            });
            if batch.len() == INSERT_CHUNK {
                insert_samples(conn, SEED_SAMPLES, &ids, &batch, false).await?;
                batch.clear();
            }
            newest = false;
            ts -= DEMO_SAMPLE_INTERVAL_SECS;
        }
    }
    if !batch.is_empty() {
        insert_samples(conn, SEED_SAMPLES, &ids, &batch, false).await?;
    }
    Ok(())
}

/// Where the seed puts its samples before storing them in time order.
const SEED_SAMPLES: &str = "INSERT INTO seed_metrics";

/// Inserts `samples` with `insert` (`INSERT INTO table`), leaving a sample that is already
/// there as it is when `skip_existing`; a sample names its server by its index in `ids`.
pub(super) async fn insert_samples(
    conn: &mut Conn,
    insert: &str,
    ids: &[&str],
    samples: &[Sample],
    skip_existing: bool,
) -> Result<(), StoreError> {
    let mut qb = QueryBuilder::<Any>::new(format!(
        "{insert} (server_id, ts, cpu, memory, network_in, network_out, connections, \
         latency_ms, error_rate) "
    ));
    qb.push_values(samples, |mut row, s| {
        row.push_bind(ids[s.server])
            .push_bind(s.ts)
            .push_bind(s.cpu)
            .push_bind(s.memory)
            .push_bind(s.network_in)
            .push_bind(s.network_out)
            .push_bind(s.connections)
            .push_bind(s.latency_ms)
            .push_bind(s.error_rate);
    });
    if skip_existing {
        qb.push(" ON CONFLICT DO NOTHING");
    }
    qb.build().execute(&mut *conn).await?;
    Ok(())
}

/// About three sessions per user and week since `history_start`, mostly on two favourite
/// servers, and a few sessions still open (the demo `user` account always has one).
async fn seed_sessions(
    conn: &mut Conn,
    rng: &mut StdRng,
    servers: &[DemoServer],
    users: &[DemoUser],
    history_start: i64,
    now: i64,
) -> Result<(), StoreError> {
    // Servers that are up now and in service take new and open sessions.
    let live: Vec<usize> = (0..servers.len())
        .filter(|&i| !servers[i].silent && !servers[i].maintenance)
        .collect();
    if servers.is_empty() || live.is_empty() || users.is_empty() {
        return Ok(());
    }
    let span = now - history_start;
    let weeks = span as f64 / (7.0 * 86_400.0);
    let open_sessions = (users.len() / 100).max(3);
    let mut count = 0usize;
    let mut batch = Vec::with_capacity(INSERT_CHUNK);
    for (user, _) in users.iter().enumerate() {
        let favourites = [
            rng.random_range(0..servers.len()),
            rng.random_range(0..servers.len()),
        ];
        let per_week: f64 = rng.random_range(0.5..5.5);
        let mut sessions = (per_week * weeks).round() as usize;
        // The first users (the demo `user` account first) are connected right now.
        let open = user < open_sessions;
        if open {
            sessions += 1;
        }
        for k in 0..sessions {
            let is_open = open && k == 0;
            let (started_at, mut ended_at) = if is_open {
                (now - rng.random_range(300..6 * 3_600), None)
            } else if span > 3_600 {
                let start = now - rng.random_range(3_600..span);
                let duration = rng.random_range(120..10_800);
                (start, Some((start + duration).min(now - 60)))
            } else {
                continue;
            };
            let mut server = if is_open {
                live[rng.random_range(0..live.len())]
            } else if rng.random_bool(0.7) {
                favourites[rng.random_range(0..favourites.len())]
            } else {
                rng.random_range(0..servers.len())
            };
            if servers[server].silent && started_at >= servers[server].last_heartbeat - 60 {
                server = live[rng.random_range(0..live.len())];
            }
            let s = &servers[server];
            if s.silent {
                ended_at = ended_at.map(|end| end.min(s.last_heartbeat));
            }
            let protocol = s.protocols[rng.random_range(0..s.protocols.len())];
            let latency_ms = s.latency * rng.random_range(0.8..1.3);
            let download_mbps = rng.random_range(5.0..150.0) * (1.0 - latency_ms / 400.0).max(0.2);
            let upload_mbps = download_mbps * rng.random_range(0.1..0.4);
            let seconds = (ended_at.unwrap_or(now) - started_at).max(0) as f64;
            let data_gb =
                (download_mbps + upload_mbps) * seconds * rng.random_range(0.02..0.3) / 8_000.0;
            let rating = (ended_at.is_some() && rng.random_bool(0.4)).then(|| {
                let score = 5.3 - latency_ms / 60.0 - (s.cpu - 70.0).max(0.0) / 15.0
                    + rng.random_range(-1.0..1.0);
                score.round().clamp(1.0, 5.0) as i64
            });
            count += 1;
            batch.push(Session {
                id: format!("ses-{count:08}"),
                user,
                server,
                protocol,
                started_at,
                ended_at,
                data_gb,
                upload_mbps,
                download_mbps,
                latency_ms,
                rating,
            });
            if batch.len() == INSERT_CHUNK {
                insert_sessions(conn, servers, users, &batch).await?;
                batch.clear();
            }
        }
    }
    if !batch.is_empty() {
        insert_sessions(conn, servers, users, &batch).await?;
    }
    Ok(())
}

async fn insert_sessions(
    conn: &mut Conn,
    servers: &[DemoServer],
    users: &[DemoUser],
    sessions: &[Session],
) -> Result<(), StoreError> {
    let mut qb = QueryBuilder::<Any>::new(
        "INSERT INTO sessions (id, user_id, server_id, protocol, started_at, ended_at, data_gb, \
         upload_mbps, download_mbps, latency_ms, rating) ",
    );
    qb.push_values(sessions, |mut row, s| {
        row.push_bind(s.id.as_str())
            .push_bind(users[s.user].id.as_str())
            .push_bind(servers[s.server].id.as_str())
            .push_bind(s.protocol)
            .push_bind(s.started_at)
            .push_bind(s.ended_at)
            .push_bind(s.data_gb)
            .push_bind(s.upload_mbps)
            .push_bind(s.download_mbps)
            .push_bind(s.latency_ms)
            .push_bind(s.rating);
    });
    qb.build().execute(&mut *conn).await?;
    Ok(())
}

/// id, account, server, kind, amount (micro-tokens, signed), period end, created at.
type LedgerEntry = (
    String,
    String,
    Option<String>,
    &'static str,
    i64,
    Option<i64>,
    i64,
);

/// Ledger history: every mining server's operator claimed every 3 to 6 days (the last claim at
/// least two days ago, so the cooldown has passed), and one user in ten spent tokens about once
/// a week. Amounts follow the server's mining rate over the period claimed.
/// A generated amount, rounded to the micro-token as every amount is.
fn money(tokens: f64) -> i64 {
    Tokens::from_rate(tokens).unwrap_or_default().micro()
}

async fn seed_ledger(
    conn: &mut Conn,
    rng: &mut StdRng,
    history_start: i64,
    now: i64,
) -> Result<(), StoreError> {
    let mining: Vec<(String, String, f64, i64)> = sqlx::query_as(
        "SELECT s.id, s.owner_id, s.mining_rate, MIN(a.started_at) FROM servers s \
         JOIN mining_activities a ON a.server_id = s.id WHERE s.mining_enabled = 1 \
         GROUP BY s.id, s.owner_id, s.mining_rate ORDER BY s.id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut seen = HashSet::new();
    let mut entries: Vec<LedgerEntry> = Vec::new();
    for (server, owner, rate, started) in mining {
        let mut from = started.max(history_start);
        loop {
            let at = from + rng.random_range(3..=6) * 86_400;
            if at > now - 2 * 86_400 {
                break;
            }
            let hours = (at - from) as f64 / 3600.0;
            let amount = money(rate * hours * rng.random_range(0.8..1.0));
            let id = unique_id(rng, "clm", &mut seen);
            entries.push((
                id,
                owner.clone(),
                Some(server.clone()),
                "claim",
                amount,
                Some(at),
                at,
            ));
            from = at;
        }
    }
    let users: Vec<String> =
        sqlx::query_scalar("SELECT id FROM users WHERE role = 'USER' ORDER BY id")
            .fetch_all(&mut *conn)
            .await?;
    for user in users.iter().step_by(10) {
        let mut at = history_start + rng.random_range(0..7 * 86_400);
        while at < now {
            let id = unique_id(rng, "spd", &mut seen);
            let amount = -money(rng.random_range(5.0..30.0));
            entries.push((id, user.clone(), None, "spend", amount, None, at));
            at += rng.random_range(5..=9) * 86_400;
        }
    }
    // In time order, as a live platform writes them: the ledger's sequence is then its history.
    entries.sort_by(|a, b| (a.6, &a.0).cmp(&(b.6, &b.0)));
    for chunk in entries.chunks(500) {
        let mut qb = sqlx::QueryBuilder::<sqlx::Any>::new(
            "INSERT INTO ledger (id, account_id, server_id, kind, amount, period_end, created_at) ",
        );
        qb.push_values(chunk, |mut row, e| {
            row.push_bind(&e.0)
                .push_bind(&e.1)
                .push_bind(&e.2)
                .push_bind(e.3)
                .push_bind(e.4)
                .push_bind(e.5)
                .push_bind(e.6);
        });
        qb.build().execute(&mut *conn).await?;
    }
    Ok(())
}
