//! GraphQL over WebSocket (`graphql-transport-ws` and the legacy `graphql-ws`) with the same
//! limits as HTTP. async-graphql speaks the protocols; this module decides what reaches it:
//!
//! - an upgrade is refused (HTTP 429) when the caller already holds its share of sockets; a
//!   socket that logs in with `connection_init` counts for its account from then on;
//! - `connection_init` is counted against the caller's rate quota, must come within
//!   [`SocketConfig::init_timeout`] (else close 4408) and may carry a token that must be valid
//!   (else close 4403);
//! - every operation (query, mutation or subscription) passes the [`Guard`] like an HTTP
//!   request, and re-checks the token the socket logged in with, so a revoked or expired token
//!   gets AUTH_001;
//! - a running subscription ends with an AUTH_001 error (then `complete`) within
//!   [`TOKEN_RECHECK`] of its token being revoked or expiring. Subscriptions holding the same
//!   token share its re-checks ([`TokenChecks`]);
//! - messages larger than [`SocketConfig::max_message_bytes`] close the socket with 1009.

use std::collections::HashMap;
use std::net::IpAddr;
use std::str::FromStr as _;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use async_graphql::futures_util::stream::{self, BoxStream};
use async_graphql::futures_util::{SinkExt as _, StreamExt as _};
use async_graphql::http::{
    ALL_WEBSOCKET_PROTOCOLS, WebSocket as GraphQLSocket, WebSocketProtocols as Protocols, WsMessage,
};
use async_graphql::parser::types::OperationType;
use async_graphql::{Data, Executor, Request, Response};
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response as HttpResponse};

use super::api::auth::RequestToken;
use super::api::execution::{chosen_operation, with_document};
use super::api::sessions::ClientAgent;
use super::api::{ApiError, ApiSchema, Viewer};
use super::counters::ServerStats;
use super::fanout::{self, Fanout};
use super::graphql_http;
use super::guard::{self, Caller, Credential, Guard};
use super::origin::RequestOrigin;
use super::request_log;
use super::store::Store;

/// How long a running subscription may go on after the token it was opened with is revoked
/// or expires (plus the time a lookup takes): it looks every [`RECHECK_EVERY`] at an answer
/// whose lookup started at most [`SHARE_FOR`] earlier.
pub const TOKEN_RECHECK: Duration = Duration::from_secs(2);

/// How old an answer to a token's re-check may be and still be shared with the other
/// subscriptions holding the token. Subscriptions opened together re-check together, so a
/// short window takes in most of them.
const SHARE_FOR: Duration = Duration::from_millis(250);

/// How often each running subscription re-checks its token.
const RECHECK_EVERY: Duration = TOKEN_RECHECK.saturating_sub(SHARE_FOR);
const _: () = assert!(SHARE_FOR.as_nanos() < TOKEN_RECHECK.as_nanos());

/// The latest answer to "who holds this token now", for the tokens running subscriptions
/// hold. A thousand dashboards on one token, opened together, used to look it up a thousand
/// times at once every [`TOKEN_RECHECK`]: a burst of database reads that delayed the updates
/// queued behind it. Now one lookup runs at a time per token, and its answer serves every
/// subscription of that token for [`SHARE_FOR`] from when the lookup started. Operations
/// still check the token themselves when they start, as HTTP requests do.
#[derive(Clone)]
pub struct TokenChecks {
    recent: Arc<Mutex<RecentAnswers>>,
    /// How long after its lookup started an answer may be shared.
    fresh_for: Duration,
}

/// A token's latest shareable answer: when its lookup started, and who held the token then
/// (an AUTH_001 when nobody). Locked while a lookup runs, so that the others wait for it.
type Slot = Arc<tokio::sync::Mutex<Option<(Instant, Result<Viewer, ApiError>)>>>;

#[derive(Default)]
struct RecentAnswers {
    /// By token hash.
    slots: HashMap<String, Slot>,
    /// Answers too old to share are dropped at most once per `fresh_for`.
    pruned_at: Option<Instant>,
}

