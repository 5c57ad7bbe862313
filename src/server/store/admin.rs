//! Admin figures: the database probe and disk space behind `systemHealth`; authentication
//! statistics, incidents and the protocol endpoint scan behind `securityMetrics`.
//!
//! Windows are inclusive at both ends, `from <= created_at <= to` in unix seconds, so that an
//! event recorded in the same second as the query is counted.

use std::collections::{BTreeSet, HashMap};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::rows::row_struct;
use super::{Engine, Flag, Store, StoreError};
use crate::domain::protocol::ProtocolType;
use crate::domain::validate::{
    validate_cidr, validate_protocol_config, validate_wireguard_key, validate_x25519_key,
};

/// What one probe of the database found.
#[derive(Debug, Clone)]
pub struct DatabaseProbe {
    /// Time to get a pooled connection and run `SELECT 1` on it.
    pub round_trip: Duration,
    pub page_count: i64,
    pub page_size: i64,
    /// Pages on the free list (allocated in the file, holding no data).
    pub free_pages: i64,
    /// `wal` for file databases (as `Store::open` sets) and PostgreSQL, `memory` for
    /// `:memory:`.
    pub journal_mode: String,
    /// The main database file; `None` for an in-memory database and for PostgreSQL.
    pub file: Option<PathBuf>,
    pub engine: Engine,
    pub migrations: MigrationCheck,
}

impl DatabaseProbe {
    /// Bytes the database occupies (pages × page size).
    pub fn size_bytes(&self) -> i64 {
        self.page_count.saturating_mul(self.page_size)
    }

    /// The directory whose file system holds the database: the file's own, or for an
    /// in-memory database the temporary directory (where SQLite spills temporary data). A
    /// PostgreSQL database is on its server's disks; this server's temporary directory is
    /// what it can watch.
    pub fn file_system_path(&self) -> PathBuf {
        self.file.clone().unwrap_or_else(std::env::temp_dir)
    }

    /// A SQLite database in memory.
    pub fn in_memory(&self) -> bool {
        self.engine == Engine::Sqlite && self.file.is_none()
    }
}

/// The applied migrations (`_sqlx_migrations`) against those this binary carries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MigrationCheck {
    /// Versions this binary carries.
    pub known: usize,
    /// Versions applied successfully.
    pub applied: usize,
    /// Versions whose application failed part-way: the schema is in an unknown state.
    pub failed: Vec<i64>,
    /// Versions applied from other SQL than this binary carries (edited after release).
    pub changed: Vec<i64>,
    /// Versions this binary carries that are not applied.
    pub missing: Vec<i64>,
    /// Versions applied that this binary does not know (a newer binary migrated the file).
    pub unknown: Vec<i64>,
}

impl MigrationCheck {
    /// Applied exactly as this binary expects.
    pub fn is_consistent(&self) -> bool {
        self.failed.is_empty()
            && self.changed.is_empty()
            && self.missing.is_empty()
            && self.unknown.is_empty()
    }
}

/// Free and total bytes of a file system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiskSpace {
    /// Bytes available to an unprivileged process (`f_bavail`).
    pub free: u64,
    pub total: u64,
}

/// Authentication attempts in a window.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AuthCounts {
    pub attempts: i64,
    /// Failed attempts, the refused locked ones included.
    pub failures: i64,
    /// Attempts refused because their username was locked.
    pub locked: i64,
}

/// Login lockouts: imposed in a window, and in force now.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LockoutCounts {
    pub imposed: i64,
    pub locked_now: i64,
}

/// This many failed logins for one username within the window make a brute-force incident.
pub const BRUTE_FORCE_FAILURES: i64 = 5;

/// Incidents derived from `auth_events` in a window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthIncident {
    /// At least [`BRUTE_FORCE_FAILURES`] failed logins for one username in the window.
    /// `last_failure` is the time of the latest of them.
    BruteForce {
        username: String,
        failures: i64,
        last_failure: i64,
    },
    /// A successful login for a username after at least [`BRUTE_FORCE_FAILURES`] failed ones
    /// earlier in the window: the password may have been guessed. Reported once per username,
    /// for the first such login.
    LoginAfterBruteForce {
        username: String,
        failures_before: i64,
        at: i64,
    },
}

