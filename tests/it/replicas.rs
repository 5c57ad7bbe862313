//! Two `vpnmine server` replicas on one PostgreSQL database (issue #18): what one is told, the
//! other knows. These run in the `it_postgres` binary; the SQLite suite has one server per
//! database file, and nothing to share.

use std::time::{Duration, Instant};

use serde_json::json;
use sha2::Digest as _;
use vpnmine::domain::export_download::{CHECKSUM_HEADER, ROWS_HEADER};

use crate::common::{TestServer, engine_under_test, error_code};
use crate::realtime::{LIVE, Ws};

/// Two replicas on one fresh database with the demo network (the first seeds it), or `None` in
/// the SQLite suite.
fn two_replicas() -> Option<(TestServer, TestServer)> {
    two_replicas_with(&[])
}

/// [`two_replicas`], each started with `extra` arguments too.
fn two_replicas_with(extra: &[&str]) -> Option<(TestServer, TestServer)> {
    let url = engine_under_test()?;
    let args: Vec<&str> = ["--demo"].iter().chain(extra).copied().collect();
    let a = TestServer::start_on(&["--database-url", &url], &args);
    let b = TestServer::start_on(&["--database-url", &url], &args);
    Some((a, b))
}

const REPORT: &str =
    "mutation($input: HeartbeatInput!) { reportMetrics(input: $input) { serverId } }";

