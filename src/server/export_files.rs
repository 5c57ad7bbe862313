//! Export files of `exportDetailedStats`: where they are written, how they are encoded while
//! streaming, how their download URLs are signed, and how they are served and cleaned up.
//!
//! - Files live in one directory (`ServeOptions::export_dir`; by default `exports` beside the
//!   database file, or `vpnmine-exports` in the system temporary directory for `:memory:`).
//!   A file is written under a hidden `.<id>.partial` name and renamed to `<id>` only once it
//!   is complete and synced, so a crash never leaves a partial file under a served name.
//! - A URL is `<base>/exports/<id>?expires=<unix>&sig=<hex>`, where `<base>` is the server's
//!   `--public-url`, or what a trusted proxy forwards, or the bound address (see
//!   `crate::server::origin`), and `sig` is
//!   HMAC-SHA256 over `<id>|<expires>` with the directory's signing key. URLs live
//!   [`URL_TTL_SECS`].
//! - The directory is all that servers sharing exports share (replicas on one PostgreSQL
//!   database, or one server and its next run):
//!   - the signing key is the file `.signing-key` in it, made by the first server to use the
//!     directory ([`shared_key`]), so a URL one server signs is good on every other;
//!   - a completed file has a record beside it (`.<id>.done`: its checksum and row count), so
//!     any server can serve it with the headers its writer would give;
//!   - a file another server is still writing is followed on disk until its record appears
//!     (see [`Writer::Elsewhere`]).
//!
//!   Decision: the key lives with the files, not in the database. The files must be shared for
//!   any server to serve them, so the directory is shared anyway; and whoever can read the key
//!   can already read every file it protects.
//! - A download answers 403 for a missing or wrong signature (including a changed id or
//!   expiry), 410 Gone for an expired URL, 404 for a file no server has (any more).
//! - Files are deleted once they are older than [`URL_TTL_SECS`] (plus a minute of grace), at
//!   start-up and every minute.
//! - The directory has a quota (`--export-quota`, 1 GiB by default): the bytes of its export
//!   files, partial ones included. Every chunk is reserved before it is written, so the
//!   directory never grows past the quota; an export that would is refused (RTE_001: space
//!   comes back as older exports expire) and its partial file removed. An export is refused
//!   before it starts when the directory is already full. The count is taken from the disk at
//!   start-up and again at every clean-up, so files deleted by hand are noticed within a
//!   minute.
//! - A file can also be published while it is written (`streamDetailedStats`,
//!   [`Exports::publish_growing`]): its download follows the writer chunk by chunk (no
//!   `Content-Length`), ends when the file is complete, and is cut off (no last chunk) when
//!   writing fails. Then the same URL answers with the complete file's length, checksum and
//!   row count ([`ROWS_HEADER`]), which the downloader checks what it received against.

use std::cell::Cell;
use std::collections::HashMap;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, SystemTime};

use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, SecondsFormat, Utc};
use hmac::{Hmac, KeyInit, Mac};
use rand::RngExt as _;
use serde::ser::{SerializeMap, Serializer};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt as _, AsyncSeekExt as _, AsyncWriteExt as _};
use tokio::sync::watch;

use super::origin::{LinkPolicy, RequestOrigin};
use super::store::StoreError;
use crate::domain::money::Tokens;
use crate::domain::spreadsheet_safe;

/// How long a download URL is valid.
pub const URL_TTL_SECS: i64 = 3_600;
/// Files are kept this much longer than their URLs, so that none goes before its URL expires.
const FILE_GRACE_SECS: u64 = 60;
/// How often expired files are deleted.
const CLEANUP_EVERY: Duration = Duration::from_secs(60);
/// Encoded bytes are written to the file in chunks of about this size.
const CHUNK_BYTES: usize = 256 * 1024;
const PARTIAL_SUFFIX: &str = ".partial";
pub use crate::domain::export_download::{CHECKSUM_HEADER, ROWS_HEADER};
/// Bytes a download of a growing file reads at a time.
const READ_BYTES: usize = 64 * 1024;
/// The directory's signing key: 32 random bytes, made once (see [`shared_key`]).
const KEY_FILE: &str = ".signing-key";
/// A completed file's record, `.<id>.done`: its [`Completed`] as JSON.
const RECORD_SUFFIX: &str = ".done";
/// How often a download of a file another server writes looks at it again.
const FOLLOW_POLL: Duration = Duration::from_millis(50);
/// A file another server writes that has not grown for this long is given up: its writer is
/// gone (a crash leaves the partial file behind until the clean-up).
const STALLED_AFTER: Duration = Duration::from_secs(120);

type HmacSha256 = Hmac<Sha256>;

/// File formats of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    Csv,
    Json,
}

impl FileFormat {
    fn extension(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Json => "json",
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            Self::Csv => "text/csv; charset=utf-8",
            Self::Json => "application/json",
        }
    }

    fn of_id(id: &str) -> Option<Self> {
        let (stem, extension) = id.split_once('.')?;
        if stem.len() != 32 || !stem.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            return None;
        }
        match extension {
            "csv" => Some(Self::Csv),
            "json" => Some(Self::Json),
            _ => None,
        }
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write the export file: {0}")]
    Io(#[from] io::Error),
    #[error(transparent)]
    Quota(#[from] QuotaExceeded),
}

/// The export directory has no room for more bytes.
#[derive(Debug, Clone, thiserror::Error)]
#[error(
    "the export directory is over its quota of {limit} bytes ({used} in use); older exports \
     expire within an hour, or ask for a shorter window or fewer kinds"
)]
pub struct QuotaExceeded {
    pub limit: u64,
    pub used: u64,
}

/// The bytes in the export directory against its quota. Shared by every writer, so that
/// concurrent exports cannot together pass it.
#[derive(Debug)]
struct Quota {
    /// `None`: unlimited.
    limit: Option<u64>,
    used: Mutex<u64>,
}

impl Quota {
    fn used(&self) -> std::sync::MutexGuard<'_, u64> {
        self.used.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Refuses when the directory is already full.
    fn check_room(&self) -> Result<(), QuotaExceeded> {
        let used = *self.used();
        match self.limit {
            Some(limit) if used >= limit => Err(QuotaExceeded { limit, used }),
            _ => Ok(()),
        }
    }

    /// Counts `bytes` about to be written, or refuses if they would pass the quota.
    fn reserve(&self, bytes: u64) -> Result<(), QuotaExceeded> {
        let mut used = self.used();
        if let Some(limit) = self.limit
            && used.saturating_add(bytes) > limit
        {
            return Err(QuotaExceeded { limit, used: *used });
        }
        *used = used.saturating_add(bytes);
        Ok(())
    }

    /// Bytes that left the directory.
    fn release(&self, bytes: u64) {
        let mut used = self.used();
        *used = used.saturating_sub(bytes);
    }

    fn set(&self, bytes: u64) {
        *self.used() = bytes;
    }
}

impl From<sqlx::Error> for ExportError {
    fn from(e: sqlx::Error) -> Self {
        Self::Store(e.into())
    }
}

/// The columns of an export. A CSV file has `kind` and then all of them, in this order (empty
/// where a kind has no such column); a JSON object has `kind` and its kind's columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Col {
    Id,
    ServerId,
    HostName,
    UserId,
    AccountId,
    Username,
    Protocol,
    Port,
    Enabled,
    Ts,
    StartedAt,
    EndedAt,
    CreatedAt,
    PeriodEnd,
    Cpu,
    Memory,
    NetworkIn,
    NetworkOut,
    Connections,
    LatencyMs,
    ErrorRate,
    DataGb,
    UploadMbps,
    DownloadMbps,
    Rating,
    Sessions,
    AvgLatencyMs,
    EntryType,
    Amount,
    Success,
    Operation,
    TargetIds,
    RequestId,
    Result,
    // LEDGER and WITHDRAWALS (issue #13), after the older columns so that theirs keep their
    // places in a CSV file.
    Seq,
    WithdrawalId,
    Balance,
    Held,
    Fee,
    Net,
    Destination,
    Status,
    PayoutReference,
    Reason,
    DecidedBy,
    UpdatedAt,
    // ALERTS (issue #14), after the older columns for the same reason.
    RuleId,
    RuleName,
    Metric,
    Severity,
    State,
    Value,
    LastValue,
    Threshold,
    Summary,
    ResolvedAt,
    Silenced,
    AckedBy,
    AckedAt,
    AckComment,
    // SERVER_STATISTICS (issue #15): how many samples a row stands for (an hour rolled up by
    // the retention pass holds more than one), after the older columns for the same reason.
    Samples,
}

