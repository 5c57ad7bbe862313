//! Request ids and the one log line per request, for both transports.
//!
//! HTTP: [`track_http`] (an axum middleware around every route) takes the caller's sane
//! `X-Request-Id` or makes one, answers with it in the `X-Request-Id` header, runs the request
//! in a `request` span that carries it (so every log line about the request has it), and logs
//! one INFO line when the answer leaves, with `status` (the platform code of the first error,
//! `ok`, or `error` for a failed request without one), `httpStatus` and `duration` (ms). The
//! GraphQL transport calls [`note_graphql_request`] and [`note_http_response`] to put the id
//! into the request's data and into every error's `extensions.requestId`.
//!
//! WebSocket: one id per operation (each subscribe message). A sane `requestId` in the
//! operation's `extensions` is used as is; otherwise the id is `<connection id>.<n>` for the
//! connection's `n`th operation, where the connection id is the upgrade request's (its sane
//! `X-Request-Id` header, or a generated one, echoed in the upgrade response). One prefix thus
//! finds every operation of a connection. [`traced_operation`] does this for every streamed
//! execution, stamps the operation's errors and logs one line when it ends.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use async_graphql::futures_util::stream::{BoxStream, Stream, StreamExt as _};
use async_graphql::parser::types::ExecutableDocument;
use async_graphql::{ServerError, Value, Variables};
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use tracing::Instrument as _;
use tracing::field::Empty;

use async_graphql_value::Value as Literal;

use super::api::Viewer;
use super::api::execution::{chosen_operation, data_of, root_fields, with_document};
use super::request_id::{HEADER, RequestId};

/// Root fields named in an unnamed operation's log label; the rest are counted.
const LABEL_FIELDS: usize = 8;
/// Longest server id written to a log line.
const MAX_LOGGED_ID: usize = 64;

tokio::task_local! {
    /// The HTTP request being served on this task (set by [`track_http`]). A task-local rather
    /// than an axum extension, so that the transport's refusals (401, 405, 429), which all pass
    /// through its `encode`, get the id without threading it through every call.
    static CURRENT: Arc<HttpRequest>;
}

/// What the middleware learns about its request from the handler.
struct HttpRequest {
    id: RequestId,
    /// The platform code of the first error answered.
    code: OnceLock<String>,
}

/// The id of the HTTP request this task serves, if any.
pub fn current_request_id() -> Option<RequestId> {
    CURRENT.try_with(|request| request.id.clone()).ok()
}

/// Milliseconds since `started`, to the microsecond.
fn millis(started: Instant) -> f64 {
    (started.elapsed().as_secs_f64() * 1e6).round() / 1e3
}

/// The axum middleware: see the module's documentation.
pub async fn track_http(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let incoming = request
        .headers()
        .get(HEADER)
        .and_then(|value| value.to_str().ok());
    let id = RequestId::from_incoming(incoming);
    let span = tracing::info_span!(
        "request",
        requestId = id.as_str(),
        method = %request.method(),
        path = request.uri().path(),
        operation = Empty,
        userId = Empty,
        serverId = Empty,
    );
    let state = Arc::new(HttpRequest {
        id: id.clone(),
        code: OnceLock::new(),
    });
    let mut response = CURRENT
        .scope(Arc::clone(&state), next.run(request))
        .instrument(span.clone())
        .await;
    // Sane ids are letters, digits and `-_.:`, always a valid header value.
    if let Ok(value) = HeaderValue::from_str(id.as_str()) {
        response.headers_mut().insert(HEADER, value);
    }
    let status = outcome(state.code.get().map(String::as_str), response.status());
    span.in_scope(|| {
        tracing::info!(
            status,
            httpStatus = response.status().as_u16(),
            duration = millis(started),
            "request"
        );
    });
    response
}

/// A request's `status` in the log: the platform code of its first error, else `ok` for a
/// success and `error` for a failure without a code (an unknown path, a malformed body).
fn outcome(code: Option<&str>, status: StatusCode) -> &str {
    match code {
        Some(code) => code,
        None if status.is_client_error() || status.is_server_error() => "error",
        None => "ok",
    }
}

