//! Alert channels and the webhook outbox over the API and the CLI: channels are created,
//! listed, tested against a receiver on 127.0.0.1 and deleted; bad input is refused and
//! stores nothing; a fired alert is delivered signed, or marked DEAD after its attempts.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};
use vpnmine::domain::webhook::{SIGNATURE_HEADER, verify_signature};

use crate::common::{TestServer, error_code};

/// One POST the receiver got: its headers (names in lower case) and body.
#[derive(Clone, Debug)]
struct Post {
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Post {
    fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }
}

/// A webhook receiver on 127.0.0.1: records every request and answers `status`.
struct Receiver {
    url: String,
    posts: Arc<Mutex<Vec<Post>>>,
    status: Arc<AtomicU16>,
}

impl Receiver {
    fn start(status: u16) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        let posts = Arc::new(Mutex::new(Vec::new()));
        let status = Arc::new(AtomicU16::new(status));
        let (log, answer) = (posts.clone(), status.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut headers = Vec::new();
                let mut line = String::new();
                // The request line, then headers up to the blank line.
                if reader.read_line(&mut line).is_err() {
                    continue;
                }
                loop {
                    line.clear();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                        break;
                    }
                    if let Some((name, value)) = line.trim_end().split_once(':') {
                        headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
                    }
                }
                let length = headers
                    .iter()
                    .find(|(n, _)| n == "content-length")
                    .and_then(|(_, v)| v.parse::<usize>().ok())
                    .unwrap_or(0);
                let mut body = vec![0; length];
                if reader.read_exact(&mut body).is_err() {
                    continue;
                }
                log.lock().unwrap().push(Post { headers, body });
                let status = answer.load(Ordering::SeqCst);
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status} X\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
                );
            }
        });
        Self { url, posts, status }
    }

    fn posts(&self) -> Vec<Post> {
        self.posts.lock().unwrap().clone()
    }
}

const CREATE: &str = "mutation($i: AlertChannelInput!) { createAlertChannel(input: $i) { secret channel { id name url allowInsecure ownerId } } }";
const CHANNELS: &str = "{ alertChannels { id name } }";

fn channel_names(server: &TestServer, token: &str) -> Vec<String> {
    let (_, body) = server.graphql(CHANNELS, json!({}), Some(token));
    body["data"]["alertChannels"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_channel_is_created_listed_tested_and_deleted_from_the_cli() {
    let server = TestServer::start(&[]);
    let (operator, operator_id) = server.operator();
    let receiver = Receiver::start(200);

    let created = server
        .run_as(
            &operator,
            &[
                "alerts",
                "channels",
                "create",
                "pager",
                &receiver.url,
                "-o",
                "json",
            ],
        )
        .json();
    let secret = created["secret"].as_str().unwrap().to_string();
    assert_eq!(secret.len(), 64, "32 random bytes in hex");
    assert!(secret.chars().all(|c| c.is_ascii_hexdigit()));
    assert_eq!(created["channel"]["ownerId"], json!(operator_id));
    let id = created["channel"]["id"].as_str().unwrap().to_string();

    // Without -o json the secret alone is printed, for `> file`.
    let given = "my-own-secret-0123456789";
    let plain = server.run_as_input(
        &operator,
        &[
            "alerts",
            "channels",
            "create",
            "ops",
            &receiver.url,
            "--secret-stdin",
        ],
        &format!("{given}\n"),
    );
    assert_eq!(plain.ok().trim(), given);

    let listed = server
        .run_as(&operator, &["alerts", "channels", "list", "-o", "json"])
        .json();
    let names: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["ops", "pager"]);
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c.get("secret").is_none())
    );
    let csv = server
        .run_as(&operator, &["alerts", "channels", "list", "-o", "csv"])
        .ok()
        .to_string();
    assert!(csv.starts_with("ID,NAME,URL"), "{csv}");

    let tested = server
        .run_as(
            &operator,
            &["alerts", "channels", "test", &id, "-o", "json"],
        )
        .json();
    assert_eq!(tested["httpStatus"], 200);
    assert!(tested["error"].is_null());
    let posts = receiver.posts();
    assert_eq!(posts.len(), 1);
    let body = posts[0].json();
    assert_eq!(body["version"], "4");
    assert_eq!(body["status"], "firing");
    assert_eq!(body["receiver"], "pager");
    assert_eq!(body["alerts"][0]["labels"]["alertname"], "vpnmine-test");
    let signature = posts[0].header(SIGNATURE_HEADER).expect("signed");
    let now = chrono::Utc::now().timestamp();
    verify_signature(signature, &secret, &posts[0].body, now, 300).expect("verifies");
    assert!(verify_signature(signature, given, &posts[0].body, now, 300).is_err());
    // A test is not a delivery.
    let deliveries = server
        .run_as(&operator, &["alerts", "deliveries", "-o", "json"])
        .json();
    assert_eq!(deliveries, json!([]));

    // A receiver that answers 500: the test says so and exits 1.
    receiver.status.store(500, Ordering::SeqCst);
    server
        .run_as(&operator, &["alerts", "channels", "test", &id])
        .fails(1, "HTTP 500");

    // Deleting asks; without a terminal it needs --yes.
    server
        .run_as(&operator, &["alerts", "channels", "delete", &id])
        .fails(2, "--yes");
    assert_eq!(channel_names(&server, &operator), ["ops", "pager"]);
    let deleted = server.run_as(&operator, &["alerts", "channels", "delete", &id, "--yes"]);
    assert!(
        deleted.ok().contains("Deleted alert channel pager"),
        "{}",
        deleted.stdout
    );
    assert_eq!(channel_names(&server, &operator), ["ops"]);
    server
        .run_as(&operator, &["alerts", "channels", "delete", &id, "--yes"])
        .fails(3, "RSC_001");
}

