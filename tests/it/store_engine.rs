//! The store's one seam between its SQL and the engines (`store::engine`, issue #18): the same
//! statements, written once with `?` placeholders, run on SQLite and on PostgreSQL.

use sqlx::{Executor as _, QueryBuilder, Row as _};
use vpnmine::server::store::seed::DemoSize;
use vpnmine::server::store::{Engine, Flag, IN_MEMORY, Store};

use crate::common::postgres::{Db, assert_same_rows_but_sums, fresh_database, sqlite_side, url_of};

/// A store on each engine, migrated: SQLite always, PostgreSQL unless the test skips it (no
/// PostgreSQL outside CI).
async fn stores() -> Vec<Store> {
    let sqlite = Store::open(IN_MEMORY).await.unwrap();
    assert_eq!(sqlite.pool().engine(), Engine::Sqlite);
    let mut stores = vec![sqlite];
    if let Some(pg) = fresh_database().await {
        let postgres = Store::open_postgres(&url_of(&pg).await)
            .await
            .expect("PostgreSQL store");
        assert_eq!(postgres.pool().engine(), Engine::Postgres);
        stores.push(postgres);
    }
    stores
}

#[tokio::test]
async fn statements_with_placeholders_run_alike_on_both_engines() {
    for store in &stores().await {
        let engine = store.pool().engine();
        // On the pool, and in order, with a `?` in quoted text that is not a parameter.
        let (sum, text): (i64, String) = sqlx::query_as("SELECT CAST(? AS BIGINT) + ?, 'why?'")
            .bind(2_i64)
            .bind(3_i64)
            .fetch_one(store.pool())
            .await
            .unwrap_or_else(|e| panic!("{engine:?}: {e}"));
        assert_eq!((sum, text.as_str()), (5, "why?"), "{engine:?}");
        // Numbered ones keep their numbers, used again where they appear again.
        let difference: i64 = sqlx::query_scalar("SELECT CAST(?2 AS BIGINT) - ?1 + ?2 - ?2")
            .bind(1_i64)
            .bind(10_i64)
            .fetch_one(store.pool())
            .await
            .unwrap_or_else(|e| panic!("{engine:?}: {e}"));
        assert_eq!(difference, 9, "{engine:?}");

        // In a transaction, from a statement built in pieces.
        let mut tx = store.pool().begin_write().await.unwrap();
        let mut qb = QueryBuilder::new("SELECT COUNT(*) FROM alert_rules WHERE builtin = ");
        qb.push_bind(1_i64).push(" AND id IN (");
        let mut ids = qb.separated(", ");
        for id in ["rule-cpu", "rule-memory", "no-such-rule"] {
            ids.push_bind(id);
        }
        qb.push(")");
        let found: i64 = qb
            .build_query_scalar()
            .fetch_one(&mut *tx)
            .await
            .unwrap_or_else(|e| panic!("{engine:?}: {e}"));
        assert_eq!(found, 2, "{engine:?}: the built-in rules named");
        tx.commit().await.unwrap();

        // Several statements without parameters go as they are.
        store
            .pool()
            .execute(sqlx::raw_sql(
                "CREATE TABLE seam_probe (n BIGINT); INSERT INTO seam_probe VALUES (7);",
            ))
            .await
            .unwrap_or_else(|e| panic!("{engine:?}: {e}"));
        let Flag(seven) = sqlx::query_scalar("SELECT n = ? FROM seam_probe")
            .bind(7_i64)
            .fetch_one(store.pool())
            .await
            .unwrap();
        assert!(seven, "{engine:?}: a condition reads as a flag");
    }
}