row_struct! {
    /// A protocol endpoint as stored, for the security scan.
    #[derive(Debug, Clone)]
    pub struct EndpointRow {
        pub server_id: String,
        pub protocol: String,
        pub port: i64,
        pub enabled: bool,
        pub config: String,
    }
}

/// The rules of the protocol endpoint scan, most severe first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ProtocolRule {
    /// HIGH. An enabled endpoint whose stored configuration is not JSON or fails
    /// `validate_protocol_config` (the checks `updateMiningServerProtocol` applies: ports,
    /// UUIDs, keys, shortIds, networks, and for VLESS an `encryption` other than "none"). The
    /// issue is the validation message. Disabled endpoints serve nothing and are not reported.
    InvalidConfig,
    /// HIGH. A REALITY or WireGuard private key stored for endpoints of more than one server
    /// (enabled or not): a compromise of any of those servers exposes the others' traffic and
    /// lets the attacker impersonate them. Reported for every endpoint holding the key.
    SharedPrivateKey,
    /// MEDIUM. An enabled WireGuard endpoint with a peer whose `allowedIps` include a /0
    /// network: WireGuard then accepts packets from that peer with any source address, so the
    /// peer can spoof other peers and hosts, and it draws every unmatched route of the tunnel.
    PeerAllowsAnySource,
}

/// One finding of the protocol endpoint scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProtocolIssue {
    pub server_id: String,
    pub protocol: ProtocolType,
    pub rule: ProtocolRule,
    pub issue: String,
}

impl Store {
    /// Probes the database: a timed `SELECT 1` round trip (including getting a connection from
    /// the pool), its size and journal mode, and the applied migrations.
    ///
    /// On SQLite the size is `PRAGMA page_count` × `PRAGMA page_size`, the mode
    /// `PRAGMA journal_mode` and the file `PRAGMA database_list`. On PostgreSQL the size is
    /// `pg_database_size` in blocks, with no free list to report. `PRAGMA quick_check` is
    /// deliberately not run: it reads every page, so its cost grows with the database, while
    /// a health check is polled and must stay cheap.
    pub async fn probe_database(&self) -> Result<DatabaseProbe, StoreError> {
        let started = Instant::now();
        let mut conn = self.pool().acquire().await?;
        sqlx::query("SELECT 1").execute(&mut *conn).await?;
        let round_trip = started.elapsed();
        // `success` is declared BOOLEAN, a type sqlx's engine-neutral driver does not read.
        let applied: Vec<(i64, Flag, Vec<u8>)> = sqlx::query_as(
            "SELECT version, CASE WHEN success THEN 1 ELSE 0 END, checksum FROM _sqlx_migrations",
        )
        .fetch_all(&mut *conn)
        .await?;
        let migrations = check_migrations(
            &applied
                .into_iter()
                .map(|(version, Flag(success), checksum)| (version, success, checksum))
                .collect::<Vec<_>>(),
            self.pool().engine(),
        );
        if self.pool().engine() == Engine::Postgres {
            let (page_count, page_size): (i64, i64) = sqlx::query_as(
                "SELECT pg_database_size(current_database()) / s.size, s.size \
                 FROM (SELECT CAST(current_setting('block_size') AS BIGINT) AS size) AS s",
            )
            .fetch_one(&mut *conn)
            .await?;
            return Ok(DatabaseProbe {
                round_trip,
                page_count,
                page_size,
                free_pages: 0,
                journal_mode: "wal".into(),
                file: None,
                engine: Engine::Postgres,
                migrations,
            });
        }

        let page_count: i64 = sqlx::query_scalar("PRAGMA page_count")
            .fetch_one(&mut *conn)
            .await?;
        let page_size: i64 = sqlx::query_scalar("PRAGMA page_size")
            .fetch_one(&mut *conn)
            .await?;
        let free_pages: i64 = sqlx::query_scalar("PRAGMA freelist_count")
            .fetch_one(&mut *conn)
            .await?;
        let journal_mode: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(&mut *conn)
            .await?;
        let databases: Vec<(i64, String, Option<String>)> = sqlx::query_as("PRAGMA database_list")
            .fetch_all(&mut *conn)
            .await?;
        let file = databases
            .into_iter()
            .find(|(_, name, _)| name == "main")
            .and_then(|(_, _, file)| file)
            .filter(|file| !file.is_empty())
            .map(PathBuf::from);
        Ok(DatabaseProbe {
            round_trip,
            page_count,
            page_size,
            free_pages,
            journal_mode: journal_mode.to_ascii_lowercase(),
            file,
            engine: Engine::Sqlite,
            migrations,
        })
    }

