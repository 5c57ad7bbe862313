//! The server's only access to the database, with versioned migrations: SQLite, and PostgreSQL
//! for a platform that outgrows one machine (issue #18, under way: [`Store::open_postgres`]).
//!
//! Every statement goes through one seam, [`engine`], which runs the same text on either
//! engine. Queries stay in plain, portable SQL (no SQLite date functions, unix-second integers);
//! what one engine alone understands is chosen there or beside the statement, by
//! [`Engine`].

pub mod accounts;
pub mod admin;
pub mod agent_tokens;
pub mod alert_deliveries;
pub mod alert_events;
pub mod alert_rules;
pub mod alerts;
pub mod audit;
pub mod auth;
pub mod connections;
pub mod copy;
pub mod demo;
pub mod economy;
pub mod engine;
pub mod export_rows;
mod generation;
pub mod heartbeats;
pub mod maintenance;
pub mod metrics;
pub mod mining;
mod rows;
pub mod seed;
pub mod servers;
pub mod sessions;
pub mod snapshot;
mod sqlite_settings;
pub mod users;
pub mod uuids;
pub mod withdrawals;

pub use engine::{Conn, Db, Engine, PooledConn, Tx, without_password};
pub use rows::{Flag, migrator, pg_migrator};

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions as _, Connection as _};
use tracing::Instrument as _;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open database {path}: {source}")]
    Open { path: String, source: sqlx::Error },
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error(
        "database {path} is at schema version {database}, but this vpnmine ({version}) knows \
         versions up to {binary}: a newer vpnmine migrated it. Run that version (or newer), or \
         restore a backup taken before the upgrade; nothing was changed",
        version = env!("CARGO_PKG_VERSION")
    )]
    NewerSchema {
        path: String,
        database: i64,
        binary: i64,
    },
    #[error("database error: {0}")]
    Sql(#[from] sqlx::Error),
    #[error(
        "cannot open database {path}: `vpnmine server restore` is replacing it; start again when it is done"
    )]
    Restoring { path: String },
    #[error("cannot open database {path}: {source}")]
    Lock {
        path: String,
        source: crate::server::db_lock::LockError,
    },
}

impl StoreError {
    /// A UNIQUE constraint refused the write (e.g. a host name another request took first).
    pub fn is_unique_violation(&self) -> bool {
        matches!(self, Self::Sql(sqlx::Error::Database(e)) if e.is_unique_violation())
    }
}

/// A handle to the database, cheap to clone.
#[derive(Clone, Debug)]
pub struct Store {
    pool: Db,
    /// Bumped by every write that answers may depend on; see [`Store::generation`].
    generation: Arc<AtomicU64>,
    /// On PostgreSQL, where the generation is the database's: its reads, joined.
    generation_reads: Arc<generation::JoinedReads>,
    /// Taken before a money transaction (withdrawals) asks SQLite for the write lock: this
    /// process's writers then wait their turn in order instead of in SQLite's busy handler,
    /// whose growing sleeps made the latency of a burst of requests jump. Other processes
    /// are still kept out by the IMMEDIATE transaction itself.
    money_writes: Arc<tokio::sync::Mutex<()>>,
    /// Held for a whole retention pass (see `store::maintenance`): the hourly pass and an
    /// admin's `runMaintenance` run one after the other, not both over the same hours at once.
    /// On PostgreSQL a pass also holds the database's turn, for the other replicas' passes.
    maintenance_passes: Arc<tokio::sync::Mutex<()>>,
    /// The shared lock on `PATH.lock` held while the file is open (see `server::db_lock`):
    /// it keeps `vpnmine server restore` from replacing the database under us.
    _file_lock: Option<Arc<std::fs::File>>,
}

/// A retention pass's turn (see [`Store::maintenance_turn`]).
pub(crate) struct MaintenanceTurn<'s> {
    _local: tokio::sync::MutexGuard<'s, ()>,
    /// On PostgreSQL, the connection whose session holds the database's turn.
    _database: Option<PooledConn>,
}

/// Appends ` IN (?, ?, ...)` binding `values`; callers skip the query when there are none.
pub(crate) fn push_in<'t, T>(
    qb: &mut sqlx::QueryBuilder<sqlx::Any>,
    values: impl IntoIterator<Item = T>,
) where
    T: sqlx::Encode<'t, sqlx::Any> + sqlx::Type<sqlx::Any>,
{
    qb.push(" IN (");
    let mut list = qb.separated(", ");
    for value in values {
        list.push_bind(value);
    }
    qb.push(")");
}

