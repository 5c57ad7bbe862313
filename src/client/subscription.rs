//! GraphQL subscriptions over WebSocket (graphql-transport-ws), for `metrics watch`.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;

use super::Client;
use crate::error::{CliError, ErrorKind};

const PROTOCOL: &str = "graphql-transport-ws";

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// One open subscription.
pub struct Subscription {
    socket: Socket,
}

/// Why a subscription stopped delivering.
#[derive(Debug)]
pub enum Interrupted {
    /// The connection dropped or never came up: worth reconnecting.
    Connection(CliError),
    /// The server refused the subscription: reconnecting will not help.
    Refused(CliError),
}

fn websocket_url(client: &Client) -> Result<String, CliError> {
    let mut url = client.url.clone();
    let scheme = match url.scheme() {
        "https" => "wss",
        _ => "ws",
    };
    url.set_scheme(scheme)
        .map_err(|()| CliError::failed(format!("cannot derive a WebSocket URL from {url}")))?;
    Ok(url.to_string())
}

/// The refusal carried by an `error` frame or by a `next` frame with errors.
fn refusal(errors: &Value) -> CliError {
    let first = errors.get(0).unwrap_or(&Value::Null);
    let message = first
        .get("message")
        .and_then(Value::as_str)
        .unwrap_or("the subscription was refused");
    let code = first.pointer("/extensions/code").and_then(Value::as_str);
    let kind = code.map_or(ErrorKind::Failed, ErrorKind::from_api_code);
    let mut error = CliError::from_platform(kind, message, code.map(str::to_string), None);
    error.request_id = first
        .pointer("/extensions/requestId")
        .and_then(Value::as_str)
        .map(str::to_string);
    if let Some(seconds) = first
        .pointer("/extensions/retryAfter")
        .and_then(Value::as_u64)
    {
        error = error.with_hint(super::retry_hint(seconds));
    }
    error
}

impl Client {
    /// Connects, authenticates in `connection_init` and starts the operation `name` of
    /// the document `query`.
    pub async fn subscribe(
        &self,
        query: &str,
        name: &str,
        variables: Value,
    ) -> Result<Subscription, Interrupted> {
        let lost = |e: String| {
            Interrupted::Connection(CliError::from_platform(
                ErrorKind::Unreachable,
                format!("live updates from {}: {e}", self.url),
                None,
                None,
            ))
        };
        let url = websocket_url(self).map_err(Interrupted::Refused)?;
        let mut request = url.into_client_request().map_err(|e| lost(e.to_string()))?;
        request
            .headers_mut()
            .insert("sec-websocket-protocol", HeaderValue::from_static(PROTOCOL));
        let connect = tokio_tungstenite::connect_async(request);
        let (mut socket, _) = tokio::time::timeout(self.timeout, connect)
            .await
            .map_err(|_| lost("timed out connecting".into()))?
            .map_err(|e| lost(e.to_string()))?;
        let payload = match self.bearer() {
            Some(token) => json!({ "authToken": token }),
            None => json!({}),
        };
        let init = json!({ "type": "connection_init", "payload": payload });
        socket
            .send(Message::text(init.to_string()))
            .await
            .map_err(|e| lost(e.to_string()))?;
        let mut subscription = Subscription { socket };
        match tokio::time::timeout(self.timeout, subscription.frame()).await {
            Ok(Ok(frame)) if frame["type"] == "connection_ack" => {}
            Ok(Ok(frame)) => {
                return Err(Interrupted::Refused(CliError::from_platform(
                    ErrorKind::Auth,
                    format!("the platform refused the live connection: {frame}"),
                    None,
                    Some("AUTH_001"),
                )));
            }
            Ok(Err(e)) => return Err(e),
            Err(_) => return Err(lost("no connection_ack".into())),
        }
        let start = json!({
            "id": "1",
            "type": "subscribe",
            "payload": { "query": query, "operationName": name, "variables": variables },
        });
        subscription
            .socket
            .send(Message::text(start.to_string()))
            .await
            .map_err(|e| lost(e.to_string()))?;
        Ok(subscription)
    }
}

impl Subscription {
    /// The next protocol frame, answering pings.
    async fn frame(&mut self) -> Result<Value, Interrupted> {
        loop {
            let message = match self.socket.next().await {
                Some(Ok(message)) => message,
                Some(Err(e)) => {
                    return Err(Interrupted::Connection(CliError::new(
                        ErrorKind::Unreachable,
                        format!("live connection lost: {e}"),
                    )));
                }
                None => {
                    return Err(Interrupted::Connection(CliError::new(
                        ErrorKind::Unreachable,
                        "live connection closed by the platform",
                    )));
                }
            };
            match message {
                Message::Text(text) => {
                    let frame: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
                    if frame["type"] == "ping" {
                        let pong = json!({ "type": "pong" }).to_string();
                        let _ = self.socket.send(Message::text(pong)).await;
                        continue;
                    }
                    return Ok(frame);
                }
                Message::Close(_) => {
                    return Err(Interrupted::Connection(CliError::new(
                        ErrorKind::Unreachable,
                        "live connection closed by the platform",
                    )));
                }
                _ => continue,
            }
        }
    }

    /// The next update's `data`.
    pub async fn next(&mut self) -> Result<Value, Interrupted> {
        loop {
            let frame = self.frame().await?;
            match frame["type"].as_str() {
                Some("next") => {
                    if let Some(errors) = frame["payload"].get("errors") {
                        return Err(Interrupted::Refused(refusal(errors)));
                    }
                    return Ok(frame["payload"]["data"].clone());
                }
                Some("error") => return Err(Interrupted::Refused(refusal(&frame["payload"]))),
                Some("complete") => {
                    return Err(Interrupted::Connection(CliError::new(
                        ErrorKind::Unreachable,
                        "the platform ended the subscription",
                    )));
                }
                _ => continue,
            }
        }
    }

    /// Says goodbye politely; errors do not matter any more.
    pub async fn close(mut self) {
        let complete = json!({ "id": "1", "type": "complete" }).to_string();
        let _ = tokio::time::timeout(Duration::from_millis(200), async {
            let _ = self.socket.send(Message::text(complete)).await;
            let _ = self.socket.close(None).await;
        })
        .await;
    }
}
