//! HTTP transport: GraphQL over POST and GET on `/graphql` (GraphQL-over-HTTP), GraphiQL at
//! `/`, `/healthz`, Prometheus text at `/metrics`. Authentication, rate limits and request
//! accounting happen here, before and after the schema runs.

use std::net::SocketAddr;
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use async_graphql::http::ALL_WEBSOCKET_PROTOCOLS;
use async_graphql::http::GraphiQLSource;
use async_graphql_axum::{GraphQLProtocol, GraphQLRequest, GraphQLWebSocket};
use axum::Router;
use axum::body::Bytes;
use axum::extract::ws::WebSocketUpgrade;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;

use super::answers::{self, Answers, RequestKind};
use super::api::auth::{RequestToken, viewer_for_token};
use super::api::{Account, ApiError, ApiSchema, Viewer, build_schema_with, types};
use super::broker::Broker;
use super::counters::ServerStats;
use super::export_files::{DownloadQuery, Exports};
use super::limits::{RateLimitConfig, RateLimits};
use super::lockout::LockoutPolicy;
use super::origin::RequestOrigin;
use super::request_log;
use super::secrets::token_hash;
use super::store::Store;

/// Largest request body accepted.
pub const MAX_BODY_BYTES: usize = 1 << 20;
const GRAPHQL_RESPONSE: &str = "application/graphql-response+json";

#[derive(Clone)]
struct AppState {
    schema: ApiSchema,
    store: Store,
    local_admin_token: Option<Arc<str>>,
    stats: Arc<ServerStats>,
    limits: Arc<RateLimits>,
    exports: Exports,
    answers: Arc<Answers>,
}

pub fn router(
    store: Store,
    local_admin_token: Option<String>,
    rate_limits: RateLimitConfig,
    broker: Broker,
    exports: Exports,
    lockout: LockoutPolicy,
) -> Router {
    let stats = Arc::new(ServerStats::new());
    let limits = Arc::new(RateLimits::new(rate_limits));
    forget_idle_callers(Arc::downgrade(&limits));
    let state = AppState {
        schema: build_schema_with(
            store.clone(),
            Arc::clone(&stats),
            broker,
            exports.clone(),
            lockout,
        ),
        store,
        local_admin_token: local_admin_token.map(Arc::from),
        stats,
        limits,
        exports,
        answers: Arc::default(),
    };
    Router::new()
        .route("/", get(graphiql))
        .route("/graphql", get(graphql_get).post(graphql))
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .route("/exports/{id}", get(export_download))
        // The GraphQL extractor streams the body itself, so the limit sits on the body.
        .layer(tower_http::limit::RequestBodyLimitLayer::new(
            MAX_BODY_BYTES,
        ))
        // Outermost, so that every answer (refusals too) carries the request id.
        .layer(axum::middleware::from_fn(request_log::track_http))
        .with_state(state)
}

/// Keeps the limiters' memory bounded while the server runs.
fn forget_idle_callers(limits: Weak<RateLimits>) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        loop {
            tick.tick().await;
            match limits.upgrade() {
                Some(limits) => limits.forget_idle(),
                None => break,
            }
        }
    });
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
}

/// Who the request is from: anonymous without a bearer token, the local admin for the
/// embedded backend's one-time token, else the owner of a valid access token.
async fn viewer(state: &AppState, headers: &HeaderMap) -> Result<Viewer, ApiError> {
    let Some(token) = bearer(headers) else {
        return Ok(Viewer::Anonymous);
    };
    if state.local_admin_token.as_deref() == Some(token) {
        return Ok(Viewer::User(Account {
            id: "usr-admin".into(),
            username: "admin".into(),
            role: types::Role::Admin,
            user_type: types::UserType::Admin,
        }));
    }
    viewer_for_token(&state.store, token).await
}

/// The media type to answer in: GraphQL-over-HTTP's own when the client accepts it.
fn media_type(headers: &HeaderMap) -> &'static str {
    let accepts = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if accepts.contains(GRAPHQL_RESPONSE) {
        GRAPHQL_RESPONSE
    } else {
        "application/json"
    }
}

