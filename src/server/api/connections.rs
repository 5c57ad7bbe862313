//! VPN connections: servers' agents record their start and end (`startConnection`,
//! `endConnection`), users rate them once (`rateConnection`). They are `sessions` rows, read by
//! the dashboards, analytics, exports and the reward factors as the seed's are.

use async_graphql::{
    Context, ID, InputObject, InputValueError, InputValueResult, Number, Object, Scalar,
    ScalarType, Value,
};
use chrono::{Duration, Utc};

use super::auth::require_account;
use super::servers::{in_service, protocol_name, reported_server};
use super::types::{ConnectionSession, ProtocolType, Timestamp};
use super::users::session_view;
use super::{ApiError, ApiResult, Viewer};
use crate::domain::connection::{
    MAX_BYTES, normalize_comment, session_figures, validate_event_id, validate_stars,
};
use crate::server::store::Store;
use crate::server::store::connections::{ConnectionEnd, NewConnection, SessionFacts, Started};

/// Longest id argument accepted: ids the platform makes are far shorter.
const MAX_ID_CHARS: usize = 64;
/// How far ahead of the server's clock an event's time may be (agents' clocks drift).
const CLOCK_SKEW_SECS: i64 = 300;
/// How old a start may be: an agent replaying what it could not send while the platform
/// was unreachable, not a rewrite of history that was paid for long ago.
const MAX_START_AGE_DAYS: i64 = 30;

/// A count of bytes: a whole number from 0 to 2^53 - 1, exact in JSON and in JavaScript
/// (GraphQL's `Int` stops at 2^31 - 1, about 2 GB).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bytes(pub u64);

/// A count of bytes: a whole number from 0 to 2^53 - 1, exact in JSON and in JavaScript
/// (GraphQL's `Int` stops at 2^31 - 1, about 2 GB).
#[Scalar(name = "Bytes")]
impl ScalarType for Bytes {
    fn parse(value: Value) -> InputValueResult<Self> {
        if let Value::Number(n) = &value
            && let Some(bytes) = n.as_u64()
            && bytes <= MAX_BYTES
        {
            return Ok(Self(bytes));
        }
        Err(InputValueError::custom(format!(
            "a byte count is a whole number from 0 to {MAX_BYTES}, got {value}"
        )))
    }

    fn is_valid(value: &Value) -> bool {
        matches!(value, Value::Number(n) if n.as_u64().is_some_and(|b| b <= MAX_BYTES))
    }

    fn to_value(&self) -> Value {
        Value::Number(Number::from(self.0))
    }
}

/// A connection's start, as a server's agent saw it.
#[derive(InputObject, Debug)]
pub struct StartConnectionInput {
    pub server_id: ID,
    /// The user's VPN client id (their VLESS/REALITY UUID), hyphenated.
    pub user_uuid: String,
    /// Must be a protocol the server offers and has enabled.
    pub protocol: ProtocolType,
    /// Defaults to now; at most 5 minutes ahead and 30 days back.
    pub started_at: Option<Timestamp>,
    /// The agent's id for this connection, unique per server (1-128 printable ASCII
    /// characters): sending the same start again returns the session made the first time.
    pub event_id: Option<String>,
}

/// A connection's end: the session by its id, or by the server and the agent's event id.
#[derive(InputObject, Debug)]
pub struct EndConnectionInput {
    pub session_id: Option<ID>,
    pub server_id: Option<ID>,
    pub event_id: Option<String>,
    /// Bytes into the server from the user (the user's upload).
    pub bytes_in: Bytes,
    /// Bytes from the server to the user (the user's download).
    pub bytes_out: Bytes,
    /// Defaults to now; not before the start, at most 5 minutes ahead.
    pub ended_at: Option<Timestamp>,
}

/// A user's rating of one of their connections.
#[derive(InputObject, Debug)]
pub struct RateConnectionInput {
    pub session_id: ID,
    /// 1 to 5.
    pub stars: i32,
    /// At most 500 characters, no control characters but line breaks and tabs.
    pub comment: Option<String>,
}

