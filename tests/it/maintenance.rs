//! Retention (issue #15) against a demo server with old data: the roll-up keeps the answers
//! of serverMetrics, networkAnalytics and a claim's accrual; old login attempts and audit rows
//! go; `admin maintenance` shows what a pass will do, then `run` does it.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};
use vpnmine::domain::money::Tokens;

use crate::common::TestServer;

const HOUR: i64 = 3_600;

/// The operator's servers report twice an hour through all of their history but the last
/// three hours (the demo reports hourly), and there are login attempts and audit rows older
/// than the retentions. Written while no server runs, with the derived totals rebuilt.
fn add_old_data(db: &str, now: i64) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let store = vpnmine::server::store::Store::open(db).await.unwrap();
        let mut tx = store.pool().begin().await.unwrap();
        vpnmine::server::store::metrics::with_derived_totals_paused(&mut tx, async |conn| {
            sqlx::query(
                "INSERT INTO metrics (server_id, ts, cpu, memory, network_in, network_out, \
                 connections, latency_ms, error_rate) \
                 SELECT m.server_id, m.ts - m.ts % 3600 + 1799, m.cpu / 3, m.memory + 1.25, \
                   m.network_in * 2, m.network_out, m.connections + 1, m.latency_ms * 1.5, \
                   m.error_rate FROM metrics m JOIN servers s ON s.id = m.server_id \
                 JOIN users u ON u.id = s.owner_id \
                 WHERE u.username = 'operator' AND m.ts < ? AND m.ts % 3600 <> 1799",
            )
            .bind(now - 3 * HOUR)
            .execute(&mut *conn)
            .await?;
            Ok(())
        })
        .await
        .unwrap();
        for (ago_days, user) in [(200, "old"), (10, "recent")] {
            let at = now - ago_days * 86_400;
            sqlx::query("INSERT INTO auth_events (username, success, created_at) VALUES (?, 0, ?)")
                .bind(user)
                .bind(at)
                .execute(&mut *tx)
                .await
                .unwrap();
            sqlx::query(
                "INSERT INTO audit_log (created_at, operation, result) VALUES (?, 'old', 'OK')",
            )
            .bind(at - 300 * 86_400)
            .execute(&mut *tx)
            .await
            .unwrap();
        }
        tx.commit().await.unwrap();
    });
}

fn rfc3339(secs: i64) -> String {
    chrono::DateTime::from_timestamp(secs, 0)
        .unwrap()
        .to_rfc3339()
}

/// The answers the roll-up must keep: one server's hourly and daily series, the network's
/// figures over whole hours, and the figures its reward accrues from.
fn answers(server: &TestServer, admin: &str, db: &str, id: &str, now: i64) -> Vec<Value> {
    let to = now - now % HOUR - 3 * HOUR;
    let from = to - 4 * 86_400;
    let mut out = Vec::new();
    for interval in ["HOUR", "DAY"] {
        let (_, body) = server.graphql(
            "query($s: ID!, $r: TimeRangeInput!) { serverMetrics(serverId: $s, timeRange: $r) { \
               timestamp metrics { cpu { usage } memory { used } network { incoming outgoing } } } }",
            json!({"s": id, "r": {"from": rfc3339(from), "to": rfc3339(to), "interval": interval}}),
            Some(admin),
        );
        assert!(body["data"]["serverMetrics"].is_array(), "{body}");
        out.push(body["data"]["serverMetrics"].clone());
    }
    let (_, body) = server.graphql(
        "query($f: DateTime, $t: DateTime) { networkAnalytics(from: $f, to: $t) { \
           totalServers totalUsers totalDataTransferred \
           topPerformingServers { serverId averageCpuUsage averageLatency } } }",
        json!({"f": rfc3339(from), "t": rfc3339(to)}),
        Some(admin),
    );
    out.push(body["data"]["networkAnalytics"].clone());
    // The figures a claim's reward is computed from, over a fixed window: the amount the API
    // shows grows with every second to now, so it cannot be compared across the pass.
    let window = tokio::runtime::Runtime::new().unwrap().block_on(async {
        use sqlx::Connection as _;
        sqlx::any::install_default_drivers();
        let url = format!("sqlite://{}?mode=ro", db);
        let mut conn = sqlx::AnyConnection::connect(&url).await.unwrap();
        vpnmine::server::store::mining::accrual_window(
            vpnmine::server::store::Conn::of(&mut conn),
            id,
            from,
            to,
        )
        .await
        .unwrap()
    });
    out.push(json!({
        "hoursReported": window.hours_reported,
        "avgCpu": window.avg_cpu,
        "avgMemory": window.avg_memory,
        "avgLatencyMs": window.avg_latency_ms,
        "avgErrorRate": window.avg_error_rate,
        "dataGb": window.data_gb,
        "rating": window.rating,
        "networkAvgDataGb": window.network_avg_data_gb,
    }));
    out
}

