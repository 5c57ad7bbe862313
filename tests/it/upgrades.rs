//! Upgrades: a database left at any earlier schema version, with data, migrates to the latest
//! and answers as it did; a database a newer vpnmine migrated is refused before anything is
//! written.

use serde_json::{Value, json};
use sqlx::Connection as _;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};

use crate::common::{Env, TestServer};
use vpnmine::server::secrets::hash_password;
use vpnmine::server::store::latest_schema_version;

const OPERATOR_PASSWORD: &str = "operator upgrade passphrase";
/// An hour boundary well in the past, so that nothing the server does now touches the window.
const HOUR: i64 = 1_700_000_000 / 3600 * 3600;

/// Data written with the schema of migration 0001, the oldest there is: every later migration
/// carries it (the ledger is rebuilt twice and converted to micro-tokens, the running totals
/// are computed from the samples, columns are added with defaults).
fn fixture_0001() -> String {
    let hash = hash_password(OPERATOR_PASSWORD);
    let admin_hash = hash_password("admin upgrade passphrase");
    let mut sql = format!(
        "INSERT INTO users VALUES
           ('u-admin', 'root', '{admin_hash}', 'ADMIN', 'ADMIN',
            '6f1c1f7e-0c1e-4a43-9a37-4a0e1c1f7e01', {t0}),
           ('u-op', 'operator1', '{hash}', 'OPERATOR', 'PREMIUM',
            '6f1c1f7e-0c1e-4a43-9a37-4a0e1c1f7e02', {t0}),
           ('u-user', 'user1', '{hash}', 'USER', 'FREE',
            '6f1c1f7e-0c1e-4a43-9a37-4a0e1c1f7e03', {t0});
         INSERT INTO servers (id, owner_id, host_name, public_ip, location, mining_enabled,
                              created_at)
         VALUES ('srv-up-1', 'u-op', 'node-1.example.net', '203.0.113.10', 'eu-west', 1, {t0}),
                ('srv-up-2', 'u-op', 'node-2.example.net', '203.0.113.11', 'us-east', 0, {t0});
         INSERT INTO server_protocols (id, server_id, type, port, config)
         VALUES ('p-1', 'srv-up-1', 'VLESS', 443, '{{}}');
         INSERT INTO sessions (id, user_id, server_id, protocol, started_at, ended_at, data_gb)
         VALUES ('s-1', 'u-user', 'srv-up-1', 'VLESS', {s0}, {s1}, 1.5);
         INSERT INTO mining_activities VALUES ('m-1', 'srv-up-1', {t0}, NULL);
         INSERT INTO ledger (id, account_id, server_id, kind, amount, period_end, idempotency_key,
                             created_at)
         VALUES ('l-1', 'u-op', 'srv-up-1', 'claim', 0.1, {t0}, 'key-1', {t0}),
                ('l-2', 'u-op', 'srv-up-1', 'claim', 0.2, {t0}, 'key-2', {t0}),
                ('l-3', 'u-op', 'srv-up-1', 'claim', 12.345678, {t0}, NULL, {t0}),
                ('l-4', 'u-op', NULL, 'spend', 0.05, NULL, NULL, {t0});
         INSERT INTO auth_events (username, success, created_at) VALUES ('operator1', 0, {t0});",
        t0 = HOUR - 86_400,
        s0 = HOUR,
        s1 = HOUR + 1800,
    );
    // Six samples over two hours of srv-up-1: CPU 10, 20, ... 60.
    for n in 0..6 {
        sql.push_str(&format!(
            "INSERT INTO metrics VALUES ('srv-up-1', {ts}, {cpu}, 40, 5, 7, 3, 20, 0);",
            ts = HOUR + n * 1200,
            cpu = 10 * (n + 1),
        ));
    }
    sql
}

/// Migrations 0001 up to `level`, with the fixture written right after 0001.
async fn database_at(path: &std::path::Path, level: i64) {
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .foreign_keys(true);
    let mut conn = SqliteConnection::connect_with(&options).await.unwrap();
    let migrator = vpnmine::server::store::migrator();
    migrator.run_to(1, &mut conn).await.unwrap();
    sqlx::raw_sql(sqlx::AssertSqlSafe(fixture_0001()))
        .execute(&mut conn)
        .await
        .unwrap();
    migrator.run_to(level, &mut conn).await.unwrap();
    conn.close().await.unwrap();
}

fn check_database(path: &std::path::Path) -> (String, i64, i64) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let options = SqliteConnectOptions::new().filename(path);
        let mut conn = SqliteConnection::connect_with(&options).await.unwrap();
        let integrity: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&mut conn)
            .await
            .unwrap();
        let foreign_key_problems: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM pragma_foreign_key_check")
                .fetch_one(&mut conn)
                .await
                .unwrap();
        let version: i64 = sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations")
            .fetch_one(&mut conn)
            .await
            .unwrap();
        (integrity, foreign_key_problems, version)
    })
}

