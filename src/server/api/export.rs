//! `exportDetailedStats`: writes statistics to a file and answers a signed, expiring URL.
//!
//! Decisions:
//! - Admins export every row; operators the rows of their own servers (metric samples,
//!   sessions, protocol endpoints, ledger entries of those servers) and their own account's
//!   LEDGER and WITHDRAWALS (an account's money is its own, whichever server earned it);
//!   users and anonymous callers get AUTH_001.
//! - AUDIT_LOG (login attempts and the audit trail of mutations) concerns no server, so it is for admins only: an operator who
//!   asks for it explicitly gets AUTH_001; when `kinds` is omitted it is left out silently.
//! - `kinds` omitted means every kind; an empty list is VAL_001; repeats count once, and the
//!   kinds are written in the order asked for.
//! - The window is `[from, to)`, at most 366 days; `from >= to` is VAL_001. Rows are selected
//!   by their own time (see `store::export_rows`); timestamps are written as RFC 3339 UTC.
//! - CSV: one file, a header row `kind` + the union of every kind's columns, empty where a
//!   column does not apply, so a spreadsheet opens it as one table. JSON: one array of objects,
//!   each with `kind` and its kind's columns (null where a value is missing).
//! - The URL is valid for an hour; see `crate::server::export_files` for signing, downloads,
//!   clean-up and the directory's quota (URLs do not survive a restart of the server), and
//!   `crate::server::origin` for the scheme and host of the URL.
//! - An export over the export directory's quota is RTE_001 (retry later), not SRV_001.

use async_graphql::{Context, Object};
use chrono::{DateTime, Duration, Utc};

use super::auth::require_account;
use super::types::{ExportFormat, ExportKind, ExportResult, ExportStream, Role, Timestamp};
use super::{ApiError, ApiResult};
use crate::server::export_files::{ExportError, ExportWriter, Exports, FileFormat, URL_TTL_SECS};
use crate::server::origin::RequestOrigin;
use crate::server::store::Store;
use crate::server::store::export_rows::{Dataset, Scope};

/// When to retry an export refused for the export directory's quota: expired files are
/// deleted every minute.
const QUOTA_RETRY_AFTER_SECS: u64 = 60;

/// Longest window `exportDetailedStats` serves.
pub const MAX_EXPORT_WINDOW_DAYS: i64 = 366;

const ALL_KINDS: [ExportKind; 8] = [
    ExportKind::ServerStatistics,
    ExportKind::UserActivity,
    ExportKind::ProtocolPerformance,
    ExportKind::TokenTransactions,
    ExportKind::Ledger,
    ExportKind::Withdrawals,
    ExportKind::AuditLog,
    ExportKind::Alerts,
];

#[derive(Default)]
pub struct ExportQuery;

#[Object]
impl ExportQuery {
    /// Writes the requested statistics to a file and returns a signed, expiring URL for it.
    /// Operators export their own servers' rows; admins everything. `kinds` defaults to all.
    async fn export_detailed_stats(
        &self,
        ctx: &Context<'_>,
        from: Timestamp,
        to: Timestamp,
        format: ExportFormat,
        kinds: Option<Vec<ExportKind>>,
    ) -> ApiResult<ExportResult> {
        let asked = Asked::check(ctx, from, to, format, kinds)?;
        let mut out = asked.create().await?;
        asked
            .write(ctx.data_unchecked::<Store>(), &mut out)
            .await
            .map_err(failed)?;
        let file = out.finish().await.map_err(failed)?;

        let expires_at = Utc::now() + Duration::seconds(URL_TTL_SECS);
        let url = asked.exports.publish(
            &file,
            expires_at.timestamp(),
            ctx.data_opt::<RequestOrigin>(),
        );
        Ok(ExportResult {
            url,
            expires_at: DateTime::from_timestamp(expires_at.timestamp(), 0).unwrap_or(expires_at),
            format,
            size: file.size as f64,
            sha256: file.sha256,
            row_count: i32::try_from(file.rows).unwrap_or(i32::MAX),
        })
    }