impl Col {
    pub const ALL: [Col; 61] = [
        Col::Id,
        Col::ServerId,
        Col::HostName,
        Col::UserId,
        Col::AccountId,
        Col::Username,
        Col::Protocol,
        Col::Port,
        Col::Enabled,
        Col::Ts,
        Col::StartedAt,
        Col::EndedAt,
        Col::CreatedAt,
        Col::PeriodEnd,
        Col::Cpu,
        Col::Memory,
        Col::NetworkIn,
        Col::NetworkOut,
        Col::Connections,
        Col::LatencyMs,
        Col::ErrorRate,
        Col::DataGb,
        Col::UploadMbps,
        Col::DownloadMbps,
        Col::Rating,
        Col::Sessions,
        Col::AvgLatencyMs,
        Col::EntryType,
        Col::Amount,
        Col::Success,
        Col::Operation,
        Col::TargetIds,
        Col::RequestId,
        Col::Result,
        Col::Seq,
        Col::WithdrawalId,
        Col::Balance,
        Col::Held,
        Col::Fee,
        Col::Net,
        Col::Destination,
        Col::Status,
        Col::PayoutReference,
        Col::Reason,
        Col::DecidedBy,
        Col::UpdatedAt,
        Col::RuleId,
        Col::RuleName,
        Col::Metric,
        Col::Severity,
        Col::State,
        Col::Value,
        Col::LastValue,
        Col::Threshold,
        Col::Summary,
        Col::ResolvedAt,
        Col::Silenced,
        Col::AckedBy,
        Col::AckedAt,
        Col::AckComment,
        Col::Samples,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Col::Id => "id",
            Col::ServerId => "server_id",
            Col::HostName => "host_name",
            Col::UserId => "user_id",
            Col::AccountId => "account_id",
            Col::Username => "username",
            Col::Protocol => "protocol",
            Col::Port => "port",
            Col::Enabled => "enabled",
            Col::Ts => "ts",
            Col::StartedAt => "started_at",
            Col::EndedAt => "ended_at",
            Col::CreatedAt => "created_at",
            Col::PeriodEnd => "period_end",
            Col::Cpu => "cpu",
            Col::Memory => "memory",
            Col::NetworkIn => "network_in",
            Col::NetworkOut => "network_out",
            Col::Connections => "connections",
            Col::LatencyMs => "latency_ms",
            Col::ErrorRate => "error_rate",
            Col::DataGb => "data_gb",
            Col::UploadMbps => "upload_mbps",
            Col::DownloadMbps => "download_mbps",
            Col::Rating => "rating",
            Col::Sessions => "sessions",
            Col::AvgLatencyMs => "avg_latency_ms",
            Col::EntryType => "entry_type",
            Col::Amount => "amount",
            Col::Success => "success",
            Col::Operation => "operation",
            Col::TargetIds => "target_ids",
            Col::RequestId => "request_id",
            Col::Result => "result",
            Col::Seq => "seq",
            Col::WithdrawalId => "withdrawal_id",
            Col::Balance => "balance",
            Col::Held => "held",
            Col::Fee => "fee",
            Col::Net => "net",
            Col::Destination => "destination",
            Col::Status => "status",
            Col::PayoutReference => "payout_reference",
            Col::Reason => "reason",
            Col::DecidedBy => "decided_by",
            Col::UpdatedAt => "updated_at",
            Col::RuleId => "rule_id",
            Col::RuleName => "rule_name",
            Col::Metric => "metric",
            Col::Severity => "severity",
            Col::State => "state",
            Col::Value => "value",
            Col::LastValue => "last_value",
            Col::Threshold => "threshold",
            Col::Summary => "summary",
            Col::ResolvedAt => "resolved_at",
            Col::Silenced => "silenced",
            Col::AckedBy => "acked_by",
            Col::AckedAt => "acked_at",
            Col::AckComment => "ack_comment",
            Col::Samples => "samples",
        }
    }
}

/// One value of a row.
#[derive(Debug, Clone, Copy)]
pub enum Field<'a> {
    Str(&'a str),
    Int(i64),
    Float(f64),
    /// An exact amount: a plain decimal in CSV (a number to a spreadsheet, never a formula),
    /// a decimal string in JSON (a JSON number would be a double to most readers).
    Tokens(Tokens),
    Bool(bool),
    /// Unix seconds, written as RFC 3339 UTC (`2025-01-31T12:00:00Z`).
    Time(i64),
    Null,
}

impl<'a> Field<'a> {
    pub fn opt_str(value: Option<&'a str>) -> Self {
        value.map_or(Field::Null, Field::Str)
    }
    pub fn opt_int(value: Option<i64>) -> Self {
        value.map_or(Field::Null, Field::Int)
    }
    pub fn opt_float(value: Option<f64>) -> Self {
        value.map_or(Field::Null, Field::Float)
    }
    pub fn opt_time(value: Option<i64>) -> Self {
        value.map_or(Field::Null, Field::Time)
    }
}

/// RFC 3339 UTC with whole seconds, as every timestamp of an export is written.
pub fn rfc3339(seconds: i64) -> Option<String> {
    DateTime::<Utc>::from_timestamp(seconds, 0)
        .map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, true))
}

impl Field<'_> {
    /// The CSV text of the value (empty for null). Text is made safe for spreadsheets (see
    /// [`spreadsheet_safe`]); numbers and booleans are written as they are, so they stay
    /// numbers.
    fn write_csv(self, cell: &mut String) {
        use std::fmt::Write as _;
        let _ = match self {
            Field::Str(s) => {
                cell.push_str(&spreadsheet_safe(s));
                Ok(())
            }
            Field::Int(n) => write!(cell, "{n}"),
            Field::Float(x) if x.is_finite() => write!(cell, "{x}"),
            Field::Tokens(amount) => write!(cell, "{amount}"),
            Field::Bool(b) => write!(cell, "{b}"),
            Field::Time(t) => {
                if let Some(text) = rfc3339(t) {
                    // A year before 0 would start with `-`.
                    cell.push_str(&spreadsheet_safe(&text));
                }
                Ok(())
            }
            Field::Float(_) | Field::Null => Ok(()),
        };
    }
}

impl serde::Serialize for Field<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            Field::Str(v) => s.serialize_str(v),
            Field::Int(n) => s.serialize_i64(n),
            Field::Float(x) if x.is_finite() => s.serialize_f64(x),
            Field::Tokens(amount) => s.collect_str(&amount),
            Field::Bool(b) => s.serialize_bool(b),
            Field::Time(t) => match rfc3339(t) {
                Some(text) => s.serialize_str(&text),
                None => s.serialize_unit(),
            },
            Field::Float(_) | Field::Null => s.serialize_unit(),
        }
    }
}

/// A JSON object of one row: `kind` first, then the row's columns.
struct JsonRow<'a> {
    kind: &'a str,
    fields: &'a [(Col, Field<'a>)],
}

impl serde::Serialize for JsonRow<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.fields.len() + 1))?;
        map.serialize_entry("kind", self.kind)?;
        for (col, field) in self.fields {
            map.serialize_entry(col.name(), field)?;
        }
        map.end()
    }
}

/// Encoded bytes waiting to be written to the file. The CSV writer owns one (it has no
/// `get_mut`), so the bytes are taken out through the `Cell`.
#[derive(Default)]
struct Pending(Cell<Vec<u8>>);

impl io::Write for Pending {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.get_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

enum Encoder {
    /// The CSV writer (with its own buffer) and one reusable cell per column.
    Csv {
        csv: Box<csv::Writer<Pending>>,
        cells: Vec<String>,
    },
    Json(Pending),
}

impl Encoder {
    fn pending(&self) -> &Pending {
        match self {
            Encoder::Csv { csv, .. } => csv.get_ref(),
            Encoder::Json(pending) => pending,
        }
    }
}

/// Removes a partial file unless it was completed: an export that fails (over quota
/// included) or whose request is dropped leaves nothing behind, and its bytes leave the quota.
struct PartialFile {
    path: PathBuf,
    done: bool,
    quota: Arc<Quota>,
    /// Bytes reserved for the file so far.
    reserved: u64,
}

impl Drop for PartialFile {
    fn drop(&mut self) {
        if !self.done && std::fs::remove_file(&self.path).is_ok() {
            self.quota.release(self.reserved);
        }
    }
}

/// Writes one export: rows are encoded into a small buffer that goes to the file in chunks,
/// through SHA-256 and a byte count. Memory does not grow with the number of rows.
pub struct ExportWriter {
    id: String,
    format: FileFormat,
    encoder: Encoder,
    file: tokio::fs::File,
    partial: PartialFile,
    final_path: PathBuf,
    hasher: Sha256,
    size: u64,
    rows: u64,
    /// Tells downloads of the growing file how far it is (see [`Exports::publish_growing`]).
    /// Dropped unfinished, it tells them that the file will not be complete.
    progress: Option<watch::Sender<FileState>>,
}

/// How far a published file is: what a download of a growing file waits on.
#[derive(Debug, Clone)]
enum FileState {
    Writing,
    Complete(Completed),
    /// The writer gave up: over the quota (what to tell the downloader), or another error.
    Failed(Option<QuotaExceeded>),
}

/// What the server knows of a completed file: for the headers of its download. Kept beside
/// the file as its record, for the other servers sharing the directory.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct Completed {
    sha256: String,
    rows: u64,
    /// Bytes: the download's length, and where a download following the file ends.
    size: u64,
}

