//! `vpnmine server copy-store`: a SQLite platform into an empty PostgreSQL database (issue #18).

use sqlx::postgres::PgPool;
use vpnmine::server::store::Store;
use vpnmine::server::store::seed::DemoSize;

use crate::common::postgres::{Db, assert_same_rows, fresh_database, sqlite_side, url_of};
use crate::common::{Env, TestServer};

/// A small demo platform in a SQLite file, with ledger entries (a claim, a withdrawal's hold,
/// the platform's fee) and audit rows.
async fn sqlite_platform(path: &str) -> Store {
    let store = Store::open(path).await.unwrap();
    let size = DemoSize {
        servers: 12,
        operators: 3,
        users: 40,
        history_days: 2,
    };
    store.seed_demo(7, size, 1_767_225_600).await.unwrap();
    let (operator, server): (String, String) =
        sqlx::query_as("SELECT owner_id, id FROM servers ORDER BY id LIMIT 1")
            .fetch_one(store.pool())
            .await
            .unwrap();
    let writes = [
        format!(
            "INSERT INTO ledger (id, account_id, server_id, kind, amount, created_at) \
             VALUES ('c-1', '{operator}', '{server}', 'claim', 1500000, 50)"
        ),
        format!(
            "INSERT INTO withdrawals (id, account_id, amount, fee, destination, status, \
             requested_by, created_at, updated_at) \
             VALUES ('w-1', '{operator}', 400000, 10000, 'addr', 'PENDING', '{operator}', 51, 51)"
        ),
        format!(
            "INSERT INTO ledger (id, account_id, withdrawal_id, kind, amount, created_at) \
             VALUES ('h-1', '{operator}', 'w-1', 'hold', -400000, 51)"
        ),
        "INSERT INTO ledger (id, account_id, withdrawal_id, kind, amount, created_at) \
         VALUES ('f-1', 'platform', 'w-1', 'fee', 10000, 52)"
            .to_string(),
        "INSERT INTO audit_log (created_at, operation, result) VALUES (60, 'claimRewards', 'OK')"
            .to_string(),
        "INSERT INTO audit_log (created_at, operation, result) VALUES (61, 'requestWithdrawal', 'OK')"
            .to_string(),
        // Retention removes the newest rows too; their ids stay given (sqlite_sequence).
        "INSERT INTO audit_log (created_at, operation, result) VALUES (62, 'logout', 'OK')"
            .to_string(),
        "DELETE FROM audit_log WHERE created_at = 62".to_string(),
    ];
    for sql in writes {
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .execute(store.pool())
            .await
            .unwrap();
    }
    store
}

/// `copy-store -o json` from `db` to `to`, which must succeed with every table; its report.
fn copied(env: &Env, db: &std::path::Path, to: &str) -> serde_json::Value {
    let from = format!("sqlite:{}", db.display());
    let report = env
        .run(&[
            "-o",
            "json",
            "server",
            "copy-store",
            "--from",
            &from,
            "--to",
            to,
        ])
        .json();
    assert_eq!(report["tables"], 33, "{report}");
    report
}

