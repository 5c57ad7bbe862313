//! Retention (issue #15) against a demo server with old data: the roll-up keeps the answers
//! of serverMetrics, networkAnalytics and a claim's accrual; old login attempts and audit rows
//! go; `admin maintenance` shows what a pass will do, then `run` does it.

use serde_json::{Value, json};

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
        let options = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(db)
            .read_only(true);
        let mut conn = sqlx::SqliteConnection::connect_with(&options)
            .await
            .unwrap();
        vpnmine::server::store::mining::accrual_window(&mut conn, id, from, to)
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