/// A completed export file.
#[derive(Debug, Clone)]
pub struct ExportedFile {
    pub id: String,
    pub format: FileFormat,
    pub size: u64,
    /// Hex.
    pub sha256: String,
    pub rows: u64,
}

impl ExportWriter {
    /// Writes a row of `kind` with its columns.
    pub fn row(&mut self, kind: &str, fields: &[(Col, Field<'_>)]) -> io::Result<()> {
        match &mut self.encoder {
            Encoder::Csv { csv, cells } => {
                for cell in cells.iter_mut() {
                    cell.clear();
                }
                for (col, field) in fields {
                    field.write_csv(&mut cells[*col as usize]);
                }
                csv.write_record(std::iter::once(kind).chain(cells.iter().map(String::as_str)))
                    .map_err(io::Error::other)?;
            }
            Encoder::Json(pending) => {
                pending
                    .write_all(if self.rows == 0 { b"\n" } else { b",\n" })
                    .and_then(|()| {
                        serde_json::to_writer(&mut *pending, &JsonRow { kind, fields })
                            .map_err(io::Error::other)
                    })?;
            }
        }
        self.rows += 1;
        Ok(())
    }

    /// Writes what is pending to the file once it is a chunk's worth. Call between rows.
    pub async fn drain(&mut self) -> Result<(), ExportError> {
        let drained = self.write_pending(CHUNK_BYTES).await;
        self.tell_failure(drained)
    }

    /// Tells downloads of the growing file why it will not be complete.
    fn tell_failure<T>(&self, result: Result<T, ExportError>) -> Result<T, ExportError> {
        if let (Err(e), Some(progress)) = (&result, &self.progress) {
            let quota = match e {
                ExportError::Quota(quota) => Some(quota.clone()),
                _ => None,
            };
            progress.send_replace(FileState::Failed(quota));
        }
        result
    }

    async fn write_pending(&mut self, at_least: usize) -> Result<(), ExportError> {
        let mut bytes = self.encoder.pending().0.take();
        let result = if bytes.len() >= at_least.max(1) {
            let written = self.write_chunk(&bytes).await;
            bytes.clear();
            written
        } else {
            Ok(())
        };
        self.encoder.pending().0.set(bytes);
        result
    }

    /// Reserves room for a chunk in the quota, then writes it.
    async fn write_chunk(&mut self, bytes: &[u8]) -> Result<(), ExportError> {
        let length = bytes.len() as u64;
        self.partial.quota.reserve(length)?;
        self.partial.reserved += length;
        self.hasher.update(bytes);
        self.size += length;
        self.file.write_all(bytes).await?;
        if let Some(progress) = &self.progress {
            // Wakes the downloads waiting at the end of what was written.
            progress.send_replace(FileState::Writing);
        }
        Ok(())
    }

    pub fn rows(&self) -> u64 {
        self.rows
    }

    /// Completes the file: the rest of the data, synced, then renamed to its served name.
    pub async fn finish(mut self) -> Result<ExportedFile, ExportError> {
        let completed = self.complete().await;
        self.tell_failure(completed)?;
        self.partial.done = true;
        let hasher = std::mem::take(&mut self.hasher);
        let file = ExportedFile {
            id: std::mem::take(&mut self.id),
            format: self.format,
            size: self.size,
            sha256: hex::encode(hasher.finalize()),
            rows: self.rows,
        };
        let dir = self.final_path.parent().unwrap_or(Path::new("."));
        if let Err(e) = write_record(dir, &file.id, &file.completed()).await {
            // Without its record no other server could serve the file: it goes.
            if tokio::fs::remove_file(&self.final_path).await.is_ok() {
                self.partial.quota.release(self.partial.reserved);
            }
            self.tell_failure(Err(ExportError::from(e)))?;
        }
        if let Some(progress) = &self.progress {
            progress.send_replace(FileState::Complete(file.completed()));
        }
        Ok(file)
    }
}

impl ExportWriter {
    /// The rest of the data, synced, then renamed to its served name.
    async fn complete(&mut self) -> Result<(), ExportError> {
        match &mut self.encoder {
            Encoder::Csv { csv, .. } => csv.flush()?,
            Encoder::Json(pending) => pending.write_all(b"\n]\n")?,
        }
        self.write_pending(0).await?;
        self.file.flush().await?;
        self.file.sync_all().await?;
        tokio::fs::rename(&self.partial.path, &self.final_path).await?;
        Ok(())
    }
}

impl ExportedFile {
    fn completed(&self) -> Completed {
        Completed {
            sha256: self.sha256.clone(),
            rows: self.rows,
            size: self.size,
        }
    }
}

/// A file this run has published, complete or being written.
#[derive(Debug, Clone)]
struct Published {
    state: watch::Receiver<FileState>,
    expires: i64,
}

struct Inner {
    dir: PathBuf,
    secret: [u8; 32],
    /// Where download links point.
    links: LinkPolicy,
    quota: Arc<Quota>,
    published: Mutex<HashMap<String, Published>>,
}

/// The export directory, the signing secret and the files published by this run. Cheap to
/// clone.
#[derive(Clone)]
pub struct Exports {
    inner: Arc<Inner>,
}

/// Why a download was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// 403: missing, malformed or wrong signature (a changed id or expiry lands here).
    BadSignature,
    /// 410: the URL's expiry has passed.
    Expired,
}

/// The query of a download URL.
#[derive(Debug, Default, serde::Deserialize)]
pub struct DownloadQuery {
    pub expires: Option<String>,
    pub sig: Option<String>,
}

/// The quota of the export directory when `--export-quota` is not given.
pub const DEFAULT_QUOTA_BYTES: u64 = 1 << 30;

impl Exports {
    /// Exports in `dir` with a fresh random secret, links to the bound address and no quota.
    pub fn new(dir: PathBuf, base_url: String) -> Self {
        Self::with_own_key(dir, LinkPolicy::bound(base_url), None)
    }

    pub fn with_secret(dir: PathBuf, base_url: String, secret: [u8; 32]) -> Self {
        Self::configured(dir, LinkPolicy::bound(base_url), None, secret)
    }

    /// Exports in `dir` whose links follow `links`, within `quota` bytes (`None`: unlimited),
    /// signed with the directory's key (made now if it has none). The files already in `dir`
    /// count against the quota. An error when the key cannot be read or made.
    pub fn with_policy(dir: PathBuf, links: LinkPolicy, quota: Option<u64>) -> io::Result<Self> {
        let secret = shared_key(&dir)?;
        Ok(Self::configured(dir, links, quota, secret))
    }

    /// [`Exports::with_policy`] with a key of this server's own: its links are good on this
    /// server, for this run.
    pub fn with_own_key(dir: PathBuf, links: LinkPolicy, quota: Option<u64>) -> Self {
        Self::configured(dir, links, quota, rand::rng().random())
    }

    fn configured(dir: PathBuf, links: LinkPolicy, quota: Option<u64>, secret: [u8; 32]) -> Self {
        let used = export_bytes_in(&dir).unwrap_or(0);
        Self {
            inner: Arc::new(Inner {
                dir,
                secret,
                links,
                quota: Arc::new(Quota {
                    limit: quota,
                    used: Mutex::new(used),
                }),
                published: Mutex::default(),
            }),
        }
    }

    /// Where exports go when not told: `exports` beside the SQLite database file, or
    /// `vpnmine-exports` in the system temporary directory for an in-memory database and for
    /// one on PostgreSQL (`None`).
    pub fn default_dir(db: Option<&str>) -> PathBuf {
        let Some(db) = db.filter(|db| *db != super::store::IN_MEMORY) else {
            return std::env::temp_dir().join("vpnmine-exports");
        };
        Path::new(db)
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .join("exports")
    }

