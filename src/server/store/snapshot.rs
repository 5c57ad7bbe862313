//! Consistent images of a database file, and the checks a copy must pass: the file image as of
//! one moment, read page by page while a server serves and writes the source, then row counts,
//! `PRAGMA integrity_check` and `PRAGMA foreign_key_check` on a copy.
//!
//! The image is read through SQLite's `sqlite_dbpage` table (compiled in by the
//! `LIBSQLITE3_FLAGS` in `.cargo/config.toml`) inside one read transaction: in WAL mode writers
//! go on meanwhile, each page comes from the file or the write-ahead log as of the moment the
//! transaction began, and the pages in order are the database file as of that moment. Reading
//! it straight into the compressor writes nothing but the backup: the online backup API
//! (`sqlite3_backup_*`) would first write a whole uncompressed copy to read back, and
//! `VACUUM INTO` rebuilds every table and index, several times slower again.
//!
//! Folding a write-ahead log into its file is one of restore's blocking, crash-safe steps, so it
//! calls SQLite directly through `libsqlite3-sys`, the very crate (and so the very bundled
//! SQLite) that sqlx links: one SQLite library in the process, whose locks see every connection.

use std::collections::BTreeMap;
use std::ffi::{CStr, CString};
use std::io::Write;
use std::path::Path;
use std::ptr::NonNull;
use std::time::Duration;

use libsqlite3_sys as ffi;

#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    #[error("{path}: {message}")]
    Sqlite { path: String, message: String },
    /// Writing the image where it goes failed.
    #[error("writing the image: {0}")]
    Write(std::io::Error),
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
        Self::open_name(path, path.as_os_str().as_encoded_bytes(), flags)
    }

    /// Opens the file at `path` read-only and immutable: SQLite takes no lock and never looks
    /// for a write-ahead log, so a checked copy stays byte for byte what it was.
    fn open_immutable(path: &Path) -> Result<Self, SnapshotError> {
        let uri = immutable_uri(path.as_os_str().as_encoded_bytes());
        Self::open_name(path, &uri, ffi::SQLITE_OPEN_READONLY | ffi::SQLITE_OPEN_URI)
    }

    fn open_name(path: &Path, name: &[u8], flags: i32) -> Result<Self, SnapshotError> {
        let shown = path.display().to_string();
        let c_path = CString::new(name).map_err(|_| SnapshotError::Sqlite {
            path: shown.clone(),
            message: "the path contains NUL".into(),
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

    fn prepare(&self, sql: &str) -> Result<Statement<'_>, SnapshotError> {
        let c_sql = CString::new(sql).expect("our SQL has no NUL");
        let mut handle = std::ptr::null_mut();
        // SAFETY: the connection is open, `c_sql` is NUL-terminated and outlives the call, and
        // `handle` receives a statement that `Statement` finalizes.
        let rc = unsafe {
            ffi::sqlite3_prepare_v2(
                self.handle.as_ptr(),
                c_sql.as_ptr(),
                -1,
                &mut handle,
                std::ptr::null_mut(),
            )
        };
        match NonNull::new(handle) {
            Some(handle) if rc == ffi::SQLITE_OK => Ok(Statement {
                handle,
                connection: self,
            }),
            _ => Err(self.error()),
        }
    }

    /// The first column of the only row `sql` returns.
    fn one_int(&self, sql: &str) -> Result<i64, SnapshotError> {
        let mut statement = self.prepare(sql)?;
        if !statement.step()? {
            return Err(SnapshotError::Sqlite {
                path: self.path.clone(),
                message: format!("no row from {sql}"),
            });
        }
        Ok(statement.int(0))
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

/// A URI that opens the file named `path` immutable: `?`, `#` and `%` would end or escape the
/// file name in a URI, so they are percent-encoded.
fn immutable_uri(path: &[u8]) -> Vec<u8> {
    let mut uri = b"file:".to_vec();
    for &byte in path {
        match byte {
            b'?' | b'#' | b'%' => uri.extend_from_slice(format!("%{byte:02X}").as_bytes()),
            _ => uri.push(byte),
        }
    }
    uri.extend_from_slice(b"?immutable=1");
    uri
}

/// A prepared statement of a [`RawConnection`], finalized on drop.
struct Statement<'c> {
    handle: NonNull<ffi::sqlite3_stmt>,
    connection: &'c RawConnection,
}

impl Statement<'_> {
    /// Moves to the next row: false when there is none.
    fn step(&mut self) -> Result<bool, SnapshotError> {
        // SAFETY: the statement is live (finalized only by Drop).
        match unsafe { ffi::sqlite3_step(self.handle.as_ptr()) } {
            ffi::SQLITE_ROW => Ok(true),
            ffi::SQLITE_DONE => Ok(false),
            _ => Err(self.connection.error()),
        }
    }

    fn int(&self, column: i32) -> i64 {
        // SAFETY: the statement is on a row; an out-of-range column reads as 0.
        unsafe { ffi::sqlite3_column_int64(self.handle.as_ptr(), column) }
    }

    /// The column's bytes, valid until the next step.
    fn bytes(&self, column: i32) -> &[u8] {
        // SAFETY: the statement is on a row. sqlite3_column_blob's pointer stays valid until
        // the statement steps or is finalized, which needs `&mut self` or drop, so the borrow
        // of `self` bounds it; the length comes from sqlite3_column_bytes after the pointer, as
        // SQLite asks. A NULL or empty value has no pointer.
        unsafe {
            let data = ffi::sqlite3_column_blob(self.handle.as_ptr(), column);
            let len = ffi::sqlite3_column_bytes(self.handle.as_ptr(), column);
            if data.is_null() || len <= 0 {
                &[]
            } else {
                std::slice::from_raw_parts(data.cast::<u8>(), len as usize)
            }
        }
    }

    fn is_null(&self, column: i32) -> bool {
        // SAFETY: the statement is on a row.
        unsafe { ffi::sqlite3_column_type(self.handle.as_ptr(), column) == ffi::SQLITE_NULL }
    }

    fn text(&self, column: i32) -> String {
        String::from_utf8_lossy(self.bytes(column)).into_owned()
    }
}

impl Drop for Statement<'_> {
    fn drop(&mut self) {
        // SAFETY: finalizes the live statement exactly once.
        unsafe { ffi::sqlite3_finalize(self.handle.as_ptr()) };
    }
}

