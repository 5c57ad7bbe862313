//! Admin-only operations views: `systemHealth` and `securityMetrics`.

use std::sync::Arc;
use std::time::Duration;

use async_graphql::{Context, ID, Json, Object};
use chrono::{DateTime, TimeDelta, Utc};
use serde_json::json;

use super::auth::require_admin;
use super::types::{
    CertificateStatus, ComponentHealth, HealthMetrics, HealthStatus, ProtocolVulnerability,
    SecurityIncident, SecurityMetrics, Severity, SystemHealth, Timestamp,
};
use super::{ApiError, ApiResult};
use crate::server::backup_schedule::Backups;
use crate::server::counters::ServerStats;
use crate::server::store::admin::{
    AuthIncident, DatabaseProbe, DiskSpace, ProtocolIssue, ProtocolRule, disk_space, scan_protocols,
};
use crate::server::store::alert_deliveries::DeliveryBacklog;
use crate::server::store::{Engine, Store, StoreError};

/// A database round trip slower than this makes the database DEGRADED.
const SLOW_DATABASE: Duration = Duration::from_millis(100);
/// A database that does not answer within this is UNHEALTHY (rather than a hanging request).
const DATABASE_TIMEOUT: Duration = Duration::from_secs(5);
/// Less free space than this on the database's file system makes the disk DEGRADED...
const LOW_DISK: u64 = 1 << 30;
/// ...and less than this UNHEALTHY.
const CRITICAL_DISK: u64 = 100 << 20;
/// Webhook deliveries that gave up within this window make notifications DEGRADED.
const DEAD_DELIVERY_WINDOW: TimeDelta = TimeDelta::hours(24);
/// The default window of `securityMetrics`.
const DEFAULT_WINDOW: TimeDelta = TimeDelta::hours(24);

#[derive(Default)]
pub struct AdminQuery;

#[Object]
impl AdminQuery {
    /// Health of the platform's components. Admins only. Components: "database" (a timed
    /// `SELECT 1`, size, journal mode and applied migrations; DEGRADED over 100 ms or when the
    /// applied migrations differ from the server's, UNHEALTHY when the query fails, does not
    /// answer within 5 s or a migration failed part-way), "disk" (free space on the database's file system, or
    /// the temporary directory's for an in-memory database; DEGRADED under 1 GiB, UNHEALTHY under
    /// 100 MiB), "broker" (the in-process subscription broker) and "notifications" (the alert
    /// webhook outbox: DEGRADED when a delivery gave up within the last 24 hours) and "backups"
    /// (the scheduled backups of `--backup-every`: the last one's time, file and outcome;
    /// DEGRADED when the last one failed, or none finished within one and a half intervals).
    /// `status` is the worst component's.
    async fn system_health(&self, ctx: &Context<'_>) -> ApiResult<SystemHealth> {
        require_admin(ctx)?;
        let store = ctx.data_unchecked::<Store>();
        let stats = ctx
            .data_opt::<Arc<ServerStats>>()
            .cloned()
            .unwrap_or_default();

        let probe = tokio::time::timeout(DATABASE_TIMEOUT, store.probe_database()).await;
        let (database, probe) = database_health(probe);
        let path = match &probe {
            Some(probe) => probe.file_system_path(),
            None => std::env::temp_dir(),
        };
        let space_path = path.clone();
        let space = tokio::task::spawn_blocking(move || disk_space(&space_path))
            .await
            .map_err(|e| ApiError::Internal(format!("disk check failed: {e}")))?;
        let disk = disk_health(&path, probe.as_ref(), &space);
        let broker = broker_health(&stats);
        let dead_since = (Utc::now() - DEAD_DELIVERY_WINDOW).timestamp();
        let notifications = notifications_health(store.delivery_backlog(dead_since).await);
        let backups = backups_health(
            ctx.data_opt::<Option<Backups>>().and_then(Option::as_ref),
            Utc::now().timestamp(),
        );

        let components = [database, disk, broker, notifications, backups];
        let status = components
            .iter()
            .map(|c| c.status)
            .max_by_key(|s| rank(*s))
            .unwrap_or(HealthStatus::Healthy);
        Ok(SystemHealth {
            status,
            metrics: HealthMetrics {
                uptime_seconds: stats.uptime().as_secs_f64(),
                requests_total: stats.requests() as f64,
                errors_total: stats.errors() as f64,
                active_subscriptions: clamp_i32(stats.active_subscriptions()),
                database_size: probe.map_or(0.0, |p| p.size_bytes() as f64),
                disk_free: space.as_ref().map_or(0.0, |s| s.free as f64),
            },
            components: components.into(),
            last_update: Utc::now(),
        })
    }

