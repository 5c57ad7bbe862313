//! Alerts after the engine decided (issue #14): one alert through flapping heartbeats, the
//! live `alertEvents` feed over graphql-transport-ws, acknowledgements, silences (history
//! kept, no outbox rows), the history and the ALERTS export, `alerts watch --fail-on`, and
//! bad input refused with nothing changed.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tempfile::TempDir;

use crate::common::{TestServer, error_code};
use crate::realtime::Ws;

/// The rule the tests insert: CPU above 90 on one server, at once, CRITICAL, with a channel.
const RULE: &str = "rule-test-cpu";
const CHANNEL: &str = "ch-test";
const REPORT: &str =
    "mutation($input: HeartbeatInput!) { reportMetrics(input: $input) { serverId } }";
const ALERTS: &str = "query($f: AlertFilter) { alerts(filter: $f, pagination: {size: 100}) { items { id ruleId serverId state value lastValue threshold silenced silencedUntil acknowledgedBy ackComment endsAt } pageInfo { totalItems } } }";
const SILENCE: &str = "mutation($i: SilenceAlertsInput!) { silenceAlerts(input: $i) { id ruleId alertId endsAt active } }";
const EVENTS: &str = "subscription($m: AlertSeverity) { alertEvents(minSeverity: $m) { event alertId ruleId serverId severity value threshold silenced endsAt } }";

/// A demo platform on a database file with [`RULE`] watching a server the demo operator
/// registered (nothing else reports for it), and a webhook channel on the rule.
struct Setup {
    dir: TempDir,
    db: PathBuf,
    server: TestServer,
    operator: String,
    operator_id: String,
    host: String,
}

fn sql(db: &Path, statements: &str) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", db.display()))
            .await
            .unwrap();
        sqlx::raw_sql(sqlx::AssertSqlSafe(statements.to_string()))
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;
    });
}

fn count(db: &Path, query: &str) -> i64 {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", db.display()))
            .await
            .unwrap();
        let n = sqlx::query_scalar(sqlx::AssertSqlSafe(query.to_string()))
            .fetch_one(&pool)
            .await
            .unwrap();
        pool.close().await;
        n
    })
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("platform.db");
    let path = db.to_str().unwrap().to_string();
    let first = TestServer::start_with_db(&path, &[]);
    let (operator, operator_id) = first.operator();
    let (_, body) = first.graphql(
        "mutation { registerServer(input: {hostName: \"alerting.example.net\", publicIp: \"192.0.2.77\", location: \"eu-west\", capacity: 10}) { id } }",
        json!({}),
        Some(&operator),
    );
    let host = body["data"]["registerServer"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_string();
    drop(first);
    sql(
        &db,
        &format!(
            "INSERT INTO alert_rules (id, owner_id, name, metric, operator, threshold, duration_secs, \
               severity, scope, scope_id, message, created_at, updated_at) \
             VALUES ('{RULE}', '{operator_id}', 'test-cpu', 'CPU', 'GT', 90, 0, 'CRITICAL', 'SERVER', \
               '{host}', 'CPU at {{value}}% on {{server}}', 0, 0); \
             INSERT INTO alert_channels (id, owner_id, name, url, secret, created_at) \
             VALUES ('{CHANNEL}', '{operator_id}', 'ops', 'https://hooks.example.test/a', 's3cret', 0); \
             INSERT INTO alert_rule_channels VALUES ('{RULE}', '{CHANNEL}');"
        ),
    );
    let server = TestServer::start_with_db(&path, &[]);
    let (operator, _) = server.login("operator", "operator-demo-pass");
    Setup {
        dir,
        db,
        server,
        operator,
        operator_id,
        host,
    }
}