impl Drop for RawConnection {
    fn drop(&mut self) {
        // SAFETY: the handle is open and nothing uses it after this; its statements borrow it,
        // so they are finalized before we get here and close succeeds.
        unsafe { ffi::sqlite3_close(self.handle.as_ptr()) };
    }
}

/// What a database file holds: its schema version and rows per table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contents {
    /// The latest migration applied (0 when none was).
    pub schema_version: i64,
    pub tables: BTreeMap<String, u64>,
}

/// The schema version and the rows of every table of the database file at `path`, opened
/// immutable.
pub async fn contents(path: &Path) -> Result<Contents, SnapshotError> {
    let path = path.to_path_buf();
    blocking("count", move || {
        contents_of(&RawConnection::open_immutable(&path)?)
    })
    .await
}

/// Runs `work` (the `what` task, named in an error) on a blocking thread.
async fn blocking<T: Send + 'static>(
    what: &str,
    work: impl FnOnce() -> Result<T, SnapshotError> + Send + 'static,
) -> Result<T, SnapshotError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| SnapshotError::Sqlite {
            path: String::new(),
            message: format!("the {what} task failed: {e}"),
        })?
}

/// The schema version and the rows of every table, as the connection's transaction (if one is
/// open) sees them.
fn contents_of(db: &RawConnection) -> Result<Contents, SnapshotError> {
    let mut names = Vec::new();
    let mut listing = db.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )?;
    while listing.step()? {
        names.push(listing.text(0));
    }
    drop(listing);
    let mut tables = BTreeMap::new();
    for name in names {
        let rows = db.one_int(&format!(
            "SELECT COUNT(*) FROM \"{}\"",
            name.replace('"', "\"\"")
        ))?;
        tables.insert(name, u64::try_from(rows).unwrap_or(0));
    }
    let schema_version = if tables.contains_key("_sqlx_migrations") {
        db.one_int("SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations WHERE success")?
    } else {
        0
    };
    Ok(Contents {
        schema_version,
        tables,
    })
}

/// Writes the file image of the database at `source` (which must exist) to `out`, page by page
/// in order, as of one moment while other connections and processes go on writing it; then
/// returns its contents as of that same moment. Blocking: call from a blocking thread.
pub fn write_image(source: &Path, out: &mut impl Write) -> Result<Contents, SnapshotError> {
    // Read-write without create: a read-only connection cannot open a WAL database whose
    // shared-memory file it may not write, and a missing source must fail, not be created.
    let db = RawConnection::open(source, ffi::SQLITE_OPEN_READWRITE)?;
    db.execute("BEGIN")?;
    let written = write_pages(&db, out).and_then(|()| contents_of(&db));
    db.execute("ROLLBACK")?;
    written
}

