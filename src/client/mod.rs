//! The only place that talks GraphQL to the platform: typed operations (graphql_client), the
//! HTTP transport, and the embedded backend behind `--endpoint local`.

pub mod credentials;
#[cfg(feature = "server")]
pub mod embedded;
// A build without the bundled backend keeps the same names, and `--endpoint local` explains.
#[cfg(not(feature = "server"))]
#[path = "no_embedded.rs"]
pub mod embedded;
pub mod operations;
pub mod schema_check;
pub mod subscription;

use std::time::Duration;

use graphql_client::GraphQLQuery;
use reqwest::StatusCode;
use serde::Serialize;
use serde_json::Value;
use url::Url;

use self::credentials::{CredentialStore, Credentials, Location};
use self::operations::{RefreshToken, refresh_token};
pub use crate::endpoint::{Endpoint, LOCAL};
use crate::error::{CliError, ErrorKind};

/// How to reach the platform.
#[derive(Debug, Clone)]
pub struct ConnectOptions {
    pub endpoint: Endpoint,
    pub token: Option<String>,
    pub timeout: Duration,
    /// Send a bearer token over plain http to a non-loopback host.
    pub allow_insecure_http: bool,
}

pub struct Client {
    http: reqwest::Client,
    url: Url,
    /// The bearer token the client was connected with; [`Client::bearer`] is the one in force.
    token: Option<String>,
    timeout: Duration,
    /// Stored credentials that may be refreshed once when the access token has expired.
    session: Option<tokio::sync::Mutex<Session>>,
    /// The access token after an automatic refresh.
    refreshed: std::sync::Mutex<Option<String>>,
    // Keeps the embedded backend running as long as the client lives.
    _embedded: Option<embedded::Embedded>,
}

#[derive(Serialize)]
struct RawRequest<'a> {
    query: &'a str,
    variables: &'a Value,
}

/// The one place HTTP clients are configured: TLS through rustls and ring, our user agent.
pub fn http_builder() -> reqwest::ClientBuilder {
    // Ignored when a provider is already installed (a second client in the same process).
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder().user_agent(concat!("vpnmine/", env!("CARGO_PKG_VERSION")))
}

/// Whether the CLI may fetch `url`, a link the platform handed out (an export's download):
/// https anywhere; plain http only to this machine, unless the user allowed insecure http
/// (`--allow-insecure-http` or the profile's setting); no other scheme. The data of an export
/// is as private as a token's reach, and a link steered to another host over http could be
/// read or changed on the way.
pub fn check_link(url: &Url, allow_insecure_http: bool) -> Result<(), CliError> {
    match url.scheme() {
        "https" => Ok(()),
        "http" if allow_insecure_http || is_loopback(url) => Ok(()),
        "http" => Err(CliError::usage(format!(
            "refusing to download over plain http from {}",
            url.host_str().unwrap_or_default()
        ))
        .with_hint(
            "ask the platform's operator to serve https links (vpnmine server --public-url \
             https://...), or pass --allow-insecure-http if you trust the network",
        )),
        other => Err(CliError::failed(format!(
            "the platform gave a download link with the scheme {other}: only https and http \
             are followed"
        ))),
    }
}

fn is_loopback(url: &Url) -> bool {
    crate::domain::webhook::is_loopback(url)
}

impl Client {
    pub async fn connect(options: ConnectOptions) -> Result<Self, CliError> {
        let (url, token, embedded) = match options.endpoint {
            Endpoint::Local => {
                let embedded = embedded::Embedded::start().await?;
                (
                    embedded.url.clone(),
                    Some(embedded.token.clone()),
                    Some(embedded),
                )
            }
            Endpoint::Remote(url) => (url, options.token, None),
        };
        if token.is_some()
            && url.scheme() == "http"
            && !is_loopback(&url)
            && !options.allow_insecure_http
        {
            return Err(CliError::usage(format!(
                "refusing to send a token over plain http to {}",
                url.host_str().unwrap_or_default()
            ))
            .with_hint("use https, or pass --allow-insecure-http if you trust the network"));
        }
        let http = http_builder()
            .timeout(options.timeout)
            .connect_timeout(options.timeout)
            .build()
            .map_err(|e| CliError::failed(format!("cannot set up HTTP: {e}")))?;
        Ok(Self {
            http,
            url,
            token,
            timeout: options.timeout,
            session: None,
            refreshed: std::sync::Mutex::new(None),
            _embedded: embedded,
        })
    }