fn check_id<'a>(field: &str, id: &'a str) -> ApiResult<&'a str> {
    let id = id.trim();
    if id.is_empty() || id.chars().count() > MAX_ID_CHARS {
        return Err(ApiError::Invalid(format!(
            "{field} must be 1-{MAX_ID_CHARS} characters"
        )));
    }
    Ok(id)
}

fn invalid(field: &str, reason: impl std::fmt::Display) -> ApiError {
    ApiError::Invalid(format!("{field} {reason}"))
}

/// Anonymous callers are refused before any lookup, so that they learn nothing of ids.
pub(crate) fn require_viewer(ctx: &Context<'_>) -> ApiResult<Viewer> {
    match ctx.data_opt::<Viewer>().cloned().unwrap_or_default() {
        Viewer::Anonymous => Err(ApiError::Auth(
            "authentication required: log in, or use the server's agent token".into(),
        )),
        viewer => Ok(viewer),
    }
}

async fn view(ctx: &Context<'_>, id: &str) -> ApiResult<ConnectionSession> {
    ctx.data_unchecked::<Store>()
        .session(id)
        .await?
        .map(session_view)
        .ok_or_else(|| ApiError::Internal("the session vanished while it was recorded".into()))
}

/// An end sent again for a session that ended: the same end (the same counts, and the same
/// time when one is given) is a re-send and changes nothing; a different one is refused.
fn same_end(facts: &SessionFacts, input: &EndConnectionInput) -> bool {
    let same_counts = facts.bytes_in == i64::try_from(input.bytes_in.0).ok()
        && facts.bytes_out == i64::try_from(input.bytes_out.0).ok();
    let same_time = input
        .ended_at
        .is_none_or(|at| facts.ended_at == Some(at.timestamp()));
    same_counts && same_time
}

fn already_ended(facts: &SessionFacts) -> ApiError {
    let at = facts
        .ended_at
        .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
        .map_or_else(|| "before".into(), |t| t.to_rfc3339());
    ApiError::Invalid(format!(
        "session {} already ended at {at} with other figures; an end is recorded once",
        facts.id
    ))
}

#[derive(Default)]
pub struct ConnectionsMutation;

