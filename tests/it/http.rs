//! The HTTP surface: GraphQL over GET and POST as GraphQL-over-HTTP says, limits, and the
//! side endpoints.

use serde_json::json;

use crate::common::{TestServer, error_code};

fn base(server: &TestServer) -> String {
    server.url.trim_end_matches("/graphql").to_string()
}

#[test]
fn side_endpoints_answer() {
    let server = TestServer::start(&[]);
    let http = crate::common::http().build().unwrap();
    let healthz = http
        .get(format!("{}/healthz", base(&server)))
        .send()
        .unwrap();
    assert_eq!(healthz.status(), 200);
    assert_eq!(healthz.text().unwrap(), "ok\n");
    let page = http
        .get(format!("{}/", base(&server)))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(page.to_lowercase().contains("graphiql"));

    server.graphql(
        "{ miningServers { pageInfo { totalItems } } }",
        json!({}),
        None,
    );
    server.graphql("{ nope }", json!({}), None);
    let metrics = http
        .get(format!("{}/metrics", base(&server)))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(
        metrics.contains("vpnmine_graphql_requests_total{status=\"200\",code=\"none\"}"),
        "{metrics}"
    );
    assert!(metrics.contains("code=\"VAL_001\""), "{metrics}");
    assert!(metrics.contains("vpnmine_graphql_request_duration_seconds_bucket"));
    assert!(metrics.trim_end().ends_with("# EOF"));
}

#[test]
fn get_serves_queries_but_not_mutations() {
    let server = TestServer::start(&[]);
    let http = crate::common::http().build().unwrap();
    let get = |query: &str| {
        let url = url::Url::parse_with_params(&server.url, [("query", query)]).unwrap();
        http.get(url).send().unwrap()
    };
    let ok = get("{ miningServers { pageInfo { totalItems } } }");
    assert_eq!(ok.status(), 200);
    let body: serde_json::Value = ok.json().unwrap();
    assert_eq!(body["data"]["miningServers"]["pageInfo"]["totalItems"], 300);

    let refused = get("mutation { revokeToken(token: \"x\") { success } }");
    assert_eq!(refused.status(), 405);
    assert_eq!(refused.headers()["allow"], "POST");
    let body: serde_json::Value = refused.json().unwrap();
    assert_eq!(error_code(&body), "VAL_001");
}

#[test]
fn graphql_response_media_type_uses_status_codes() {
    let server = TestServer::start(&[]);
    let http = crate::common::http().build().unwrap();
    let response = http
        .post(&server.url)
        .header("accept", "application/graphql-response+json")
        .json(&json!({"query": "{ nope }"}))
        .send()
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(
        response.headers()["content-type"],
        "application/graphql-response+json"
    );
    let legacy = http
        .post(&server.url)
        .json(&json!({"query": "{ nope }"}))
        .send()
        .unwrap();
    assert_eq!(legacy.status(), 200, "plain JSON clients keep 200");
    assert_eq!(legacy.headers()["content-type"], "application/json");
}

#[test]
fn oversized_bodies_are_refused() {
    use std::io::{Read as _, Write as _};
    let server = TestServer::start(&[]);
    // Raw HTTP, announcing a 2 MiB body and sending none of it: the server answers 413 from
    // the Content-Length alone. (A client that streams the body races the server's answer:
    // the server may close while it still writes, which fails the client with a broken pipe.)
    let address = server
        .url
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap();
    let mut socket = std::net::TcpStream::connect(address).unwrap();
    socket
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    write!(
        socket,
        "POST /graphql HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\n\r\n",
        2 << 20
    )
    .unwrap();
    let mut answer = [0u8; 12];
    socket.read_exact(&mut answer).unwrap();
    assert_eq!(
        &answer,
        b"HTTP/1.1 413",
        "{}",
        String::from_utf8_lossy(&answer)
    );
}

#[test]
fn rate_limits_answer_429_with_retry_after_and_exit_5() {
    let server = TestServer::start(&["--rate-limit", "FREE=3"]);
    for _ in 0..3 {
        let (status, _) = server.graphql(
            "{ miningServers { pageInfo { totalItems } } }",
            json!({}),
            None,
        );
        assert_eq!(status, 200);
    }
    let response = crate::common::http()
        .build()
        .unwrap()
        .post(&server.url)
        .json(&json!({"query": "{ miningServers { pageInfo { totalItems } } }"}))
        .send()
        .unwrap();
    assert_eq!(response.status(), 429);
    let retry: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry));
    let body: serde_json::Value = response.json().unwrap();
    assert_eq!(error_code(&body), "RTE_001");
    assert_eq!(body["errors"][0]["extensions"]["retryAfter"], retry);

    server
        .run(&["--timeout", "5", "servers", "list"])
        .fails(5, "RTE_001");

    // A logged-in PREMIUM account has its own, larger quota.
    let (status, _) = server.graphql(
        "mutation { authenticate(username: \"operator\", password: \"operator-demo-pass\") { accessToken } }",
        json!({}),
        None,
    );
    assert_eq!(status, 429, "logging in is a FREE anonymous request too");
}

#[test]
fn shared_answers_never_outlive_a_write() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let id = server.own_online_server(&operator);
    let listing =
        "{ miningServers(pagination: {size: 500}) { items { id metrics { cpuUsage } } } }";
    let cpu_of = |body: &serde_json::Value| {
        body["data"]["miningServers"]["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == id.as_str())
            .map(|s| s["metrics"]["cpuUsage"].clone())
    };
    let report = "mutation($id: ID!, $cpu: Float!) { reportMetrics(input: {serverId: $id, cpuUsage: $cpu, memoryUsage: 10, networkIn: 1, networkOut: 1, activeConnections: 1, latencyMs: 5}) { status } }";
    for cpu in [11.0, 22.0, 33.0] {
        let (_, reported) = server.graphql(report, json!({"id": id, "cpu": cpu}), Some(&operator));
        assert!(reported["errors"].is_null(), "{reported}");
        // Twice: the second may be a shared answer, and must be as fresh as the first.
        for _ in 0..2 {
            let (_, body) = server.graphql(listing, json!({}), None);
            assert_eq!(
                cpu_of(&body),
                Some(json!(cpu)),
                "after the heartbeat at {cpu}"
            );
        }
    }
}
