//! Connections over HTTP and the CLI: `vpnmine agent --sessions-from` records them from NDJSON
//! events (a file or stdin), users find them in `vpnmine me stats` and rate them with
//! `vpnmine me rate`.

use std::io::Write;
use std::process::Stdio;

use serde_json::{Value, json};

use crate::common::{TestServer, error_code};

/// A server the operator `token` owns with an enabled endpoint, its protocol, and the VPN
/// client id of a user in that endpoint's configuration (VLESS/REALITY clients are users).
pub fn connection_target(server: &TestServer, token: &str) -> (String, String, String) {
    let (_, me) = server.graphql("{ me { id } }", json!({}), Some(token));
    let (_, page) = server.graphql(
        "query($o: ID) { miningServers(filters: {ownerId: $o}, pagination: {page: 1, size: 500}) \
         { items { id protocols { type enabled configString } } } }",
        json!({"o": me["data"]["me"]["id"]}),
        Some(token),
    );
    let items = page["data"]["miningServers"]["items"].as_array();
    for item in items.unwrap_or_else(|| panic!("{page}")) {
        for p in item["protocols"].as_array().unwrap() {
            let config: Value =
                serde_json::from_str(p["configString"].as_str().unwrap()).unwrap_or_default();
            if let (true, Some(uuid)) = (p["enabled"] == true, config["clients"][0]["id"].as_str())
            {
                return (
                    item["id"].as_str().unwrap().to_string(),
                    p["type"].as_str().unwrap().to_string(),
                    uuid.to_string(),
                );
            }
        }
    }
    panic!("the operator has no server with an enabled VLESS or REALITY endpoint");
}

/// An ended, unrated session of the account `token` belongs to.
pub fn rateable_session(server: &TestServer, token: &str) -> String {
    let (_, body) = server.graphql(
        "{ myConnectionStats(pagination: {page: 1, size: 500}) { items { id connectionEnd rating } } }",
        json!({}),
        Some(token),
    );
    body["data"]["myConnectionStats"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| !s["connectionEnd"].is_null() && s["rating"].is_null())
        .and_then(|s| s["id"].as_str())
        .unwrap_or_else(|| panic!("no ended, unrated session: {body}"))
        .to_string()
}

/// The demo `user` account's id, access token and VPN client id (read by the admin from a
/// dry-run UUID migration, which names each user's current UUID).
fn demo_user(server: &TestServer) -> (String, String, String) {
    let (token, _) = server.login("user", "user-demo-pass");
    let (_, me) = server.graphql("{ me { id } }", json!({}), Some(&token));
    let id = me["data"]["me"]["id"].as_str().unwrap().to_string();
    let (_, plan) = server.graphql(
        "mutation($u: ID!) { migrateUserUuids(input: {userIds: [$u], dryRun: true}) \
         { details { oldUuid } } }",
        json!({"u": id}),
        Some(&server.admin_token()),
    );
    let uuid = plan["data"]["migrateUserUuids"]["details"][0]["oldUuid"]
        .as_str()
        .unwrap_or_else(|| panic!("{plan}"))
        .to_string();
    (id, token, uuid)
}

/// A server of the operator with `protocol` enabled, picked from its endpoints.
fn operator_server(server: &TestServer, token: &str) -> (String, String) {
    let (_, me) = server.graphql("{ me { id } }", json!({}), Some(token));
    let (_, page) = server.graphql(
        "query($o: ID) { miningServers(filters: {ownerId: $o, status: ONLINE}) \
         { items { id protocols { type enabled } } } }",
        json!({"o": me["data"]["me"]["id"]}),
        Some(token),
    );
    page["data"]["miningServers"]["items"]
        .as_array()
        .unwrap_or_else(|| panic!("{page}"))
        .iter()
        .find_map(|item| {
            let p = item["protocols"]
                .as_array()?
                .iter()
                .find(|p| p["enabled"] == true)?;
            Some((
                item["id"].as_str()?.to_string(),
                p["type"].as_str()?.to_string(),
            ))
        })
        .expect("an online server with an enabled endpoint")
}

/// `vpnmine agent ... --sessions-from -` as `token`, with `stdin` piped in.
fn agent_with_stdin(
    server: &TestServer,
    token: &str,
    args: &[&str],
    stdin: &str,
) -> crate::common::Run {
    let mut child = server
        .env
        .command()
        .env("VPNMINE_TOKEN", token)
        .arg("--endpoint")
        .arg(&server.url)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    crate::common::Run::from(child.wait_with_output().unwrap())
}

