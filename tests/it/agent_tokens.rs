//! Agent tokens: issued by a server's owner (or an admin) with `vpnmine servers token`, used
//! by `vpnmine agent --token-file`, good for reporting for that one server and refused for
//! everything else, over HTTP and WebSocket alike.

use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;

use serde_json::{Value, json};

use crate::common::{TestServer, error_code};
use crate::permissions::agent_token;
use crate::realtime::{LIVE, Ws};

const REPORT: &str = "mutation($s: ID!) { reportMetrics(input: {serverId: $s, cpuUsage: 20, memoryUsage: 30, networkIn: 1, networkOut: 1, activeConnections: 3, latencyMs: 20}) { serverId status } }";
const CREATE: &str = "mutation($s: ID!, $n: String, $e: DateTime) { createAgentToken(serverId: $s, name: $n, expiresAt: $e) { token agentToken { id name expiresAt } } }";
const LIST: &str = "query($s: ID!) { agentTokens(serverId: $s) { id name lastUsedAt } }";
const REVOKE: &str = "mutation($id: ID!) { revokeAgentToken(id: $id) { id revokedAt } }";

/// Two servers of the operator's and one of someone else's.
fn servers(server: &TestServer, operator_id: &str) -> (String, String, String) {
    let own = server.owned(operator_id, &[]);
    let id = |i: usize| own[i]["id"].as_str().unwrap().to_string();
    (id(0), id(1), server.foreign(operator_id))
}

/// The error code of a refused WebSocket operation, in either protocol's frames.
fn ws_code(message: &Value) -> String {
    let errors = match message["type"].as_str() {
        Some("error") if message["payload"].is_array() => &message["payload"],
        Some("error") => &message["payload"]["errors"],
        _ => &message["payload"]["errors"],
    };
    errors[0]["extensions"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("not a refusal: {message}"))
        .to_string()
}

fn reports(server: &TestServer, token: &str, server_id: &str) -> Result<(), String> {
    let (_, body) = server.graphql(REPORT, json!({"s": server_id}), Some(token));
    match body["data"]["reportMetrics"]["serverId"].as_str() {
        Some(id) if id == server_id => Ok(()),
        _ => Err(error_code(&body).to_string()),
    }
}

#[test]
fn an_agent_token_reports_for_its_server_only_over_http_and_websocket() {
    let server = TestServer::start(&[]);
    let (operator, operator_id) = server.operator();
    let (a, b, foreign) = servers(&server, &operator_id);
    let (agent, _) = agent_token(&server, &operator, &a);
    assert!(
        agent.starts_with("vpm_ag_") && agent.len() == 7 + 64,
        "{agent}"
    );

    assert_eq!(reports(&server, &agent, &a), Ok(()));
    // Not another server of the same owner, not someone else's, not one that does not exist.
    for other in [&b, &foreign, "srv-nope"] {
        assert_eq!(
            reports(&server, &agent, other),
            Err("AUTH_001".into()),
            "{other}"
        );
    }
    // The owner's own login still reports for any of its servers.
    assert_eq!(reports(&server, &operator, &b), Ok(()));

    // The same over a WebSocket: reporting for A only; no queries, no subscriptions.
    for protocol in ["graphql-transport-ws", "graphql-ws"] {
        let mut ws = Ws::connect(&server, protocol, Some(&agent));
        ws.subscribe("a", REPORT, json!({"s": a}));
        let answer = ws.next();
        assert_eq!(
            answer["payload"]["data"]["reportMetrics"]["serverId"], a,
            "{answer}"
        );
        ws.next();
        ws.subscribe("b", REPORT, json!({"s": b}));
        assert_eq!(ws_code(&ws.next()), "AUTH_001", "{protocol}");
        ws.next();
        ws.subscribe(
            "me",
            "{ miningServers { pageInfo { totalItems } } }",
            json!({}),
        );
        assert_eq!(ws_code(&ws.next()), "AUTH_001", "{protocol}");
        ws.next();
        ws.subscribe("live", LIVE, json!({"id": a}));
        assert_eq!(ws_code(&ws.next()), "AUTH_001", "{protocol}");
    }
}