    /// Authentication and protocol security figures over a window (default: the 24 hours up to
    /// `to`, and `to` defaults to now; both ends inclusive). Admins only. Incidents:
    /// BRUTE_FORCE_SUSPECTED (HIGH) for a username with 5 or more failed logins in the window, at
    /// its last failure; LOGIN_AFTER_BRUTE_FORCE (CRITICAL) for a successful login after 5 or more
    /// failed ones in the window, at that login. Vulnerabilities, from every stored protocol
    /// endpoint: an enabled endpoint whose configuration does not validate (HIGH; for VLESS this
    /// includes an `encryption` other than "none"); a REALITY or WireGuard private key stored for
    /// more than one server (HIGH); an enabled WireGuard endpoint with a peer allowed a /0 network,
    /// i.e. any source address (MEDIUM).
    async fn security_metrics(
        &self,
        ctx: &Context<'_>,
        from: Option<Timestamp>,
        to: Option<Timestamp>,
    ) -> ApiResult<SecurityMetrics> {
        require_admin(ctx)?;
        let now = Utc::now();
        let to = to.unwrap_or(now);
        let from = from.unwrap_or(to - DEFAULT_WINDOW);
        if from >= to {
            return Err(ApiError::Invalid(format!(
                "from ({}) must be before to ({})",
                from.to_rfc3339(),
                to.to_rfc3339()
            )));
        }
        let store = ctx.data_unchecked::<Store>();
        let (start, end) = (from.timestamp(), to.timestamp());
        let counts = store.auth_counts(start, end).await?;
        let lockouts = store.lockout_counts(start, end, now.timestamp()).await?;
        let active_tokens = store.active_access_tokens(now.timestamp()).await?;
        let incidents = store.auth_incidents(start, end).await?;
        let endpoints = store.protocol_endpoints().await?;
        let issues = tokio::task::spawn_blocking(move || scan_protocols(&endpoints))
            .await
            .map_err(|e| ApiError::Internal(format!("protocol scan failed: {e}")))?;
        Ok(SecurityMetrics {
            from,
            to,
            authentication_attempts: clamp_i32(counts.attempts),
            failed_attempts: clamp_i32(counts.failures),
            locked_attempts: clamp_i32(counts.locked),
            lockouts: clamp_i32(lockouts.imposed),
            locked_accounts: clamp_i32(lockouts.locked_now),
            active_tokens: clamp_i32(active_tokens),
            certificate_status: CertificateStatus::Valid,
            security_incidents: incidents.into_iter().map(incident).collect(),
            protocol_vulnerabilities: issues.into_iter().map(vulnerability).collect(),
        })
    }
}

fn rank(status: HealthStatus) -> u8 {
    match status {
        HealthStatus::Healthy => 0,
        HealthStatus::Degraded => 1,
        HealthStatus::Unhealthy => 2,
    }
}

fn clamp_i32(n: i64) -> i32 {
    i32::try_from(n.max(0)).unwrap_or(i32::MAX)
}

fn component(
    name: &str,
    status: HealthStatus,
    message: String,
    metrics: serde_json::Value,
) -> ComponentHealth {
    ComponentHealth {
        name: name.into(),
        status,
        message: Some(message),
        last_check: Utc::now(),
        metrics: Some(Json(metrics)),
    }
}

type ProbeResult =
    Result<Result<DatabaseProbe, crate::server::store::StoreError>, tokio::time::error::Elapsed>;

