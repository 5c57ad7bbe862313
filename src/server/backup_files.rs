//! Backup files of the database: taking one while a server serves, verifying one, and
//! restoring one atomically.
//!
//! A backup file is a zstd stream of the database followed by a manifest frame (the layout is
//! in [`crate::domain::backup_manifest`]):
//!
//! 1. **Backup**: the database's file image as of one moment, read page by page inside one read
//!    transaction while writers go on ([`snapshot::write_image`]), streams straight into
//!    the compressor: hashed (SHA-256 of the database bytes), compressed by zstd (level
//!    [`DEFAULT_LEVEL`], one worker per core) into a scratch file beside `--out`, which is
//!    hashed as it is written (SHA-256 of the payload). The row counts are taken in the same
//!    read transaction. The manifest frame is appended, the file is synced and renamed over
//!    `--out`. A failure removes the scratch file: a failed backup leaves nothing.
//! 2. **Verify**: the manifest, the payload's size and SHA-256, decompression into a scratch
//!    file, the database's SHA-256, `PRAGMA integrity_check`, `PRAGMA foreign_key_check`, and
//!    the row counts against the manifest. Each check is reported by name.
//! 3. **Restore**: see [`restore`].

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Read as _, Seek as _, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::Serialize;
use sha2::{Digest as _, Sha256};

use crate::domain::backup_manifest::{
    self, Digest, FORMAT_VERSION, FrameError, Manifest, Payload, TRAILER_LEN,
};
use crate::server::db_lock::{self, LockError};
use crate::server::store::snapshot::{self, SnapshotError};

/// zstd's level for backups: -1, its first fast level (`zstd --fast=1`). On a scale-34 demo
/// database of 950 MB it takes about two thirds of level 1's CPU time for a file 6 % larger
/// (526 MB against 498 MB), which keeps a backup on two cores within 1.5 times an uncompressed
/// page copy (see bench/backup.sh). Level 3 makes files a few percent smaller again, for about
/// twice level 1's time.
pub const DEFAULT_LEVEL: i32 = -1;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("no database at {0}")]
    NoDatabase(PathBuf),
    #[error(
        "the database is on PostgreSQL: back it up with pg_dump \
         (vpnmine's backups copy a SQLite file)"
    )]
    OnPostgres,
    #[error("no backup file at {0}")]
    NoBackup(PathBuf),
    #[error("{0}")]
    Snapshot(#[from] SnapshotError),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    /// The backup failed verification: restore refuses it.
    #[error("{file} is damaged: {}", problems.join("; "))]
    Damaged {
        file: PathBuf,
        problems: Vec<String>,
    },
    /// A server (or another restore) has the database open.
    #[error("{db} is in use: a server (or another restore) has it open; stop it first")]
    InUse { db: PathBuf },
    #[error("{0}")]
    Lock(LockError),
    #[error("the backup task failed: {0}")]
    Task(String),
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> BackupError + '_ {
    move |source| BackupError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The folder a file lies in ("." for a bare name).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// A scratch file beside `path`, named after it, removed when dropped unless persisted.
fn scratch_beside(path: &Path, suffix: &str) -> Result<tempfile::NamedTempFile, BackupError> {
    let dir = folder_of(path);
    let name = path
        .file_name()
        .map_or_else(|| "backup".into(), |n| n.to_string_lossy().into_owned());
    tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(suffix)
        .tempfile_in(&dir)
        .map_err(io_err(&dir))
}

/// Syncs a folder, so that a rename in it survives a power cut.
fn sync_folder(dir: &Path) {
    // Not every platform can open a folder; the rename is then as durable as it gets.
    if let Ok(folder) = File::open(dir) {
        let _ = folder.sync_all();
    }
}

/// A writer that hashes and counts what passes through it.
struct Hashing<W> {
    inner: W,
    hasher: Sha256,
    bytes: u64,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

fn hex_digest(hasher: Sha256) -> String {
    hex::encode(hasher.finalize())
}

/// The payload's writer: hashes the database bytes that go in, compresses them with zstd (one
/// worker per core) and hashes the compressed bytes that come out.
struct PayloadWriter {
    encoder: zstd::stream::Encoder<'static, Hashing<io::BufWriter<File>>>,
    database: Sha256,
    database_bytes: u64,
}

impl PayloadWriter {
    fn new(out: File, level: i32) -> io::Result<Self> {
        let written = Hashing {
            inner: io::BufWriter::with_capacity(1 << 20, out),
            hasher: Sha256::new(),
            bytes: 0,
        };
        let mut encoder = zstd::stream::Encoder::new(written, level)?;
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get() as u32);
        if workers > 1 {
            encoder.multithread(workers)?;
        }
        Ok(Self {
            encoder,
            database: Sha256::new(),
            database_bytes: 0,
        })
    }

    /// Ends the stream: the digests of the database and of the payload, and the file.
    fn finish(self) -> io::Result<(Digest, Digest, File)> {
        let mut written = self.encoder.finish()?;
        written.flush()?;
        let database = Digest {
            size: self.database_bytes,
            sha256: hex_digest(self.database),
        };
        let payload = Digest {
            size: written.bytes,
            sha256: hex_digest(written.hasher),
        };
        let file = written.inner.into_inner().map_err(|e| e.into_error())?;
        Ok((database, payload, file))
    }
}

impl Write for PayloadWriter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let n = self.encoder.write(bytes)?;
        self.database.update(&bytes[..n]);
        self.database_bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.encoder.flush()
    }
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, BackupError> + Send + 'static,
) -> Result<T, BackupError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| BackupError::Task(e.to_string()))?
}