    /// Login attempts and failed ones recorded in `[from, to]` (unix seconds).
    pub async fn auth_counts(&self, from: i64, to: i64) -> Result<AuthCounts, StoreError> {
        let (attempts, failures, locked): (i64, i64, i64) = sqlx::query_as(
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN success = 0 THEN 1 ELSE 0 END), 0), \
             COALESCE(SUM(locked), 0) \
             FROM auth_events WHERE created_at >= ? AND created_at <= ?",
        )
        .bind(from)
        .bind(to)
        .fetch_one(self.pool())
        .await?;
        Ok(AuthCounts {
            attempts,
            failures,
            locked,
        })
    }

    /// Lockouts imposed in `[from, to]`, and usernames locked at `now` (unix seconds).
    pub async fn lockout_counts(
        &self,
        from: i64,
        to: i64,
        now: i64,
    ) -> Result<LockoutCounts, StoreError> {
        let (imposed, locked_now): (i64, i64) = sqlx::query_as(
            "SELECT \
               (SELECT COUNT(*) FROM auth_lockouts WHERE locked_at >= ?1 AND locked_at <= ?2), \
               (SELECT COUNT(DISTINCT username) FROM auth_lockouts WHERE locked_until > ?3)",
        )
        .bind(from)
        .bind(to)
        .bind(now)
        .fetch_one(self.pool())
        .await?;
        Ok(LockoutCounts {
            imposed,
            locked_now,
        })
    }

    /// Access tokens usable at `now`: neither revoked nor expired (as `viewer_for_token` decides).
    pub async fn active_access_tokens(&self, now: i64) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM auth_tokens \
             WHERE kind = 'access' AND revoked_at IS NULL AND expires_at > ?",
        )
        .bind(now)
        .fetch_one(self.pool())
        .await?)
    }

    /// The incidents of [`AuthIncident`] in `[from, to]`: brute-force suspicions, most failures
    /// first, then logins that followed them, in the order they happened.
    pub async fn auth_incidents(
        &self,
        from: i64,
        to: i64,
    ) -> Result<Vec<AuthIncident>, StoreError> {
        let suspects: Vec<(String, i64, i64)> = sqlx::query_as(
            "SELECT username, COUNT(*) AS failures, MAX(created_at) AS last_failure \
             FROM auth_events WHERE success = 0 AND created_at >= ? AND created_at <= ? \
             GROUP BY username HAVING COUNT(*) >= ? ORDER BY failures DESC, username",
        )
        .bind(from)
        .bind(to)
        .bind(BRUTE_FORCE_FAILURES)
        .fetch_all(self.pool())
        .await?;
        if suspects.is_empty() {
            return Ok(Vec::new());
        }
        // The events of the suspected usernames only, in the order they were recorded.
        let events: Vec<(String, Flag, i64)> = sqlx::query_as(
            "SELECT e.username, e.success, e.created_at FROM auth_events e \
             JOIN (SELECT username FROM auth_events \
                   WHERE success = 0 AND created_at >= ? AND created_at <= ? \
                   GROUP BY username HAVING COUNT(*) >= ?) s ON s.username = e.username \
             WHERE e.created_at >= ? AND e.created_at <= ? ORDER BY e.id",
        )
        .bind(from)
        .bind(to)
        .bind(BRUTE_FORCE_FAILURES)
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?;

        let mut incidents: Vec<AuthIncident> = suspects
            .into_iter()
            .map(
                |(username, failures, last_failure)| AuthIncident::BruteForce {
                    username,
                    failures,
                    last_failure,
                },
            )
            .collect();
        // Failures so far per username; None once its login after brute force is reported.
        let mut failures: HashMap<&str, Option<i64>> = HashMap::new();
        for (username, Flag(success), at) in &events {
            let count = failures.entry(username.as_str()).or_insert(Some(0));
            let Some(so_far) = count else { continue };
            if !success {
                *so_far += 1;
            } else if *so_far >= BRUTE_FORCE_FAILURES {
                incidents.push(AuthIncident::LoginAfterBruteForce {
                    username: username.clone(),
                    failures_before: *so_far,
                    at: *at,
                });
                *count = None;
            }
        }
        Ok(incidents)
    }

    /// Every protocol endpoint, for [`scan_protocols`]. One query; 10,000 servers with four
    /// endpoints each are a few megabytes.
    pub async fn protocol_endpoints(&self) -> Result<Vec<EndpointRow>, StoreError> {
        Ok(sqlx::query_as::<_, EndpointRow>(
            "SELECT server_id, type AS protocol, port, enabled, config FROM server_protocols",
        )
        .fetch_all(self.pool())
        .await?)
    }
}