/// Writes every page of the connection's main database to `out`, in order, inside the
/// transaction the connection has begun (which the first read fixes).
fn write_pages(db: &RawConnection, out: &mut impl Write) -> Result<(), SnapshotError> {
    let mut pages = db.prepare("SELECT data FROM sqlite_dbpage('main') ORDER BY pgno")?;
    while pages.step()? {
        out.write_all(pages.bytes(0))
            .map_err(SnapshotError::Write)?;
    }
    Ok(())
}

/// What SQLite's own checks found wrong with a database file: empty lists when it is sound.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Soundness {
    /// `PRAGMA integrity_check`'s lines other than "ok".
    pub integrity: Vec<String>,
    /// `PRAGMA foreign_key_check`: rows whose parent is missing, as "table rowid → parent".
    pub foreign_keys: Vec<String>,
}

/// How much of a checked file SQLite may map instead of reading page by page: an integrity
/// check visits each index page many times, and with mapping it needs no system call and no
/// copy per visit (a third less time on a 950 MB database).
const CHECK_MAP: &str = "PRAGMA mmap_size = 17179869184";

/// Most problems reported per check, as `PRAGMA integrity_check(N)` would.
const MAX_PROBLEMS: usize = 100;

/// One piece of [`soundness`]'s work, done on one connection.
enum Check {
    /// The file's structure: every b-tree, the free pages, no page used twice or never.
    Structure,
    ForeignKeys,
    /// One table's rows against its indexes, and its constraints.
    Table(String),
}

/// What `PRAGMA integrity_check` and `PRAGMA foreign_key_check` find in the database file at
/// `path`, opened immutable. The work is that of one `integrity_check`, spread over one
/// connection per core: `quick_check` for the whole file's structure, and
/// `integrity_check(TABLE)` for each table's rows against its indexes, the largest tables
/// first, whichever connection is free taking the next.
pub async fn soundness(path: &Path) -> Result<Soundness, SnapshotError> {
    let path = path.to_path_buf();
    blocking("check", move || check_soundness(&path)).await
}

fn check_soundness(path: &Path) -> Result<Soundness, SnapshotError> {
    let mut largest_last: Vec<(String, u64)> = contents_of(&RawConnection::open_immutable(path)?)?
        .tables
        .into_iter()
        .collect();
    largest_last.sort_by_key(|(name, rows)| (*rows, std::cmp::Reverse(name.clone())));
    let mut queue: Vec<Check> = vec![Check::ForeignKeys, Check::Structure];
    queue.extend(largest_last.into_iter().map(|(name, _)| Check::Table(name)));
    let queue = std::sync::Mutex::new(queue);
    let found = std::sync::Mutex::new(Soundness::default());
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        let running: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| -> Result<(), SnapshotError> {
                    let db = RawConnection::open_immutable(path)?;
                    db.execute(CHECK_MAP)?;
                    loop {
                        // Its own statement, so that the queue's lock is let go before the check.
                        let next = queue.lock().unwrap_or_else(|p| p.into_inner()).pop();
                        let Some(check) = next else { break };
                        let problems = run_check(&db, &check)?;
                        let mut found = found.lock().unwrap_or_else(|p| p.into_inner());
                        let list = match check {
                            Check::ForeignKeys => &mut found.foreign_keys,
                            _ => &mut found.integrity,
                        };
                        list.extend(problems);
                        list.truncate(MAX_PROBLEMS);
                    }
                    Ok(())
                })
            })
            .collect();
        running
            .into_iter()
            .map(|worker| {
                worker.join().unwrap_or_else(|_| {
                    Err(SnapshotError::Sqlite {
                        path: path.display().to_string(),
                        message: "a check thread panicked".into(),
                    })
                })
            })
            .collect::<Result<Vec<()>, _>>()
    })?;
    let mut found = found.into_inner().unwrap_or_else(|p| p.into_inner());
    found.integrity.sort();
    found.foreign_keys.sort();
    Ok(found)
}