#[Object]
impl ConnectionsMutation {
    /// Records that a user connected to a server: by the server's agent token, its owner or an
    /// admin. The user is found by their VPN client id (RSC_001 when no live account has it;
    /// VAL_001 when the account is disabled). With an `eventId`, sending the same start again
    /// returns the session recorded the first time; the same id for another user or protocol
    /// is VAL_001.
    async fn start_connection(
        &self,
        ctx: &Context<'_>,
        input: StartConnectionInput,
    ) -> ApiResult<ConnectionSession> {
        require_viewer(ctx)?;
        let server_id = check_id("input.serverId", &input.server_id)?;
        let server = reported_server(ctx, server_id).await?;
        // A retired server takes no new connections. Its agent tokens died with it; its owner
        // or an admin may still record the ends of connections it had open.
        in_service(&server)?;
        let store = ctx.data_unchecked::<Store>();
        let now = Utc::now();

        if let Some(event_id) = &input.event_id {
            validate_event_id(event_id).map_err(|e| invalid("input.eventId", e))?;
        }
        // Checked for length first, so that an oversized value is not echoed back.
        if input.user_uuid.chars().count() > 36 {
            return Err(invalid(
                "input.userUuid",
                "is not a UUID: it is longer than 36 characters",
            ));
        }
        let uuid = crate::domain::validate::validate_uuid(&input.user_uuid)
            .map_err(|e| invalid("input.userUuid", e))?
            .hyphenated()
            .to_string();
        let protocol = protocol_name(input.protocol);
        let endpoints = store.protocols_of(&[server.id.as_str()]).await?;
        match endpoints.iter().find(|p| p.protocol == protocol) {
            Some(endpoint) if endpoint.enabled => {}
            Some(_) => {
                return Err(invalid(
                    "input.protocol",
                    format!("{protocol} is disabled on server {}", server.id),
                ));
            }
            None => {
                return Err(invalid(
                    "input.protocol",
                    format!("server {} does not offer {protocol}", server.id),
                ));
            }
        }
        let started_at = input.started_at.unwrap_or(now);
        if started_at > now + Duration::seconds(CLOCK_SKEW_SECS) {
            return Err(invalid("input.startedAt", "is in the future"));
        }
        if started_at < now - Duration::days(MAX_START_AGE_DAYS) {
            return Err(invalid(
                "input.startedAt",
                format!("is more than {MAX_START_AGE_DAYS} days ago"),
            ));
        }
        let user = store
            .vpn_user(&uuid)
            .await?
            .ok_or_else(|| ApiError::NotFound(format!("no account has VPN client id {uuid}")))?;
        if user.disabled {
            return Err(invalid(
                "input.userUuid",
                format!("belongs to a disabled account ({uuid})"),
            ));
        }

        let id = format!("ses-{}", uuid::Uuid::new_v4().simple());
        let started = store
            .start_connection(&NewConnection {
                id: &id,
                server_id: &server.id,
                user_id: &user.id,
                protocol,
                started_at: started_at.timestamp(),
                event_id: input.event_id.as_deref(),
            })
            .await?;
        let id = match started {
            Started::New(id) => id,
            Started::Retired => {
                return Err(ApiError::Invalid(format!(
                    "server {} was decommissioned: it takes no new connections",
                    server.id
                )));
            }
            Started::Existing(existing) => {
                let same_start = input
                    .started_at
                    .is_none_or(|at| at.timestamp() == existing.started_at);
                if existing.user_id != user.id || existing.protocol != protocol || !same_start {
                    return Err(invalid(
                        "input.eventId",
                        format!(
                            "'{}' already recorded another connection on server {}",
                            input.event_id.as_deref().unwrap_or_default(),
                            server.id
                        ),
                    ));
                }
                existing.id
            }
        };
        view(ctx, &id).await
    }

    /// Records that a connection ended, with the bytes it moved: by the server's agent token,
    /// its owner or an admin. The session is named by `sessionId`, or by `serverId` and the
    /// `eventId` its start carried (exactly one of the two). Its gigabytes and average speeds
    /// are derived from the counts; its latency is the server's latest heartbeat's. Sending
    /// the same end again changes nothing; a different end of an ended session is VAL_001.
    async fn end_connection(
        &self,
        ctx: &Context<'_>,
        input: EndConnectionInput,
    ) -> ApiResult<ConnectionSession> {
        require_viewer(ctx)?;
        let store = ctx.data_unchecked::<Store>();
        let (facts, server) = match (&input.session_id, &input.server_id, &input.event_id) {
            (Some(session_id), None, None) => {
                let session_id = check_id("input.sessionId", session_id)?;
                let facts = store
                    .session_facts(session_id)
                    .await?
                    .ok_or_else(|| ApiError::not_found("session", session_id))?;
                let server = reported_server(ctx, &facts.server_id).await?;
                (facts, server)
            }
            (None, Some(server_id), Some(event_id)) => {
                let server_id = check_id("input.serverId", server_id)?;
                validate_event_id(event_id).map_err(|e| invalid("input.eventId", e))?;
                let server = reported_server(ctx, server_id).await?;
                let facts = store
                    .session_facts_by_event(&server.id, event_id)
                    .await?
                    .ok_or_else(|| {
                        ApiError::NotFound(format!(
                            "server {server_id} recorded no connection with event id '{event_id}'"
                        ))
                    })?;
                (facts, server)
            }
            _ => {
                return Err(ApiError::Invalid(
                    "input: give sessionId, or serverId and eventId (not both)".into(),
                ));
            }
        };
        let now = Utc::now();
        let ended_at = input.ended_at.unwrap_or(now).timestamp();
        if facts.ended_at.is_some() {
            return if same_end(&facts, &input) {
                view(ctx, &facts.id).await
            } else {
                Err(already_ended(&facts))
            };
        }
        if ended_at > now.timestamp() + CLOCK_SKEW_SECS {
            return Err(invalid("input.endedAt", "is in the future"));
        }
        if ended_at < facts.started_at {
            return Err(invalid("input.endedAt", "is before the connection started"));
        }
        // Both fit: the scalar bounds them to 2^53 - 1.
        let (bytes_in, bytes_out) = (input.bytes_in.0 as i64, input.bytes_out.0 as i64);
        let figures = session_figures(
            input.bytes_in.0,
            input.bytes_out.0,
            ended_at - facts.started_at,
        );
        let end = ConnectionEnd {
            ended_at,
            bytes_in,
            bytes_out,
            data_gb: figures.data_gb,
            upload_mbps: figures.upload_mbps,
            download_mbps: figures.download_mbps,
            latency_ms: server.latency_ms.unwrap_or(0.0),
        };
        if store.end_connection(&facts.id, &end).await? {
            return view(ctx, &facts.id).await;
        }
        // Another send of an end got there first: judge this one against what it recorded.
        let recorded = store
            .session_facts(&facts.id)
            .await?
            .ok_or_else(|| ApiError::not_found("session", &facts.id))?;
        if same_end(&recorded, &input) {
            view(ctx, &facts.id).await
        } else {
            Err(already_ended(&recorded))
        }
    }