fn respond(
    state: &AppState,
    started: Instant,
    status: StatusCode,
    media: &'static str,
    response: async_graphql::Response,
) -> Response {
    let (status, body) = encode(state, started, status, media, response);
    (status, [(header::CONTENT_TYPE, media)], body).into_response()
}

/// The HTTP status and body of a GraphQL response, with its accounting done.
fn encode(
    state: &AppState,
    started: Instant,
    status: StatusCode,
    media: &'static str,
    mut response: async_graphql::Response,
) -> (StatusCode, Bytes) {
    for error in &mut response.errors {
        // Errors without a code come from parsing and validating the document itself.
        let extensions = error.extensions.get_or_insert_with(Default::default);
        if extensions.get("code").is_none() {
            extensions.set("code", "VAL_001");
        }
    }
    request_log::note_http_response(&mut response);
    let code = response
        .errors
        .first()
        .and_then(|e| e.extensions.as_ref()?.get("code"))
        .and_then(|v| match v {
            async_graphql::Value::String(s) => Some(s.clone()),
            _ => None,
        });
    // GraphQL-over-HTTP: with its media type, a request that failed before execution (no
    // data) is a 400; plain JSON answers stay 200 for older clients.
    let status = if status == StatusCode::OK
        && media == GRAPHQL_RESPONSE
        && response.data == async_graphql::Value::Null
        && !response.errors.is_empty()
    {
        StatusCode::BAD_REQUEST
    } else {
        status
    };
    if code.is_some() {
        state.stats.record_error();
    }
    state
        .stats
        .observe(status.as_u16(), code.as_deref(), started.elapsed());
    (
        status,
        Bytes::from(serde_json::to_vec(&response).unwrap_or_default()),
    )
}

fn refuse(
    state: &AppState,
    started: Instant,
    status: StatusCode,
    media: &'static str,
    error: ApiError,
) -> Response {
    let error = async_graphql::Error::from(error).into_server_error(Default::default());
    respond(
        state,
        started,
        status,
        media,
        async_graphql::Response::from_errors(vec![error]),
    )
}

async fn graphql(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    method: Method,
    headers: HeaderMap,
    request: GraphQLRequest,
) -> Response {
    let started = Instant::now();
    state.stats.record_request();
    let media = media_type(&headers);
    let viewer = match viewer(&state, &headers).await {
        Ok(viewer) => viewer,
        Err(error) => {
            let mut response = refuse(&state, started, StatusCode::UNAUTHORIZED, media, error);
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            return response;
        }
    };
    let (user_type, key) = match viewer.account() {
        Some(account) => (account.user_type, format!("user:{}", account.id)),
        None => (types::UserType::Free, format!("ip:{}", peer.ip())),
    };
    if let Err(wait) = state.limits.check(user_type, &key) {
        let seconds = wait.as_secs() + 1;
        let error = ApiError::RateLimited {
            message: format!("rate limit of your user type exceeded; retry in {seconds}s"),
            retry_after: seconds,
        };
        let mut response = refuse(&state, started, StatusCode::TOO_MANY_REQUESTS, media, error);
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        return response;
    }
    let mut request = request.into_inner();
    let kind = answers::classify(&mut request);
    if method == Method::GET && kind == RequestKind::Mutation {
        let error = ApiError::Invalid("mutations must be sent with POST".into());
        let mut response = refuse(
            &state,
            started,
            StatusCode::METHOD_NOT_ALLOWED,
            media,
            error,
        );
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("POST"));
        return response;
    }
    let caller = viewer
        .account()
        .map_or_else(|| "anonymous".to_string(), |account| account.id.clone());
    request = request_log::note_graphql_request(request, &viewer);
    request = request.data(viewer);
    // What the headers claim; the link policy decides whether to believe it (--trust-proxy).
    if let Some(origin) = RequestOrigin::from_headers(&headers) {
        request = request.data(origin);
    }
    if let Some(token) = bearer(&headers) {
        request = request.data(RequestToken(token_hash(token)));
    }
    // Read under the generation before running: a write during the run makes the answer
    // stale at once rather than kept.
    let generation = state.store.generation();
    let shared = (kind == RequestKind::Read).then(|| answers::key(&caller, media, &request));
    let run = async {
        // Mutations move the store's generation themselves (api::generation).
        let response = state.schema.execute(request).await;
        let clean = response.errors.is_empty();
        let (status, body) = encode(&state, started, StatusCode::OK, media, response);
        (status, body, clean && status == StatusCode::OK)
    };
    let (status, body) = match shared {
        Some(key) => {
            // Set when this request ran the schema itself (else it got a shared answer).
            let mut executed = None;
            let body = state
                .answers
                .get_or_compute(key, generation, async {
                    let (status, body, shareable) = run.await;
                    executed = Some(status);
                    (body, shareable)
                })
                .await;
            match executed {
                Some(status) => (status, body),
                None => {
                    state.stats.observe(200, None, started.elapsed());
                    (StatusCode::OK, body)
                }
            }
        }
        None => {
            let (status, body, _) = run.await;
            (status, body)
        }
    };
    (status, [(header::CONTENT_TYPE, media)], body).into_response()
}

