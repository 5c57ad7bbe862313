//! `vpnmine server copy-store`: a SQLite platform copied into an empty PostgreSQL database
//! (issue #18), checked by row counts and per-account ledger totals to the micro-token.
//!
//! The source is read inside one read transaction, so a server may go on writing it: the copy
//! is the database as of one moment. The target is written inside one transaction, schema
//! included, so a copy that fails (or is killed) leaves the target database as empty as it was.
//!
//! Every table is copied as it is, derived totals included: they are the platform's state (a
//! rolled-up hour keeps the running sums of its raw samples, which a recount from the rolled-up
//! rows would only approach). So the target's triggers are off while the rows go in, then on.
//! Rows travel in PostgreSQL's COPY text format; a float is written as the shortest decimal
//! that reads back as the same bits.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

use futures_util::TryStreamExt as _;
use sqlx::postgres::{PgConnection, Postgres};
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use sqlx::{AssertSqlSafe, Connection as _, Row as _, Transaction, TypeInfo as _, ValueRef as _};

use super::{latest_schema_version, pg_migrator, schema_version_of};
use crate::server::db_lock::LockError;

/// Rows are sent to PostgreSQL in pieces of about this many bytes.
const SEND_BYTES: usize = 1 << 20;

#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    #[error("no SQLite database at {0}")]
    NoSource(PathBuf),
    #[error("{0} is being restored")]
    Restoring(PathBuf),
    #[error(transparent)]
    Lock(LockError),
    #[error(
        "{path} is at schema version {found} and this vpnmine copies version {expected}: {advice}"
    )]
    SourceVersion {
        path: PathBuf,
        found: i64,
        expected: i64,
        advice: &'static str,
    },
    #[error(
        "the target database is not empty ({} tables, e.g. {}): copy-store fills an empty database only",
        .0.len(), .0.first().map(String::as_str).unwrap_or_default()
    )]
    TargetNotEmpty(Vec<String>),
    #[error("cannot connect to PostgreSQL: {0}")]
    Connect(sqlx::Error),
    #[error("cannot read the SQLite database: {0}")]
    Source(sqlx::Error),
    #[error("table {table}: {reason}")]
    BadValue { table: String, reason: String },
    #[error("the copy does not match its source, nothing was kept: {}", .0.join("; "))]
    Mismatch(Vec<String>),
    #[error("PostgreSQL: {0}")]
    Target(#[from] sqlx::Error),
    #[error("PostgreSQL schema: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// What a copy did.
#[derive(Debug)]
pub struct CopyReport {
    /// Rows per table, as counted on both sides.
    pub tables: BTreeMap<String, u64>,
    /// Accounts whose ledger entries and totals were compared.
    pub ledger_accounts: usize,
    pub duration_ms: u64,
}

/// Copies the SQLite database at `from` into the empty PostgreSQL database at `to`.
pub async fn sqlite_to_postgres(from: &Path, to: &str) -> Result<CopyReport, CopyError> {
    let started = Instant::now();
    if !from.is_file() {
        return Err(CopyError::NoSource(from.to_path_buf()));
    }
    // As every process that opens the database: no restore replaces it meanwhile.
    let _shared = crate::server::db_lock::shared(from).map_err(|e| match e {
        LockError::Held { .. } => CopyError::Restoring(from.to_path_buf()),
        e => CopyError::Lock(e),
    })?;
    let options = SqliteConnectOptions::new().filename(from).read_only(true);
    let mut source = SqliteConnection::connect_with(&options)
        .await
        .map_err(CopyError::Source)?;
    let mut target = PgConnection::connect(to)
        .await
        .map_err(CopyError::Connect)?;

    let mut snapshot = source.begin().await.map_err(CopyError::Source)?;
    check_source_version(&mut snapshot, from).await?;
    let mut tx = target.begin().await?;
    // Whatever the database's default: the emptiness check must see what a copy that went
    // before it committed while it waited.
    sqlx::query("SET TRANSACTION ISOLATION LEVEL READ COMMITTED")
        .execute(&mut *tx)
        .await?;
    // One copy into a database at a time: a second one waits here, then finds it filled.
    sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended('vpnmine copy-store', 0))")
        .execute(&mut *tx)
        .await?;
    // pg_class, not information_schema: it also lists what this user may not read.
    let existing: Vec<String> = sqlx::query_scalar(
        "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname = current_schema() \
           AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') ORDER BY 1",
    )
    .fetch_all(&mut *tx)
    .await?;
    if !existing.is_empty() {
        return Err(CopyError::TargetNotEmpty(existing));
    }
    pg_migrator().run(&mut *tx).await?;

    let tables = tables_parents_first(&mut tx).await?;
    for table in &tables {
        sqlx::query(AssertSqlSafe(format!(
            "ALTER TABLE \"{table}\" DISABLE TRIGGER USER"
        )))
        .execute(&mut *tx)
        .await?;
    }
    // The schema's own rows (the built-in alert rules, the counters' single rows) come from the
    // source, as the platform has them now.
    let all = tables
        .iter()
        .map(|t| format!("\"{t}\""))
        .collect::<Vec<_>>()
        .join(", ");
    sqlx::query(AssertSqlSafe(format!("TRUNCATE {all}")))
        .execute(&mut *tx)
        .await?;
    let mut counts = BTreeMap::new();
    let mut mismatches = Vec::new();
    for table in &tables {
        let sent = copy_table(&mut snapshot, &mut tx, table).await?;
        let in_source: i64 =
            sqlx::query_scalar(AssertSqlSafe(format!("SELECT COUNT(*) FROM \"{table}\"")))
                .fetch_one(&mut *snapshot)
                .await
                .map_err(CopyError::Source)?;
        let in_target: i64 =
            sqlx::query_scalar(AssertSqlSafe(format!("SELECT COUNT(*) FROM \"{table}\"")))
                .fetch_one(&mut *tx)
                .await?;
        if sent != in_source as u64 || in_target != in_source {
            mismatches.push(format!(
                "{table}: {in_source} rows in SQLite, {sent} sent, {in_target} in PostgreSQL"
            ));
        }
        counts.insert(table.clone(), in_target as u64);
    }
    for table in &tables {
        sqlx::query(AssertSqlSafe(format!(
            "ALTER TABLE \"{table}\" ENABLE TRIGGER USER"
        )))
        .execute(&mut *tx)
        .await?;
    }
    restart_identities(&mut snapshot, &mut tx).await?;
    let ledger_accounts = check_ledger(&mut snapshot, &mut tx, &mut mismatches).await?;
    if !mismatches.is_empty() {
        return Err(CopyError::Mismatch(mismatches));
    }
    // The source is read; nothing it says now can change the copy.
    drop(snapshot);
    // The planner's statistics, so that the first queries do not scan what an index serves.
    sqlx::query("ANALYZE").execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(CopyReport {
        tables: counts,
        ledger_accounts,
        duration_ms: started.elapsed().as_millis() as u64,
    })
}

