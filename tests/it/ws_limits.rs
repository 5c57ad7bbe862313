//! WebSocket operations under the same limits as HTTP: rate quota, concurrent executions,
//! sockets per caller, `connection_init` timeout, message size, and tokens that stop working.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use async_graphql::futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

use crate::common::{TestServer, error_code};
use crate::realtime::{LIVE, Ws, refusal_code};

const WRONG_LOGIN: &str =
    "mutation { authenticate(username: \"operator\", password: \"wrong\") { accessToken } }";
const ME: &str = "{ me { id } }";
const COUNT: &str = "{ miningServers { pageInfo { totalItems } } }";

impl Ws {
    /// Sends every message in one write, so that the server reads them together.
    fn send_all(&mut self, messages: &[Value]) {
        self.rt.block_on(async {
            for message in messages {
                self.socket
                    .feed(Message::text(message.to_string()))
                    .await
                    .unwrap();
            }
            self.socket.flush().await.unwrap();
        });
    }

    /// The close code the server ends the socket with, within `within`.
    fn close_code(&mut self, within: Duration) -> Option<u16> {
        self.rt.block_on(async {
            let deadline = tokio::time::Instant::now() + within;
            loop {
                match tokio::time::timeout_at(deadline, self.socket.next()).await {
                    Ok(Some(Ok(Message::Close(frame)))) => return frame.map(|f| f.code.into()),
                    Ok(Some(Ok(_))) => continue,
                    Ok(Some(Err(_)) | None) => return None,
                    Err(_) => panic!("the socket was not closed within {within:?}"),
                }
            }
        })
    }

    /// Runs `query` as operation `id` and returns its single answer.
    fn run(&mut self, id: &str, query: &str) -> Value {
        self.subscribe(id, query, json!({}));
        let answer = self.next();
        assert_eq!(answer["id"], id, "{answer}");
        let complete = self.next();
        assert_eq!(complete["type"], "complete", "{complete}");
        answer["payload"].clone()
    }

    /// The error code (or "ok") of each operation of `ids`, by code, once all are complete.
    fn outcomes(&mut self, count: usize) -> HashMap<String, usize> {
        let mut codes = HashMap::new();
        // Refused operations too (the guard answers them before the schema runs) carry
        // a request id of their own.
        let mut request_ids = std::collections::HashSet::new();
        let mut errors = 0;
        let mut complete = 0;
        while complete < count {
            let message = self.next();
            match message["type"].as_str() {
                Some("next") => {
                    let error = &message["payload"]["errors"][0];
                    let code = error["extensions"]["code"]
                        .as_str()
                        .unwrap_or("ok")
                        .to_string();
                    if code != "ok" {
                        errors += 1;
                        let id = error["extensions"]["requestId"].as_str();
                        request_ids
                            .insert(id.unwrap_or_else(|| panic!("no id: {message}")).to_string());
                    }
                    *codes.entry(code).or_insert(0) += 1;
                }
                Some("complete") => complete += 1,
                _ => panic!("unexpected {message}"),
            }
        }
        assert_eq!(
            request_ids.len(),
            errors,
            "one id per operation: {request_ids:?}"
        );
        codes
    }
}

fn operations(query: &str, count: usize) -> Vec<Value> {
    (0..count)
        .map(|n| json!({"id": n.to_string(), "type": "subscribe", "payload": {"query": query}}))
        .collect()
}

#[test]
fn wrong_logins_over_one_socket_spend_the_rate_quota() {
    let server = TestServer::start(&["--rate-limit", "FREE=5", "--max-concurrent", "0"]);
    let mut ws = Ws::connect(&server, "graphql-transport-ws", None);
    ws.send_all(&operations(WRONG_LOGIN, 40));
    let codes = ws.outcomes(40);
    // connection_init took one request of the quota of five.
    assert_eq!(codes.get("AUTH_001"), Some(&4), "{codes:?}");
    assert_eq!(codes.get("RTE_001"), Some(&36), "{codes:?}");
}

