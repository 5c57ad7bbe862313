//! `serverMetrics` and `networkAnalytics` over HTTP against a bundled demo server: the series
//! and figures computed from the demo's history, and every refusal with its code.

use chrono::{DateTime, Duration, DurationRound, Utc};
use serde_json::{Value, json};

use crate::common::{TestServer, error_code};

const SERVER_METRICS: &str = "query($id: ID!, $range: TimeRangeInput!) {
  serverMetrics(serverId: $id, timeRange: $range) {
    timestamp
    metrics {
      cpu { usage temperature processes }
      memory { used available swap }
      network { incoming outgoing connections }
      mining { hashrate efficiency rewards }
    }
  }
}";

const NETWORK_ANALYTICS: &str = "query($from: DateTime, $to: DateTime) {
  networkAnalytics(from: $from, to: $to) {
    from to totalActiveConnections totalUsers totalServers totalDataTransferred
    connectionsPerServer dataPerServer
    topPerformingServers {
      serverId serverName averageCpuUsage averageMemoryUsage averageNetworkSpeed averageLatencyMs
    }
  }
}";

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339()
}

/// Servers as (id, owner id, status) from the first page of 500.
fn servers(server: &TestServer, token: &str) -> Vec<(String, String, String)> {
    let (status, body) = server.graphql(
        "{ miningServers(pagination: {page: 1, size: 500}) { items { id ownerId status } } }",
        json!({}),
        Some(token),
    );
    assert_eq!(status, 200, "{body}");
    body["data"]["miningServers"]["items"]
        .as_array()
        .expect("servers")
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap().to_string(),
                s["ownerId"].as_str().unwrap().to_string(),
                s["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn metrics(server: &TestServer, token: Option<&str>, id: &str, range: Value) -> (u16, Value) {
    server.graphql(SERVER_METRICS, json!({ "id": id, "range": range }), token)
}

fn points(body: &Value) -> &Vec<Value> {
    body["data"]["serverMetrics"]
        .as_array()
        .unwrap_or_else(|| panic!("no points in {body}"))
}

fn float(value: &Value) -> f64 {
    value
        .as_f64()
        .unwrap_or_else(|| panic!("not a number: {value}"))
}

#[test]
fn a_week_of_hourly_metrics_for_the_owner_and_the_admin() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (operator, _) = server.login("operator", "operator-demo-pass");
    // A server of the demo operator that reports now, so its history reaches the present.
    let (id, _, _) = servers(&server, &admin)
        .into_iter()
        .find(|(_, owner, status)| owner == "usr-operator" && status != "OFFLINE")
        .expect("a reporting server of the demo operator");

    let to = Utc::now().duration_trunc(Duration::hours(1)).unwrap();
    let from = to - Duration::days(7);
    let range = json!({ "from": rfc3339(from), "to": rfc3339(to), "interval": "HOUR" });
    for token in [&admin, &operator] {
        let (status, body) = metrics(&server, Some(token), &id, range.clone());
        assert_eq!(status, 200, "{body}");
        assert!(body.get("errors").is_none(), "{body}");
        let points = points(&body);
        assert_eq!(points.len(), 168, "one point per hour of the week");
        for (n, point) in points.iter().enumerate() {
            let at: DateTime<Utc> = point["timestamp"].as_str().unwrap().parse().unwrap();
            assert_eq!(at, from + Duration::hours(n as i64), "hourly, oldest first");
            let m = &point["metrics"];
            let cpu = float(&m["cpu"]["usage"]);
            assert!((0.0..=100.0).contains(&cpu), "{point}");
            assert!(m["cpu"]["temperature"].is_null() && m["cpu"]["processes"].is_null());
            let used = float(&m["memory"]["used"]);
            assert!((0.0..=100.0).contains(&used), "{point}");
            assert!((used + float(&m["memory"]["available"]) - 100.0).abs() < 1e-9);
            assert!(m["memory"]["swap"].is_null());
            assert!(float(&m["network"]["incoming"]) >= 0.0);
            assert!(float(&m["network"]["outgoing"]) >= 0.0);
            assert!(m["network"]["connections"].as_i64().unwrap() >= 0);
            let mining = &m["mining"];
            let efficiency = float(&mining["efficiency"]);
            assert!((0.0..=1.5).contains(&efficiency), "{point}");
            let (rate, rewards) = (float(&mining["hashrate"]), float(&mining["rewards"]));
            // One-hour buckets: the rate per hour is the bucket's reward.
            assert!(rewards >= 0.0 && (rate - rewards).abs() < 1e-9, "{point}");
            assert!(rewards <= efficiency + 1e-9, "{point}");
        }
    }

    // Omitted, the interval is the finest within 500 points: hourly for a week.
    let (_, body) = metrics(
        &server,
        Some(&admin),
        &id,
        json!({ "from": rfc3339(from), "to": rfc3339(to) }),
    );
    assert_eq!(points(&body).len(), 168);

    // Daily buckets over whole days average 24 hourly samples each: full uptime.
    let midnight = to.duration_trunc(Duration::days(1)).unwrap();
    let (_, body) = metrics(
        &server,
        Some(&admin),
        &id,
        json!({ "from": rfc3339(midnight - Duration::days(7)), "to": rfc3339(midnight), "interval": "DAY" }),
    );
    let days = points(&body);
    assert_eq!(days.len(), 7);
    assert!(
        days.iter()
            .all(|d| float(&d["metrics"]["mining"]["efficiency"]) <= 1.5)
    );
}

