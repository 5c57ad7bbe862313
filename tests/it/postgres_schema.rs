//! The PostgreSQL schema (`migrations/postgres/`) against SQLite's (issue #18): the same tables,
//! columns and indexes, and, for the same writes, the same rows in every table, derived totals
//! included, and the same writes refused.
//!
//! Every statement here is run, as the same text, on both engines: `$N` placeholders, which
//! sqlx's SQLite driver reads as positions too. That is also how the store is to share its SQL.

use std::collections::BTreeSet;

use tempfile::TempDir;
use vpnmine::server::store::{Store, pg_migrator};

use crate::common::postgres::Arg::{F, I, NullInt, T};
use crate::common::postgres::{
    Arg, Cell, Db, assert_same_rows, fresh_database, on_both, run_in, sqlite_side,
    until_waiting_for_a_turn,
};

/// Both engines, migrated; `None` when the test skips (no PostgreSQL outside CI). The folder
/// holds SQLite's file for as long as the test keeps it.
async fn engines() -> Option<(TempDir, [Db; 2])> {
    let pg = fresh_database().await?;
    pg_migrator().run(&pg).await.expect("PostgreSQL migrations");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("platform.db");
    drop(Store::open(&path.display().to_string()).await.unwrap());
    let sqlite = sqlite_side(&path).await;
    Some((dir, [sqlite, Db::Pg(pg)]))
}

#[tokio::test]
async fn both_engines_have_the_same_tables_columns_and_indexes() {
    let Some((_store, [sqlite, pg])) = engines().await else {
        return;
    };
    let tables = sqlite.tables().await;
    assert_eq!(tables, pg.tables().await);
    assert!(tables.len() > 30, "{tables:?}");

    let (Db::Sqlite(lite), Db::Pg(post)) = (&sqlite, &pg) else {
        unreachable!()
    };
    let mut with_rowid = Vec::new();
    for table in &tables {
        // SQLite's declared type and NOT NULL (a primary key column is never NULL on
        // PostgreSQL; SQLite only enforces it for INTEGER keys, and the store never writes one).
        let columns: Vec<(String, String, bool)> = sqlx::query_as(
            "SELECT name, type, \"notnull\" OR pk > 0 FROM pragma_table_info($1) ORDER BY cid",
        )
        .bind(table)
        .fetch_all(lite)
        .await
        .unwrap();
        let expected: Vec<(String, String, bool)> = columns
            .into_iter()
            .map(|(name, ty, not_null)| {
                let ty = match ty.as_str() {
                    "INTEGER" => "bigint",
                    "REAL" => "double precision",
                    "TEXT" => "text",
                    other => panic!("{table}.{name}: an unexpected SQLite type {other}"),
                };
                (name, ty.to_string(), not_null)
            })
            .collect();
        let mut actual: Vec<(String, String, bool)> = sqlx::query_as(
            "SELECT column_name::text, data_type::text, is_nullable = 'NO' \
             FROM information_schema.columns \
             WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position",
        )
        .bind(table)
        .fetch_all(post)
        .await
        .unwrap();
        // SQLite's implicit rowid, made a column where the store orders by it (migration 20).
        if actual.last().is_some_and(|(name, ..)| name == "rowid") {
            let rowid = actual.pop().unwrap();
            assert_eq!(rowid, ("rowid".into(), "bigint".into(), true));
            with_rowid.push(table.as_str());
        }
        assert_eq!(actual, expected, "the columns of {table}, in order");
    }

    // Text sorts by code point, as SQLite's does, whatever the database's locale.
    let other_collations: Vec<String> = sqlx::query_scalar(
        "SELECT table_name || '.' || column_name FROM information_schema.columns \
         WHERE table_schema = 'public' AND data_type = 'text' \
           AND table_name <> '_sqlx_migrations' AND collation_name IS DISTINCT FROM 'C'",
    )
    .fetch_all(post)
    .await
    .unwrap();
    assert_eq!(other_collations, Vec::<String>::new());
    assert_eq!(
        with_rowid,
        [
            "agent_tokens",
            "alerts",
            "auth_sessions",
            "users",
            "uuid_migration_runs"
        ]
    );

    let lite_indexes: BTreeSet<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'",
    )
    .fetch_all(lite)
    .await
    .unwrap()
    .into_iter()
    .collect();
    // Not the indexes that back a PRIMARY KEY or UNIQUE constraint: SQLite names those itself.
    let pg_indexes: BTreeSet<String> = sqlx::query_scalar(
        "SELECT indexname::text FROM pg_indexes WHERE schemaname = 'public' \
         AND indexname NOT IN (SELECT conname FROM pg_constraint)",
    )
    .fetch_all(post)
    .await
    .unwrap()
    .into_iter()
    // SQLite finds a row by its rowid without an index of its own.
    .filter(|name| name != "users_rowid")
    .collect();
    assert_eq!(lite_indexes, pg_indexes);
}