/// Takes a backup of the database at `db` into `out` (replaced if it exists), while other
/// processes may be serving and writing it. `now` is the manifest's time, unix seconds.
pub async fn create(db: &Path, out: &Path, level: i32, now: i64) -> Result<Manifest, BackupError> {
    let started = Instant::now();
    if !db.is_file() {
        return Err(BackupError::NoDatabase(db.to_path_buf()));
    }
    let mut partial = scratch_beside(out, ".partial")?;
    let file = partial.as_file().try_clone().map_err(io_err(out))?;
    let (database, payload, contents, mut file) = {
        let (db, out) = (db.to_path_buf(), out.to_path_buf());
        blocking(move || {
            let mut writer = PayloadWriter::new(file, level).map_err(io_err(&out))?;
            let contents = snapshot::write_image(&db, &mut writer).map_err(|e| match e {
                SnapshotError::Write(e) => io_err(&out)(e),
                e => e.into(),
            })?;
            let (database, payload, file) = writer.finish().map_err(io_err(&out))?;
            Ok((database, payload, contents, file))
        })
        .await?
    };
    let manifest = Manifest {
        format: FORMAT_VERSION,
        schema_version: contents.schema_version,
        created_at: now,
        duration_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
        database,
        payload: Payload {
            size: payload.size,
            sha256: payload.sha256,
            compression: "zstd".into(),
            level,
        },
        tables: contents.tables,
    };
    let frame = backup_manifest::encode_frame(&manifest);
    let out_path = out.to_path_buf();
    blocking(move || {
        file.write_all(&frame).map_err(io_err(&out_path))?;
        file.sync_all().map_err(io_err(&out_path))?;
        partial.as_file_mut().flush().map_err(io_err(&out_path))?;
        partial
            .persist(&out_path)
            .map_err(|e| io_err(&out_path)(e.error))?;
        sync_folder(&folder_of(&out_path));
        Ok(())
    })
    .await?;
    Ok(manifest)
}

/// One check of [`verify`].
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Check {
    /// `manifest`, `payload`, `decompress`, `database`, `integrity`, `foreignKeys`, `rowCounts`.
    pub name: &'static str,
    pub ok: bool,
    pub detail: String,
}

/// What [`verify`] found.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VerifyReport {
    pub file: PathBuf,
    pub ok: bool,
    /// The manifest, when it could be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manifest: Option<Manifest>,
    pub checks: Vec<Check>,
    pub duration_ms: u64,
}

impl VerifyReport {
    /// What is wrong, one line per failed check.
    pub fn problems(&self) -> Vec<String> {
        self.checks
            .iter()
            .filter(|c| !c.ok)
            .map(|c| format!("{}: {}", c.name, c.detail))
            .collect()
    }

    fn pass(&mut self, name: &'static str, detail: impl Into<String>) {
        self.checks.push(Check {
            name,
            ok: true,
            detail: detail.into(),
        });
    }

    fn fail(&mut self, name: &'static str, detail: impl Into<String>) {
        self.ok = false;
        self.checks.push(Check {
            name,
            ok: false,
            detail: detail.into(),
        });
    }
}