/// Floats equal to 1e-9 relative (sums added in another order), everything else exactly.
fn assert_close(a: &Value, b: &Value, path: &str) {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if x.is_f64() || y.is_f64() => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            assert!((x - y).abs() <= 1e-9 * x.abs().max(1.0), "{path}: {x} {y}");
        }
        (Value::Array(x), Value::Array(y)) => {
            assert_eq!(x.len(), y.len(), "{path}");
            for (i, (x, y)) in x.iter().zip(y).enumerate() {
                assert_close(x, y, &format!("{path}[{i}]"));
            }
        }
        (Value::Object(x), Value::Object(y)) => {
            assert_eq!(
                x.keys().collect::<Vec<_>>(),
                y.keys().collect::<Vec<_>>(),
                "{path}"
            );
            for (k, v) in x {
                assert_close(v, &y[k], &format!("{path}.{k}"));
            }
        }
        _ => assert_eq!(a, b, "{path}"),
    }
}

#[test]
fn a_pass_keeps_every_answer_and_prunes_what_is_older_than_the_retentions() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("retention.db");
    let db = db.to_str().unwrap();
    // Seed the demo, then add old data while it is stopped.
    drop(TestServer::start_with_db(db, &[]));
    let now = chrono::Utc::now().timestamp();
    add_old_data(db, now);
    let retain = [
        "--retain-raw",
        "2h",
        "--retain-auth-events",
        "90d",
        "--retain-audit",
        "365d",
    ];
    let server = TestServer::start_with_db(db, &retain);
    let admin = server.admin_token();
    let (operator, operator_id) = server.operator();
    let owned = server.owned(&operator_id, &[]);
    let id = owned[0]["id"].as_str().unwrap().to_string();
    let before = answers(&server, &admin, db, &id, now);
    assert!(before[0].as_array().unwrap().len() > 90, "{}", before[0]);

    // `show` names what the pass will do.
    let shown = server
        .run_as(&admin, &["-o", "json", "admin", "maintenance"])
        .json();
    let next = &shown["nextPass"];
    assert!(next["hoursRolledUp"].as_f64().unwrap() > 100.0, "{shown}");
    assert_eq!(next["authEventsPruned"], 1.0, "{shown}");
    assert_eq!(next["auditRowsPruned"], 1.0, "{shown}");
    let metrics = shown["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "metrics")
        .unwrap();
    assert!(metrics["bytes"].as_u64().unwrap() > 0, "{metrics}");
    let table = server.run_as(&admin, &["admin", "maintenance", "show"]);
    assert!(table.ok().contains("RAW_METRICS"), "{}", table.stdout);

    let ran = server
        .run_as(&admin, &["-o", "json", "admin", "maintenance", "run"])
        .json();
    assert_eq!(ran["pass"]["hoursRolledUp"], next["hoursRolledUp"], "{ran}");
    assert_eq!(
        ran["pass"]["samplesRolledUp"], next["samplesRolledUp"],
        "{ran}"
    );
    assert_eq!(ran["pass"]["authEventsPruned"], 1.0);
    assert_eq!(ran["pass"]["auditRowsPruned"], 1.0);

    let after = answers(&server, &admin, db, &id, now);
    assert_close(&Value::from(before), &Value::from(after), "answers");
    // Nothing is left to do, and the run is in the audit trail.
    let shown = server
        .run_as(&admin, &["-o", "json", "admin", "maintenance"])
        .json();
    assert_eq!(shown["nextPass"]["rowsRemoved"], 0.0, "{shown}");
    assert!(shown["database"]["rolledUpBefore"].is_string(), "{shown}");
    let audit = server
        .run_as(
            &admin,
            &[
                "-o",
                "json",
                "admin",
                "audit",
                "--operation",
                "runMaintenance",
            ],
        )
        .json();
    assert_eq!(audit.as_array().map(Vec::len), Some(1), "{audit}");
    // Users and operators are refused (exit 4).
    server
        .run_as(&operator, &["admin", "maintenance", "run"])
        .fails(4, "admin");
}