fn check_migrations(applied: &[(i64, bool, Vec<u8>)], engine: Engine) -> MigrationCheck {
    // The migrations this binary carries, to compare with those applied to the database.
    let migrator = match engine {
        Engine::Sqlite => super::migrator(),
        Engine::Postgres => super::pg_migrator(),
    };
    let known: HashMap<i64, &[u8]> = migrator
        .iter()
        .filter(|m| !m.migration_type.is_down_migration())
        .map(|m| (m.version, m.checksum.as_ref()))
        .collect();
    let mut check = MigrationCheck {
        known: known.len(),
        ..MigrationCheck::default()
    };
    for (version, success, checksum) in applied {
        match known.get(version) {
            None => check.unknown.push(*version),
            Some(_) if !success => check.failed.push(*version),
            Some(expected) => {
                check.applied += 1;
                if *expected != checksum.as_slice() {
                    check.changed.push(*version);
                }
            }
        }
    }
    let applied: BTreeSet<i64> = applied.iter().map(|(version, ..)| *version).collect();
    check.missing = known
        .keys()
        .filter(|version| !applied.contains(version))
        .copied()
        .collect();
    for list in [
        &mut check.failed,
        &mut check.changed,
        &mut check.missing,
        &mut check.unknown,
    ] {
        list.sort_unstable();
    }
    check
}

/// Space on the file system holding `path` (`statvfs(3)`).
#[cfg(unix)]
pub fn disk_space(path: &Path) -> io::Result<DiskSpace> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt as _;

    let c_path = CString::new(path.as_os_str().as_bytes())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "the path contains NUL"))?;
    let mut stat = std::mem::MaybeUninit::<libc::statvfs>::uninit();
    // SAFETY: `c_path` is NUL-terminated and outlives the call; `stat` is writable memory of
    // the struct's size, which statvfs fills in when it returns 0.
    let rc = unsafe { libc::statvfs(c_path.as_ptr(), stat.as_mut_ptr()) };
    if rc != 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: statvfs returned 0, so it initialised `stat`.
    let stat = unsafe { stat.assume_init() };
    // The field types differ between platforms (u32 or u64).
    #[allow(clippy::unnecessary_cast)]
    let (fragment, block, available, blocks) = (
        stat.f_frsize as u64,
        stat.f_bsize as u64,
        stat.f_bavail as u64,
        stat.f_blocks as u64,
    );
    let unit = if fragment > 0 { fragment } else { block };
    Ok(DiskSpace {
        free: available.saturating_mul(unit),
        total: blocks.saturating_mul(unit),
    })
}

/// Space on the file system holding `path`: not measured on this platform.
#[cfg(not(unix))]
pub fn disk_space(_path: &Path) -> io::Result<DiskSpace> {
    Err(io::Error::new(
        io::ErrorKind::Unsupported,
        "free space is only measured on Unix",
    ))
}