/// Reads and checks a backup file's manifest frame.
fn read_manifest(file: &mut File, len: u64) -> Result<(Manifest, u64), FrameError> {
    if len < TRAILER_LEN as u64 {
        return Err(FrameError::TooShort(len));
    }
    let mut tail = [0u8; TRAILER_LEN];
    let read_tail = |file: &mut File, at: u64, buf: &mut [u8]| {
        file.seek(SeekFrom::Start(at))
            .and_then(|_| file.read_exact(buf))
            .map_err(|e| FrameError::BadFrame(e.to_string()))
    };
    read_tail(file, len - TRAILER_LEN as u64, &mut tail)?;
    let layout = backup_manifest::locate(len, &tail)?;
    let mut frame = vec![0u8; usize::try_from(layout.frame_len).expect("at most 1 MiB")];
    read_tail(file, layout.payload_len, &mut frame)?;
    Ok((backup_manifest::decode_frame(&frame)?, layout.payload_len))
}

/// The manifest of the backup file at `path`, read from its end (no checksum is checked).
pub fn read_manifest_of(path: &Path) -> Result<Manifest, BackupError> {
    let mut file = File::open(path).map_err(io_err(path))?;
    let len = file.metadata().map_err(io_err(path))?.len();
    read_manifest(&mut file, len)
        .map(|(manifest, _)| manifest)
        .map_err(|e| BackupError::Damaged {
            file: path.to_path_buf(),
            problems: vec![e.to_string()],
        })
}

/// Hashes the first `len` bytes of `file`.
fn hash_prefix(file: &mut File, len: u64) -> io::Result<String> {
    file.seek(SeekFrom::Start(0))?;
    let mut sink = Hashing {
        inner: io::sink(),
        hasher: Sha256::new(),
        bytes: 0,
    };
    let copied = io::copy(&mut file.take(len), &mut sink)?;
    if copied != len {
        return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "short read"));
    }
    Ok(hex_digest(sink.hasher))
}

/// Decompresses the first `len` bytes of `file` into `out`: the digest of what came out.
fn decompress(file: &mut File, len: u64, out: &mut File) -> io::Result<Digest> {
    file.seek(SeekFrom::Start(0))?;
    let input = io::BufReader::with_capacity(1 << 20, file.take(len));
    let mut decoder = zstd::stream::Decoder::with_buffer(input)?;
    let mut writer = Hashing {
        inner: io::BufWriter::with_capacity(1 << 20, &mut *out),
        hasher: Sha256::new(),
        bytes: 0,
    };
    io::copy(&mut decoder, &mut writer)?;
    writer.flush()?;
    Ok(Digest {
        size: writer.bytes,
        sha256: hex_digest(writer.hasher),
    })
}

/// The file-level checks of a backup (manifest, payload, decompression into `restore_to`,
/// the database's digest), run on a blocking thread.
fn verify_file(
    path: &Path,
    restore_to: &Path,
    report: &mut VerifyReport,
) -> Result<(), BackupError> {
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(BackupError::NoBackup(path.to_path_buf()));
        }
        Err(e) => return Err(io_err(path)(e)),
    };
    let len = file.metadata().map_err(io_err(path))?.len();
    let (manifest, payload_len) = match read_manifest(&mut file, len) {
        Ok(found) => found,
        Err(e) => {
            report.fail("manifest", e.to_string());
            return Ok(());
        }
    };
    report.pass(
        "manifest",
        format!(
            "format {}, schema version {}, {} tables",
            manifest.format,
            manifest.schema_version,
            manifest.tables.len()
        ),
    );
    report.manifest = Some(manifest.clone());
    if payload_len != manifest.payload.size {
        report.fail(
            "payload",
            format!(
                "{payload_len} bytes before the manifest, it says {} (truncated or padded)",
                manifest.payload.size
            ),
        );
        return Ok(());
    }
    let payload_sha = hash_prefix(&mut file, payload_len).map_err(io_err(path))?;
    if payload_sha != manifest.payload.sha256 {
        report.fail(
            "payload",
            format!(
                "SHA-256 {payload_sha}, the manifest says {} (the compressed data was changed)",
                manifest.payload.sha256
            ),
        );
        return Ok(());
    }
    report.pass("payload", format!("{payload_len} bytes, SHA-256 matches"));
    let mut out = File::create(restore_to).map_err(io_err(restore_to))?;
    let database = match decompress(&mut file, payload_len, &mut out) {
        Ok(digest) => digest,
        Err(e) => {
            report.fail("decompress", e.to_string());
            return Ok(());
        }
    };
    out.sync_all().map_err(io_err(restore_to))?;
    report.pass("decompress", format!("{} bytes", database.size));
    if database != manifest.database {
        report.fail(
            "database",
            format!(
                "{} bytes with SHA-256 {}, the manifest says {} bytes with {}",
                database.size, database.sha256, manifest.database.size, manifest.database.sha256
            ),
        );
        return Ok(());
    }
    report.pass("database", "size and SHA-256 match");
    Ok(())
}

