//! HTTP transport: GraphQL over POST and GET on `/graphql` (GraphQL-over-HTTP), GraphiQL at
//! `/`, `/healthz`, Prometheus text at `/metrics`. Authentication, rate limits and request
//! accounting happen here, before and after the schema runs.

use std::net::SocketAddr;
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::ws::WebSocketUpgrade;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;

use super::answers::{self, Answers, RequestKind};
use super::api::auth::RequestToken;
use super::api::sessions::ClientAgent;
use super::api::{ApiError, ApiSchema, Viewer, build_schema_with};
use super::broker::Broker;
use super::counters::ServerStats;
use super::export_files::{DownloadQuery, Exports};
use super::fanout::Fanout;
use super::graphql_http::{self, GRAPHQL_RESPONSE, NotGraphQL};
use super::guard::{self, Caller, Guard, GuardConfig};
use super::origin::RequestOrigin;
use super::request_log;
use super::secrets::token_hash;
use super::socket::{SocketConfig, Sockets};
use super::store::Store;

/// Largest request body accepted.
pub const MAX_BODY_BYTES: usize = 1 << 20;

#[derive(Clone)]
struct AppState {
    schema: ApiSchema,
    store: Store,
    local_admin_token: Option<Arc<str>>,
    stats: Arc<ServerStats>,
    guard: Arc<Guard>,
    sockets: Sockets,
    exports: Exports,
    answers: Arc<Answers>,
}