fn database_health(probe: ProbeResult) -> (ComponentHealth, Option<DatabaseProbe>) {
    let probe = match probe {
        Ok(Ok(probe)) => probe,
        Ok(Err(e)) => {
            tracing::error!(error = %e, "database health probe failed");
            let health = component(
                "database",
                HealthStatus::Unhealthy,
                format!("the database query failed: {e}"),
                json!({}),
            );
            return (health, None);
        }
        Err(_) => {
            let health = component(
                "database",
                HealthStatus::Unhealthy,
                format!(
                    "the database did not answer within {} s",
                    DATABASE_TIMEOUT.as_secs()
                ),
                json!({ "timeoutMs": DATABASE_TIMEOUT.as_millis() as u64 }),
            );
            return (health, None);
        }
    };
    let latency_ms = probe.round_trip.as_secs_f64() * 1000.0;
    let m = &probe.migrations;
    let mut problems = Vec::new();
    if !m.failed.is_empty() {
        problems.push(format!("migrations {:?} failed part-way", m.failed));
    }
    if !m.changed.is_empty() {
        problems.push(format!(
            "migrations {:?} were applied from other SQL than this server carries",
            m.changed
        ));
    }
    if !m.missing.is_empty() {
        problems.push(format!("migrations {:?} are not applied", m.missing));
    }
    if !m.unknown.is_empty() {
        problems.push(format!(
            "migrations {:?} are applied but unknown to this server (a newer version migrated the database)",
            m.unknown
        ));
    }
    let slow = probe.round_trip > SLOW_DATABASE;
    let status = if !m.failed.is_empty() {
        HealthStatus::Unhealthy
    } else if slow || !problems.is_empty() {
        HealthStatus::Degraded
    } else {
        HealthStatus::Healthy
    };
    let mut message = format!(
        "SELECT 1 answered in {latency_ms:.1} ms; {} bytes; journal mode {}; {} of {} migrations applied",
        probe.size_bytes(),
        probe.journal_mode,
        m.applied,
        m.known
    );
    if slow {
        message.push_str(&format!("; slower than {} ms", SLOW_DATABASE.as_millis()));
    }
    for problem in &problems {
        message.push_str("; ");
        message.push_str(problem);
    }
    let metrics = json!({
        "latencyMs": latency_ms,
        "sizeBytes": probe.size_bytes(),
        "pageCount": probe.page_count,
        "pageSize": probe.page_size,
        "freePages": probe.free_pages,
        "journalMode": probe.journal_mode,
        "wal": probe.journal_mode == "wal",
        "inMemory": probe.in_memory(),
        "engine": match probe.engine {
            Engine::Sqlite => "sqlite",
            Engine::Postgres => "postgresql",
        },
        "migrationsKnown": m.known,
        "migrationsApplied": m.applied,
    });
    (component("database", status, message, metrics), Some(probe))
}

fn disk_health(
    path: &std::path::Path,
    probe: Option<&DatabaseProbe>,
    space: &std::io::Result<DiskSpace>,
) -> ComponentHealth {
    let in_memory = probe.is_some_and(DatabaseProbe::in_memory);
    let place = match probe {
        _ if in_memory => format!(
            "the temporary directory {} (the database is in memory)",
            path.display()
        ),
        Some(probe) if probe.engine == Engine::Postgres => format!(
            "the temporary directory {} (the database is on its PostgreSQL server)",
            path.display()
        ),
        _ => path.display().to_string(),
    };
    match space {
        Ok(space) => {
            let status = if space.free < CRITICAL_DISK {
                HealthStatus::Unhealthy
            } else if space.free < LOW_DISK {
                HealthStatus::Degraded
            } else {
                HealthStatus::Healthy
            };
            let gib = |bytes: u64| bytes as f64 / (1u64 << 30) as f64;
            component(
                "disk",
                status,
                format!(
                    "{:.2} GiB free of {:.2} GiB on the file system of {place}",
                    gib(space.free),
                    gib(space.total)
                ),
                json!({
                    "path": path.display().to_string(),
                    "freeBytes": space.free,
                    "totalBytes": space.total,
                    "inMemoryDatabase": in_memory,
                }),
            )
        }
        Err(e) => component(
            "disk",
            HealthStatus::Degraded,
            format!("free space on the file system of {place} is unknown: {e}"),
            json!({ "path": path.display().to_string(), "inMemoryDatabase": in_memory }),
        ),
    }
}

fn broker_health(stats: &ServerStats) -> ComponentHealth {
    let active = stats.active_subscriptions();
    component(
        "broker",
        HealthStatus::Healthy,
        format!("in-process broker; {active} active subscriptions"),
        json!({ "activeSubscriptions": active }),
    )
}

fn notifications_health(backlog: Result<DeliveryBacklog, StoreError>) -> ComponentHealth {
    let backlog = match backlog {
        Ok(backlog) => backlog,
        Err(e) => {
            tracing::error!(error = %e, "notification outbox check failed");
            return component(
                "notifications",
                HealthStatus::Unhealthy,
                format!("the webhook outbox could not be read: {e}"),
                json!({}),
            );
        }
    };
    let DeliveryBacklog { pending, dead } = backlog;
    let (status, message) = if dead > 0 {
        (
            HealthStatus::Degraded,
            format!(
                "{dead} webhook deliveries gave up in the last {} h; {pending} pending \
                 (see `vpnmine alerts deliveries --status dead`)",
                DEAD_DELIVERY_WINDOW.num_hours()
            ),
        )
    } else {
        (
            HealthStatus::Healthy,
            format!("{pending} webhook deliveries pending; none gave up"),
        )
    };
    component(
        "notifications",
        status,
        message,
        json!({ "pendingDeliveries": pending, "deadDeliveries": dead }),
    )
}