type Row = serde_json::Map<String, Value>;

/// `stats export` (every kind, JSON) of `[from, to)` as the admin: its rows by kind.
fn stats_export(
    server: &TestServer,
    admin: &str,
    (from, to): (i64, i64),
    file: &std::path::Path,
) -> BTreeMap<String, Vec<Row>> {
    let record = server
        .run_as(
            admin,
            &[
                "-o",
                "json",
                "stats",
                "export",
                "--from",
                &rfc3339(from),
                "--to",
                &rfc3339(to),
                "--format",
                "json",
                "--out",
                file.to_str().unwrap(),
            ],
        )
        .json();
    let rows: Vec<Row> = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    assert_eq!(record["rows"].as_u64(), Some(rows.len() as u64), "{record}");
    let mut by_kind: BTreeMap<String, Vec<Row>> = BTreeMap::new();
    for row in rows {
        let kind = row["kind"].as_str().unwrap().to_string();
        by_kind.entry(kind).or_default().push(row);
    }
    by_kind
}

/// The figures of a SERVER_STATISTICS row that are averages over its `samples`.
const AVERAGED: [&str; 6] = [
    "cpu",
    "memory",
    "network_in",
    "network_out",
    "latency_ms",
    "error_rate",
];

/// One server-hour of SERVER_STATISTICS rows: the rows, the samples they stand for, their
/// connections (whole, whether a row holds one sample or an hour's average) and the sums of
/// the averaged figures (each row's value times its samples).
#[derive(Debug, Default)]
struct ServerHour {
    rows: Vec<Row>,
    samples: i64,
    connections: i64,
    sums: [f64; AVERAGED.len()],
}

fn server_hours(rows: &[Row]) -> BTreeMap<(String, i64), ServerHour> {
    let mut hours: BTreeMap<(String, i64), ServerHour> = BTreeMap::new();
    for row in rows {
        let ts = chrono::DateTime::parse_from_rfc3339(row["ts"].as_str().unwrap())
            .unwrap()
            .timestamp();
        let server = row["server_id"].as_str().unwrap().to_string();
        let hour = hours.entry((server, ts.div_euclid(HOUR))).or_default();
        let samples = row["samples"].as_i64().unwrap();
        assert!(samples >= 1, "{row:?}");
        let connections = row["connections"].as_f64().unwrap() * samples as f64;
        assert!(
            (connections - connections.round()).abs() < 1e-6,
            "connections of an hour are a whole number: {row:?}"
        );
        hour.samples += samples;
        hour.connections += connections.round() as i64;
        for (sum, figure) in hour.sums.iter_mut().zip(AVERAGED) {
            *sum += row[figure].as_f64().unwrap() * samples as f64;
        }
        hour.rows.push(row.clone());
    }
    hours
}

/// Per account, the exact sum of its entries' amounts (decimal strings, never floats).
fn amounts_by_account(rows: &[Row]) -> BTreeMap<String, Tokens> {
    let mut sums: BTreeMap<String, Tokens> = BTreeMap::new();
    for row in rows {
        let amount: Tokens = row["amount"]
            .as_str()
            .expect("an amount is an exact decimal string")
            .parse()
            .unwrap();
        let sum = sums
            .entry(row["account_id"].as_str().unwrap().to_string())
            .or_insert(Tokens::ZERO);
        *sum = sum.checked_add(amount).unwrap();
    }
    sums
}