#[test]
fn a_heartbeat_posted_to_one_replica_reaches_a_subscriber_of_the_other_within_a_second() {
    let Some((a, b)) = two_replicas() else { return };
    let (operator, _) = a.login("operator", "operator-demo-pass");
    let id = a.own_online_server(&operator);
    let mut ws = Ws::connect(&b, "graphql-transport-ws", Some(&operator));
    ws.subscribe("1", LIVE, json!({"id": id}));
    std::thread::sleep(Duration::from_millis(300));

    for cpu in [91.5, 12.25] {
        let sent = Instant::now();
        let (_, reported) = a.graphql(
            REPORT,
            json!({"input": {"serverId": id, "cpuUsage": cpu, "memoryUsage": 40.0,
                             "networkIn": 1.0, "networkOut": 1.0, "activeConnections": 3,
                             "latencyMs": 20.0}}),
            Some(&operator),
        );
        assert_eq!(
            reported["data"]["reportMetrics"]["serverId"],
            id.as_str(),
            "{reported}"
        );
        let update = ws.next();
        let waited = sent.elapsed();
        assert!(waited < Duration::from_secs(1), "it took {waited:?}");
        assert_eq!(update["type"], "next", "{update}");
        let live = &update["payload"]["data"]["realTimeMetrics"];
        assert_eq!(live["serverId"], id.as_str());
        let reported_cpu = live["metrics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["type"] == "CPU")
            .map(|m| m["value"].clone());
        assert_eq!(reported_cpu, Some(json!(cpu)), "{update}");
    }
}

#[test]
fn claims_split_over_two_replicas_pay_each_server_at_most_once() {
    let Some((a, b)) = two_replicas() else { return };
    crate::mining::claims_from_many_threads_pay_each_server_at_most_once(&[&a, &b]);
}

#[test]
fn a_token_revoked_through_one_replica_is_refused_by_the_other() {
    let Some((a, b)) = two_replicas() else { return };
    let (token, _) = a.login("operator", "operator-demo-pass");
    let me = "{ me { username } }";
    let (_, body) = b.graphql(me, json!({}), Some(&token));
    assert_eq!(body["data"]["me"]["username"], "operator", "{body}");

    let (_, revoked) = a.graphql(
        "mutation { revokeToken { success } }",
        json!({}),
        Some(&token),
    );
    assert_eq!(revoked["data"]["revokeToken"]["success"], true, "{revoked}");
    let (status, body) = b.graphql(me, json!({}), Some(&token));
    assert_eq!(status, 401, "{body}");
    assert_eq!(error_code(&body), "AUTH_001", "{body}");
}

#[test]
fn an_answer_one_replica_shares_is_not_served_after_a_write_through_the_other() {
    let Some((a, b)) = two_replicas() else { return };
    let (operator, _) = a.login("operator", "operator-demo-pass");
    let id = a.own_online_server(&operator);
    let (_, me) = a.graphql("{ me { id } }", json!({}), Some(&operator));
    let read = "query($o: ID) { miningServers(filters: {ownerId: $o}, pagination: {size: 500}) { items { id mining { enabled } } } }";
    let enabled = |server: &TestServer| {
        let (_, body) = server.graphql(read, json!({"o": me["data"]["me"]["id"]}), None);
        let items = body["data"]["miningServers"]["items"].as_array().cloned();
        let ours = items
            .unwrap_or_default()
            .into_iter()
            .find(|s| s["id"] == id.as_str());
        ours.unwrap_or_else(|| panic!("{id} is listed: {body}"))["mining"]["enabled"].clone()
    };
    let configure = "mutation($input: MiningConfigInput!) { configureMiningSettings(input: $input) { success } }";
    for wanted in [false, true, false] {
        // B keeps its answer (anonymous callers share one), then A writes, then B reads
        // again at once: well within the second B may keep an answer.
        assert_eq!(enabled(&b), enabled(&b));
        let (_, body) = a.graphql(
            configure,
            json!({"input": {"serverId": id, "enabled": wanted}}),
            Some(&operator),
        );
        assert_eq!(
            body["data"]["configureMiningSettings"]["success"], true,
            "{body}"
        );
        assert_eq!(
            enabled(&b),
            json!(wanted),
            "B answered from before A's write"
        );
    }
}

/// Behind one address, a download link may reach either replica: with one export directory,
/// each serves what the other wrote, complete (with its checksum and row headers) or still being
/// written.
#[test]
fn an_export_made_through_one_replica_downloads_through_the_other() {
    let shared = tempfile::tempdir().unwrap();
    let dir = shared.path().to_str().unwrap();
    let Some((a, b)) = two_replicas_with(&["--export-dir", dir]) else {
        return;
    };
    let admin = a.admin_token();
    let to = chrono::Utc::now();
    let from = to - chrono::Duration::days(2);
    let window = json!({"from": from.to_rfc3339(), "to": to.to_rfc3339()});
    let through_b = |url: &str| {
        let base = |server: &TestServer| server.url.trim_end_matches("/graphql").to_string();
        let url = url.replacen(&base(&a), &base(&b), 1);
        assert!(url.starts_with(&base(&b)), "{url}");
        crate::common::http()
            .build()
            .unwrap()
            .get(url)
            .send()
            .unwrap()
    };

    let (_, body) = a.graphql(
        "query($from: DateTime!, $to: DateTime!) { exportDetailedStats(from: $from, to: $to, \
         format: CSV) { url sha256 rowCount size } }",
        window.clone(),
        Some(&admin),
    );
    let export = &body["data"]["exportDetailedStats"];
    let response = through_b(export["url"].as_str().unwrap_or_else(|| panic!("{body}")));
    assert_eq!(response.status().as_u16(), 200);
    let headers = response.headers().clone();
    assert_eq!(headers[CHECKSUM_HEADER], export["sha256"].as_str().unwrap());
    assert_eq!(
        headers[ROWS_HEADER],
        export["rowCount"].to_string().as_str()
    );
    let bytes = response.bytes().unwrap();
    assert_eq!(bytes.len() as f64, export["size"].as_f64().unwrap());
    assert_eq!(hex::encode(sha2::Sha256::digest(&bytes)), export["sha256"]);

    // Streamed: B follows the file A is writing, or serves it whole if A is done (the unit
    // tests of `export_files` hold B to a file still being written).
    let (_, body) = a.graphql(
        "query($from: DateTime!, $to: DateTime!) { streamDetailedStats(from: $from, to: $to, \
         format: JSON) { url } }",
        window,
        Some(&admin),
    );
    let url = body["data"]["streamDetailedStats"]["url"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"));
    let response = through_b(url);
    assert_eq!(response.status().as_u16(), 200);
    let rows: Vec<serde_json::Value> = response.json().expect("the whole JSON file");
    assert_eq!(rows.len() as f64, export["rowCount"].as_f64().unwrap());
}

/// A replica that cannot use the export directory's key would refuse the others' links: it
/// does not start.
#[test]
fn a_replica_that_cannot_use_the_shared_signing_key_does_not_start() {
    let Some(url) = engine_under_test() else {
        return;
    };
    let shared = tempfile::tempdir().unwrap();
    let key = shared.path().join(".signing-key");
    std::fs::write(&key, b"not 32 bytes").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let env = crate::common::Env::new();
    let dir = shared.path().to_str().unwrap();
    let output = env
        .command_of(crate::common::server_binary())
        .args(["server", "--listen", "127.0.0.1:0", "--database-url", &url])
        .args(["--demo", "--export-dir", dir])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("is not a signing key"), "{stderr}");
    assert_eq!(
        std::fs::read(&key).unwrap(),
        b"not 32 bytes",
        "the key is left as it was"
    );
}

/// An empty PostgreSQL database is refused by its URL (not by the `--db` default it does not
/// use), with the `server init` that would fix it.
#[test]
fn an_empty_database_url_is_refused_by_its_own_name() {
    let Some(url) = engine_under_test() else {
        return;
    };
    let env = crate::common::Env::new();
    let output = env
        .command_of(crate::common::server_binary())
        .args(["server", "--listen", "127.0.0.1:0", "--database-url", &url])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!("server init --database-url {url} --admin NAME")),
        "{stderr}"
    );
    assert!(!stderr.contains("vpnmine.db"), "{stderr}");
}