/// Applies the [`ProtocolRule`]s to stored endpoints. CPU-bound (every configuration is parsed
/// and validated): callers on an async runtime run it on a blocking thread. Findings are
/// ordered by rule (most severe first), server and protocol.
pub fn scan_protocols(rows: &[EndpointRow]) -> Vec<ProtocolIssue> {
    let mut issues = Vec::new();
    // Private key → the endpoints (indexes into `rows`) holding it.
    let mut holders: HashMap<[u8; 32], Vec<usize>> = HashMap::new();
    let mut parsed = Vec::with_capacity(rows.len());
    for (index, row) in rows.iter().enumerate() {
        // The table's CHECK constraint allows only the four names.
        let Ok(protocol) = row.protocol.parse::<ProtocolType>() else {
            parsed.push(None);
            continue;
        };
        parsed.push(Some(protocol));
        let mut issue = |rule, issue| {
            issues.push(ProtocolIssue {
                server_id: row.server_id.clone(),
                protocol,
                rule,
                issue,
            })
        };
        let config = serde_json::from_str::<Value>(&row.config);
        if row.enabled {
            let problem = match &config {
                Err(e) => Some(format!("the stored configuration is not JSON ({e})")),
                Ok(config) => validate_protocol_config(protocol, row.port, config)
                    .err()
                    .map(|errors| errors.to_string()),
            };
            if let Some(problem) = problem {
                issue(ProtocolRule::InvalidConfig, problem);
            }
        }
        let Ok(config) = config else { continue };
        if let Some(key) = private_key(protocol, &config) {
            holders.entry(key).or_default().push(index);
        }
        if row.enabled && protocol == ProtocolType::Wireguard {
            let open = peers_allowing_any_source(&config);
            if !open.is_empty() {
                issue(
                    ProtocolRule::PeerAllowsAnySource,
                    format!(
                        "{} may send from any source address (a /0 network in allowedIps) and \
                         so spoof other peers: expected each peer's tunnel address, e.g. \
                         \"10.8.0.2/32\"",
                        open.join(", ")
                    ),
                );
            }
        }
    }

    for endpoints in holders.values() {
        let servers: BTreeSet<&str> = endpoints
            .iter()
            .map(|&index| rows[index].server_id.as_str())
            .collect();
        if servers.len() < 2 {
            continue;
        }
        for &index in endpoints {
            let (row, Some(protocol)) = (&rows[index], parsed[index]) else {
                continue;
            };
            let others: Vec<&str> = servers
                .iter()
                .copied()
                .filter(|server| *server != row.server_id)
                .collect();
            let named = others
                .iter()
                .take(5)
                .copied()
                .collect::<Vec<_>>()
                .join(", ");
            let more = if others.len() > 5 { ", …" } else { "" };
            issues.push(ProtocolIssue {
                server_id: row.server_id.clone(),
                protocol,
                rule: ProtocolRule::SharedPrivateKey,
                issue: format!(
                    "its private key is also stored for {} other server(s) ({named}{more}): a \
                     compromise of one exposes the others; generate a key per server",
                    others.len()
                ),
            });
        }
    }

    issues.sort_by(|a, b| {
        (a.rule, &a.server_id, a.protocol, &a.issue).cmp(&(
            b.rule,
            &b.server_id,
            b.protocol,
            &b.issue,
        ))
    });
    issues
}

/// The REALITY or WireGuard private key of a configuration, when it holds a valid one.
fn private_key(protocol: ProtocolType, config: &Value) -> Option<[u8; 32]> {
    let key = config.get("privateKey")?.as_str()?;
    match protocol {
        ProtocolType::Reality => validate_x25519_key(key).ok(),
        ProtocolType::Wireguard => validate_wireguard_key(key).ok(),
        ProtocolType::Vless | ProtocolType::Openconnect => None,
    }
}

/// Paths (`peers[i]`) of the WireGuard peers whose `allowedIps` contain a /0 network.
fn peers_allowing_any_source(config: &Value) -> Vec<String> {
    let Some(peers) = config.get("peers").and_then(Value::as_array) else {
        return Vec::new();
    };
    peers
        .iter()
        .enumerate()
        .filter(|(_, peer)| {
            peer.get("allowedIps")
                .and_then(Value::as_array)
                .is_some_and(|allowed| {
                    allowed
                        .iter()
                        .filter_map(Value::as_str)
                        .any(|cidr| validate_cidr(cidr).is_ok_and(|cidr| cidr.prefix == 0))
                })
        })
        .map(|(index, _)| format!("peers[{index}]"))
        .collect()
}

#[cfg(test)]
mod tests {
    use base64::Engine as _;
    use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
    use serde_json::json;