    pub fn dir(&self) -> &Path {
        &self.inner.dir
    }

    pub fn links(&self) -> &LinkPolicy {
        &self.inner.links
    }

    /// Bytes of export files in the directory, as the quota counts them.
    pub fn used_bytes(&self) -> u64 {
        *self.inner.quota.used()
    }

    fn mac(&self, id: &str, expires: &str) -> HmacSha256 {
        let mut mac =
            HmacSha256::new_from_slice(&self.inner.secret).expect("HMAC takes keys of any size");
        mac.update(id.as_bytes());
        mac.update(b"|");
        mac.update(expires.as_bytes());
        mac
    }

    /// The hex signature of a file id and expiry (unix seconds).
    pub fn sign(&self, id: &str, expires: i64) -> String {
        hex::encode(self.mac(id, &expires.to_string()).finalize().into_bytes())
    }

    /// Checks a URL's signature (in constant time) and then its expiry. The signature covers
    /// the expiry exactly as written in the URL.
    pub fn verify(
        &self,
        id: &str,
        expires: Option<&str>,
        sig: Option<&str>,
        now: i64,
    ) -> Result<(), Refusal> {
        let (Some(expires), Some(sig)) = (expires, sig) else {
            return Err(Refusal::BadSignature);
        };
        let sig = hex::decode(sig).map_err(|_| Refusal::BadSignature)?;
        self.mac(id, expires)
            .verify_slice(&sig)
            .map_err(|_| Refusal::BadSignature)?;
        let expires: i64 = expires.parse().map_err(|_| Refusal::BadSignature)?;
        if now > expires {
            return Err(Refusal::Expired);
        }
        Ok(())
    }

    /// Starts a new export file in the export directory (created if needed); refused when the
    /// directory is already at its quota.
    pub async fn create(&self, format: FileFormat) -> Result<ExportWriter, ExportError> {
        self.inner.quota.check_room()?;
        let dir = self.inner.dir.clone();
        tokio::task::spawn_blocking(move || create_private_dir(&dir))
            .await
            .map_err(io::Error::other)??;
        let random: [u8; 16] = rand::rng().random();
        let id = format!("{}.{}", hex::encode(random), format.extension());
        let final_path = self.inner.dir.join(&id);
        let partial_path = partial_path(&self.inner.dir, &id);
        let file = tokio::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&partial_path)
            .await?;
        let partial = PartialFile {
            path: partial_path,
            done: false,
            quota: Arc::clone(&self.inner.quota),
            reserved: 0,
        };
        let encoder = match format {
            FileFormat::Csv => {
                let mut csv = csv::Writer::from_writer(Pending::default());
                csv.write_record(std::iter::once("kind").chain(Col::ALL.iter().map(|c| c.name())))
                    .map_err(io::Error::other)?;
                Encoder::Csv {
                    csv: Box::new(csv),
                    cells: vec![String::new(); Col::ALL.len()],
                }
            }
            FileFormat::Json => {
                let mut pending = Pending::default();
                pending.write_all(b"[")?;
                Encoder::Json(pending)
            }
        };
        Ok(ExportWriter {
            id,
            format,
            encoder,
            file,
            partial,
            final_path,
            hasher: Sha256::new(),
            size: 0,
            rows: 0,
            progress: None,
        })
    }

    /// Makes a completed file downloadable until `expires` and returns its signed URL, whose
    /// base the link policy chooses (`origin`: what the request's headers say).
    pub fn publish(
        &self,
        file: &ExportedFile,
        expires: i64,
        origin: Option<&RequestOrigin>,
    ) -> String {
        // A receiver keeps the last state once its sender is gone.
        let (_, state) = watch::channel(FileState::Complete(file.completed()));
        self.signed_url(&file.id, state, expires, origin)
    }

    /// Makes the file `writer` is writing downloadable at once, until `expires`, and returns
    /// its signed URL: downloads follow the writer until [`ExportWriter::finish`] (see the
    /// module's notes).
    pub fn publish_growing(
        &self,
        writer: &mut ExportWriter,
        expires: i64,
        origin: Option<&RequestOrigin>,
    ) -> String {
        let (progress, state) = watch::channel(FileState::Writing);
        writer.progress = Some(progress);
        self.signed_url(&writer.id, state, expires, origin)
    }

    fn signed_url(
        &self,
        id: &str,
        state: watch::Receiver<FileState>,
        expires: i64,
        origin: Option<&RequestOrigin>,
    ) -> String {
        self.inner
            .published
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(id.to_string(), Published { state, expires });
        let base = self.inner.links.base_for(origin);
        format!(
            "{base}/exports/{id}?expires={expires}&sig={}",
            self.sign(id, expires)
        )
    }

    /// Answers `GET /exports/{id}`: checks the URL, then streams the file.
    pub async fn download(&self, id: &str, query: &DownloadQuery) -> Response {
        let now = Utc::now().timestamp();
        match self.verify(id, query.expires.as_deref(), query.sig.as_deref(), now) {
            Err(Refusal::BadSignature) => {
                return (StatusCode::FORBIDDEN, "invalid or missing signature\n").into_response();
            }
            Err(Refusal::Expired) => {
                return (StatusCode::GONE, "this download link has expired\n").into_response();
            }
            Ok(()) => {}
        }
        let Some(format) = FileFormat::of_id(id) else {
            return not_found();
        };
        let published = self
            .inner
            .published
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(id)
            .cloned();
        let Some(published) = published else {
            // Published by another server sharing the directory, or by an earlier run.
            return match read_record(&self.inner.dir, id).await {
                Ok(Some(completed)) => self.complete_file(id, format, completed).await,
                Ok(None) => {
                    let writer = Writer::Elsewhere {
                        dir: self.inner.dir.clone(),
                        id: id.to_string(),
                        recorded_size: None,
                        seen_size: 0,
                        grew_at: std::time::Instant::now(),
                    };
                    self.follow(id, format, writer).await
                }
                Err(e) => unreadable(&e, id, "cannot read the export's record"),
            };
        };
        let state = published.state.borrow().clone();
        let completed = match state {
            FileState::Complete(completed) => completed,
            // The writer is gone without finishing: it failed.
            FileState::Writing if published.state.has_changed().is_err() => {
                return failed(None);
            }
            FileState::Writing => {
                return self.follow(id, format, Writer::Here(published.state)).await;
            }
            FileState::Failed(quota) => return failed(quota),
        };
        self.complete_file(id, format, completed).await
    }

    /// The download of a completed file, with its length, checksum and row count.
    async fn complete_file(&self, id: &str, format: FileFormat, completed: Completed) -> Response {
        let file = match tokio::fs::File::open(self.inner.dir.join(id)).await {
            Ok(file) => file,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return not_found(),
            Err(e) => return unreadable(&e, id, "cannot open export"),
        };
        // The recorded length, not this server's view of the file: a download of a file that
        // reads short here (a network filesystem's stale view) then fails instead of ending as
        // if whole.
        let length = completed.size;
        let body = Body::from_stream(tokio_util::io::ReaderStream::new(file));
        let mut response = file_response(id, format, body);
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
        if let Ok(value) = HeaderValue::from_str(&completed.sha256) {
            headers.insert(CHECKSUM_HEADER, value);
        }
        headers.insert(ROWS_HEADER, HeaderValue::from(completed.rows));
        response
    }

    /// The download of a file being written: its bytes as the writer writes them, ending when
    /// the file is complete, cut off when the writer gives up.
    async fn follow(&self, id: &str, format: FileFormat, writer: Writer) -> Response {
        let file = match open_growing(&self.inner.dir, id).await {
            Ok(file) => file,
            // Neither name: the writer failed and removed its file.
            Err(e) if e.kind() == io::ErrorKind::NotFound => return not_found(),
            Err(e) => return unreadable(&e, id, "cannot open export"),
        };
        let chunks = futures_util::stream::unfold(
            Some((file, writer, 0_u64, vec![0; READ_BYTES])),
            |following| async move {
                let (mut file, mut writer, mut sent, mut buf) = following?;
                loop {
                    // Looked at before reading: complete, then at the end, is the end.
                    let complete = match writer.complete(sent) {
                        Ok(complete) => complete,
                        Err(e) => return Some((Err(e), None)),
                    };
                    match file.read(&mut buf).await {
                        Ok(0) if complete => return None,
                        Ok(0) => {
                            if let Err(e) = writer.wait(&mut file, sent).await {
                                return Some((Err(e), None));
                            }
                        }
                        Ok(n) => {
                            sent += n as u64;
                            let bytes = axum::body::Bytes::copy_from_slice(&buf[..n]);
                            return Some((Ok(bytes), Some((file, writer, sent, buf))));
                        }
                        Err(e) => return Some((Err(e), None)),
                    }
                }
            },
        );
        file_response(id, format, Body::from_stream(chunks))
    }