/// The problems one check finds: its lines other than "ok".
fn run_check(db: &RawConnection, check: &Check) -> Result<Vec<String>, SnapshotError> {
    let sql = match check {
        Check::Structure => format!("PRAGMA quick_check({MAX_PROBLEMS})"),
        Check::Table(name) => format!("PRAGMA integrity_check('{}')", name.replace('\'', "''")),
        Check::ForeignKeys => format!(
            "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check LIMIT {MAX_PROBLEMS}"
        ),
    };
    let mut rows = db.prepare(&sql)?;
    let mut problems = Vec::new();
    while rows.step()? {
        let line = match check {
            Check::ForeignKeys => match rows.is_null(1) {
                false => format!(
                    "{} row {} names a missing {}",
                    rows.text(0),
                    rows.int(1),
                    rows.text(2)
                ),
                true => format!("{} names a missing {}", rows.text(0), rows.text(2)),
            },
            _ => rows.text(0),
        };
        if line != "ok" {
            problems.push(line);
        }
    }
    Ok(problems)
}

/// Moves everything the write-ahead log of the database at `path` holds into the file and
/// leaves WAL mode, which removes the `-wal` and `-shm` files: the file alone is then the
/// whole database. Blocking. SQLite keeps each step crash-safe.
pub fn fold_write_ahead_log(path: &Path) -> Result<(), SnapshotError> {
    let db = RawConnection::open(path, ffi::SQLITE_OPEN_READWRITE)?;
    db.execute("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn create(path: &Path, sql: &str) -> RawConnection {
        let db = RawConnection::open(path, ffi::SQLITE_OPEN_READWRITE | ffi::SQLITE_OPEN_CREATE)
            .unwrap();
        db.execute(sql).unwrap();
        db
    }

    #[tokio::test]
    async fn the_image_holds_what_is_still_in_the_write_ahead_log() {
        let dir = tempfile::tempdir().unwrap();
        let source = dir.path().join("source.db");
        // The writer stays open, so its commits stay in the -wal file, not yet in the file.
        let writer = create(
            &source,
            "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;
             CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
             INSERT INTO t (v) SELECT hex(randomblob(50)) FROM n;",
        );
        assert!(dir.path().join("source.db-wal").metadata().unwrap().len() > 0);
        let mut image = Vec::new();
        let taken = write_image(&source, &mut image).unwrap();
        writer
            .execute("INSERT INTO t (v) VALUES ('after')")
            .unwrap();

        assert_eq!(image.len() % 4096, 0);
        let copy = dir.path().join("copy.db");
        std::fs::write(&copy, &image).unwrap();
        let found = contents(&copy).await.unwrap();
        assert_eq!(found, taken);
        assert_eq!(found.tables["t"], 5000);
        assert_eq!(soundness(&copy).await.unwrap(), Soundness::default());
    }

    #[tokio::test]
    async fn soundness_finds_an_index_that_disagrees_with_its_table_and_orphans() {
        let dir = tempfile::tempdir().unwrap();
        // Names a file URI would misread, to check they are escaped.
        let path = dir.path().join("a?b#c%20d.db");
        let db = create(
            &path,
            "CREATE TABLE parent (id INTEGER PRIMARY KEY);
             CREATE TABLE child (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER,
                                 parent_id INTEGER REFERENCES parent (id));
             CREATE INDEX child_a ON child (a);
             INSERT INTO parent (id) VALUES (1);
             PRAGMA foreign_keys = OFF;
             INSERT INTO child (a, b, parent_id) VALUES (1, 10, 1), (2, 20, 7), (3, 30, 1);",
        );
        assert_eq!(
            soundness(&path).await.unwrap().foreign_keys,
            ["child row 2 names a missing parent"]
        );
        // The index now claims to hold column b, while its entries hold a: a damage only the
        // table-by-table check sees (quick_check does not compare indexes with tables).
        db.execute(
            "PRAGMA writable_schema = ON;
             UPDATE sqlite_schema SET sql = 'CREATE INDEX child_a ON child (b)'
              WHERE name = 'child_a';",
        )
        .unwrap();
        drop(db);
        let found = soundness(&path).await.unwrap();
        assert!(
            found.integrity.iter().any(|line| line.contains("child_a")),
            "{found:?}"
        );
        assert_eq!(found.foreign_keys, ["child row 2 names a missing parent"]);
    }

    #[test]
    fn a_uri_keeps_every_byte_of_the_file_name() {
        assert_eq!(
            immutable_uri(b"/tmp/a?b#c%d.db"),
            b"file:/tmp/a%3Fb%23c%25d.db?immutable=1"
        );
    }
}