/// Readies a GraphQL request of the HTTP transport: puts the request id into its data (for
/// resolvers and audit rows) and the operation, caller and server into the request's span.
pub fn note_graphql_request(
    mut request: async_graphql::Request,
    viewer: &Viewer,
) -> async_graphql::Request {
    record_request(&tracing::Span::current(), &mut request, Some(viewer));
    match current_request_id() {
        Some(id) => request.data(id),
        None => request,
    }
}

/// Puts the HTTP request's id into every error of its answer, and keeps the first error's code
/// for the log line. Call once the errors have their codes.
pub fn note_http_response(response: &mut async_graphql::Response) {
    let Ok(request) = CURRENT.try_with(Arc::clone) else {
        return;
    };
    stamp(&mut response.errors, &request.id);
    if let Some(code) = first_code(&response.errors) {
        let _ = request.code.set(code);
    }
}

fn stamp(errors: &mut [ServerError], id: &RequestId) {
    for error in errors {
        error
            .extensions
            .get_or_insert_with(Default::default)
            .set("requestId", id.as_str());
    }
}

fn first_code(errors: &[ServerError]) -> Option<String> {
    match errors.first()?.extensions.as_ref()?.get("code")? {
        Value::String(code) => Some(code.clone()),
        _ => None,
    }
}

/// Records what a request is about into `span`: its operation, its caller, the server it
/// names.
fn record_request(
    span: &tracing::Span,
    request: &mut async_graphql::Request,
    viewer: Option<&Viewer>,
) {
    let summary = with_document(request, OperationSummary::of).unwrap_or_default();
    if let Some(operation) = &summary.operation {
        span.record("operation", operation.as_str());
    }
    if let Some(server_id) = &summary.server_id {
        span.record("serverId", server_id.as_str());
    }
    if let Some(account) = viewer.and_then(Viewer::account) {
        span.record("userId", account.id.as_str());
    }
}

/// What the log says about a GraphQL operation.
#[derive(Debug, Default, PartialEq, Eq)]
struct OperationSummary {
    /// The operation's name, else its root fields (`me,systemHealth`).
    operation: Option<String>,
    /// The `serverId` argument of a root field, or of its `input` object.
    server_id: Option<String>,
}

impl OperationSummary {
    fn of(document: &ExecutableDocument, name: Option<&str>, variables: &Variables) -> Self {
        let Some((op_name, operation)) = chosen_operation(document, name) else {
            return Self::default();
        };
        let fields: Vec<_> = root_fields(operation).collect();
        let label = match op_name {
            Some(op_name) => op_name.to_string(),
            None => {
                let mut label = fields
                    .iter()
                    .take(LABEL_FIELDS)
                    .map(|f| f.name.node.as_str())
                    .collect::<Vec<_>>()
                    .join(",");
                if fields.len() > LABEL_FIELDS {
                    label.push_str(&format!(",+{} more", fields.len() - LABEL_FIELDS));
                }
                label
            }
        };
        let server_id = fields.iter().find_map(|field| {
            field
                .arguments
                .iter()
                .find_map(|(arg, value)| server_id_of(arg.node.as_str(), &value.node, variables))
        });
        Self {
            operation: (!label.is_empty()).then_some(label),
            server_id,
        }
    }
}