/// The source must be at the schema the target gets: an older one is migrated by opening it
/// once with this vpnmine; a newer one needs a newer vpnmine.
async fn check_source_version(source: &mut SqliteConnection, path: &Path) -> Result<(), CopyError> {
    let found = schema_version_of(source)
        .await
        .map_err(CopyError::Source)?
        .unwrap_or(0);
    let expected = latest_schema_version();
    let advice = if found < expected {
        "open it once with this vpnmine (`vpnmine server --db PATH`) to migrate it, then copy"
    } else if found > expected {
        "a newer vpnmine made it; copy it with that version"
    } else {
        return Ok(());
    };
    Err(CopyError::SourceVersion {
        path: path.to_path_buf(),
        found,
        expected,
        advice,
    })
}

/// The target's tables, each after the tables its foreign keys reference.
async fn tables_parents_first(
    tx: &mut Transaction<'_, Postgres>,
) -> Result<Vec<String>, CopyError> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text FROM information_schema.tables \
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' \
           AND table_name <> '_sqlx_migrations' ORDER BY 1",
    )
    .fetch_all(&mut **tx)
    .await?;
    let edges: Vec<(String, String)> = sqlx::query_as(
        "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text \
         FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace \
         WHERE c.contype = 'f' AND n.nspname = current_schema()",
    )
    .fetch_all(&mut **tx)
    .await?;
    let mut parents: HashMap<&str, HashSet<&str>> = HashMap::new();
    for (child, parent) in &edges {
        if child != parent {
            parents.entry(child).or_default().insert(parent);
        }
    }
    let mut ordered: Vec<String> = Vec::with_capacity(tables.len());
    let mut placed: HashSet<&str> = HashSet::new();
    while ordered.len() < tables.len() {
        let ready: Vec<&String> = tables
            .iter()
            .filter(|t| !placed.contains(t.as_str()))
            .filter(|t| {
                parents
                    .get(t.as_str())
                    .is_none_or(|ps| ps.iter().all(|p| placed.contains(p)))
            })
            .collect();
        assert!(!ready.is_empty(), "a cycle of foreign keys in the schema");
        for table in ready {
            placed.insert(table);
            ordered.push(table.clone());
        }
    }
    Ok(ordered)
}

