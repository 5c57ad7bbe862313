//! The one place that knows which engine the store's SQL runs on (issue #18).
//!
//! The store writes each statement once, with `?` placeholders, and runs it through sqlx's
//! engine-neutral driver. SQLite reads `?` itself; PostgreSQL numbers its parameters (`$1`),
//! so [`Db`] and [`Conn`] number them on the way to PostgreSQL. `QueryBuilder` and statements
//! put together from fragments keep working, as the numbering is done on the whole statement.
//!
//! Transactions that write begin here too ([`Db::begin_write`]), as each engine needs: SQLite
//! takes its write lock up front (`BEGIN IMMEDIATE`), PostgreSQL takes the writers' turn
//! (`totals_turn()`, see `migrations/postgres/0019_schema.sql`).

use std::ops::{Deref, DerefMut};

use futures_util::future::BoxFuture;
use futures_util::stream::BoxStream;
use futures_util::{FutureExt as _, StreamExt as _};
use ref_cast::RefCast;
use sqlx::any::{AnyQueryResult, AnyRow, AnyStatement, AnyTypeInfo};
use sqlx::pool::PoolConnection;
use sqlx::{
    Any, AnyConnection, AnyPool, AssertSqlSafe, Either, Execute, Executor, SqlSafeStr as _, SqlStr,
    Transaction,
};

/// The engines the store runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    /// The engine behind a connection of sqlx's engine-neutral driver.
    fn of(conn: &AnyConnection) -> Self {
        if conn.backend_name() == "PostgreSQL" {
            Engine::Postgres
        } else {
            Engine::Sqlite
        }
    }

    /// The function that gives the 1-based position of a text in another (0 when absent):
    /// `{position_of}(haystack, needle)`.
    pub fn position_of(self) -> &'static str {
        match self {
            Engine::Sqlite => "instr",
            Engine::Postgres => "strpos",
        }
    }

    /// A text compared without regard to ASCII case, on both sides of `=` or before `IN`:
    /// SQLite's NOCASE collation, PostgreSQL's `lower`. Each engine's schema indexes
    /// usernames this way.
    pub fn ignoring_case(self, text: &str) -> String {
        match self {
            Engine::Sqlite => format!("{text} COLLATE NOCASE"),
            Engine::Postgres => format!("lower({text})"),
        }
    }

    /// What goes around each bound value compared with an [`Engine::ignoring_case`] text:
    /// `{before}?{after}`.
    pub fn ignoring_case_around_bind(self) -> (&'static str, &'static str) {
        match self {
            Engine::Sqlite => ("", " COLLATE NOCASE"),
            Engine::Postgres => ("lower(", ")"),
        }
    }

    /// What rounds a non-negative float down, as `CAST({floor}(x) AS BIGINT)`: SQLite's CAST
    /// truncates (and `floor` is not built in), PostgreSQL's rounds to the nearest.
    pub fn floor(self) -> &'static str {
        match self {
            Engine::Sqlite => "",
            Engine::Postgres => "floor",
        }
    }

    /// A row's address within its table, for deleting rows a subquery picked. SQLite's rowid;
    /// PostgreSQL's ctid, which a row keeps until it is updated (the store deletes by it in
    /// the statement that read it).
    pub fn row_address(self) -> &'static str {
        match self {
            Engine::Sqlite => "rowid",
            Engine::Postgres => "ctid",
        }
    }
}

/// The store's pool of connections, to either engine.
#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    engine: Engine,
}

impl Db {
    pub(super) fn new(pool: AnyPool, engine: Engine) -> Self {
        Self { pool, engine }
    }

    pub fn engine(&self) -> Engine {
        self.engine
    }

    /// The pool itself, for what needs no numbering: migrations, closing.
    pub fn any_pool(&self) -> &AnyPool {
        &self.pool
    }

