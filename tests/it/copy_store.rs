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

/// When the scale-4 demo was seeded: a fixed moment well in the past, so that no answer
/// depends on when the test runs (every server is silent by now on both engines alike).
const SCALE_4_SEEDED_AT: i64 = 1_767_225_600; // 2026-01-01T00:00:00Z

#[test]
fn the_scale_4_demo_gives_the_same_answer_to_every_read_command_once_copied() {
    // Once, in the suite on PostgreSQL: the SQLite suite would only repeat it.
    if !crate::common::on_postgres() {
        return;
    }
    let env = Env::new();
    let path = env.home.path().join("scale4.db");
    // The servers are driven by blocking clients below, outside this runtime.
    let target = tokio::runtime::Runtime::new().unwrap().block_on(async {
        let pg = fresh_database().await?;
        let seeded = Store::open(&path.display().to_string()).await.unwrap();
        seeded
            .seed_demo(11, DemoSize::scale(4), SCALE_4_SEEDED_AT)
            .await
            .unwrap();
        seeded.pool().any_pool().close().await;
        Some(url_of(&pg).await)
    });
    let Some(url) = target else {
        return;
    };

    let sqlite = TestServer::start_on(&["--db", &path.display().to_string()], &[]);
    // Logged in before the copy: the sessions are copied with the rest, so one token works
    // on both platforms.
    let admin = sqlite.admin_token();
    let (operator, operator_id) = sqlite.operator();
    let (user, _) = sqlite.login("user", "user-demo-pass");
    copied(&env, &path, &url);
    let postgres = TestServer::start_on(&["--database-url", &url], &[]);

    let id_of = |token: &str, args: &[&str], pointer: &str| {
        let answer = sqlite.run_as(token, args).json();
        answer
            .pointer(pointer)
            .and_then(|v| v.as_str())
            .unwrap_or_else(|| panic!("{args:?} gives {pointer}: {answer}"))
            .to_string()
    };
    let server = id_of(
        &operator,
        &["servers", "list", "--owner", &operator_id, "-o", "json"],
        "/0/id",
    );
    let (from, to) = ("2025-12-01T00:00:00Z", "2026-01-01T00:00:00Z");
    let window = ["--from", from, "--to", to];
    let with = |base: &[&str], extra: &[&str]| -> Vec<String> {
        base.iter().chain(extra).map(|s| s.to_string()).collect()
    };
    // Every query of the operation table that reads stored data, by the command that runs
    // it. Not here: `admin health`, `admin maintenance show` and `admin backup list`, whose
    // subject is the engine itself (tests/it/admin.rs and backups.rs assert each engine's
    // answer); `servers token list`'s and `auth sessions list`'s last-used times, which the
    // two platforms' own requests move.
    let commands: Vec<(&str, Vec<String>)> = vec![
        (&admin, with(&["servers", "list", "--all"], &[])),
        (
            &admin,
            with(
                &["servers", "list", "--protocol", "vless", "--mining-only"],
                &[],
            ),
        ),
        (&admin, with(&["servers", "by-protocol", "wireguard"], &[])),
        (&admin, with(&["servers", "metrics", &server], &window)),
        (
            &operator,
            with(&["servers", "protocol", "show", &server, "--reveal"], &[]),
        ),
        (&operator, with(&["mining", "earnings"], &window)),
        (&admin, with(&["analytics", "network"], &window)),
        (&user, with(&["me", "stats", "--all"], &window)),
        (&user, with(&["me", "dashboard"], &[])),
        (&admin, with(&["users", "dashboard", &operator_id], &[])),
        (&admin, with(&["users", "list", "--all"], &[])),
        (&admin, with(&["users", "show", &operator_id], &[])),
        (&admin, with(&["admin", "dashboard"], &[])),
        (&admin, with(&["admin", "security"], &[])),
        (&admin, with(&["admin", "audit"], &[])),
        (&admin, with(&["admin", "economy"], &[])),
        (&operator, with(&["auth", "status"], &[])),
        (&operator, with(&["wallet", "balance"], &[])),
        (&operator, with(&["wallet", "history", "--all"], &window)),
        (&operator, with(&["wallet", "withdrawals"], &[])),
        (&admin, with(&["admin", "withdrawals", "list"], &[])),
        (&admin, with(&["alerts", "rules", "list"], &[])),
        (&admin, with(&["alerts", "list"], &[])),
        (&admin, with(&["alerts", "silences"], &[])),
        (&admin, with(&["alerts", "channels", "list"], &[])),
        (&admin, with(&["alerts", "deliveries"], &[])),
        (
            &admin,
            with(
                &["stats", "export", "--format", "csv", "--out", "-"],
                &window,
            ),
        ),
    ];
    for (token, args) in &commands {
        let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
        if args[..2] != ["stats", "export"] {
            args.extend(["-o", "json"]);
        }
        // Pending rewards accrue by the second, and a server's clock cannot be held: both
        // are asked at once, and asked again when a second turned between them.
        // Where each was asked is the one thing that differs by design.
        let answer = |server: &TestServer| {
            let text = server.run_as(token, &args).ok().to_string();
            text.replace(&server.url, "ENDPOINT")
        };
        let mut difference = Ok(());
        for _ in 0..3 {
            let (on_sqlite, on_postgres) = std::thread::scope(|s| {
                let on_postgres = s.spawn(|| answer(&postgres));
                (answer(&sqlite), on_postgres.join().unwrap())
            });
            assert!(
                on_sqlite.len() > 2,
                "{args:?} answers something: {on_sqlite}"
            );
            difference = same_answer(&on_sqlite, &on_postgres);
            if difference.is_ok() {
                break;
            }
        }
        if let Err(difference) = difference {
            panic!("{args:?} differs:\n{difference}");
        }
    }
}

