//! Subscriptions over WebSocket (both protocols), heartbeats in, permissions.

use std::time::Duration;

use async_graphql::futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::runtime::Runtime;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use crate::common::{TestServer, error_code};

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// A subscription client on a runtime of its own, so the test can also make blocking calls.
pub(crate) struct Ws {
    pub(crate) rt: Runtime,
    pub(crate) socket: Socket,
    pub(crate) protocol: &'static str,
}

impl Ws {
    /// A socket upgraded but not initialised; `Err` carries the HTTP status of a refusal.
    pub(crate) fn open(server: &TestServer, protocol: &'static str) -> Result<Self, u16> {
        let rt = Runtime::new().unwrap();
        let url = server.url.replace("http://", "ws://");
        let mut request = url.into_client_request().unwrap();
        request
            .headers_mut()
            .insert("sec-websocket-protocol", protocol.parse().unwrap());
        let socket = match rt.block_on(tokio_tungstenite::connect_async(request)) {
            Ok((socket, _)) => socket,
            Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
                return Err(response.status().as_u16());
            }
            Err(other) => panic!("WebSocket handshake failed: {other}"),
        };
        Ok(Self {
            rt,
            socket,
            protocol,
        })
    }

    pub(crate) fn connect(
        server: &TestServer,
        protocol: &'static str,
        token: Option<&str>,
    ) -> Self {
        let mut ws = Self::open(server, protocol).expect("the upgrade is accepted");
        let payload = token.map_or(json!({}), |t| json!({"authToken": t}));
        ws.send(json!({"type": "connection_init", "payload": payload}));
        let ack = ws.next();
        assert_eq!(ack["type"], "connection_ack", "{ack}");
        ws
    }

    pub(crate) fn send(&mut self, message: Value) {
        self.rt
            .block_on(self.socket.send(Message::text(message.to_string())))
            .unwrap();
    }

    /// The next protocol message other than keep-alives, within 10 s.
    pub(crate) fn next(&mut self) -> Value {
        loop {
            let message = self
                .rt
                .block_on(async {
                    tokio::time::timeout(Duration::from_secs(10), self.socket.next()).await
                })
                .expect("a message within 10 s")
                .expect("the socket stays open")
                .unwrap();
            if let Message::Text(text) = message {
                let value: Value = serde_json::from_str(&text).unwrap();
                if !matches!(value["type"].as_str(), Some("ka" | "ping" | "pong")) {
                    return value;
                }
            }
        }
    }

    pub(crate) fn subscribe(&mut self, id: &str, query: &str, variables: Value) {
        let kind = if self.protocol == "graphql-ws" {
            "start"
        } else {
            "subscribe"
        };
        self.send(
            json!({"id": id, "type": kind, "payload": {"query": query, "variables": variables}}),
        );
    }
}

pub(crate) const LIVE: &str = "subscription($id: ID!) { realTimeMetrics(serverId: $id) { serverId metrics { type name value unit } status { code } alerts { severity message } } }";
pub(crate) const NETWORK: &str = "subscription { metricUpdates { timestamp activeConnections serverMetrics { serverId cpuUsage } networkMetrics { totalBandwidth totalActiveUsers currentTokenRate connectionsByRegion } } }";
const REPORT: &str = "mutation($input: HeartbeatInput!) { reportMetrics(input: $input) { serverId status performanceScore miningRate } }";

/// The error code of a refused subscription: an `error` frame, or a `next` frame carrying
/// the resolver's errors (both are what graphql-transport-ws allows).
pub(crate) fn refusal_code(message: &Value) -> String {
    let errors = match message["type"].as_str() {
        Some("error") => &message["payload"],
        Some("next") => &message["payload"]["errors"],
        _ => panic!("not a refusal: {message}"),
    };
    errors[0]["extensions"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("no code: {message}"))
        .to_string()
}

fn heartbeat(id: &str, cpu: f64) -> Value {
    json!({"input": {"serverId": id, "cpuUsage": cpu, "memoryUsage": 40.0, "networkIn": 120.0,
                     "networkOut": 80.0, "activeConnections": 42, "latencyMs": 35.0,
                     "custom": [{"name": "wg.handshakes", "value": 7.0, "timestamp": "2026-01-01T00:00:00Z"}]}})
}