#[test]
fn websocket_operations_and_http_requests_share_one_quota() {
    let server = TestServer::start(&["--rate-limit", "FREE=4"]);
    for _ in 0..2 {
        let (status, _) = server.graphql(COUNT, json!({}), None);
        assert_eq!(status, 200);
    }
    let mut ws = Ws::connect(&server, "graphql-transport-ws", None);
    let answer = ws.run("1", COUNT);
    assert_eq!(
        answer["data"]["miningServers"]["pageInfo"]["totalItems"],
        300
    );
    let refused = ws.run("2", COUNT);
    assert_eq!(error_code(&refused), "RTE_001", "{refused}");
    assert!(
        refused["errors"][0]["extensions"]["retryAfter"]
            .as_u64()
            .unwrap()
            >= 1
    );
    let (status, body) = server.graphql(COUNT, json!({}), None);
    assert_eq!(status, 429, "the socket spent the address's quota: {body}");
}

#[test]
fn a_refused_connection_init_says_why() {
    let server = TestServer::start(&["--rate-limit", "FREE=1"]);
    let mut ws = Ws::open(&server, "graphql-transport-ws").unwrap();
    ws.send(json!({"type": "connection_init", "payload": {"authToken": "vpm_at_nope"}}));
    assert_eq!(
        ws.close_code(Duration::from_secs(5)),
        Some(4403),
        "bad token"
    );
    let mut ws = Ws::connect(&server, "graphql-transport-ws", None);
    let refused = ws.run("1", "{ __typename }");
    assert_eq!(
        error_code(&refused),
        "RTE_001",
        "the init spent the quota of one"
    );
    let mut ws = Ws::open(&server, "graphql-transport-ws").unwrap();
    ws.send(json!({"type": "connection_init", "payload": {}}));
    assert_eq!(
        ws.close_code(Duration::from_secs(5)),
        Some(4429),
        "quota spent"
    );
}

#[test]
fn sockets_per_caller_are_capped() {
    let server = TestServer::start(&["--max-sockets", "3"]);
    let mut held: Vec<Ws> = (0..3)
        .map(|_| Ws::open(&server, "graphql-transport-ws").expect("within the cap"))
        .collect();
    assert_eq!(Ws::open(&server, "graphql-transport-ws").err(), Some(429));
    held.pop();
    // The server notices the closed socket shortly.
    let deadline = Instant::now() + Duration::from_secs(5);
    let reopened = loop {
        match Ws::open(&server, "graphql-transport-ws") {
            Ok(ws) => break ws,
            Err(_) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(50)),
            Err(status) => panic!("still refused ({status}) after a socket closed"),
        }
    };
    held.push(reopened);

    // A socket that logs in counts for its account from then on, not for the address.
    let (token, _) = server.login("operator", "operator-demo-pass");
    let mut logged_in = held.pop().unwrap();
    logged_in.send(json!({"type": "connection_init", "payload": {"authToken": token}}));
    assert_eq!(logged_in.next()["type"], "connection_ack");
    held.push(Ws::open(&server, "graphql-transport-ws").expect("the address has room again"));
    assert!(logged_in.run("1", ME)["data"]["me"]["id"].is_string());
}

#[test]
fn connection_init_must_come_in_time() {
    let server = TestServer::start(&["--ws-init-timeout", "1s"]);
    let mut silent = Ws::open(&server, "graphql-transport-ws").unwrap();
    let started = Instant::now();
    assert_eq!(silent.close_code(Duration::from_secs(5)), Some(4408));
    assert!(started.elapsed() < Duration::from_secs(3));
    // A socket that initialised in time stays open past the timeout.
    let mut ws = Ws::connect(&server, "graphql-transport-ws", None);
    std::thread::sleep(Duration::from_millis(1500));
    assert!(ws.run("1", "{ __typename }")["data"].is_object());
}

#[test]
fn oversized_messages_close_the_socket() {
    let server = TestServer::start(&["--ws-max-message", "2048"]);
    let mut ws = Ws::connect(&server, "graphql-transport-ws", None);
    let padding = "#".repeat(4096);
    ws.subscribe("1", &format!("{{ __typename }}\n{padding}"), json!({}));
    assert_eq!(ws.close_code(Duration::from_secs(5)), Some(1009));
    // Within the limit, the same document runs.
    let mut ws = Ws::connect(&server, "graphql-transport-ws", None);
    let padding = "#".repeat(1024);
    let answer = ws.run("1", &format!("{{ __typename }}\n{padding}"));
    assert!(answer["data"].is_object(), "{answer}");
}