/// Copies one table's rows; returns how many were sent.
async fn copy_table(
    source: &mut SqliteConnection,
    tx: &mut Transaction<'_, Postgres>,
    table: &str,
) -> Result<u64, CopyError> {
    let columns: Vec<(String, String)> = sqlx::query_as(
        "SELECT column_name::text, data_type::text FROM information_schema.columns \
         WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
    )
    .bind(table)
    .fetch_all(&mut **tx)
    .await?;
    let list = columns
        .iter()
        .map(|(c, _)| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let select = format!("SELECT {list} FROM \"{table}\"");
    let mut rows = sqlx::query(AssertSqlSafe(select)).fetch(&mut *source);
    let mut copy = tx
        .copy_in_raw(&format!("COPY \"{table}\" ({list}) FROM STDIN"))
        .await?;
    let mut buffer = String::with_capacity(SEND_BYTES + 4096);
    let mut sent = 0u64;
    let bad = |reason: String| CopyError::BadValue {
        table: table.to_string(),
        reason,
    };
    let outcome: Result<(), CopyError> = async {
        while let Some(row) = rows.try_next().await.map_err(CopyError::Source)? {
            for (i, (column, data_type)) in columns.iter().enumerate() {
                if i > 0 {
                    buffer.push('\t');
                }
                let value = row.try_get_raw(i).map_err(CopyError::Source)?;
                if value.is_null() {
                    buffer.push_str("\\N");
                    continue;
                }
                // What SQLite stored must be what the column holds: PostgreSQL would read the
                // text 'NaN' into a float column, or fail on 1.5 in an integer one without
                // naming it.
                let class = value.type_info().name().to_string();
                match (class.as_str(), data_type.as_str()) {
                    ("INTEGER", "bigint" | "double precision") => {
                        buffer.push_str(&row.get::<i64, _>(i).to_string())
                    }
                    ("REAL", "double precision") => {
                        buffer.push_str(&float_text(row.get::<f64, _>(i)))
                    }
                    ("TEXT", "text") => {
                        let text: &str = row
                            .try_get(i)
                            .map_err(|e| bad(format!("{column} is not UTF-8 text ({e})")))?;
                        if text.contains('\0') {
                            return Err(bad(format!("{column} holds a NUL character")));
                        }
                        escape_into(&mut buffer, text);
                    }
                    (class, data_type) => {
                        return Err(bad(format!(
                            "{column} holds a {class} value where PostgreSQL has {data_type}"
                        )));
                    }
                }
            }
            buffer.push('\n');
            sent += 1;
            if buffer.len() >= SEND_BYTES {
                copy.send(buffer.as_bytes()).await?;
                buffer.clear();
            }
        }
        if !buffer.is_empty() {
            copy.send(buffer.as_bytes()).await?;
        }
        Ok(())
    }
    .await;
    match outcome {
        Ok(()) => {
            copy.finish().await?;
            Ok(sent)
        }
        Err(e) => {
            copy.abort(e.to_string()).await.ok();
            Err(e)
        }
    }
}

/// A float as COPY reads it back to the same bits.
fn float_text(value: f64) -> String {
    if value.is_nan() {
        "NaN".into()
    } else if value.is_infinite() {
        if value > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else {
        // Rust's shortest round-trip decimal; PostgreSQL reads it exactly.
        value.to_string()
    }
}

/// COPY's text format: backslash, tab, newline and carriage return escaped.
fn escape_into(buffer: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '\\' => buffer.push_str("\\\\"),
            '\t' => buffer.push_str("\\t"),
            '\n' => buffer.push_str("\\n"),
            '\r' => buffer.push_str("\\r"),
            c => buffer.push(c),
        }
    }
}