#[test]
fn bad_channels_are_refused_and_nothing_is_stored() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.operator();
    let cli_refusals: &[(&[&str], &str)] = &[
        (&["ops", "not a url"], "not a URL"),
        (&["ops", "ftp://files.example.com/x"], "http or https"),
        (
            &["ops", "https://user:pass@hooks.example.com/x"],
            "user:password@",
        ),
        (&["ops", "http://hooks.example.com/x"], "--allow-insecure"),
        (
            &["has space", "https://hooks.example.com/x"],
            "name may contain",
        ),
        (&["", "https://hooks.example.com/x"], "1-64"),
    ];
    for (args, needle) in cli_refusals {
        let mut all = vec!["alerts", "channels", "create"];
        all.extend_from_slice(args);
        server.run_as(&operator, &all).fails(2, needle);
    }
    // A secret too short, from stdin.
    server
        .run_as_input(
            &operator,
            &[
                "alerts",
                "channels",
                "create",
                "ops",
                "https://hooks.example.com/x",
                "--secret-stdin",
            ],
            "short\n",
        )
        .fails(2, "16-256");

    // The server refuses the same, whatever the client checks.
    let long_url = format!("https://hooks.example.com/{}", "a".repeat(2048));
    let api_refusals = [
        json!({"name": "ops", "url": "ftp://files.example.com/x"}),
        json!({"name": "ops", "url": "https://user:pass@hooks.example.com/x"}),
        json!({"name": "ops", "url": "http://hooks.example.com/x"}),
        json!({"name": "ops", "url": long_url}),
        json!({"name": "a".repeat(65), "url": "https://hooks.example.com/x"}),
        json!({"name": "ops", "url": "https://hooks.example.com/x", "secret": "short"}),
        json!({"name": "ops", "url": "https://hooks.example.com/x", "secret": "has spaces in it, sixteen+"}),
    ];
    for input in api_refusals {
        let (_, body) = server.graphql(CREATE, json!({"i": input}), Some(&operator));
        assert_eq!(error_code(&body), "VAL_001", "{input}: {body}");
    }
    let (_, body) = server.graphql(
        CREATE,
        json!({"i": {"name": "ops", "url": "http://hooks.example.com/x"}}),
        Some(&operator),
    );
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("allowInsecure"),
        "{body}"
    );
    // Missing or mistyped fields fail GraphQL's own validation.
    for input in [json!({"name": "ops"}), json!({"name": "ops", "url": 42})] {
        let (_, body) = server.graphql(CREATE, json!({"i": input}), Some(&operator));
        assert!(
            body["errors"].is_array() && body["data"].is_null(),
            "{body}"
        );
    }
    assert!(channel_names(&server, &operator).is_empty());

    // http elsewhere is accepted when asked for; a second channel of the same name is not.
    let insecure = server
        .run_as(
            &operator,
            &[
                "alerts",
                "channels",
                "create",
                "lab",
                "http://hooks.example.com/x",
                "--allow-insecure",
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(insecure["channel"]["allowInsecure"], true);
    server
        .run_as(
            &operator,
            &[
                "alerts",
                "channels",
                "create",
                "lab",
                "https://hooks.example.com/y",
            ],
        )
        .fails(2, "already have an alert channel named 'lab'");
    assert_eq!(channel_names(&server, &operator), ["lab"]);
}

#[test]
fn operators_manage_only_their_own_channels_and_users_none() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.operator();
    let admin = server.admin_token();
    let (user, _) = server.login("user", "user-demo-pass");
    let mine = server
        .run_as(
            &operator,
            &[
                "alerts",
                "channels",
                "create",
                "ops",
                "https://hooks.example.com/o",
                "-o",
                "json",
            ],
        )
        .json();
    let theirs = server
        .run_as(
            &admin,
            &[
                "alerts",
                "channels",
                "create",
                "ops",
                "https://hooks.example.com/a",
                "-o",
                "json",
            ],
        )
        .json();
    // The same name under two owners is fine.
    assert_eq!(channel_names(&server, &operator), ["ops"]);
    assert_eq!(channel_names(&server, &admin), ["ops", "ops"]);
    let theirs_id = theirs["channel"]["id"].as_str().unwrap();
    server
        .run_as(&operator, &["alerts", "channels", "test", theirs_id])
        .fails(3, "RSC_001");
    server
        .run_as(
            &operator,
            &["alerts", "channels", "delete", theirs_id, "--yes"],
        )
        .fails(3, "RSC_001");
    assert_eq!(channel_names(&server, &admin), ["ops", "ops"]);
    server
        .run_as(&user, &["alerts", "channels", "list"])
        .fails(4, "AUTH_001");
    server
        .run_as(&user, &["alerts", "deliveries"])
        .fails(4, "AUTH_001");
    // The admin deletes the operator's channel.
    let mine_id = mine["channel"]["id"].as_str().unwrap();
    server
        .run_as(&admin, &["alerts", "channels", "delete", mine_id, "--yes"])
        .ok();
    assert!(channel_names(&server, &operator).is_empty());
}