    /// A transaction for reads, or for writes that need no turn (SQLite's deferred `BEGIN`).
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        Ok(Tx(self.pool.begin().await?))
    }

    /// A transaction that only reads, and reads one snapshot throughout: a count and its page,
    /// or balances and the entries between them, agree. SQLite's deferred `BEGIN` reads one
    /// snapshot from its first read; PostgreSQL's READ COMMITTED would take a new one for every
    /// statement, so it reads at REPEATABLE READ.
    pub async fn begin_read(&self) -> Result<Tx, sqlx::Error> {
        match self.engine {
            Engine::Sqlite => self.begin().await,
            Engine::Postgres => Ok(Tx(self
                .pool
                .begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                .await?)),
        }
    }

    /// A transaction that writes, holding the engine's write turn from its first statement to
    /// its end, so that what it reads stays true until it commits.
    pub async fn begin_write(&self) -> Result<Tx, sqlx::Error> {
        match self.engine {
            Engine::Sqlite => Ok(Tx(self.pool.begin_with("BEGIN IMMEDIATE").await?)),
            Engine::Postgres => {
                let mut tx = self.pool.begin().await?;
                sqlx::query("SELECT totals_turn()")
                    .execute(&mut *tx)
                    .await?;
                Ok(Tx(tx))
            }
        }
    }

    /// A connection of the pool, to run several statements on.
    pub async fn acquire(&self) -> Result<PooledConn, sqlx::Error> {
        Ok(PooledConn(self.pool.acquire().await?))
    }
}

/// A connection of sqlx's engine-neutral driver that numbers placeholders for PostgreSQL.
#[derive(Debug, RefCast)]
#[repr(transparent)]
pub struct Conn(AnyConnection);

impl Conn {
    /// A connection of sqlx's engine-neutral driver, as the store uses it.
    pub fn of(conn: &mut AnyConnection) -> &mut Conn {
        Conn::ref_cast_mut(conn)
    }

    pub fn engine(&self) -> Engine {
        Engine::of(&self.0)
    }
}

/// A transaction on the store's database; dropped without [`Tx::commit`], it rolls back.
#[derive(Debug)]
pub struct Tx(Transaction<'static, Any>);

impl Tx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.0.commit().await
    }

    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        self.0.rollback().await
    }
}

/// A connection taken from the pool, back in it when dropped.
#[derive(Debug)]
pub struct PooledConn(PoolConnection<Any>);

impl PooledConn {
    /// Closes the connection when it is dropped instead of returning it to the pool: its
    /// session ends, and with it what the session holds (PostgreSQL's session locks).
    pub fn close_on_drop(&mut self) {
        self.0.close_on_drop();
    }
}

/// A transaction and a pooled connection are each a [`Conn`] for the statements run on them.
macro_rules! derefs_to_conn {
    ($($holder:ty),*) => {$(
        impl Deref for $holder {
            type Target = Conn;

            fn deref(&self) -> &Conn {
                Conn::ref_cast(&self.0)
            }
        }

        impl DerefMut for $holder {
            fn deref_mut(&mut self) -> &mut Conn {
                Conn::ref_cast_mut(&mut self.0)
            }
        }
    )*};
}
derefs_to_conn!(Tx, PooledConn);