#[test]
fn an_agents_heartbeat_reaches_the_subscriber() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let id = server.own_online_server(&operator);
    let mut ws = Ws::connect(&server, "graphql-transport-ws", Some(&operator));
    ws.subscribe("1", LIVE, json!({"id": id}));
    // Give the subscription a moment to register before the heartbeat is published.
    std::thread::sleep(Duration::from_millis(300));

    let (_, reported) = server.graphql(REPORT, heartbeat(&id, 95.0), Some(&operator));
    let result = &reported["data"]["reportMetrics"];
    assert_eq!(result["status"], "DEGRADED", "{reported}");
    assert!(result["performanceScore"].as_f64().unwrap() > 0.0);

    let update = ws.next();
    assert_eq!(update["type"], "next", "{update}");
    let live = &update["payload"]["data"]["realTimeMetrics"];
    assert_eq!(live["serverId"], id.as_str());
    let cpu = live["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["type"] == "CPU")
        .unwrap();
    assert_eq!(cpu["value"], 95.0);
    assert!(
        live["metrics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["name"] == "wg.handshakes" && m["type"] == "CUSTOM")
    );
    assert_eq!(live["alerts"][0]["severity"], "HIGH");

    // The heartbeat is stored: the listing shows it.
    let (_, page) = server.graphql(
        "{ miningServers(filters: {status: DEGRADED}, pagination: {size: 500}) { items { id metrics { cpuUsage activeConnections } } } }",
        json!({}),
        None,
    );
    let listed = page["data"]["miningServers"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id.as_str())
        .cloned()
        .expect("the server is now DEGRADED");
    assert_eq!(listed["metrics"]["cpuUsage"], 95.0);
    assert_eq!(listed["metrics"]["activeConnections"], 42);
}

#[test]
fn the_legacy_protocol_and_the_network_stream_work() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let id = server.own_online_server(&operator);
    let mut ws = Ws::connect(&server, "graphql-ws", Some(&admin));
    ws.subscribe("n", NETWORK, json!({}));
    std::thread::sleep(Duration::from_millis(300));
    server.graphql(REPORT, heartbeat(&id, 30.0), Some(&operator));
    let update = ws.next();
    assert_eq!(update["type"], "data", "legacy graphql-ws frames: {update}");
    let metrics = &update["payload"]["data"]["metricUpdates"];
    assert_eq!(metrics["serverMetrics"][0]["serverId"], id.as_str());
    assert_eq!(metrics["serverMetrics"][0]["cpuUsage"], 30.0);
    assert!(
        metrics["networkMetrics"]["totalBandwidth"]
            .as_f64()
            .unwrap()
            > 0.0
    );
    assert!(metrics["networkMetrics"]["connectionsByRegion"].is_object());
}

#[test]
fn subscribers_need_the_right_role() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let (user, _) = server.login("user", "user-demo-pass");
    let id = server.own_online_server(&operator);

    let mut ws = Ws::connect(&server, "graphql-transport-ws", Some(&user));
    ws.subscribe("1", LIVE, json!({"id": id}));
    assert_eq!(refusal_code(&ws.next()), "AUTH_001");

    let mut anonymous = Ws::connect(&server, "graphql-transport-ws", None);
    anonymous.subscribe("2", NETWORK, json!({}));
    assert_eq!(refusal_code(&anonymous.next()), "AUTH_001");

    // Heartbeats: only for one's own servers, with sane values.
    let (_, body) = server.graphql(REPORT, heartbeat(&id, 30.0), Some(&user));
    assert_eq!(error_code(&body), "AUTH_001");
    let (_, body) = server.graphql(REPORT, heartbeat(&id, 150.0), Some(&operator));
    assert_eq!(error_code(&body), "VAL_001");
}

#[test]
fn the_simulator_feeds_the_demo_network() {
    let server = TestServer::start(&["--simulate", "1s"]);
    let admin = server.admin_token();
    let mut ws = Ws::connect(&server, "graphql-transport-ws", Some(&admin));
    ws.subscribe("n", NETWORK, json!({}));
    let update = ws.next();
    let metrics = &update["payload"]["data"]["metricUpdates"];
    assert!(
        metrics["serverMetrics"].as_array().unwrap().len() > 200,
        "every reporting server: {update}"
    );
    assert!(
        metrics["networkMetrics"]["currentTokenRate"]
            .as_f64()
            .unwrap()
            > 0.0
    );
}