#[test]
fn channel_mutations_are_audited_with_the_channel_id() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.operator();
    let admin = server.admin_token();
    let created = server
        .run_as(
            &operator,
            &[
                "alerts",
                "channels",
                "create",
                "ops",
                "http://127.0.0.1:9/closed",
                "-o",
                "json",
            ],
        )
        .json();
    let id = created["channel"]["id"].as_str().unwrap();
    // Port 9 refuses: the test reports the error and exits 1, and is audited all the same.
    server
        .run_as(&operator, &["alerts", "channels", "test", id])
        .fails(1, "cannot connect");
    server
        .run_as(&operator, &["alerts", "channels", "delete", id, "--yes"])
        .ok();
    let (_, body) = server.graphql(
        "{ auditLog(filter: {user: \"operator\"}, pagination: {size: 10}) { items { operation targetIds result } } }",
        json!({}),
        Some(&admin),
    );
    let rows: Vec<(String, Value, String)> = body["data"]["auditLog"]["items"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .filter(|r| r["operation"].as_str().unwrap().contains("AlertChannel"))
        .map(|r| {
            (
                r["operation"].as_str().unwrap().to_string(),
                r["targetIds"].clone(),
                r["result"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("deleteAlertChannel".into(), json!([id]), "OK".into()),
            ("testAlertChannel".into(), json!([id]), "OK".into()),
            ("createAlertChannel".into(), json!([]), "OK".into()),
        ]
    );
}

/// Links `channels` to the built-in CPU rule with no duration, in the database of a stopped
/// server (the rules API is another part of #14).
fn link_to_cpu_rule(db: &str, channels: &[&str]) {
    let mut sql = String::from("UPDATE alert_rules SET duration_secs = 0 WHERE id = 'rule-cpu';");
    for channel in channels {
        sql.push_str(&format!(
            "INSERT INTO alert_rule_channels VALUES ('rule-cpu', '{channel}');"
        ));
    }
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let store = vpnmine::server::store::Store::open(db).await.unwrap();
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
            .execute(store.pool())
            .await
            .unwrap();
    });
}

