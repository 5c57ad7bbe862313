//! The audit log over HTTP and the CLI: `auditLog` is for admins, and `vpnmine admin audit`
//! shows the mutations accounts made, filtered by user, operation and time.

use serde_json::{Value, json};

use crate::common::{TestServer, error_code};

const AUDIT: &str = "{ auditLog { items { operation } pageInfo { totalItems } } }";
const ENABLE: &str = "mutation($id: ID!) { enableMiningServer(serverId: $id) { id } }";

#[test]
fn only_admins_read_the_audit_log() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.operator();
    let (user, _) = server.login("user", "user-demo-pass");
    for token in [Some(operator.as_str()), Some(user.as_str()), None] {
        let (status, body) = server.graphql(AUDIT, json!({}), token);
        assert_eq!(status, 200, "{body}");
        assert_eq!(error_code(&body), "AUTH_001", "{token:?}: {body}");
        assert!(body["data"].is_null(), "{body}");
    }
    server
        .run_as(&operator, &["admin", "audit"])
        .fails(4, "AUTH_001");
    let admin = server.admin_token();
    let (_, body) = server.graphql(AUDIT, json!({}), Some(&admin));
    assert!(
        body["data"]["auditLog"]["pageInfo"]["totalItems"].is_number(),
        "{body}"
    );
}

/// `vpnmine admin audit ARGS -o json` as the admin.
fn audit(server: &TestServer, admin: &str, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["admin", "audit", "-o", "json", "--all"];
    all.extend_from_slice(args);
    server
        .run_as(admin, &all)
        .json()
        .as_array()
        .expect("a list")
        .clone()
}

fn operations(rows: &[Value]) -> Vec<(&str, &str)> {
    rows.iter()
        .map(|r| {
            (
                r["username"].as_str().unwrap_or("-"),
                r["operation"].as_str().unwrap(),
            )
        })
        .collect()
}

#[test]
fn admin_audit_shows_mutations_filtered_by_user_operation_and_time() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (operator, operator_id) = server.operator();
    let own = server.own_online_server(&operator);
    let foreign = server.foreign(&operator_id);
    server.graphql(ENABLE, json!({ "id": own }), Some(&operator));
    server.graphql(ENABLE, json!({ "id": foreign }), Some(&operator));
    server.graphql(
        "mutation($id: ID!) { configureMiningSettings(input: {serverId: $id, rate: 1.5}) { success } }",
        json!({ "id": foreign }),
        Some(&admin),
    );

    // Newest first; logins and queries are not mutations of the trail.
    let all = audit(&server, &admin, &[]);
    assert_eq!(
        operations(&all),
        [
            ("admin", "configureMiningSettings"),
            ("operator", "enableMiningServer"),
            ("operator", "enableMiningServer"),
        ]
    );
    let refused = &all[1];
    assert_eq!(refused["targetIds"], json!([foreign]));
    assert_eq!(refused["result"], "AUTH_001");
    assert_eq!(refused["userId"], operator_id.as_str());
    assert_eq!(all[2]["result"], "OK");
    assert_eq!(all[2]["targetIds"], json!([own]));

    for user in ["operator", operator_id.as_str()] {
        let mine = audit(&server, &admin, &["--user", user]);
        assert_eq!(mine.len(), 2, "{user}");
    }
    let configured = audit(&server, &admin, &["--operation", "configureMiningSettings"]);
    assert_eq!(
        operations(&configured),
        [("admin", "configureMiningSettings")]
    );
    assert!(
        audit(&server, &admin, &["--to", "-1h"]).is_empty(),
        "before any"
    );
    assert!(
        audit(
            &server,
            &admin,
            &["--user", "operator", "--operation", "startMining"]
        )
        .is_empty()
    );

    // One page at a time, and as CSV with the table's columns.
    let first = server.run_as(&admin, &["admin", "audit", "--size", "1", "-o", "json"]);
    assert_eq!(first.json().as_array().unwrap().len(), 1);
    let csv = server.run_as(&admin, &["admin", "audit", "-o", "csv"]);
    let mut lines = csv.ok().lines();
    assert_eq!(
        lines.next(),
        Some("TIME,USER,USER ID,OPERATION,TARGETS,RESULT,REQUEST ID")
    );
    assert_eq!(lines.count(), 3);
    // Bad input is a usage error, before any request.
    server
        .run_as(&admin, &["admin", "audit", "--from", "now", "--to", "-1d"])
        .fails(2, "--from");
}

/// Bad filters and pages are VAL_001 with no data, over HTTP and from the CLI (exit 2), and
/// leave the audit log as it was.
#[test]
fn bad_audit_queries_are_refused_and_change_nothing() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let total = |server: &TestServer| {
        let (_, body) = server.graphql(AUDIT, json!({}), Some(&admin));
        body["data"]["auditLog"]["pageInfo"]["totalItems"].clone()
    };
    let before = total(&server);
    const QUERY: &str = "query($f: AuditLogFilter, $p: PaginationInput) { auditLog(filter: $f, pagination: $p) { pageInfo { totalItems } } }";
    let long = "x".repeat(65);
    let cases = [
        json!({ "f": { "from": "2026-02-01T00:00:00Z", "to": "2026-01-01T00:00:00Z" } }),
        json!({ "p": { "page": 0, "size": 20 } }),
        json!({ "p": { "page": 1, "size": 0 } }),
        json!({ "p": { "page": 1, "size": 100_000 } }),
        json!({ "f": { "user": long } }),
        json!({ "f": { "operation": long } }),
        json!({ "p": { "page": 1, "size": "twenty" } }),
        json!({ "f": { "nope": "x" } }),
        json!({ "f": { "from": "yesterday-ish" } }),
    ];
    for variables in cases {
        let (status, body) = server.graphql(QUERY, variables.clone(), Some(&admin));
        assert_eq!(status, 200, "{variables}: {body}");
        assert_eq!(error_code(&body), "VAL_001", "{variables}: {body}");
        assert!(body["data"].is_null(), "{variables}: {body}");
    }
    for args in [
        &["--from", "garbage"][..],
        &["--from", "now", "--to", "-1d"],
        &["--size", "0"],
        &["--user", &long],
    ] {
        let mut all = vec!["admin", "audit"];
        all.extend_from_slice(args);
        let run = server.run_as(&admin, &all);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
    }
    assert_eq!(total(&server), before, "reads are not audited");
}