/// Statements slower than this are logged at WARN, with their SQL (sqlx's default: 1 s).
const SLOW_STATEMENT: Duration = Duration::from_secs(1);

/// [`SLOW_STATEMENT`], or `VPNMINE_SLOW_STATEMENT_MS` milliseconds: an operator tuning what the
/// log calls slow (and tests making every statement slow).
fn slow_statement_threshold() -> Duration {
    std::env::var("VPNMINE_SLOW_STATEMENT_MS")
        .ok()
        .and_then(|ms| ms.trim().parse().ok())
        .map_or(SLOW_STATEMENT, Duration::from_millis)
}

/// The URL sqlx's engine-neutral driver opens the SQLite database at `path` by, creating it if
/// needed. Its folder, which must exist, is resolved (a relative path would be read as the URL's
/// host, and a URL's `..` is undone as text, not through links), and the path percent-encoded,
/// so that `?`, `#` and `%` in a file name stay in it.
fn sqlite_url(path: &str) -> Result<String, sqlx::Error> {
    if path == IN_MEMORY {
        return Ok("sqlite::memory:".to_string());
    }
    let path = Path::new(path);
    let file = path.file_name().ok_or_else(|| {
        sqlx::Error::Configuration(format!("{} names no file", path.display()).into())
    })?;
    let folder = match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(folder) => folder.canonicalize()?,
        None => std::env::current_dir()?,
    };
    let path = folder.join(file);
    let path = path.to_str().ok_or_else(|| {
        sqlx::Error::Configuration(format!("{} is not valid UTF-8", path.display()).into())
    })?;
    const IN_PATH: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'/')
        .remove(b'.')
        .remove(b'-')
        .remove(b'_');
    let encoded = percent_encoding::utf8_percent_encode(path, IN_PATH);
    Ok(format!("sqlite://{encoded}?mode=rwc"))
}

/// The path that means "a fresh database in memory", for tests.
pub const IN_MEMORY: &str = ":memory:";

/// The ledger account of the platform itself, which withdrawal fees are paid to. It is not a
/// user (migration 0014 lets the ledger name it), so it can never log in or be deleted.
pub const PLATFORM_ACCOUNT: &str = "platform";

/// The schema version this binary migrates databases to: its latest migration.
pub fn latest_schema_version() -> i64 {
    migrator().iter().map(|m| m.version).max().unwrap_or(0)
}

/// The latest migration applied to a SQLite database, or `None` when none was (no
/// `_sqlx_migrations` table: not a vpnmine database, or an empty one).
pub(crate) async fn schema_version_of(
    conn: &mut sqlx::SqliteConnection,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM sqlite_master
                                  WHERE type = 'table' AND name = '_sqlx_migrations')
                THEN (SELECT MAX(version) FROM _sqlx_migrations) END",
    )
    .fetch_one(conn)
    .await
}

/// Refuses a database a newer binary migrated, before anything is written to it (the pool's
/// connections would already switch its journal mode): sqlx itself would fail with "migration
/// N was previously applied but is missing", which names neither version.
async fn refuse_newer_schema(
    path: &str,
    migrator: &sqlx::migrate::Migrator,
) -> Result<(), StoreError> {
    if path == IN_MEMORY || !Path::new(path).exists() {
        return Ok(());
    }
    let open_err = |source| StoreError::Open {
        path: path.to_string(),
        source,
    };
    let options = SqliteConnectOptions::new().filename(path).read_only(true);
    let mut conn = sqlx::SqliteConnection::connect_with(&options)
        .await
        .map_err(open_err)?;
    let database = schema_version_of(&mut conn).await.map_err(open_err)?;
    conn.close().await.map_err(open_err)?;
    refuse_newer_than(migrator, database, path)
}

/// Refuses a database at schema version `database` (`None`: not migrated) when `migrator`
/// knows only older versions; `shown` names the database in the error.
fn refuse_newer_than(
    migrator: &sqlx::migrate::Migrator,
    database: Option<i64>,
    shown: &str,
) -> Result<(), StoreError> {
    let binary = migrator.iter().map(|m| m.version).max().unwrap_or(0);
    match database {
        Some(database) if database > binary => Err(StoreError::NewerSchema {
            path: shown.to_string(),
            database,
            binary,
        }),
        _ => Ok(()),
    }
}