/// A database URL to print: its password, in the user part or as `?password=`, masked.
pub fn without_password(url: &str) -> String {
    let Ok(mut url) = reqwest::Url::parse(url) else {
        return "(the database URL)".into();
    };
    if url.password().is_some() {
        let _ = url.set_password(Some("***"));
    }
    let query: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| {
            let v = if k.eq_ignore_ascii_case("password") {
                "***".to_string()
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    if !query.is_empty() {
        url.query_pairs_mut().clear().extend_pairs(query);
    }
    url.to_string()
}

/// `sql` with its placeholders numbered (`$1`, `$2`, ...), as PostgreSQL reads them, the way
/// SQLite numbers them: `?N` is parameter N, and a bare `?` the one after the highest so far.
/// A `?` inside a quoted string or identifier, or a `--` comment, is text and stays as it is.
/// The store's SQL has none of what this does not read: `/* */` comments, dollar-quoted or
/// `E'...'` strings, PostgreSQL's `?` operators (for `jsonb`).
pub fn numbered(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 16);
    let mut highest = 0_u32;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '?' => {
                let mut digits = String::new();
                while let Some(digit) = chars.next_if(char::is_ascii_digit) {
                    digits.push(digit);
                }
                let number = match digits.parse::<u32>() {
                    Ok(number) => number,
                    Err(_) => highest + 1,
                };
                highest = highest.max(number);
                out.push('$');
                out.push_str(&number.to_string());
            }
            '\'' | '"' => {
                out.push(c);
                // A doubled quote inside is an escaped one: the loop sees it as the end and the
                // start of two quoted runs, which copies it just the same.
                for inner in chars.by_ref() {
                    out.push(inner);
                    if inner == c {
                        break;
                    }
                }
            }
            '-' if chars.peek() == Some(&'-') => {
                out.push(c);
                for inner in chars.by_ref() {
                    out.push(inner);
                    if inner == '\n' {
                        break;
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// Makes bound values reach PostgreSQL as the store means them, and as SQLite stores them.
///
/// - A NULL float with its real type. sqlx 0.9's engine-neutral driver swaps the two float
///   types for NULLs only: an `Option<f64>` that is `None` goes as a `real` (float4) NULL.
///   PostgreSQL then prepares the statement with a `real` parameter, the connection caches it
///   by its text, and the next execution on that connection with a value (sent as 8 bytes)
///   fails with "incorrect binary data format": intermittently, as it depends on which
///   connection prepared the statement first, and with what.
/// - `-0.0` as `0.0`: SQLite stores either as 0, PostgreSQL would keep the sign, and GraphQL
///   would print it (an alert's threshold, a session's figures).
fn bound_as_on_sqlite(arguments: &mut sqlx::any::AnyArguments) {
    use sqlx::any::AnyTypeInfoKind as Kind;
    use sqlx_core::any::AnyValueKind as Value;
    for value in &mut arguments.values.0 {
        match value {
            Value::Null(kind @ Kind::Double) => *kind = Kind::Real,
            Value::Null(kind @ Kind::Real) => *kind = Kind::Double,
            Value::Double(zero) if *zero == 0.0 => *zero = 0.0,
            Value::Real(zero) if *zero == 0.0 => *zero = 0.0,
            _ => {}
        }
    }
}

/// `query` as the engine reads it: as it is for SQLite, numbered for PostgreSQL.
fn for_engine<'q, E>(
    engine: Engine,
    mut query: E,
) -> Result<Either<E, sqlx::query::Query<'q, Any, sqlx::any::AnyArguments>>, sqlx::Error>
where
    E: Execute<'q, Any>,
{
    if engine == Engine::Sqlite {
        return Ok(Either::Left(query));
    }
    let persistent = query.persistent();
    // Without arguments (`raw_sql`, which may hold several statements) there is nothing to
    // number, and the text must go as it is: PostgreSQL prepares one statement at a time.
    let Some(mut arguments) = query.take_arguments().map_err(sqlx::Error::Encode)? else {
        return Ok(Either::Left(query));
    };
    bound_as_on_sqlite(&mut arguments);
    let sql = AssertSqlSafe(numbered(query.sql().as_str()));
    Ok(Either::Right(
        sqlx::query_with(sql, arguments).persistent(persistent),
    ))
}

type Step = Either<AnyQueryResult, AnyRow>;

/// Runs `query` on `executor` in the engine's placeholders.
macro_rules! delegate {
    ($engine:expr, $executor:expr, $query:expr, $method:ident, $fail:expr) => {
        match for_engine($engine, $query) {
            Ok(Either::Left(query)) => $executor.$method(query),
            Ok(Either::Right(query)) => $executor.$method(query),
            Err(e) => $fail(e),
        }
    };
}

fn failed_stream<'e>(e: sqlx::Error) -> BoxStream<'e, Result<Step, sqlx::Error>> {
    futures_util::stream::once(async move { Err(e) }).boxed()
}

fn failed_future<'e>(e: sqlx::Error) -> BoxFuture<'e, Result<Option<AnyRow>, sqlx::Error>> {
    async move { Err(e) }.boxed()
}

impl<'c> Executor<'c> for &'c Db {
    type Database = Any;

    fn fetch_many<'e, 'q: 'e, E>(self, query: E) -> BoxStream<'e, Result<Step, sqlx::Error>>
    where
        'c: 'e,
        E: 'q + Execute<'q, Any>,
    {
        delegate!(self.engine, &self.pool, query, fetch_many, failed_stream)
    }

    fn fetch_optional<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxFuture<'e, Result<Option<AnyRow>, sqlx::Error>>
    where
        'c: 'e,
        E: 'q + Execute<'q, Any>,
    {
        delegate!(
            self.engine,
            &self.pool,
            query,
            fetch_optional,
            failed_future
        )
    }

    fn prepare_with<'e>(
        self,
        sql: SqlStr,
        parameters: &'e [AnyTypeInfo],
    ) -> BoxFuture<'e, Result<AnyStatement, sqlx::Error>>
    where
        'c: 'e,
    {
        (&self.pool).prepare_with(sql_for(self.engine, sql), parameters)
    }
}

impl<'c> Executor<'c> for &'c mut Conn {
    type Database = Any;

    fn fetch_many<'e, 'q: 'e, E>(self, query: E) -> BoxStream<'e, Result<Step, sqlx::Error>>
    where
        'c: 'e,
        E: 'q + Execute<'q, Any>,
    {
        let engine = self.engine();
        delegate!(engine, &mut self.0, query, fetch_many, failed_stream)
    }

    fn fetch_optional<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxFuture<'e, Result<Option<AnyRow>, sqlx::Error>>
    where
        'c: 'e,
        E: 'q + Execute<'q, Any>,
    {
        let engine = self.engine();
        delegate!(engine, &mut self.0, query, fetch_optional, failed_future)
    }

    fn prepare_with<'e>(
        self,
        sql: SqlStr,
        parameters: &'e [AnyTypeInfo],
    ) -> BoxFuture<'e, Result<AnyStatement, sqlx::Error>>
    where
        'c: 'e,
    {
        let engine = self.engine();
        self.0.prepare_with(sql_for(engine, sql), parameters)
    }
}

