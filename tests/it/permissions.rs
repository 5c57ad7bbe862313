//! The permission matrix: every root field (subscriptions aside, see realtime.rs) called by
//! each role, with the outcome the rules give.

use serde_json::json;

use crate::common::TestServer;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Expect {
    Ok,
    Refused,
    /// Allowed, and refused by the rules (VAL_001): e.g. a withdrawal with nothing available.
    Invalid,
    /// Allowed, and not found to this caller (RSC_001): e.g. someone else's withdrawal.
    Missing,
}
use Expect::{Invalid as VAL, Missing as RSC, Ok as OK, Refused as NO};

/// Anonymous, user, operator (on its own server), admin, agent (a token of the operator's
/// server: refused everything but reporting for it). In a query, `ROLE` is replaced by the
/// column's role name, so that rows which change state for good (a host name, a
/// decommissioning) act on something of their own in each column.
type Row = (&'static str, &'static str, [Expect; 5]);

const MATRIX: &[Row] = &[
    // Alerts (issue #14): operators and admins; an alert or silence an operator may not see
    // is RSC_001, as one that does not exist; built-in rules are silenced by admins only.
    (
        "alerts",
        "{ alerts(filter: {active: true}) { pageInfo { totalItems } } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "alertSilences",
        "{ alertSilences { id } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "acknowledgeAlert",
        "mutation { acknowledgeAlert(id: \"alr-matrix-none\") { id } }",
        [NO, NO, RSC, RSC, NO],
    ),
    (
        "silenceAlerts",
        "mutation { silenceAlerts(input: {ruleId: \"rule-latency\", durationSeconds: 1, comment: \"matrix ROLE\"}) { id } }",
        [NO, NO, NO, OK, NO],
    ),
    (
        "expireAlertSilence",
        "mutation { expireAlertSilence(id: \"sil-matrix-none\") { id } }",
        [NO, NO, RSC, RSC, NO],
    ),
    (
        "miningServers",
        "{ miningServers { pageInfo { totalItems } } }",
        [OK, OK, OK, OK, NO],
    ),
    (
        "miningServersByProtocol",
        "{ miningServersByProtocol(protocol: VLESS) { id } }",
        [OK, OK, OK, OK, NO],
    ),
    (
        "serversByProtocol",
        "{ serversByProtocol(protocol: VLESS, sortBy: PERFORMANCE) { id } }",
        [OK, OK, OK, OK, NO],
    ),
    ("me", "{ me { id } }", [NO, OK, OK, OK, NO]),
    (
        "serverMetrics",
        "query($s: ID!, $f: DateTime!, $t: DateTime!) { serverMetrics(serverId: $s, timeRange: {from: $f, to: $t}) { timestamp } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "networkAnalytics",
        "{ networkAnalytics { totalServers } }",
        [NO, OK, OK, OK, NO],
    ),
    (
        "myConnectionStats",
        "{ myConnectionStats { pageInfo { totalItems } } }",
        [NO, OK, OK, OK, NO],
    ),
    (
        "myConnectionDashboard",
        "{ myConnectionDashboard { totalDataTransferred } }",
        [NO, OK, OK, OK, NO],
    ),
    (
        "userDashboard",
        "query($u: ID!) { userDashboard(userId: $u) { user { id } } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "adminDashboard",
        "{ adminDashboard { networkOverview { totalServers } } }",
        [NO, NO, NO, OK, NO],
    ),
    // Platform-wide figures: admins only.
    (
        "tokenEconomy",
        "{ tokenEconomy { supply } }",
        [NO, NO, NO, OK, NO],
    ),
    // One's own statement; another account's is the admins' (see economy.rs).
    (
        "earnings",
        "{ earnings(by: DAY) { total { net } } }",
        [NO, OK, OK, OK, NO],
    ),
    (
        "systemHealth",
        "{ systemHealth { status } }",
        [NO, NO, NO, OK, NO],
    ),
    // The database's tables and retention (issue #15): admins only.
    (
        "maintenanceStatus",
        "{ maintenanceStatus { fileBytes nextPass { rowsRemoved } } }",
        [NO, NO, NO, OK, NO],
    ),
    (
        "runMaintenance",
        "mutation { runMaintenance { pass { rowsRemoved } } }",
        [NO, NO, NO, OK, NO],
    ),
    // The matrix's server has its database in memory: an admin's createBackup is refused
    // by the rules (VAL_001), not by the role; backups.rs takes real ones.
    (
        "createBackup",
        "mutation { createBackup { id } }",
        [NO, NO, NO, VAL, NO],
    ),
    ("backups", "{ backups { id } }", [NO, NO, NO, OK, NO]),
    (
        "securityMetrics",
        "{ securityMetrics { failedAttempts } }",
        [NO, NO, NO, OK, NO],
    ),
    (
        "auditLog",
        "{ auditLog { pageInfo { totalItems } } }",
        [NO, NO, NO, OK, NO],
    ),
    (
        "exportDetailedStats",
        "query($f: DateTime!, $t: DateTime!) { exportDetailedStats(from: $f, to: $t, format: CSV, kinds: [SERVER_STATISTICS]) { rowCount } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "streamDetailedStats",
        "query($f: DateTime!, $t: DateTime!) { streamDetailedStats(from: $f, to: $t, format: CSV, kinds: [SERVER_STATISTICS]) { url } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "validateUserUuids",
        "mutation { validateUserUuids { success } }",
        [NO, NO, NO, OK, NO],
    ),
    (
        "migrateUserUuids",
        "mutation($u: ID!) { migrateUserUuids(input: {userIds: [$u], dryRun: true}) { success } }",
        [NO, NO, NO, OK, NO],
    ),
    (
        "restoreUserUuids",
        "mutation($u: ID!) { restoreUserUuids(input: {users: [{userId: $u, currentUuid: \"00000000-0000-4000-8000-000000000001\", restoreUuid: \"00000000-0000-4000-8000-000000000002\"}], dryRun: true}) { success } }",
        [NO, NO, NO, OK, NO],
    ),
    (
        "enableMiningServer",
        "mutation($s: ID!) { enableMiningServer(serverId: $s) { id } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "startMining",
        "mutation($s: ID!) { startMining(serverId: $s) { id } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "configureMiningSettings",
        "mutation($s: ID!) { configureMiningSettings(input: {serverId: $s}) { success } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "claimMiningRewards",
        "mutation($s: ID!) { claimMiningRewards(serverId: $s) { success refusedBy } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "updateServerConfiguration",
        "mutation($s: ID!) { updateServerConfiguration(input: {serverId: $s, settings: {matrix: true}}) { success } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "updateMiningServerProtocol",
        "mutation($s: ID!) { updateMiningServerProtocol(input: {serverId: $s, type: VLESS, port: 443, enabled: true}) { id } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "stopMining",
        "mutation($s: ID!) { stopMining(serverId: $s) { id isActive } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "registerServer",
        "mutation { registerServer(input: {hostName: \"matrix-ROLE.example.net\", publicIp: \"192.0.2.10\", location: \"eu-west\", capacity: 100}) { id } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "updateServer",
        "mutation($s: ID!) { updateServer(input: {serverId: $s, capacity: 900}) { capacity } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "serverProtocols",
        "query($s: ID!) { serverProtocols(serverId: $s, reveal: true) { configString } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "clientConfig",
        "query($s: ID!, $u: ID!) { clientConfig(serverId: $s, type: VLESS, userId: $u) { content } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "removeMiningServerProtocol",
        "mutation($x_ROLE: ID!) { removeMiningServerProtocol(serverId: $x_ROLE, type: VLESS) { id } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "decommissionServer",
        "mutation($x_ROLE: ID!) { decommissionServer(serverId: $x_ROLE) { status } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "reportMetrics",
        "mutation($s: ID!) { reportMetrics(input: {serverId: $s, cpuUsage: 20, memoryUsage: 30, networkIn: 1, networkOut: 1, activeConnections: 3, latencyMs: 20}) { status } }",
        [NO, NO, OK, OK, OK],
    ),
    (
        "mySessions",
        "{ mySessions { id current } }",
        [NO, OK, OK, OK, NO],
    ),
    (
        "userSessions",
        "query($u: ID!) { userSessions(userId: $u) { id } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "revokeSession",
        "mutation($sess: ID!) { revokeSession(id: $sess) { id revokedAt } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "revokeOtherSessions",
        "mutation { revokeOtherSessions { revoked } }",
        [NO, OK, OK, OK, NO],
    ),
    (
        "agentTokens",
        "query($s: ID!) { agentTokens(serverId: $s) { id } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "createAgentToken",
        "mutation($s: ID!) { createAgentToken(serverId: $s) { agentToken { id } } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "revokeAgentToken",
        "mutation($ag: ID!) { revokeAgentToken(id: $ag) { id revokedAt } }",
        [NO, NO, OK, OK, NO],
    ),
    // The operator records a connection on its server, the admin sends the same events again
    // (re-sends are accepted); only the session's own user rates it.
    (
        "startConnection",
        "mutation($cs: ID!, $cu: String!, $cp: ProtocolType!) { startConnection(input: {serverId: $cs, userUuid: $cu, protocol: $cp, eventId: \"matrix\"}) { id } }",
        [NO, NO, OK, OK, OK],
    ),
    (
        "endConnection",
        "mutation($cs: ID!) { endConnection(input: {serverId: $cs, eventId: \"matrix\", bytesIn: 10, bytesOut: 20}) { id } }",
        [NO, NO, OK, OK, OK],
    ),
    (
        "rateConnection",
        "mutation($r: ID!) { rateConnection(input: {sessionId: $r, stars: 4}) { rating } }",
        [NO, OK, NO, NO, NO],
    ),
    // Accounts: `$v` is a demo account none of the callers is logged in as.
    (
        "users",
        "{ users(filter: {role: USER}) { pageInfo { totalItems } } }",
        [NO, NO, NO, OK, NO],
    ),
    (
        "user",
        "query($v: ID!) { user(id: $v) { id } }",
        [NO, NO, NO, OK, NO],
    ),
    (
        "createUser",
        "mutation { createUser(input: {username: \"matrix-new\", password: \"a matrix passphrase\"}) { id } }",
        [NO, NO, NO, OK, NO],
    ),
    (
        "updateUser",
        "mutation($v: ID!) { updateUser(input: {userId: $v, userType: PREMIUM}) { id } }",
        [NO, NO, NO, OK, NO],
    ),
    (
        "disableUser",
        "mutation($v: ID!) { disableUser(userId: $v) { revokedTokens } }",
        [NO, NO, NO, OK, NO],
    ),
    (
        "enableUser",
        "mutation($v: ID!) { enableUser(userId: $v) { status } }",
        [NO, NO, NO, OK, NO],
    ),
    (
        "resetUserPassword",
        "mutation($v: ID!) { resetUserPassword(userId: $v, newPassword: \"a matrix passphrase\") { revokedTokens } }",
        [NO, NO, NO, OK, NO],
    ),
    (
        "importUsers",
        "mutation { importUsers(rows: [{row: 2, username: \"matrix-import\", role: \"user\"}], dryRun: true) { failed } }",
        [NO, NO, NO, OK, NO],
    ),
    // `$pw` is each caller's own current password; the session making the change stays.
    (
        "changePassword",
        "mutation($pw: String!) { changePassword(currentPassword: $pw, newPassword: \"a matrix passphrase 2\") { success } }",
        [NO, OK, OK, OK, NO],
    ),
    (
        "deleteUser",
        "mutation($v: ID!) { deleteUser(userId: $v) { revokedTokens } }",
        [NO, NO, NO, OK, NO],
    ),
    // The wallet. Users spend and earn nothing, so they have nothing to withdraw (VAL_001);
    // the demo operator and admin have claims. `$wc`, `$wa` and `$wr` are pending withdrawals
    // of the operator's; approve runs before pay.
    ("wallet", "{ wallet { available } }", [NO, OK, OK, OK, NO]),
    (
        "walletHistory",
        "{ walletHistory { pageInfo { totalItems } } }",
        [NO, OK, OK, OK, NO],
    ),
    (
        "withdrawalQuote",
        "{ withdrawalQuote(amount: \"20\") { net } }",
        [NO, OK, OK, OK, NO],
    ),
    (
        "myWithdrawals",
        "{ myWithdrawals { pageInfo { totalItems } } }",
        [NO, OK, OK, OK, NO],
    ),
    (
        "withdrawals",
        "{ withdrawals { pageInfo { totalItems } } }",
        [NO, NO, NO, OK, NO],
    ),
    (
        "requestWithdrawal",
        "mutation { requestWithdrawal(amount: \"10\", destination: \"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed\", idempotencyKey: \"matrix-ROLE\") { id } }",
        [NO, VAL, OK, OK, NO],
    ),
    (
        "cancelWithdrawal",
        "mutation($wc: ID!) { cancelWithdrawal(id: $wc) { status } }",
        [NO, RSC, OK, RSC, NO],
    ),
    (
        "approveWithdrawal",
        "mutation($wa: ID!) { approveWithdrawal(id: $wa) { status } }",
        [NO, NO, NO, OK, NO],
    ),
    (
        "payWithdrawal",
        "mutation($wa: ID!) { payWithdrawal(id: $wa, payoutReference: \"matrix\") { status } }",
        [NO, NO, NO, OK, NO],
    ),
    (
        "rejectWithdrawal",
        "mutation($wr: ID!) { rejectWithdrawal(id: $wr, reason: \"matrix\") { status } }",
        [NO, NO, NO, OK, NO],
    ),
    // Alert rules: operators manage their own (`$ar` is one of the operator's, on its own
    // server), admins all; deleteAlertRule takes each column's own rule (`$dr_ROLE`).
    ("alertRules", "{ alertRules { id } }", [NO, NO, OK, OK, NO]),
    (
        "createAlertRule",
        "mutation($s: ID!) { createAlertRule(input: {name: \"matrix-ROLE\", metric: CPU, operator: GT, threshold: 90, durationSeconds: 60, severity: INFO, scope: SERVER, scopeId: $s}) { id } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "updateAlertRule",
        "mutation($ar: ID!) { updateAlertRule(id: $ar, input: {threshold: 95}) { id } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "testAlertRule",
        "mutation { testAlertRule(id: \"rule-cpu\") { evaluated } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "deleteAlertRule",
        "mutation($dr_ROLE: ID!) { deleteAlertRule(id: $dr_ROLE) { id } }",
        [NO, NO, OK, OK, NO],
    ),
    // Alert channels and deliveries: operators and admins. `$ch_ROLE` is a channel of the
    // operator's for each column (the admin deletes another one of the operator's); `$cht`
    // one to a closed loopback port, so the test attempt fails without leaving the machine.
    (
        "alertChannels",
        "{ alertChannels { id } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "createAlertChannel",
        "mutation { createAlertChannel(input: {name: \"matrix-ROLE\", url: \"https://hooks.example.com/ROLE\"}) { secret channel { id } } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "deleteAlertChannel",
        "mutation($ch_ROLE: ID!) { deleteAlertChannel(id: $ch_ROLE) { id } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "testAlertChannel",
        "mutation($cht: ID!) { testAlertChannel(id: $cht) { attempt error } }",
        [NO, NO, OK, OK, NO],
    ),
    (
        "alertDeliveries",
        "{ alertDeliveries { items { id } pageInfo { totalItems } } }",
        [NO, NO, OK, OK, NO],
    ),
];