    /// Rates one of the caller's own connections once it has ended: 1-5 stars and an optional
    /// comment. Only the connection's user may (AUTH_001 for anyone else); a connection is
    /// rated once (VAL_001 the second time). Ratings feed the satisfaction factor of the
    /// server's rewards.
    async fn rate_connection(
        &self,
        ctx: &Context<'_>,
        input: RateConnectionInput,
    ) -> ApiResult<ConnectionSession> {
        let account = require_account(ctx)?;
        let store = ctx.data_unchecked::<Store>();
        let session_id = check_id("input.sessionId", &input.session_id)?;
        let facts = store
            .session_facts(session_id)
            .await?
            .ok_or_else(|| ApiError::not_found("session", session_id))?;
        if facts.user_id != account.id {
            return Err(ApiError::Auth(format!(
                "{} may not rate session {session_id}: only its user may",
                account.username
            )));
        }
        validate_stars(i64::from(input.stars)).map_err(|e| invalid("input.stars", e))?;
        let comment = match &input.comment {
            Some(comment) => normalize_comment(comment).map_err(|e| invalid("input.comment", e))?,
            None => None,
        };
        if facts.ended_at.is_none() {
            return Err(invalid(
                "input.sessionId",
                format!("{session_id} is still open: rate it once it has ended"),
            ));
        }
        // Ratings feed the server's satisfaction factor, so its owner's own connections
        // through it would be the owner grading themself.
        let owner = store
            .server(&facts.server_id)
            .await?
            .map(|server| server.owner_id);
        if owner.as_deref() == Some(account.id.as_str()) {
            return Err(invalid(
                "input.sessionId",
                format!(
                    "{session_id} is a connection to a server of yours: its rating would grade your own service"
                ),
            ));
        }
        let rated = facts.rating.is_none()
            && store
                .rate_connection(
                    &facts.id,
                    i64::from(input.stars),
                    comment.as_deref(),
                    Utc::now().timestamp(),
                )
                .await?;
        if !rated {
            return Err(invalid(
                "input.sessionId",
                format!("{session_id} is rated already: a connection is rated once"),
            ));
        }
        view(ctx, &facts.id).await
    }
}

#[cfg(test)]
mod tests {
    use async_graphql::{Request, Variables};
    use serde_json::{Value as Json, json};

    use super::*;
    use crate::server::api::types::{Role, UserType};
    use crate::server::api::{Account, AgentIdentity, ApiSchema, build_schema};
    use crate::server::store::IN_MEMORY;
    use crate::server::store::audit::AuditFilter;