/// Runs SQL against the server's database file.
fn sql(db: &Path, statement: &str, bind: &str) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let url = format!("sqlite://{}", db.display());
        let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
        let done = sqlx::query(sqlx::AssertSqlSafe(statement.to_string()))
            .bind(bind)
            .execute(&pool)
            .await
            .unwrap();
        assert_eq!(done.rows_affected(), 1, "{statement}");
    });
}

#[test]
fn revoked_expired_and_orphaned_tokens_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("platform.db");
    let server = TestServer::start_with_db(db.to_str().unwrap(), &[]);
    let (operator, operator_id) = server.operator();
    let (a, _, _) = servers(&server, &operator_id);

    let (revoked, revoked_id) = agent_token(&server, &operator, &a);
    let mut ws = Ws::connect(&server, "graphql-transport-ws", Some(&revoked));
    let (_, body) = server.graphql(REVOKE, json!({"id": revoked_id}), Some(&operator));
    assert!(
        body["data"]["revokeAgentToken"]["revokedAt"].is_string(),
        "{body}"
    );
    assert_eq!(reports(&server, &revoked, &a), Err("AUTH_001".into()));
    // A socket that logged in with it is refused from its next operation on.
    ws.subscribe("after", REPORT, json!({"s": a}));
    assert_eq!(ws_code(&ws.next()), "AUTH_001");

    let (expired, expired_id) = agent_token(&server, &operator, &a);
    assert_eq!(reports(&server, &expired, &a), Ok(()));
    sql(
        &db,
        "UPDATE agent_tokens SET expires_at = 1 WHERE id = ?",
        &expired_id,
    );
    assert_eq!(reports(&server, &expired, &a), Err("AUTH_001".into()));
    let (_, body) = server.graphql(LIST, json!({"s": a}), Some(&operator));
    let listed: Vec<&str> = body["data"]["agentTokens"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert!(!listed.contains(&expired_id.as_str()) && !listed.contains(&revoked_id.as_str()));

    let (orphan, _) = agent_token(&server, &operator, &a);
    assert_eq!(reports(&server, &orphan, &a), Ok(()));
    sql(
        &db,
        "UPDATE users SET disabled_at = 1 WHERE id = ?",
        &operator_id,
    );
    assert_eq!(reports(&server, &orphan, &a), Err("AUTH_001".into()));
    sql(
        &db,
        "UPDATE users SET disabled_at = NULL, deleted_at = 1 WHERE id = ?",
        &operator_id,
    );
    assert_eq!(reports(&server, &orphan, &a), Err("AUTH_001".into()));
}