impl Store {
    /// Opens (creating if needed) the database at `path`, or an in-memory one for `:memory:`,
    /// and applies pending migrations.
    pub async fn open(path: &str) -> Result<Self, StoreError> {
        sqlite_settings::configure_library();
        let migrator = migrator();
        refuse_newer_schema(path, migrator).await?;
        let open_err = |source| StoreError::Open {
            path: path.to_string(),
            source,
        };
        let file_lock = if path == IN_MEMORY {
            None
        } else {
            Some(Arc::new(Self::lock_shared(path)?))
        };
        sqlx::any::install_default_drivers();
        let url = sqlite_url(path).map_err(open_err)?;
        let options = AnyConnectOptions::from_str(&url)
            .map_err(open_err)?
            .log_slow_statements(log::LevelFilter::Warn, slow_statement_threshold());
        let pool = if path == IN_MEMORY {
            // Every SQLite connection to :memory: is its own database, so the pool holds
            // exactly one connection that never expires.
            AnyPoolOptions::new()
                .max_connections(1)
                .min_connections(1)
                .test_before_acquire(false)
                .after_connect(|conn, _| Box::pin(sqlite_settings::connection_pragmas(conn)))
                .idle_timeout(None)
                .max_lifetime(None)
                .connect_with(options)
                .await
                .map_err(open_err)?
        } else {
            if let Some(dir) = Path::new(path)
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
            {
                std::fs::create_dir_all(dir).map_err(|e| open_err(sqlx::Error::Io(e)))?;
            }
            AnyPoolOptions::new()
                .max_connections(8)
                // A ping is a round trip to the connection's worker thread before every
                // statement, and proves nothing about a local file: a broken connection fails
                // the statement itself. Without it a page costs half the thread wake-ups.
                .test_before_acquire(false)
                .after_connect(|conn, _| Box::pin(sqlite_settings::connection_pragmas(conn)))
                .connect_with(options)
                .await
                .map_err(open_err)?
        };
        // Bulk SQL, expected to be slow: see `logging::quiet_bulk_sql`.
        let pool = Db::new(pool, Engine::Sqlite);
        migrator
            .run(pool.any_pool())
            .instrument(tracing::info_span!(crate::server::logging::BULK_SQL_SPAN))
            .await?;
        let store = Self {
            pool,
            generation: Arc::default(),
            generation_reads: Arc::default(),
            money_writes: Arc::default(),
            maintenance_passes: Arc::default(),
            _file_lock: file_lock,
        };
        store.checkpoint().await?;
        Ok(store)
    }

