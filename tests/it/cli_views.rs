//! The read-only dashboards end to end against a bundled server: `analytics network`,
//! `me stats`/`me dashboard`, `users dashboard`, `admin dashboard|health|security`, in the
//! output modes that apply, with their bad inputs and refusals.

use serde_json::{Value, json};

use crate::common::{TestServer, tokens};

fn user_id(server: &TestServer, token: &str) -> String {
    let (_, me) = server.graphql("{ me { id } }", json!({}), Some(token));
    me["data"]["me"]["id"].as_str().expect("me.id").to_string()
}

/// The top-level keys of pretty-printed JSON, in the order they were printed.
fn printed_keys(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .filter_map(|l| l.strip_prefix("  \""))
        .filter_map(|l| l.split_once("\":").map(|(key, _)| key))
        .collect()
}

fn array(value: &Value) -> &Vec<Value> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {value}"))
}

/// The first line of each piped table (its header), for the titled sections of a dashboard.
fn assert_lines(stdout: &str, wanted: &[&str]) {
    for line in wanted {
        assert!(
            stdout.lines().any(|l| l.starts_with(line)),
            "no line starting with {line:?} in:\n{stdout}"
        );
    }
    assert!(!stdout.contains('│'), "no borders when piped");
}

#[test]
fn analytics_network_shows_a_summary_and_the_top_servers() {
    let server = TestServer::start(&[]);
    let (user, _) = server.login("user", "user-demo-pass");

    let json = server
        .run_as(&user, &["analytics", "network", "-o", "json"])
        .json();
    let summary = &json["summary"];
    assert_eq!(summary["totalServers"], 300, "{json}");
    assert!(summary["totalUsers"].as_i64().unwrap() > 0);
    assert!(summary["totalDataTransferred"].as_f64().unwrap() > 0.0);
    assert!(
        summary.get("topPerformingServers").is_none(),
        "a section of its own"
    );
    let top = array(&json["topPerformingServers"]);
    assert!(!top.is_empty() && top.len() <= 10, "{json}");
    let latencies: Vec<f64> = top
        .iter()
        .map(|s| s["averageLatencyMs"].as_f64().unwrap())
        .collect();
    assert!(latencies.windows(2).all(|w| w[0] <= w[1]), "{latencies:?}");
    // The default window is the last day, in whole seconds.
    let from = chrono::DateTime::parse_from_rfc3339(summary["from"].as_str().unwrap()).unwrap();
    let to = chrono::DateTime::parse_from_rfc3339(summary["to"].as_str().unwrap()).unwrap();
    assert_eq!((to - from).num_seconds(), 86_400);

    let week = server
        .run_as(
            &user,
            &[
                "analytics",
                "network",
                "--from",
                "-7d",
                "--to",
                "-1d",
                "-o",
                "json",
            ],
        )
        .json();
    let (from, to) = (&week["summary"]["from"], &week["summary"]["to"]);
    let span = chrono::DateTime::parse_from_rfc3339(to.as_str().unwrap()).unwrap()
        - chrono::DateTime::parse_from_rfc3339(from.as_str().unwrap()).unwrap();
    assert_eq!(span.num_days(), 6);

    let table = server.run_as(&user, &["analytics", "network"]);
    assert_lines(
        table.ok(),
        &[
            "Network",
            "FIELD",
            "totalServers",
            "Top performing servers",
            "SERVER ID",
        ],
    );
    assert!(table.stdout.contains("LATENCY MS"));

    server
        .run_as(&user, &["analytics", "network", "--from", "yesterdayish"])
        .fails(2, "invalid --from");
    server
        .run_as(&user, &["analytics", "network", "--to", "soonish"])
        .fails(2, "invalid --to");
    server
        .run_as(
            &user,
            &["analytics", "network", "--from", "now", "--to", "-1d"],
        )
        .fails(2, "--from must be before --to");
    server.run(&["analytics", "network"]).fails(4, "AUTH_001");
}