/// Statements the steps below repeat with other arguments.
const INSERT_USER: &str = "INSERT INTO users (id, username, password_hash, role, user_type, \
    vpn_uuid, created_at) VALUES ($1, $2, 'x', $3, $4, $5, $6)";
const INSERT_METRIC: &str = "INSERT INTO metrics (server_id, ts, cpu, memory, network_in, \
    network_out, connections, latency_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
const INSERT_SESSION: &str = "INSERT INTO sessions (id, user_id, server_id, protocol, started_at, \
    ended_at, data_gb) VALUES ($1, $2, $3, 'VLESS', $4, $5, $6)";
/// An entry of withdrawal w-1 (no server).
const INSERT_WITHDRAWAL_ENTRY: &str = "INSERT INTO ledger (id, account_id, server_id, \
    withdrawal_id, kind, amount, created_at) VALUES ($1, $2, NULL, 'w-1', $3, $4, 53)";
const INSERT_ENTRY: &str =
    "INSERT INTO ledger (id, account_id, kind, amount, created_at) VALUES ($1, $2, $3, $4, 60)";

/// Users, servers and a withdrawal for the ledger to name.
const PEOPLE: &[(&str, &[Arg])] = &[
    (
        INSERT_USER,
        &[
            T("u-op"),
            T("op"),
            T("OPERATOR"),
            T("FREE"),
            T("6ba85179-e30d-4fc2-9a1b-000000000001"),
            I(10),
        ],
    ),
    (
        INSERT_USER,
        &[
            T("u-a"),
            T("alice"),
            T("USER"),
            T("FREE"),
            T("6ba85179-e30d-4fc2-9a1b-000000000002"),
            I(11),
        ],
    ),
    (
        INSERT_USER,
        &[
            T("u-b"),
            T("bob"),
            T("USER"),
            T("PREMIUM"),
            T("6ba85179-e30d-4fc2-9a1b-000000000003"),
            I(12),
        ],
    ),
    (
        "INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) \
         VALUES ($1, 'u-op', $2, '192.0.2.1', 'eu-west', 20)",
        &[T("s-1"), T("one.example")],
    ),
    (
        "INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) \
         VALUES ($1, 'u-op', $2, '192.0.2.2', 'us-east', 21)",
        &[T("s-2"), T("two.example")],
    ),
    (
        "INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at, \
         decommissioned_at) VALUES ($1, 'u-op', $2, '192.0.2.3', 'asia', 22, $3)",
        &[T("s-3"), T("three.example"), I(30)],
    ),
    (
        "INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) \
         VALUES ($1, 'u-op', $2, '192.0.2.4', 'asia', 23)",
        &[T("s-4"), T("four.example")],
    ),
    (
        "INSERT INTO withdrawals (id, account_id, amount, fee, destination, status, \
         requested_by, created_at, updated_at) \
         VALUES ('w-1', 'u-op', 400000, 10000, 'addr', 'PENDING', 'u-op', 40, 40)",
        &[],
    ),
];