#[test]
fn a_fired_alert_is_delivered_signed_or_dead_and_listed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("alerts.sqlite");
    let db = db.to_str().unwrap();
    let good = Receiver::start(200);
    let bad = Receiver::start(500);
    let (ok_id, dead_id, secret, own) = {
        let server = TestServer::start_with_db(db, &[]);
        let (operator, _) = server.operator();
        let mut ids = Vec::new();
        let mut secret = String::new();
        for (name, url) in [("good", &good.url), ("bad", &bad.url)] {
            let created = server
                .run_as(
                    &operator,
                    &["alerts", "channels", "create", name, url, "-o", "json"],
                )
                .json();
            ids.push(created["channel"]["id"].as_str().unwrap().to_string());
            if name == "good" {
                secret = created["secret"].as_str().unwrap().to_string();
            }
        }
        let own = server.own_online_server(&operator);
        (ids[0].clone(), ids[1].clone(), secret, own)
    };
    link_to_cpu_rule(db, &[&ok_id, &dead_id]);
    let server = TestServer::start_with_db(
        db,
        &[
            "--webhook-attempts",
            "2",
            "--webhook-backoff",
            "1s",
            "--webhook-timeout",
            "2s",
        ],
    );
    let (operator, _) = server.operator();
    let (_, body) = server.graphql(
        "mutation($s: ID!) { reportMetrics(input: {serverId: $s, cpuUsage: 99, memoryUsage: 30, networkIn: 1, networkOut: 1, activeConnections: 3, latencyMs: 20}) { status } }",
        json!({"s": own}),
        Some(&operator),
    );
    assert!(body["errors"].is_null(), "{body}");
    let mut listed = Value::Null;
    for _ in 0..100 {
        listed = server
            .run_as(&operator, &["alerts", "deliveries", "-o", "json"])
            .json();
        let settled = listed
            .as_array()
            .is_some_and(|d| d.len() == 2 && d.iter().all(|d| d["status"] != "PENDING"));
        if settled {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let by_channel = |id: &str| {
        listed
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["channel"]["id"] == id)
            .unwrap_or_else(|| panic!("no delivery to {id}: {listed}"))
            .clone()
    };
    let delivered = by_channel(&ok_id);
    assert_eq!(delivered["status"], "DELIVERED", "{listed}");
    assert_eq!(delivered["event"], "FIRING");
    assert_eq!(delivered["log"][0]["httpStatus"], 200, "{delivered}");
    let dead = by_channel(&dead_id);
    assert_eq!(dead["status"], "DEAD", "{listed}");
    assert_eq!(dead["attempts"], 2);
    assert_eq!(dead["lastError"], "HTTP 500");
    assert_eq!(
        dead["log"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["httpStatus"].clone())
            .collect::<Vec<_>>(),
        [json!(500), json!(500)]
    );
    assert_eq!(bad.posts().len(), 2);

    let post = &good.posts()[0];
    let body = post.json();
    assert_eq!(body["status"], "firing");
    assert_eq!(body["alerts"][0]["labels"]["alertname"], "cpu-high");
    assert_eq!(body["alerts"][0]["labels"]["server_id"], json!(own));
    assert_eq!(post.header("x-vpnmine-delivery"), delivered["id"].as_str());
    let now = chrono::Utc::now().timestamp();
    verify_signature(
        post.header(SIGNATURE_HEADER).unwrap(),
        &secret,
        &post.body,
        now,
        300,
    )
    .expect("the signature verifies");

    // Filters, and DEAD stands out in the table.
    let only_dead = server
        .run_as(
            &operator,
            &["alerts", "deliveries", "--status", "dead", "-o", "json"],
        )
        .json();
    assert_eq!(only_dead.as_array().unwrap().len(), 1);
    let alert = delivered["alertId"].as_str().unwrap();
    let of_alert = server
        .run_as(
            &operator,
            &["alerts", "deliveries", "--alert", alert, "-o", "json"],
        )
        .json();
    assert_eq!(of_alert.as_array().unwrap().len(), 2);
    let table = server.run_as(&operator, &["alerts", "deliveries", "--status", "dead"]);
    assert!(table.ok().contains("DEAD (gave up)"), "{}", table.stdout);
    // An admin sees the dead delivery in the platform's health.
    let admin = server.admin_token();
    let (_, body) = server.graphql(
        "{ systemHealth { status components { name status message metrics } } }",
        json!({}),
        Some(&admin),
    );
    let health = &body["data"]["systemHealth"];
    let notifications = health["components"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "notifications")
        .unwrap_or_else(|| panic!("no notifications component: {body}"));
    assert_eq!(notifications["status"], "DEGRADED", "{notifications}");
    assert_eq!(notifications["metrics"]["deadDeliveries"], 1);
    assert_eq!(health["status"], "DEGRADED", "{health}");
    // Users see no deliveries at all.
    let (user, _) = server.login("user", "user-demo-pass");
    let (_, body) = server.graphql(
        "{ alertDeliveries { items { id } } }",
        json!({}),
        Some(&user),
    );
    assert_eq!(error_code(&body), "AUTH_001");
}

