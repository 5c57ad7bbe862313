//! PostgreSQL for the tests (issue #18): the cluster named by `VPNMINE_TEST_PG`, or else a
//! throwaway one that `scripts/test-postgres.sh` starts for this test process (and stops when it
//! exits). Each test gets a database of its own in that cluster.
//!
//! A test that needs PostgreSQL skips, saying why, only when `VPNMINE_TEST_PG` is unset and no
//! cluster can be started. Under CI (`CI` set) it fails instead: CI never skips them.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use sqlx::postgres::{PgConnection, PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePool, SqlitePoolOptions};
use sqlx::{AssertSqlSafe, Column as _, Executor as _, Row as _, TypeInfo as _, ValueRef as _};

/// The cluster's URL, or why there is none.
fn cluster() -> &'static Result<String, String> {
    static CLUSTER: OnceLock<Result<String, String>> = OnceLock::new();
    CLUSTER.get_or_init(|| {
        if let Ok(url) = std::env::var("VPNMINE_TEST_PG") {
            return Ok(url);
        }
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/test-postgres.sh");
        let dir = std::env::temp_dir().join(format!("vpnmine-test-pg-{}", std::process::id()));
        let out = Command::new(&script)
            .arg("start")
            .arg(&dir)
            .arg(std::process::id().to_string())
            .output()
            .map_err(|e| format!("could not run {}: {e}", script.display()))?;
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
        } else {
            Err(format!(
                "{} could not start a cluster: {}",
                script.display(),
                String::from_utf8_lossy(&out.stderr).trim()
            ))
        }
    })
}

/// The URL of `pool`'s database in the test cluster, for a command to connect to.
pub async fn url_of(pool: &PgPool) -> String {
    let name: String = sqlx::query_scalar("SELECT current_database()::text")
        .fetch_one(pool)
        .await
        .unwrap();
    let cluster = cluster().as_ref().expect("a pool means a cluster");
    let mut url = reqwest::Url::parse(cluster).expect("the cluster's URL");
    url.set_path(&name);
    url.to_string()
}

/// A new, empty database in the test cluster, or `None` (the test then skips) when there is no
/// cluster outside CI.
pub async fn fresh_database() -> Option<PgPool> {
    let url = match cluster() {
        Ok(url) => url,
        Err(why) if std::env::var_os("CI").is_some() => {
            panic!("PostgreSQL is required under CI: set VPNMINE_TEST_PG ({why})")
        }
        Err(why) => {
            // Straight to stderr: the test harness keeps what `eprintln!` prints of a test
            // that passes.
            let _ = writeln!(
                std::io::stderr(),
                "skipped: this test needs PostgreSQL. Set VPNMINE_TEST_PG=postgres://... or \
                 install PostgreSQL's server binaries ({why})"
            );
            return None;
        }
    };
    let admin = PgPoolOptions::new()
        .max_connections(1)
        .connect(url)
        .await
        .unwrap_or_else(|e| panic!("cannot connect to the test cluster {url}: {e}"));
    drop_leftovers(&admin).await;
    let name = format!(
        "{}{}_{}",
        database_prefix(),
        std::process::id(),
        &uuid::Uuid::new_v4().simple().to_string()[..8]
    );
    admin
        .execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .await
        .expect("create the test database");
    admin.close().await;
    let mut url = reqwest::Url::parse(url).expect("VPNMINE_TEST_PG is a postgres:// URL");
    url.set_path(&name);
    Some(
        PgPoolOptions::new()
            .max_connections(4)
            .connect(url.as_str())
            .await
            .expect("connect to the test database"),
    )
}

/// The test databases of this machine are named `vpnmine_test_<machine>_<pid>_<random>`: the
/// machine's part (a hash of its host name) keeps a shared cluster's other users' databases
/// out of [`drop_leftovers`].
fn database_prefix() -> String {
    use sha2::{Digest as _, Sha256};
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    let digest = Sha256::digest(host.trim().as_bytes());
    format!("vpnmine_test_{}_", &hex::encode(digest)[..8])
}