/// On PostgreSQL a writing transaction holds the writers' turn (`totals_turn()`) from its
/// start, as `BEGIN IMMEDIATE` holds SQLite's write lock: another writer waits for it.
#[tokio::test]
async fn a_null_float_and_then_a_value_run_the_same_statement_on_one_connection() {
    // Issue #18: sqlx sent a NULL `f64` as a `real`, and PostgreSQL prepared (and cached) the
    // statement with a 4-byte parameter that the next execution's value did not fit.
    for store in &stores().await {
        let engine = store.pool().engine();
        let mut conn = store.pool().acquire().await.unwrap();
        for (value, expected) in [
            (None, 2.5),
            (Some(1.5), 1.5),
            (None, 2.5),
            (Some(-0.25), -0.25),
        ] {
            let got: f64 = sqlx::query_scalar("SELECT COALESCE(?, CAST(2.5 AS DOUBLE PRECISION))")
                .bind(value)
                .fetch_one(&mut *conn)
                .await
                .unwrap_or_else(|e| panic!("{engine:?} with {value:?}: {e}"));
            assert_eq!(got, expected, "{engine:?} with {value:?}");
        }
    }
}

#[tokio::test]
async fn a_negative_zero_is_stored_as_zero_on_both_engines() {
    for store in &stores().await {
        let engine = store.pool().engine();
        store
            .pool()
            .execute(sqlx::raw_sql(
                "CREATE TABLE zero_probe (x DOUBLE PRECISION)",
            ))
            .await
            .unwrap();
        sqlx::query("INSERT INTO zero_probe (x) VALUES (?)")
            .bind(-0.0_f64)
            .execute(store.pool())
            .await
            .unwrap();
        let stored: f64 = sqlx::query_scalar("SELECT x FROM zero_probe")
            .fetch_one(store.pool())
            .await
            .unwrap();
        assert!(
            stored == 0.0 && stored.is_sign_positive(),
            "{engine:?} stored {stored:?}"
        );
    }
}

#[tokio::test]
async fn a_writing_transaction_holds_the_turn_on_postgres() {
    let Some(pg) = fresh_database().await else {
        return;
    };
    let postgres = Store::open_postgres(&url_of(&pg).await).await.unwrap();
    // One connection of its own: a session's advisory lock is let go on the session that took it.
    let mut probe = postgres.pool().acquire().await.unwrap();
    let mut turn_is_free = async || -> bool {
        let Flag(free) = sqlx::query_scalar(
            "SELECT pg_try_advisory_lock(hashtextextended('vpnmine derived totals', 0))",
        )
        .fetch_one(&mut *probe)
        .await
        .unwrap();
        if free {
            sqlx::query("SELECT pg_advisory_unlock(hashtextextended('vpnmine derived totals', 0))")
                .execute(&mut *probe)
                .await
                .unwrap();
        }
        free
    };
    assert!(turn_is_free().await, "nobody holds it yet");
    let tx = postgres.pool().begin_write().await.unwrap();
    assert!(!turn_is_free().await, "the writing transaction holds it");
    tx.commit().await.unwrap();
    assert!(turn_is_free().await, "its end gives it back");
}

/// A PostgreSQL platform opens again without migrating twice, and a password in its URL is
/// never shown in an error.
#[tokio::test]
async fn a_retention_pass_waits_for_another_replicas_pass_on_postgres() {
    let Some(pg) = fresh_database().await else {
        return;
    };
    let url = url_of(&pg).await;
    // Two replicas' stores on one database: the first holds the pass's turn, as its pass does.
    let first = Store::open_postgres(&url).await.unwrap();
    let second = Store::open_postgres(&url).await.unwrap();
    let mut running = first.pool().acquire().await.unwrap();
    sqlx::query("SELECT pg_advisory_lock(hashtextextended('vpnmine retention pass', 0))")
        .execute(&mut *running)
        .await
        .unwrap();
    let cutoffs = vpnmine::domain::retention::PassCutoffs {
        rollup_before: Some(1),
        auth_events_before: Some(1),
        audit_before: Some(1),
        delivered_before: Some(1),
        dead_before: Some(1),
    };
    let waiting = tokio::spawn(async move { second.run_maintenance(&cutoffs).await });
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(
        !waiting.is_finished(),
        "the second pass waits for the first"
    );
    sqlx::query("SELECT pg_advisory_unlock(hashtextextended('vpnmine retention pass', 0))")
        .execute(&mut *running)
        .await
        .unwrap();
    let done = tokio::time::timeout(std::time::Duration::from_secs(10), waiting)
        .await
        .expect("the second pass runs once the first is over")
        .unwrap()
        .unwrap();
    assert_eq!(
        done.rows_removed(),
        0,
        "an empty database has nothing to remove"
    );
}

