//! `createBackup` and `backups`: the server's own backups in its backup folder (`--backup-dir`,
//! by default `backups` beside the database file), shaped after the platform's
//! `SystemBackup`. Admins only. The files are those of `vpnmine server backup` (see
//! `server::backup_files`); `vpnmine server backup verify FILE` validates one in full.

use async_graphql::{Context, Enum, ID, Json, Object, SimpleObject};
use serde_json::json;

use super::admin::timestamp;
use super::audit::add_created_id;
use super::auth::require_admin;
use super::types::Timestamp;
use super::{ApiError, ApiResult};
use crate::domain::backup_manifest::Manifest;
use crate::server::backup_files::BackupError;
use crate::server::backup_schedule::{Backups, Listed};

/// Most backups `backups` lists: the newest (a cap, so that the query's cost is bounded).
pub const MAX_LISTED_BACKUPS: usize = 100;
/// Most components of one backup: its first tables by name. vpnmine's schema has far fewer;
/// a database restored from elsewhere might have more.
pub const MAX_BACKUP_COMPONENTS: usize = 64;

#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
pub enum BackupType {
    /// The whole database: every table.
    Full,
}

#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
pub enum BackupStatus {
    Completed,
    /// A file in the folder whose manifest cannot be read (truncated or not a backup).
    Failed,
}

#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
pub enum BackupComponentType {
    /// A table of the database.
    Table,
}

/// One backup file of the server's backup folder.
#[derive(SimpleObject, Clone, Debug)]
pub struct SystemBackup {
    /// The file's name in the backup folder.
    pub id: ID,
    #[graphql(name = "type")]
    pub kind: BackupType,
    /// When the snapshot was taken (for a FAILED one, the file's modification time).
    pub start_time: Timestamp,
    pub end_time: Option<Timestamp>,
    pub status: BackupStatus,
    /// The file's size in bytes (compressed).
    pub size: f64,
    /// One per table (the first 64 by name), with its row count; empty for a FAILED one.
    pub components: Vec<BackupComponent>,
    /// What was checked: the manifest's, read back from the file.
    pub validation: BackupValidation,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct BackupComponent {
    /// The table's name.
    pub name: String,
    #[graphql(name = "type")]
    pub kind: BackupComponentType,
    /// Rows.
    pub size: f64,
    pub status: BackupStatus,
    /// `{"rows": N}`.
    pub metadata: Option<Json<serde_json::Value>>,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct BackupValidation {
    /// "MANIFEST": the manifest frame was read and is well formed. The payload's checksum, an
    /// integrity check and the row counts are `vpnmine server backup verify FILE`'s.
    pub method: String,
    pub valid: bool,
    pub message: Option<String>,
    /// Schema version (the latest migration applied) of the database in the backup.
    pub schema_version: Option<i32>,
    /// SHA-256 of the database file it restores, lower-case hex.
    pub database_sha256: Option<String>,
}

/// The server's backup folder, or a refusal that says why there is none.
fn backups<'a>(ctx: &'a Context<'_>) -> ApiResult<&'a Backups> {
    ctx.data_opt::<Option<Backups>>()
        .and_then(Option::as_ref)
        .ok_or_else(|| {
            ApiError::Invalid("this server keeps no backups (it has no backup folder)".into())
        })
}

fn backup_of(file_name: String, size: u64, manifest: &Manifest) -> SystemBackup {
    let duration_s = i64::try_from(manifest.duration_ms / 1000).unwrap_or(i64::MAX);
    SystemBackup {
        id: ID(file_name),
        kind: BackupType::Full,
        start_time: timestamp(manifest.created_at),
        end_time: Some(timestamp(manifest.created_at.saturating_add(duration_s))),
        status: BackupStatus::Completed,
        size: size as f64,
        components: manifest
            .tables
            .iter()
            .take(MAX_BACKUP_COMPONENTS)
            .map(|(name, rows)| BackupComponent {
                name: name.clone(),
                kind: BackupComponentType::Table,
                size: *rows as f64,
                status: BackupStatus::Completed,
                metadata: Some(Json(json!({ "rows": rows }))),
            })
            .collect(),
        validation: BackupValidation {
            method: "MANIFEST".into(),
            valid: true,
            message: None,
            schema_version: i32::try_from(manifest.schema_version).ok(),
            database_sha256: Some(manifest.database.sha256.clone()),
        },
    }
}

fn listed(found: Listed) -> SystemBackup {
    let name = found
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    match &found.manifest {
        Ok(manifest) => backup_of(name, found.size, manifest),
        Err(why) => SystemBackup {
            id: ID(name),
            kind: BackupType::Full,
            start_time: timestamp(found.modified),
            end_time: None,
            status: BackupStatus::Failed,
            size: found.size as f64,
            components: Vec::new(),
            validation: BackupValidation {
                method: "MANIFEST".into(),
                valid: false,
                message: Some(why.clone()),
                schema_version: None,
                database_sha256: None,
            },
        },
    }
}

#[derive(Default)]
pub struct BackupsQuery;

#[Object]
impl BackupsQuery {
    /// The newest 100 backups in the server's backup folder (`--backup-dir`), newest first:
    /// scheduled ones and those of `createBackup`. A file whose manifest cannot be read is
    /// listed as FAILED with the reason in `validation.message`. Admins only.
    async fn backups(&self, ctx: &Context<'_>) -> ApiResult<Vec<SystemBackup>> {
        require_admin(ctx)?;
        let backups = backups(ctx)?;
        Ok(backups
            .list()
            .await
            .into_iter()
            .take(MAX_LISTED_BACKUPS)
            .map(listed)
            .collect())
    }
}

#[derive(Default)]
pub struct BackupsMutation;

#[Object]
impl BackupsMutation {
    /// Takes a backup of the database now, while serving, into the server's backup folder
    /// (`--backup-dir`, by default `backups` beside the database file), named
    /// `vpnmine-<UTC time>.vpnbak`: a consistent snapshot, compressed, with its manifest. It
    /// counts with the scheduled ones against `--backup-keep`, and one taken within the same
    /// second as another replaces it. Refused (VAL_001) when the server keeps no backups, or its
    /// database is in memory or on PostgreSQL (which pg_dump backs up). Admins only.
    async fn create_backup(&self, ctx: &Context<'_>) -> ApiResult<SystemBackup> {
        require_admin(ctx)?;
        let backups = backups(ctx)?;
        let (file, manifest) = backups
            .create(chrono::Utc::now().timestamp())
            .await
            .map_err(|e| match e {
                BackupError::NoDatabase(_) => ApiError::Invalid(
                    "this server's database is in memory: there is no file to back up".into(),
                ),
                e @ BackupError::OnPostgres => ApiError::Invalid(e.to_string()),
                other => {
                    tracing::error!(error = %other, "createBackup failed");
                    ApiError::Internal(format!("the backup failed: {other}"))
                }
            })?;
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        add_created_id(ctx, &name);
        let size = std::fs::metadata(&file).map_or(manifest.payload.size, |m| m.len());
        Ok(backup_of(name, size, &manifest))
    }
}