/// Writes that move every derived total: server counts, the configuration version, the metrics'
/// running and per-server sums, the sessions' spans and hourly data, and account balances.
const WRITES: &[(&str, &[Arg])] = &[
    // Server counts: decommissioned and back, a change that keeps it decommissioned, a delete.
    (
        "UPDATE servers SET decommissioned_at = $1 WHERE id = $2",
        &[I(100), T("s-2")],
    ),
    (
        "UPDATE servers SET decommissioned_at = NULL WHERE id = $1",
        &[T("s-3")],
    ),
    (
        "UPDATE servers SET decommissioned_at = $1 WHERE id = $2",
        &[I(200), T("s-2")],
    ),
    ("DELETE FROM servers WHERE id = $1", &[T("s-4")]),
    // The configuration version: inserts, a rewrite, a port change (no bump), a delete.
    (
        "INSERT INTO server_protocols (id, server_id, type, port, config) VALUES ($1, $2, $3, $4, $5)",
        &[
            T("p-1"),
            T("s-1"),
            T("VLESS"),
            I(443),
            T("{\"clients\":[]}"),
        ],
    ),
    (
        "INSERT INTO server_protocols (id, server_id, type, port) VALUES ($1, $2, $3, $4)",
        &[T("p-2"), T("s-1"), T("WIREGUARD"), I(51820)],
    ),
    (
        "UPDATE server_protocols SET config = $1 WHERE id = $2",
        &[T("{\"clients\":[{}]}"), T("p-1")],
    ),
    (
        "UPDATE server_protocols SET port = $1 WHERE id = $2",
        &[I(8443), T("p-1")],
    ),
    ("DELETE FROM server_protocols WHERE id = $1", &[T("p-2")]),
    // Metrics: hours out of order, an hour before 1970, a rolled-up row, then updates that move
    // a sample to another hour, and deletes down to no sample at all for s-2.
    (
        INSERT_METRIC,
        &[
            T("s-1"),
            I(7210),
            F(10.25),
            F(40.5),
            F(100.0),
            F(50.25),
            I(3),
            F(20.0),
        ],
    ),
    (
        INSERT_METRIC,
        &[
            T("s-1"),
            I(3605),
            F(20.5),
            F(41.0),
            F(10.0),
            F(5.5),
            I(4),
            F(30.75),
        ],
    ),
    (
        INSERT_METRIC,
        &[
            T("s-1"),
            I(7220),
            F(30.0),
            F(42.25),
            F(1.0),
            F(2.0),
            I(5),
            F(10.5),
        ],
    ),
    (
        INSERT_METRIC,
        &[
            T("s-1"),
            I(-10),
            F(1.0),
            F(2.0),
            F(3.0),
            F(4.0),
            I(1),
            F(5.0),
        ],
    ),
    (
        "INSERT INTO metrics (server_id, ts, cpu, memory, network_in, network_out, connections, \
         latency_ms, samples) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        &[
            T("s-1"),
            I(10800),
            F(150.75),
            F(120.0),
            F(30.0),
            F(60.0),
            I(9),
            F(90.0),
            I(3),
        ],
    ),
    (
        INSERT_METRIC,
        &[
            T("s-2"),
            I(3700),
            F(5.0),
            F(6.0),
            F(7.0),
            F(8.0),
            I(1),
            F(9.0),
        ],
    ),
    (
        INSERT_METRIC,
        &[
            T("s-2"),
            I(90000),
            F(5.5),
            F(6.5),
            F(7.5),
            F(8.5),
            I(2),
            F(9.5),
        ],
    ),
    (
        "UPDATE metrics SET cpu = cpu + $1, ts = $2 WHERE server_id = $3 AND ts = $4",
        &[F(1.5), I(14407), T("s-1"), I(3605)],
    ),
    (
        "UPDATE metrics SET samples = $1 WHERE server_id = $2 AND ts = $3",
        &[I(2), T("s-1"), I(7220)],
    ),
    // A column no total reads: nothing to redo.
    (
        "UPDATE metrics SET error_rate = $1 WHERE server_id = $2",
        &[F(0.5), T("s-1")],
    ),
    (
        "DELETE FROM metrics WHERE server_id = $1 AND ts = $2",
        &[T("s-1"), I(7210)],
    ),
    ("DELETE FROM metrics WHERE server_id = $1", &[T("s-2")]),
    // Paused totals skip a write, as the bulk paths rely on.
    ("INSERT INTO derived_totals_paused (paused) VALUES (1)", &[]),
    (
        INSERT_METRIC,
        &[
            T("s-2"),
            I(50),
            F(1.0),
            F(1.0),
            F(1.0),
            F(1.0),
            I(1),
            F(1.0),
        ],
    ),
    ("DELETE FROM derived_totals_paused", &[]),
    // Sessions: open and ended, moved between hours and users, one before 1970, one deleted.
    (
        INSERT_SESSION,
        &[T("se-1"), T("u-a"), T("s-1"), I(3700), NullInt, F(1.25)],
    ),
    (
        INSERT_SESSION,
        &[T("se-2"), T("u-a"), T("s-1"), I(7300), I(7400), F(2.5)],
    ),
    (
        "INSERT INTO sessions (id, user_id, server_id, protocol, started_at, ended_at, data_gb) \
         VALUES ($1, $2, $3, 'REALITY', $4, $5, $6)",
        &[T("se-3"), T("u-b"), T("s-2"), I(3650), NullInt, F(0.75)],
    ),
    (
        INSERT_SESSION,
        &[T("se-4"), T("u-b"), T("s-1"), I(-100), I(-50), F(0.5)],
    ),
    (
        "UPDATE sessions SET ended_at = $1 WHERE id = $2",
        &[I(4000), T("se-1")],
    ),
    (
        "UPDATE sessions SET data_gb = $1 WHERE id = $2",
        &[F(3.0), T("se-3")],
    ),
    (
        "UPDATE sessions SET started_at = $1 WHERE id = $2",
        &[I(11000), T("se-3")],
    ),
    (
        "UPDATE sessions SET user_id = $1 WHERE id = $2",
        &[T("u-a"), T("se-3")],
    ),
    (
        "UPDATE sessions SET rating = $1 WHERE id = $2",
        &[I(5), T("se-1")],
    ),
    ("DELETE FROM sessions WHERE id = $1", &[T("se-2")]),
    // An UPDATE that sets a column of a trigger's list recounts even when the value stays: a
    // session written while paused counts in its hour once its data_gb is set, not in its
    // user's span (data_gb is not in that trigger's list).
    ("INSERT INTO derived_totals_paused (paused) VALUES (1)", &[]),
    (
        INSERT_SESSION,
        &[T("se-5"), T("u-b"), T("s-1"), I(7500), NullInt, F(4.0)],
    ),
    ("DELETE FROM derived_totals_paused", &[]),
    (
        "UPDATE sessions SET data_gb = data_gb WHERE id = $1",
        &[T("se-5")],
    ),
    // The ledger: a claim, a withdrawal's hold, release and payout, fees, a spend.
    (
        "INSERT INTO ledger (id, account_id, server_id, withdrawal_id, kind, amount, created_at) \
         VALUES ($1, $2, $3, NULL, $4, $5, 50)",
        &[T("l-1"), T("u-op"), T("s-1"), T("claim"), I(1_500_000)],
    ),
    (
        "INSERT INTO ledger (id, account_id, server_id, withdrawal_id, kind, amount, created_at) \
         VALUES ($1, $2, NULL, 'w-1', $3, $4, 51)",
        &[T("l-2"), T("u-op"), T("hold"), I(-400_000)],
    ),
    (
        "UPDATE withdrawals SET status = 'APPROVED', updated_at = 52 WHERE id = 'w-1'",
        &[],
    ),
    (
        "UPDATE withdrawals SET status = 'PAID', payout_reference = $1, updated_at = 53 WHERE id = 'w-1'",
        &[T("tx-1")],
    ),
    (
        INSERT_WITHDRAWAL_ENTRY,
        &[T("l-3"), T("u-op"), T("release"), I(400_000)],
    ),
    (
        INSERT_WITHDRAWAL_ENTRY,
        &[T("l-4"), T("u-op"), T("fee"), I(-10_000)],
    ),
    (
        INSERT_WITHDRAWAL_ENTRY,
        &[T("l-5"), T("platform"), T("fee"), I(10_000)],
    ),
    (
        INSERT_WITHDRAWAL_ENTRY,
        &[T("l-6"), T("u-op"), T("payout"), I(-390_000)],
    ),
    (
        "INSERT INTO ledger (id, account_id, server_id, withdrawal_id, kind, amount, created_at) \
         VALUES ($1, $2, NULL, NULL, $3, $4, 54)",
        &[T("l-7"), T("u-a"), T("spend"), I(-5)],
    ),
];