impl Default for TokenChecks {
    fn default() -> Self {
        Self::fresh_for(SHARE_FOR)
    }
}

impl TokenChecks {
    fn fresh_for(fresh_for: Duration) -> Self {
        Self {
            recent: Arc::default(),
            fresh_for,
        }
    }

    /// Who holds `credential` now, or held it at most `fresh_for` ago.
    async fn viewer(&self, credential: &Credential, store: &Store) -> Result<Viewer, ApiError> {
        match credential {
            Credential::Token(hash) => self.shared(hash, || credential.viewer(store)).await,
            _ => credential.viewer(store).await,
        }
    }

    /// The fresh answer for the token `hash`, else the answer of `lookup`, shared from then
    /// on when it is the token's own verdict (a failed lookup is each caller's to see).
    async fn shared<F>(&self, hash: &str, lookup: impl FnOnce() -> F) -> Result<Viewer, ApiError>
    where
        F: Future<Output = Result<Viewer, ApiError>>,
    {
        let fresh = |asked: &Instant| asked.elapsed() < self.fresh_for;
        let slot = {
            let mut recent = self.recent.lock().unwrap_or_else(|e| e.into_inner());
            if !recent.pruned_at.is_some_and(|at| fresh(&at)) {
                // A slot in use (locked) stays: its lookup is about to fill it.
                recent.slots.retain(|_, slot| {
                    slot.try_lock().map_or(true, |answer| {
                        answer.as_ref().is_some_and(|(at, _)| fresh(at))
                    })
                });
                recent.pruned_at = Some(Instant::now());
            }
            Arc::clone(recent.slots.entry(hash.to_string()).or_default())
        };
        let mut answer = slot.lock().await;
        if let Some((_, shared)) = answer.as_ref().filter(|(asked, _)| fresh(asked)) {
            return shared.clone();
        }
        // Timed from before the lookup: the answer may be as old as that.
        let asked = Instant::now();
        let looked_up = lookup().await;
        if matches!(looked_up, Ok(_) | Err(ApiError::Auth(_))) {
            *answer = Some((asked, looked_up.clone()));
        }
        looked_up
    }

    #[cfg(test)]
    fn tokens_kept(&self) -> usize {
        self.recent
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .slots
            .len()
    }
}

/// Largest message by default: the CLI's largest document is a few KiB.
pub const DEFAULT_MAX_MESSAGE: u32 = 64 * 1024;

/// Limits of WebSocket connections; `vpnmine server` flags set them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SocketConfig {
    /// How long a new socket may take to send `connection_init`.
    pub init_timeout: Duration,
    /// Largest message accepted from a client.
    pub max_message_bytes: usize,
}

impl Default for SocketConfig {
    fn default() -> Self {
        Self {
            // graphql-ws waits 3 s by default; a slow mobile link deserves more.
            init_timeout: Duration::from_secs(10),
            max_message_bytes: DEFAULT_MAX_MESSAGE as usize,
        }
    }
}

/// How long a closing socket's peer has to take the close frame.
const CLOSE_GRACE: Duration = Duration::from_secs(1);

/// Operations one socket carries at once; subscriptions hold no execution slot, so this is
/// what bounds them (with the sockets per caller).
pub const MAX_OPERATIONS_PER_SOCKET: usize = 64;

/// Bytes read from the network at a time. tungstenite allocates this up front for every
/// socket (128 KiB by default), which is most of what an idle socket costs.
const READ_BUFFER_BYTES: usize = 8 * 1024;

/// Close codes of graphql-transport-ws (and WebSocket's own 1009).
mod close {
    pub const FORBIDDEN: u16 = 4403;
    pub const INIT_TIMEOUT: u16 = 4408;
    pub const TOO_MANY_REQUESTS: u16 = 4429;
    pub const MESSAGE_TOO_BIG: u16 = 1009;
}