fn statuses(events: &Value) -> Vec<(u64, String)> {
    events
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["line"].as_u64().unwrap(),
                e["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The path of the issue, through the CLI: the agent sends a file of events (a bad line and
/// an unknown user among them are skipped, exit 2), sending it again changes nothing, stdin
/// ends the open connection, and the user sees and rates it, once.
#[test]
fn the_agent_records_events_from_a_file_and_stdin_and_the_user_rates_one() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.operator();
    let (_, user, uuid) = demo_user(&server);
    let (server_id, protocol) = operator_server(&server, &operator);
    let now = chrono::Utc::now();
    let at = |minutes: i64| (now - chrono::Duration::minutes(minutes)).to_rfc3339();
    let lines = [
        json!({"event": "start", "id": "cli-1", "userUuid": uuid, "protocol": protocol.to_lowercase(), "at": at(30)}).to_string(),
        "{not json".to_string(),
        json!({"event": "end", "id": "cli-1", "bytesIn": 3_000_000_000u64, "bytesOut": 6_000_000_000u64, "at": at(20)}).to_string(),
        json!({"event": "start", "id": "cli-2", "userUuid": "00000000-0000-4000-8000-000000000000", "protocol": protocol}).to_string(),
        String::new(),
        json!({"event": "start", "id": "cli-3", "userUuid": uuid, "protocol": protocol, "at": at(10)}).to_string(),
        json!({"event": "start", "id": "cli-4", "userUuid": uuid, "protocol": protocol, "extra": 1}).to_string(),
    ];
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("events.ndjson");
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let args = [
        "agent",
        "--server-id",
        &server_id,
        "--once",
        "--sessions-from",
        file.to_str().unwrap(),
        "-o",
        "json",
    ];
    let run = server.run_as(&operator, &args);
    run.fails(2, "3 event(s) were not recorded: line(s) 2, 4, 7");
    assert!(run.stderr.contains("line 2: skipped"), "{}", run.stderr);
    assert!(
        run.stderr.contains("RSC_001") || run.stderr.contains("no account"),
        "{}",
        run.stderr
    );
    let out: Value = serde_json::from_str(&run.stdout).unwrap();
    assert!(out["heartbeat"]["status"].is_string(), "{out}");
    assert_eq!(
        statuses(&out["events"]),
        [
            (1, "recorded".into()),
            (2, "skipped".into()),
            (3, "recorded".into()),
            (4, "skipped".into()),
            (6, "recorded".into()),
            (7, "skipped".into()),
        ]
    );
    let first = out["events"][0]["sessionId"].as_str().unwrap().to_string();
    let open = out["events"][4]["sessionId"].as_str().unwrap().to_string();
    assert_eq!(out["events"][2]["sessionId"], first.as_str());

    // Sending the file again records nothing new: the same sessions come back.
    let again: Value = serde_json::from_str(&server.run_as(&operator, &args).stdout).unwrap();
    assert_eq!(again["events"][0]["sessionId"], first.as_str());
    assert_eq!(again["events"][4]["sessionId"], open.as_str());

    // The user's stats show both, with their ids, the ended one with its data.
    let stats = server.run_as(&user, &["me", "stats", "-o", "json"]).json();
    let find = |id: &str| {
        stats
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == id)
            .cloned()
            .unwrap_or_else(|| panic!("{id} not in {stats}"))
    };
    assert_eq!(find(&first)["dataTransferred"], 9.0);
    assert!(find(&open)["connectionEnd"].is_null());
    let table = server.run_as(&user, &["me", "stats"]);
    assert!(table.ok().contains(&first), "{}", table.stdout);

    // An open connection is not rated yet; the ended one is, once.
    server
        .run_as(&user, &["me", "rate", &open, "--stars", "4"])
        .fails(2, "still open");
    let rated = server
        .run_as(
            &user,
            &[
                "me",
                "rate",
                &first,
                "--stars",
                "5",
                "--comment",
                "fast",
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(
        (rated["rating"].clone(), rated["ratingComment"].clone()),
        (json!(5), json!("fast"))
    );
    server
        .run_as(&user, &["me", "rate", &first, "--stars", "1"])
        .fails(2, "rated already");
    server
        .run_as(&operator, &["me", "rate", &first, "--stars", "1"])
        .fails(4, "AUTH_001");
    server
        .run_as(&user, &["me", "rate", "ses-nope", "--stars", "3"])
        .fails(3, "RSC_001");
    server
        .run_as(&user, &["me", "rate", &first, "--stars", "6"])
        .fails(2, "--stars");

    // Stdin: the open connection ends; a hook's pipe closing ends the run, exit 0.
    let end = json!({"event": "end", "id": "cli-3", "bytesIn": 1000, "bytesOut": 2000}).to_string();
    let piped = agent_with_stdin(
        &server,
        &operator,
        &[
            "agent",
            "--server-id",
            &server_id,
            "--once",
            "--sessions-from",
            "-",
            "-o",
            "json",
        ],
        &format!("{end}\n{end}\n"),
    );
    let out: Value = serde_json::from_str(piped.ok()).unwrap();
    assert_eq!(
        statuses(&out["events"]),
        [(1, "recorded".into()), (2, "recorded".into())]
    );
    let stats = server.run_as(&user, &["me", "stats", "-o", "json"]).json();
    let ended = stats
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == open.as_str())
        .unwrap();
    assert!(ended["connectionEnd"].is_string(), "{ended}");

    // The audit trail has the agent's and the user's mutations.
    let admin = server.admin_token();
    let (_, audit) = server.graphql(
        "{ auditLog(pagination: {page: 1, size: 100}) { items { operation username targetIds result } } }",
        json!({}),
        Some(&admin),
    );
    let items = audit["data"]["auditLog"]["items"].as_array().unwrap();
    for (operation, username, target) in [
        ("startConnection", "operator", server_id.as_str()),
        ("endConnection", "operator", server_id.as_str()),
        ("rateConnection", "user", first.as_str()),
    ] {
        assert!(
            items.iter().any(|i| i["operation"] == operation
                && i["username"] == username
                && i["targetIds"].to_string().contains(target)),
            "{operation}: {audit}"
        );
    }
}

/// Refusals over HTTP carry their codes, and the CLI's agent fails fast on a missing file.
#[test]
fn connection_refusals_over_http_and_the_cli() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.operator();
    let (target, protocol, uuid) = connection_target(&server, &operator);
    let start = "mutation($i: StartConnectionInput!) { startConnection(input: $i) { id } }";
    let input =
        json!({"serverId": target, "userUuid": uuid, "protocol": protocol, "eventId": "h-1"});
    let (_, body) = server.graphql(start, json!({"i": input}), None);
    assert_eq!(error_code(&body), "AUTH_001", "{body}");
    let (_, user) = server.login("user", "user-demo-pass");
    let (_, body) = server.graphql(start, json!({"i": input}), Some(&user));
    assert_eq!(error_code(&body), "AUTH_001", "{body}");
    let (_, body) = server.graphql(start, json!({"i": {"serverId": target}}), Some(&operator));
    assert_eq!(error_code(&body), "VAL_001", "{body}");
    let mut huge = input.clone();
    huge["eventId"] = json!("e".repeat(129));
    let (_, body) = server.graphql(start, json!({"i": huge}), Some(&operator));
    assert_eq!(error_code(&body), "VAL_001", "{body}");
    let (_, body) = server.graphql(start, json!({"i": input}), Some(&operator));
    assert!(body["data"]["startConnection"]["id"].is_string(), "{body}");

    let end = "mutation($i: EndConnectionInput!) { endConnection(input: $i) { id } }";
    let (_, body) = server.graphql(
        end,
        json!({"i": {"serverId": target, "eventId": "h-1", "bytesIn": -5, "bytesOut": 0}}),
        Some(&operator),
    );
    assert_eq!(error_code(&body), "VAL_001", "{body}");

    server
        .run_as(
            &operator,
            &[
                "agent",
                "--server-id",
                &target,
                "--once",
                "--sessions-from",
                "/nonexistent/x.ndjson",
            ],
        )
        .fails(2, "--sessions-from");
}