#[tokio::test]
async fn the_same_writes_leave_the_same_rows_and_derived_totals_on_both_engines() {
    let Some((_store, dbs)) = engines().await else {
        return;
    };
    assert_same_rows(&dbs).await;
    on_both(&dbs, PEOPLE).await;
    on_both(&dbs, WRITES).await;
    assert_same_rows(&dbs).await;

    // And the figures are the ones the writes make, not only equal.
    let [_, pg] = &dbs;
    let balances = pg.rows("account_balances").await;
    assert_eq!(
        balances,
        vec![
            vec![
                Cell::Text("platform".into()),
                Cell::Int(10_000),
                Cell::Int(0)
            ],
            vec![Cell::Text("u-a".into()), Cell::Int(-5), Cell::Int(0)],
            vec![
                Cell::Text("u-op".into()),
                Cell::Int(1_100_000),
                Cell::Int(0)
            ],
        ]
    );
    assert_eq!(
        pg.rows("server_counts").await,
        vec![vec![Cell::Int(1), Cell::Int(2), Cell::Int(1)]]
    );
    assert_eq!(
        pg.rows("protocol_config_version").await,
        vec![vec![Cell::Int(1), Cell::Int(4)]]
    );
    // s-2's samples are all gone (the paused one is not counted), so is its total.
    let totals = pg.rows("metrics_server_totals").await;
    assert_eq!(totals.len(), 1, "{totals:?}");
    assert_eq!(
        &totals[0][..4],
        &[
            Cell::Text("s-1".into()),
            Cell::Int(-10),
            Cell::Int(14407),
            Cell::Int(7)
        ]
    );
}