/// What every socket of a server shares.
#[derive(Clone)]
pub struct Sockets {
    pub schema: ApiSchema,
    pub store: Store,
    pub local_admin_token: Option<Arc<str>>,
    pub guard: Arc<Guard>,
    pub config: SocketConfig,
    pub stats: Arc<ServerStats>,
    /// Identical subscriptions share one execution.
    pub fanout: Fanout,
    /// Subscriptions holding one token share its re-checks.
    pub token_checks: TokenChecks,
}

impl Sockets {
    /// Answers a WebSocket upgrade request from `peer`: refused with 429 when the address
    /// already holds its share of sockets, else upgraded and served.
    pub fn accept(
        &self,
        headers: &HeaderMap,
        upgrade: WebSocketUpgrade,
        peer: IpAddr,
    ) -> HttpResponse {
        let Some(protocol) = protocol(headers) else {
            return (
                StatusCode::BAD_REQUEST,
                "unsupported Sec-WebSocket-Protocol",
            )
                .into_response();
        };
        let socket = match self.guard.open_socket(&Caller::anonymous(peer)) {
            Ok(socket) => socket,
            Err(refusal) => {
                let seconds = refusal.retry_after_secs();
                let error = async_graphql::Error::from(ApiError::from(refusal))
                    .into_server_error(Default::default());
                let body = graphql_http::body(&Response::from_errors(vec![error]));
                let headers = [
                    (header::RETRY_AFTER, seconds.to_string()),
                    (header::CONTENT_TYPE, graphql_http::JSON.to_string()),
                ];
                return (StatusCode::TOO_MANY_REQUESTS, headers, body).into_response();
            }
        };
        let session = Arc::new(Session {
            sockets: self.clone(),
            peer,
            socket: Mutex::new(socket),
            login: OnceLock::new(),
            refusal_close_code: Mutex::new(None),
            operations: Arc::default(),
        });
        let limit = self.config.max_message_bytes;
        // Taken now: the upgraded socket is served on a task of its own, past the request
        // whose id names the connection.
        let mut connection = request_log::websocket_connection_data();
        // What the upgrade's headers claim, for export links; the link policy decides
        // whether to believe it (--trust-proxy), as over HTTP.
        if let Some(origin) = RequestOrigin::from_headers(headers) {
            connection.insert(origin);
        }
        // Names a session that a login over this socket opens, as over HTTP.
        if let Some(agent) = headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
        {
            connection.insert(ClientAgent(agent.to_string()));
        }
        upgrade
            .protocols(ALL_WEBSOCKET_PROTOCOLS)
            .read_buffer_size(READ_BUFFER_BYTES)
            .max_message_size(limit)
            .max_frame_size(limit)
            .on_upgrade(move |socket| serve(socket, protocol, session, connection))
    }
}

/// The first protocol of `Sec-WebSocket-Protocol` this server speaks.
fn protocol(headers: &HeaderMap) -> Option<Protocols> {
    headers
        .get(header::SEC_WEBSOCKET_PROTOCOL)?
        .to_str()
        .ok()?
        .split(',')
        .find_map(|p| Protocols::from_str(p.trim()).ok())
}

/// Who a socket logged in as, from its `connection_init`.
struct Login {
    caller: Caller,
    credential: Credential,
}

/// One socket's state, shared by its message loop and the operations it runs.
struct Session {
    sockets: Sockets,
    peer: IpAddr,
    socket: Mutex<guard::Socket>,
    login: OnceLock<Login>,
    /// The close code for a refused `connection_init`: async-graphql closes with 1002 for
    /// every refusal; graphql-transport-ws has codes that tell the client why.
    refusal_close_code: Mutex<Option<u16>>,
    /// Operations whose stream is alive.
    operations: Arc<AtomicUsize>,
}

/// One of a socket's live operations, given back when its stream is dropped.
struct Operation(Arc<AtomicUsize>);

impl Operation {
    fn start(live: &Arc<AtomicUsize>) -> Option<Self> {
        let started = live.fetch_add(1, Ordering::SeqCst) < MAX_OPERATIONS_PER_SOCKET;
        let operation = Self(Arc::clone(live));
        started.then_some(operation)
    }
}