/// Verifies the backup at `path`, restoring it into `restore_to` (a path whose file is
/// replaced). `Err` only when the file cannot be read at all; damage is in the report.
pub async fn verify_into(path: &Path, restore_to: &Path) -> Result<VerifyReport, BackupError> {
    let started = Instant::now();
    let mut report = VerifyReport {
        file: path.to_path_buf(),
        ok: true,
        manifest: None,
        checks: Vec::new(),
        duration_ms: 0,
    };
    let mut report = {
        let (path, restore_to) = (path.to_path_buf(), restore_to.to_path_buf());
        blocking(move || {
            verify_file(&path, &restore_to, &mut report)?;
            Ok(report)
        })
        .await?
    };
    if report.ok {
        check_database(restore_to, &mut report).await;
    }
    report.duration_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    Ok(report)
}

/// Verifies the backup at `path`, restoring it into a scratch file that is removed after.
pub async fn verify(path: &Path) -> Result<VerifyReport, BackupError> {
    let scratch = tempfile::Builder::new()
        .prefix(".vpnmine-verify.")
        .suffix(".db")
        .tempfile()
        .map_err(io_err(&std::env::temp_dir()))?;
    verify_into(path, scratch.path()).await
}

/// The database-level checks on a restored file.
async fn check_database(db: &Path, report: &mut VerifyReport) {
    match snapshot::soundness(db).await {
        Ok(sound) => {
            if sound.integrity.is_empty() {
                report.pass("integrity", "ok");
            } else {
                report.fail("integrity", sound.integrity.join("; "));
            }
            if sound.foreign_keys.is_empty() {
                report.pass("foreignKeys", "ok");
            } else {
                report.fail("foreignKeys", sound.foreign_keys.join("; "));
            }
        }
        Err(e) => {
            report.fail("integrity", e.to_string());
            return;
        }
    }
    let expected = report
        .manifest
        .as_ref()
        .map(|m| (m.tables.clone(), m.schema_version));
    let Some((expected, schema_version)) = expected else {
        return;
    };
    match snapshot::contents(db).await {
        Ok(found) => {
            let mismatches = backup_manifest::compare_row_counts(&expected, &found.tables);
            if mismatches.is_empty() {
                let rows: u64 = found.tables.values().sum();
                report.pass(
                    "rowCounts",
                    format!("{rows} rows in {} tables match", found.tables.len()),
                );
            } else {
                let text: Vec<String> = mismatches.iter().map(ToString::to_string).collect();
                report.fail("rowCounts", text.join("; "));
            }
            if found.schema_version != schema_version {
                report.fail(
                    "schemaVersion",
                    format!(
                        "the database is at migration {}, the manifest says {schema_version}",
                        found.schema_version
                    ),
                );
            }
        }
        Err(e) => report.fail("rowCounts", e.to_string()),
    }
}

/// What [`restore`] did.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Restored {
    pub db: PathBuf,
    pub from: PathBuf,
    /// Where the database it replaced was kept; `None` when there was none.
    pub previous: Option<PathBuf>,
    pub schema_version: i64,
    pub tables: BTreeMap<String, u64>,
    pub duration_ms: u64,
}

/// The points where a restore pauses when `VPNMINE_RESTORE_PAUSE_AT` names one, for the test
/// that kills it there with SIGKILL.
pub const PAUSE_POINTS: [&str; 4] = ["verified", "wal-folded", "kept", "renamed"];

/// Pauses (for a minute, telling stderr) when `VPNMINE_RESTORE_PAUSE_AT` names `point`.
fn pause_point(point: &str) {
    if std::env::var("VPNMINE_RESTORE_PAUSE_AT").is_ok_and(|at| at == point) {
        eprintln!("restore: paused at {point}");
        std::thread::sleep(std::time::Duration::from_secs(60));
    }
}