/// The issue's "exports keep working on a rolled-up database with exact derived totals":
/// a `stats export` of five whole days of hours, all older than the raw retention, taken
/// before and after the pass that rolls those hours up. What legitimately changes is only
/// SERVER_STATISTICS' shape: an hour of several samples becomes one row stamped at the
/// hour's start, whose figures are the hour's averages (connections too, so a Float) and
/// whose `samples` says how many it stands for. What must hold: the same server-hours,
/// each with exactly the same samples and connections and the same sums (average times
/// samples, REAL sums added in another order: equal to 1e-12 relative); single-sample hours
/// byte for byte; and every other kind (sessions, protocols, claims, the ledger with its
/// running balances, withdrawals, the audit trail, alerts) identical, token amounts as the
/// same exact decimals.
#[test]
fn a_stats_export_keeps_its_totals_and_money_exact_across_a_pass() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("export.db");
    let db = db.to_str().unwrap();
    drop(TestServer::start_with_db(db, &[]));
    let now = chrono::Utc::now().timestamp();
    add_old_data(db, now);
    let server = TestServer::start_with_db(db, &["--retain-raw", "2h"]);
    let admin = server.admin_token();
    let (_, operator_id) = server.operator();
    let owned: BTreeSet<String> = server
        .owned(&operator_id, &[])
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    // The demo's claims stop two days before its end: five days hold some.
    let to = now - now % HOUR - 3 * HOUR;
    let window = (to - 5 * 86_400, to);
    let before = stats_export(&server, &admin, window, &dir.path().join("before.json"));
    let ran = server
        .run_as(&admin, &["-o", "json", "admin", "maintenance", "run"])
        .json();
    let after = stats_export(&server, &admin, window, &dir.path().join("after.json"));

    // Every other kind is untouched, money to the micro-token.
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    for kind in ["USER_ACTIVITY", "TOKEN_TRANSACTIONS", "LEDGER"] {
        assert!(before.contains_key(kind), "the window holds {kind} rows");
    }
    for (kind, rows) in &before {
        if kind != "SERVER_STATISTICS" {
            assert_eq!(rows, &after[kind], "{kind}");
        }
    }
    for kind in ["LEDGER", "TOKEN_TRANSACTIONS"] {
        let sums = amounts_by_account(&before[kind]);
        assert!(!sums.is_empty());
        assert_eq!(sums, amounts_by_account(&after[kind]), "{kind}");
    }

    let (rows_before, rows_after) = (&before["SERVER_STATISTICS"], &after["SERVER_STATISTICS"]);
    let (hours_before, hours_after) = (server_hours(rows_before), server_hours(rows_after));
    assert_eq!(
        hours_before.keys().collect::<Vec<_>>(),
        hours_after.keys().collect::<Vec<_>>(),
        "the same server-hours"
    );
    let mut rolled = 0;
    let mut rolled_servers = BTreeSet::new();
    for (key, was) in &hours_before {
        let is = &hours_after[key];
        assert_eq!(
            (is.samples, is.connections),
            (was.samples, was.connections),
            "{key:?}"
        );
        for ((x, y), figure) in was.sums.iter().zip(&is.sums).zip(AVERAGED) {
            assert!(
                (x - y).abs() <= 1e-12 * x.abs().max(1.0),
                "{key:?} {figure}: {x} {y}"
            );
        }
        // Every hour of the window is older than the retention: one row each after.
        assert_eq!(is.rows.len(), 1, "{key:?}");
        if was.rows.len() == 1 {
            assert_eq!(is.rows, was.rows, "a single-sample hour is left as it was");
        } else {
            rolled += 1;
            rolled_servers.insert(key.0.clone());
            let row = &is.rows[0];
            assert_eq!(row["samples"].as_i64(), Some(was.rows.len() as i64));
            assert_eq!(row["ts"].as_str(), Some(rfc3339_z(key.1 * HOUR).as_str()));
        }
    }
    // The rolled-up hours are the operator's (the servers reporting twice an hour).
    assert!(rolled > 100, "{rolled}");
    assert!(rolled_servers.is_subset(&owned), "{rolled_servers:?}");
    assert_eq!(rows_after.len(), hours_after.len());
    assert!(rows_after.len() < rows_before.len());
    assert!(
        ran["pass"]["hoursRolledUp"].as_f64().unwrap() >= rolled as f64,
        "{ran}"
    );
}

/// The export's spelling of a time: RFC 3339 in UTC with a Z.
fn rfc3339_z(secs: i64) -> String {
    chrono::DateTime::from_timestamp(secs, 0)
        .unwrap()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