/// Writes both engines must refuse, each leaving every table as it was.
const REFUSED: &[(&str, &[Arg])] = &[
    ("UPDATE ledger SET amount = 1 WHERE id = 'l-1'", &[]),
    ("DELETE FROM ledger WHERE id = 'l-1'", &[]),
    (INSERT_ENTRY, &[T("l-x"), T("nobody"), T("claim"), I(5)]),
    (INSERT_ENTRY, &[T("l-x"), T("u-a"), T("claim"), I(-5)]),
    (
        INSERT_ENTRY,
        &[T("l-x"), T("u-a"), T("claim"), I(1_000_000_000_000_000_001)],
    ),
    (INSERT_ENTRY, &[T("l-x"), T("u-a"), T("fee"), I(5)]),
    // The tenth claim of 10^18 would take the balance past i64: refused, not rounded.
    (
        INSERT_ENTRY,
        &[
            T("l-big-10"),
            T("u-b"),
            T("claim"),
            I(1_000_000_000_000_000_000),
        ],
    ),
    (
        "INSERT INTO withdrawals (id, account_id, amount, fee, destination, status, requested_by, \
         created_at, updated_at) VALUES ('w-x', 'u-a', 5, 0, 'addr', 'PAID', 'u-a', 60, 60)",
        &[],
    ),
    (
        "INSERT INTO withdrawals (id, account_id, amount, fee, destination, status, requested_by, \
         created_at, updated_at) VALUES ('w-x', 'u-a', 5, 5, 'addr', 'PENDING', 'u-a', 60, 60)",
        &[],
    ),
    (
        "INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at, capacity) \
         VALUES ('s-x', 'u-op', 'x.example', '192.0.2.9', 'eu', 60, 0)",
        &[],
    ),
    (
        "INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) \
         VALUES ('s-x', 'nobody', 'x.example', '192.0.2.9', 'eu', 60)",
        &[],
    ),
    (
        "INSERT INTO server_protocols (id, server_id, type, port) VALUES ('p-x', 's-1', 'VLESS', 70000)",
        &[],
    ),
    (
        "INSERT INTO server_protocols (id, server_id, type, port) VALUES ('p-x', 's-1', 'SSH', 22)",
        &[],
    ),
    (
        "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) \
         VALUES ('u-x', 'alice', 'x', 'USER', 'FREE', 'u', 60)",
        &[],
    ),
    ("UPDATE sessions SET rating = 6 WHERE id = 'se-1'", &[]),
    (
        "INSERT INTO metrics (server_id, ts, cpu, memory, network_in, network_out, connections, \
         latency_ms) VALUES ('s-1', -10, 1, 1, 1, 1, 1, 1)",
        &[],
    ),
    (
        "INSERT INTO alert_rules (id, name, metric, operator, threshold, duration_secs, severity, \
         scope, scope_id, message, created_at, updated_at) \
         VALUES ('r-x', 'r', 'CPU', 'GT', 1, 0, 'INFO', 'NETWORK', 's-1', 'm', 60, 60)",
        &[],
    ),
];