/// Whether two answers agree: the same text, except that a float measurement may differ in its
/// last bits (by 1e-12 of itself), because the engines add floats up in different orders and
/// ways. A measurement is a number written, on either side, with more fractional digits than
/// the six of a micro-token, so money, counts and everything else must be the same to the
/// character.
fn same_answer(sqlite: &str, postgres: &str) -> Result<(), String> {
    let (left, right) = (pieces(sqlite), pieces(postgres));
    let differ = |at: usize| {
        let line = |text: &str, offset: usize| {
            let n = text[..offset].matches('\n').count();
            (n + 1, text.lines().nth(n).unwrap_or_default().to_string())
        };
        let offset_of = |pieces: &[(usize, &str)], text: &str| {
            pieces.get(at).map_or(text.len(), |(offset, _)| *offset)
        };
        let (n, on_sqlite) = line(sqlite, offset_of(&left, sqlite));
        let (_, on_postgres) = line(postgres, offset_of(&right, postgres));
        Err(format!(
            "line {n}:\n  SQLite:     {on_sqlite:?}\n  PostgreSQL: {on_postgres:?}"
        ))
    };
    for (at, ((_, a), (_, b))) in left.iter().zip(&right).enumerate() {
        if a != b && !same_measurement(a, b) {
            return differ(at);
        }
    }
    if left.len() != right.len() {
        return differ(left.len().min(right.len()));
    }
    Ok(())
}

/// The text cut into numbers and what is between them, each with its offset.
fn pieces(text: &str) -> Vec<(usize, &str)> {
    let is_number_byte = |b: u8| b.is_ascii_digit() || b == b'.';
    let bytes = text.as_bytes();
    let mut pieces = Vec::new();
    let mut start = 0;
    while start < bytes.len() {
        let number = is_number_byte(bytes[start]);
        let mut end = start + 1;
        while end < bytes.len() && is_number_byte(bytes[end]) == number {
            end += 1;
        }
        pieces.push((start, &text[start..end]));
        start = end;
    }
    pieces
}

fn same_measurement(a: &str, b: &str) -> bool {
    let fraction_digits = |n: &str| n.split_once('.').map_or(0, |(_, f)| f.len());
    // One side printed short (0.3 against 0.30000000000000004) is a measurement too.
    if fraction_digits(a) <= 6 && fraction_digits(b) <= 6 {
        return false;
    }
    match (a.parse::<f64>(), b.parse::<f64>()) {
        (Ok(x), Ok(y)) => (x - y).abs() <= 1e-12 * x.abs().max(y.abs()),
        _ => false,
    }
}
