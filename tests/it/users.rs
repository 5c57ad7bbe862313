//! Users' connections and the dashboards over HTTP.

use serde_json::json;

use crate::common::{TestServer, error_code, tokens};

const STATS: &str = "query($from: DateTime, $to: DateTime, $p: PaginationInput) { myConnectionStats(from: $from, to: $to, pagination: $p) { items { id serverName connectionStart connectionEnd dataTransferred } pageInfo { totalItems totalPages currentPage hasNext } totalDataTransferred averageSessionDuration } }";
const DASHBOARD: &str = "{ myConnectionDashboard { currentConnection { id connectionEnd } recentConnections { id connectionStart connectionEnd } totalDataTransferred averageMetrics { averageUploadSpeed averageDownloadSpeed averageNetworkSpeed averageLatency averageResponseTime } } }";
const USER: &str = "query($id: ID!) { userDashboard(userId: $id) { user { username role } currentSession { id server } statistics { totalSessions totalDataTransferred averageSessionDuration preferredServers } mining { activeServers totalRewards pendingRewards pendingRewardsExact miningEfficiency } } }";
const ADMIN: &str = "{ adminDashboard { networkOverview { totalActiveConnections totalServers activeServers totalDataTransferred averageNetworkUtilization connectionsByRegion } topServers { serverId activeConnections tokenEarnings } topUsers { username dataTransferred lastActive } tokenMetrics { totalTokensInCirculation totalTokensEarned totalTokensEarnedExact totalTokensSpent averageDailyVolume recentActivity { timestamp earned earnedExact spent } } } }";

#[test]
fn my_connections_are_paged_and_summed() {
    let server = TestServer::start(&[]);
    let (user, _) = server.login("user", "user-demo-pass");
    let (_, body) = server.graphql(STATS, json!({"p": {"page": 1, "size": 5}}), Some(&user));
    let page = &body["data"]["myConnectionStats"];
    let total = page["pageInfo"]["totalItems"].as_i64().unwrap();
    assert!(total > 0, "{body}");
    let items = page["items"].as_array().unwrap();
    assert_eq!(items.len() as i64, total.min(5));
    let starts: Vec<&str> = items
        .iter()
        .map(|s| s["connectionStart"].as_str().unwrap())
        .collect();
    assert!(
        starts.windows(2).all(|w| w[0] >= w[1]),
        "newest first: {starts:?}"
    );
    assert_eq!(
        page["pageInfo"]["totalPages"].as_i64().unwrap(),
        (total + 4) / 5
    );

    // The sum over every page equals the window's total.
    let (_, all) = server.graphql(STATS, json!({"p": {"size": 500}}), Some(&user));
    let sum: f64 = all["data"]["myConnectionStats"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["dataTransferred"].as_f64().unwrap())
        .sum();
    let reported = all["data"]["myConnectionStats"]["totalDataTransferred"]
        .as_f64()
        .unwrap();
    assert!((sum - reported).abs() < 1e-6, "{sum} vs {reported}");

    let (_, body) = server.graphql(
        STATS,
        json!({"from": "2026-01-02T00:00:00Z", "to": "2026-01-01T00:00:00Z"}),
        Some(&user),
    );
    assert_eq!(error_code(&body), "VAL_001");
    let (_, body) = server.graphql(STATS, json!({"p": {"page": 0}}), Some(&user));
    assert_eq!(error_code(&body), "VAL_001");
    let (_, body) = server.graphql(STATS, json!({}), None);
    assert_eq!(error_code(&body), "AUTH_001");
}

#[test]
fn connection_dashboard_shows_the_open_session_first() {
    let server = TestServer::start(&[]);
    let (user, _) = server.login("user", "user-demo-pass");
    let (_, body) = server.graphql(DASHBOARD, json!({}), Some(&user));
    let dashboard = &body["data"]["myConnectionDashboard"];
    let current = &dashboard["currentConnection"];
    assert!(
        current["id"].is_string(),
        "the demo user has an open session: {body}"
    );
    assert!(current["connectionEnd"].is_null());
    let recent = dashboard["recentConnections"].as_array().unwrap();
    assert!(!recent.is_empty() && recent.len() <= 10);
    assert_eq!(recent[0]["id"], current["id"]);
    let averages = &dashboard["averageMetrics"];
    let network = averages["averageNetworkSpeed"].as_f64().unwrap();
    let sum = averages["averageUploadSpeed"].as_f64().unwrap()
        + averages["averageDownloadSpeed"].as_f64().unwrap();
    assert!((network - sum).abs() < 1e-9);
    assert!(averages["averageLatency"].as_f64().unwrap() > 0.0);
}