#[tokio::test]
async fn both_engines_refuse_the_same_bad_writes_and_change_nothing() {
    let Some((_store, dbs)) = engines().await else {
        return;
    };
    on_both(&dbs, PEOPLE).await;
    on_both(&dbs, WRITES).await;
    // Nine claims of 10^18: the tenth (refused below) would take the balance past i64.
    for id in [
        "l-big-1", "l-big-2", "l-big-3", "l-big-4", "l-big-5", "l-big-6", "l-big-7", "l-big-8",
        "l-big-9",
    ] {
        let sql = "INSERT INTO ledger (id, account_id, kind, amount, created_at) \
                   VALUES ($1, 'u-b', 'claim', 1000000000000000000, 60)";
        on_both(&dbs, &[(sql, &[T(id)])]).await;
    }
    let before: Vec<_> = [dbs[0].dump().await, dbs[1].dump().await].into();
    for (sql, args) in REFUSED {
        for (db, before) in dbs.iter().zip(&before) {
            let refused = db.run(sql, args).await;
            assert!(refused.is_err(), "{} accepted {sql} {args:?}", db.name());
            assert_eq!(
                &db.dump().await,
                before,
                "{} changed after refusing {sql}",
                db.name()
            );
        }
    }
    assert_same_rows(&dbs).await;
}

/// A migrated PostgreSQL database holding [`PEOPLE`]; `None` when the test skips.
async fn postgres_with_people() -> Option<(sqlx::PgPool, Db)> {
    let pg = fresh_database().await?;
    pg_migrator().run(&pg).await.expect("PostgreSQL migrations");
    let db = Db::Pg(pg.clone());
    for (sql, args) in PEOPLE {
        db.run(sql, args).await.unwrap();
    }
    Some((pg, db))
}

/// SQLite has one writer at a time; on PostgreSQL the writers of metrics and sessions take
/// turns (see the schema's header). Two transactions writing one hour, user and server (the
/// second an earlier hour, so that it moves the first one's running sums) both count, and a
/// third writer waits its turn too.
#[tokio::test]
async fn concurrent_writers_of_the_totals_take_turns_on_postgresql() {
    let Some((pg, db)) = postgres_with_people().await else {
        return;
    };
    let session = |id: &'static str, gb: f64| -> [Arg; 6] {
        [T(id), T("u-a"), T("s-1"), I(3700), NullInt, F(gb)]
    };
    let heartbeat = |server: &'static str, ts: i64| -> [Arg; 8] {
        [
            T(server),
            I(ts),
            F(1.0),
            F(2.0),
            F(3.0),
            F(4.0),
            I(1),
            F(5.0),
        ]
    };

    let mut first = pg.begin().await.unwrap();
    for (sql, args) in [
        (INSERT_SESSION, &session("se-1", 1.25)[..]),
        (INSERT_METRIC, &heartbeat("s-1", 7300)[..]),
    ] {
        run_in(&mut first, sql, args).await.unwrap();
    }
    let writer = |steps: Vec<(&'static str, Vec<Arg>)>| {
        let pg = pg.clone();
        tokio::spawn(async move {
            let db = Db::Pg(pg);
            for (sql, args) in steps {
                db.run(sql, &args).await?;
            }
            Ok::<(), String>(())
        })
    };
    let second = writer(vec![
        (INSERT_SESSION, session("se-2", 2.5).to_vec()),
        (INSERT_METRIC, heartbeat("s-1", 3700).to_vec()),
    ]);
    let third = writer(vec![(INSERT_METRIC, heartbeat("s-2", 3700).to_vec())]);
    until_waiting_for_a_turn(&pg, 2).await;
    assert!(
        !second.is_finished(),
        "the second writer waits for the first"
    );
    assert!(
        !third.is_finished(),
        "so does a writer of another server's heartbeat"
    );
    first.commit().await.unwrap();
    second
        .await
        .unwrap()
        .expect("the second writer goes on once the first commits");
    third.await.unwrap().expect("and the third");

    assert_eq!(
        db.rows("sessions_hourly").await,
        vec![vec![Cell::Int(3600), Cell::Real(3.75f64.to_bits())]]
    );
    assert_eq!(
        db.rows("user_session_span").await,
        vec![vec![
            Cell::Text("u-a".into()),
            Cell::Int(3700),
            Cell::Null,
            Cell::Int(2)
        ]]
    );
    let running = db.rows("metrics_running").await;
    let samples: Vec<(Cell, Cell, Cell)> = running
        .iter()
        .map(|row| (row[0].clone(), row[1].clone(), row[2].clone()))
        .collect();
    assert_eq!(
        samples,
        vec![
            (Cell::Int(1), Cell::Text("s-1".into()), Cell::Int(1)),
            (Cell::Int(1), Cell::Text("s-2".into()), Cell::Int(1)),
            (Cell::Int(2), Cell::Text("s-1".into()), Cell::Int(2)),
        ],
        "running sums per hour and server: {running:?}"
    );
    let totals = db.rows("metrics_server_totals").await;
    assert_eq!(
        totals
            .iter()
            .map(|row| row[..4].to_vec())
            .collect::<Vec<_>>(),
        vec![
            vec![
                Cell::Text("s-1".into()),
                Cell::Int(3700),
                Cell::Int(7300),
                Cell::Int(2)
            ],
            vec![
                Cell::Text("s-2".into()),
                Cell::Int(3700),
                Cell::Int(3700),
                Cell::Int(1)
            ],
        ]
    );
}