    /// The file of `exportDetailedStats`, answered as soon as it is started: its URL
    /// downloads the file while it is written, and ends when it is complete (a failed export
    /// cuts the download off). Then the same URL answers with the complete file's
    /// `Content-Length`, `x-checksum-sha256` and `x-export-rows`: check the download
    /// against them. Same rules, scope and quota as `exportDetailedStats`.
    async fn stream_detailed_stats(
        &self,
        ctx: &Context<'_>,
        from: Timestamp,
        to: Timestamp,
        format: ExportFormat,
        kinds: Option<Vec<ExportKind>>,
    ) -> ApiResult<ExportStream> {
        let asked = Asked::check(ctx, from, to, format, kinds)?;
        let mut out = asked.create().await?;
        let expires_at = Utc::now() + Duration::seconds(URL_TTL_SECS);
        let url = asked.exports.publish_growing(
            &mut out,
            expires_at.timestamp(),
            ctx.data_opt::<RequestOrigin>(),
        );
        let store = ctx.data_unchecked::<Store>().clone();
        // The file is written whether or not the request is still there: its URL is out.
        tokio::spawn(async move {
            let written = asked.write(&store, &mut out).await;
            let finished = match written {
                Ok(()) => out.finish().await.map(drop),
                Err(e) => Err(e),
            };
            if let Err(e) = finished {
                // Its downloads are cut off, and the partial file removed.
                tracing::error!(error = %e, "streamed export failed");
            }
        });
        Ok(ExportStream {
            url,
            expires_at: DateTime::from_timestamp(expires_at.timestamp(), 0).unwrap_or(expires_at),
            format,
        })
    }
}

/// What an export asks for, checked: who may see which rows of which kinds in which window.
struct Asked {
    role: Role,
    account_id: String,
    from: i64,
    to: i64,
    datasets: Vec<Dataset>,
    exports: Exports,
    file_format: FileFormat,
}

impl Asked {
    fn check(
        ctx: &Context<'_>,
        from: Timestamp,
        to: Timestamp,
        format: ExportFormat,
        kinds: Option<Vec<ExportKind>>,
    ) -> ApiResult<Self> {
        let account = require_account(ctx)?;
        if account.role == Role::User {
            return Err(ApiError::Auth(format!(
                "exports need the operator or admin role; {} is {:?}",
                account.username, account.role
            )));
        }
        let (from, to) = window(from, to)?;
        let datasets = datasets(kinds, account.role)?;
        let exports = ctx
            .data_opt::<Exports>()
            .ok_or_else(|| ApiError::Internal("exports are not available on this server".into()))?
            .clone();
        let file_format = match format {
            ExportFormat::Csv => FileFormat::Csv,
            ExportFormat::Json => FileFormat::Json,
        };
        Ok(Asked {
            role: account.role,
            account_id: account.id.clone(),
            from,
            to,
            datasets,
            exports,
            file_format,
        })
    }

    fn scope(&self) -> Scope<'_> {
        match self.role {
            Role::Admin => Scope::All,
            _ => Scope::Owner(&self.account_id),
        }
    }

    /// The file to write, unless the export directory is over its quota.
    async fn create(&self) -> ApiResult<ExportWriter> {
        self.exports.create(self.file_format).await.map_err(failed)
    }

    /// Writes the rows asked for into `out`.
    async fn write(&self, store: &Store, out: &mut ExportWriter) -> Result<(), ExportError> {
        store
            .write_export(&self.datasets, self.scope(), self.from, self.to, out)
            .await
    }
}

fn failed(e: impl Into<ExportError>) -> ApiError {
    match e.into() {
        ExportError::Store(e) => e.into(),
        ExportError::Io(e) => {
            tracing::error!(error = %e, "export failed");
            ApiError::Internal("the export could not be written; try again later".into())
        }
        // Refused for now rather than failed: room comes back as older exports expire, so a
        // cron job should retry later (RTE_001, exit 5 in the CLI), not page anyone.
        ExportError::Quota(e) => {
            tracing::warn!(limit = e.limit, used = e.used, "export refused: quota");
            ApiError::RateLimited {
                message: e.to_string(),
                retry_after: QUOTA_RETRY_AFTER_SECS,
            }
        }
    }
}

/// Whole seconds at or after `t`: rows (stored in whole seconds) are in `[from, to)` exactly
/// when their second is in `[ceil(from), ceil(to))`.
fn ceil_seconds(t: Timestamp) -> i64 {
    t.timestamp() + i64::from(t.timestamp_subsec_nanos() > 0)
}