#[test]
fn user_dashboards_are_for_oneself_or_admins() {
    let server = TestServer::start(&[]);
    let (user, _) = server.login("user", "user-demo-pass");
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let id = |token: &str| {
        let (_, me) = server.graphql("{ me { id } }", json!({}), Some(token));
        me["data"]["me"]["id"].as_str().unwrap().to_string()
    };
    let (user_id, operator_id) = (id(&user), id(&operator));

    let (_, own) = server.graphql(USER, json!({"id": user_id}), Some(&user));
    let own = &own["data"]["userDashboard"];
    assert_eq!(own["user"]["username"], "user");
    assert!(own["statistics"]["totalSessions"].as_i64().unwrap() > 0);
    assert!(
        !own["statistics"]["preferredServers"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        own["mining"]["activeServers"], 0,
        "plain users operate nothing"
    );

    let (_, body) = server.graphql(USER, json!({"id": operator_id}), Some(&user));
    assert_eq!(error_code(&body), "AUTH_001");
    let admin = server.admin_token();
    let (_, body) = server.graphql(USER, json!({"id": operator_id}), Some(&admin));
    let mining = &body["data"]["userDashboard"]["mining"];
    assert!(mining["activeServers"].as_i64().unwrap() >= 1, "{body}");
    assert!(tokens(&mining["pendingRewardsExact"]).is_positive());
    assert_eq!(
        mining["pendingRewards"].as_f64().unwrap(),
        tokens(&mining["pendingRewardsExact"]).to_f64(),
        "the Float twin is the exact amount's nearest double"
    );
    let (_, body) = server.graphql(USER, json!({"id": "usr-nobody"}), Some(&admin));
    assert_eq!(error_code(&body), "RSC_001");
}

#[test]
fn admin_dashboard_adds_up() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (_, body) = server.graphql(ADMIN, json!({}), Some(&admin));
    let dashboard = &body["data"]["adminDashboard"];
    let overview = &dashboard["networkOverview"];
    assert_eq!(overview["totalServers"], 300, "{body}");
    let active = overview["activeServers"].as_i64().unwrap();
    assert!(
        active > 200 && active < 300,
        "a few demo servers are silent or in maintenance"
    );
    let by_region: i64 = overview["connectionsByRegion"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_i64().unwrap())
        .sum();
    assert_eq!(
        by_region,
        overview["totalActiveConnections"].as_i64().unwrap()
    );
    let top: Vec<i64> = dashboard["topServers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["activeConnections"].as_i64().unwrap())
        .collect();
    assert_eq!(top.len(), 10);
    assert!(top.windows(2).all(|w| w[0] >= w[1]));
    let users: Vec<f64> = dashboard["topUsers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["dataTransferred"].as_f64().unwrap())
        .collect();
    assert!(users.windows(2).all(|w| w[0] >= w[1]));
    let metrics = &dashboard["tokenMetrics"];
    assert_eq!(metrics["recentActivity"].as_array().unwrap().len(), 14);
    let earned_before = tokens(&metrics["totalTokensEarnedExact"]);

    // A paid claim shows up in the totals and today's activity.
    let (_, listed) = server.graphql("{ miningServers(filters: {miningEnabled: true, status: ONLINE}, pagination: {size: 100}) { items { id } } }", json!({}), None);
    let paid = listed["data"]["miningServers"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|s| {
            let (_, body) = server.graphql(
                "mutation($id: ID!) { claimMiningRewards(serverId: $id) { success amountExact } }",
                json!({"id": s["id"]}),
                Some(&admin),
            );
            let result = &body["data"]["claimMiningRewards"];
            (result["success"] == true).then(|| tokens(&result["amountExact"]))
        })
        .expect("some server can claim");
    let (_, after) = server.graphql(ADMIN, json!({}), Some(&admin));
    let metrics = &after["data"]["adminDashboard"]["tokenMetrics"];
    let earned_after = tokens(&metrics["totalTokensEarnedExact"]);
    assert_eq!(earned_after, earned_before.checked_add(paid).unwrap());
    let today = tokens(
        &metrics["recentActivity"]
            .as_array()
            .unwrap()
            .last()
            .unwrap()["earnedExact"],
    );
    assert!(today >= paid, "{today} < {paid}");

    for who in [
        ("operator", "operator-demo-pass"),
        ("user", "user-demo-pass"),
    ] {
        let (token, _) = server.login(who.0, who.1);
        let (_, body) = server.graphql(ADMIN, json!({}), Some(&token));
        assert_eq!(error_code(&body), "AUTH_001");
    }
}