/// Drops this machine's test databases whose test process has exited (databases are not
/// dropped when a test ends: the process may still hold connections to them).
async fn drop_leftovers(admin: &PgPool) {
    let prefix = database_prefix();
    let names: Vec<String> =
        sqlx::query_scalar("SELECT datname::text FROM pg_database WHERE starts_with(datname, $1)")
            .bind(&prefix)
            .fetch_all(admin)
            .await
            .unwrap_or_default();
    for name in names {
        let pid = name[prefix.len()..].split('_').next().unwrap_or_default();
        if !pid.is_empty() && !Path::new("/proc").join(pid).exists() {
            let _ = admin
                .execute(sqlx::AssertSqlSafe(format!(
                    "DROP DATABASE IF EXISTS {name}"
                )))
                .await;
        }
    }
}

// Reading and writing both engines with the same SQL text (`$N` placeholders, which sqlx's
// SQLite driver reads as positions too).

/// One value of a row, compared exactly (a float by its bits).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Cell {
    Null,
    Int(i64),
    Real(u64),
    Text(String),
}

/// A statement's argument. NULLs are typed: PostgreSQL checks a parameter's type.
#[derive(Debug, Clone, Copy)]
pub enum Arg {
    I(i64),
    F(f64),
    T(&'static str),
    NullInt,
}
use Arg::{F, I, NullInt, T};

/// SQLite's side of a comparison: the store's database file, opened by sqlx's own SQLite driver,
/// which tells each value's storage class (the store's pool reads through the engine-neutral one).
/// It has the store's settings that change what a write does: foreign keys, recursive triggers.
pub async fn sqlite_side(path: &Path) -> Db {
    let options = SqliteConnectOptions::new()
        .filename(path)
        .foreign_keys(true)
        .pragma("recursive_triggers", "ON");
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .expect("the store's SQLite file");
    Db::Sqlite(pool)
}

pub enum Db {
    Sqlite(SqlitePool),
    Pg(PgPool),
}

macro_rules! bind_all {
    ($query:expr, $args:expr) => {{
        let mut query = $query;
        for arg in $args {
            query = match *arg {
                I(v) => query.bind(v),
                F(v) => query.bind(v),
                T(v) => query.bind(v),
                NullInt => query.bind(None::<i64>),
            };
        }
        query
    }};
}

impl Db {
    pub fn name(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "SQLite",
            Db::Pg(_) => "PostgreSQL",
        }
    }

    pub async fn run(&self, sql: &str, args: &[Arg]) -> Result<u64, String> {
        let sql = || AssertSqlSafe(sql.to_string());
        let done = match self {
            Db::Sqlite(pool) => bind_all!(sqlx::query(sql()), args)
                .execute(pool)
                .await
                .map(|r| r.rows_affected()),
            Db::Pg(pool) => bind_all!(sqlx::query(sql()), args)
                .execute(pool)
                .await
                .map(|r| r.rows_affected()),
        };
        done.map_err(|e| e.to_string())
    }

    /// Every row of `table`, sorted.
    pub async fn rows(&self, table: &str) -> Vec<Vec<Cell>> {
        let sql = AssertSqlSafe(format!("SELECT * FROM {table}"));
        let mut rows: Vec<Vec<Cell>> = match self {
            Db::Sqlite(pool) => sqlx::query(sql)
                .fetch_all(pool)
                .await
                .unwrap()
                .iter()
                .map(|row| {
                    (0..row.len())
                        .map(|i| {
                            let raw = row.try_get_raw(i).unwrap();
                            if raw.is_null() {
                                return Cell::Null;
                            }
                            match raw.type_info().name() {
                                "INTEGER" => Cell::Int(row.get(i)),
                                "REAL" => Cell::Real(row.get::<f64, _>(i).to_bits()),
                                "TEXT" => Cell::Text(row.get(i)),
                                other => panic!("{table}: a SQLite {other} value"),
                            }
                        })
                        .collect()
                })
                .collect(),
            Db::Pg(pool) => sqlx::query(sql)
                .fetch_all(pool)
                .await
                .unwrap()
                .iter()
                .map(|row| {
                    // PostgreSQL's `rowid` columns (migration 20) stand for SQLite's, which
                    // `SELECT *` leaves out.
                    row.columns()
                        .iter()
                        .enumerate()
                        .filter(|(_, column)| column.name() != "rowid")
                        .map(|(i, column)| match column.type_info().name() {
                            "INT8" => row.get::<Option<i64>, _>(i).map_or(Cell::Null, Cell::Int),
                            "FLOAT8" => row
                                .get::<Option<f64>, _>(i)
                                .map_or(Cell::Null, |v| Cell::Real(v.to_bits())),
                            "TEXT" => row
                                .get::<Option<String>, _>(i)
                                .map_or(Cell::Null, Cell::Text),
                            other => {
                                panic!("{table}.{}: a PostgreSQL {other} column", column.name())
                            }
                        })
                        .collect()
                })
                .collect(),
        };
        rows.sort();
        rows
    }