impl Drop for Operation {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Session {
    fn caller(&self) -> Caller {
        self.login.get().map_or_else(
            || Caller::anonymous(self.peer),
            |login| login.caller.clone(),
        )
    }

    /// What the socket logged in with; nothing before `connection_init`.
    fn credential(&self) -> &Credential {
        const NOT_LOGGED_IN: &Credential = &Credential::None;
        self.login
            .get()
            .map_or(NOT_LOGGED_IN, |login| &login.credential)
    }

    /// The socket's viewer as of now: AUTH_001 once its token is revoked or has expired.
    async fn viewer(&self) -> Result<Viewer, ApiError> {
        self.credential().viewer(&self.sockets.store).await
    }

    /// [`Self::viewer`] for a running subscription's re-check: an answer shared with the
    /// other subscriptions holding the same token ([`TokenChecks`]).
    async fn rechecked_viewer(&self) -> Result<Viewer, ApiError> {
        let sockets = &self.sockets;
        sockets
            .token_checks
            .viewer(self.credential(), &sockets.store)
            .await
    }

    fn holds_token(&self) -> bool {
        matches!(self.credential(), Credential::Token(_))
    }

    fn take_refusal_close_code(&self) -> Option<u16> {
        self.refusal_close_code
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
    }

    fn refuse_init(&self, code: u16, error: ApiError) -> async_graphql::Error {
        *self
            .refusal_close_code
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = Some(code);
        async_graphql::Error::from(error)
    }

    /// Authenticates the socket from its `connection_init` payload: `authToken` (the spec's
    /// example) or `Authorization: Bearer ...`; without one it stays anonymous, and the
    /// subscriptions refuse it with AUTH_001.
    async fn init(&self, payload: serde_json::Value) -> async_graphql::Result<Data> {
        let token = payload
            .get("authToken")
            .or_else(|| payload.get("Authorization"))
            .or_else(|| payload.get("authorization"))
            .and_then(serde_json::Value::as_str)
            .map(|t| t.strip_prefix("Bearer ").unwrap_or(t).trim());
        let sockets = &self.sockets;
        let (viewer, credential) =
            guard::identify(&sockets.store, sockets.local_admin_token.as_deref(), token)
                .await
                .map_err(|e| self.refuse_init(close::FORBIDDEN, e))?;
        let caller = Caller::of(&viewer, self.peer);
        let counted = sockets.guard.count(&caller).and_then(|()| {
            self.socket
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .move_to(&caller)
        });
        counted.map_err(|refusal| self.refuse_init(close::TOO_MANY_REQUESTS, refusal.into()))?;
        let mut data = Data::default();
        data.insert(viewer);
        if let Credential::Token(hash) = &credential {
            // `revokeToken` without arguments revokes the token the socket logged in with.
            data.insert(RequestToken(hash.clone()));
        }
        let _ = self.login.set(Login { caller, credential });
        Ok(data)
    }
}

/// The schema as a socket's operations see it: each one admitted by the guard and run as the
/// socket's viewer of the moment.
#[derive(Clone)]
struct GuardedSchema {
    schema: ApiSchema,
    session: Arc<Session>,
}

impl Executor for GuardedSchema {
    async fn execute(&self, request: Request) -> Response {
        self.execute_stream(request, None)
            .next()
            .await
            .unwrap_or_default()
    }