async fn count(pool: &PgPool, table: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
        .fetch_one(pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_sqlite_platform_is_copied_whole_and_refused_twice() {
    let Some(pg) = fresh_database().await else {
        return;
    };
    let env = Env::new();
    let path = env.home.path().join("platform.db");
    let store = sqlite_platform(&path.display().to_string()).await;
    let to = url_of(&pg).await;
    let from = format!("sqlite:{}", path.display());

    let report = copied(&env, &path, &to);
    assert!(report["rows"].as_u64().unwrap() > 1_000, "{report}");
    assert_eq!(report["ledgerAccounts"], 2, "{report}");

    // Every table's rows, derived totals included, to the float bit.
    let dbs = [sqlite_side(&path).await, Db::Pg(pg.clone())];
    assert_same_rows(&dbs).await;
    // Identity columns go on after the copied ids.
    let [_, target] = &dbs;
    let audit_rows = count(&pg, "audit_log").await;
    target
        .run(
            "INSERT INTO audit_log (created_at, operation, result) VALUES (1, 'test', 'OK')",
            &[],
        )
        .await
        .unwrap();
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM audit_log ORDER BY id")
        .fetch_all(&pg)
        .await
        .unwrap();
    assert_eq!(ids.len() as i64, audit_rows + 1);
    let given: i64 = sqlx::query_scalar("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(
        ids.last().copied(),
        Some(given + 1),
        "the next id follows the last one SQLite gave, not the last row left"
    );
    // The triggers are on again: a new ledger entry moves its account's balance.
    let before = target.rows("account_balances").await;
    target
        .run(
            "INSERT INTO ledger (id, account_id, kind, amount, created_at) \
             VALUES ('copy-test', 'platform', 'fee', 5, 1)",
            &[],
        )
        .await
        .unwrap();
    assert_ne!(target.rows("account_balances").await, before);

    // A second copy into the same (now filled) database is refused and changes nothing.
    let servers = count(&pg, "servers").await;
    env.run(&["server", "copy-store", "--from", &from, "--to", &to])
        .fails(5, "not empty");
    assert_eq!(count(&pg, "servers").await, servers);
}

#[tokio::test]
async fn bad_sources_and_targets_are_refused_with_their_exit_codes_and_leave_the_target_empty() {
    let Some(pg) = fresh_database().await else {
        return;
    };
    let env = Env::new();
    let dir = env.home.path();
    let to = url_of(&pg).await;
    let copy =
        |from: &str, to: &str| env.run(&["server", "copy-store", "--from", from, "--to", to]);
    let tables = || async {
        sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'",
        )
        .fetch_one(&pg)
        .await
        .unwrap()
    };

    copy(&format!("sqlite:{}", dir.join("none.db").display()), &to).fails(3, "no SQLite database");
    let db = dir.join("p.db");
    drop(Store::open(&db.display().to_string()).await.unwrap());
    let from = format!("sqlite:{}", db.display());
    copy(&db.display().to_string(), &to).fails(2, "expected sqlite:PATH");
    copy(&from, "mysql://root@127.0.0.1/x").fails(2, "postgres://");
    copy(&from, "not a url").fails(2, "postgres://");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let run = copy(
        &from,
        &format!("postgres://postgres:s3cret@127.0.0.1:{port}/x?password=s3cret2"),
    );
    run.fails(6, "cannot connect to PostgreSQL");
    assert!(!run.stderr.contains("s3cret"), "{}", run.stderr);
    let run = copy(&from, "postgres://postgres:s3cret@[::1/x");
    run.fails(2, "not shown");
    assert!(!run.stderr.contains("s3cret"), "{}", run.stderr);
    // The server answers: no such database (3), not unreachable.
    let mut missing_db = reqwest::Url::parse(&to).unwrap();
    missing_db.set_path("no_such_database");
    copy(&from, missing_db.as_str()).fails(3, "does not exist");
    let old = dir.join("old.db");
    std::fs::copy(&db, &old).unwrap();
    as_if_an_older_vpnmine_left_it(&old).await;
    copy(&format!("sqlite:{}", old.display()), &to).fails(5, "vpnmine server --db");
    assert_eq!(tables().await, 0, "nothing reached the target");

    // A value PostgreSQL cannot hold as it is fails the whole copy, naming it; the target
    // stays empty.
    for (n, (column, value, says)) in [
        ("vpn_uuid", "char(0)", "NUL"),
        ("vpn_uuid", "CAST(x'ff' AS TEXT)", "not UTF-8"),
        (
            "created_at",
            "1.5",
            "REAL value where PostgreSQL has bigint",
        ),
    ]
    .into_iter()
    .enumerate()
    {
        let bad = dir.join(format!("bad-{n}.db"));
        std::fs::copy(&db, &bad).unwrap();
        let store = Store::open(&bad.display().to_string()).await.unwrap();
        let (uuid, created) = match column {
            "created_at" => ("'u'".to_string(), value.to_string()),
            _ => (value.to_string(), "1".to_string()),
        };
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, \
             created_at) VALUES ('u-bad', 'bad', 'x', 'USER', 'FREE', {uuid}, {created})"
        )))
        .execute(store.pool())
        .await
        .unwrap();
        drop(store);
        let run = copy(&format!("sqlite:{}", bad.display()), &to);
        run.fails(7, says);
        run.fails(7, &format!("table users: {column}"));
    }
    assert_eq!(tables().await, 0, "a failed copy leaves the target empty");
}

/// Makes a database look as if an older vpnmine had left it: its last migration not applied.
async fn as_if_an_older_vpnmine_left_it(path: &std::path::Path) {
    use sqlx::Connection as _;
    let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite:{}", path.display()))
        .await
        .unwrap();
    sqlx::query(
        "DELETE FROM _sqlx_migrations WHERE version = (SELECT MAX(version) FROM _sqlx_migrations)",
    )
    .execute(&mut conn)
    .await
    .unwrap();
    conn.close().await.unwrap();
}

/// A platform a server is serving, its simulated agents writing heartbeats every second, is
/// copied as of one moment: the checks hold although the source moves on.
#[tokio::test]
async fn a_platform_is_copied_while_its_server_writes() {
    let Some(pg) = fresh_database().await else {
        return;
    };
    let env = Env::new();
    let db = env.home.path().join("live.db");
    let server = TestServer::start_with_db(db.to_str().unwrap(), &["--simulate", "1s"]);
    let to = url_of(&pg).await;
    copied(&env, &db, &to);
    let servers: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM servers")
        .fetch_one(&pg)
        .await
        .unwrap();
    assert_eq!(servers, 300);
    // The rows and the totals the triggers kept of them are of one moment, although the
    // simulated agents wrote heartbeats throughout.
    let off: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM metrics_server_totals t WHERE t.samples <> \
         (SELECT COALESCE(SUM(m.samples), 0) FROM metrics m WHERE m.server_id = t.server_id)",
    )
    .fetch_one(&pg)
    .await
    .unwrap();
    assert_eq!(off, 0, "per-server totals match the copied samples");
    drop(server);
}