// Each argument is one of the server's parts, built by `server::bind`; a struct for them would
// only be taken apart again here.
#[allow(clippy::too_many_arguments)]
pub fn router(
    store: Store,
    local_admin_token: Option<String>,
    limits: GuardConfig,
    socket_config: SocketConfig,
    broker: Broker,
    exports: Exports,
    backups: super::backup_schedule::Backups,
    policies: super::PlatformPolicies,
) -> Router {
    let stats = Arc::new(ServerStats::new());
    let guard = Guard::new(limits);
    forget_idle_callers(Arc::downgrade(&guard));
    let schema = build_schema_with(
        store.clone(),
        Arc::clone(&stats),
        broker,
        exports.clone(),
        Some(backups),
        policies,
    );
    let local_admin_token: Option<Arc<str>> = local_admin_token.map(Arc::from);
    let sockets = Sockets {
        schema: schema.clone(),
        store: store.clone(),
        local_admin_token: local_admin_token.clone(),
        guard: Arc::clone(&guard),
        config: socket_config,
        stats: Arc::clone(&stats),
        fanout: Fanout::default(),
        token_checks: Default::default(),
    };
    let state = AppState {
        schema,
        store,
        local_admin_token,
        stats,
        guard,
        sockets,
        exports,
        answers: Arc::default(),
    };
    Router::new()
        .route("/", get(graphiql))
        .route("/graphql", get(graphql_get).post(graphql_post))
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
fn forget_idle_callers(limits: Weak<Guard>) {
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
    let token = bearer(headers);
    let local_admin = state.local_admin_token.as_deref();
    Ok(guard::identify(&state.store, local_admin, token).await?.0)
}

/// The media type to answer in: GraphQL-over-HTTP's own when the client prefers it.
fn media_type(headers: &HeaderMap) -> &'static str {
    graphql_http::negotiate(headers).unwrap_or(graphql_http::JSON)
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
    // GraphQL-over-HTTP: with its media type, a request that failed before execution is a
    // 400; plain JSON answers stay 200 for older clients.
    let status = if status == StatusCode::OK && graphql_http::is_request_error(&response) {
        graphql_http::request_error_status(media)
    } else {
        status
    };
    if code.is_some() {
        state.stats.record_error();
    }
    state
        .stats
        .observe(status.as_u16(), code.as_deref(), started.elapsed());
    (status, Bytes::from(graphql_http::body(&response)))
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

/// POST on `/graphql`: a GraphQL request in an `application/json` body.
async fn graphql_post(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let request = graphql_http::from_post(&headers, &body);
    graphql(state, peer, Method::POST, headers, request).await
}

/// Answers a request that is not a GraphQL request, or whose answer the client would not
/// accept (406).
fn not_graphql(
    state: &AppState,
    started: Instant,
    headers: &HeaderMap,
    error: NotGraphQL,
) -> Response {
    let media = media_type(headers);
    let status = error.status(media);
    let api_error = ApiError::Invalid(error.message().to_string());
    refuse(state, started, status, media, api_error)
}

async fn graphql(
    state: AppState,
    peer: SocketAddr,
    method: Method,
    headers: HeaderMap,
    request: Result<async_graphql::Request, NotGraphQL>,
) -> Response {
    let started = Instant::now();
    state.stats.record_request();
    if graphql_http::negotiate(&headers).is_none() {
        let message = format!(
            "cannot answer in any type the Accept header lists; accept {GRAPHQL_RESPONSE} or {}",
            graphql_http::JSON
        );
        let status = StatusCode::NOT_ACCEPTABLE;
        return refuse(
            &state,
            started,
            status,
            graphql_http::JSON,
            ApiError::Invalid(message),
        );
    }
    let mut request = match request {
        Ok(request) => request,
        Err(error) => return not_graphql(&state, started, &headers, error),
    };
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
    // Held until the answer is sent: the caller's concurrent executions are capped.
    let running = match state.guard.admit(&Caller::of(&viewer, peer.ip())) {
        Ok(running) => running,
        Err(refusal) => {
            let seconds = refusal.retry_after_secs();
            let error = ApiError::from(refusal);
            let mut response = refuse(&state, started, StatusCode::TOO_MANY_REQUESTS, media, error);
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
            return response;
        }
    };
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
    // Whose answers a read may share. An agent never shares anonymous answers: it is refused
    // what anonymous callers may read (api::agent_tokens::refusal).
    let caller = match &viewer {
        Viewer::User(account) => account.id.clone(),
        Viewer::Agent(agent) => format!("agent:{}", agent.token_id),
        Viewer::Anonymous => "anonymous".to_string(),
    };
    request = request_log::note_graphql_request(request, &viewer);
    request = request.data(viewer);
    // What the headers claim; the link policy decides whether to believe it (--trust-proxy).
    if let Some(origin) = RequestOrigin::from_headers(&headers) {
        request = request.data(origin);
    }
    if let Some(token) = bearer(&headers) {
        request = request.data(RequestToken(token_hash(token)));
    }
    // Names the session a login opens when the client does not name it itself.
    if let Some(agent) = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
    {
        request = request.data(ClientAgent(agent.to_string()));
    }
    // Read under the generation before running: a write during the run makes the answer
    // stale at once rather than kept.
    let shared = match kind {
        RequestKind::Read => state
            .store
            .generation()
            .await
            .map(|generation| (answers::key(&caller, media, &request), generation)),
        _ => None,
    };
    let run = async {
        // Mutations move the store's generation themselves (api::execution::Root).
        let response = state.schema.execute(request).await;
        let clean = response.errors.is_empty();
        let (status, body) = encode(&state, started, StatusCode::OK, media, response);
        (status, body, clean && status == StatusCode::OK)
    };
    let (status, body) = match shared {
        Some((key, generation)) => {
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
    let mut response = (status, [(header::CONTENT_TYPE, media)], body).into_response();
    if let Some(headroom) = running.headroom() {
        // The IETF draft's fields, as most gateways send them (what `vpnmine doctor` reads).
        let headers = response.headers_mut();
        for (name, value) in [
            ("ratelimit-limit", u64::from(headroom.limit)),
            ("ratelimit-remaining", u64::from(headroom.remaining)),
            ("ratelimit-reset", headroom.reset_secs),
        ] {
            headers.insert(name, HeaderValue::from(value));
        }
    }
    drop(running);
    response
}

/// GET on `/graphql`: a WebSocket upgrade for subscriptions (graphql-transport-ws or the
/// legacy graphql-ws), else a query in the URL.
async fn graphql_get(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: axum::extract::Request,
) -> Response {
    use axum::extract::FromRequestParts;
    let upgrade = request
        .headers()
        .get(header::UPGRADE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("websocket"));
    if !upgrade {
        let graphql_request = graphql_http::from_get(request.uri().query());
        let headers = request.headers().clone();
        return graphql(state, peer, Method::GET, headers, graphql_request).await;
    }
    let (mut parts, _body) = request.into_parts();
    match WebSocketUpgrade::from_request_parts(&mut parts, &state).await {
        Ok(upgrade) => state.sockets.accept(&parts.headers, upgrade, peer.ip()),
        Err(rejection) => rejection.into_response(),
    }
}

/// The page async-graphql's `GraphiQLSource` renders for `/graphql` (endpoint and
/// subscriptions) titled vpnmine, kept as a file: rendering it needed async-graphql's
/// `graphiql` feature, a template engine of about 40 crates in every build for one fixed page.
const GRAPHIQL_PAGE: &str = include_str!("graphiql.html");

async fn graphiql() -> Html<&'static str> {
    Html(GRAPHIQL_PAGE)
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