/// Identity columns go on after the largest id SQLite ever gave (its `sqlite_sequence`, which
/// remembers ids whose rows retention has since removed: reusing one would, for instance, make
/// old failed logins count again), or the largest copied. COPY writes ids without moving them.
async fn restart_identities(
    source: &mut SqliteConnection,
    tx: &mut Transaction<'_, Postgres>,
) -> Result<(), CopyError> {
    let given: HashMap<String, i64> =
        sqlx::query_as::<_, (String, i64)>("SELECT name, seq FROM sqlite_sequence")
            .fetch_all(&mut *source)
            .await
            .map_err(CopyError::Source)?
            .into_iter()
            .collect();
    let identities: Vec<(String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text FROM information_schema.columns \
         WHERE table_schema = current_schema() AND is_identity = 'YES'",
    )
    .fetch_all(&mut **tx)
    .await?;
    for (table, column) in identities {
        let floor = given.get(&table).copied().unwrap_or(0);
        sqlx::query(AssertSqlSafe(format!(
            "SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), \
                           GREATEST(COALESCE(MAX(\"{column}\"), 0), $1) + 1, false) \
             FROM \"{table}\""
        )))
        .bind(floor)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Each account's entries and their sum, on both sides, to the micro-token; and the target's
/// balances against its ledger. Returns how many accounts were compared.
async fn check_ledger(
    source: &mut SqliteConnection,
    tx: &mut Transaction<'_, Postgres>,
    mismatches: &mut Vec<String>,
) -> Result<usize, CopyError> {
    let in_source: Vec<(String, i64, String)> = sqlx::query_as(
        "SELECT account_id, COUNT(*), CAST(SUM(amount) AS TEXT) FROM ledger GROUP BY account_id",
    )
    .fetch_all(&mut *source)
    .await
    .map_err(CopyError::Source)?;
    let in_target: Vec<(String, i64, String)> = sqlx::query_as(
        "SELECT account_id, COUNT(*), SUM(amount)::text FROM ledger GROUP BY account_id",
    )
    .fetch_all(&mut **tx)
    .await?;
    let source_totals: BTreeMap<_, _> = in_source
        .into_iter()
        .map(|(account, n, sum)| (account, (n, sum)))
        .collect();
    let target_totals: BTreeMap<_, _> = in_target
        .into_iter()
        .map(|(account, n, sum)| (account, (n, sum)))
        .collect();
    for account in source_totals.keys().chain(target_totals.keys()) {
        let (left, right) = (source_totals.get(account), target_totals.get(account));
        if left != right {
            mismatches.push(format!(
                "ledger of {account}: (entries, micro-tokens) {left:?} in SQLite, {right:?} in PostgreSQL"
            ));
        }
    }
    let off_balance: Vec<String> = sqlx::query_scalar(
        "SELECT COALESCE(l.account_id, b.account_id) FROM ( \
             SELECT account_id, \
                    SUM(CASE WHEN kind IN ('hold', 'release') THEN 0 ELSE amount END) AS balance, \
                    SUM(CASE WHEN kind IN ('hold', 'release') THEN -amount ELSE 0 END) AS held \
             FROM ledger GROUP BY account_id) AS l \
         FULL JOIN account_balances AS b USING (account_id) \
         WHERE l.balance IS DISTINCT FROM b.balance OR l.held IS DISTINCT FROM b.held \
         ORDER BY 1 LIMIT 10",
    )
    .fetch_all(&mut **tx)
    .await?;
    if !off_balance.is_empty() {
        mismatches.push(format!(
            "account balances that are not their ledger's sums: {}",
            off_balance.join(", ")
        ));
    }
    Ok(source_totals.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_are_written_to_read_back_as_the_same_bits() {
        for value in [
            0.1,
            1.0 / 3.0,
            -2.5e-310,
            1e300,
            f64::MAX,
            -0.0,
            123456789.125,
        ] {
            let text = float_text(value);
            assert_eq!(
                text.parse::<f64>().unwrap().to_bits(),
                value.to_bits(),
                "{text}"
            );
        }
        assert_eq!(float_text(f64::INFINITY), "Infinity");
        assert_eq!(float_text(f64::NEG_INFINITY), "-Infinity");
        assert_eq!(float_text(f64::NAN), "NaN");
    }

    #[test]
    fn text_is_escaped_for_copy() {
        let mut out = String::new();
        escape_into(&mut out, "a\tb\nc\\d\re \\N é");
        assert_eq!(out, "a\\tb\\nc\\\\d\\re \\\\N é");
    }
}