/// A sibling of `db` with `suffix` appended to its name.
fn beside(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Restores the backup at `backup` over the database at `db`, keeping the database it replaces
/// as `PATH.before-restore-<UTC time>`. `now` names that file (unix seconds).
///
/// Atomic under `kill -9` at any moment: the new database is written and verified in full in
/// `PATH.restore-<pid>.partial` first; then the old database's write-ahead log is folded into
/// it and removed (checkpoint, `journal_mode=DELETE`), so that no old `-wal` or `-shm` can ever
/// be combined with the new file; the old file is hard-linked as the kept copy (copied where
/// links are not supported); and one `rename(2)` puts the new file in place. Before the rename
/// `PATH` is the old database, whole; after it, the new one. Refused while any process holds
/// the database's shared lock (see `server::db_lock`), and holds the exclusive one throughout.
pub async fn restore(backup: &Path, db: &Path, now: i64) -> Result<Restored, BackupError> {
    let started = Instant::now();
    let _lock = db_lock::exclusive(db).map_err(|e| match e {
        LockError::Held { .. } => BackupError::InUse {
            db: db.to_path_buf(),
        },
        other => BackupError::Lock(other),
    })?;
    remove_stale_partials(db);
    let partial = beside(db, &format!(".restore-{}.partial", std::process::id()));
    let report = match verify_into(backup, &partial).await {
        Ok(report) => report,
        Err(e) => {
            let _ = std::fs::remove_file(&partial);
            return Err(e);
        }
    };
    if !report.ok {
        let _ = std::fs::remove_file(&partial);
        return Err(BackupError::Damaged {
            file: backup.to_path_buf(),
            problems: report.problems(),
        });
    }
    let manifest = report.manifest.expect("a verified backup has a manifest");
    let (db_owned, partial_owned) = (db.to_path_buf(), partial.clone());
    let previous = blocking(move || swap_in(&db_owned, &partial_owned, now)).await;
    if previous.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    Ok(Restored {
        db: db.to_path_buf(),
        from: backup.to_path_buf(),
        previous: previous?,
        schema_version: manifest.schema_version,
        tables: manifest.tables,
        duration_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
    })
}

/// Removes what restores killed before their rename left (`PATH.restore-*.partial`); only
/// called under the exclusive lock, so none of them is still being written.
fn remove_stale_partials(db: &Path) {
    let Some(name) = db.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return;
    };
    let prefix = format!("{name}.restore-");
    let Ok(entries) = std::fs::read_dir(folder_of(db)) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        if file.starts_with(&prefix) && file.ends_with(".partial") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The blocking part of [`restore`] once the new database is verified in `partial`.
fn swap_in(db: &Path, partial: &Path, now: i64) -> Result<Option<PathBuf>, BackupError> {
    File::open(partial)
        .and_then(|f| f.sync_all())
        .map_err(io_err(partial))?;
    pause_point("verified");
    let previous = if db.exists() {
        snapshot::fold_write_ahead_log(db)?;
        for leftover in [beside(db, "-wal"), beside(db, "-journal")] {
            if leftover.exists() {
                return Err(BackupError::Io {
                    path: leftover,
                    source: io::Error::other(
                        "still there after the old database was checkpointed: another program has it open",
                    ),
                });
            }
        }
        // Without a -wal file the -shm holds nothing, but a new WAL must not find stale
        // frame indexes in it.
        let shm = beside(db, "-shm");
        if shm.exists() {
            std::fs::remove_file(&shm).map_err(io_err(&shm))?;
        }
        pause_point("wal-folded");
        let kept = keep_previous(db, now)?;
        pause_point("kept");
        Some(kept)
    } else {
        None
    };
    std::fs::rename(partial, db).map_err(io_err(db))?;
    pause_point("renamed");
    sync_folder(&folder_of(db));
    Ok(previous)
}

/// Keeps the database at `db` as `PATH.before-restore-<time>`: a hard link (the same file,
/// no copy), else a synced copy.
fn keep_previous(db: &Path, now: i64) -> Result<PathBuf, BackupError> {
    let stamp = chrono::DateTime::from_timestamp(now, 0)
        .unwrap_or_default()
        .format("%Y%m%dT%H%M%SZ")
        .to_string();
    let mut kept = beside(db, &format!(".before-restore-{stamp}"));
    let mut n = 1;
    while kept.exists() {
        n += 1;
        kept = beside(db, &format!(".before-restore-{stamp}-{n}"));
    }
    if std::fs::hard_link(db, &kept).is_err() {
        let partial = beside(&kept, ".partial");
        std::fs::copy(db, &partial).map_err(io_err(&partial))?;
        File::open(&partial)
            .and_then(|f| f.sync_all())
            .map_err(io_err(&partial))?;
        std::fs::rename(&partial, &kept).map_err(io_err(&kept))?;
    }
    sync_folder(&folder_of(db));
    Ok(kept)
}
