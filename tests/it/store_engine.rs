//! The store's one seam between its SQL and the engines (`store::engine`, issue #18): the same
//! statements, written once with `?` placeholders, run on SQLite and on PostgreSQL.

use sqlx::{Executor as _, QueryBuilder};
use vpnmine::server::store::{Engine, Flag, IN_MEMORY, Store};

use crate::common::postgres::{fresh_database, url_of};

/// A store on each engine, migrated; `None` when the test skips (no PostgreSQL outside CI).
async fn stores() -> Option<[Store; 2]> {
    let pg = fresh_database().await?;
    let url = url_of(&pg).await;
    let postgres = Store::open_postgres(&url).await.expect("PostgreSQL store");
    let sqlite = Store::open(IN_MEMORY).await.unwrap();
    assert_eq!(sqlite.pool().engine(), Engine::Sqlite);
    assert_eq!(postgres.pool().engine(), Engine::Postgres);
    Some([sqlite, postgres])
}

#[tokio::test]
async fn statements_with_placeholders_run_alike_on_both_engines() {
    let Some(stores) = stores().await else {
        return;
    };
    for store in &stores {
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
async fn a_writing_transaction_holds_the_turn_on_postgres() {
    let Some([_, postgres]) = stores().await else {
        return;
    };
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
async fn a_postgres_store_opens_again_and_hides_passwords() {
    let Some(pg) = fresh_database().await else {
        return;
    };
    let url = url_of(&pg).await;
    drop(Store::open_postgres(&url).await.unwrap());
    let again = Store::open_postgres(&url).await.unwrap();
    assert!(again.is_empty().await.unwrap());

    let wrong = url.replacen("postgres://postgres@", "postgres://postgres:s3cret@", 1);
    let wrong = wrong.replacen(pg_database(&url), "vpnmine_no_such_database", 1);
    let err = Store::open_postgres(&wrong).await.unwrap_err().to_string();
    assert!(!err.contains("s3cret"), "{err}");
    assert!(err.contains("***"), "{err}");
}

/// The database name at the end of a `postgres://` URL.
fn pg_database(url: &str) -> &str {
    let path = url.rsplit('/').next().unwrap();
    path.split('?').next().unwrap()
}