#[test]
fn me_stats_pages_follow_all_pages_and_export_csv() {
    let server = TestServer::start(&[]);
    let (user, _) = server.login("user", "user-demo-pass");
    let (_, body) = server.graphql(
        "{ myConnectionStats { pageInfo { totalItems } } }",
        json!({}),
        Some(&user),
    );
    let total = body["data"]["myConnectionStats"]["pageInfo"]["totalItems"]
        .as_u64()
        .unwrap() as usize;
    assert!(total >= 4, "the demo user has sessions: {body}");

    // --all follows every page (2 per page here) and gets every session once, newest first.
    let all = server
        .run_as(
            &user,
            &["me", "stats", "--all", "--size", "2", "-o", "json"],
        )
        .json();
    let all = array(&all);
    assert_eq!(all.len(), total);
    let ids: std::collections::HashSet<&str> =
        all.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), total, "no session twice");
    let starts: Vec<&str> = all
        .iter()
        .map(|s| s["connectionStart"].as_str().unwrap())
        .collect();
    assert!(starts.windows(2).all(|w| w[0] >= w[1]), "{starts:?}");
    for field in [
        "serverName",
        "protocol",
        "dataTransferred",
        "averageLatency",
    ] {
        assert!(all[0].get(field).is_some(), "{field} in {}", all[0]);
    }

    let page = server
        .run_as(
            &user,
            &["me", "stats", "--page", "2", "--size", "2", "-o", "json"],
        )
        .json();
    assert_eq!(array(&page).as_slice(), &all[2..4]);

    // No terminal: no progress bar on stderr.
    let piped = server.run_as(&user, &["me", "stats", "--all", "--size", "2"]);
    let lines: Vec<&str> = piped.ok().lines().collect();
    assert_eq!(lines.len(), total + 1, "{}", piped.stdout);
    for header in ["ID", "SERVER", "PROTOCOL", "START", "END", "GB"] {
        assert!(lines[0].contains(header), "{header} in {}", lines[0]);
    }
    assert!(piped.stderr.is_empty(), "stderr: {}", piped.stderr);

    let csv_out = server.run_as(&user, &["me", "stats", "--all", "-o", "csv"]);
    let mut reader = csv::Reader::from_reader(csv_out.ok().as_bytes());
    assert_eq!(&reader.headers().unwrap()[0], "ID");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), total);
    let csv_ids: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    let json_ids: Vec<&str> = all.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(csv_ids, json_ids);

    // A window with nothing in it is an empty list, not an error.
    let none = server
        .run_as(
            &user,
            &[
                "me",
                "stats",
                "--from",
                "2020-01-01",
                "--to",
                "2020-01-02",
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(none, json!([]));

    server
        .run_as(&user, &["me", "stats", "--from", "yesterdayish"])
        .fails(2, "invalid --from");
    server
        .run_as(&user, &["me", "stats", "--all", "--page", "2"])
        .fails(2, "--page");
    server
        .run_as(&user, &["me", "stats", "--size", "0"])
        .fails(2, "--size");
    server.run(&["me", "stats"]).fails(4, "AUTH_001");
}

#[test]
fn me_dashboard_shows_the_current_and_recent_connections() {
    let server = TestServer::start(&[]);
    let (user, _) = server.login("user", "user-demo-pass");

    let run = server.run_as(&user, &["me", "dashboard", "-o", "json"]);
    let json = run.json();
    assert_eq!(
        printed_keys(&run.stdout),
        ["currentConnection", "recentConnections", "averages"]
    );
    // The demo user is connected right now.
    let current = &json["currentConnection"];
    assert!(current["id"].is_string(), "{json}");
    assert!(current["connectionEnd"].is_null());
    let recent = array(&json["recentConnections"]);
    assert_eq!(
        recent[0]["id"], current["id"],
        "the open session is the newest"
    );
    let averages = &json["averages"];
    assert!(averages["totalDataTransferred"].as_f64().unwrap() > 0.0);
    assert!(averages["averageLatency"].as_f64().unwrap() > 0.0);
    assert!(averages["averageNetworkSpeed"].as_f64().unwrap() > 0.0);

    let table = server.run_as(&user, &["me", "dashboard"]);
    assert_lines(
        table.ok(),
        &[
            "Current connection",
            "Recent connections",
            "Averages",
            "FIELD",
            "ID ",
        ],
    );
    assert!(table.stdout.contains(current["id"].as_str().unwrap()));

    server
        .run_as(&user, &["me", "dashboard", "-o", "csv"])
        .fails(1, "csv");
    server.run(&["me", "dashboard"]).fails(4, "AUTH_001");
}

#[test]
fn users_dashboard_is_for_oneself_or_admins() {
    let server = TestServer::start(&[]);
    let (user, _) = server.login("user", "user-demo-pass");
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let admin = server.admin_token();
    let own_id = user_id(&server, &user);
    let operator_id = user_id(&server, &operator);

    let own = server
        .run_as(&user, &["users", "dashboard", &own_id, "-o", "json"])
        .json();
    assert_eq!(own["user"]["username"], "user");
    assert_eq!(own["user"]["id"], own_id.as_str());
    assert!(own["statistics"]["totalSessions"].as_i64().unwrap() > 0);
    assert_eq!(own["mining"]["activeServers"], 0);

    let table = server.run_as(&user, &["users", "dashboard", &own_id]);
    assert_lines(
        table.ok(),
        &[
            "FIELD",
            "user.username",
            "statistics.totalSessions",
            "mining.activeServers",
        ],
    );

    // A record in CSV: a header of the flattened fields and one row.
    let csv_out = server.run_as(&user, &["users", "dashboard", &own_id, "-o", "csv"]);
    let mut reader = csv::Reader::from_reader(csv_out.ok().as_bytes());
    let headers = reader.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    let column = headers.iter().position(|h| h == "user.username").unwrap();
    assert_eq!(&rows[0][column], "user");

    let theirs = server
        .run_as(&admin, &["users", "dashboard", &operator_id, "-o", "json"])
        .json();
    assert_eq!(theirs["user"]["username"], "operator");
    assert!(
        theirs["mining"]["activeServers"].as_i64().unwrap() >= 1,
        "{theirs}"
    );

    server
        .run_as(&user, &["users", "dashboard", &operator_id])
        .fails(4, "AUTH_001");
    server
        .run_as(&admin, &["users", "dashboard", "usr-nobody"])
        .fails(3, "RSC_001");
    server
        .run_as(&admin, &["users", "dashboard", "usr nobody"])
        .fails(2, "USER_ID");
    server
        .run_as(&admin, &["users", "dashboard"])
        .fails(2, "USER_ID");
}

#[test]
fn admin_views_for_admins_only() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (operator, _) = server.login("operator", "operator-demo-pass");

    let run = server.run_as(&admin, &["admin", "dashboard", "-o", "json"]);
    let dashboard = run.json();
    assert_eq!(
        printed_keys(&run.stdout),
        [
            "networkOverview",
            "topServers",
            "topUsers",
            "tokenMetrics",
            "recentActivity",
            "tokenEconomy"
        ]
    );
    assert_eq!(
        dashboard["networkOverview"]["totalServers"], 300,
        "{dashboard}"
    );
    assert!(dashboard["networkOverview"]["connectionsByRegion"].is_object());
    let top = array(&dashboard["topServers"]);
    assert!(!top.is_empty());
    let connections: Vec<i64> = top
        .iter()
        .map(|s| s["activeConnections"].as_i64().unwrap())
        .collect();
    assert!(
        connections.windows(2).all(|w| w[0] >= w[1]),
        "{connections:?}"
    );
    assert!(!array(&dashboard["topUsers"]).is_empty());
    // Amounts are exact decimal strings.
    assert!(!tokens(&dashboard["tokenMetrics"]["totalTokensInCirculation"]).is_negative());
    assert!(dashboard["tokenMetrics"].get("recentActivity").is_none());
    for day in array(&dashboard["recentActivity"]) {
        assert!(
            day["timestamp"].is_string() && !tokens(&day["earned"]).is_negative(),
            "{day}"
        );
    }

    let table = server.run_as(&admin, &["admin", "dashboard"]);
    assert_lines(
        table.ok(),
        &[
            "Network overview",
            "totalServers",
            "Top servers",
            "SERVER ID",
            "Top users",
            "USER ID",
            "Token metrics",
            "Token activity",
        ],
    );

    let health = server
        .run_as(&admin, &["admin", "health", "-o", "json"])
        .json();
    assert_eq!(health["status"]["status"], "HEALTHY", "{health}");
    let names: Vec<&str> = array(&health["components"])
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["database", "disk", "broker", "notifications", "backups"]
    );
    assert!(health["metrics"]["requestsTotal"].as_f64().unwrap() > 0.0);
    let table = server.run_as(&admin, &["admin", "health"]);
    assert_lines(
        table.ok(),
        &[
            "System health",
            "status",
            "Components",
            "NAME",
            "database",
            "Metrics",
        ],
    );

    let security = server
        .run_as(
            &admin,
            &["admin", "security", "--from", "-1h", "-o", "json"],
        )
        .json();
    let summary = &security["summary"];
    assert!(
        summary["authenticationAttempts"].as_i64().unwrap() >= 2,
        "{security}"
    );
    assert!(summary["activeTokens"].as_i64().unwrap() >= 2);
    assert_eq!(summary["certificateStatus"], "VALID");
    assert!(security["securityIncidents"].is_array());
    assert!(security["protocolVulnerabilities"].is_array());
    let table = server.run_as(&admin, &["admin", "security"]);
    assert_lines(
        table.ok(),
        &[
            "Security",
            "authenticationAttempts",
            "Security incidents",
            "Protocol vulnerabilities",
        ],
    );

    server
        .run_as(&operator, &["admin", "health"])
        .fails(4, "AUTH_001");
    server
        .run_as(&operator, &["admin", "dashboard"])
        .fails(4, "AUTH_001");
    server
        .run_as(&operator, &["admin", "security"])
        .fails(4, "AUTH_001");
    server
        .run_as(&admin, &["admin", "security", "--to", "tomorrowish"])
        .fails(2, "invalid --to");
}