/// A writer waits for its turn before it writes a row, so it never holds a row another writer
/// needs: here the second writer's session with event E would otherwise wait for the first's
/// uncommitted E while the first waits for its turn (a deadlock). The duplicate is refused as
/// a duplicate instead.
#[tokio::test]
async fn waiting_for_the_turn_holds_no_row_so_writers_do_not_deadlock() {
    let Some((pg, _)) = postgres_with_people().await else {
        return;
    };
    const WITH_EVENT: &str = "INSERT INTO sessions (id, user_id, server_id, protocol, started_at, \
        event_id) VALUES ($1, 'u-a', 's-1', 'VLESS', 3700, $2)";
    let mut holder = pg.begin().await.unwrap();
    run_in(&mut holder, WITH_EVENT, &[T("se-1"), T("X")])
        .await
        .unwrap();
    let waiter = {
        let pg = pg.clone();
        tokio::spawn(async move { Db::Pg(pg).run(WITH_EVENT, &[T("se-2"), T("E")]).await })
    };
    until_waiting_for_a_turn(&pg, 1).await;
    assert!(
        !waiter.is_finished(),
        "the second writer waits for its turn"
    );
    tokio::time::timeout(
        std::time::Duration::from_secs(10),
        run_in(&mut holder, WITH_EVENT, &[T("se-3"), T("E")]),
    )
    .await
    .expect("the holder is not blocked by the waiter")
    .unwrap();
    holder.commit().await.unwrap();
    let refused = waiter.await.unwrap().expect_err("E is taken");
    assert!(refused.contains("sessions_server_event"), "{refused}");
}

/// Every write to sessions or metrics takes the turn, even one that changes a column no total
/// reads (a rating): otherwise it could hold a row while it waits for the turn later in its
/// transaction, and deadlock with the writer holding the turn.
#[tokio::test]
async fn a_write_of_a_column_no_total_reads_takes_the_turn_too() {
    let Some((pg, db)) = postgres_with_people().await else {
        return;
    };
    db.run(
        INSERT_SESSION,
        &[T("se-1"), T("u-a"), T("s-1"), I(3700), NullInt, F(1.0)],
    )
    .await
    .unwrap();
    let mut holder = pg.begin().await.unwrap();
    run_in(&mut holder, "SELECT totals_turn()", &[])
        .await
        .unwrap();
    let rater = {
        let pg = pg.clone();
        tokio::spawn(async move {
            Db::Pg(pg)
                .run("UPDATE sessions SET rating = 5 WHERE id = 'se-1'", &[])
                .await
        })
    };
    until_waiting_for_a_turn(&pg, 1).await;
    assert!(!rater.is_finished());
    holder.commit().await.unwrap();
    assert_eq!(rater.await.unwrap(), Ok(1));
}