fn window(from: Timestamp, to: Timestamp) -> ApiResult<(i64, i64)> {
    if from >= to {
        return Err(ApiError::Invalid(format!(
            "from ({}) must be before to ({})",
            from.to_rfc3339(),
            to.to_rfc3339()
        )));
    }
    if to - from > Duration::days(MAX_EXPORT_WINDOW_DAYS) {
        return Err(ApiError::Invalid(format!(
            "the window spans {:.1} days, more than {MAX_EXPORT_WINDOW_DAYS}: export a shorter one",
            (to - from).num_seconds() as f64 / 86_400.0
        )));
    }
    Ok((ceil_seconds(from), ceil_seconds(to)))
}

/// The datasets to write, in order, for a caller of `role` (operator or admin).
fn datasets(kinds: Option<Vec<ExportKind>>, role: Role) -> ApiResult<Vec<Dataset>> {
    let explicit = kinds.is_some();
    let kinds = kinds.unwrap_or_else(|| ALL_KINDS.to_vec());
    if kinds.is_empty() {
        return Err(ApiError::Invalid(
            "kinds must not be empty; omit it to export every kind".into(),
        ));
    }
    let mut datasets = Vec::with_capacity(kinds.len());
    for kind in kinds {
        let dataset = match kind {
            ExportKind::ServerStatistics => Dataset::ServerStatistics,
            ExportKind::UserActivity => Dataset::UserActivity,
            ExportKind::ProtocolPerformance => Dataset::ProtocolPerformance,
            ExportKind::TokenTransactions => Dataset::TokenTransactions,
            ExportKind::Ledger => Dataset::Ledger,
            ExportKind::Withdrawals => Dataset::Withdrawals,
            ExportKind::AuditLog if role == Role::Admin => Dataset::AuditLog,
            ExportKind::AuditLog if explicit => {
                return Err(ApiError::Auth(
                    "AUDIT_LOG is for admins only; leave it out of kinds".into(),
                ));
            }
            ExportKind::AuditLog => continue,
            ExportKind::Alerts => Dataset::Alerts,
        };
        if !datasets.contains(&dataset) {
            datasets.push(dataset);
        }
    }
    Ok(datasets)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn windows_are_validated_and_rounded_up_to_seconds() {
        let from = at("2025-01-01T00:00:00Z");
        assert_eq!(
            window(from, at("2025-01-02T00:00:00Z")).unwrap(),
            (from.timestamp(), from.timestamp() + 86_400)
        );
        assert_eq!(
            window(at("2025-01-01T00:00:00.5Z"), at("2025-01-01T00:00:10.1Z")).unwrap(),
            (from.timestamp() + 1, from.timestamp() + 11)
        );
        for (a, b) in [
            ("2025-01-01T00:00:00Z", "2025-01-01T00:00:00Z"),
            ("2025-01-02T00:00:00Z", "2025-01-01T00:00:00Z"),
            ("2025-01-01T00:00:00Z", "2026-01-02T00:00:01Z"),
        ] {
            assert_eq!(
                window(at(a), at(b)).unwrap_err().code(),
                "VAL_001",
                "{a} {b}"
            );
        }
        // Exactly 366 days is allowed.
        assert!(window(from, at("2026-01-02T00:00:00Z")).is_ok());
    }

    #[test]
    fn kinds_default_to_all_and_audit_log_is_for_admins() {
        assert_eq!(datasets(None, Role::Admin).unwrap().len(), 8);
        let operator = datasets(None, Role::Operator).unwrap();
        assert_eq!(operator.len(), 7);
        assert!(!operator.contains(&Dataset::AuditLog));
        let explicit = datasets(Some(vec![ExportKind::AuditLog]), Role::Operator);
        assert_eq!(explicit.unwrap_err().code(), "AUTH_001");
        assert_eq!(
            datasets(Some(vec![]), Role::Admin).unwrap_err().code(),
            "VAL_001"
        );
        assert_eq!(
            datasets(
                Some(vec![
                    ExportKind::TokenTransactions,
                    ExportKind::ServerStatistics,
                    ExportKind::TokenTransactions
                ]),
                Role::Operator
            )
            .unwrap(),
            [Dataset::TokenTransactions, Dataset::ServerStatistics]
        );
    }
}