    /// Attaches the stored credentials the client's token came from, so that an expired access
    /// token is refreshed (once) and the new pair stored, without the caller noticing.
    pub fn with_session(mut self, session: Session) -> Self {
        self.session = Some(tokio::sync::Mutex::new(session));
        self
    }

    /// The bearer token in force (after an automatic refresh, the new one).
    pub fn bearer(&self) -> Option<String> {
        let refreshed = self
            .refreshed
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        refreshed.or_else(|| self.token.clone())
    }

    /// The stored credentials in force, if the token came from the store.
    pub async fn session(&self) -> Option<(Credentials, Location)> {
        let session = self.session.as_ref()?.lock().await;
        Some((session.credentials.clone(), session.location.clone()))
    }

    /// Rotates the stored session with its refresh token now and stores the new pair.
    pub async fn refresh_session(&self) -> Result<Credentials, CliError> {
        let Some(session) = &self.session else {
            return Err(
                CliError::new(ErrorKind::Auth, "no stored session to refresh")
                    .with_hint("run `vpnmine auth login`"),
            );
        };
        let mut session = session.lock().await;
        self.rotate(&mut session, true).await?;
        Ok(session.credentials.clone())
    }

    /// Exchanges the session's refresh token for a new pair, stores it and puts it in force.
    async fn rotate(&self, session: &mut Session, explicit: bool) -> Result<(), CliError> {
        let Some(refresh) = session.credentials.refresh_token.clone() else {
            return Err(CliError::new(
                ErrorKind::Auth,
                "the stored credentials have no refresh token (logged in with --with-token)",
            )
            .with_hint("log in again: vpnmine auth login"));
        };
        let data = self
            .run_anonymous::<RefreshToken>(refresh_token::Variables {
                refresh_token: refresh,
            })
            .await
            .map_err(|e| match e.kind {
                ErrorKind::Auth => CliError {
                    request_id: e.request_id,
                    ..CliError::from_platform(
                        ErrorKind::Auth,
                        format!("the session could not be refreshed: {}", e.message),
                        Some("AUTH_001".into()),
                        None,
                    )
                },
                _ => e,
            })?;
        let payload = data.refresh_token;
        let credentials = Credentials {
            endpoint: session.credentials.endpoint.clone(),
            access_token: payload.access_token,
            refresh_token: Some(payload.refresh_token),
            expires_at: Some(
                chrono::Utc::now() + chrono::Duration::seconds(payload.expires_in.max(0)),
            ),
            username: Some(payload.user.username),
        };
        *self
            .refreshed
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) =
            Some(credentials.access_token.clone());
        match session
            .store
            .save(&session.profile, &credentials, explicit)
            .await
        {
            Ok(location) => session.location = location,
            // The old refresh token is spent: say so, the command itself can still go on.
            Err(e) if !explicit => eprintln!(
                "warning: the session was refreshed but could not be stored ({}); the next command will need `vpnmine auth login`",
                e.message
            ),
            Err(e) => return Err(e),
        }
        session.credentials = credentials;
        Ok(())
    }

    /// After an AUTH_001 answer to a request made with `used`: refreshes the session if that
    /// can help. Whether the request is worth retrying (with [`Client::bearer`]).
    async fn recover(&self, error: &CliError, used: Option<&str>) -> Result<bool, CliError> {
        let Some(session) = &self.session else {
            return Ok(false);
        };
        let mut session = session.lock().await;
        if used != Some(session.credentials.access_token.as_str()) {
            // Another request refreshed the session meanwhile.
            return Ok(true);
        }
        let expired = session.credentials.is_expired(chrono::Utc::now())
            || error.message.to_ascii_lowercase().contains("expired");
        if !expired || session.credentials.refresh_token.is_none() {
            return Ok(false);
        }
        self.rotate(&mut session, false).await?;
        Ok(true)
    }

    pub fn url(&self) -> &Url {
        &self.url
    }

    /// Sends `query` once, with no retry and no refresh, and keeps what `vpnmine doctor`
    /// inspects: the time it took, the HTTP status, the headers and the body, GraphQL errors
    /// included. `authenticated`: with the token in force, else anonymously.
    pub async fn probe(&self, query: &str, authenticated: bool) -> Result<Probe, ProbeError> {
        let body = RawRequest {
            query,
            variables: &Value::Object(Default::default()),
        };
        let mut request = self
            .http
            .post(self.url.clone())
            .header(
                reqwest::header::ACCEPT,
                "application/graphql-response+json, application/json",
            )
            .json(&body);
        if authenticated && let Some(token) = self.bearer() {
            request = request.bearer_auth(token);
        }
        let sent_at = chrono::Utc::now();
        let started = std::time::Instant::now();
        let failed = |e: reqwest::Error| ProbeError {
            tls: tls_failure(&e).map(|tls| tls.to_string()),
            error: self.transport_error(e),
        };
        let response = request.send().await.map_err(failed)?;
        let status = response.status();
        let headers = response
            .headers()
            .iter()
            .filter_map(|(name, value)| Some((name.to_string(), value.to_str().ok()?.to_string())))
            .collect();
        let text = response.text().await.map_err(failed)?;
        Ok(Probe {
            status: status.as_u16(),
            elapsed: started.elapsed(),
            sent_at,
            received_at: chrono::Utc::now(),
            headers,
            body: serde_json::from_str(&text).ok(),
            error: (!status.is_success())
                .then(|| self.status_error(status, None, &text))
                .or_else(|| {
                    serde_json::from_str::<Value>(&text)
                        .ok()
                        .as_ref()
                        .and_then(graphql_error)
                }),
        })
    }

    /// Runs a typed operation.
    pub async fn run<Q: GraphQLQuery>(
        &self,
        variables: Q::Variables,
    ) -> Result<Q::ResponseData, CliError> {
        let data = self
            .send(&request_body(&Q::build_query(variables))?)
            .await?;
        decode::<Q>(data)
    }

    /// Runs a typed operation without any bearer token (logging in, refreshing, revoking a
    /// token by value: a stale token in the header would get the request refused).
    pub async fn run_anonymous<Q: GraphQLQuery>(
        &self,
        variables: Q::Variables,
    ) -> Result<Q::ResponseData, CliError> {
        let data = self
            .send_with(&request_body(&Q::build_query(variables))?, None)
            .await?;
        decode::<Q>(data)
    }

    /// Runs a raw GraphQL document (the `api` passthrough); returns `data`.
    pub async fn run_raw(&self, query: &str, variables: &Value) -> Result<Value, CliError> {
        self.send(&request_body(&RawRequest { query, variables })?)
            .await
    }

    /// [`Client::run_raw`] without any bearer token.
    pub async fn run_raw_anonymous(
        &self,
        query: &str,
        variables: &Value,
    ) -> Result<Value, CliError> {
        self.send_with(&request_body(&RawRequest { query, variables })?, None)
            .await
    }

    /// Sends with the token in force; on AUTH_001 with an expired stored session, refreshes
    /// it once and retries once.
    async fn send(&self, body: &Value) -> Result<Value, CliError> {
        let used = self.bearer();
        match self.send_with(body, used.as_deref()).await {
            Err(error) if error.code.as_deref() == Some("AUTH_001") && self.session.is_some() => {
                if self.recover(&error, used.as_deref()).await? {
                    self.send_with(body, self.bearer().as_deref()).await
                } else {
                    Err(error)
                }
            }
            other => other,
        }
    }

    /// Sends one request under an id of its own (kept across its retries), which every error
    /// carries unless the platform named another: the id is known even when no answer came.
    async fn send_with(&self, body: &Value, token: Option<&str>) -> Result<Value, CliError> {
        let request_id = uuid::Uuid::new_v4().simple().to_string();
        self.exchange(body, token, &request_id)
            .await
            .map_err(|mut error| {
                error.request_id.get_or_insert(request_id);
                error
            })
    }

    async fn exchange(
        &self,
        body: &Value,
        token: Option<&str>,
        request_id: &str,
    ) -> Result<Value, CliError> {
        // Reads (queries) are retried on connection errors and HTTP 429/503; see `Retries`.
        let mut retries = Retries::new(is_read(body), self.timeout);
        let (status, retry_after, text) = loop {
            let mut request = self
                .http
                .post(self.url.clone())
                .header(
                    reqwest::header::ACCEPT,
                    "application/graphql-response+json, application/json",
                )
                .header("x-request-id", request_id)
                .timeout(retries.remaining())
                .json(body);
            if let Some(token) = token {
                request = request.bearer_auth(token);
            }
            let response = match request.send().await {
                Ok(response) => response,
                Err(e) if retryable_transport(&e) => {
                    let reason = format!("cannot reach {}", self.url);
                    if retries.wait(None, &reason).await {
                        continue;
                    }
                    return Err(self.transport_error(e));
                }
                Err(e) => return Err(self.transport_error(e)),
            };
            let status = response.status();
            let retry_after = response
                .headers()
                .get(reqwest::header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string);
            if matches!(
                status,
                StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE
            ) && retries
                .wait(retry_after.as_deref(), &format!("HTTP {status}"))
                .await
            {
                continue;
            }
            let text = response.text().await.map_err(|e| self.transport_error(e))?;
            break (status, retry_after, text);
        };
        let parsed: Option<Value> = serde_json::from_str(&text).ok();
        if let Some(error) = parsed.as_ref().and_then(graphql_error) {
            return Err(error);
        }
        if !status.is_success() {
            return Err(self.status_error(status, retry_after.as_deref(), &text));
        }
        match parsed {
            Some(Value::Object(mut map)) => match map.remove("data") {
                Some(data) if !data.is_null() => Ok(data),
                _ => Err(CliError::failed("the platform answered without data")),
            },
            _ => Err(CliError::failed(format!(
                "the platform at {} did not answer GraphQL (HTTP {status})",
                self.url
            ))
            .with_hint("check that --endpoint points at the /graphql path")),
        }
    }

    fn transport_error(&self, e: reqwest::Error) -> CliError {
        if let Some(tls) = tls_failure(&e) {
            // Waiting does not fix a certificate, so this is a permanent failure (exit 1).
            return CliError::failed(format!("the TLS handshake with {} failed: {tls}", self.url))
                .with_hint("check the host name in --endpoint and the server's certificate");
        }
        let message = if e.is_timeout() {
            format!(
                "the platform at {} did not answer within {}s",
                self.url,
                self.timeout.as_secs_f64()
            )
        } else if e.is_connect() {
            format!("cannot reach the platform at {}", self.url)
        } else {
            format!("request to {} failed: {e}", self.url)
        };
        CliError::from_platform(ErrorKind::Unreachable, message, None, None)
    }

    /// An error from the HTTP status of an answer that carried no GraphQL error; the code a
    /// status stands for picks the same hint the platform's code would.
    fn status_error(&self, status: StatusCode, retry_after: Option<&str>, body: &str) -> CliError {
        let snippet: String = body.chars().take(200).collect();
        match status {
            StatusCode::TOO_MANY_REQUESTS => {
                let error = CliError::from_platform(
                    ErrorKind::Refused,
                    "rate limited by the platform (HTTP 429)",
                    None,
                    Some("RTE_001"),
                );
                match retry_after.and_then(|s| s.trim().parse::<u64>().ok()) {
                    Some(seconds) => error.with_hint(retry_hint(seconds)),
                    None => error,
                }
            }
            StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => CliError::from_platform(
                ErrorKind::Auth,
                format!("the platform refused the credentials (HTTP {status})"),
                None,
                Some("AUTH_001"),
            ),
            StatusCode::BAD_GATEWAY
            | StatusCode::SERVICE_UNAVAILABLE
            | StatusCode::GATEWAY_TIMEOUT => CliError::from_platform(
                ErrorKind::Unreachable,
                format!(
                    "the platform at {} is unavailable (HTTP {status})",
                    self.url
                ),
                None,
                None,
            ),
            StatusCode::NOT_FOUND => {
                CliError::failed(format!("no GraphQL endpoint at {} (HTTP 404)", self.url))
                    .with_hint("the endpoint usually ends in /graphql")
            }
            _ if status.is_server_error() => CliError::from_platform(
                ErrorKind::Failed,
                format!("the platform answered HTTP {status}: {snippet}"),
                None,
                Some("SRV_001"),
            ),
            _ => CliError::failed(format!("the platform answered HTTP {status}: {snippet}")),
        }
    }
}