/// What the platform answers about the fixture, through the API.
fn answers(server: &TestServer) -> Value {
    let (operator, _) = server.login("operator1", OPERATOR_PASSWORD);
    let (_, wallet) = server.graphql(
        "{ wallet { balance held available } }",
        json!({}),
        Some(&operator),
    );
    let (_, metrics) = server.graphql(
        "query($s: ID!, $r: TimeRangeInput!) { serverMetrics(serverId: $s, timeRange: $r) {
            timestamp metrics { cpu { usage } memory { used } } } }",
        json!({
            "s": "srv-up-1",
            "r": {"from": timestamp(HOUR), "to": timestamp(HOUR + 7200), "interval": "HOUR"},
        }),
        Some(&operator),
    );
    let (_, analytics) = server.graphql(
        "query($f: DateTime, $t: DateTime) { networkAnalytics(from: $f, to: $t) {
            totalServers totalUsers totalDataTransferred } }",
        json!({"f": timestamp(HOUR), "t": timestamp(HOUR + 7200)}),
        Some(&server.login("root", "admin upgrade passphrase").0),
    );
    let servers = server
        .run_as(&operator, &["servers", "list", "-o", "json"])
        .json();
    let hosts: Vec<Value> = servers
        .as_array()
        .unwrap()
        .iter()
        .map(|s| json!([s["id"], s["hostName"], s["location"], s["capacity"]]))
        .collect();
    json!({
        "wallet": wallet["data"]["wallet"],
        "metrics": metrics["data"]["serverMetrics"],
        "analytics": analytics["data"]["networkAnalytics"],
        "servers": hosts,
    })
}

fn timestamp(secs: i64) -> String {
    chrono::DateTime::from_timestamp(secs, 0)
        .unwrap()
        .to_rfc3339()
}

#[test]
fn every_earlier_schema_upgrades_with_its_data_and_answers_alike() {
    let latest = latest_schema_version();
    assert!(latest >= 15, "migrations are numbered from 1: {latest}");
    let dir = tempfile::tempdir().unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let mut first: Option<Value> = None;
    for level in 1..=latest {
        let path = dir.path().join(format!("level-{level}.db"));
        rt.block_on(database_at(&path, level));
        let server = TestServer::start_without_demo(path.to_str().unwrap(), &[]);
        let answers = answers(&server);
        drop(server);

        let (integrity, foreign_key_problems, version) = check_database(&path);
        assert_eq!(integrity, "ok", "level {level}");
        assert_eq!(foreign_key_problems, 0, "level {level}");
        assert_eq!(version, latest, "level {level} migrated to the latest");

        // The fixture's figures, exactly: 0.1 + 0.2 + 12.345678 - 0.05 tokens, CPU averages
        // of the two hours, 1.5 GB of one session.
        assert_eq!(
            answers["wallet"]["balance"], "12.595678",
            "level {level}: {answers}"
        );
        assert_eq!(answers["wallet"]["held"], "0", "level {level}: {answers}");
        let cpu: Vec<f64> = answers["metrics"]
            .as_array()
            .unwrap_or_else(|| panic!("level {level}: {answers}"))
            .iter()
            .map(|p| p["metrics"]["cpu"]["usage"].as_f64().unwrap())
            .collect();
        assert_eq!(cpu, [20.0, 50.0], "level {level}: {answers}");
        // One server reported in the window, and one user had a session in it.
        assert_eq!(answers["analytics"]["totalServers"], 1, "{answers}");
        assert_eq!(answers["analytics"]["totalUsers"], 1, "{answers}");
        assert_eq!(
            answers["analytics"]["totalDataTransferred"], 1.5,
            "{answers}"
        );
        assert_eq!(
            answers["servers"],
            json!([
                ["srv-up-1", "node-1.example.net", "eu-west", 1000],
                ["srv-up-2", "node-2.example.net", "us-east", 1000]
            ]),
            "level {level}"
        );
        // And the same as from every other level.
        match &first {
            None => first = Some(answers),
            Some(first) => assert_eq!(&answers, first, "level {level} answers differently"),
        }
    }
}

#[test]
fn a_database_newer_than_this_vpnmine_is_refused_naming_both_versions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.db");
    let latest = latest_schema_version();
    let newer = latest + 1;
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        database_at(&path, latest).await;
        let options = SqliteConnectOptions::new().filename(&path);
        let mut conn = SqliteConnection::connect_with(&options).await.unwrap();
        sqlx::query(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
             VALUES (?, 'from a newer vpnmine', 1, x'00', 0)",
        )
        .bind(newer)
        .execute(&mut conn)
        .await
        .unwrap();
        conn.close().await.unwrap();
    });
    let before = std::fs::read(&path).unwrap();

    let env = Env::new();
    let db = path.to_str().unwrap();
    for args in [
        vec!["server", "--db", db, "--listen", "127.0.0.1:0"],
        vec![
            "server",
            "init",
            "--db",
            db,
            "--admin",
            "second",
            "--password-stdin",
        ],
    ] {
        let mut command = env.command();
        command.args(&args);
        let run = Env::run_input(command, "a long enough passphrase\n");
        assert_eq!(run.code, 1, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!("schema version {newer}"))
                && run.stderr.contains(&format!("up to {latest}"))
                && run.stderr.contains("nothing was changed"),
            "{args:?}: {}",
            run.stderr
        );
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    }
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file is untouched"
    );
}