    /// Deletes expired export files (of any run) and forgets expired URLs. Returns how many
    /// files went.
    pub fn remove_expired(&self, now: SystemTime) -> io::Result<usize> {
        let unix = now
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        self.inner
            .published
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .retain(|_, p| p.expires >= unix);
        let entries = match std::fs::read_dir(&self.inner.dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(e),
        };
        let keep = Duration::from_secs(URL_TTL_SECS as u64 + FILE_GRACE_SECS);
        let mut removed = 0;
        let mut kept_bytes = 0;
        for entry in entries {
            let entry = entry?;
            let Some(kind) = entry_kind(&entry.file_name()) else {
                continue;
            };
            let Ok(meta) = entry.metadata() else {
                continue;
            };
            let expired = meta
                .modified()
                .is_ok_and(|modified| now.duration_since(modified).is_ok_and(|age| age > keep));
            let is_file = kind == Entry::File;
            // Gone already counts as removed: another server sharing the directory cleaned up.
            let gone = expired
                && std::fs::remove_file(entry.path())
                    .or_else(|e| match e.kind() {
                        io::ErrorKind::NotFound => Ok(()),
                        _ => Err(e),
                    })
                    .is_ok();
            if gone {
                removed += usize::from(is_file);
            } else if is_file {
                kept_bytes += meta.len();
            }
        }
        // What is on disk now: notices files deleted by hand. A chunk reserved but not yet
        // written by a running export is missed until the next clean-up (at most one chunk
        // per export).
        self.inner.quota.set(kept_bytes);
        Ok(removed)
    }

    /// Deletes expired files now and then every minute, for as long as `self` is in use.
    pub fn spawn_cleanup(&self) {
        let exports: Weak<Inner> = Arc::downgrade(&self.inner);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(CLEANUP_EVERY);
            loop {
                tick.tick().await;
                let Some(inner) = exports.upgrade() else {
                    break;
                };
                let exports = Exports { inner };
                let result =
                    tokio::task::spawn_blocking(move || exports.remove_expired(SystemTime::now()))
                        .await;
                match result {
                    Ok(Ok(0)) => {}
                    Ok(Ok(n)) => tracing::info!(files = n, "deleted expired exports"),
                    Ok(Err(e)) => tracing::warn!(error = %e, "cleaning up exports failed"),
                    Err(e) => tracing::warn!(error = %e, "cleaning up exports failed"),
                }
            }
        });
    }
}

/// What a download of a growing file learns of its writer.
enum Writer {
    /// This server: it tells of every chunk written, and of the end.
    Here(watch::Receiver<FileState>),
    /// Another server sharing the directory: at the end of what is written, the file is opened
    /// again every [`FOLLOW_POLL`]. Its record says it is complete and how long it is; neither
    /// of its names, or [`STALLED_AFTER`] without growing, says its writer gave up.
    Elsewhere {
        dir: PathBuf,
        id: String,
        /// The recorded length, once the record is there.
        recorded_size: Option<u64>,
        /// The file's length when last opened, and when (by this server's clock) it last grew.
        seen_size: u64,
        grew_at: std::time::Instant,
    },
}

impl Writer {
    /// Whether the file is complete, so that its end is the download's end (`sent`: bytes sent
    /// so far); an error when its writer gave up.
    fn complete(&mut self, sent: u64) -> io::Result<bool> {
        match self {
            Writer::Here(state) => match &*state.borrow_and_update() {
                FileState::Complete(_) => Ok(true),
                FileState::Writing => Ok(false),
                FileState::Failed(_) => Err(gave_up()),
            },
            Writer::Elsewhere { recorded_size, .. } => {
                Ok(recorded_size.is_some_and(|size| sent >= size))
            }
        }
    }

    /// Waits until the file that `file` reads (`sent` bytes into it) may have grown; an error
    /// when its writer gave up.
    async fn wait(&mut self, file: &mut tokio::fs::File, sent: u64) -> io::Result<()> {
        match self {
            Writer::Here(state) => {
                let gone = state.changed().await.is_err()
                    && !matches!(*state.borrow(), FileState::Complete(_));
                if gone { Err(gave_up()) } else { Ok(()) }
            }
            Writer::Elsewhere {
                dir,
                id,
                recorded_size,
                seen_size,
                grew_at,
            } => {
                tokio::time::sleep(FOLLOW_POLL).await;
                if recorded_size.is_none() {
                    *recorded_size = read_record(dir, id).await?.map(|c| c.size);
                }
                // Opened again, not read on: on a network filesystem an open sees what the
                // writer has written (close-to-open), a handle kept open may not yet.
                let mut opened = open_growing(dir, id).await.map_err(|e| match e.kind() {
                    io::ErrorKind::NotFound => gave_up(),
                    _ => e,
                })?;
                let size = opened.metadata().await?.len();
                if size > *seen_size {
                    (*seen_size, *grew_at) = (size, std::time::Instant::now());
                } else if grew_at.elapsed() > STALLED_AFTER {
                    return Err(gave_up());
                }
                opened.seek(io::SeekFrom::Start(sent)).await?;
                *file = opened;
                Ok(())
            }
        }
    }
}

/// The file `id`, under its partial name while it is written, or its served name once complete
/// (it may have completed since the caller looked); NotFound under neither: its writer gave up.
async fn open_growing(dir: &Path, id: &str) -> io::Result<tokio::fs::File> {
    match tokio::fs::File::open(partial_path(dir, id)).await {
        Err(e) if e.kind() == io::ErrorKind::NotFound => tokio::fs::File::open(dir.join(id)).await,
        opened => opened,
    }
}

/// Where the file `id` is written until it is complete.
fn partial_path(dir: &Path, id: &str) -> PathBuf {
    dir.join(format!(".{id}{PARTIAL_SUFFIX}"))
}

fn record_path(dir: &Path, id: &str) -> PathBuf {
    dir.join(format!(".{id}{RECORD_SUFFIX}"))
}

/// Records a completed file for the other servers sharing the directory: written whole and
/// synced under a draft name, then renamed, so a record is either there whole or not at all.
async fn write_record(dir: &Path, id: &str, completed: &Completed) -> io::Result<()> {
    let json = serde_json::to_vec(completed).map_err(io::Error::other)?;
    let path = record_path(dir, id);
    let mut draft = path.clone().into_os_string();
    draft.push(PARTIAL_SUFFIX);
    let mut file = tokio::fs::File::create(&draft).await?;
    file.write_all(&json).await?;
    file.sync_all().await?;
    tokio::fs::rename(&draft, &path).await
}

/// The record of a completed file; `None` when there is none (yet).
async fn read_record(dir: &Path, id: &str) -> io::Result<Option<Completed>> {
    match tokio::fs::read(record_path(dir, id)).await {
        Ok(json) => serde_json::from_slice(&json)
            .map(Some)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// The signing key of the export directory `dir`, made by the first server to use it: every
/// server sharing the directory (replicas, and the next run) signs and verifies links alike.
fn shared_key(dir: &Path) -> io::Result<[u8; 32]> {
    create_private_dir(dir)?;
    let path = dir.join(KEY_FILE);
    match read_key(&path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        read => return read,
    }
    // Written whole under a name of its own, then linked to the key's name: nobody reads a
    // half-written key, and a link (unlike a rename) never replaces the key another server
    // made meanwhile.
    let draft = dir.join(format!(
        "{KEY_FILE}.{}",
        hex::encode(rand::rng().random::<[u8; 8]>())
    ));
    let key: [u8; 32] = rand::rng().random();
    let written = write_private(&draft, &key).and_then(|()| std::fs::hard_link(&draft, &path));
    let _ = std::fs::remove_file(&draft);
    match written {
        Err(e) if e.kind() != io::ErrorKind::AlreadyExists => Err(e),
        _ => read_key(&path),
    }
}

fn read_key(path: &Path) -> io::Result<[u8; 32]> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(path)?.permissions().mode();
        if mode & 0o077 != 0 {
            return Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                format!(
                    "{} may be read by other users (mode {:o}): stop every server sharing \
                     the directory, then remove it to make a new key",
                    path.display(),
                    mode & 0o777
                ),
            ));
        }
    }
    std::fs::read(path)?.try_into().map_err(|_| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("{} is not a signing key (32 bytes)", path.display()),
        )
    })
}

