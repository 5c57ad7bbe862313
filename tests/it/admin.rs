//! Admin-only operations views over HTTP: `systemHealth` and `securityMetrics`.

use serde_json::{Value, json};

use crate::common::{TestServer, error_code, on_postgres};

const HEALTH: &str = "{ systemHealth { status lastUpdate \
    components { name status message lastCheck metrics } \
    metrics { uptimeSeconds requestsTotal errorsTotal activeSubscriptions databaseSize diskFree } } }";

const SECURITY: &str = "query($from: DateTime, $to: DateTime) { securityMetrics(from: $from, to: $to) { \
    from to authenticationAttempts failedAttempts activeTokens certificateStatus \
    securityIncidents { kind severity message timestamp } \
    protocolVulnerabilities { serverId protocol issue severity } } }";

fn health(server: &TestServer, token: &str) -> Value {
    let (status, body) = server.graphql(HEALTH, json!({}), Some(token));
    assert_eq!(status, 200, "{body}");
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["systemHealth"].clone()
}

fn security(server: &TestServer, token: &str) -> Value {
    let (status, body) = server.graphql(SECURITY, json!({}), Some(token));
    assert_eq!(status, 200, "{body}");
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["securityMetrics"].clone()
}

fn fail_login(server: &TestServer, username: &str) {
    let (_, body) = server.graphql(
        "mutation($u: String!, $p: String!) { authenticate(username: $u, password: $p) { accessToken } }",
        json!({ "u": username, "p": "not-the-password" }),
        None,
    );
    assert_eq!(error_code(&body), "AUTH_001");
}

fn incidents_of<'a>(metrics: &'a Value, kind: &str) -> Vec<&'a Value> {
    metrics["securityIncidents"]
        .as_array()
        .expect("incidents")
        .iter()
        .filter(|i| i["kind"] == kind)
        .collect()
}

#[test]
fn admin_sees_a_healthy_database_and_live_counters() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let first = health(&server, &admin);

    let names: Vec<&str> = first["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["database", "disk", "broker", "notifications", "backups"]
    );
    let notifications = &first["components"][3];
    assert_eq!(notifications["status"], "HEALTHY", "{notifications}");
    assert_eq!(notifications["metrics"]["deadDeliveries"], 0);
    let database = &first["components"][0];
    assert_eq!(database["status"], "HEALTHY", "{database}");
    // The suite's servers run on SQLite in memory, or on PostgreSQL (VPNMINE_TEST_ENGINE).
    let (engine, journal, in_memory) = if on_postgres() {
        ("postgresql", "wal", false)
    } else {
        ("sqlite", "memory", true)
    };
    assert_eq!(database["metrics"]["engine"], engine);
    assert_eq!(database["metrics"]["journalMode"], journal);
    assert_eq!(database["metrics"]["inMemory"], in_memory);
    assert_eq!(
        database["metrics"]["migrationsApplied"],
        database["metrics"]["migrationsKnown"]
    );
    assert!(database["metrics"]["latencyMs"].as_f64().unwrap() < 100.0);
    let size = database["metrics"]["sizeBytes"].as_f64().unwrap();
    assert!(size > 0.0, "a seeded database has pages");
    assert_eq!(first["metrics"]["databaseSize"].as_f64().unwrap(), size);

    let disk = &first["components"][1];
    assert_eq!(disk["metrics"]["inMemoryDatabase"], in_memory, "{disk}");
    assert_eq!(
        first["metrics"]["diskFree"].as_f64().unwrap(),
        disk["metrics"]["freeBytes"].as_f64().unwrap()
    );
    assert!(disk["metrics"]["totalBytes"].as_f64().unwrap() > 0.0);

    let broker = &first["components"][2];
    assert_eq!(broker["status"], "HEALTHY");
    assert_eq!(
        broker["message"],
        "in-process broker; 0 active subscriptions"
    );
    assert_eq!(first["metrics"]["activeSubscriptions"], 0);

    // The overall status is the worst component's.
    let rank = |s: &Value| match s.as_str().unwrap() {
        "HEALTHY" => 0,
        "DEGRADED" => 1,
        _ => 2,
    };
    let worst = first["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| rank(&c["status"]))
        .max();
    assert_eq!(Some(rank(&first["status"])), worst);

    // Requests so far: the admin's login and this query; no errors yet.
    assert_eq!(first["metrics"]["requestsTotal"], 2.0);
    assert_eq!(first["metrics"]["errorsTotal"], 0.0);
    assert!(first["metrics"]["uptimeSeconds"].as_f64().unwrap() > 0.0);

    // A refused request counts as a request and as an error response.
    let (_, refused) = server.graphql(HEALTH, json!({}), None);
    assert_eq!(error_code(&refused), "AUTH_001");
    let second = health(&server, &admin);
    assert_eq!(second["metrics"]["requestsTotal"], 4.0);
    assert_eq!(second["metrics"]["errorsTotal"], 1.0);
}