    use super::*;
    use crate::server::store::IN_MEMORY;
    use crate::server::store::auth::LoginOutcome;

    async fn store_with_user() -> Store {
        let store = Store::open(IN_MEMORY).await.unwrap();
        sqlx::query(
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) \
             VALUES ('usr-1', 'alice', 'x', 'USER', 'FREE', '6ba85179-e30d-4fc2-9a1b-0123456789ab', 0)",
        )
        .execute(store.pool())
        .await
        .unwrap();
        store
    }

    async fn event(store: &Store, username: &str, success: bool, at: i64) {
        if success {
            store
                .record_auth_attempt(username, LoginOutcome::Success, at)
                .await
                .unwrap();
        } else {
            store.record_failed_login(username, at, None).await.unwrap();
        }
    }

    async fn token(
        store: &Store,
        hash: &str,
        kind: &str,
        expires_at: i64,
        revoked_at: Option<i64>,
    ) {
        sqlx::query(
            "INSERT INTO auth_tokens (token_hash, user_id, kind, family, expires_at, revoked_at, created_at) \
             VALUES (?, 'usr-1', ?, ?, ?, ?, 0)",
        )
        .bind(hash)
        .bind(kind)
        .bind(hash)
        .bind(expires_at)
        .bind(revoked_at)
        .execute(store.pool())
        .await
        .unwrap();
    }

    #[tokio::test]
    async fn auth_counts_include_both_ends_of_the_window_and_nothing_outside() {
        let store = store_with_user().await;
        for (success, at) in [
            (false, 999),
            (false, 1000),
            (true, 1000),
            (false, 1500),
            (true, 1700),
            (false, 2000),
            (true, 2001),
        ] {
            event(&store, "alice", success, at).await;
        }
        store
            .record_auth_attempt("alice", LoginOutcome::Locked, 1800)
            .await
            .unwrap();
        assert_eq!(
            store.auth_counts(1000, 2000).await.unwrap(),
            AuthCounts {
                attempts: 6,
                failures: 4,
                locked: 1,
            }
        );
        assert_eq!(
            store.auth_counts(3000, 4000).await.unwrap(),
            AuthCounts::default()
        );
    }

    #[tokio::test]
    async fn active_tokens_are_unrevoked_unexpired_access_tokens() {
        let store = store_with_user().await;
        let now = 10_000;
        token(&store, "a1", "access", now + 60, None).await;
        token(&store, "a2", "access", now + 3600, None).await;
        token(&store, "expired", "access", now - 1, None).await;
        token(&store, "expires-now", "access", now, None).await;
        token(&store, "revoked", "access", now + 60, Some(now - 5)).await;
        token(&store, "refresh", "refresh", now + 86_400, None).await;
        assert_eq!(store.active_access_tokens(now).await.unwrap(), 2);
    }

    #[tokio::test]
    async fn brute_force_needs_five_failures_in_the_window_and_flags_the_login_after_them() {
        let store = store_with_user().await;
        // alice: one failure before the window, then 2 failures, a login (too early to
        // count), 3 more failures, a login (flagged), more failures, another login (not
        // flagged again).
        event(&store, "alice", false, 90).await;
        for at in [100, 101] {
            event(&store, "alice", false, at).await;
        }
        event(&store, "alice", true, 102).await;
        for at in [103, 104, 105] {
            event(&store, "alice", false, at).await;
        }
        event(&store, "alice", true, 106).await;
        event(&store, "alice", false, 107).await;
        event(&store, "alice", true, 108).await;
        // bob: 4 failures in the window and 2 outside: no incident.
        for at in [50, 100, 110, 120, 130, 300] {
            event(&store, "bob", false, at).await;
        }
        // carol: 7 failures, no login.
        for at in 140..147 {
            event(&store, "carol", false, at).await;
        }

        let incidents = store.auth_incidents(100, 200).await.unwrap();
        assert_eq!(
            incidents,
            vec![
                AuthIncident::BruteForce {
                    username: "carol".into(),
                    failures: 7,
                    last_failure: 146
                },
                AuthIncident::BruteForce {
                    username: "alice".into(),
                    failures: 6,
                    last_failure: 107
                },
                AuthIncident::LoginAfterBruteForce {
                    username: "alice".into(),
                    failures_before: 5,
                    at: 106
                },
            ]
        );
        assert!(store.auth_incidents(0, 99).await.unwrap().is_empty());
    }

    #[tokio::test]
    async fn probe_reports_size_mode_and_the_state_of_the_migrations() {
        let store = Store::open(IN_MEMORY).await.unwrap();
        let probe = store.probe_database().await.unwrap();
        assert!(probe.page_count > 0 && probe.page_size > 0);
        assert_eq!(probe.size_bytes(), probe.page_count * probe.page_size);
        assert_eq!(probe.journal_mode, "memory");
        assert_eq!(probe.file, None);
        assert_eq!(probe.file_system_path(), std::env::temp_dir());
        assert!(probe.migrations.is_consistent(), "{:?}", probe.migrations);
        let shipped = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations"))
            .unwrap()
            .filter(|entry| entry.as_ref().unwrap().path().extension() == Some("sql".as_ref()))
            .count();
        assert_eq!(probe.migrations.known, shipped);
        assert_eq!(probe.migrations.applied, shipped);

        sqlx::query("UPDATE _sqlx_migrations SET checksum = x'00' WHERE version = 1")
            .execute(store.pool())
            .await
            .unwrap();
        sqlx::query(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
             VALUES (99, 'from the future', 1, x'00', 0)",
        )
        .execute(store.pool())
        .await
        .unwrap();
        let migrations = store.probe_database().await.unwrap().migrations;
        assert_eq!(migrations.changed, vec![1]);
        assert_eq!(migrations.unknown, vec![99]);
        assert!(migrations.failed.is_empty() && migrations.missing.is_empty());

        sqlx::query("UPDATE _sqlx_migrations SET success = 0 WHERE version = 1")
            .execute(store.pool())
            .await
            .unwrap();
        let migrations = store.probe_database().await.unwrap().migrations;
        assert_eq!(migrations.failed, vec![1]);
        assert_eq!(migrations.applied, shipped - 1);
    }

    #[tokio::test]
    async fn probe_of_a_file_database_reports_wal_and_its_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("health.db");
        let store = Store::open(path.to_str().unwrap()).await.unwrap();
        let probe = store.probe_database().await.unwrap();
        assert_eq!(probe.journal_mode, "wal");
        let file = probe.file.clone().expect("a file database has a file");
        assert_eq!(file.canonicalize().unwrap(), path.canonicalize().unwrap());
        let space = disk_space(&probe.file_system_path()).unwrap();
        assert!(space.total > 0 && space.free <= space.total, "{space:?}");
    }

    #[cfg(unix)]
    #[test]
    fn disk_space_of_a_missing_path_is_an_error() {
        assert!(disk_space(Path::new("/no/such/dir/vpnmine")).is_err());
    }

    fn x25519_key(seed: u8) -> String {
        URL_SAFE_NO_PAD.encode(x25519_dalek::StaticSecret::from([seed; 32]).to_bytes())
    }

    fn wireguard_key(seed: u8) -> String {
        let secret = x25519_dalek::StaticSecret::from([seed; 32]);
        STANDARD.encode(x25519_dalek::PublicKey::from(&secret).as_bytes())
    }

    fn reality(private_key: &str) -> Value {
        json!({ "serverNames": ["www.example.com"], "privateKey": private_key,
                "shortIds": ["6ba85179e30d4fc2"], "dest": "www.example.com:443", "clients": [] })
    }

    fn wireguard(private_seed: u8, peer_seed: u8, allowed: &str) -> Value {
        let private_key =
            STANDARD.encode(x25519_dalek::StaticSecret::from([private_seed; 32]).to_bytes());
        json!({ "privateKey": private_key, "address": "10.8.0.1/24",
                "peers": [{ "publicKey": wireguard_key(peer_seed), "allowedIps": ["10.8.0.2/32"] },
                          { "publicKey": wireguard_key(peer_seed + 1), "allowedIps": [allowed] }] })
    }

    #[tokio::test]
    async fn scan_reports_invalid_enabled_endpoints_shared_keys_and_open_peers() {
        let store = store_with_user().await;
        for server in ["srv-a", "srv-b", "srv-c", "srv-d"] {
            sqlx::query(
                "INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) \
                 VALUES (?, 'usr-1', ?, '203.0.113.1', 'eu-west', 0)",
            )
            .bind(server)
            .bind(format!("{server}.example.com"))
            .execute(store.pool())
            .await
            .unwrap();
        }
        let shared = x25519_key(7);
        let endpoints: Vec<(&str, &str, i64, bool, String)> = vec![
            // An enabled VLESS endpoint with an encryption VLESS does not have.
            (
                "srv-a",
                "VLESS",
                443,
                true,
                json!({ "clients": [], "encryption": "aes-128-gcm" }).to_string(),
            ),
            // The same REALITY key on two servers; on srv-b the endpoint is disabled.
            ("srv-a", "REALITY", 8443, true, reality(&shared).to_string()),
            (
                "srv-b",
                "REALITY",
                8443,
                false,
                reality(&shared).to_string(),
            ),
            // Disabled and invalid: not reported.
            (
                "srv-b",
                "VLESS",
                443,
                false,
                json!({ "clients": [], "encryption": "aes" }).to_string(),
            ),
            // A peer allowed every source address; an enabled endpoint whose config is not JSON.
            (
                "srv-c",
                "WIREGUARD",
                51820,
                true,
                wireguard(9, 20, "0.0.0.0/0").to_string(),
            ),
            (
                "srv-c",
                "OPENCONNECT",
                4443,
                true,
                "{\"authMethod\": ".to_string(),
            ),
            // All valid, keys of their own.
            (
                "srv-d",
                "VLESS",
                443,
                true,
                json!({ "clients": [], "encryption": "none" }).to_string(),
            ),
            (
                "srv-d",
                "REALITY",
                8443,
                true,
                reality(&x25519_key(8)).to_string(),
            ),
            (
                "srv-d",
                "WIREGUARD",
                51820,
                true,
                wireguard(10, 30, "10.8.0.3/32").to_string(),
            ),
            (
                "srv-d",
                "OPENCONNECT",
                4443,
                true,
                json!({ "authMethod": "certificate", "ipv4Network": "10.9.0.0/24" }).to_string(),
            ),
        ];
        for (index, (server, protocol, port, enabled, config)) in endpoints.iter().enumerate() {
            sqlx::query(
                "INSERT INTO server_protocols (id, server_id, type, port, enabled, config) \
                 VALUES (?, ?, ?, ?, ?, ?)",
            )
            .bind(format!("prt-{index}"))
            .bind(server)
            .bind(protocol)
            .bind(port)
            .bind(i64::from(*enabled))
            .bind(config)
            .execute(store.pool())
            .await
            .unwrap();
        }

        let rows = store.protocol_endpoints().await.unwrap();
        assert_eq!(rows.len(), endpoints.len());
        let issues = scan_protocols(&rows);
        let found: Vec<(&str, ProtocolType, ProtocolRule)> = issues
            .iter()
            .map(|i| (i.server_id.as_str(), i.protocol, i.rule))
            .collect();
        assert_eq!(
            found,
            vec![
                ("srv-a", ProtocolType::Vless, ProtocolRule::InvalidConfig),
                (
                    "srv-c",
                    ProtocolType::Openconnect,
                    ProtocolRule::InvalidConfig
                ),
                (
                    "srv-a",
                    ProtocolType::Reality,
                    ProtocolRule::SharedPrivateKey
                ),
                (
                    "srv-b",
                    ProtocolType::Reality,
                    ProtocolRule::SharedPrivateKey
                ),
                (
                    "srv-c",
                    ProtocolType::Wireguard,
                    ProtocolRule::PeerAllowsAnySource
                ),
            ],
            "{issues:#?}"
        );
        assert!(
            issues[0].issue.contains("config.encryption"),
            "{}",
            issues[0].issue
        );
        assert!(issues[1].issue.contains("not JSON"), "{}", issues[1].issue);
        assert!(
            issues[2].issue.contains("1 other server(s) (srv-b)"),
            "{}",
            issues[2].issue
        );
        assert!(
            !issues[2].issue.contains(&shared),
            "a key must never be echoed"
        );
        assert!(
            issues[4].issue.starts_with("peers[1] "),
            "{}",
            issues[4].issue
        );
    }
}