fn sql_for(engine: Engine, sql: SqlStr) -> SqlStr {
    match engine {
        Engine::Sqlite => sql,
        Engine::Postgres => AssertSqlSafe(numbered(sql.as_str())).into_sql_str(),
    }
}

#[cfg(test)]
mod tests {
    use super::numbered;

    #[test]
    fn placeholders_are_numbered_in_order() {
        assert_eq!(
            numbered("SELECT a FROM t WHERE b = ? AND c IN (?, ?) LIMIT ?"),
            "SELECT a FROM t WHERE b = $1 AND c IN ($2, $3) LIMIT $4"
        );
        assert_eq!(numbered("SELECT 1"), "SELECT 1");
    }

    /// As SQLite reads them: `?N` is parameter N (used again where it appears again), and a bare
    /// `?` after it the next one.
    #[test]
    fn numbered_placeholders_keep_their_numbers() {
        assert_eq!(
            numbered("WHERE a = ?1 AND (?2 IS NULL OR b = ?2) AND c <= ?3 LIMIT ?4"),
            "WHERE a = $1 AND ($2 IS NULL OR b = $2) AND c <= $3 LIMIT $4"
        );
        assert_eq!(numbered("VALUES (?2, ?, ?1, ?)"), "VALUES ($2, $3, $1, $4)");
    }

    #[test]
    fn quoted_text_and_comments_keep_their_question_marks() {
        assert_eq!(
            numbered("SELECT '?', 'it''s ?', \"odd?\" FROM t -- why?\nWHERE x = ?"),
            "SELECT '?', 'it''s ?', \"odd?\" FROM t -- why?\nWHERE x = $1"
        );
    }
}