    /// Opens the PostgreSQL database at `url` (issue #18) and applies pending migrations
    /// (`migrations/postgres`); sqlx's migrator takes an advisory lock, so replicas starting
    /// together migrate once. Every connection runs READ COMMITTED, which the schema's
    /// recounts need whatever the database's default, and finds the schema's own SUM and AVG
    /// of integers before PostgreSQL's.
    pub async fn open_postgres(url: &str) -> Result<Self, StoreError> {
        let open_err = |source| StoreError::Open {
            path: without_password(url),
            source,
        };
        if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
            return Err(open_err(sqlx::Error::Configuration(
                "expected a postgres:// URL".into(),
            )));
        }
        sqlx::any::install_default_drivers();
        let options = AnyConnectOptions::from_str(url)
            .map_err(open_err)?
            .log_slow_statements(log::LevelFilter::Warn, slow_statement_threshold());
        let pool = AnyPoolOptions::new()
            .max_connections(16)
            .after_connect(|conn, _| {
                Box::pin(async move {
                    // The store's schema before pg_catalog, for its SUM and AVG of integers
                    // (migration 20).
                    sqlx::raw_sql(
                        "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED; \
                         SELECT set_config('search_path', \
                           quote_ident(current_schema()) || ', pg_catalog', false);",
                    )
                    .execute(conn)
                    .await
                    .map(drop)
                })
            })
            .connect_with(options)
            .await
            .map_err(open_err)?;
        let migrator = pg_migrator();
        let migrated: Flag =
            sqlx::query_scalar("SELECT to_regclass('_sqlx_migrations') IS NOT NULL")
                .fetch_one(&pool)
                .await
                .map_err(open_err)?;
        if migrated.0 {
            let database: Option<i64> =
                sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations")
                    .fetch_one(&pool)
                    .await
                    .map_err(open_err)?;
            refuse_newer_than(migrator, database, &without_password(url))?;
        }
        migrator
            .run(&pool)
            .instrument(tracing::info_span!(crate::server::logging::BULK_SQL_SPAN))
            .await?;
        Ok(Self {
            pool: Db::new(pool, Engine::Postgres),
            generation: Arc::default(),
            generation_reads: Arc::default(),
            money_writes: Arc::default(),
            maintenance_passes: Arc::default(),
            _file_lock: None,
        })
    }

    /// The shared lock of a database file (see `server::db_lock`).
    fn lock_shared(path: &str) -> Result<std::fs::File, StoreError> {
        use crate::server::db_lock::{self, LockError};
        if let Some(dir) = Path::new(path)
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::Open {
                path: path.to_string(),
                source: sqlx::Error::Io(e),
            })?;
        }
        db_lock::shared(Path::new(path)).map_err(|e| match e {
            LockError::Held { .. } => StoreError::Restoring {
                path: path.to_string(),
            },
            source @ LockError::Io { .. } => StoreError::Lock {
                path: path.to_string(),
                source,
            },
        })
    }

    /// Moves what the write-ahead log holds into the database file and empties the log: after
    /// bulk writes (migrations, the demo seed), so that reads do not search a large log.
    /// PostgreSQL manages its own log: there it does nothing.
    pub async fn checkpoint(&self) -> Result<(), StoreError> {
        if self.pool.engine() != Engine::Sqlite {
            return Ok(());
        }
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Waits for this process's turn at a money transaction (see `money_writes`).
    pub(crate) async fn money_turn(&self) -> tokio::sync::MutexGuard<'_, ()> {
        self.money_writes.lock().await
    }

    /// Waits for any retention pass to finish (see `maintenance_passes`): this process's, and
    /// on PostgreSQL any replica's. The turn lasts as long as the returned guard.
    pub(crate) async fn maintenance_turn(&self) -> Result<MaintenanceTurn<'_>, StoreError> {
        let local = self.maintenance_passes.lock().await;
        let database = match self.pool.engine() {
            Engine::Sqlite => None,
            Engine::Postgres => {
                // A session lock, as a pass is many transactions: it goes with the session,
                // which ends when the guard drops the connection (or the process dies).
                let mut conn = self.pool.acquire().await?;
                conn.close_on_drop();
                sqlx::query(
                    "SELECT pg_advisory_lock(hashtextextended('vpnmine retention pass', 0))",
                )
                .execute(&mut *conn)
                .await?;
                Some(conn)
            }
        };
        Ok(MaintenanceTurn {
            _local: local,
            _database: database,
        })
    }

    pub fn pool(&self) -> &Db {
        &self.pool
    }

    /// A number that changes whenever data may have changed: answers computed under one
    /// generation stay right until it moves. Mutations (the transport) and heartbeats (which
    /// also arrive from the simulator) move it. On PostgreSQL it is the database's, so that a
    /// write through any replica moves it for all (migration 21), and concurrent requests share
    /// its reads (`store::generation`); `None` when it cannot be read, and then nothing may be
    /// shared.
    pub async fn generation(&self) -> Option<u64> {
        match self.pool.engine() {
            Engine::Sqlite => Some(self.generation.load(Ordering::Acquire)),
            Engine::Postgres => {
                let read = || async {
                    let read = sqlx::query_scalar::<_, i64>(
                        "SELECT CASE WHEN is_called THEN last_value ELSE 0 END \
                         FROM store_generation",
                    )
                    .fetch_one(&self.pool)
                    .await;
                    match read {
                        Ok(value) => Some(value as u64),
                        Err(e) => {
                            tracing::warn!(error = %e, "the store's generation could not be read");
                            None
                        }
                    }
                };
                self.generation_reads.read(read).await
            }
        }
    }

    /// Moves the generation on: call after a write commits, before its response goes.
    pub async fn note_change(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        if self.pool.engine() == Engine::Postgres
            && let Err(e) = sqlx::query("SELECT nextval('store_generation')")
                .execute(&self.pool)
                .await
        {
            // Answers other replicas keep then live out their second (`answers::FRESH_FOR`).
            tracing::warn!(error = %e, "the store's generation could not be moved");
        }
    }

    /// True when other `vpnmine server` replicas may share the database (PostgreSQL).
    pub fn is_shared(&self) -> bool {
        self.pool.engine() == Engine::Postgres
    }

    /// Sends `payload` to every session of the database that listens on `channel`
    /// (PostgreSQL's NOTIFY; `server::replicas` listens). On SQLite, whose file one server
    /// serves, there is nobody to tell.
    pub async fn announce(&self, channel: &str, payload: &str) -> Result<(), StoreError> {
        if self.pool.engine() == Engine::Postgres {
            sqlx::query("SELECT pg_notify(?, ?)")
                .bind(channel)
                .bind(payload)
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }

    /// True when the database has neither servers nor accounts yet (a fresh file). A platform
    /// that `vpnmine server init` started has an account: `--demo` must not seed into it.
    pub async fn is_empty(&self) -> Result<bool, StoreError> {
        let count: i64 = sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM servers) + (SELECT COUNT(*) FROM users)",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(count == 0)
    }
}