    /// The user tables, sorted.
    pub async fn tables(&self) -> Vec<String> {
        match self {
            Db::Sqlite(pool) => sqlx::query_scalar(
                "SELECT name FROM sqlite_master WHERE type = 'table' \
                 AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations' ORDER BY name",
            )
            .fetch_all(pool)
            .await
            .unwrap(),
            Db::Pg(pool) => sqlx::query_scalar(
                "SELECT table_name::text FROM information_schema.tables \
                 WHERE table_schema = 'public' AND table_name <> '_sqlx_migrations' ORDER BY 1",
            )
            .fetch_all(pool)
            .await
            .unwrap(),
        }
    }

    /// Every table's rows.
    pub async fn dump(&self) -> BTreeMap<String, Vec<Vec<Cell>>> {
        let mut dump = BTreeMap::new();
        for table in self.tables().await {
            let rows = self.rows(&table).await;
            dump.insert(table, rows);
        }
        dump
    }
}

/// Runs each statement on both engines, and fails unless both accept it.
pub async fn on_both(dbs: &[Db; 2], steps: &[(&str, &[Arg])]) {
    for (sql, args) in steps {
        for db in dbs {
            if let Err(e) = db.run(sql, args).await {
                panic!("{} refused {sql} {args:?}: {e}", db.name());
            }
        }
    }
}

/// Every table's rows are the same on both engines, to the float bit.
pub async fn assert_same_rows(dbs: &[Db; 2]) {
    assert_same_rows_but_sums(dbs, &[]).await;
}

/// [`assert_same_rows`], except that the floats of `summed` tables may differ by a few units in
/// the last place: they are rebuilt with `SUM`, which SQLite compensates for rounding
/// (Kahan-Babuska-Neumaier) and PostgreSQL does not. Row by row, as the triggers add, both
/// engines round alike, and every other value must be the same.
pub async fn assert_same_rows_but_sums(dbs: &[Db; 2], summed: &[&str]) {
    const ULPS: u64 = 4;
    let same = |table: &str, a: &Cell, b: &Cell| match (a, b) {
        (Cell::Real(x), Cell::Real(y)) if summed.contains(&table) => {
            let (x, y) = (f64::from_bits(*x), f64::from_bits(*y));
            x == y || (x.signum() == y.signum() && x.to_bits().abs_diff(y.to_bits()) <= ULPS)
        }
        _ => a == b,
    };
    let [sqlite, pg] = dbs;
    let (left, right) = (sqlite.dump().await, pg.dump().await);
    assert_eq!(
        left.keys().collect::<Vec<_>>(),
        right.keys().collect::<Vec<_>>(),
        "the same tables"
    );
    for (table, rows) in &left {
        let other = &right[table];
        assert_eq!(
            rows.len(),
            other.len(),
            "table {table}: rows on SQLite, on PostgreSQL"
        );
        let differs = |(a, b): &(&Vec<Cell>, &Vec<Cell>)| {
            a.len() != b.len() || a.iter().zip(b.iter()).any(|(x, y)| !same(table, x, y))
        };
        if let Some((a, b)) = rows.iter().zip(other).find(differs) {
            panic!(
                "table {table}: the first row that differs\n SQLite:     {a:?}\n PostgreSQL: {b:?}"
            );
        }
    }
}

/// Runs one statement on a PostgreSQL connection (a transaction, say).
pub async fn run_in(conn: &mut PgConnection, sql: &str, args: &[Arg]) -> Result<u64, String> {
    bind_all!(sqlx::query(AssertSqlSafe(sql.to_string())), args)
        .execute(conn)
        .await
        .map(|r| r.rows_affected())
        .map_err(|e| e.to_string())
}

/// Waits until `n` transactions of `pg`'s database wait for an advisory lock: writers waiting
/// for their turn at the derived totals.
pub async fn until_waiting_for_a_turn(pg: &PgPool, n: i64) {
    for _ in 0..400 {
        let waiting: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted \
             AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        )
        .fetch_one(pg)
        .await
        .unwrap();
        if waiting >= n {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    panic!("{n} writers never waited for their turn");
}