/// The server a root argument names: `serverId`, or the `serverId` of an input object. Read
/// by reference (a hostile request may make variables large) and cut to a sane length, since
/// it lands in every log line of the request.
fn server_id_of(argument: &str, value: &Literal, variables: &Variables) -> Option<String> {
    let variable = |name: &async_graphql::Name| variables.get(name);
    let id = match (argument, value) {
        ("serverId", Literal::String(id)) => Some(id),
        ("serverId", Literal::Variable(name)) => match variable(name)? {
            Value::String(id) => Some(id),
            _ => None,
        },
        (_, Literal::Object(fields)) => match fields.get("serverId")? {
            Literal::String(id) => Some(id),
            Literal::Variable(name) => match variable(name)? {
                Value::String(id) => Some(id),
                _ => None,
            },
            _ => None,
        },
        (_, Literal::Variable(name)) => match variable(name)? {
            Value::Object(fields) => match fields.get("serverId")? {
                Value::String(id) => Some(id),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }?;
    Some(id.chars().take(MAX_LOGGED_ID).collect())
}

/// A WebSocket connection's id, from its upgrade request, and its operations so far.
pub struct WsConnection {
    id: RequestId,
    operations: AtomicU64,
}

impl WsConnection {
    fn next_operation_id(&self) -> RequestId {
        self.id
            .derived(self.operations.fetch_add(1, Ordering::Relaxed) + 1)
    }
}

/// The connection data of a WebSocket being upgraded on this task: its id, from the upgrade
/// request's.
pub fn websocket_connection_data() -> async_graphql::Data {
    let mut data = async_graphql::Data::default();
    data.insert(WsConnection {
        id: current_request_id().unwrap_or_else(RequestId::generate),
        operations: AtomicU64::new(0),
    });
    data
}

/// Answers a WebSocket operation that the transport refused before it reached the schema (the
/// guard's limits, a token lost): its id is the one [`traced_operation`] would have given it, the
/// error carries it, and the refusal is logged like any other operation.
pub fn refused_operation(
    connection: Option<&async_graphql::Data>,
    request: &async_graphql::Request,
    error: ServerError,
) -> async_graphql::Response {
    let id = operation_id(connection, request);
    let mut errors = vec![error];
    stamp(&mut errors, &id);
    let status = first_code(&errors).unwrap_or_else(|| "error".into());
    tracing::info!(requestId = %id, status = %status, "websocket operation refused");
    async_graphql::Response::from_errors(errors)
}

/// Runs a streamed operation (WebSocket) as `run` does, with its request id (see
/// [`give_id`]), inside an `operation` span that carries the id, the operation, its caller and
/// server; stamps its errors with the id and logs one line when it ends.
pub fn traced_operation(
    mut request: async_graphql::Request,
    connection: Option<&async_graphql::Data>,
    run: impl FnOnce(async_graphql::Request) -> BoxStream<'static, async_graphql::Response>,
) -> BoxStream<'static, async_graphql::Response> {
    let span = tracing::info_span!(
        "operation",
        requestId = Empty,
        operation = Empty,
        userId = Empty,
        serverId = Empty,
    );
    let id = give_id(&mut request, connection);
    span.record("requestId", id.as_str());
    let viewer = data_of::<Viewer>(&request.data)
        .or_else(|| connection.and_then(data_of::<Viewer>))
        .cloned();
    record_request(&span, &mut request, viewer.as_ref());
    Box::pin(TracedOperation {
        inner: run(request),
        span,
        id,
        started: Instant::now(),
        code: None,
        failed: false,
    })
}

/// The request's id, which the HTTP transport has already put into its data; else the id of
/// a streamed operation (see [`operation_id`]), put there now for resolvers and audit rows.
pub fn give_id(
    request: &mut async_graphql::Request,
    connection: Option<&async_graphql::Data>,
) -> RequestId {
    if let Some(id) = data_of::<RequestId>(&request.data) {
        return id.clone();
    }
    let id = operation_id(connection, request);
    request.data.insert(id.clone());
    id
}

/// The id of a streamed operation: the sane one it asks for in its `extensions`, else the
/// connection's next, else a fresh one. Every operation counts in the connection's numbering,
/// so that `<connection>.<n>` is always its nth operation.
fn operation_id(
    connection: Option<&async_graphql::Data>,
    request: &async_graphql::Request,
) -> RequestId {
    let numbered = connection
        .and_then(data_of::<WsConnection>)
        .map(WsConnection::next_operation_id);
    asked_id(request)
        .or(numbered)
        .unwrap_or_else(RequestId::generate)
}

/// The sane id an operation asks for in its `extensions`.
fn asked_id(request: &async_graphql::Request) -> Option<RequestId> {
    match request.extensions.0.get("requestId") {
        Some(Value::String(id)) => RequestId::parse(id),
        _ => None,
    }
}

/// An operation's stream of answers, polled inside its span; logs its line when it ends (the
/// last answer sent, or the client stopped it or left).
struct TracedOperation<'s> {
    inner: BoxStream<'s, async_graphql::Response>,
    span: tracing::Span,
    id: RequestId,
    started: Instant,
    code: Option<String>,
    failed: bool,
}

