//! The permission matrix: every root field (subscriptions aside, see realtime.rs) called by
//! each role, with the outcome the rules give.

use serde_json::json;

use crate::common::TestServer;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Expect {
    Ok,
    Refused,
}
use Expect::{Ok as OK, Refused as NO};

/// Anonymous, user, operator (on its own server), admin.
type Row = (&'static str, &'static str, [Expect; 4]);

const MATRIX: &[Row] = &[
    (
        "miningServers",
        "{ miningServers { pageInfo { totalItems } } }",
        [OK, OK, OK, OK],
    ),
    (
        "miningServersByProtocol",
        "{ miningServersByProtocol(protocol: VLESS) { id } }",
        [OK, OK, OK, OK],
    ),
    (
        "serversByProtocol",
        "{ serversByProtocol(protocol: VLESS, sortBy: PERFORMANCE) { id } }",
        [OK, OK, OK, OK],
    ),
    ("me", "{ me { id } }", [NO, OK, OK, OK]),
    (
        "serverMetrics",
        "query($s: ID!, $f: DateTime!, $t: DateTime!) { serverMetrics(serverId: $s, timeRange: {from: $f, to: $t}) { timestamp } }",
        [NO, NO, OK, OK],
    ),
    (
        "networkAnalytics",
        "{ networkAnalytics { totalServers } }",
        [NO, OK, OK, OK],
    ),
    (
        "myConnectionStats",
        "{ myConnectionStats { pageInfo { totalItems } } }",
        [NO, OK, OK, OK],
    ),
    (
        "myConnectionDashboard",
        "{ myConnectionDashboard { totalDataTransferred } }",
        [NO, OK, OK, OK],
    ),
    (
        "userDashboard",
        "query($u: ID!) { userDashboard(userId: $u) { user { id } } }",
        [NO, NO, OK, OK],
    ),
    (
        "adminDashboard",
        "{ adminDashboard { networkOverview { totalServers } } }",
        [NO, NO, NO, OK],
    ),
    (
        "systemHealth",
        "{ systemHealth { status } }",
        [NO, NO, NO, OK],
    ),
    (
        "securityMetrics",
        "{ securityMetrics { failedAttempts } }",
        [NO, NO, NO, OK],
    ),
    (
        "auditLog",
        "{ auditLog { pageInfo { totalItems } } }",
        [NO, NO, NO, OK],
    ),
    (
        "exportDetailedStats",
        "query($f: DateTime!, $t: DateTime!) { exportDetailedStats(from: $f, to: $t, format: CSV, kinds: [SERVER_STATISTICS]) { rowCount } }",
        [NO, NO, OK, OK],
    ),
    (
        "validateUserUuids",
        "mutation { validateUserUuids { success } }",
        [NO, NO, NO, OK],
    ),
    (
        "migrateUserUuids",
        "mutation($u: ID!) { migrateUserUuids(input: {userIds: [$u], dryRun: true}) { success } }",
        [NO, NO, NO, OK],
    ),
    (
        "restoreUserUuids",
        "mutation($u: ID!) { restoreUserUuids(input: {users: [{userId: $u, currentUuid: \"00000000-0000-4000-8000-000000000001\", restoreUuid: \"00000000-0000-4000-8000-000000000002\"}], dryRun: true}) { success } }",
        [NO, NO, NO, OK],
    ),
    (
        "enableMiningServer",
        "mutation($s: ID!) { enableMiningServer(serverId: $s) { id } }",
        [NO, NO, OK, OK],
    ),
    (
        "startMining",
        "mutation($s: ID!) { startMining(serverId: $s) { id } }",
        [NO, NO, OK, OK],
    ),
    (
        "configureMiningSettings",
        "mutation($s: ID!) { configureMiningSettings(input: {serverId: $s}) { success } }",
        [NO, NO, OK, OK],
    ),
    (
        "claimMiningRewards",
        "mutation($s: ID!) { claimMiningRewards(serverId: $s) { success refusedBy } }",
        [NO, NO, OK, OK],
    ),
    (
        "updateServerConfiguration",
        "mutation($s: ID!) { updateServerConfiguration(input: {serverId: $s, settings: {matrix: true}}) { success } }",
        [NO, NO, OK, OK],
    ),
    (
        "updateMiningServerProtocol",
        "mutation($s: ID!) { updateMiningServerProtocol(input: {serverId: $s, type: VLESS, port: 443, enabled: true}) { id } }",
        [NO, NO, OK, OK],
    ),
    (
        "reportMetrics",
        "mutation($s: ID!) { reportMetrics(input: {serverId: $s, cpuUsage: 20, memoryUsage: 30, networkIn: 1, networkOut: 1, activeConnections: 3, latencyMs: 20}) { status } }",
        [NO, NO, OK, OK],
    ),
    // Accounts: `$v` is a demo account none of the callers is logged in as.
    (
        "users",
        "{ users(filter: {role: USER}) { pageInfo { totalItems } } }",
        [NO, NO, NO, OK],
    ),
    (
        "user",
        "query($v: ID!) { user(id: $v) { id } }",
        [NO, NO, NO, OK],
    ),
    (
        "createUser",
        "mutation { createUser(input: {username: \"matrix-new\", password: \"a matrix passphrase\"}) { id } }",
        [NO, NO, NO, OK],
    ),
    (
        "updateUser",
        "mutation($v: ID!) { updateUser(input: {userId: $v, userType: PREMIUM}) { id } }",
        [NO, NO, NO, OK],
    ),
    (
        "disableUser",
        "mutation($v: ID!) { disableUser(userId: $v) { revokedTokens } }",
        [NO, NO, NO, OK],
    ),
    (
        "enableUser",
        "mutation($v: ID!) { enableUser(userId: $v) { status } }",
        [NO, NO, NO, OK],
    ),
    (
        "resetUserPassword",
        "mutation($v: ID!) { resetUserPassword(userId: $v, newPassword: \"a matrix passphrase\") { revokedTokens } }",
        [NO, NO, NO, OK],
    ),
    (
        "importUsers",
        "mutation { importUsers(rows: [{row: 2, username: \"matrix-import\", role: \"user\"}], dryRun: true) { failed } }",
        [NO, NO, NO, OK],
    ),
    // `$pw` is each caller's own current password; the session making the change stays.
    (
        "changePassword",
        "mutation($pw: String!) { changePassword(currentPassword: $pw, newPassword: \"a matrix passphrase 2\") { success } }",
        [NO, OK, OK, OK],
    ),
    (
        "deleteUser",
        "mutation($v: ID!) { deleteUser(userId: $v) { revokedTokens } }",
        [NO, NO, NO, OK],
    ),
];