    fn execute_stream(
        &self,
        mut request: Request,
        session_data: Option<Arc<Data>>,
    ) -> BoxStream<'static, Response> {
        let subscription = is_subscription(&mut request);
        let session = Arc::clone(&self.session);
        let caller = session.caller();
        // Decided now, in the order the operations arrived, like HTTP requests. A subscription
        // spends quota but holds no execution slot: it mostly waits for updates.
        let guard = &session.sockets.guard;
        let admitted = if subscription {
            guard.count(&caller).map(|()| None)
        } else {
            guard.admit(&caller).map(Some)
        };
        let running = match admitted {
            Ok(running) => running,
            Err(refusal) => return refused(refusal.into(), session_data.as_deref(), &request),
        };
        let Some(operation) = Operation::start(&session.operations) else {
            let error = ApiError::RateLimited {
                message: format!(
                    "this socket already carries {MAX_OPERATIONS_PER_SOCKET} operations; \
                     complete one first"
                ),
                retry_after: 1,
            };
            return refused(error, session_data.as_deref(), &request);
        };
        let schema = self.schema.clone();
        stream::once(async move {
            let viewer = match session.viewer().await {
                Ok(viewer) => viewer,
                Err(error) => return refused(error, session_data.as_deref(), &request),
            };
            let sockets = &session.sockets;
            // Counted per subscriber, though identical subscriptions share one execution.
            let open = subscription.then(|| sockets.stats.subscription_opened());
            // The executor's `execute_stream`, which takes the socket's `connection_init` data.
            let responses = if subscription {
                let key = fanout::Key::new(&request, &viewer);
                sockets.fanout.subscribe(key, move || {
                    Executor::execute_stream(&schema, request.data(viewer), session_data)
                })
            } else {
                Executor::execute_stream(&schema, request.data(viewer), session_data)
            };
            // The execution slot is released when the operation's stream ends or is dropped.
            let responses = responses
                .map(move |response| {
                    let _held = (&running, &operation, &open);
                    response
                })
                .boxed();
            if subscription && session.holds_token() {
                until_token_lost(responses, session)
            } else {
                responses
            }
        })
        .flatten()
        .boxed()
    }
}

/// Whether the request runs a subscription. A document the schema will refuse (no such
/// operation, several and no name) runs as a one-answer operation, which answers the refusal.
fn is_subscription(request: &mut Request) -> bool {
    with_document(request, |document, name, _| {
        chosen_operation(document, name)
            .is_some_and(|(_, operation)| operation.node.ty == OperationType::Subscription)
    })
    .unwrap_or(false)
}

/// The answer to an operation refused before it ran, with its request id.
fn refused(
    error: ApiError,
    session_data: Option<&Data>,
    request: &Request,
) -> BoxStream<'static, Response> {
    let error = async_graphql::Error::from(error).into_server_error(Default::default());
    let response = request_log::refused_operation(session_data, request, error);
    stream::once(async move { response }).boxed()
}

/// `responses` until the socket's token is revoked or expires; then one AUTH_001 error, and
/// the end of the stream (which the protocol reports as `complete`).
fn until_token_lost(
    responses: BoxStream<'static, Response>,
    session: Arc<Session>,
) -> BoxStream<'static, Response> {
    let start = tokio::time::Instant::now() + RECHECK_EVERY;
    let recheck = tokio::time::interval_at(start, RECHECK_EVERY);
    stream::unfold(Some((responses, recheck, session)), |state| async move {
        let (mut responses, mut recheck, session) = state?;
        loop {
            tokio::select! {
                response = responses.next() => {
                    return response.map(|r| (r, Some((responses, recheck, session))));
                }
                _ = recheck.tick() => {
                    if let Err(error) = session.rechecked_viewer().await {
                        let error = async_graphql::Error::from(error)
                            .into_server_error(Default::default());
                        return Some((Response::from_errors(vec![error]), None));
                    }
                }
            }
        }
    })
    .boxed()
}

/// Why the client's side of a socket ended, when the server should say so.
fn read_error_close(error: axum::Error) -> Option<(u16, String)> {
    use tokio_tungstenite::tungstenite::Error;
    let error = error.into_inner();
    match error.downcast_ref::<Error>() {
        Some(Error::Capacity(e)) => Some((close::MESSAGE_TOO_BIG, e.to_string())),
        _ => None,
    }
}