/// An agent token of `server_id`, created by `token`'s account: (secret, id).
pub fn agent_token(server: &TestServer, token: &str, server_id: &str) -> (String, String) {
    let (_, body) = server.graphql(
        "mutation($s: ID!) { createAgentToken(serverId: $s) { token agentToken { id } } }",
        json!({"s": server_id}),
        Some(token),
    );
    let created = &body["data"]["createAgentToken"];
    (
        created["token"].as_str().expect("a token").to_string(),
        created["agentToken"]["id"]
            .as_str()
            .expect("an id")
            .to_string(),
    )
}

/// A server of the operator's that is ONLINE and has an enabled VLESS or REALITY endpoint with
/// a client: (server id, protocol, the client's UUID).
fn online_connection_target(
    server: &TestServer,
    token: &str,
    operator_id: &str,
) -> (String, String, String) {
    let (_, page) = server.graphql(
        "query($o: ID) { miningServers(filters: {ownerId: $o, status: ONLINE}, pagination: {page: 1, size: 500}) \
         { items { id protocols { type enabled configString } } } }",
        json!({"o": operator_id}),
        Some(token),
    );
    let items = page["data"]["miningServers"]["items"].as_array();
    for item in items.unwrap_or_else(|| panic!("{page}")) {
        for p in item["protocols"].as_array().unwrap() {
            let config: serde_json::Value =
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
    panic!("the operator has no online server with a VLESS or REALITY client: {page}");
}

#[test]
fn every_role_gets_what_the_rules_allow() {
    let server = TestServer::start(&[]);
    let (user, _) = server.login("user", "user-demo-pass");
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let admin = server.admin_token();
    let (_, me) = server.graphql("{ me { id } }", json!({}), Some(&operator));
    let operator_id = me["data"]["me"]["id"].as_str().unwrap().to_string();
    // The operator's own server is one in service with a VLESS or REALITY client, so that its
    // agent token can both report heartbeats and record connections on it.
    let (own, protocol, client) = online_connection_target(&server, &operator, &operator_id);
    let rateable = crate::connections::rateable_session(&server, &user);
    let (agent, _) = agent_token(&server, &operator, &own);
    let (_, spare_agent) = agent_token(&server, &operator, &own);
    // Another login of the operator's, for revokeSession to revoke.
    let (spare_login, _) = server.login("operator", "operator-demo-pass");
    let (_, sessions) = server.graphql(
        "{ mySessions { id current } }",
        json!({}),
        Some(&spare_login),
    );
    let spare_session = sessions["data"]["mySessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["current"] == true)
        .expect("the current session")["id"]
        .clone();
    // Two more servers of the operator, each with a VLESS endpoint, for the rows that remove
    // or retire for good: one for the operator's column (and the refused ones), one for the
    // admin's.
    let mut spare = Vec::new();
    for name in ["spare-a", "spare-b"] {
        let (_, body) = server.graphql(
            "mutation($h: String!) { registerServer(input: {hostName: $h, publicIp: \"192.0.2.20\", location: \"eu-west\", capacity: 10}) { id } }",
            json!({"h": format!("{name}.matrix.example.net")}),
            Some(&operator),
        );
        let id = body["data"]["registerServer"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("register {name}: {body}"))
            .to_string();
        let (_, body) = server.graphql(
            "mutation($s: ID!) { updateMiningServerProtocol(input: {serverId: $s, type: VLESS, port: 443, enabled: true, config: {clients: [], encryption: \"none\"}}) { id } }",
            json!({"s": id}),
            Some(&operator),
        );
        assert!(body["errors"].is_null(), "{body}");
        spare.push(id);
    }
    let (_, demo) = server.graphql(
        "{ users(filter: {search: \"user00001\"}) { items { id } } }",
        json!({}),
        Some(&admin),
    );
    let demo_user = demo["data"]["users"]["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let mut pending = Vec::new();
    for key in ["matrix-cancel", "matrix-approve", "matrix-reject"] {
        let (_, body) = server.graphql(
            "mutation($k: String!) { requestWithdrawal(amount: \"10\", destination: \"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed\", idempotencyKey: $k) { id } }",
            json!({"k": key}),
            Some(&operator),
        );
        pending.push(body["data"]["requestWithdrawal"]["id"].clone());
        assert!(body["errors"].is_null(), "{body}");
    }
    let mut alert_rules = Vec::new();
    for token in [&operator, &admin] {
        let (_, body) = server.graphql(
            "mutation($s: ID!) { createAlertRule(input: {name: \"matrix-rule\", metric: MEMORY, operator: GT, threshold: 90, durationSeconds: 0, severity: INFO, scope: SERVER, scopeId: $s}) { id } }",
            json!({"s": own}),
            Some(token),
        );
        assert!(body["errors"].is_null(), "{body}");
        alert_rules.push(body["data"]["createAlertRule"]["id"].clone());
    }
    let mut channels = Vec::new();
    for (name, url) in [
        ("matrix-delete-a", "https://hooks.example.com/a"),
        ("matrix-delete-b", "https://hooks.example.com/b"),
        ("matrix-test", "http://127.0.0.1:9/closed"),
    ] {
        let (_, body) = server.graphql(
            "mutation($n: String!, $u: String!) { createAlertChannel(input: {name: $n, url: $u}) { channel { id } } }",
            json!({"n": name, "u": url}),
            Some(&operator),
        );
        assert!(body["errors"].is_null(), "{body}");
        channels.push(body["data"]["createAlertChannel"]["channel"]["id"].clone());
    }
    let now = chrono::Utc::now();
    let variables = json!({
        "ar": alert_rules[0], "dr_anonymous": alert_rules[0], "dr_user": alert_rules[0],
        "dr_operator": alert_rules[0], "dr_admin": alert_rules[1], "dr_agent": alert_rules[0],
        "wc": pending[0], "wa": pending[1], "wr": pending[2],
        "v": demo_user, "s": own, "u": operator_id, "sess": spare_session, "ag": spare_agent,
        "cs": own, "cp": protocol, "cu": client, "r": rateable,
        "f": (now - chrono::Duration::days(1)).to_rfc3339(), "t": now.to_rfc3339(),
        "x_anonymous": spare[0], "x_user": spare[0], "x_operator": spare[0], "x_admin": spare[1],
        "x_agent": spare[0],
        "ch_anonymous": channels[0], "ch_user": channels[0], "ch_operator": channels[0],
        "ch_admin": channels[1], "ch_agent": channels[0], "cht": channels[2],
    });

    let roles = [
        None,
        Some(user.as_str()),
        Some(operator.as_str()),
        Some(admin.as_str()),
        Some(agent.as_str()),
    ];
    let names = ["anonymous", "user", "operator", "admin", "agent"];
    let passwords = [
        "no-password",
        "user-demo-pass",
        "operator-demo-pass",
        "admin-demo-pass",
        "no-password",
    ];
    let mut wrong = Vec::new();
    for (field, query, expected) in MATRIX {
        for (i, token) in roles.iter().enumerate() {
            let query = query.replace("ROLE", names[i]);
            let mut variables = variables.clone();
            variables["pw"] = json!(passwords[i]);
            let (_, body) = server.graphql(&query, variables, *token);
            let code = body["errors"][0]["extensions"]["code"].as_str();
            let got = match code {
                None => OK,
                Some("AUTH_001") => NO,
                Some("VAL_001") => VAL,
                Some("RSC_001") => RSC,
                Some(other) => {
                    wrong.push(format!(
                        "{field} as {}: unexpected {other}: {body}",
                        names[i]
                    ));
                    continue;
                }
            };
            if got != expected[i] {
                wrong.push(format!(
                    "{field} as {}: expected {:?}, got {body}",
                    names[i], expected[i]
                ));
            }
            if got == OK {
                assert!(body["data"].is_object(), "{field}: {body}");
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));

    // The matrix covers every query and mutation of the schema.
    let covered: Vec<&str> = MATRIX.iter().map(|r| r.0).collect();
    for op in vpnmine::operation_table::OPERATIONS {
        if op.kind != vpnmine::operation_table::Kind::Subscription
            && !["authenticate", "refreshToken", "revokeToken"].contains(&op.field)
        {
            assert!(
                covered.contains(&op.field),
                "{} is not in the matrix",
                op.field
            );
        }
    }
}
