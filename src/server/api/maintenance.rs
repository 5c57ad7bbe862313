//! `maintenanceStatus` and `runMaintenance` (issue #15): the database's tables and sizes, the
//! server's retentions, and what the retention pass does (see `store::maintenance`). Admins
//! only; `runMaintenance` is audited like every mutation.

use async_graphql::{Context, Object, SimpleObject};
use chrono::Utc;

use super::admin::timestamp;
use super::auth::require_admin;
use super::connections::Bytes;
use super::types::Timestamp;
use super::{ApiError, ApiResult};
use crate::domain::retention::{Retention, RetentionPolicy};
use crate::server::retention_worker;
use crate::server::store::Store;
use crate::server::store::maintenance::{PassCounts, TableSize};

/// One table of the database.
#[derive(SimpleObject, Clone, Debug)]
pub struct MaintenanceTable {
    pub name: String,
    /// A Float, as counts and sizes here may pass 2^31.
    pub rows: f64,
    /// Bytes of the table and its indexes (measured page by page when `sizesMeasured`).
    pub bytes: Bytes,
}

/// One retention of the server (`vpnmine server --retain-*`).
#[derive(SimpleObject, Clone, Debug)]
pub struct RetentionSetting {
    /// What it keeps: RAW_METRICS (older hours are rolled up, not deleted), AUTH_EVENTS,
    /// AUDIT_LOG, DELIVERED_DELIVERIES, DEAD_DELIVERIES.
    pub kind: String,
    /// As the flag takes it: `30d`, `12h`, or `off` (kept for ever).
    pub keep: String,
    /// The same in seconds; null for `off`.
    pub seconds: Option<f64>,
}

/// What one retention pass rolls up and deletes.
#[derive(SimpleObject, Clone, Debug)]
pub struct MaintenancePass {
    /// Server-hours of raw samples rolled up into one row each.
    pub hours_rolled_up: f64,
    /// The raw rows those hours held.
    pub samples_rolled_up: f64,
    pub auth_events_pruned: f64,
    pub audit_rows_pruned: f64,
    pub deliveries_pruned: f64,
    pub dead_deliveries_pruned: f64,
    /// Rows gone in all: the roll-up's (samples less hours) and the deletes'.
    pub rows_removed: f64,
}

impl From<PassCounts> for MaintenancePass {
    fn from(c: PassCounts) -> Self {
        Self {
            hours_rolled_up: c.hours_rolled_up as f64,
            samples_rolled_up: c.samples_rolled_up as f64,
            auth_events_pruned: c.auth_events_pruned as f64,
            audit_rows_pruned: c.audit_rows_pruned as f64,
            deliveries_pruned: c.deliveries_pruned as f64,
            dead_deliveries_pruned: c.dead_deliveries_pruned as f64,
            rows_removed: c.rows_removed() as f64,
        }
    }
}

/// The database and its retention.
#[derive(SimpleObject, Clone, Debug)]
pub struct MaintenanceStatus {
    /// Every table, largest first.
    pub tables: Vec<MaintenanceTable>,
    /// Bytes of the database file (its pages, free ones included; the write-ahead log aside).
    pub file_bytes: Bytes,
    /// Bytes of free pages, which a VACUUM would give back to the disk; freed rows' pages are
    /// reused by new rows first.
    pub free_bytes: Bytes,
    /// True when table sizes were measured page by page (SQLite's dbstat); false when they
    /// are estimated from row counts.
    pub sizes_measured: bool,
    pub retention: Vec<RetentionSetting>,
    /// Every hour before this time has been rolled up; null before the first pass.
    pub rolled_up_before: Option<Timestamp>,
    /// What a pass would do now.
    pub next_pass: MaintenancePass,
}

/// A pass that ran.
#[derive(SimpleObject, Clone, Debug)]
pub struct MaintenanceRun {
    pub ran_at: Timestamp,
    pub duration_ms: f64,
    pub pass: MaintenancePass,
}

fn settings(policy: &RetentionPolicy) -> Vec<RetentionSetting> {
    let setting = |kind: &str, keep: Retention| RetentionSetting {
        kind: kind.into(),
        keep: keep.to_string(),
        seconds: keep.seconds().map(|s| s as f64),
    };
    vec![
        setting("RAW_METRICS", policy.raw_metrics),
        setting("AUTH_EVENTS", policy.auth_events),
        setting("AUDIT_LOG", policy.audit),
        setting("DELIVERED_DELIVERIES", policy.delivered),
        setting("DEAD_DELIVERIES", policy.dead_deliveries),
    ]
}

fn table(t: TableSize) -> MaintenanceTable {
    MaintenanceTable {
        name: t.name,
        rows: t.rows as f64,
        bytes: Bytes(t.bytes.max(0) as u64),
    }
}

#[derive(Default)]
pub struct MaintenanceQuery;

#[Object]
impl MaintenanceQuery {
    /// The database's tables with their rows and bytes, the server's retentions, and what
    /// the next retention pass (hourly while serving) would roll up and delete. Admins only.
    async fn maintenance_status(&self, ctx: &Context<'_>) -> ApiResult<MaintenanceStatus> {
        require_admin(ctx)?;
        let store = ctx.data_unchecked::<Store>();
        let policy = ctx.data_unchecked::<RetentionPolicy>();
        let now = Utc::now().timestamp();
        let size = store.database_size().await?;
        let next = store.maintenance_preview(&policy.cutoffs(now)).await?;
        Ok(MaintenanceStatus {
            tables: size.tables.into_iter().map(table).collect(),
            file_bytes: Bytes(size.file_bytes.max(0) as u64),
            free_bytes: Bytes(size.free_bytes.max(0) as u64),
            sizes_measured: size.measured,
            retention: settings(policy),
            rolled_up_before: store.rolled_up_before().await?.map(timestamp),
            next_pass: next.into(),
        })
    }
}

#[derive(Default)]
pub struct MaintenanceMutation;

#[Object]
impl MaintenanceMutation {
    /// Runs a retention pass now (as the server does every hour): raw samples older than
    /// the retention rolled up to hourly rows, old login attempts, audit rows and finished
    /// webhook deliveries deleted, each in short batches. Admins only; audited.
    async fn run_maintenance(&self, ctx: &Context<'_>) -> ApiResult<MaintenanceRun> {
        require_admin(ctx)?;
        let store = ctx.data_unchecked::<Store>();
        let policy = ctx.data_unchecked::<RetentionPolicy>();
        let ran_at = Utc::now();
        let started = std::time::Instant::now();
        let done = retention_worker::run_pass(store, policy)
            .await
            .map_err(ApiError::from)?;
        Ok(MaintenanceRun {
            ran_at,
            duration_ms: started.elapsed().as_secs_f64() * 1000.0,
            pass: done.into(),
        })
    }
}