/// A new file with `bytes`, readable by its owner only where that can be said.
fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// What a download of a file that failed answers: 429 over the quota (retry later), else 500.
fn failed(quota: Option<QuotaExceeded>) -> Response {
    match quota {
        Some(quota) => (StatusCode::TOO_MANY_REQUESTS, format!("{quota}\n")).into_response(),
        None => (
            StatusCode::INTERNAL_SERVER_ERROR,
            "the export could not be written; try again later\n",
        )
            .into_response(),
    }
}

fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "no such export\n").into_response()
}

/// What a download answers when the file is there but cannot be read: logged, and a 500.
fn unreadable(e: &io::Error, id: &str, what: &str) -> Response {
    tracing::error!(error = %e, id, "{what}");
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        "cannot read the export\n",
    )
        .into_response()
}

/// What cuts off the download of a file whose writer gave up.
fn gave_up() -> io::Error {
    io::Error::other("the export failed while it was written")
}

/// A download of export `id`: its type and name, never cached.
fn file_response(id: &str, format: FileFormat, body: Body) -> Response {
    let mut response = (StatusCode::OK, body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"vpnmine-{id}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// What an entry of the export directory is to the clean-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    /// An export file, complete or partial, of any server or run: it counts against the quota.
    File,
    /// A completed file's record (or its draft): it goes when its file goes.
    Record,
}

fn entry_kind(name: &std::ffi::OsStr) -> Option<Entry> {
    let name = name.to_str()?;
    let is_id = |n: &str| FileFormat::of_id(n).is_some();
    let hidden = name.strip_prefix('.');
    if is_id(name)
        || hidden
            .and_then(|n| n.strip_suffix(PARTIAL_SUFFIX))
            .is_some_and(is_id)
    {
        Some(Entry::File)
    } else if hidden
        .map(|n| n.strip_suffix(PARTIAL_SUFFIX).unwrap_or(n))
        .and_then(|n| n.strip_suffix(RECORD_SUFFIX))
        .is_some_and(is_id)
    {
        Some(Entry::Record)
    } else {
        None
    }
}

/// The bytes of the export files in `dir` (0 when it does not exist yet).
fn export_bytes_in(dir: &Path) -> io::Result<u64> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e),
    };
    let mut total = 0;
    for entry in entries {
        let entry = entry?;
        if entry_kind(&entry.file_name()) == Some(Entry::File) {
            total += entry.metadata().map_or(0, |m| m.len());
        }
    }
    Ok(total)
}