/// The "backups" component: the schedule's last outcome.
fn backups_health(backups: Option<&Backups>, now: i64) -> ComponentHealth {
    if backups.is_some_and(|b| !b.of_a_file()) {
        return component(
            "backups",
            HealthStatus::Healthy,
            "the database is on PostgreSQL: pg_dump backs it up, not this server".into(),
            json!({ "scheduled": false }),
        );
    }
    let Some((backups, schedule)) = backups.and_then(|b| b.schedule().map(|s| (b, s))) else {
        return component(
            "backups",
            HealthStatus::Healthy,
            "no scheduled backups (start the server with --backup-every to take them)".into(),
            json!({ "scheduled": false }),
        );
    };
    let every = i64::try_from(schedule.every.as_secs()).unwrap_or(i64::MAX);
    let last = backups.last_run();
    let since = last.as_ref().map_or(backups.started(), |l| l.at);
    // Half an interval of slack: a backup of a large database takes a while.
    let overdue = now > since.saturating_add(every.saturating_add(every / 2).max(every + 60));
    let dir = backups.dir().display().to_string();
    let metrics = json!({
        "scheduled": true,
        "dir": dir,
        "everySeconds": every,
        "keep": schedule.keep,
        "lastBackupAt": last.as_ref().map(|l| timestamp(l.at).to_rfc3339()),
        "lastStatus": last.as_ref().map(|l| if l.error.is_none() { "COMPLETED" } else { "FAILED" }),
        "lastFile": last.as_ref().and_then(|l| l.file.as_ref()).map(|f| f.display().to_string()),
    });
    let (status, message) = match &last {
        Some(run) if run.error.is_some() => (
            HealthStatus::Degraded,
            format!(
                "the last scheduled backup failed at {}: {}",
                timestamp(run.at).to_rfc3339(),
                run.error.as_deref().unwrap_or_default()
            ),
        ),
        _ if overdue => (
            HealthStatus::Degraded,
            format!(
                "no scheduled backup finished since {} (one is due every {every} s)",
                timestamp(since).to_rfc3339()
            ),
        ),
        Some(run) => (
            HealthStatus::Healthy,
            format!(
                "the last scheduled backup finished at {} in {dir}",
                timestamp(run.at).to_rfc3339()
            ),
        ),
        None => (
            HealthStatus::Healthy,
            format!(
                "the first scheduled backup is due at {}",
                timestamp(since.saturating_add(every)).to_rfc3339()
            ),
        ),
    };
    component("backups", status, message, metrics)
}

pub fn timestamp(secs: i64) -> Timestamp {
    DateTime::from_timestamp(secs, 0).unwrap_or_default()
}

/// A username as shown in a message: quoted and escaped (it is whatever a client sent), and
/// cut to 64 characters.
fn shown(username: &str) -> String {
    let cut: String = username.chars().take(64).collect();
    let ellipsis = if cut.len() < username.len() {
        "…"
    } else {
        ""
    };
    format!("{cut:?}{ellipsis}")
}

fn incident(incident: AuthIncident) -> SecurityIncident {
    match incident {
        AuthIncident::BruteForce {
            username,
            failures,
            last_failure,
        } => SecurityIncident {
            kind: "BRUTE_FORCE_SUSPECTED".into(),
            severity: Severity::High,
            message: format!(
                "{failures} failed login attempts for username {} in the window",
                shown(&username)
            ),
            timestamp: timestamp(last_failure),
        },
        AuthIncident::LoginAfterBruteForce {
            username,
            failures_before,
            at,
        } => SecurityIncident {
            kind: "LOGIN_AFTER_BRUTE_FORCE".into(),
            severity: Severity::Critical,
            message: format!(
                "username {} logged in after {failures_before} failed attempts in the window; \
                 the password may have been guessed",
                shown(&username)
            ),
            timestamp: timestamp(at),
        },
    }
}

fn vulnerability(issue: ProtocolIssue) -> ProtocolVulnerability {
    ProtocolVulnerability {
        server_id: ID(issue.server_id),
        protocol: issue.protocol.into(),
        severity: match issue.rule {
            ProtocolRule::InvalidConfig | ProtocolRule::SharedPrivateKey => Severity::High,
            ProtocolRule::PeerAllowsAnySource => Severity::Medium,
        },
        issue: issue.issue,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_in_messages_are_escaped_and_cut() {
        assert_eq!(shown("alice"), "\"alice\"");
        assert_eq!(shown("a\nb"), "\"a\\nb\"");
        let long = "x".repeat(100);
        assert_eq!(shown(&long), format!("\"{}\"…", "x".repeat(64)));
    }

    #[test]
    fn the_worst_status_ranks_highest() {
        assert!(rank(HealthStatus::Unhealthy) > rank(HealthStatus::Degraded));
        assert!(rank(HealthStatus::Degraded) > rank(HealthStatus::Healthy));
    }
}