#[test]
fn bad_agent_token_input_is_refused_and_stores_nothing() {
    let server = TestServer::start(&[]);
    let (operator, operator_id) = server.operator();
    let (a, _, foreign) = servers(&server, &operator_id);
    let (user, _) = server.login("user", "user-demo-pass");
    let past = (chrono::Utc::now() - chrono::Duration::hours(1)).to_rfc3339();
    let far = (chrono::Utc::now() + chrono::Duration::days(6 * 366)).to_rfc3339();
    let (_, first) = server.graphql(CREATE, json!({"s": a, "n": "edge-1"}), Some(&operator));
    assert_eq!(
        first["data"]["createAgentToken"]["agentToken"]["name"],
        "edge-1"
    );
    let long = "n".repeat(65);
    for (variables, token, code) in [
        (json!({"s": "srv-nope"}), &operator, "RSC_001"),
        (json!({"s": foreign}), &operator, "AUTH_001"),
        (json!({"s": a}), &user, "AUTH_001"),
        (json!({"s": ""}), &operator, "VAL_001"),
        (json!({"s": "s".repeat(65)}), &operator, "VAL_001"),
        (json!({"s": true}), &operator, "VAL_001"),
        (json!({}), &operator, "VAL_001"),
        (json!({"s": a, "n": long}), &operator, "VAL_001"),
        (json!({"s": a, "n": "  "}), &operator, "VAL_001"),
        (json!({"s": a, "n": "bad\u{7}"}), &operator, "VAL_001"),
        (json!({"s": a, "n": "edge-1"}), &operator, "VAL_001"),
        (json!({"s": a, "e": past}), &operator, "VAL_001"),
        (json!({"s": a, "e": far}), &operator, "VAL_001"),
        (json!({"s": a, "e": "tomorrow"}), &operator, "VAL_001"),
    ] {
        let (_, body) = server.graphql(CREATE, variables.clone(), Some(token));
        assert_eq!(error_code(&body), code, "{variables}: {body}");
        assert!(body["data"].is_null() || body["data"]["createAgentToken"].is_null());
    }
    let live = |server: &TestServer| {
        let (_, body) = server.graphql(LIST, json!({"s": a}), Some(&operator));
        body["data"]["agentTokens"].as_array().unwrap().len()
    };
    assert_eq!(live(&server), 1, "only the first was stored");

    // At most 20 live tokens per server.
    for _ in 1..20 {
        agent_token(&server, &operator, &a);
    }
    let (_, body) = server.graphql(CREATE, json!({"s": a}), Some(&operator));
    assert_eq!(error_code(&body), "VAL_001", "{body}");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("20")
    );
    assert_eq!(live(&server), 20);

    let id = first["data"]["createAgentToken"]["agentToken"]["id"].clone();
    for (variables, token, code) in [
        (json!({"id": "agt-nope"}), &operator, "RSC_001"),
        (json!({"id": ""}), &operator, "VAL_001"),
        (json!({"id": 12.5}), &operator, "VAL_001"),
        (json!({"id": id}), &user, "AUTH_001"),
    ] {
        let (_, body) = server.graphql(REVOKE, variables.clone(), Some(token));
        assert_eq!(error_code(&body), code, "{variables}: {body}");
    }
    assert_eq!(live(&server), 20, "nothing was revoked");
    // A listing needs the server's owner too.
    let (_, body) = server.graphql(LIST, json!({"s": a}), Some(&user));
    assert_eq!(error_code(&body), "AUTH_001");
}