#[test]
fn heartbeats_in_quick_succession_each_reach_both_streams_in_order() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let id = server.own_online_server(&operator);
    let mut ws = Ws::connect(&server, "graphql-transport-ws", Some(&admin));
    ws.subscribe("live", LIVE, json!({"id": id}));
    ws.subscribe("net", NETWORK, json!({}));
    std::thread::sleep(Duration::from_millis(300));
    // One request, three heartbeats: they land in the same tick or in consecutive ones.
    let three = format!(
        "mutation {{ {} }}",
        [10, 20, 30]
            .map(|cpu| format!(
                "b{cpu}: reportMetrics(input: {{serverId: \"{id}\", cpuUsage: {cpu}, memoryUsage: 40, \
                 networkIn: 1, networkOut: 1, activeConnections: 3, latencyMs: 20}}) {{ status }}"
            ))
            .join(" ")
    );
    let (_, reported) = server.graphql(&three, json!({}), Some(&operator));
    assert!(reported.get("errors").is_none(), "{reported}");

    let (mut live, mut network) = (Vec::new(), Vec::new());
    while live.len() < 3 || network.len() < 3 {
        let message = ws.next();
        assert_eq!(message["type"], "next", "{message}");
        let data = &message["payload"]["data"];
        if message["id"] == "live" {
            let cpu = data["realTimeMetrics"]["metrics"]
                .as_array()
                .unwrap()
                .iter()
                .find(|m| m["type"] == "CPU")
                .unwrap()["value"]
                .clone();
            live.push(cpu);
        } else {
            for update in data["metricUpdates"]["serverMetrics"].as_array().unwrap() {
                assert_eq!(update["serverId"], id.as_str());
                network.push(update["cpuUsage"].clone());
            }
        }
    }
    assert_eq!(live, [10.0, 20.0, 30.0]);
    assert_eq!(network, [10.0, 20.0, 30.0]);
}

/// Identical subscriptions of one account share one execution (issue 17's fan-out); each
/// subscriber still gets every update, counts in `activeSubscriptions`, and sees only what its
/// account may: an operator's stream leaves out the servers of others.
#[test]
fn identical_subscriptions_each_get_every_update_and_only_their_own_servers() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let own = server.own_online_server(&operator);
    let (_, me) = server.graphql("{ me { id } }", json!({}), Some(&operator));
    let (_, page) = server.graphql(
        "{ miningServers(filters: {status: ONLINE}, pagination: {size: 500}) { items { id ownerId } } }",
        json!({}),
        None,
    );
    let foreign = page["data"]["miningServers"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["ownerId"] != me["data"]["me"]["id"])
        .expect("a server of another operator")["id"]
        .as_str()
        .unwrap()
        .to_string();

    let mut first = Ws::connect(&server, "graphql-transport-ws", Some(&operator));
    let mut second = Ws::connect(&server, "graphql-transport-ws", Some(&operator));
    let mut watcher = Ws::connect(&server, "graphql-transport-ws", Some(&admin));
    first.subscribe("a", NETWORK, json!({}));
    second.subscribe("b", NETWORK, json!({}));
    watcher.subscribe("c", NETWORK, json!({}));
    std::thread::sleep(Duration::from_millis(300));
    let health = "{ systemHealth { metrics { activeSubscriptions } } }";
    let (_, body) = server.graphql(health, json!({}), Some(&admin));
    assert_eq!(
        body["data"]["systemHealth"]["metrics"]["activeSubscriptions"], 3,
        "{body}"
    );

    server.graphql(REPORT, heartbeat(&foreign, 20.0), Some(&admin));
    let seen = |update: &Value| -> Vec<String> {
        update["payload"]["data"]["metricUpdates"]["serverMetrics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["serverId"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(seen(&watcher.next()), [foreign.as_str()]);
    // The operator's streams carry the network's figures but none of another's servers.
    let (a, b) = (first.next(), second.next());
    assert!(seen(&a).is_empty(), "{a}");
    assert_eq!(a["payload"], b["payload"]);
    assert_eq!((a["id"].as_str(), b["id"].as_str()), (Some("a"), Some("b")));

    server.graphql(REPORT, heartbeat(&own, 33.0), Some(&operator));
    let (a, b) = (first.next(), second.next());
    assert_eq!(seen(&a), [own.as_str()]);
    assert_eq!(a["payload"], b["payload"]);
    assert_eq!(seen(&watcher.next()), [own.as_str()]);

    // One subscriber leaving ends neither the shared stream nor the count of the others.
    drop(second);
    std::thread::sleep(Duration::from_millis(300));
    let (_, body) = server.graphql(health, json!({}), Some(&admin));
    assert_eq!(
        body["data"]["systemHealth"]["metrics"]["activeSubscriptions"], 2,
        "{body}"
    );
    server.graphql(REPORT, heartbeat(&own, 34.0), Some(&operator));
    let update = first.next();
    assert_eq!(
        update["payload"]["data"]["metricUpdates"]["serverMetrics"][0]["cpuUsage"],
        34.0
    );
}