/// The hint for a refusal that says when to come back: more exact than the table's.
pub(crate) fn retry_hint(seconds: u64) -> String {
    format!("retry after {seconds}s")
}

/// One request as [`Client::probe`] saw it.
#[derive(Debug, Clone)]
pub struct Probe {
    pub status: u16,
    /// From sending the request to the end of the answer's body.
    pub elapsed: Duration,
    pub sent_at: chrono::DateTime<chrono::Utc>,
    pub received_at: chrono::DateTime<chrono::Utc>,
    /// The answer's headers (names in lower case), those that are text.
    pub headers: Vec<(String, String)>,
    /// The answer, when it is JSON.
    pub body: Option<Value>,
    /// What a command would have reported: a refused status or the first GraphQL error.
    pub error: Option<CliError>,
}

impl Probe {
    /// The first value of header `name` (lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A request that got no answer: the error a command would report and, when the TLS
/// handshake failed, rustls's reason.
#[derive(Debug, Clone)]
pub struct ProbeError {
    pub error: CliError,
    pub tls: Option<String>,
}

/// Stored credentials behind a client's token, and where to store them after a refresh.
#[derive(Debug)]
pub struct Session {
    pub profile: String,
    pub store: CredentialStore,
    pub credentials: Credentials,
    pub location: Location,
}

/// A request's JSON body. Every request goes out as a `Value`, so that `send`, `send_with` and
/// `exchange` (sending, retrying, reading the answer) are compiled once rather than once per
/// typed operation (89 of them): in a release build that repetition was about 4% of the
/// crate's LLVM IR.
fn request_body(body: &impl Serialize) -> Result<Value, CliError> {
    serde_json::to_value(body)
        .map_err(|e| CliError::failed(format!("cannot encode the request: {e}")))
}

/// A typed operation's `data`, or an error saying the schemas differ.
fn decode<Q: GraphQLQuery>(data: Value) -> Result<Q::ResponseData, CliError> {
    serde_json::from_value(data).map_err(|e| {
        CliError::failed(format!(
            "the platform's answer does not match this client's schema: {e}"
        ))
        .with_hint("the server may run another version of the schema; compare `vpnmine api schema`")
    })
}

static VERBOSITY: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Sets how much the client tells on stderr (`-v`: each retry). Never tokens.
pub fn set_verbosity(level: u8) {
    VERBOSITY.store(level, std::sync::atomic::Ordering::Relaxed);
}

/// Most retries of one read.
const MAX_RETRIES: u32 = 3;
/// The first backoff; it doubles with each retry (200 ms, 400 ms, 800 ms).
const FIRST_BACKOFF: Duration = Duration::from_millis(200);
/// A `Retry-After` above this is not waited for: the command fails at once (exit 5).
const MAX_RETRY_AFTER: Duration = Duration::from_secs(30);

/// The retry budget of one request. Only reads (GraphQL queries) are retried, at most
/// [`MAX_RETRIES`] times, on connection errors and HTTP 429/503: after `Retry-After` seconds
/// when the answer has one (up to [`MAX_RETRY_AFTER`]), else with exponential backoff. All
/// attempts together stay within `--timeout`: a wait that would end past it is not started, and
/// the last error (429 → exit 5, 503 or unreachable → exit 6) is returned at once. Mutations are
/// never retried: the first error is the answer.
struct Retries {
    read: bool,
    done: u32,
    deadline: std::time::Instant,
}

impl Retries {
    fn new(read: bool, timeout: Duration) -> Self {
        Self {
            read,
            done: 0,
            deadline: std::time::Instant::now() + timeout,
        }
    }

