//! Consistent copies of a database file, and the checks a copy must pass: SQLite's online
//! backup API (`sqlite3_backup_*`) into a scratch file while a server serves and writes the
//! source, then row counts, `PRAGMA integrity_check` and `PRAGMA foreign_key_check` on a copy.
//!
//! sqlx does not expose the backup API, so it is called through `libsqlite3-sys`, the very
//! crate (and so the very bundled SQLite) that sqlx links: one SQLite library in the process,
//! whose locks see every connection. One `sqlite3_backup_step(-1)` copies every page inside a
//! single read transaction: in WAL mode writers go on meanwhile, and the copy is the database
//! as of the moment the step began. `VACUUM INTO` would do too, but it rebuilds every table and
//! index, several times slower on a large database than copying pages.

use std::collections::BTreeMap;
use std::ffi::{CStr, CString};
use std::path::Path;
use std::ptr::NonNull;
use std::str::FromStr as _;
use std::time::Duration;

use libsqlite3_sys as ffi;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use sqlx::{ConnectOptions as _, Connection as _};

#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    #[error("{path}: {message}")]
    Sqlite { path: String, message: String },
    #[error("{0}")]
    Sql(#[from] sqlx::Error),
}

/// How long the copy waits for a lock the source's writers hold (a checkpoint, a schema change).
const BUSY_WAIT: Duration = Duration::from_secs(10);

/// A connection opened directly through the C API, closed on drop.
struct RawConnection {
    handle: NonNull<ffi::sqlite3>,
    path: String,
}

impl RawConnection {
    fn open(path: &Path, flags: i32) -> Result<Self, SnapshotError> {
        let shown = path.display().to_string();
        let c_path = CString::new(path.as_os_str().as_encoded_bytes()).map_err(|_| {
            SnapshotError::Sqlite {
                path: shown.clone(),
                message: "the path contains NUL".into(),
            }
        })?;
        let mut handle = std::ptr::null_mut();
        // SAFETY: `c_path` is NUL-terminated and outlives the call; `handle` receives a
        // connection (possibly in an error state) that is closed below or by `Drop`.
        let rc =
            unsafe { ffi::sqlite3_open_v2(c_path.as_ptr(), &mut handle, flags, std::ptr::null()) };
        let Some(handle) = NonNull::new(handle) else {
            return Err(SnapshotError::Sqlite {
                path: shown,
                message: "out of memory".into(),
            });
        };
        let connection = Self {
            handle,
            path: shown,
        };
        if rc != ffi::SQLITE_OK {
            return Err(connection.error());
        }
        // SAFETY: the handle is an open connection.
        unsafe { ffi::sqlite3_busy_timeout(handle.as_ptr(), BUSY_WAIT.as_millis() as i32) };
        Ok(connection)
    }

    /// The connection's last error.
    fn error(&self) -> SnapshotError {
        // SAFETY: the handle is a connection; sqlite3_errmsg returns a NUL-terminated string
        // that stays valid until the next call on it, and it is copied at once.
        let message = unsafe { CStr::from_ptr(ffi::sqlite3_errmsg(self.handle.as_ptr())) }
            .to_string_lossy()
            .into_owned();
        SnapshotError::Sqlite {
            path: self.path.clone(),
            message,
        }
    }

    fn execute(&self, sql: &str) -> Result<(), SnapshotError> {
        let c_sql = CString::new(sql).expect("our SQL has no NUL");
        // SAFETY: the handle is an open connection and `c_sql` outlives the call; no callback.
        let rc = unsafe {
            ffi::sqlite3_exec(
                self.handle.as_ptr(),
                c_sql.as_ptr(),
                None,
                std::ptr::null_mut(),
                std::ptr::null_mut(),
            )
        };
        if rc == ffi::SQLITE_OK {
            Ok(())
        } else {
            Err(self.error())
        }
    }
}

impl Drop for RawConnection {
    fn drop(&mut self) {
        // SAFETY: the handle is open and nothing uses it after this; the backup object on it is
        // finished before we get here, so close succeeds.
        unsafe { ffi::sqlite3_close(self.handle.as_ptr()) };
    }
}

