//! Where accounts, sessions, agent tokens, servers and connections meet: a logout, a disabled
//! owner, a retired server and a demotion each end the access that depended on them.

use serde_json::{Value, json};

use crate::common::TestServer;
use crate::connections::connection_target;
use crate::permissions::agent_token;

fn code(body: &Value) -> Option<&str> {
    body["errors"][0]["extensions"]["code"].as_str()
}

fn operator_id(server: &TestServer, operator: &str) -> String {
    let (_, me) = server.graphql("{ me { id } }", json!({}), Some(operator));
    me["data"]["me"]["id"].as_str().unwrap().to_string()
}

const HEARTBEAT: &str = "mutation($s: ID!) { reportMetrics(input: {serverId: $s, cpuUsage: 20, memoryUsage: 30, networkIn: 1, networkOut: 1, activeConnections: 3, latencyMs: 20}) { status } }";

#[test]
fn a_logout_ends_its_session() {
    let server = TestServer::start(&[]);
    let (kept, _) = server.login("user", "user-demo-pass");
    let (gone, _) = server.login("user", "user-demo-pass");
    let (_, body) = server.graphql(
        "mutation { revokeToken { success } }",
        json!({}),
        Some(&gone),
    );
    assert!(body["errors"].is_null(), "{body}");
    let (_, sessions) = server.graphql("{ mySessions { id current } }", json!({}), Some(&kept));
    let sessions = sessions["data"]["mySessions"].as_array().unwrap().clone();
    // Only the login that is still in use counts towards --max-sessions.
    assert_eq!(sessions.len(), 1, "{sessions:?}");
    assert_eq!(sessions[0]["current"], true);
}

#[test]
fn disabling_an_owner_revokes_its_agents_for_good() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let owner = operator_id(&server, &operator);
    let (own, _, _) = connection_target(&server, &operator);
    let (agent, _) = agent_token(&server, &operator, &own);
    let (_, body) = server.graphql(HEARTBEAT, json!({"s": own}), Some(&agent));
    assert!(body["errors"].is_null(), "{body}");

    for change in [
        "mutation($u: ID!) { disableUser(userId: $u) { user { status } } }",
        "mutation($u: ID!) { enableUser(userId: $u) { status } }",
    ] {
        let (_, body) = server.graphql(change, json!({"u": owner}), Some(&admin));
        assert!(body["errors"].is_null(), "{change}: {body}");
    }
    // Enabled again, the owner logs in anew; the agent token that may have leaked stays dead.
    let (_, body) = server.graphql(HEARTBEAT, json!({"s": own}), Some(&agent));
    assert_eq!(code(&body), Some("AUTH_001"), "{body}");
}

#[test]
fn a_retired_server_loses_its_agents_and_gets_no_new_one() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let (own, _, _) = connection_target(&server, &operator);
    let (agent, _) = agent_token(&server, &operator, &own);
    let (_, body) = server.graphql(
        "mutation($s: ID!) { decommissionServer(serverId: $s) { status } }",
        json!({"s": own}),
        Some(&operator),
    );
    assert_eq!(
        body["data"]["decommissionServer"]["status"], "DECOMMISSIONED",
        "{body}"
    );
    let (_, body) = server.graphql(HEARTBEAT, json!({"s": own}), Some(&agent));
    assert_eq!(code(&body), Some("AUTH_001"), "{body}");
    let (_, body) = server.graphql(
        "mutation($s: ID!) { createAgentToken(serverId: $s) { token } }",
        json!({"s": own}),
        Some(&operator),
    );
    assert_eq!(code(&body), Some("VAL_001"), "{body}");
    let (_, body) = server.graphql(
        "query($s: ID!) { agentTokens(serverId: $s) { id } }",
        json!({"s": own}),
        Some(&operator),
    );
    assert_eq!(body["data"]["agentTokens"], json!([]), "{body}");
}

#[test]
fn operators_do_not_rate_their_own_service() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let (own, protocol, _) = connection_target(&server, &operator);
    let (_, found) = server.graphql(
        "{ users(filter: {search: \"operator\"}) { items { username vpnUuid } } }",
        json!({}),
        Some(&admin),
    );
    let uuid = found["data"]["users"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["username"] == "operator")
        .expect("the operator's account")["vpnUuid"]
        .clone();
    let (_, started) = server.graphql(
        "mutation($s: ID!, $u: String!, $p: ProtocolType!) { startConnection(input: {serverId: $s, userUuid: $u, protocol: $p, eventId: \"self\"}) { id } }",
        json!({"s": own, "u": uuid, "p": protocol}),
        Some(&operator),
    );
    let session = started["data"]["startConnection"]["id"].clone();
    assert!(session.is_string(), "{started}");
    let (_, ended) = server.graphql(
        "mutation($s: ID!) { endConnection(input: {serverId: $s, eventId: \"self\", bytesIn: 1, bytesOut: 2}) { id } }",
        json!({"s": own}),
        Some(&operator),
    );
    assert!(ended["errors"].is_null(), "{ended}");
    let rate = "mutation($r: ID!) { rateConnection(input: {sessionId: $r, stars: 5}) { rating } }";
    let (_, body) = server.graphql(rate, json!({"r": session}), Some(&operator));
    assert_eq!(code(&body), Some("VAL_001"), "{body}");
    let (_, sessions) = server.graphql(
        "query($to: DateTime) { myConnectionStats(to: $to, pagination: {page: 1, size: 500}) { items { id rating } } }",
        json!({"to": (chrono::Utc::now() + chrono::Duration::minutes(1)).to_rfc3339()}),
        Some(&operator),
    );
    let mine = sessions["data"]["myConnectionStats"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == session)
        .cloned()
        .unwrap_or_else(|| panic!("{session} in {sessions}"));
    assert_eq!(mine["rating"], Value::Null, "the refusal changed nothing");
}

#[test]
fn an_operator_running_servers_is_not_demoted_to_user() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let owner = operator_id(&server, &operator);
    let demote = "mutation($u: ID!) { updateUser(input: {userId: $u, role: USER}) { role } }";
    let (_, body) = server.graphql(demote, json!({"u": owner}), Some(&admin));
    assert_eq!(code(&body), Some("VAL_001"), "{body}");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("decommission"),
        "{body}"
    );
    let (_, me) = server.graphql("{ me { role } }", json!({}), Some(&operator));
    assert_eq!(me["data"]["me"]["role"], "OPERATOR");
}

#[test]
fn an_agents_mutations_are_audited_as_the_agent() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let owner = operator_id(&server, &operator);
    let (own, protocol, client) = connection_target(&server, &operator);
    let (agent, token_id) = agent_token(&server, &operator, &own);
    let (_, body) = server.graphql(
        "mutation($s: ID!, $u: String!, $p: ProtocolType!) { startConnection(input: {serverId: $s, userUuid: $u, protocol: $p, eventId: \"audited\"}) { id } }",
        json!({"s": own, "u": client, "p": protocol}),
        Some(&agent),
    );
    assert!(body["errors"].is_null(), "{body}");
    let (_, audit) = server.graphql(
        "{ auditLog(filter: {operation: \"startConnection\"}) { items { userId username result } } }",
        json!({}),
        Some(&admin),
    );
    let row = &audit["data"]["auditLog"]["items"][0];
    assert_eq!(row["username"], format!("agent:{token_id}"), "{audit}");
    assert_eq!(row["userId"], owner.as_str(), "{audit}");
    assert_eq!(row["result"], "OK", "{audit}");
}