/// GET on `/graphql`: a WebSocket upgrade for subscriptions (graphql-transport-ws or the
/// legacy graphql-ws), else a query in the URL.
async fn graphql_get(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: axum::extract::Request,
) -> Response {
    use axum::extract::{FromRequest, FromRequestParts};
    let upgrade = request
        .headers()
        .get(header::UPGRADE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("websocket"));
    if !upgrade {
        let method = request.method().clone();
        let headers = request.headers().clone();
        return match GraphQLRequest::<async_graphql_axum::rejection::GraphQLRejection>::from_request(request, &state).await {
            Ok(graphql_request) => {
                graphql(State(state), ConnectInfo(peer), method, headers, graphql_request).await
            }
            Err(rejection) => rejection.into_response(),
        };
    }
    let (mut parts, _body) = request.into_parts();
    let protocol = match GraphQLProtocol::from_request_parts(&mut parts, &state).await {
        Ok(protocol) => protocol,
        Err(status) => return status.into_response(),
    };
    let upgrade = match WebSocketUpgrade::from_request_parts(&mut parts, &state).await {
        Ok(upgrade) => upgrade,
        Err(rejection) => return rejection.into_response(),
    };
    // Taken now: the upgraded socket is served on a task of its own, past the request.
    let connection = request_log::websocket_connection_data();
    upgrade
        .protocols(ALL_WEBSOCKET_PROTOCOLS)
        .on_upgrade(move |socket| {
            let schema = state.schema.clone();
            GraphQLWebSocket::new(socket, schema, protocol)
                .with_data(connection)
                .on_connection_init(
                    move |payload| async move { connection_data(&state, payload).await },
                )
                .serve()
        })
}

/// Authenticates a WebSocket from its `connection_init` payload: `authToken` (the spec's
/// example) or `Authorization: Bearer ...`. Without one the connection is anonymous, and
/// the subscriptions refuse it with AUTH_001.
async fn connection_data(
    state: &AppState,
    payload: serde_json::Value,
) -> async_graphql::Result<async_graphql::Data> {
    let token = payload
        .get("authToken")
        .or_else(|| payload.get("Authorization"))
        .or_else(|| payload.get("authorization"))
        .and_then(serde_json::Value::as_str)
        .map(|t| t.strip_prefix("Bearer ").unwrap_or(t).trim().to_string());
    let mut headers = HeaderMap::new();
    if let Some(token) = token
        && let Ok(value) = HeaderValue::from_str(&format!("Bearer {token}"))
    {
        headers.insert(header::AUTHORIZATION, value);
    }
    let viewer = viewer(state, &headers).await?;
    let mut data = async_graphql::Data::default();
    data.insert(viewer);
    Ok(data)
}

async fn graphiql() -> Html<String> {
    Html(
        GraphiQLSource::build()
            .endpoint("/graphql")
            .subscription_endpoint("/graphql")
            .title("vpnmine")
            .finish(),
    )
}

async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    match sqlx::query("SELECT 1").execute(state.store.pool()).await {
        Ok(_) => (StatusCode::OK, "ok\n"),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n"),
    }
}

async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        state.stats.prometheus_text(),
    )
}

/// A file of `exportDetailedStats`, by its signed URL.
async fn export_download(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<DownloadQuery>,
) -> Response {
    state.exports.download(&id, &query).await
}