async fn serve(socket: WebSocket, protocol: Protocols, session: Arc<Session>, connection: Data) {
    let (mut sink, source) = socket.split();
    let ended_by: Arc<Mutex<Option<(u16, String)>>> = Arc::default();
    let input = {
        let ended_by = Arc::clone(&ended_by);
        source
            .map(move |message| match message {
                Ok(message) => Some(message),
                Err(error) => {
                    *ended_by.lock().unwrap_or_else(|e| e.into_inner()) = read_error_close(error);
                    None
                }
            })
            .take_while(|message| std::future::ready(message.is_some()))
            .filter_map(|message| {
                std::future::ready(match message {
                    Some(message @ (Message::Text(_) | Message::Binary(_))) => {
                        Some(message.into_data())
                    }
                    _ => None,
                })
            })
    };
    let executor = GuardedSchema {
        schema: session.sockets.schema.clone(),
        session: Arc::clone(&session),
    };
    let init_session = Arc::clone(&session);
    let output = GraphQLSocket::new(executor, input, protocol)
        .connection_data(connection)
        .on_connection_init(move |payload| async move { init_session.init(payload).await });
    futures_util::pin_mut!(output);

    let init_deadline = tokio::time::sleep(session.sockets.config.init_timeout);
    tokio::pin!(init_deadline);
    let mut acknowledged = false;
    let last = loop {
        let message = tokio::select! {
            message = output.next() => message,
            () = &mut init_deadline, if !acknowledged => {
                break Some((close::INIT_TIMEOUT, "Connection initialisation timeout".to_string()));
            }
        };
        let text = match message {
            Some(WsMessage::Text(text)) => text,
            Some(WsMessage::Close(code, reason)) => {
                break Some((session.take_refusal_close_code().unwrap_or(code), reason));
            }
            // The legacy protocol refuses a `connection_init` with a message, then ends.
            None => {
                let ended_by = ended_by.lock().unwrap_or_else(|e| e.into_inner()).take();
                let refused = session.take_refusal_close_code();
                break ended_by.or_else(|| refused.map(|code| (code, String::new())));
            }
        };
        let before_ack = !acknowledged;
        acknowledged = acknowledged || is_ack(&text);
        let send = sink.send(Message::Text(text.into()));
        // A client that never reads (answers to its pings pile up) must not outlive the
        // deadline for its connection_init either.
        let sent = if before_ack {
            tokio::select! {
                sent = send => sent,
                () = &mut init_deadline => {
                    break Some((close::INIT_TIMEOUT, "Connection initialisation timeout".to_string()));
                }
            }
        } else {
            send.await
        };
        if sent.is_err() {
            return;
        }
    };
    if let Some((code, reason)) = last {
        let frame = CloseFrame {
            code,
            reason: reason.into(),
        };
        // A client that does not read gets no more than this to take its close frame.
        let _ = tokio::time::timeout(CLOSE_GRACE, sink.send(Message::Close(Some(frame)))).await;
    }
}