#[test]
fn server_metrics_refusals_carry_their_codes() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let all = servers(&server, &admin);
    let own = &all.iter().find(|s| s.1 == "usr-operator").unwrap().0;
    let foreign = &all.iter().find(|s| s.1 != "usr-operator").unwrap().0;
    let to = Utc::now();
    let day = json!({ "from": rfc3339(to - Duration::days(1)), "to": rfc3339(to) });

    let (_, body) = metrics(&server, None, own, day.clone());
    assert_eq!(error_code(&body), "AUTH_001", "anonymous: {body}");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("log in")
    );
    let (_, body) = metrics(&server, Some(&operator), foreign, day.clone());
    assert_eq!(
        error_code(&body),
        "AUTH_001",
        "someone else's server: {body}"
    );
    let (_, body) = metrics(&server, Some(&admin), "srv-doesnotexist", day.clone());
    assert_eq!(error_code(&body), "RSC_001", "{body}");

    let invalid = [
        // from == to
        json!({ "from": rfc3339(to), "to": rfc3339(to) }),
        // from after to
        json!({ "from": rfc3339(to), "to": rfc3339(to - Duration::hours(1)) }),
        // more than 31 days
        json!({ "from": rfc3339(to - Duration::days(32)), "to": rfc3339(to) }),
        // a week by the minute: 10,080 points
        json!({ "from": rfc3339(to - Duration::days(7)), "to": rfc3339(to), "interval": "MINUTE" }),
    ];
    for range in invalid {
        let (_, body) = metrics(&server, Some(&admin), own, range.clone());
        assert_eq!(error_code(&body), "VAL_001", "{range}: {body}");
    }
    // Exactly 31 days is allowed.
    let (_, body) = metrics(
        &server,
        Some(&operator),
        own,
        json!({ "from": rfc3339(to - Duration::days(31)), "to": rfc3339(to) }),
    );
    assert!(body.get("errors").is_none(), "{body}");
}

#[test]
fn network_analytics_for_any_account_with_consistent_figures() {
    let server = TestServer::start(&[]);
    let (user, _) = server.login("user", "user-demo-pass");

    let (status, body) = server.graphql(NETWORK_ANALYTICS, json!({}), Some(&user));
    assert_eq!(status, 200, "{body}");
    assert!(body.get("errors").is_none(), "{body}");
    let a = &body["data"]["networkAnalytics"];
    let from: DateTime<Utc> = a["from"].as_str().unwrap().parse().unwrap();
    let to: DateTime<Utc> = a["to"].as_str().unwrap().parse().unwrap();
    assert_eq!(
        to - from,
        Duration::hours(24),
        "the last 24 hours by default"
    );
    assert!((Utc::now() - to).num_seconds().abs() < 60);

    let servers = a["totalServers"].as_i64().unwrap();
    let active = a["totalActiveConnections"].as_i64().unwrap();
    let data = float(&a["totalDataTransferred"]);
    // Nearly every demo server reported during the last day (a silent one may have stopped
    // just before the window); a few sessions are open now.
    assert!((280..=300).contains(&servers), "{servers}");
    assert!(active > 0 && a["totalUsers"].as_i64().unwrap() >= active);
    assert!(data > 0.0);
    assert!((float(&a["connectionsPerServer"]) - active as f64 / servers as f64).abs() < 1e-9);
    assert!((float(&a["dataPerServer"]) - data / servers as f64).abs() < 1e-9);

    let top = a["topPerformingServers"].as_array().unwrap();
    assert_eq!(top.len(), 10);
    let latencies: Vec<f64> = top.iter().map(|s| float(&s["averageLatencyMs"])).collect();
    assert!(latencies.windows(2).all(|w| w[0] <= w[1]), "{latencies:?}");
    for s in top {
        assert!(float(&s["averageCpuUsage"]) <= 80.0 && float(&s["averageMemoryUsage"]) <= 80.0);
        assert!(float(&s["averageNetworkSpeed"]) >= 0.0);
        assert!(
            s["serverName"]
                .as_str()
                .unwrap()
                .ends_with(".vpn.example.net")
        );
    }

    // A window with nothing in it: zeros, no division by zero.
    let long_ago = json!({ "from": "2001-01-01T00:00:00Z", "to": "2001-01-02T00:00:00Z" });
    let (_, body) = server.graphql(NETWORK_ANALYTICS, long_ago, Some(&user));
    let a = &body["data"]["networkAnalytics"];
    assert_eq!(a["totalServers"], 0, "{body}");
    assert_eq!(a["totalActiveConnections"], 0);
    assert_eq!(float(&a["connectionsPerServer"]), 0.0);
    assert_eq!(float(&a["dataPerServer"]), 0.0);
    assert_eq!(a["topPerformingServers"], json!([]));

    let (_, body) = server.graphql(NETWORK_ANALYTICS, json!({}), None);
    assert_eq!(error_code(&body), "AUTH_001", "anonymous: {body}");
    let now = Utc::now();
    for (from, to) in [
        (now, now),
        (now, now - Duration::hours(1)),
        (now - Duration::days(367), now),
    ] {
        let window = json!({ "from": rfc3339(from), "to": rfc3339(to) });
        let (_, body) = server.graphql(NETWORK_ANALYTICS, window, Some(&user));
        assert_eq!(error_code(&body), "VAL_001", "{from} {to}: {body}");
    }
    // Only `from`, a year ago: `to` defaults to now, and 366 days pass.
    let (_, body) = server.graphql(
        NETWORK_ANALYTICS,
        json!({ "from": rfc3339(now - Duration::days(365)) }),
        Some(&user),
    );
    assert!(body.get("errors").is_none(), "{body}");
}

