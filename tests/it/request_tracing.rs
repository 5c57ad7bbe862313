//! Request ids (HTTP and WebSocket), the server's JSON log, and the CLI showing the id of a
//! failed request.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Stdio};
use std::time::Duration;

use async_graphql::futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use crate::common::{Env, TestServer, error_code, http};

const ME: &str = "{ me { id } }";

/// POSTs `query` with an optional `X-Request-Id`; returns the echoed header and the body.
fn post(url: &str, query: &str, request_id: Option<&str>) -> (String, Value) {
    let mut request = http()
        .build()
        .unwrap()
        .post(url)
        .json(&json!({ "query": query }));
    if let Some(id) = request_id {
        request = request.header("x-request-id", id);
    }
    let response = request.send().expect("POST /graphql");
    let echoed = response
        .headers()
        .get("x-request-id")
        .expect("every answer carries x-request-id")
        .to_str()
        .unwrap()
        .to_string();
    (echoed, response.json().expect("a JSON body"))
}

#[test]
fn a_sane_request_id_is_echoed_and_an_insane_one_replaced() {
    let server = TestServer::start(&[]);
    let (echoed, _) = post(&server.url, ME, Some("op-42.a_b:c"));
    assert_eq!(echoed, "op-42.a_b:c");
    for insane in ["has space", "<script>", &"x".repeat(200)] {
        let (echoed, _) = post(&server.url, ME, Some(insane));
        assert_ne!(echoed, insane);
        assert_eq!(echoed.len(), 32, "a generated id: {echoed}");
    }
    let (generated, _) = post(&server.url, ME, None);
    assert_eq!(generated.len(), 32, "{generated}");
    // Routes other than /graphql carry one too.
    let health = http()
        .build()
        .unwrap()
        .get(server.url.replace("/graphql", "/healthz"))
        .header("x-request-id", "probe-1")
        .send()
        .unwrap();
    assert_eq!(health.headers()["x-request-id"], "probe-1");
}

#[test]
fn every_http_error_carries_the_request_id() {
    let server = TestServer::start(&["--rate-limit", "FREE=2"]);
    // A resolver's error, a validation error, and the transport's own refusal (rate limit).
    let (echoed, body) = post(&server.url, ME, Some("req-auth"));
    assert_eq!(error_code(&body), "AUTH_001");
    assert_eq!(
        body["errors"][0]["extensions"]["requestId"], "req-auth",
        "{body}"
    );
    assert_eq!(echoed, "req-auth");
    let (echoed, body) = post(&server.url, "{ nope }", None);
    assert_eq!(error_code(&body), "VAL_001");
    assert_eq!(
        body["errors"][0]["extensions"]["requestId"],
        echoed.as_str()
    );
    let (echoed, body) = post(&server.url, ME, Some("req-limited"));
    assert_eq!(error_code(&body), "RTE_001", "{body}");
    assert_eq!(echoed, "req-limited");
    assert_eq!(body["errors"][0]["extensions"]["requestId"], "req-limited");
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// Opens a graphql-transport-ws connection, with an `X-Request-Id` on the upgrade if given;
/// returns the socket and the upgrade answer's `x-request-id`.
async fn ws_connect(server: &TestServer, request_id: Option<&str>) -> (Socket, String) {
    let mut request = server
        .url
        .replace("http://", "ws://")
        .into_client_request()
        .unwrap();
    let headers = request.headers_mut();
    headers.insert(
        "sec-websocket-protocol",
        "graphql-transport-ws".parse().unwrap(),
    );
    if let Some(id) = request_id {
        headers.insert("x-request-id", id.parse().unwrap());
    }
    let (mut socket, response) = tokio_tungstenite::connect_async(request).await.unwrap();
    let echoed = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_string();
    let init = json!({"type": "connection_init", "payload": {}});
    socket.send(Message::text(init.to_string())).await.unwrap();
    assert_eq!(ws_next(&mut socket).await["type"], "connection_ack");
    (socket, echoed)
}

/// The next message other than keep-alives, within 10 s.
async fn ws_next(socket: &mut Socket) -> Value {
    loop {
        let message = tokio::time::timeout(Duration::from_secs(10), socket.next())
            .await
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

/// Subscribes anonymously to the network's metrics (refused: AUTH_001) and returns the
/// refusal's first error.
async fn refused_subscription(socket: &mut Socket, id: &str, extensions: Value) -> Value {
    let payload =
        json!({"query": "subscription { metricUpdates { timestamp } }", "extensions": extensions});
    let subscribe = json!({"id": id, "type": "subscribe", "payload": payload});
    socket
        .send(Message::text(subscribe.to_string()))
        .await
        .unwrap();
    // The previous refusal's `complete` may come first.
    let mut message = ws_next(socket).await;
    while message["type"] == "complete" {
        message = ws_next(socket).await;
    }
    let errors = match message["type"].as_str() {
        Some("error") => &message["payload"],
        Some("next") => &message["payload"]["errors"],
        _ => panic!("not a refusal: {message}"),
    };
    errors[0].clone()
}

#[test]
fn websocket_operations_get_an_id_each_in_their_errors() {
    let server = TestServer::start(&[]);
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        // From the upgrade request's id: `<connection>.<n>` for the nth operation.
        let (mut socket, echoed) = ws_connect(&server, Some("conn-9")).await;
        assert_eq!(echoed, "conn-9");
        let first = refused_subscription(&mut socket, "a", json!({})).await;
        assert_eq!(first["extensions"]["code"], "AUTH_001", "{first}");
        assert_eq!(first["extensions"]["requestId"], "conn-9.1", "{first}");
        let second = refused_subscription(&mut socket, "b", json!({})).await;
        assert_eq!(second["extensions"]["requestId"], "conn-9.2", "{second}");
        // The operation's own sane id wins; an insane one is not used.
        let own = refused_subscription(&mut socket, "c", json!({"requestId": "sub-own-1"})).await;
        assert_eq!(own["extensions"]["requestId"], "sub-own-1", "{own}");
        let bad = refused_subscription(&mut socket, "d", json!({"requestId": "bad id"})).await;
        assert_eq!(bad["extensions"]["requestId"], "conn-9.4", "{bad}");
        // Without an upgrade header the connection's id is generated.
        let (mut socket, generated) = ws_connect(&server, None).await;
        let error = refused_subscription(&mut socket, "1", json!({})).await;
        assert_eq!(error["extensions"]["requestId"], format!("{generated}.1"));
    });
}

/// `vpnmine server ARGS` with its stderr kept, on a free port.
struct LoggingServer {
    child: Child,
    url: String,
    _env: Env,
}

impl LoggingServer {
    fn start(args: &[&str], envs: &[(&str, &str)]) -> Self {
        let env = Env::new();
        let mut child = env
            .command()
            .args(["server", "--listen", "127.0.0.1:0"])
            .args(args)
            .envs(envs.iter().copied())
            .env_remove("RUST_LOG")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn server");
        let mut banner = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut banner)
            .unwrap();
        let url = banner.trim().rsplit(' ').next().unwrap().to_string();
        assert!(url.starts_with("http://"), "{banner}");
        Self {
            child,
            url,
            _env: env,
        }
    }

    /// Stops the server and returns everything it logged.
    fn stop(mut self) -> String {
        // The request lines are written before the answers leave; a moment for the last one.
        std::thread::sleep(Duration::from_millis(200));
        let _ = self.child.kill();
        let mut log = String::new();
        self.child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut log)
            .unwrap();
        let _ = self.child.wait();
        log
    }
}