#[test]
fn agent_token_mutations_are_audited() {
    let server = TestServer::start(&[]);
    let (operator, operator_id) = server.operator();
    let (a, _, _) = servers(&server, &operator_id);
    let (_, id) = agent_token(&server, &operator, &a);
    server.graphql(REVOKE, json!({"id": id}), Some(&operator));
    // An agent's refused attempt at anything else is on the trail too, as refused.
    let (fresh, _) = agent_token(&server, &operator, &a);
    let (_, body) = server.graphql(
        "mutation($s: ID!) { enableMiningServer(serverId: $s) { id } }",
        json!({"s": a}),
        Some(&fresh),
    );
    assert_eq!(error_code(&body), "AUTH_001", "{body}");
    let admin = server.admin_token();
    let (_, body) = server.graphql(
        "{ auditLog { items { username operation targetIds result } } }",
        json!({}),
        Some(&admin),
    );
    let rows: Vec<(Value, Value, Value)> = body["data"]["auditLog"]["items"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .filter(|r| {
            let operation = r["operation"].as_str().unwrap();
            operation.contains("AgentToken") || operation == "enableMiningServer"
        })
        .map(|r| {
            (
                r["operation"].clone(),
                r["targetIds"].clone(),
                r["result"].clone(),
            )
        })
        .collect();
    assert!(
        rows.contains(&(json!("createAgentToken"), json!([a]), json!("OK"))),
        "{rows:?}"
    );
    assert!(
        rows.contains(&(json!("revokeAgentToken"), json!([id]), json!("OK"))),
        "{rows:?}"
    );
    assert!(
        rows.contains(&(json!("enableMiningServer"), json!([a]), json!("AUTH_001"))),
        "{rows:?}"
    );
    assert!(
        !body.to_string().contains("vpm_ag_"),
        "no secret on the trail"
    );
}

fn write_token(dir: &Path, name: &str, text: &str, mode: u32) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn servers_token_create_then_agent_once_with_the_token_file() {
    let server = TestServer::start(&[]);
    let (operator, operator_id) = server.operator();
    let (a, b, _) = servers(&server, &operator_id);

    let created = server.run_as(
        &operator,
        &[
            "servers",
            "token",
            "create",
            &a,
            "--name",
            "edge-1",
            "--expires",
            "30d",
        ],
    );
    let secret = created.ok().trim().to_string();
    assert!(
        secret.starts_with("vpm_ag_"),
        "only the secret on stdout: {secret}"
    );
    let dir = tempfile::tempdir().unwrap();
    let file = write_token(dir.path(), "agent.token", &format!("{secret}\n"), 0o600);

    // The agent runs with no login of its own: only the token file.
    let run = server.run(&[
        "agent",
        "--server-id",
        &a,
        "--once",
        "--token-file",
        &file,
        "-o",
        "json",
    ]);
    assert_eq!(run.json()["serverId"], a.as_str(), "{}", run.stderr);
    server
        .run(&["agent", "--server-id", &b, "--once", "--token-file", &file])
        .fails(4, "AUTH_001");

    let listed = server
        .run_as(&operator, &["servers", "token", "list", &a, "-o", "json"])
        .json();
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["name"], "edge-1");
    assert!(listed[0]["lastUsedAt"].is_string(), "{listed:?}");
    let expires =
        chrono::DateTime::parse_from_rfc3339(listed[0]["expiresAt"].as_str().unwrap()).unwrap();
    let days = (expires.with_timezone(&chrono::Utc) - chrono::Utc::now()).num_days();
    assert!((29..=30).contains(&days), "{days}");
    let table = server.run_as(&operator, &["servers", "token", "list", &a]);
    assert!(table.ok().contains("edge-1") && !table.stdout.contains("vpm_ag_"));

    // The token is no login: the CLI's other commands refuse it.
    server
        .run_as(&secret, &["servers", "token", "list", &a])
        .fails(4, "AUTH_001");

    let token_id = listed[0]["id"].as_str().unwrap();
    let revoked = server.run_as(&operator, &["servers", "token", "revoke", token_id]);
    assert!(revoked.ok().contains(token_id));
    server
        .run(&["agent", "--server-id", &a, "--once", "--token-file", &file])
        .fails(4, "AUTH_001");
    server
        .run_as(&operator, &["servers", "token", "revoke", "agt-nope"])
        .fails(3, "RSC_001");
    server
        .run_as(
            &operator,
            &["servers", "token", "create", &a, "--expires", "yesterday"],
        )
        .fails(2, "--expires");
    let never = server.run_as(
        &operator,
        &[
            "servers",
            "token",
            "create",
            &a,
            "--expires",
            "never",
            "-o",
            "json",
        ],
    );
    assert!(never.json()["agentToken"]["expiresAt"].is_null());
}

#[test]
fn agent_token_files_must_be_private_present_and_not_empty() {
    let server = TestServer::start(&[]);
    let (operator, operator_id) = server.operator();
    let (a, _, _) = servers(&server, &operator_id);
    let (secret, _) = agent_token(&server, &operator, &a);
    let dir = tempfile::tempdir().unwrap();
    let agent =
        |file: &str| server.run(&["agent", "--server-id", &a, "--once", "--token-file", file]);
    agent(dir.path().join("missing").to_str().unwrap()).fails(2, "--token-file");
    agent(&write_token(dir.path(), "empty", " \n", 0o600)).fails(2, "empty");
    agent(&write_token(dir.path(), "two", "a b\n", 0o600)).fails(2, "one token");
    agent(&write_token(dir.path(), "open", &secret, 0o644)).fails(2, "chmod 600");
    let group = agent(&write_token(dir.path(), "group", &secret, 0o640));
    group.ok();
    assert!(group.stderr.contains("warning"), "{}", group.stderr);
    server
        .env
        .run(&[
            "--endpoint",
            "local",
            "agent",
            "--server-id",
            &a,
            "--once",
            "--token-file",
            &write_token(dir.path(), "local", &secret, 0o600),
        ])
        .fails(2, "local");
}