    const ANNA: &str = "0b7c6f0e-6a55-4a8e-9d59-1f2e3d4c5b6a";
    const BORIS: &str = "5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716";
    const DISABLED: &str = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    const START: &str = "mutation($input: StartConnectionInput!) { \
        startConnection(input: $input) { id connectionEnd bytesIn rating } }";
    const END: &str = "mutation($input: EndConnectionInput!) { \
        endConnection(input: $input) { id connectionEnd bytesIn bytesOut dataTransferred \
        networkSpeed averageLatency } }";
    const RATE: &str = "mutation($input: RateConnectionInput!) { \
        rateConnection(input: $input) { id rating ratingComment } }";

    /// An operator owning srv-1 (VLESS on, WIREGUARD off) and srv-2's other owner; users anna
    /// and boris, and a disabled account.
    async fn schema() -> (ApiSchema, Store) {
        let store = Store::open(IN_MEMORY).await.unwrap();
        let users = format!(
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, \
             created_at, disabled_at) VALUES \
             ('usr-op', 'olga', '!', 'OPERATOR', 'FREE', 'x', 0, NULL), \
             ('usr-op2', 'oleg', '!', 'OPERATOR', 'FREE', 'y', 0, NULL), \
             ('usr-anna', 'anna', '!', 'USER', 'FREE', '{ANNA}', 0, NULL), \
             ('usr-boris', 'boris', '!', 'USER', 'FREE', '{BORIS}', 0, NULL), \
             ('usr-off', 'off', '!', 'USER', 'FREE', '{DISABLED}', 0, 1)"
        );
        for sql in [
            users.as_str(),
            "INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at, \
             latency_ms) VALUES \
             ('srv-1', 'usr-op', 'one.example.net', '192.0.2.1', 'eu-west', 0, 42.5), \
             ('srv-2', 'usr-op2', 'two.example.net', '192.0.2.2', 'eu-west', 0, NULL)",
            "INSERT INTO server_protocols (id, server_id, type, port, enabled) VALUES \
             ('p1', 'srv-1', 'VLESS', 443, 1), ('p2', 'srv-1', 'WIREGUARD', 51820, 0), \
             ('p3', 'srv-2', 'VLESS', 443, 1)",
        ] {
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(store.pool())
                .await
                .unwrap();
        }
        (build_schema(store.clone()), store)
    }

    fn user(id: &str, role: Role) -> Viewer {
        Viewer::User(Account {
            id: id.into(),
            username: id.trim_start_matches("usr-").into(),
            role,
            user_type: UserType::Free,
        })
    }

    fn agent(server_id: &str) -> Viewer {
        Viewer::Agent(AgentIdentity {
            token_id: "agt-1".into(),
            server_id: server_id.into(),
            owner_id: "usr-op".into(),
        })
    }

    async fn run(schema: &ApiSchema, viewer: &Viewer, query: &str, input: Json) -> Json {
        let request = Request::new(query)
            .variables(Variables::from_json(json!({ "input": input })))
            .data(viewer.clone());
        serde_json::to_value(schema.execute(request).await).unwrap()
    }

    /// The error code; errors of the document's validation carry none here, and the
    /// transport gives them VAL_001.
    fn code(body: &Json) -> &str {
        match &body["errors"][0] {
            Json::Null => "none",
            error => error["extensions"]["code"].as_str().unwrap_or("VAL_001"),
        }
    }

    /// Every session row as text, to show a refused call changed nothing.
    async fn sessions(store: &Store) -> Vec<String> {
        sqlx::query_scalar(
            "SELECT id || ' ' || user_id || ' ' || server_id || ' ' || IFNULL(ended_at, '-') \
             || ' ' || IFNULL(bytes_in, '-') || ' ' || IFNULL(rating, '-') || ' ' \
             || IFNULL(event_id, '-') FROM sessions ORDER BY id",
        )
        .fetch_all(store.pool())
        .await
        .unwrap()
    }

    #[tokio::test]
    async fn an_agent_records_a_connection_its_user_rates_once() {
        let (schema, store) = schema().await;
        let start = json!({"serverId": "srv-1", "userUuid": ANNA.to_uppercase(),
                           "protocol": "VLESS", "eventId": "c-1"});
        let first = run(&schema, &agent("srv-1"), START, start.clone()).await;
        assert_eq!(code(&first), "none", "{first}");
        let id = first["data"]["startConnection"]["id"].as_str().unwrap();
        assert!(first["data"]["startConnection"]["connectionEnd"].is_null());
        // Sent again (by the owner this time): the same session, no second row.
        let again = run(&schema, &user("usr-op", Role::Operator), START, start).await;
        assert_eq!(again["data"]["startConnection"]["id"], id, "{again}");
        assert_eq!(sessions(&store).await.len(), 1);

        // Open: not yet rateable.
        let rate = json!({"sessionId": id, "stars": 4, "comment": "  good  "});
        let anna = user("usr-anna", Role::User);
        let early = run(&schema, &anna, RATE, rate.clone()).await;
        assert_eq!(code(&early), "VAL_001", "{early}");

        let started_at: i64 = sqlx::query_scalar("SELECT started_at FROM sessions")
            .fetch_one(store.pool())
            .await
            .unwrap();
        let ended_at = chrono::DateTime::from_timestamp(started_at + 100, 0).unwrap();
        let end = json!({"serverId": "srv-1", "eventId": "c-1", "bytesIn": 5_000_000_000u64,
                         "bytesOut": 7_500_000_000u64, "endedAt": ended_at.to_rfc3339()});
        let ended = run(&schema, &agent("srv-1"), END, end.clone()).await;
        assert_eq!(code(&ended), "none", "{ended}");
        let session = &ended["data"]["endConnection"];
        assert_eq!(session["bytesIn"], 5_000_000_000u64);
        assert_eq!(session["dataTransferred"], 12.5);
        // (5 + 7.5) GB * 8 over 100 s, in Mbit/s; the server's latest latency.
        assert_eq!(session["networkSpeed"], 1000.0);
        assert_eq!(session["averageLatency"], 42.5);
        // The same end again is a re-send; another end is refused and changes nothing.
        let resent = run(&schema, &agent("srv-1"), END, end.clone()).await;
        assert_eq!(resent["data"]["endConnection"], *session, "{resent}");
        let before = sessions(&store).await;
        let mut other = end;
        other["bytesOut"] = json!(1);
        let refused = run(&schema, &agent("srv-1"), END, other).await;
        assert_eq!(code(&refused), "VAL_001", "{refused}");
        assert_eq!(sessions(&store).await, before);

        // Only anna rates it, once.
        for viewer in [
            user("usr-boris", Role::User),
            user("usr-op", Role::Operator),
            user("usr-admin", Role::Admin),
            agent("srv-1"),
            Viewer::Anonymous,
        ] {
            let body = run(&schema, &viewer, RATE, rate.clone()).await;
            assert_eq!(code(&body), "AUTH_001", "{viewer:?}: {body}");
        }
        let rated = run(&schema, &anna, RATE, rate.clone()).await;
        assert_eq!(rated["data"]["rateConnection"]["rating"], 4, "{rated}");
        assert_eq!(rated["data"]["rateConnection"]["ratingComment"], "good");
        let twice = run(&schema, &anna, RATE, json!({"sessionId": id, "stars": 1})).await;
        assert_eq!(code(&twice), "VAL_001", "{twice}");
        assert!(
            sessions(&store).await[0].contains(" 4 c-1"),
            "{:?}",
            sessions(&store).await
        );

        // The audit trail has each kind, with the ids and never the client id.
        let (rows, _) = store
            .audit_log(&AuditFilter::default(), 100, 0)
            .await
            .unwrap();
        let ops: Vec<(&str, &str, &str)> = rows
            .iter()
            .rev()
            .map(|r| {
                (
                    r.operation.as_str(),
                    r.target_ids.as_str(),
                    r.result.as_str(),
                )
            })
            .collect();
        assert!(
            ops.contains(&("startConnection", "[\"srv-1\"]", "OK")),
            "{ops:?}"
        );
        assert!(
            ops.contains(&("endConnection", "[\"srv-1\"]", "OK")),
            "{ops:?}"
        );
        let rate_ids = format!("[\"{id}\"]");
        assert!(
            ops.contains(&("rateConnection", rate_ids.as_str(), "OK")),
            "{ops:?}"
        );
        assert!(
            ops.contains(&("rateConnection", rate_ids.as_str(), "VAL_001")),
            "{ops:?}"
        );
        assert!(
            rows.iter()
                .all(|r| !r.target_ids.to_lowercase().contains(ANNA))
        );
    }

    #[tokio::test]
    async fn an_agent_reports_only_for_its_own_server() {
        let (schema, store) = schema().await;
        let start = |server: &str| json!({"serverId": server, "userUuid": BORIS, "protocol": "VLESS", "eventId": "x"});
        let other = run(&schema, &agent("srv-1"), START, start("srv-2")).await;
        assert_eq!(code(&other), "AUTH_001", "{other}");
        let foreign = run(
            &schema,
            &user("usr-op", Role::Operator),
            START,
            start("srv-2"),
        )
        .await;
        assert_eq!(code(&foreign), "AUTH_001", "{foreign}");
        assert!(sessions(&store).await.is_empty());
        let admin = run(
            &schema,
            &user("usr-admin", Role::Admin),
            START,
            start("srv-2"),
        )
        .await;
        assert_eq!(code(&admin), "none", "{admin}");
        // Its end by the other server's agent is refused too, whichever way it is named.
        let id = admin["data"]["startConnection"]["id"].as_str().unwrap();
        for end in [
            json!({"sessionId": id, "bytesIn": 1, "bytesOut": 1}),
            json!({"serverId": "srv-2", "eventId": "x", "bytesIn": 1, "bytesOut": 1}),
        ] {
            let body = run(&schema, &agent("srv-1"), END, end).await;
            assert_eq!(code(&body), "AUTH_001", "{body}");
        }
        assert!(sessions(&store).await[0].ends_with("- - - x"));
    }

    #[tokio::test]
    async fn bad_connection_input_is_refused_and_changes_nothing() {
        let (schema, store) = schema().await;
        let op = user("usr-op", Role::Operator);
        let ok = run(
            &schema,
            &op,
            START,
            json!({"serverId": "srv-1", "userUuid": ANNA, "protocol": "VLESS", "eventId": "e"}),
        )
        .await;
        let id = ok["data"]["startConnection"]["id"]
            .as_str()
            .unwrap()
            .to_string();
        let before = sessions(&store).await;
        let now = Utc::now();
        let long = "x".repeat(10_000);
        let start = |patch: Json| {
            let mut input = json!({"serverId": "srv-1", "userUuid": BORIS, "protocol": "VLESS"});
            for (k, v) in patch.as_object().unwrap() {
                if v.is_null() {
                    input.as_object_mut().unwrap().remove(k);
                } else {
                    input[k] = v.clone();
                }
            }
            input
        };
        let cases: Vec<(&str, &str, Json)> = vec![
            (START, "VAL_001", start(json!({"serverId": null}))),
            (START, "VAL_001", start(json!({"serverId": ""}))),
            (START, "VAL_001", start(json!({"serverId": long}))),
            (START, "RSC_001", start(json!({"serverId": "srv-nope"}))),
            (START, "VAL_001", start(json!({"userUuid": null}))),
            (START, "VAL_001", start(json!({"userUuid": "not-a-uuid"}))),
            (START, "VAL_001", start(json!({"userUuid": long}))),
            (START, "VAL_001", start(json!({"userUuid": 42}))),
            (
                START,
                "RSC_001",
                start(json!({"userUuid": "00000000-0000-4000-8000-000000000000"})),
            ),
            (START, "VAL_001", start(json!({"userUuid": DISABLED}))),
            (START, "VAL_001", start(json!({"protocol": "PPTP"}))),
            (START, "VAL_001", start(json!({"protocol": "WIREGUARD"}))),
            (START, "VAL_001", start(json!({"protocol": "REALITY"}))),
            (START, "VAL_001", start(json!({"eventId": ""}))),
            (START, "VAL_001", start(json!({"eventId": "has space"}))),
            (START, "VAL_001", start(json!({"eventId": long}))),
            // The event id of anna's connection, for boris: not a re-send.
            (START, "VAL_001", start(json!({"eventId": "e"}))),
            (
                START,
                "VAL_001",
                start(json!({"startedAt": (now + Duration::hours(1)).to_rfc3339()})),
            ),
            (
                START,
                "VAL_001",
                start(json!({"startedAt": (now - Duration::days(31)).to_rfc3339()})),
            ),
            (START, "VAL_001", start(json!({"startedAt": "yesterday"}))),
            (END, "VAL_001", json!({"bytesIn": 1, "bytesOut": 1})),
            (
                END,
                "VAL_001",
                json!({"sessionId": id, "serverId": "srv-1", "eventId": "e", "bytesIn": 1, "bytesOut": 1}),
            ),
            (
                END,
                "VAL_001",
                json!({"serverId": "srv-1", "bytesIn": 1, "bytesOut": 1}),
            ),
            (
                END,
                "RSC_001",
                json!({"sessionId": "ses-nope", "bytesIn": 1, "bytesOut": 1}),
            ),
            (
                END,
                "RSC_001",
                json!({"serverId": "srv-1", "eventId": "nope", "bytesIn": 1, "bytesOut": 1}),
            ),
            (
                END,
                "VAL_001",
                json!({"sessionId": long, "bytesIn": 1, "bytesOut": 1}),
            ),
            (
                END,
                "VAL_001",
                json!({"sessionId": id, "bytesIn": -1, "bytesOut": 1}),
            ),
            (
                END,
                "VAL_001",
                json!({"sessionId": id, "bytesIn": 1.5, "bytesOut": 1}),
            ),
            (
                END,
                "VAL_001",
                json!({"sessionId": id, "bytesIn": "1", "bytesOut": 1}),
            ),
            (
                END,
                "VAL_001",
                json!({"sessionId": id, "bytesIn": 9_007_199_254_740_992u64, "bytesOut": 1}),
            ),
            (END, "VAL_001", json!({"sessionId": id, "bytesOut": 1})),
            (
                END,
                "VAL_001",
                json!({"sessionId": id, "bytesIn": 1, "bytesOut": 1, "endedAt": (now - Duration::hours(1)).to_rfc3339()}),
            ),
            (
                END,
                "VAL_001",
                json!({"sessionId": id, "bytesIn": 1, "bytesOut": 1, "endedAt": (now + Duration::hours(1)).to_rfc3339()}),
            ),
            (RATE, "VAL_001", json!({"stars": 3})),
            (
                RATE,
                "RSC_001",
                json!({"sessionId": "ses-nope", "stars": 3}),
            ),
            (RATE, "VAL_001", json!({"sessionId": long, "stars": 3})),
        ];
        for (query, expected, input) in cases {
            let body = run(&schema, &op, query, input.clone()).await;
            assert_eq!(code(&body), expected, "{input}: {body}");
            assert!(body["data"].is_null(), "{input}: {body}");
        }
        // Rating checks, on an ended session of anna's.
        let end = json!({"sessionId": id, "bytesIn": 1, "bytesOut": 2});
        run(&schema, &op, END, end).await;
        let before_rating = sessions(&store).await;
        let anna = user("usr-anna", Role::User);
        for (stars, comment) in [
            (json!(0), json!(null)),
            (json!(6), json!(null)),
            (json!("five"), json!(null)),
            (json!(5), json!("é".repeat(501))),
            (json!(5), json!("bell\u{7}")),
            (json!(5), json!(12)),
        ] {
            let input = json!({"sessionId": id, "stars": stars, "comment": comment});
            let body = run(&schema, &anna, RATE, input.clone()).await;
            assert_eq!(code(&body), "VAL_001", "{input}: {body}");
        }
        assert_eq!(sessions(&store).await, before_rating);
        assert_eq!(before_rating.len(), before.len());
    }
}