#[test]
fn every_role_gets_what_the_rules_allow() {
    let server = TestServer::start(&[]);
    let (user, _) = server.login("user", "user-demo-pass");
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let admin = server.admin_token();
    let (_, me) = server.graphql("{ me { id } }", json!({}), Some(&operator));
    let operator_id = me["data"]["me"]["id"].as_str().unwrap().to_string();
    let (_, own) = server.graphql(
        "query($o: ID) { miningServers(filters: {ownerId: $o, status: ONLINE}) { items { id } } }",
        json!({"o": operator_id}),
        None,
    );
    let own = own["data"]["miningServers"]["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (_, demo) = server.graphql(
        "{ users(filter: {search: \"user00001\"}) { items { id } } }",
        json!({}),
        Some(&admin),
    );
    let demo_user = demo["data"]["users"]["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let now = chrono::Utc::now();
    let variables = json!({
        "v": demo_user, "s": own, "u": operator_id,
        "f": (now - chrono::Duration::days(1)).to_rfc3339(), "t": now.to_rfc3339(),
    });

    let roles = [
        None,
        Some(user.as_str()),
        Some(operator.as_str()),
        Some(admin.as_str()),
    ];
    let names = ["anonymous", "user", "operator", "admin"];
    let passwords = [
        "no-password",
        "user-demo-pass",
        "operator-demo-pass",
        "admin-demo-pass",
    ];
    let mut wrong = Vec::new();
    for (field, query, expected) in MATRIX {
        for (i, token) in roles.iter().enumerate() {
            let mut variables = variables.clone();
            variables["pw"] = json!(passwords[i]);
            let (_, body) = server.graphql(query, variables, *token);
            let code = body["errors"][0]["extensions"]["code"].as_str();
            let got = match code {
                None => OK,
                Some("AUTH_001") => NO,
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