    /// Time left for the next attempt (at least 1 ms: reqwest refuses a zero timeout).
    fn remaining(&self) -> Duration {
        self.deadline
            .saturating_duration_since(std::time::Instant::now())
            .max(Duration::from_millis(1))
    }

    /// Waits before the next attempt and returns true, or returns false when no retry is due.
    async fn wait(&mut self, retry_after: Option<&str>, reason: &str) -> bool {
        let Some(delay) = self.next_delay(retry_after) else {
            return false;
        };
        self.done += 1;
        if VERBOSITY.load(std::sync::atomic::Ordering::Relaxed) > 0 {
            eprintln!(
                "retry {}/{MAX_RETRIES} in {} ms: {reason}",
                self.done,
                delay.as_millis()
            );
        }
        tokio::time::sleep(delay).await;
        true
    }

    fn next_delay(&self, retry_after: Option<&str>) -> Option<Duration> {
        if !self.read || self.done >= MAX_RETRIES {
            return None;
        }
        let remaining = self
            .deadline
            .saturating_duration_since(std::time::Instant::now());
        match retry_after.and_then(|s| s.trim().parse::<u64>().ok()) {
            Some(seconds) => {
                let delay = Duration::from_secs(seconds);
                (delay <= MAX_RETRY_AFTER && delay < remaining).then_some(delay)
            }
            None => {
                let delay = FIRST_BACKOFF * 2u32.pow(self.done);
                // Capped by the time left; nothing left, no retry.
                (remaining > Duration::from_millis(10)).then(|| delay.min(remaining))
            }
        }
    }
}

/// Connection failures worth another try (the request did not get an answer); timeouts are
/// not, since the attempt used the time left.
fn retryable_transport(e: &reqwest::Error) -> bool {
    !e.is_timeout() && (e.is_connect() || e.is_request()) && tls_failure(e).is_none()
}

/// The rustls error somewhere in the error's chain, if the request failed in the TLS handshake.
fn tls_failure(e: &reqwest::Error) -> Option<&rustls::Error> {
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = current {
        if let Some(tls) = err.downcast_ref::<rustls::Error>() {
            return Some(tls);
        }
        // io::Error's `source` skips the error it wraps, so step into the wrapped one.
        current = match err.downcast_ref::<std::io::Error>() {
            Some(io) => io.get_ref().map(|inner| inner as _),
            None => err.source(),
        };
    }
    None
}

/// Whether a request body is a read: a GraphQL document whose operation (the one named by
/// `operationName`, or its only one) is a query. Anything else, including a document that does
/// not parse, counts as a write and is never retried.
fn is_read(body: &Value) -> bool {
    use apollo_compiler::ast::{Definition, Document, OperationType};
    let Some(query) = body.get("query").and_then(Value::as_str) else {
        return false;
    };
    let Ok(document) = Document::parse(query, "request.graphql") else {
        return false;
    };
    let operations: Vec<_> = document
        .definitions
        .iter()
        .filter_map(|definition| match definition {
            Definition::OperationDefinition(op) => Some(op),
            _ => None,
        })
        .collect();
    let name = body.get("operationName").and_then(Value::as_str);
    let op = match (operations.as_slice(), name) {
        // A lone anonymous operation runs whatever `operationName` says.
        ([only], _) if only.name.is_none() => only,
        (ops, Some(name)) => {
            match ops
                .iter()
                .find(|op| op.name.as_ref().is_some_and(|n| n.as_str() == name))
            {
                Some(op) => op,
                None => return false,
            }
        }
        ([only], None) => only,
        _ => return false,
    };
    op.operation_type == OperationType::Query
}

/// The first GraphQL error of a response, as a CLI error with the platform's code.
fn graphql_error(response: &Value) -> Option<CliError> {
    let errors = response.get("errors")?.as_array()?;
    let first = errors.first()?;
    let message = first
        .get("message")
        .and_then(Value::as_str)
        .unwrap_or("unknown error");
    let code = first
        .pointer("/extensions/code")
        .and_then(Value::as_str)
        .map(str::to_string);
    let kind = match &code {
        Some(code) => ErrorKind::from_api_code(code),
        // Errors without a code come from GraphQL validation of the document itself.
        None => ErrorKind::Usage,
    };
    let mut message = message.to_string();
    if errors.len() > 1 {
        message.push_str(&format!(" (and {} more errors)", errors.len() - 1));
    }
    let mut error = CliError::from_platform(kind, message, code, None);
    error.request_id = first
        .pointer("/extensions/requestId")
        .and_then(Value::as_str)
        .map(str::to_string);
    if let Some(seconds) = first
        .pointer("/extensions/retryAfter")
        .and_then(Value::as_u64)
    {
        error = error.with_hint(retry_hint(seconds));
    }
    Some(error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn graphql_errors_carry_code_and_kind() {
        let e = graphql_error(&json!({"errors": [
            {"message": "no such server", "extensions": {"code": "RSC_001", "requestId": "r-7"}},
            {"message": "second"}
        ]}))
        .unwrap();
        assert_eq!(e.kind, ErrorKind::NotFound);
        assert_eq!(e.code.as_deref(), Some("RSC_001"));
        assert_eq!(e.message, "no such server (and 1 more errors)");
        assert_eq!(e.request_id.as_deref(), Some("r-7"));
        assert!(graphql_error(&json!({"data": {}})).is_none());
        assert!(graphql_error(&json!({"errors": []})).is_none());
    }

    #[test]
    fn only_queries_are_reads() {
        fn body(query: &str, name: Option<&str>) -> Value {
            json!({ "query": query, "variables": {}, "operationName": name })
        }
        assert!(is_read(&body("{ me { id } }", None)));
        assert!(is_read(&body("query Q($a: Int) { a(x: $a) }", None)));
        assert!(!is_read(&body("mutation { revokeToken { ok } }", None)));
        let subscription = "subscription { metricUpdates { a } }";
        assert!(!is_read(&body(subscription, None)));
        assert!(!is_read(&body("mutation M { revokeToken { ok } }", None)));
        assert!(!is_read(&body("{ broken", None)));
        let two = "query A { a } mutation B { b }";
        assert!(is_read(&body(two, Some("A"))));
        assert!(!is_read(&body(two, Some("B"))));
        assert!(!is_read(&body(two, None)));
        // The typed operations: graphql_client's body names the operation.
        let typed = operations::Me::build_query(operations::me::Variables);
        assert!(is_read(&request_body(&typed).unwrap()));
        let typed = RefreshToken::build_query(refresh_token::Variables {
            refresh_token: "x".into(),
        });
        assert!(!is_read(&request_body(&typed).unwrap()));
    }

    #[test]
    fn retry_delays_back_off_honour_retry_after_and_stay_in_the_timeout() {
        let mut retries = Retries::new(true, Duration::from_secs(10));
        let mut delays = Vec::new();
        while let Some(delay) = retries.next_delay(None) {
            delays.push(delay.as_millis());
            retries.done += 1;
        }
        assert_eq!(delays, [200, 400, 800]);
        let fresh = Retries::new(true, Duration::from_secs(10));
        assert_eq!(fresh.next_delay(Some("2")), Some(Duration::from_secs(2)));
        assert_eq!(fresh.next_delay(Some("10")), None, "past the timeout");
        let long = Retries::new(true, Duration::from_secs(600));
        assert_eq!(long.next_delay(Some("31")), None, "above 30 s");
        assert_eq!(long.next_delay(Some("30")), Some(Duration::from_secs(30)));
        let writes = Retries::new(false, Duration::from_secs(10));
        assert_eq!(writes.next_delay(None), None);
    }

    #[test]
    fn loopback_hosts_are_recognised() {
        for (url, loopback) in [
            ("http://127.0.0.1:1/graphql", true),
            ("http://localhost/graphql", true),
            ("http://[::1]:80/graphql", true),
            ("http://example.com/graphql", false),
            ("http://10.0.0.1/graphql", false),
        ] {
            assert_eq!(is_loopback(&Url::parse(url).unwrap()), loopback, "{url}");
        }
    }

    #[test]
    fn links_over_plain_http_are_followed_only_to_this_machine_unless_allowed() {
        let check = |url: &str, allow: bool| check_link(&Url::parse(url).unwrap(), allow);
        for url in [
            "https://vpn.example.net/exports/x",
            "http://127.0.0.1:8080/exports/x",
            "http://localhost/exports/x",
            "http://[::1]:1/exports/x",
        ] {
            assert!(check(url, false).is_ok(), "{url}");
        }
        for url in [
            "http://example.invalid:1/exports/x",
            "http://10.0.0.1/exports/x",
        ] {
            let refused = check(url, false).unwrap_err();
            assert_eq!(refused.exit_code(), 2, "{url}");
            assert!(refused.to_string().contains("plain http"), "{refused}");
            assert!(check(url, true).is_ok(), "{url} with --allow-insecure-http");
        }
        // Other schemes never, whatever the user allowed.
        for url in ["file:///etc/passwd", "ftp://127.0.0.1/x"] {
            assert_eq!(check(url, true).unwrap_err().exit_code(), 1, "{url}");
        }
    }
}