#[test]
fn the_operation_beyond_the_concurrency_cap_is_refused() {
    let server = TestServer::start(&["--max-concurrent", "2", "--rate-limit", "off"]);
    let mut ws = Ws::connect(&server, "graphql-transport-ws", None);
    // Six slow operations (argon2) read together: two run, the others find the cap taken.
    ws.send_all(&operations(WRONG_LOGIN, 6));
    let codes = ws.outcomes(6);
    let refused = codes.get("RTE_001").copied().unwrap_or(0);
    assert!(refused >= 1, "{codes:?}");
    assert_eq!(
        codes.get("AUTH_001").copied().unwrap_or(0) + refused,
        6,
        "{codes:?}"
    );
    // They were all released: the next operations run.
    ws.send_all(&operations(WRONG_LOGIN, 2));
    assert_eq!(ws.outcomes(2).get("AUTH_001"), Some(&2));
}

/// Subscribes to the operator's own server's live metrics and returns the socket.
pub(crate) fn live_subscription(server: &TestServer, token: &str) -> Ws {
    let id = server.own_online_server(token);
    let mut ws = Ws::connect(server, "graphql-transport-ws", Some(token));
    ws.subscribe("live", LIVE, json!({"id": id}));
    // The subscription is running: a query on the same socket answers meanwhile.
    assert!(ws.run("me", ME)["data"]["me"]["id"].is_string());
    ws
}

/// The subscription ends with AUTH_001 and `complete` within a few seconds, and the next
/// operation on the socket is refused with AUTH_001 too.
pub(crate) fn assert_ended_by_lost_token(ws: &mut Ws) {
    let started = Instant::now();
    let error = ws.next();
    assert_eq!(error["id"], "live", "{error}");
    assert_eq!(refusal_code(&error), "AUTH_001");
    let complete = ws.next();
    assert_eq!(
        (complete["type"].as_str(), complete["id"].as_str()),
        (Some("complete"), Some("live"))
    );
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    let refused = ws.run("after", ME);
    assert_eq!(error_code(&refused), "AUTH_001", "{refused}");
}

#[test]
fn a_revoked_token_ends_its_subscriptions_and_operations() {
    let server = TestServer::start(&[]);
    let (token, _) = server.login("operator", "operator-demo-pass");
    let mut ws = live_subscription(&server, &token);
    let (_, revoked) = server.graphql(
        "mutation($t: String!) { revokeToken(token: $t) { success } }",
        json!({"t": token}),
        None,
    );
    assert_eq!(revoked["data"]["revokeToken"]["success"], true, "{revoked}");
    assert_ended_by_lost_token(&mut ws);
}

#[test]
fn revoking_its_session_ends_a_sockets_subscriptions_and_operations() {
    let server = TestServer::start(&[]);
    let (token, _) = server.login("operator", "operator-demo-pass");
    let mut ws = live_subscription(&server, &token);
    // Revoked from another login of the same account, by the session's id.
    let (other, _) = server.login("operator", "operator-demo-pass");
    let (_, listed) = server.graphql("{ mySessions { id current } }", json!({}), Some(&other));
    let target = listed["data"]["mySessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["current"] == false)
        .expect("the socket's session")["id"]
        .clone();
    let (_, revoked) = server.graphql(
        "mutation($id: ID!) { revokeSession(id: $id) { revokedAt } }",
        json!({"id": target}),
        Some(&other),
    );
    assert!(
        revoked["data"]["revokeSession"]["revokedAt"].is_string(),
        "{revoked}"
    );
    assert_ended_by_lost_token(&mut ws);
}

#[test]
fn an_expired_token_ends_its_subscriptions_and_operations() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("platform.db");
    let server = TestServer::start_with_db(db.to_str().unwrap(), &[]);
    let (token, _) = server.login("operator", "operator-demo-pass");
    let mut ws = live_subscription(&server, &token);
    // An hour passes for the token: its row says it expired a second ago.
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let url = format!("sqlite://{}", db.display());
        let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
        let hash = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(token.as_bytes()));
        let expired = chrono::Utc::now().timestamp() - 1;
        let updated = sqlx::query("UPDATE auth_tokens SET expires_at = ? WHERE token_hash = ?")
            .bind(expired)
            .bind(hash)
            .execute(&pool)
            .await
            .unwrap();
        assert_eq!(updated.rows_affected(), 1);
        pool.close().await;
    });
    assert_ended_by_lost_token(&mut ws);
}
