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

/// Anonymous, user, operator (on its own server), admin. In a query, `ROLE` is replaced by
/// the column's role name, so that rows which change state for good (a host name, a
/// decommissioning) act on something of their own in each column.
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
        "stopMining",
        "mutation($s: ID!) { stopMining(serverId: $s) { id isActive } }",
        [NO, NO, OK, OK],
    ),
    (
        "registerServer",
        "mutation { registerServer(input: {hostName: \"matrix-ROLE.example.net\", publicIp: \"192.0.2.10\", location: \"eu-west\", capacity: 100}) { id } }",
        [NO, NO, OK, OK],
    ),
    (
        "updateServer",
        "mutation($s: ID!) { updateServer(input: {serverId: $s, capacity: 900}) { capacity } }",
        [NO, NO, OK, OK],
    ),
    (
        "serverProtocols",
        "query($s: ID!) { serverProtocols(serverId: $s, reveal: true) { configString } }",
        [NO, NO, OK, OK],
    ),
    (
        "clientConfig",
        "query($s: ID!, $u: ID!) { clientConfig(serverId: $s, type: VLESS, userId: $u) { content } }",
        [NO, NO, OK, OK],
    ),
    (
        "removeMiningServerProtocol",
        "mutation($x_ROLE: ID!) { removeMiningServerProtocol(serverId: $x_ROLE, type: VLESS) { id } }",
        [NO, NO, OK, OK],
    ),
    (
        "decommissionServer",
        "mutation($x_ROLE: ID!) { decommissionServer(serverId: $x_ROLE) { status } }",
        [NO, NO, OK, OK],
    ),
    (
        "reportMetrics",
        "mutation($s: ID!) { reportMetrics(input: {serverId: $s, cpuUsage: 20, memoryUsage: 30, networkIn: 1, networkOut: 1, activeConnections: 3, latencyMs: 20}) { status } }",
        [NO, NO, OK, OK],
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
    let now = chrono::Utc::now();
    let variables = json!({
        "s": own, "u": operator_id,
        "f": (now - chrono::Duration::days(1)).to_rfc3339(), "t": now.to_rfc3339(),
        "x_anonymous": spare[0], "x_user": spare[0], "x_operator": spare[0], "x_admin": spare[1],
    });

    let roles = [
        None,
        Some(user.as_str()),
        Some(operator.as_str()),
        Some(admin.as_str()),
    ];
    let names = ["anonymous", "user", "operator", "admin"];
    let mut wrong = Vec::new();
    for (field, query, expected) in MATRIX {
        for (i, token) in roles.iter().enumerate() {
            let query = query.replace("ROLE", names[i]);
            let (_, body) = server.graphql(&query, variables.clone(), *token);
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