#[tokio::test]
async fn a_postgres_store_opens_again_and_hides_passwords() {
    let Some(pg) = fresh_database().await else {
        return;
    };
    let url = url_of(&pg).await;
    drop(Store::open_postgres(&url).await.unwrap());
    let again = Store::open_postgres(&url).await.unwrap();
    assert!(again.is_empty().await.unwrap());

    let mut wrong = reqwest::Url::parse(&url).unwrap();
    wrong.set_password(Some("s3cret")).unwrap();
    wrong.set_path("/vpnmine_no_such_database");
    let err = Store::open_postgres(wrong.as_str())
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("vpnmine_no_such_database"), "{err}");
    assert!(!err.contains("s3cret"), "{err}");
    assert!(err.contains(":***@"), "{err}");

    let not_postgres = Store::open_postgres("sqlite://platform.db")
        .await
        .unwrap_err();
    assert!(
        not_postgres
            .to_string()
            .contains("expected a postgres:// URL"),
        "{not_postgres}"
    );
}

/// Every connection of a SQLite store has the store's settings, whichever the pool hands out:
/// sqlx's engine-neutral driver takes no options, so they are set as each one opens.
#[tokio::test]
async fn every_sqlite_connection_has_the_store_settings() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("platform.db").display().to_string())
        .await
        .unwrap();
    let mut first = store.pool().acquire().await.unwrap();
    let mut second = store.pool().acquire().await.unwrap();
    for conn in [&mut first, &mut second] {
        let mut settings = Vec::new();
        for pragma in [
            "journal_mode",
            "synchronous",
            "busy_timeout",
            "foreign_keys",
            "recursive_triggers",
        ] {
            let row = sqlx::query(sqlx::AssertSqlSafe(format!("PRAGMA {pragma}")))
                .fetch_one(&mut **conn)
                .await
                .unwrap();
            let value = row
                .try_get::<String, _>(0)
                .or_else(|_| row.try_get::<i64, _>(0).map(|n| n.to_string()))
                .unwrap();
            settings.push(value);
        }
        assert_eq!(settings, ["wal", "1", "10000", "1", "1"]);
    }
}

/// The demo seed writes the same rows on both engines: the same seed and clock give the same
/// servers, samples, sessions and derived totals (password hashes aside, which are salted; the
/// rebuilt float sums to a few units in the last place, see `assert_same_rows_but_sums`).
#[tokio::test]
async fn the_demo_seed_writes_the_same_rows_on_both_engines() {
    let Some(pg) = fresh_database().await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("platform.db");
    let size = DemoSize {
        servers: 12,
        operators: 3,
        users: 40,
        history_days: 2,
    };
    let sqlite = Store::open(&path.display().to_string()).await.unwrap();
    let postgres = Store::open_postgres(&url_of(&pg).await).await.unwrap();
    for store in [&sqlite, &postgres] {
        store.seed_demo(7, size, 1_767_225_600).await.unwrap();
        sqlx::query("UPDATE users SET password_hash = 'salted'")
            .execute(store.pool())
            .await
            .unwrap();
    }
    drop(sqlite);
    assert_same_rows_but_sums(
        &[sqlite_side(&path).await, Db::Pg(pg)],
        &[
            "metrics_running",
            "metrics_server_totals",
            "sessions_hourly",
        ],
    )
    .await;
}