/// Without --once the agent follows a growing file while it heartbeats: lines appended
/// later (a partial line completed later too) are sent as they come.
#[test]
fn the_running_agent_follows_a_growing_file() {
    use std::io::{BufRead, BufReader};
    use std::sync::mpsc;
    use std::time::Duration;

    let server = TestServer::start(&[]);
    let (operator, _) = server.operator();
    let (_, _, uuid) = demo_user(&server);
    let (server_id, protocol) = operator_server(&server, &operator);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("live.ndjson");
    std::fs::write(&file, "").unwrap();
    let mut child = server
        .env
        .command()
        .env("VPNMINE_TOKEN", &operator)
        .args([
            "--endpoint",
            &server.url,
            "-o",
            "json",
            "agent",
            "--server-id",
            &server_id,
        ])
        .args([
            "--interval",
            "1s",
            "--sessions-from",
            file.to_str().unwrap(),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let (lines, received) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                return;
            }
        }
    });
    // Waits for the agent's row of an event line, counting heartbeats seen meanwhile.
    let mut heartbeats = 0;
    let mut row_of = |line: u64| -> Value {
        loop {
            let text = received
                .recv_timeout(Duration::from_secs(20))
                .expect("the agent went quiet");
            let value: Value = serde_json::from_str(&text).unwrap();
            if value["performanceScore"].is_number() {
                heartbeats += 1;
            } else if value["line"] == line {
                return value;
            }
        }
    };
    let append = |text: &str| {
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(&file)
            .unwrap();
        f.write_all(text.as_bytes()).unwrap();
    };
    let start = json!({"event": "start", "id": "live-1", "userUuid": uuid, "protocol": protocol});
    append(&format!("{start}\n"));
    let started = row_of(1);
    assert_eq!(started["status"], "recorded", "{started}");
    // An end written in two parts is read once it is whole.
    let end = json!({"event": "end", "id": "live-1", "bytesIn": 10, "bytesOut": 20}).to_string();
    let (head, tail) = end.split_at(10);
    append(head);
    std::thread::sleep(Duration::from_millis(1200));
    append(&format!("{tail}\n"));
    let ended = row_of(2);
    assert_eq!(ended["sessionId"], started["sessionId"], "{ended}");
    let _ = child.kill();
    let _ = child.wait();
    assert!(heartbeats >= 1, "no heartbeat while following");
}