impl Stream for TracedOperation<'_> {
    type Item = async_graphql::Response;

    fn poll_next(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        let this = self.get_mut();
        let mut polled = {
            let _entered = this.span.enter();
            this.inner.poll_next_unpin(cx)
        };
        if let std::task::Poll::Ready(Some(response)) = &mut polled
            && !response.errors.is_empty()
        {
            stamp(&mut response.errors, &this.id);
            if !this.failed {
                this.failed = true;
                this.code = first_code(&response.errors);
            }
        }
        polled
    }
}

impl Drop for TracedOperation<'_> {
    fn drop(&mut self) {
        let status = match (&self.code, self.failed) {
            (Some(code), _) => code.as_str(),
            (None, true) => "error",
            (None, false) => "ok",
        };
        let _entered = self.span.enter();
        tracing::info!(status, duration = millis(self.started), "operation");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use async_graphql::parser::parse_query;

    fn summary(query: &str, name: Option<&str>, variables: serde_json::Value) -> OperationSummary {
        let document = parse_query(query).unwrap();
        let variables = Variables::from_json(variables);
        OperationSummary::of(&document, name, &variables)
    }

    #[test]
    fn operations_are_named_by_name_else_by_root_fields() {
        let named = summary("query Me { me { id } }", None, serde_json::json!({}));
        assert_eq!(named.operation.as_deref(), Some("Me"));
        let anonymous = summary(
            "{ me { id } systemHealth { status } }",
            None,
            serde_json::json!({}),
        );
        assert_eq!(anonymous.operation.as_deref(), Some("me,systemHealth"));
        let two = "query A { me { id } } query B { systemHealth { status } }";
        assert_eq!(
            summary(two, Some("B"), serde_json::json!({}))
                .operation
                .as_deref(),
            Some("B")
        );
        assert_eq!(
            summary(two, None, serde_json::json!({})),
            OperationSummary::default()
        );
    }

    #[test]
    fn the_server_comes_from_a_root_argument_or_its_input() {
        let literal = summary(
            r#"mutation { startMining(serverId: "srv-1") { id } }"#,
            None,
            serde_json::json!({}),
        );
        assert_eq!(literal.server_id.as_deref(), Some("srv-1"));
        let variable = summary(
            "subscription($id: ID!) { realTimeMetrics(serverId: $id) { serverId } }",
            None,
            serde_json::json!({"id": "srv-2"}),
        );
        assert_eq!(variable.server_id.as_deref(), Some("srv-2"));
        let input = summary(
            "mutation($i: HeartbeatInput!) { reportMetrics(input: $i) { serverId } }",
            None,
            serde_json::json!({"i": {"serverId": "srv-3", "cpuUsage": 1.0}}),
        );
        assert_eq!(input.server_id.as_deref(), Some("srv-3"));
        let none = summary("{ me { id } }", None, serde_json::json!({}));
        assert_eq!(none.server_id, None);
    }

    #[test]
    fn outcomes_name_the_code_else_success_or_failure() {
        assert_eq!(
            outcome(Some("RTE_001"), StatusCode::TOO_MANY_REQUESTS),
            "RTE_001"
        );
        assert_eq!(outcome(None, StatusCode::OK), "ok");
        assert_eq!(outcome(None, StatusCode::SWITCHING_PROTOCOLS), "ok");
        assert_eq!(outcome(None, StatusCode::NOT_FOUND), "error");
    }

    #[test]
    fn connection_operations_count_up_from_the_connections_id() {
        let connection = WsConnection {
            id: RequestId::from_incoming(Some("up-1")),
            operations: AtomicU64::new(0),
        };
        assert_eq!(connection.next_operation_id().as_str(), "up-1.1");
        assert_eq!(connection.next_operation_id().as_str(), "up-1.2");
    }
}
