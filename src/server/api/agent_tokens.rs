//! Agent tokens: a server's owner (or an admin) issues secrets that let the server's agent
//! report for that one server, and nothing else. The secret is shown once, at creation, and
//! kept only as its hash. A valid one is [`Viewer::Agent`] (see `auth::viewer_for_token_hash`);
//! [`refusal`] refuses every root field to it except [`AGENT_FIELDS`], whatever the field's
//! own rules would allow anonymous callers, and the reporting fields admit it for its own
//! server only (`Viewer::may_report_for`).

use async_graphql::{Context, ID, Object, ServerError, SimpleObject};
use chrono::{Duration, Utc};

use super::admin::timestamp;
use super::auth::require_account;
use super::servers::managed_server;
use super::types::Timestamp;
use super::{ApiError, ApiResult, Viewer, checked_id};
use crate::server::secrets::{new_token, token_hash};
use crate::server::store::Store;
use crate::server::store::agent_tokens::{AgentTokenRefusal, AgentTokenRow, NewAgentToken};

/// Agent tokens are recognisable (and findable by secret scanners) by this prefix.
pub const AGENT_PREFIX: &str = "vpm_ag_";
/// The root fields an agent token may call: what an agent reports.
pub const AGENT_FIELDS: &[&str] = &["reportMetrics", "startConnection", "endConnection"];
/// Live tokens one server may have: one per host or hook, with room for a rotation.
pub const MAX_LIVE_TOKENS: u32 = 20;
/// Longest token name, in characters.
pub const MAX_NAME_CHARS: usize = 64;
/// Furthest expiry accepted: a token meant never to expire says so with no `expiresAt`.
pub const MAX_EXPIRY_DAYS: i64 = 5 * 366;

/// An agent token as listed: never its secret.
#[derive(SimpleObject, Clone, Debug)]
pub struct AgentToken {
    pub id: ID,
    pub server_id: ID,
    pub name: Option<String>,
    /// The account that issued it.
    pub created_by: ID,
    pub created_at: Timestamp,
    /// None: never expires.
    pub expires_at: Option<Timestamp>,
    /// When it was last used, to the minute (written at most once a minute).
    pub last_used_at: Option<Timestamp>,
    pub revoked_at: Option<Timestamp>,
}

/// A new agent token and its secret, which is shown this once and cannot be read again.
#[derive(SimpleObject, Clone, Debug)]
pub struct CreatedAgentToken {
    /// The bearer secret (`vpm_ag_...`) for `vpnmine agent --token-file`.
    pub token: String,
    pub agent_token: AgentToken,
}

fn view(row: AgentTokenRow) -> AgentToken {
    AgentToken {
        id: ID(row.id),
        server_id: ID(row.server_id),
        name: row.name,
        created_by: ID(row.created_by),
        created_at: timestamp(row.created_at),
        expires_at: row.expires_at.map(timestamp),
        last_used_at: row.last_used_at.map(timestamp),
        revoked_at: row.revoked_at.map(timestamp),
    }
}

fn check_name(name: Option<&str>) -> ApiResult<Option<String>> {
    let Some(name) = name else {
        return Ok(None);
    };
    let name = name.trim();
    if name.is_empty() {
        return Err(ApiError::Invalid(
            "name must not be empty (omit it for none)".into(),
        ));
    }
    if name.chars().count() > MAX_NAME_CHARS || name.chars().any(char::is_control) {
        return Err(ApiError::Invalid(format!(
            "name must be at most {MAX_NAME_CHARS} printable characters"
        )));
    }
    Ok(Some(name.to_string()))
}

#[derive(Default)]
pub struct AgentTokensQuery;

#[Object]
impl AgentTokensQuery {
    /// A server's live agent tokens (not revoked, not expired), newest first, at most 20
    /// (its owner and admins). Secrets are never listed.
    async fn agent_tokens(&self, ctx: &Context<'_>, server_id: ID) -> ApiResult<Vec<AgentToken>> {
        require_account(ctx)?;
        checked_id("serverId", &server_id)?;
        let server = managed_server(ctx, &server_id).await?;
        let store = ctx.data_unchecked::<Store>();
        let rows = store
            .live_agent_tokens(&server.id, Utc::now().timestamp())
            .await?;
        Ok(rows.into_iter().map(view).collect())
    }
}

#[derive(Default)]
pub struct AgentTokensMutation;