fn is_ack(text: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(text)
        .is_ok_and(|message| message["type"] == "connection_ack")
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicUsize;

    use super::*;
    use crate::server::secrets::token_hash;
    use crate::server::store::IN_MEMORY;

    const TOKEN: &str = "a-token-for-the-test";
    const LONG: Duration = Duration::from_secs(3600);

    fn alice() -> Viewer {
        Viewer::User(crate::server::api::Account {
            id: "usr-alice".into(),
            username: "alice".into(),
            role: crate::server::api::types::Role::User,
            user_type: crate::server::api::types::UserType::Free,
        })
    }

    /// `checks.shared` of `hash` whose lookup counts itself in `lookups`, takes a while, and
    /// answers `answer`.
    async fn counted(
        checks: &TokenChecks,
        hash: &str,
        lookups: &AtomicUsize,
        answer: Result<Viewer, ApiError>,
    ) -> Result<Viewer, ApiError> {
        checks
            .shared(hash, || async {
                lookups.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(20)).await;
                answer
            })
            .await
    }

    #[tokio::test]
    async fn subscriptions_rechecking_one_token_at_once_share_one_lookup() {
        let checks = TokenChecks::fresh_for(LONG);
        let lookups = AtomicUsize::new(0);
        let answers = futures_util::future::join_all(
            (0..50).map(|_| counted(&checks, "h", &lookups, Ok(alice()))),
        )
        .await;
        assert_eq!(lookups.load(Ordering::SeqCst), 1);
        assert!(answers.iter().all(Result::is_ok), "{answers:?}");
        // Another token has its own lookup.
        assert!(
            counted(&checks, "other", &lookups, Ok(alice()))
                .await
                .is_ok()
        );
        assert_eq!(lookups.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_refusal_is_shared_and_a_failed_lookup_is_not() {
        let checks = TokenChecks::fresh_for(LONG);
        let lookups = AtomicUsize::new(0);
        let refused = || Err(ApiError::Auth("revoked".into()));
        for _ in 0..3 {
            let answer = counted(&checks, "refused", &lookups, refused()).await;
            assert!(matches!(answer, Err(ApiError::Auth(_))), "{answer:?}");
        }
        assert_eq!(lookups.load(Ordering::SeqCst), 1);

        let failed = || Err(ApiError::Internal("the database is gone".into()));
        for n in 2..5 {
            let answer = counted(&checks, "failing", &lookups, failed()).await;
            assert!(matches!(answer, Err(ApiError::Internal(_))), "{answer:?}");
            assert_eq!(lookups.load(Ordering::SeqCst), n);
        }
    }

    #[tokio::test]
    async fn an_answer_is_as_old_as_its_lookups_start() {
        // The lookup takes 20 ms; an answer shared for 10 ms from its start is stale on
        // arrival, so the next caller looks again.
        let checks = TokenChecks::fresh_for(Duration::from_millis(10));
        let lookups = AtomicUsize::new(0);
        for n in 1..=2 {
            assert!(counted(&checks, "h", &lookups, Ok(alice())).await.is_ok());
            assert_eq!(lookups.load(Ordering::SeqCst), n);
        }
    }

    #[tokio::test]
    async fn answers_too_old_to_share_are_dropped() {
        let checks = TokenChecks::fresh_for(Duration::ZERO);
        let lookups = AtomicUsize::new(0);
        for n in 0..3 {
            let _ = counted(&checks, &format!("token-{n}"), &lookups, Ok(alice())).await;
        }
        assert_eq!(
            checks.tokens_kept(),
            1,
            "only the latest, whose lookup just ran"
        );
    }

    #[tokio::test]
    async fn a_revocation_reaches_a_checker_once_its_shared_answer_is_stale() {
        let store = Store::open(IN_MEMORY).await.unwrap();
        for sql in [
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) \
             VALUES ('usr-alice', 'alice', 'x', 'USER', 'FREE', '6ba85179-e30d-4fc2-9a1b-0123456789ab', 0)",
            "INSERT INTO auth_tokens (token_hash, user_id, kind, family, expires_at, created_at) \
             VALUES (?, 'usr-alice', 'access', 'f1', 4102444800, 0)",
        ] {
            sqlx::query(sql)
                .bind(token_hash(TOKEN))
                .execute(store.pool())
                .await
                .unwrap();
        }
        let credential = Credential::Token(token_hash(TOKEN));
        let sharing = TokenChecks::fresh_for(LONG);
        let stale = TokenChecks::fresh_for(Duration::ZERO);
        for checks in [&sharing, &stale] {
            let answer = checks.viewer(&credential, &store).await;
            assert!(
                matches!(&answer, Ok(Viewer::User(a)) if a.username == "alice"),
                "{answer:?}"
            );
        }
        sqlx::query("UPDATE auth_tokens SET revoked_at = 1")
            .execute(store.pool())
            .await
            .unwrap();
        // Within its window the shared answer stands; past it, the revocation is seen.
        assert!(sharing.viewer(&credential, &store).await.is_ok());
        let seen = stale.viewer(&credential, &store).await;
        assert!(matches!(seen, Err(ApiError::Auth(_))), "{seen:?}");
    }
}