/// Creates the export directory, readable by its owner only where that can be said.
fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exports(dir: &Path) -> Exports {
        Exports::with_secret(dir.to_path_buf(), "http://127.0.0.1:1".into(), [7; 32])
    }

    const ID: &str = "0123456789abcdef0123456789abcdef.csv";

    #[test]
    fn signatures_verify_and_refuse_tampering() {
        let dir = tempfile::tempdir().unwrap();
        let e = exports(dir.path());
        let now = 1_700_000_000;
        let expires = now + URL_TTL_SECS;
        let sig = e.sign(ID, expires);
        let exp = expires.to_string();
        assert_eq!(sig.len(), 64);
        assert_eq!(e.verify(ID, Some(&exp), Some(&sig), now), Ok(()));
        // Valid up to and including the second of expiry.
        assert_eq!(e.verify(ID, Some(&exp), Some(&sig), expires), Ok(()));

        // A tampered id.
        let other = ID.replacen('0', "1", 1);
        assert_eq!(
            e.verify(&other, Some(&exp), Some(&sig), now),
            Err(Refusal::BadSignature)
        );
        // A tampered expiry, later or written differently.
        let later = (expires + 3600).to_string();
        assert_eq!(
            e.verify(ID, Some(&later), Some(&sig), now),
            Err(Refusal::BadSignature)
        );
        let padded = format!("0{exp}");
        assert_eq!(
            e.verify(ID, Some(&padded), Some(&sig), now),
            Err(Refusal::BadSignature)
        );
        // A tampered, truncated, non-hex or missing signature.
        let mut flipped = sig.clone().into_bytes();
        flipped[10] = if flipped[10] == b'a' { b'b' } else { b'a' };
        let flipped = String::from_utf8(flipped).unwrap();
        for bad in [flipped.as_str(), &sig[..62], "zz", ""] {
            assert_eq!(
                e.verify(ID, Some(&exp), Some(bad), now),
                Err(Refusal::BadSignature),
                "{bad}"
            );
        }
        assert_eq!(
            e.verify(ID, Some(&exp), None, now),
            Err(Refusal::BadSignature)
        );
        assert_eq!(
            e.verify(ID, None, Some(&sig), now),
            Err(Refusal::BadSignature)
        );
        // Another server's secret.
        let stranger = Exports::with_secret(dir.path().into(), String::new(), [8; 32]);
        assert_eq!(
            stranger.verify(ID, Some(&exp), Some(&sig), now),
            Err(Refusal::BadSignature)
        );
        // Expired: a correct signature, one second too late.
        assert_eq!(
            e.verify(ID, Some(&exp), Some(&sig), expires + 1),
            Err(Refusal::Expired)
        );
    }

    #[test]
    fn file_ids_are_strict() {
        assert_eq!(FileFormat::of_id(ID), Some(FileFormat::Csv));
        assert_eq!(
            FileFormat::of_id("0123456789abcdef0123456789abcdef.json"),
            Some(FileFormat::Json)
        );
        for bad in [
            "../etc/passwd",
            "0123456789ABCDEF0123456789abcdef.csv",
            "0123456789abcdef0123456789abcde.csv",
            "0123456789abcdef0123456789abcdef.txt",
            "0123456789abcdef0123456789abcdef.csv.partial",
        ] {
            assert_eq!(FileFormat::of_id(bad), None, "{bad}");
        }
    }

    async fn write(e: &Exports, format: FileFormat) -> ExportedFile {
        let mut w = e.create(format).await.unwrap();
        w.row(
            "A",
            &[
                (Col::ServerId, Field::Str("srv-1, \"quoted\"")),
                (Col::Ts, Field::Time(0)),
                (Col::Cpu, Field::Float(12.5)),
                (Col::Rating, Field::Null),
                (Col::Enabled, Field::Bool(true)),
            ],
        )
        .unwrap();
        w.drain().await.unwrap();
        w.row("B", &[(Col::Port, Field::Int(443))]).unwrap();
        w.finish().await.unwrap()
    }

    #[tokio::test]
    async fn files_are_complete_hashed_and_valid() {
        let dir = tempfile::tempdir().unwrap();
        let e = exports(dir.path());

        let csv_file = write(&e, FileFormat::Csv).await;
        let bytes = std::fs::read(dir.path().join(&csv_file.id)).unwrap();
        assert_eq!(csv_file.rows, 2);
        assert_eq!(csv_file.size, bytes.len() as u64);
        assert_eq!(csv_file.sha256, hex::encode(Sha256::digest(&bytes)));
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        let headers = reader.headers().unwrap().clone();
        assert_eq!(headers.len(), Col::ALL.len() + 1);
        assert_eq!(&headers[0], "kind");
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
        assert_eq!(&records[0][0], "A");
        assert_eq!(&records[0][column("server_id")], "srv-1, \"quoted\"");
        assert_eq!(&records[0][column("ts")], "1970-01-01T00:00:00Z");
        assert_eq!(&records[0][column("cpu")], "12.5");
        assert_eq!(&records[0][column("rating")], "");
        assert_eq!(&records[0][column("enabled")], "true");
        assert_eq!(&records[1][column("port")], "443");
        assert_eq!(&records[1][column("server_id")], "");

        let json_file = write(&e, FileFormat::Json).await;
        let bytes = std::fs::read(dir.path().join(&json_file.id)).unwrap();
        assert_eq!(json_file.size, bytes.len() as u64);
        let rows: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(
            rows,
            serde_json::json!([
                { "kind": "A", "server_id": "srv-1, \"quoted\"", "ts": "1970-01-01T00:00:00Z",
                  "cpu": 12.5, "rating": null, "enabled": true },
                { "kind": "B", "port": 443 }
            ])
        );

        // An empty export is still valid JSON; nothing partial is left behind.
        let empty = e
            .create(FileFormat::Json)
            .await
            .unwrap()
            .finish()
            .await
            .unwrap();
        let bytes = std::fs::read(dir.path().join(&empty.id)).unwrap();
        assert_eq!(
            serde_json::from_slice::<Vec<serde_json::Value>>(&bytes)
                .unwrap()
                .len(),
            0
        );
        let abandoned = e.create(FileFormat::Csv).await.unwrap();
        drop(abandoned);
        let (_, names) = dir_bytes(dir.path());
        assert_eq!(names.len(), 3, "{names:?}");
        assert!(names.iter().all(|n| !n.ends_with(PARTIAL_SUFFIX)));
    }

    #[tokio::test]
    async fn downloads_check_the_url_then_stream_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let e = exports(dir.path());
        let file = write(&e, FileFormat::Csv).await;
        let now = Utc::now().timestamp();
        let url = e.publish(&file, now + URL_TTL_SECS, None);
        assert!(url.starts_with(&format!("http://127.0.0.1:1/exports/{}?expires=", file.id)));
        let query = |expires: i64| DownloadQuery {
            expires: Some(expires.to_string()),
            sig: Some(e.sign(&file.id, expires)),
        };

        let ok = e.download(&file.id, &query(now + URL_TTL_SECS)).await;
        assert_eq!(ok.status(), StatusCode::OK);
        assert_eq!(ok.headers()[header::CONTENT_LENGTH], file.size.to_string());
        assert_eq!(ok.headers()[CHECKSUM_HEADER], file.sha256.as_str());
        assert_eq!(
            ok.headers()[header::CONTENT_TYPE],
            "text/csv; charset=utf-8"
        );

        let expired = e.download(&file.id, &query(now - 1)).await;
        assert_eq!(expired.status(), StatusCode::GONE);
        let unsigned = e.download(&file.id, &DownloadQuery::default()).await;
        assert_eq!(unsigned.status(), StatusCode::FORBIDDEN);
        // Correctly signed, but not a file of this run.
        let unknown = "ffffffffffffffffffffffffffffffff.csv";
        let signed = DownloadQuery {
            expires: Some((now + 60).to_string()),
            sig: Some(e.sign(unknown, now + 60)),
        };
        assert_eq!(
            e.download(unknown, &signed).await.status(),
            StatusCode::NOT_FOUND
        );
        // Gone from disk.
        std::fs::remove_file(dir.path().join(&file.id)).unwrap();
        let gone = e.download(&file.id, &query(now + URL_TTL_SECS)).await;
        assert_eq!(gone.status(), StatusCode::NOT_FOUND);
    }

    /// `rows` rows, each drained: a chunk goes to the file whenever one is full.
    async fn write_rows(w: &mut ExportWriter, rows: usize) -> Result<(), ExportError> {
        for i in 0..rows {
            let server = format!("srv-{i}");
            w.row(
                "A",
                &[
                    (Col::ServerId, Field::Str(&server)),
                    (Col::Cpu, Field::Float(i as f64 / 8.0)),
                ],
            )?;
            w.drain().await?;
        }
        Ok(())
    }

    fn signed(e: &Exports, id: &str) -> DownloadQuery {
        let expires = Utc::now().timestamp() + URL_TTL_SECS;
        DownloadQuery {
            expires: Some(expires.to_string()),
            sig: Some(e.sign(id, expires)),
        }
    }

    #[tokio::test]
    async fn a_download_of_a_growing_file_is_the_finished_file() {
        let dir = tempfile::tempdir().unwrap();
        let e = exports(dir.path());
        let mut w = e.create(FileFormat::Csv).await.unwrap();
        let url = e.publish_growing(&mut w, Utc::now().timestamp() + URL_TTL_SECS, None);
        let id = w.id.clone();
        assert!(url.contains(&format!("/exports/{id}?expires=")), "{url}");
        let query = signed(&e, &id);
        write_rows(&mut w, 5_000).await.unwrap();

        // Started while the file is written: no length yet, nor a checksum.
        let growing = e.download(&id, &query).await;
        assert_eq!(growing.status(), StatusCode::OK);
        assert!(growing.headers().get(header::CONTENT_LENGTH).is_none());
        assert!(growing.headers().get(CHECKSUM_HEADER).is_none());
        let reading = tokio::spawn(axum::body::to_bytes(growing.into_body(), usize::MAX));
        write_rows(&mut w, 40_000).await.unwrap();
        let file = w.finish().await.unwrap();
        let body = reading.await.unwrap().unwrap();

        let on_disk = std::fs::read(dir.path().join(&file.id)).unwrap();
        assert!(body.len() > 3 * CHUNK_BYTES, "{} bytes", body.len());
        assert!(body == on_disk, "the download differs from the file");
        assert_eq!(hex::encode(Sha256::digest(&body)), file.sha256);
        assert_eq!(file.rows, 45_000);

        // Then the same URL answers with the complete file's length, checksum and rows.
        let complete = e.download(&id, &query).await;
        assert_eq!(complete.status(), StatusCode::OK);
        let headers = complete.headers();
        assert_eq!(headers[header::CONTENT_LENGTH], file.size.to_string());
        assert_eq!(headers[CHECKSUM_HEADER], file.sha256.as_str());
        assert_eq!(headers[ROWS_HEADER], "45000");
    }

    #[tokio::test]
    async fn a_download_of_a_file_whose_writer_gives_up_is_cut_off() {
        let dir = tempfile::tempdir().unwrap();
        let quota = 2 * CHUNK_BYTES as u64;
        let links = LinkPolicy::bound("http://127.0.0.1:1".into());
        let e = Exports::with_policy(dir.path().to_path_buf(), links, Some(quota)).unwrap();

        // Over the quota midway: the download is cut off, then the URL says why.
        let mut w = e.create(FileFormat::Csv).await.unwrap();
        e.publish_growing(&mut w, Utc::now().timestamp() + URL_TTL_SECS, None);
        let id = w.id.clone();
        let query = signed(&e, &id);
        let growing = e.download(&id, &query).await;
        assert_eq!(growing.status(), StatusCode::OK);
        let reading = tokio::spawn(axum::body::to_bytes(growing.into_body(), usize::MAX));
        let refused = write_rows(&mut w, 1_000_000).await;
        assert!(matches!(refused, Err(ExportError::Quota(_))), "{refused:?}");
        drop(w);
        assert!(
            reading.await.unwrap().is_err(),
            "the download ended as if complete"
        );
        let why = e.download(&id, &query).await;
        assert_eq!(why.status(), StatusCode::TOO_MANY_REQUESTS);
        let text = axum::body::to_bytes(why.into_body(), usize::MAX)
            .await
            .unwrap();
        assert!(String::from_utf8_lossy(&text).contains("quota"));

        // A writer dropped unfinished (the database failed): cut off, then a 500.
        let mut w = e.create(FileFormat::Json).await.unwrap();
        e.publish_growing(&mut w, Utc::now().timestamp() + URL_TTL_SECS, None);
        let id = w.id.clone();
        let query = signed(&e, &id);
        write_rows(&mut w, 10).await.unwrap();
        let growing = e.download(&id, &query).await;
        let reading = tokio::spawn(axum::body::to_bytes(growing.into_body(), usize::MAX));
        drop(w);
        assert!(
            reading.await.unwrap().is_err(),
            "the download ended as if complete"
        );
        assert_eq!(
            e.download(&id, &query).await.status(),
            StatusCode::INTERNAL_SERVER_ERROR
        );
        // Neither partial file is left.
        assert_eq!(dir_bytes(dir.path()), (0, vec![]));
    }

    #[tokio::test]
    async fn cleanup_deletes_only_expired_export_files() {
        let dir = tempfile::tempdir().unwrap();
        let e = exports(dir.path());
        let file = write(&e, FileFormat::Json).await;
        std::fs::write(dir.path().join("notes.txt"), "not an export").unwrap();
        let now = SystemTime::now();
        assert_eq!(e.remove_expired(now).unwrap(), 0);
        let later = now + Duration::from_secs(URL_TTL_SECS as u64 + FILE_GRACE_SECS + 1);
        assert_eq!(e.remove_expired(later).unwrap(), 1);
        assert!(!dir.path().join(&file.id).exists());
        assert!(
            !record_path(dir.path(), &file.id).exists(),
            "its record went with it"
        );
        assert!(dir.path().join("notes.txt").exists());
        // A missing directory is nothing to clean.
        let missing = exports(&dir.path().join("missing"));
        assert_eq!(missing.remove_expired(later).unwrap(), 0);
    }

    /// The bytes and names of the export files in `dir` (not their records, nor the key).
    fn dir_bytes(dir: &Path) -> (u64, Vec<String>) {
        let mut total = 0;
        let mut names = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let entry = entry.unwrap();
            if entry_kind(&entry.file_name()) != Some(Entry::File) {
                continue;
            }
            total += entry.metadata().unwrap().len();
            names.push(entry.file_name().into_string().unwrap());
        }
        (total, names)
    }

    /// Writes rows of about 1 KiB until the export completes or fails.
    async fn export_of(e: &Exports, rows: usize) -> Result<ExportedFile, ExportError> {
        let text = "x".repeat(1_000);
        let mut w = e.create(FileFormat::Csv).await?;
        for _ in 0..rows {
            w.row("A", &[(Col::HostName, Field::Str(&text))])?;
            w.drain().await?;
        }
        w.finish().await
    }

    #[tokio::test]
    async fn the_quota_refuses_exports_and_keeps_the_directory_within_it() {
        let dir = tempfile::tempdir().unwrap();
        let quota = 3 * CHUNK_BYTES as u64;
        let links = LinkPolicy::bound("http://127.0.0.1:1".into());
        let e = Exports::with_policy(dir.path().to_path_buf(), links.clone(), Some(quota)).unwrap();

        // Fits: about one chunk.
        let small = export_of(&e, 200).await.unwrap();
        assert_eq!(e.used_bytes(), small.size);

        // Would pass the quota: refused part way, its partial file gone, its bytes released.
        let refused = export_of(&e, 2_000).await.unwrap_err();
        let ExportError::Quota(QuotaExceeded { limit, used }) = refused else {
            panic!("not a quota refusal: {refused:?}");
        };
        assert_eq!(limit, quota);
        assert!(used <= quota, "{used}");
        let (bytes, names) = dir_bytes(dir.path());
        assert_eq!(
            names,
            std::slice::from_ref(&small.id),
            "the partial file was removed"
        );
        assert!(bytes <= quota);
        assert_eq!(e.used_bytes(), bytes);

        // Concurrent exports share the quota: together they cannot pass it.
        let (a, b) = tokio::join!(export_of(&e, 1_000), export_of(&e, 1_000));
        assert!(a.is_err() || b.is_err(), "both fitted in {quota} bytes?");
        let (bytes, _) = dir_bytes(dir.path());
        assert!(bytes <= quota, "{bytes} > {quota}");

        // Full: refused before anything is written.
        let full = Exports::with_policy(dir.path().to_path_buf(), links, Some(small.size)).unwrap();
        assert_eq!(full.used_bytes(), bytes, "files on disk count at start-up");
        assert!(matches!(
            full.create(FileFormat::Csv).await,
            Err(ExportError::Quota(_))
        ));
        assert_eq!(dir_bytes(dir.path()).0, bytes, "nothing written");

        // Clean-up releases what it deletes and notices files deleted by hand.
        std::fs::remove_file(dir.path().join(&small.id)).unwrap();
        let later =
            SystemTime::now() + Duration::from_secs(URL_TTL_SECS as u64 + FILE_GRACE_SECS + 1);
        e.remove_expired(later).unwrap();
        assert_eq!(e.used_bytes(), 0);
        assert_eq!(dir_bytes(dir.path()).0, 0);
    }

    /// The exports of a server (a replica, or the next run) sharing `dir`.
    fn server_on(dir: &Path) -> Exports {
        Exports::with_policy(dir.to_path_buf(), LinkPolicy::bound(String::new()), None).unwrap()
    }

    async fn body_of(response: Response) -> Result<Vec<u8>, axum::Error> {
        Ok(axum::body::to_bytes(response.into_body(), usize::MAX)
            .await?
            .to_vec())
    }

    #[tokio::test]
    async fn servers_sharing_a_directory_serve_each_others_files_with_their_headers() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (server_on(dir.path()), server_on(dir.path()));
        let mut w = a.create(FileFormat::Json).await.unwrap();
        write_rows(&mut w, 3_000).await.unwrap();
        let file = w.finish().await.unwrap();
        let expires = Utc::now().timestamp() + URL_TTL_SECS;
        let url = a.publish(&file, expires, None);
        let uri: axum::http::Uri = url.parse().unwrap();
        let axum::extract::Query(query) =
            axum::extract::Query::<DownloadQuery>::try_from_uri(&uri).unwrap();

        // B never saw the export: A's signature holds, and the record gives the headers.
        let restarted = server_on(dir.path());
        for other in [&b, &restarted] {
            let response = other.download(&file.id, &query).await;
            assert_eq!(response.status(), StatusCode::OK);
            let headers = response.headers().clone();
            assert_eq!(headers[header::CONTENT_LENGTH], file.size.to_string());
            assert_eq!(headers[CHECKSUM_HEADER], file.sha256.as_str());
            assert_eq!(headers[ROWS_HEADER], "3000");
            assert_eq!(headers[header::CONTENT_TYPE], "application/json");
            let body = body_of(response).await.unwrap();
            assert_eq!(hex::encode(Sha256::digest(&body)), file.sha256);
        }
        // A tampered URL is refused by B as by A.
        let mut forged = query;
        forged.expires = Some((expires + 1).to_string());
        let refused = b.download(&file.id, &forged).await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);
        // A server with a directory of its own has another key.
        let elsewhere = tempfile::tempdir().unwrap();
        assert_ne!(
            server_on(elsewhere.path()).sign(&file.id, expires),
            a.sign(&file.id, expires)
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let key = std::fs::metadata(dir.path().join(KEY_FILE)).unwrap();
            assert_eq!(key.permissions().mode() & 0o777, 0o600);
        }
    }

    #[test]
    fn servers_starting_at_once_on_a_new_directory_agree_on_one_key() {
        let dir = tempfile::tempdir().unwrap();
        let dir = dir.path().join("exports");
        let keys: Vec<[u8; 32]> = std::thread::scope(|s| {
            let makers: Vec<_> = (0..8)
                .map(|_| s.spawn(|| shared_key(&dir).unwrap()))
                .collect();
            makers.into_iter().map(|m| m.join().unwrap()).collect()
        });
        assert!(keys.iter().all(|k| *k == keys[0]), "{keys:?}");
        // No draft is left behind.
        let names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, [KEY_FILE]);
        // A damaged key is an error, not a new key that would break the other servers' links.
        std::fs::write(dir.join(KEY_FILE), b"short").unwrap();
        let damaged = shared_key(&dir).unwrap_err();
        #[cfg(unix)]
        {
            // So is a key other users may read: whoever did could sign links.
            use std::os::unix::fs::PermissionsExt as _;
            let key = dir.join(KEY_FILE);
            std::fs::write(&key, [1; 32]).unwrap();
            std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
            let exposed = shared_key(&dir).unwrap_err();
            assert!(
                exposed.to_string().contains("read by other users"),
                "{exposed}"
            );
        }
        assert!(
            damaged.to_string().contains("not a signing key"),
            "{damaged}"
        );
    }

    type Reading = tokio::task::JoinHandle<Result<Vec<u8>, axum::Error>>;

    /// Server A writes part of a growing file; server B, sharing the directory, starts a
    /// download of it.
    async fn followed_by_another_server(dir: &Path) -> (Exports, ExportWriter, Reading) {
        let (a, b) = (server_on(dir), server_on(dir));
        let mut w = a.create(FileFormat::Csv).await.unwrap();
        a.publish_growing(&mut w, Utc::now().timestamp() + URL_TTL_SECS, None);
        write_rows(&mut w, 5_000).await.unwrap();
        let growing = b.download(&w.id, &signed(&a, &w.id)).await;
        assert_eq!(growing.status(), StatusCode::OK);
        assert!(growing.headers().get(header::CONTENT_LENGTH).is_none());
        (b, w, tokio::spawn(body_of(growing)))
    }

    #[tokio::test]
    async fn a_file_another_server_writes_is_followed_until_it_is_complete() {
        let dir = tempfile::tempdir().unwrap();
        let (_, mut w, reading) = followed_by_another_server(dir.path()).await;
        write_rows(&mut w, 40_000).await.unwrap();
        let file = w.finish().await.unwrap();
        let body = reading.await.unwrap().unwrap();
        assert!(body.len() > 3 * CHUNK_BYTES, "{} bytes", body.len());
        assert_eq!(hex::encode(Sha256::digest(&body)), file.sha256);
        assert_eq!(body.len() as u64, file.size);
    }

    #[tokio::test]
    async fn a_file_another_server_gives_up_on_is_cut_off_and_then_not_found() {
        let dir = tempfile::tempdir().unwrap();
        let (b, w, reading) = followed_by_another_server(dir.path()).await;
        let id = w.id.clone();
        drop(w);
        assert!(
            reading.await.unwrap().is_err(),
            "the download ended as if complete"
        );
        let gone = b.download(&id, &signed(&b, &id)).await;
        assert_eq!(gone.status(), StatusCode::NOT_FOUND);
    }
}