#[test]
fn the_json_log_has_one_log_entry_per_request() {
    // A database without an admin is not served (issue #12), and the demo's banner is no JSON:
    // a platform started by `server init`.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("platform.db");
    let db = db.to_str().unwrap();
    let mut init = Env::new().command();
    init.args([
        "server",
        "init",
        "--db",
        db,
        "--admin",
        "root",
        "--password-stdin",
    ]);
    Env::run_input(init, "correct horse battery staple\n").ok();
    let server = LoggingServer::start(
        &["--log-format", "json", "--db", db],
        &[("VPNMINE_REGION", "eu-test")],
    );
    post(&server.url, ME, Some("json-1"));
    post(
        &server.url,
        "query Health { systemHealth { status } }",
        Some("json-2"),
    );
    let log = server.stop();
    let entries: Vec<Value> = log
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect();
    for id in ["json-1", "json-2"] {
        let lines: Vec<&Value> = entries
            .iter()
            .filter(|e| e["context"]["requestId"] == id && e["message"] == "request")
            .collect();
        assert_eq!(lines.len(), 1, "one line for {id}: {log}");
        let entry = lines[0];
        assert_eq!(entry["level"], "INFO");
        assert_eq!(entry["service"], "vpnmine");
        assert!(entry["timestamp"].is_string());
        assert!(entry["context"]["duration"].as_f64().is_some(), "{entry}");
        assert_eq!(entry["metadata"]["region"], "eu-test");
        assert_eq!(entry["metadata"]["version"], env!("CARGO_PKG_VERSION"));
        assert!(entry["metadata"]["environment"].is_string());
    }
    let me = entries
        .iter()
        .find(|e| e["context"]["requestId"] == "json-1")
        .unwrap();
    assert_eq!(me["context"]["operation"], "me");
    assert_eq!(me["context"]["status"], "AUTH_001");
    let health = entries
        .iter()
        .find(|e| e["context"]["requestId"] == "json-2")
        .unwrap();
    assert_eq!(health["context"]["operation"], "Health");
    assert_eq!(health["context"]["status"], "AUTH_001");
}