/// Copies the database at `source` (which must exist) into a new file at `dest`, page by page,
/// consistent as of one moment, while other connections and processes go on writing. Blocking:
/// call from a blocking thread.
pub fn copy_database(source: &Path, dest: &Path) -> Result<(), SnapshotError> {
    // Read-write without create: a read-only connection cannot open a WAL database whose
    // shared-memory file it may not write, and a missing source must fail, not be created.
    let from = RawConnection::open(source, ffi::SQLITE_OPEN_READWRITE)?;
    let to = RawConnection::open(dest, ffi::SQLITE_OPEN_READWRITE | ffi::SQLITE_OPEN_CREATE)?;
    // A scratch file, deleted or renamed once complete: no journal, no syncs while copying.
    to.execute("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF")?;
    let main = c"main";
    // SAFETY: both handles are open connections and outlive the backup object, which is
    // finished below on every path.
    let backup = unsafe {
        ffi::sqlite3_backup_init(
            to.handle.as_ptr(),
            main.as_ptr(),
            from.handle.as_ptr(),
            main.as_ptr(),
        )
    };
    if backup.is_null() {
        return Err(to.error());
    }
    let mut waited = Duration::ZERO;
    let step_rc = loop {
        // SAFETY: `backup` is a live backup object (not yet finished).
        let rc = unsafe { ffi::sqlite3_backup_step(backup, -1) };
        let busy = rc == ffi::SQLITE_BUSY || rc == ffi::SQLITE_LOCKED;
        if !busy || waited >= BUSY_WAIT {
            break rc;
        }
        std::thread::sleep(Duration::from_millis(20));
        waited += Duration::from_millis(20);
    };
    // SAFETY: finishes the live backup object exactly once.
    let finish_rc = unsafe { ffi::sqlite3_backup_finish(backup) };
    if step_rc != ffi::SQLITE_DONE {
        // The step's error is on the source or the destination; the source's says more for
        // "not a database", the destination's for a full disk.
        let source_error = from.error();
        return Err(match source_error {
            SnapshotError::Sqlite { ref message, .. } if message != "not an error" => source_error,
            _ => to.error(),
        });
    }
    if finish_rc != ffi::SQLITE_OK {
        return Err(to.error());
    }
    Ok(())
}

/// A database file opened read-only for checks, never migrated and never created.
async fn open_read_only(path: &Path) -> Result<SqliteConnection, SnapshotError> {
    let options = SqliteConnectOptions::from_str("sqlite://")?
        .filename(path)
        .read_only(true)
        .immutable(true)
        .disable_statement_logging();
    Ok(options.connect().await?)
}

/// What a database file holds: its schema version and rows per table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contents {
    /// The latest migration applied (0 when none was).
    pub schema_version: i64,
    pub tables: BTreeMap<String, u64>,
}

/// The schema version and the rows of every table of the database at `path`.
pub async fn contents(path: &Path) -> Result<Contents, SnapshotError> {
    let mut conn = open_read_only(path).await?;
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )
    .fetch_all(&mut conn)
    .await?;
    let mut tables = BTreeMap::new();
    for name in names {
        let sql = format!("SELECT COUNT(*) FROM \"{}\"", name.replace('"', "\"\""));
        let rows: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .fetch_one(&mut conn)
            .await?;
        tables.insert(name, u64::try_from(rows).unwrap_or(0));
    }
    let schema_version = if tables.contains_key("_sqlx_migrations") {
        sqlx::query_scalar::<_, Option<i64>>(
            "SELECT MAX(version) FROM _sqlx_migrations WHERE success",
        )
        .fetch_one(&mut conn)
        .await?
        .unwrap_or(0)
    } else {
        0
    };
    conn.close().await?;
    Ok(Contents {
        schema_version,
        tables,
    })
}

/// What SQLite's own checks found wrong with a database file: empty lists when it is sound.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Soundness {
    /// `PRAGMA integrity_check`'s lines other than "ok".
    pub integrity: Vec<String>,
    /// `PRAGMA foreign_key_check`: rows whose parent is missing, as "table rowid → parent".
    pub foreign_keys: Vec<String>,
}

/// Runs `PRAGMA integrity_check` and `PRAGMA foreign_key_check` on the database at `path`.
pub async fn soundness(path: &Path) -> Result<Soundness, SnapshotError> {
    let mut conn = open_read_only(path).await?;
    let integrity: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check(100)")
        .fetch_all(&mut conn)
        .await?;
    let integrity = integrity.into_iter().filter(|line| line != "ok").collect();
    let orphans: Vec<(String, Option<i64>, String)> =
        sqlx::query_as("SELECT \"table\", rowid, parent FROM pragma_foreign_key_check LIMIT 100")
            .fetch_all(&mut conn)
            .await?;
    let foreign_keys = orphans
        .into_iter()
        .map(|(table, rowid, parent)| match rowid {
            Some(rowid) => format!("{table} row {rowid} names a missing {parent}"),
            None => format!("{table} names a missing {parent}"),
        })
        .collect();
    conn.close().await?;
    Ok(Soundness {
        integrity,
        foreign_keys,
    })
}

/// Moves everything the write-ahead log of the database at `path` holds into the file and
/// leaves WAL mode, which removes the `-wal` and `-shm` files: the file alone is then the
/// whole database. Blocking. SQLite keeps each step crash-safe.
pub fn fold_write_ahead_log(path: &Path) -> Result<(), SnapshotError> {
    let db = RawConnection::open(path, ffi::SQLITE_OPEN_READWRITE)?;
    db.execute("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;")
}
