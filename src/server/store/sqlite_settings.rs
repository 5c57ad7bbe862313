//! Settings of the SQLite library and of each connection that sqlx has no option for.
//!
//! Both came out of issue #17's profile of an executed `miningServers` page, where SQLite spent
//! more time preparing and allocating than running the statements:
//! - SQLite (3.45 and later) plans a statement with `LIMIT ?` for the value bound, so binding
//!   again marks the statement expired and the next step compiles it again. sqlx binds every
//!   time it runs a cached statement: every paged read was parsed and planned anew. The query
//!   planner stability guarantee (`SQLITE_DBCONFIG_ENABLE_QPSG`) plans once for any value; it
//!   costs nothing here, as no statement depends on a bound value for its plan (no `sqlite_stat4`
//!   data, and no `LIKE` pattern that could use an index).
//! - The library counts every allocation under one global mutex (`SQLITE_CONFIG_MEMSTATUS`),
//!   which the pool's worker threads then queue on. Nothing reads those counts.

use std::ffi::c_int;
use std::sync::Once;

use libsqlite3_sys as ffi;
use sqlx::SqliteConnection;

/// Turns SQLite's allocation statistics off, once per process, before the first connection
/// opens. Later calls, or a library something else already initialised, leave it as it is:
/// SQLite then refuses the change (`SQLITE_MISUSE`) and only the mutex remains.
pub fn configure_library() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // SAFETY: SQLITE_CONFIG_MEMSTATUS takes one int; sqlite3_config is safe to call before
        // sqlite3_initialize and returns SQLITE_MISUSE after it.
        let rc = unsafe { ffi::sqlite3_config(ffi::SQLITE_CONFIG_MEMSTATUS, 0 as c_int) };
        if rc != ffi::SQLITE_OK {
            tracing::debug!(rc, "SQLite's allocation statistics stay on");
        }
    });
}

/// Plans every statement of `conn` once, whatever values are bound to it.
pub async fn stable_plans(conn: &mut SqliteConnection) -> Result<(), sqlx::Error> {
    let mut handle = conn.lock_handle().await?;
    let db = handle.as_raw_handle().as_ptr();
    // SAFETY: `db` is this connection's open handle, held locked for the call;
    // SQLITE_DBCONFIG_ENABLE_QPSG takes an int (1: on) and an optional int* (not wanted).
    let rc = unsafe {
        ffi::sqlite3_db_config(
            db,
            ffi::SQLITE_DBCONFIG_ENABLE_QPSG,
            1 as c_int,
            std::ptr::null_mut::<c_int>(),
        )
    };
    if rc == ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(sqlx::Error::Protocol(format!(
            "SQLite refused the query planner stability guarantee (code {rc})"
        )))
    }
}

#[cfg(test)]
mod tests {
    use sqlx::Connection as _;
    use sqlx::sqlite::SqliteConnectOptions;
    use std::str::FromStr;

    use super::*;

    /// With the guarantee, a statement with `LIMIT ?` run again with other values is not
    /// prepared again (SQLITE_STMTSTATUS_REPREPARE stays 0); without it, it is.
    #[tokio::test]
    async fn paged_statements_are_prepared_once() {
        async fn reprepares(stable: bool) -> i32 {
            let options = SqliteConnectOptions::from_str("sqlite::memory:").unwrap();
            let mut conn = SqliteConnection::connect_with(&options).await.unwrap();
            if stable {
                stable_plans(&mut conn).await.unwrap();
            }
            sqlx::query("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
                .execute(&mut conn)
                .await
                .unwrap();
            for limit in 1..=5_i64 {
                sqlx::query("SELECT id FROM t ORDER BY name LIMIT ? OFFSET ?")
                    .bind(limit)
                    .bind(limit)
                    .fetch_all(&mut conn)
                    .await
                    .unwrap();
            }
            let mut handle = conn.lock_handle().await.unwrap();
            let db = handle.as_raw_handle().as_ptr();
            let sql = c"SELECT id FROM t ORDER BY name LIMIT ? OFFSET ?";
            // SAFETY: the locked handle; sqlite3_next_stmt walks this connection's statements
            // (sqlx's cache), and sqlite3_sql/sqlite3_stmt_status only read them.
            unsafe {
                let mut stmt = ffi::sqlite3_next_stmt(db, std::ptr::null_mut());
                while !stmt.is_null() {
                    if std::ffi::CStr::from_ptr(ffi::sqlite3_sql(stmt)) == sql {
                        return ffi::sqlite3_stmt_status(stmt, ffi::SQLITE_STMTSTATUS_REPREPARE, 0);
                    }
                    stmt = ffi::sqlite3_next_stmt(db, stmt);
                }
            }
            panic!("the statement is not in the connection's cache");
        }
        assert!(reprepares(false).await > 0, "the cost this setting removes");
        assert_eq!(reprepares(true).await, 0);
    }
}