#[test]
fn a_logged_in_request_logs_its_user_and_server() {
    let server = LoggingServer::start(&["--log-format", "json", "--db", ":memory:", "--demo"], &[]);
    let test_server_view = |query: &str, variables: Value, token: Option<&str>| {
        let mut request = http()
            .build()
            .unwrap()
            .post(&server.url)
            .header("x-request-id", "who-1")
            .json(&json!({"query": query, "variables": variables}));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().unwrap().json::<Value>().unwrap()
    };
    let login = test_server_view(
        "mutation { authenticate(username: \"operator\", password: \"operator-demo-pass\") { accessToken user { id } } }",
        json!({}),
        None,
    );
    let token = login["data"]["authenticate"]["accessToken"]
        .as_str()
        .unwrap()
        .to_string();
    let user = login["data"]["authenticate"]["user"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    test_server_view(
        "query Metrics($s: ID!) { serverMetrics(serverId: $s, timeRange: {from: \"2026-01-01T00:00:00Z\", to: \"2026-01-02T00:00:00Z\"}) { timestamp } }",
        json!({"s": "srv-x"}),
        Some(&token),
    );
    let log = server.stop();
    let metrics: Value = log
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .find(|e| e["context"]["operation"] == "Metrics" && e["message"] == "request")
        .unwrap_or_else(|| panic!("no line for Metrics: {log}"));
    assert_eq!(metrics["context"]["userId"], user.as_str(), "{metrics}");
    assert_eq!(metrics["context"]["serverId"], "srv-x", "{metrics}");
}

#[test]
fn a_demo_start_logs_no_bulk_sql_but_slow_requests_still_warn() {
    // Every statement counts as slow: the seed's and the migrations' must still stay out of the
    // log, while a request's are reported.
    let server = LoggingServer::start(
        &["--log-format", "text", "--db", ":memory:", "--demo"],
        &[("VPNMINE_SLOW_STATEMENT_MS", "0")],
    );
    // A failed login still reads the users table.
    let login =
        r#"mutation { authenticate(username: "nobody", password: "wrong-pass") { accessToken } }"#;
    post(&server.url, login, Some("slow-1"));
    let log = server.stop();
    let longest = log.lines().map(str::len).max().unwrap_or(0);
    assert!(longest < 2048, "a {longest}-byte line:\n{log}");
    assert!(
        log.lines()
            .any(|line| line.contains("slow statement") && line.contains("slow-1")),
        "a request's slow statement warns, with its request id:\n{log}"
    );
}

/// The `requestId` of a `-o json` error on stderr.
fn json_error_request_id(stderr: &str) -> String {
    let error: Value = serde_json::from_str(stderr.trim())
        .unwrap_or_else(|e| panic!("not a JSON error ({e}): {stderr}"));
    error["error"]["requestId"]
        .as_str()
        .unwrap_or_else(|| panic!("no requestId: {error}"))
        .to_string()
}

#[test]
fn the_cli_shows_the_request_id_of_a_failed_request() {
    let server = LoggingServer::start(&["--log-format", "json", "--db", ":memory:", "--demo"], &[]);
    let env = Env::new();
    let run = |args: &[&str]| {
        let mut all = vec!["--endpoint", server.url.as_str()];
        all.extend_from_slice(args);
        env.run(&all)
    };
    let json_run = run(&["api", "{ me { id } }", "-o", "json"]);
    assert_eq!(json_run.code, 4, "{json_run:?}");
    let json_id = json_error_request_id(&json_run.stderr);
    let verbose_run = run(&["api", "{ me { id } }", "-v"]);
    verbose_run.fails(4, "AUTH_001");
    let verbose_id = verbose_run
        .stderr
        .lines()
        .find_map(|line| line.strip_prefix("request id: "))
        .unwrap_or_else(|| panic!("no request id with -v: {}", verbose_run.stderr))
        .to_string();
    assert_ne!(json_id, verbose_id, "one id per request");
    // Without -v the message stays short.
    let quiet_run = run(&["api", "{ me { id } }"]);
    assert!(
        !quiet_run.stderr.contains("request id"),
        "{}",
        quiet_run.stderr
    );
    // The ids are the ones the platform logged the requests under.
    let log = server.stop();
    for id in [&json_id, &verbose_id] {
        let logged = log.lines().any(|line| {
            serde_json::from_str::<Value>(line).is_ok_and(|e| {
                e["context"]["requestId"] == id.as_str() && e["context"]["status"] == "AUTH_001"
            })
        });
        assert!(logged, "{id} not in the server's log:\n{log}");
    }
}

#[test]
fn the_cli_names_its_request_id_even_without_an_answer() {
    let env = Env::new();
    let run = env.run(&[
        "--endpoint",
        crate::common::UNREACHABLE,
        "--timeout",
        "1",
        "api",
        "mutation { revokeToken { success } }",
        "-o",
        "json",
    ]);
    assert_eq!(run.code, 6, "{run:?}");
    let id = json_error_request_id(&run.stderr);
    assert_eq!(id.len(), 32, "{id}");
}