#[test]
fn only_admins_may_read_health_and_security() {
    let server = TestServer::start(&[]);
    let operator = server.login("operator", "operator-demo-pass").0;
    let user = server.login("user", "user-demo-pass").0;
    for token in [Some(operator.as_str()), Some(user.as_str()), None] {
        for query in [HEALTH, SECURITY] {
            let (status, body) = server.graphql(query, json!({}), token);
            assert_eq!(status, 200, "{body}");
            assert_eq!(error_code(&body), "AUTH_001", "{token:?}: {body}");
            assert!(body["data"].is_null(), "{body}");
        }
    }
}

#[test]
fn failed_logins_are_counted_and_five_for_one_username_are_an_incident() {
    // Without the lockout, which would refuse the login after the failures (auth.rs tests it).
    let server = TestServer::start(&["--lockout-after", "0"]);
    let admin = server.admin_token();
    let before = security(&server, &admin);
    assert_eq!(before["authenticationAttempts"], 1, "the admin's login");
    assert_eq!(before["failedAttempts"], 0);
    assert_eq!(before["certificateStatus"], "VALID");
    assert!(before["activeTokens"].as_i64().unwrap() >= 1);
    assert!(incidents_of(&before, "BRUTE_FORCE_SUSPECTED").is_empty());
    assert!(before["protocolVulnerabilities"].is_array());

    for _ in 0..4 {
        fail_login(&server, "operator");
    }
    fail_login(&server, "user");
    let four = security(&server, &admin);
    assert_eq!(four["failedAttempts"], 5);
    assert_eq!(four["authenticationAttempts"], 6);
    assert!(
        incidents_of(&four, "BRUTE_FORCE_SUSPECTED").is_empty(),
        "four failures are not yet an incident: {four}"
    );

    fail_login(&server, "operator");
    let five = security(&server, &admin);
    assert_eq!(five["failedAttempts"], 6);
    let brute = incidents_of(&five, "BRUTE_FORCE_SUSPECTED");
    assert_eq!(brute.len(), 1, "{five}");
    assert_eq!(brute[0]["severity"], "HIGH");
    let message = brute[0]["message"].as_str().unwrap();
    assert!(
        message.contains("\"operator\"") && message.contains("5 failed"),
        "{message}"
    );
    assert!(incidents_of(&five, "LOGIN_AFTER_BRUTE_FORCE").is_empty());

    // The right password after those failures is reported too.
    let operator = server.login("operator", "operator-demo-pass").0;
    let after = security(&server, &admin);
    let login = incidents_of(&after, "LOGIN_AFTER_BRUTE_FORCE");
    assert_eq!(login.len(), 1, "{after}");
    assert_eq!(login[0]["severity"], "CRITICAL");
    assert_eq!(after["authenticationAttempts"], 8);
    assert_eq!(
        after["activeTokens"].as_i64().unwrap(),
        before["activeTokens"].as_i64().unwrap() + 1
    );

    // Revoking a token removes it from the active ones.
    server.graphql(
        "mutation { revokeToken { success } }",
        json!({}),
        Some(&operator),
    );
    let revoked = security(&server, &admin);
    assert_eq!(revoked["activeTokens"], before["activeTokens"]);
}

#[test]
fn security_window_must_be_ordered_and_limits_the_counts() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    for (from, to) in [
        ("2026-01-02T00:00:00Z", "2026-01-01T00:00:00Z"),
        ("2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"),
    ] {
        let (status, body) =
            server.graphql(SECURITY, json!({ "from": from, "to": to }), Some(&admin));
        assert_eq!(status, 200);
        assert_eq!(error_code(&body), "VAL_001", "{body}");
    }
    // A future `from` with the default `to` (now) is out of order too.
    let (_, body) = server.graphql(
        SECURITY,
        json!({ "from": "2999-01-01T00:00:00Z" }),
        Some(&admin),
    );
    assert_eq!(error_code(&body), "VAL_001", "{body}");

    // A window in the past holds none of this server's logins.
    let (_, body) = server.graphql(
        SECURITY,
        json!({ "from": "2020-01-01T00:00:00Z", "to": "2020-01-02T00:00:00Z" }),
        Some(&admin),
    );
    let metrics = &body["data"]["securityMetrics"];
    assert_eq!(metrics["from"], "2020-01-01T00:00:00+00:00", "{body}");
    assert_eq!(metrics["authenticationAttempts"], 0);
    assert_eq!(metrics["failedAttempts"], 0);
    assert_eq!(metrics["securityIncidents"], json!([]));

    // The default window is the 24 hours before now.
    let metrics = security(&server, &admin);
    let from = chrono::DateTime::parse_from_rfc3339(metrics["from"].as_str().unwrap()).unwrap();
    let to = chrono::DateTime::parse_from_rfc3339(metrics["to"].as_str().unwrap()).unwrap();
    assert_eq!(to - from, chrono::TimeDelta::hours(24));
    assert_eq!(metrics["authenticationAttempts"], 1);
}
