//! The `--demo` network: a believable platform built deterministically from a seed, so that
//! tests can assert on it and benchmarks can scale it.

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use serde_json::json;

use super::{Store, StoreError};
use crate::server::credentials::{NO_LOGIN, hash_password};

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

/// How big a demo network to build. Scale 1 is the default demo.
#[derive(Debug, Clone, Copy)]
pub struct DemoSize {
    pub servers: usize,
    pub operators: usize,
    pub users: usize,
}

impl DemoSize {
    pub fn scale(scale: u32) -> Self {
        let scale = scale.max(1) as usize;
        Self {
            servers: 300 * scale,
            operators: 40 * scale,
            users: 3000 * scale,
        }
    }
}

fn hex_id(rng: &mut StdRng, prefix: &str) -> String {
    format!("{prefix}-{:08x}", rng.random::<u32>())
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
    vpn_uuid: String,
}

impl Store {
    /// Fills an empty database with the demo network. `now` anchors every timestamp.
    pub async fn seed_demo(&self, seed: u64, size: DemoSize, now: i64) -> Result<(), StoreError> {
        let mut rng = StdRng::seed_from_u64(seed);
        let mut tx = self.pool().begin().await?;

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
                "USER" => users.push(DemoUser { vpn_uuid }),
                _ => {}
            }
        }
        for i in 0..size.operators + size.users {
            let is_operator = i < size.operators;
            let id = hex_id(&mut rng, "usr");
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
                users.push(DemoUser { vpn_uuid });
            }
        }

        for n in 0..size.servers {
            let id = hex_id(&mut rng, "srv");
            // The named operator account owns the first servers, so that it has something to run.
            let owner = if n < 5 {
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
            .bind(maintenance)
            .bind(mining_enabled)
            .bind(last_heartbeat)
            .bind(cpu)
            .bind(memory)
            .bind(network_speed)
            .bind(connections)
            .bind(latency)
            .bind(performance)
            .bind(mining_rate)
            .bind(now - rng.random_range(30..120) * 86_400)
            .execute(&mut *tx)
            .await?;

            if mining_enabled {
                sqlx::query(
                    "INSERT INTO mining_activities (id, server_id, started_at) VALUES (?, ?, ?)",
                )
                .bind(hex_id(&mut rng, "act"))
                .bind(&id)
                .bind(now - rng.random_range(1..30) * 86_400)
                .execute(&mut *tx)
                .await?;
            }

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
            for (protocol, port, config) in endpoints {
                sqlx::query("INSERT INTO server_protocols (id, server_id, type, port, enabled, config, connections) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .bind(hex_id(&mut rng, "prt"))
                    .bind(&id)
                    .bind(protocol)
                    .bind(port)
                    .bind(rng.random_bool(0.95))
                    .bind(config.to_string())
                    .bind(connections / share)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }
}