impl Setup {
    fn beat(&self, cpu: f64) {
        let (_, body) = self.server.graphql(
            REPORT,
            json!({"input": {"serverId": self.host, "cpuUsage": cpu, "memoryUsage": 40.0,
                             "networkIn": 10.0, "networkOut": 10.0, "activeConnections": 3,
                             "latencyMs": 20.0}}),
            Some(&self.operator),
        );
        assert!(body["errors"].is_null(), "{body}");
    }

    /// The alerts of [`RULE`], newest first.
    fn alerts(&self, token: &str) -> Vec<Value> {
        let (_, body) = self
            .server
            .graphql(ALERTS, json!({"f": {"ruleId": RULE}}), Some(token));
        body["data"]["alerts"]["items"]
            .as_array()
            .unwrap_or_else(|| panic!("{body}"))
            .clone()
    }

    /// Waits (up to 10 s) until the rule's alerts satisfy `done`.
    fn wait_for(&self, what: &str, done: impl Fn(&[Value]) -> bool) -> Vec<Value> {
        let start = Instant::now();
        loop {
            let alerts = self.alerts(&self.operator);
            if done(&alerts) {
                return alerts;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "{what}: {alerts:?}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn deliveries(&self) -> i64 {
        count(
            &self.db,
            &format!(
                "SELECT COUNT(*) FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id \
                 WHERE a.rule_id = '{RULE}'"
            ),
        )
    }

    fn silences(&self) -> i64 {
        count(&self.db, "SELECT COUNT(*) FROM alert_silences")
    }
}

fn state(alert: &Value) -> &str {
    alert["state"].as_str().unwrap()
}

/// The next event of [`RULE`] on the socket (others' alerts, such as demo servers that went
/// silent, are skipped).
fn next_event(ws: &mut Ws) -> Value {
    loop {
        let message = ws.next();
        assert_eq!(message["type"], "next", "{message}");
        let event = message["payload"]["data"]["alertEvents"].clone();
        if event["ruleId"] == RULE {
            return event;
        }
    }
}

#[test]
fn flapping_heartbeats_fire_one_alert_that_resolves_once_clear_and_subscribers_see_both() {
    let s = setup();
    let mut ws = Ws::connect(&s.server, "graphql-transport-ws", Some(&s.operator));
    ws.subscribe("alerts", EVENTS, json!({"m": "WARNING"}));
    std::thread::sleep(Duration::from_millis(300));

    s.beat(95.0);
    let fired = next_event(&mut ws);
    assert_eq!(
        (&fired["event"], &fired["severity"], &fired["value"]),
        (&json!("FIRING"), &json!("CRITICAL"), &json!(95.0)),
        "{fired}"
    );
    assert_eq!(fired["serverId"], s.host.as_str());
    assert_eq!(fired["silenced"], false);
    // Flapping around the threshold, inside the hysteresis band (clear at 85.5 and below):
    // the alert stays firing and no second one is raised.
    for cpu in [88.0, 96.0, 87.0, 97.0, 86.0] {
        s.beat(cpu);
        std::thread::sleep(Duration::from_millis(150));
    }
    let alerts = s.wait_for("one firing alert", |a| a.len() == 1);
    assert_eq!(state(&alerts[0]), "FIRING", "{alerts:?}");
    assert_eq!(alerts[0]["value"], 95.0);
    s.beat(50.0);
    let resolved = next_event(&mut ws);
    assert_eq!(resolved["event"], "RESOLVED", "{resolved}");
    assert_eq!(resolved["alertId"], fired["alertId"]);
    assert_eq!(resolved["value"], 50.0);
    assert!(resolved["endsAt"].is_string(), "{resolved}");
    let alerts = s.wait_for("resolved", |a| a.iter().all(|x| state(x) == "RESOLVED"));
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    assert_eq!(
        (
            &alerts[0]["value"],
            &alerts[0]["lastValue"],
            &alerts[0]["threshold"]
        ),
        (&json!(95.0), &json!(50.0), &json!(90.0))
    );
    // One FIRING and one RESOLVED notification in the outbox.
    assert_eq!(s.deliveries(), 2);

    // Users and anonymous callers are refused the feed.
    let (user, _) = s.server.login("user", "user-demo-pass");
    for token in [Some(user.as_str()), None] {
        let mut refused = Ws::connect(&s.server, "graphql-transport-ws", token);
        refused.subscribe("x", EVENTS, json!({}));
        assert_eq!(
            crate::realtime::refusal_code(&refused.next()),
            "AUTH_001",
            "{token:?}"
        );
    }
}

#[test]
fn a_silence_keeps_the_history_and_writes_no_notifications() {
    let s = setup();
    let silenced = s
        .server
        .run_as(
            &s.operator,
            &[
                "alerts",
                "silence",
                RULE,
                "--for",
                "2h",
                "--comment",
                "kernel upgrade",
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(silenced["ruleId"], RULE, "{silenced}");
    assert_eq!(silenced["active"], true);
    let silence_id = silenced["id"].as_str().unwrap().to_string();

    s.beat(95.0);
    let alerts = s.wait_for("a silenced alert", |a| a.len() == 1);
    assert_eq!(alerts[0]["silenced"], true, "{alerts:?}");
    let instant = |v: &Value| {
        v.as_str()
            .unwrap()
            .parse::<chrono::DateTime<chrono::Utc>>()
            .unwrap()
    };
    assert_eq!(
        instant(&alerts[0]["silencedUntil"]),
        instant(&silenced["endsAt"])
    );
    s.beat(40.0);
    s.wait_for("resolved", |a| a.iter().all(|x| state(x) == "RESOLVED"));
    assert_eq!(s.deliveries(), 0, "a silence writes no outbox rows");

    let listed = s
        .server
        .run_as(
            &s.operator,
            &["alerts", "silences", "--active", "-o", "json"],
        )
        .json();
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["id"] == silence_id.as_str()),
        "{listed}"
    );
    let ended = s
        .server
        .run_as(
            &s.operator,
            &["alerts", "unsilence", &silence_id, "-o", "json"],
        )
        .json();
    assert_eq!(ended["active"], false, "{ended}");

    // After the silence, the next alert notifies again; the silenced one stays in history.
    s.beat(96.0);
    let alerts = s.wait_for("a second alert", |a| a.len() == 2);
    assert_eq!(state(&alerts[0]), "FIRING");
    assert_eq!(alerts[0]["silenced"], false);
    assert_eq!(alerts[1]["silenced"], true);
    assert_eq!(s.deliveries(), 1);

    // An alert's own silence, by its alr- id.
    let id = alerts[0]["id"].as_str().unwrap();
    let one = s
        .server
        .run_as(
            &s.operator,
            &[
                "alerts",
                "silence",
                id,
                "--for",
                "30m",
                "--comment",
                "known",
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(
        (&one["alertId"], &one["ruleId"]),
        (&json!(id), &Value::Null)
    );
}

#[test]
fn alerts_are_listed_acknowledged_exported_and_kept_as_history_through_the_cli() {
    let s = setup();
    s.beat(95.0);
    s.wait_for("firing", |a| a.len() == 1);
    let active = s
        .server
        .run_as(
            &s.operator,
            &["alerts", "list", "--active", "--rule", RULE, "-o", "json"],
        )
        .json();
    let rows = active.as_array().unwrap();
    assert_eq!(rows.len(), 1, "{active}");
    let id = rows[0]["id"].as_str().unwrap().to_string();
    assert!(id.starts_with("alr-"));
    assert_eq!(rows[0]["serverName"], "alerting.example.net");
    assert_eq!(rows[0]["state"], "FIRING");
    let table = s
        .server
        .run_as(&s.operator, &["alerts", "list", "--server", &s.host]);
    assert!(table.ok().contains("test-cpu"), "{}", table.stdout);

    let acked = s
        .server
        .run_as(
            &s.operator,
            &[
                "alerts",
                "ack",
                &id,
                "--comment",
                "rebooting the host",
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(acked["acknowledgedBy"], s.operator_id.as_str(), "{acked}");
    assert_eq!(acked["ackComment"], "rebooting the host");
    // The first acknowledgement stands: a second is refused and changes nothing.
    let admin = s.server.admin_token();
    s.server
        .run_as(&admin, &["alerts", "ack", &id, "--comment", "mine now"])
        .fails(2, "acknowledged already");
    assert_eq!(s.alerts(&admin)[0]["ackComment"], "rebooting the host");
    s.server
        .run_as(&admin, &["alerts", "ack", "alr-does-not-exist"])
        .fails(3, "RSC_001");

    s.beat(30.0);
    s.wait_for("resolved", |a| a.iter().all(|x| state(x) == "RESOLVED"));
    let active = s
        .server
        .run_as(
            &s.operator,
            &["alerts", "list", "--active", "--rule", RULE, "-o", "json"],
        )
        .json();
    assert_eq!(active, json!([]));
    let history = s.server.run_as(
        &s.operator,
        &[
            "alerts", "history", "--from", "-1h", "--to", "now", "--rule", RULE, "-o", "csv",
        ],
    );
    let csv = history.ok();
    assert!(csv.starts_with("ID,STATE,SEVERITY,RULE"), "{csv}");
    assert!(csv.contains(&id) && csv.contains("RESOLVED"), "{csv}");
    // A window before it fired holds nothing of it.
    let before = s
        .server
        .run_as(
            &s.operator,
            &[
                "alerts", "history", "--from", "-3h", "--to", "-2h", "--rule", RULE, "-o", "json",
            ],
        )
        .json();
    assert_eq!(before, json!([]));

    // The ALERTS export: the operator's own alerts, in CSV, cells safe to open.
    let out = s.dir.path().join("alerts.csv");
    s.server
        .run_as(
            &s.operator,
            &[
                "stats",
                "export",
                "--kind",
                "alerts",
                "--from",
                "-1h",
                "--format",
                "csv",
                "--out",
                out.to_str().unwrap(),
            ],
        )
        .ok();
    let text = std::fs::read_to_string(&out).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let ours: Vec<&csv::StringRecord> = rows.iter().filter(|r| r[column("id")] == id).collect();
    assert_eq!(ours.len(), 1, "{text}");
    let row = ours[0];
    assert_eq!(&row[column("kind")], "ALERTS");
    assert_eq!(&row[column("rule_id")], RULE);
    assert_eq!(&row[column("state")], "RESOLVED");
    assert_eq!(&row[column("value")], "95");
    assert_eq!(&row[column("last_value")], "30");
    assert_eq!(&row[column("acked_by")], s.operator_id.as_str());
    assert_eq!(&row[column("ack_comment")], "rebooting the host");
    assert_eq!(&row[column("silenced")], "false");
    // Only the operator's servers' and rules' alerts.
    let operator_servers: Vec<String> = s
        .server
        .owned(&s.operator_id, &[])
        .iter()
        .map(|x| x["id"].as_str().unwrap().to_string())
        .chain([s.host.clone()])
        .collect();
    for row in rows.iter().filter(|r| &r[column("kind")] == "ALERTS") {
        assert!(
            operator_servers
                .iter()
                .any(|x| x == &row[column("server_id")]),
            "{row:?}"
        );
    }
}

#[test]
fn alerts_watch_prints_ndjson_and_exits_5_on_a_critical_event() {
    let s = setup();
    // Let the alerts of demo servers that went silent (fired at start) pass first.
    std::thread::sleep(Duration::from_secs(2));
    let mut child = s
        .server
        .env
        .command()
        .env("VPNMINE_TOKEN", &s.operator)
        .args([
            "--endpoint",
            &s.server.url,
            "alerts",
            "watch",
            "--fail-on",
            "critical",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The CLI subscribes before the heartbeat; the feed has no replay.
    std::thread::sleep(Duration::from_millis(1500));
    s.beat(99.0);
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "watch did not exit"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(status.code(), Some(5));
    let lines: Vec<Value> = BufReader::new(child.stdout.take().unwrap())
        .lines()
        .map(|l| serde_json::from_str(&l.unwrap()).unwrap())
        .collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    let event = &lines[0];
    assert_eq!(
        (
            &event["type"],
            &event["event"],
            &event["ruleId"],
            &event["severity"]
        ),
        (
            &json!("alert"),
            &json!("FIRING"),
            &json!(RULE),
            &json!("CRITICAL")
        ),
        "{event}"
    );
    for key in [
        "alertId",
        "serverId",
        "value",
        "threshold",
        "summary",
        "startsAt",
        "silenced",
    ] {
        assert!(event.get(key).is_some(), "{key} missing: {event}");
    }
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert!(stderr.contains("--fail-on critical"), "{stderr}");
}

#[test]
fn metrics_watch_shows_alert_events_as_typed_objects() {
    let s = setup();
    std::thread::sleep(Duration::from_secs(2));
    let mut child = s
        .server
        .env
        .command()
        .env("VPNMINE_TOKEN", &s.operator)
        .args([
            "--endpoint",
            &s.server.url,
            "metrics",
            "watch",
            "--duration",
            "5s",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    s.beat(99.0);
    let lines: Vec<Value> = BufReader::new(child.stdout.take().unwrap())
        .lines()
        .map(|l| serde_json::from_str(&l.unwrap()).unwrap())
        .collect();
    child.wait().unwrap();
    let alert = lines
        .iter()
        .find(|l| l["type"] == "alert" && l["ruleId"] == RULE)
        .unwrap_or_else(|| panic!("no alert event in {lines:?}"));
    assert_eq!(alert["event"], "FIRING");
    // Metric updates carry no `type`: a script tells the two apart by it.
    assert!(
        lines
            .iter()
            .any(|l| l.get("type").is_none() && l["serverMetrics"].is_array())
    );
}

#[test]
fn bad_silences_and_acknowledgements_are_refused_and_change_nothing() {
    let s = setup();
    s.beat(95.0);
    let alert = s.wait_for("firing", |a| a.len() == 1)[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let before = s.silences();
    let long = "x".repeat(501);
    let bad: Vec<(Value, &str)> = vec![
        (
            json!({"durationSeconds": 60, "comment": "neither"}),
            "VAL_001",
        ),
        (
            json!({"ruleId": RULE, "alertId": alert, "durationSeconds": 60, "comment": "both"}),
            "VAL_001",
        ),
        (
            json!({"ruleId": RULE, "durationSeconds": 0, "comment": "zero"}),
            "VAL_001",
        ),
        (
            json!({"ruleId": RULE, "durationSeconds": -60, "comment": "negative"}),
            "VAL_001",
        ),
        (
            json!({"ruleId": RULE, "durationSeconds": 2_592_001, "comment": "too long"}),
            "VAL_001",
        ),
        (
            json!({"ruleId": RULE, "durationSeconds": 60, "comment": "  "}),
            "VAL_001",
        ),
        (
            json!({"ruleId": RULE, "durationSeconds": 60, "comment": long}),
            "VAL_001",
        ),
        (
            json!({"ruleId": RULE, "durationSeconds": 60, "comment": "a\u{1b}[2Jb"}),
            "VAL_001",
        ),
        (
            json!({"ruleId": "rule-nope", "durationSeconds": 60, "comment": "x"}),
            "RSC_001",
        ),
        (
            json!({"alertId": "alr-nope", "durationSeconds": 60, "comment": "x"}),
            "RSC_001",
        ),
        // A built-in rule: only admins silence it.
        (
            json!({"ruleId": "rule-cpu", "durationSeconds": 60, "comment": "x"}),
            "AUTH_001",
        ),
    ];
    for (input, code) in &bad {
        let (_, body) = s
            .server
            .graphql(SILENCE, json!({"i": input}), Some(&s.operator));
        assert_eq!(error_code(&body), *code, "{input}: {body}");
        assert!(body["data"].is_null(), "{body}");
    }
    // A wrong type is refused by the schema.
    let (_, body) = s.server.graphql(
        SILENCE,
        json!({"i": {"ruleId": RULE, "durationSeconds": "1h", "comment": "x"}}),
        Some(&s.operator),
    );
    assert!(
        body["errors"].is_array() && body["data"].is_null(),
        "{body}"
    );
    assert_eq!(s.silences(), before, "nothing was stored");

    // The CLI refuses what it can before sending, with exit 2, and maps the server's codes.
    for duration in ["0", "-5m", "31d", "soon"] {
        s.server
            .run_as(
                &s.operator,
                &[
                    "alerts",
                    "silence",
                    RULE,
                    "--for",
                    duration,
                    "--comment",
                    "x",
                ],
            )
            .fails(2, "--for");
    }
    s.server
        .run_as(
            &s.operator,
            &["alerts", "silence", RULE, "--for", "1h", "--comment", ""],
        )
        .fails(2, "comment must not be empty");
    s.server
        .run_as(
            &s.operator,
            &[
                "alerts",
                "silence",
                "rule-nope",
                "--for",
                "1h",
                "--comment",
                "x",
            ],
        )
        .fails(3, "RSC_001");
    s.server
        .run_as(
            &s.operator,
            &[
                "alerts",
                "silence",
                "rule-cpu",
                "--for",
                "1h",
                "--comment",
                "x",
            ],
        )
        .fails(4, "built-in rule");
    s.server
        .run_as(&s.operator, &["alerts", "unsilence", "sil-nope"])
        .fails(3, "RSC_001");
    let (user, _) = s.server.login("user", "user-demo-pass");
    s.server
        .run_as(&user, &["alerts", "list"])
        .fails(4, "AUTH_001");
    assert_eq!(s.silences(), before, "nothing was stored");

    // Acknowledgement comments are checked too; the alert stays unacknowledged.
    for comment in ["", "line\nbreak"] {
        let (_, body) = s.server.graphql(
            "mutation($id: ID!, $c: String) { acknowledgeAlert(id: $id, comment: $c) { id } }",
            json!({"id": alert, "c": comment}),
            Some(&s.operator),
        );
        assert_eq!(error_code(&body), "VAL_001", "{body}");
    }
    assert_eq!(s.alerts(&s.operator)[0]["acknowledgedBy"], Value::Null);
}

#[test]
fn acknowledgements_and_silences_are_audited() {
    let s = setup();
    s.beat(95.0);
    let alert = s.wait_for("firing", |a| a.len() == 1)[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    s.server
        .run_as(&s.operator, &["alerts", "ack", &alert])
        .ok();
    let silence = s
        .server
        .run_as(
            &s.operator,
            &[
                "alerts",
                "silence",
                RULE,
                "--for",
                "1h",
                "--comment",
                "audit",
                "-o",
                "json",
            ],
        )
        .json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    s.server
        .run_as(&s.operator, &["alerts", "unsilence", &silence])
        .ok();
    let admin = s.server.admin_token();
    let rows = s
        .server
        .run_as(
            &admin,
            &[
                "admin", "audit", "--user", "operator", "--all", "-o", "json",
            ],
        )
        .json();
    let find = |operation: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["operation"] == operation)
            .unwrap_or_else(|| panic!("no {operation} in {rows}"))
            .clone()
    };
    assert_eq!(find("acknowledgeAlert")["targetIds"], json!([alert]));
    // The rule named in the input, and the silence created.
    assert_eq!(find("silenceAlerts")["targetIds"], json!([RULE, silence]));
    assert_eq!(find("expireAlertSilence")["targetIds"], json!([silence]));
}