/// Reports `cpu` for `server_id` until the receiver holds `posts` requests (the engine takes
/// up a new rule on its next sweep, within a second), and returns the last one.
fn beat_until(
    server: &TestServer,
    token: &str,
    server_id: &str,
    cpu: f64,
    receiver: &Receiver,
    posts: usize,
) -> Post {
    for _ in 0..80 {
        let (_, body) = server.graphql(
            "mutation($s: ID!, $c: Float!) { reportMetrics(input: {serverId: $s, cpuUsage: $c, memoryUsage: 30, networkIn: 1, networkOut: 1, activeConnections: 3, latencyMs: 20}) { status } }",
            json!({"s": server_id, "c": cpu}),
            Some(token),
        );
        assert!(body["errors"].is_null(), "{body}");
        std::thread::sleep(Duration::from_millis(250));
        let got = receiver.posts();
        if got.len() >= posts {
            return got[posts - 1].clone();
        }
    }
    panic!(
        "the receiver got {} of {posts} posts",
        receiver.posts().len()
    );
}

/// The whole path as an operator meets it: a channel and a rule made with the CLI, a heartbeat
/// over the threshold, the signed Alertmanager body at the receiver, a heartbeat back under it
/// resolving the alert, and both notifications listed as delivered.
#[test]
fn a_rule_made_with_the_cli_notifies_a_signed_webhook_and_resolves() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.operator();
    let own = server.own_online_server(&operator);
    let receiver = Receiver::start(200);
    let created = server
        .run_as(
            &operator,
            &[
                "alerts",
                "channels",
                "create",
                "pager",
                &receiver.url,
                "-o",
                "json",
            ],
        )
        .json();
    let channel = created["channel"]["id"].as_str().unwrap().to_string();
    let secret = created["secret"].as_str().unwrap().to_string();
    let rule = server
        .run_as(
            &operator,
            &[
                "alerts",
                "rules",
                "create",
                "--name",
                "edge-cpu",
                "--metric",
                "cpu",
                "--op",
                "gt",
                "--threshold",
                "90",
                "--for",
                "0",
                "--severity",
                "critical",
                "--server",
                &own,
                "--channel",
                &channel,
                "--message",
                "{server}: CPU at {value}%",
                "-o",
                "json",
            ],
        )
        .json();
    let rule_id = rule["id"].as_str().expect("a rule id").to_string();

    let firing = beat_until(&server, &operator, &own, 99.0, &receiver, 1);
    let now = chrono::Utc::now().timestamp();
    let signature = firing.header(SIGNATURE_HEADER).expect("a signature");
    verify_signature(signature, &secret, &firing.body, now, 300).expect("the signature verifies");
    let body = firing.json();
    assert_eq!(body["version"], "4");
    assert_eq!(body["status"], "firing");
    let alert = &body["alerts"][0];
    assert_eq!(alert["status"], "firing");
    assert_eq!(alert["labels"]["alertname"], "edge-cpu");
    assert_eq!(alert["labels"]["severity"], "critical");
    assert_eq!(alert["labels"]["server_id"], own.as_str());
    let summary = alert["annotations"]["summary"].as_str().unwrap();
    assert!(summary.ends_with(": CPU at 99%"), "{summary}");
    assert_eq!(alert["endsAt"], "0001-01-01T00:00:00Z");

    let resolved = beat_until(&server, &operator, &own, 10.0, &receiver, 2);
    let signature = resolved.header(SIGNATURE_HEADER).expect("a signature");
    verify_signature(signature, &secret, &resolved.body, now, 300).expect("the signature verifies");
    let body = resolved.json();
    assert_eq!(body["status"], "resolved");
    assert_eq!(body["alerts"][0]["fingerprint"], alert["fingerprint"]);
    assert_ne!(body["alerts"][0]["endsAt"], "0001-01-01T00:00:00Z");

    let alerts = server
        .run_as(
            &operator,
            &["alerts", "list", "--rule", &rule_id, "-o", "json"],
        )
        .json();
    let alerts = alerts.as_array().expect("a list");
    assert_eq!(alerts.len(), 1, "one alert for one crossing: {alerts:?}");
    assert_eq!(alerts[0]["state"], "RESOLVED");
    let alert_id = alerts[0]["id"].as_str().unwrap();
    let deliveries = server
        .run_as(
            &operator,
            &["alerts", "deliveries", "--alert", alert_id, "-o", "json"],
        )
        .json();
    let mut seen: Vec<(String, String)> = deliveries
        .as_array()
        .expect("a list")
        .iter()
        .map(|d| {
            (
                d["event"].as_str().unwrap().to_string(),
                d["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    seen.sort();
    assert_eq!(
        seen,
        [
            ("FIRING".to_string(), "DELIVERED".to_string()),
            ("RESOLVED".to_string(), "DELIVERED".to_string())
        ]
    );
}
