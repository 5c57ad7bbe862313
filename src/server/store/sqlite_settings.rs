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

use std::ffi::{c_char, c_int};
use std::sync::Once;

use libsqlite3_sys as ffi;

/// Turns SQLite's allocation statistics off and has every connection this process opens plan
/// its statements once, whatever values are bound (see [`stable_plans`]). Runs once per process,
/// before the first connection opens. The statistics are left as they are when something else
/// already initialised the library: SQLite then refuses the change (`SQLITE_MISUSE`) and only
/// the mutex remains.
pub fn configure_library() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // SAFETY: SQLITE_CONFIG_MEMSTATUS takes one int; sqlite3_config is safe to call before
        // sqlite3_initialize and returns SQLITE_MISUSE after it.
        let rc = unsafe { ffi::sqlite3_config(ffi::SQLITE_CONFIG_MEMSTATUS, 0 as c_int) };
        if rc != ffi::SQLITE_OK {
            tracing::debug!(rc, "SQLite's allocation statistics stay on");
        }
        // The store's connections come through sqlx's engine-neutral driver, which gives no
        // access to SQLite's handle; an automatic extension reaches each one as it opens.
        // SAFETY: registers a function with the signature SQLite calls it with.
        let rc = unsafe { ffi::sqlite3_auto_extension(Some(stable_plans_on_open)) };
        if rc != ffi::SQLITE_OK {
            tracing::warn!(
                rc,
                "SQLite will plan paged statements again for every value"
            );
        }
    });
}

/// The settings of each store connection, which sqlx's engine-neutral driver takes no options
/// for:
/// - WAL, so that readers never wait for the writer, with `synchronous = NORMAL`: a commit
///   survives a crash of the process, and a power loss may undo only the last ones;
/// - a writer waits up to 10 s for another's lock before it gives up, the switch to WAL
///   included;
/// - foreign keys enforced;
/// - a row that `INSERT OR REPLACE` replaces fires its delete triggers, which keep the derived
///   totals (migrations 0005, 0006) in step.
pub async fn connection_pragmas(conn: &mut sqlx::AnyConnection) -> Result<(), sqlx::Error> {
    sqlx::raw_sql(
        "PRAGMA busy_timeout = 10000;
         PRAGMA journal_mode = WAL;
         PRAGMA synchronous = NORMAL;
         PRAGMA foreign_keys = ON;
         PRAGMA recursive_triggers = ON;",
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// SQLite calls this for every connection it opens once [`configure_library`] has run.
unsafe extern "C" fn stable_plans_on_open(
    db: *mut ffi::sqlite3,
    _error: *mut *mut c_char,
    _api: *const ffi::sqlite3_api_routines,
) -> c_int {
    // SAFETY: SQLite passes the handle it is opening, valid for the call.
    let rc = unsafe { stable_plans(db, true) };
    if rc != ffi::SQLITE_OK {
        // A missing optimisation must not refuse the connection.
        tracing::warn!(
            rc,
            "SQLite will plan paged statements again for every value"
        );
    }
    ffi::SQLITE_OK
}

/// Turns the query planner stability guarantee of `db` on or off.
///
/// # Safety
/// `db` must be an open connection that no other thread uses during the call.
pub(super) unsafe fn stable_plans(db: *mut ffi::sqlite3, on: bool) -> c_int {
    // SAFETY: SQLITE_DBCONFIG_ENABLE_QPSG takes an int (1: on, 0: off) and an optional int*
    // (not wanted).
    unsafe {
        ffi::sqlite3_db_config(
            db,
            ffi::SQLITE_DBCONFIG_ENABLE_QPSG,
            c_int::from(on),
            std::ptr::null_mut::<c_int>(),
        )
    }
}

#[cfg(test)]
mod tests {
    use sqlx::Connection as _;
    use sqlx::SqliteConnection;
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
            {
                let mut handle = conn.lock_handle().await.unwrap();
                // SAFETY: the locked handle of an open connection.
                let rc = unsafe { stable_plans(handle.as_raw_handle().as_ptr(), stable) };
                assert_eq!(rc, ffi::SQLITE_OK);
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

    /// Every connection opened after [`configure_library`] has the guarantee on, whoever opens
    /// it: the store's pool cannot reach its connections' handles.
    #[tokio::test]
    async fn connections_open_with_stable_plans() {
        configure_library();
        let options = SqliteConnectOptions::from_str("sqlite::memory:").unwrap();
        let mut conn = SqliteConnection::connect_with(&options).await.unwrap();
        let mut handle = conn.lock_handle().await.unwrap();
        let mut on: c_int = -1;
        // SAFETY: the locked handle; -1 asks for the current value without changing it.
        let rc = unsafe {
            ffi::sqlite3_db_config(
                handle.as_raw_handle().as_ptr(),
                ffi::SQLITE_DBCONFIG_ENABLE_QPSG,
                -1 as c_int,
                &mut on as *mut c_int,
            )
        };
        assert_eq!((rc, on), (ffi::SQLITE_OK, 1));
    }
}