#[Object]
impl AgentTokensMutation {
    /// Issues a token that lets a server's agent report for that server only (heartbeats and
    /// connection events), for its owner or an admin. The secret is in this answer only.
    /// `expiresAt` must be in the future and within 5 years; omitted, the token never expires.
    /// A server has at most 20 live tokens, and live names are unique per server (VAL_001).
    async fn create_agent_token(
        &self,
        ctx: &Context<'_>,
        server_id: ID,
        name: Option<String>,
        expires_at: Option<Timestamp>,
    ) -> ApiResult<CreatedAgentToken> {
        let account = require_account(ctx)?;
        checked_id("serverId", &server_id)?;
        let name = check_name(name.as_deref())?;
        let now = Utc::now();
        if let Some(at) = expires_at {
            if at <= now {
                return Err(ApiError::Invalid("expiresAt must be in the future".into()));
            }
            if at > now + Duration::days(MAX_EXPIRY_DAYS) {
                return Err(ApiError::Invalid(
                    "expiresAt must be within 5 years; omit it for a token that never expires"
                        .into(),
                ));
            }
        }
        let server = super::servers::managed_server_in_service(ctx, &server_id).await?;
        let secret = new_token(AGENT_PREFIX);
        let hash = token_hash(&secret);
        let id = format!("agt-{}", uuid::Uuid::new_v4().simple());
        let new = NewAgentToken {
            id: &id,
            token_hash: &hash,
            server_id: &server.id,
            name: name.as_deref(),
            created_by: &account.id,
            expires_at: expires_at.map(|at| at.timestamp()),
        };
        let store = ctx.data_unchecked::<Store>();
        match store
            .insert_agent_token(&new, now.timestamp(), MAX_LIVE_TOKENS)
            .await?
        {
            Ok(row) => Ok(CreatedAgentToken {
                token: secret,
                agent_token: view(row),
            }),
            Err(AgentTokenRefusal::TooMany(max)) => Err(ApiError::Invalid(format!(
                "server {} already has {max} live agent tokens, the most allowed; revoke one first",
                server.id
            ))),
            Err(AgentTokenRefusal::DuplicateName) => Err(ApiError::Invalid(format!(
                "server {} already has a live agent token named '{}'",
                server.id,
                name.unwrap_or_default()
            ))),
        }
    }

    /// Revokes an agent token at once (its server's owner and admins); a WebSocket that logged
    /// in with it is dropped within 2 s. Revoking a revoked token changes nothing.
    async fn revoke_agent_token(&self, ctx: &Context<'_>, id: ID) -> ApiResult<AgentToken> {
        require_account(ctx)?;
        checked_id("id", &id)?;
        let store = ctx.data_unchecked::<Store>();
        let token = store
            .agent_token(&id)
            .await?
            .ok_or_else(|| ApiError::not_found("agent token", &id))?;
        // The same rule as for the server itself: RSC_001 if it is gone, AUTH_001 if not yours.
        managed_server(ctx, &token.server_id).await?;
        let row = store
            .revoke_agent_token(&id, Utc::now().timestamp())
            .await?
            .ok_or_else(|| ApiError::not_found("agent token", &id))?;
        Ok(view(row))
    }
}

/// Why the root field `ctx` is at is refused to the caller: every root field but
/// [`AGENT_FIELDS`] is refused to an agent token, with AUTH_001. A token that leaks from a
/// server can report for it, and neither read the platform (not even what anonymous callers
/// may) nor change anything. Called for every root query and mutation field (see `execution`).
pub fn refusal(ctx: &Context<'_>) -> Option<ServerError> {
    let name = ctx.item.node.name.node.as_str();
    if AGENT_FIELDS.contains(&name) || !matches!(ctx.data_opt::<Viewer>(), Some(Viewer::Agent(_))) {
        return None;
    }
    let mut refused = refused_call(name);
    let key = ctx.item.node.response_key().node.to_string();
    refused.path = vec![async_graphql::PathSegment::Field(key)];
    Some(refused)
}

/// The error that refuses `fields` to an agent token: AUTH_001. Subscriptions are refused
/// whole, before they start (see `execution`): no reporting field is one.
pub fn refused_call(fields: &str) -> ServerError {
    let error: async_graphql::Error = ApiError::Auth(format!(
        "an agent token may only report for its server ({}); log in to call {fields}",
        AGENT_FIELDS.join(", "),
    ))
    .into();
    let mut refused = ServerError::new(error.message, None);
    refused.extensions = error.extensions;
    refused
}