const TIMELINE: &str = "query($from: DateTime, $to: DateTime, $interval: MetricInterval) {
  networkAnalytics(from: $from, to: $to) {
    totalServers
    timeline(interval: $interval) {
      timestamp reportingServers averageCpuUsage averageMemoryUsage averageNetworkSpeed
      averageConnections averageLatencyMs
    }
  }
}";

#[test]
fn the_network_timeline_buckets_every_servers_samples() {
    let server = TestServer::start(&[]);
    let (user, _) = server.login("user", "user-demo-pass");
    let to = Utc::now().duration_trunc(Duration::hours(1)).unwrap();
    let from = to - Duration::hours(12);
    let window = json!({ "from": rfc3339(from), "to": rfc3339(to), "interval": "HOUR" });
    let (status, body) = server.graphql(TIMELINE, window, Some(&user));
    assert_eq!(status, 200, "{body}");
    let points = body["data"]["networkAnalytics"]["timeline"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"));
    assert_eq!(points.len(), 12, "one point per hour: {body}");
    for (n, point) in points.iter().enumerate() {
        let at: DateTime<Utc> = point["timestamp"].as_str().unwrap().parse().unwrap();
        assert_eq!(at, from + Duration::hours(n as i64), "hourly, oldest first");
        for field in ["averageCpuUsage", "averageMemoryUsage"] {
            assert!((0.0..=100.0).contains(&float(&point[field])), "{point}");
        }
        assert!(float(&point["averageNetworkSpeed"]) > 0.0, "{point}");
        assert!(float(&point["averageLatencyMs"]) > 0.0, "{point}");
        assert!(float(&point["averageConnections"]) >= 0.0, "{point}");
        // Each bucket's servers are the ones networkAnalytics counts over that hour alone.
        let hour = json!({ "from": rfc3339(at), "to": rfc3339(at + Duration::hours(1)) });
        let (_, alone) = server.graphql(TIMELINE, hour, Some(&user));
        assert_eq!(
            point["reportingServers"], alone["data"]["networkAnalytics"]["totalServers"],
            "{point}"
        );
    }

    // The interval's limits are serverMetrics' own.
    let year = json!({
        "from": rfc3339(to - Duration::days(300)), "to": rfc3339(to), "interval": "MINUTE"
    });
    let (_, body) = server.graphql(TIMELINE, year, Some(&user));
    assert_eq!(error_code(&body), "VAL_001", "{body}");
    assert!(body.to_string().contains("interval"), "{body}");
    // Omitted, the finest within 500 points: 300 days in days.
    let year = json!({ "from": rfc3339(to - Duration::days(300)), "to": rfc3339(to) });
    let (_, body) = server.graphql(TIMELINE, year, Some(&user));
    let points = body["data"]["networkAnalytics"]["timeline"]
        .as_array()
        .unwrap();
    assert!(
        !points.is_empty() && points.len() <= 301,
        "{}",
        points.len()
    );

    let (_, body) = server.graphql(TIMELINE, json!({}), None);
    assert_eq!(error_code(&body), "AUTH_001", "anonymous: {body}");
}
