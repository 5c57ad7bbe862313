//! Sessions: the logins of an account, listed and revoked by their owner (and by admins for
//! any account). A session keeps its id across refresh rotations; revoking it revokes its
//! tokens at once; a WebSocket that logged in with one is dropped within 2 s.

use std::num::NonZeroU32;

use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::Utc;

use super::admin::timestamp;
use super::auth::{RequestToken, require_account};
use super::types::{Role, Timestamp};
use super::{Account, ApiError, ApiResult, checked_id};
use crate::server::store::Store;
use crate::server::store::auth::TokenKind;
use crate::server::store::sessions::LoginSessionRow;

/// Concurrent sessions an account keeps by default: a few devices and scripts each.
pub const DEFAULT_MAX_SESSIONS: u32 = 10;
/// Most sessions one list returns (newest first): with no cap on sessions (`--max-sessions 0`)
/// an account can hold any number, and one answer must stay small.
pub const MAX_LISTED_SESSIONS: u32 = 100;
/// Longest client name kept, in characters; longer User-Agent headers are cut.
pub const MAX_CLIENT_NAME_CHARS: usize = 100;

/// How many sessions an account may hold at once (`vpnmine server --max-sessions`); a login
/// beyond it revokes the oldest. `None`: unlimited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionPolicy {
    pub max_sessions: Option<NonZeroU32>,
}

impl Default for SessionPolicy {
    fn default() -> Self {
        Self {
            max_sessions: NonZeroU32::new(DEFAULT_MAX_SESSIONS),
        }
    }
}

/// The User-Agent header a request came with, for the name of a session it opens.
#[derive(Clone, Debug)]
pub struct ClientAgent(pub String);

/// A client name as stored: control characters dropped, trimmed, capped; None when empty.
/// For headers, which are whatever a client sent and cannot be refused without refusing the
/// login.
pub fn tidy_client_name(raw: &str) -> Option<String> {
    let cleaned: String = raw.chars().filter(|c| !c.is_control()).collect();
    let name: String = cleaned.trim().chars().take(MAX_CLIENT_NAME_CHARS).collect();
    let name = name.trim_end().to_string();
    (!name.is_empty()).then_some(name)
}

/// The `clientName` argument of `authenticate`, checked: an explicit argument that is too long
/// or unprintable is the caller's mistake (VAL_001), not something to repair silently.
pub fn check_client_name(name: Option<&str>) -> ApiResult<Option<String>> {
    let Some(name) = name.map(str::trim).filter(|n| !n.is_empty()) else {
        return Ok(None);
    };
    if name.chars().count() > MAX_CLIENT_NAME_CHARS {
        return Err(ApiError::Invalid(format!(
            "clientName must be at most {MAX_CLIENT_NAME_CHARS} characters"
        )));
    }
    if name.chars().any(char::is_control) {
        return Err(ApiError::Invalid(
            "clientName must not contain control characters".into(),
        ));
    }
    Ok(Some(name.to_string()))
}

/// One login of an account.
#[derive(SimpleObject, Clone, Debug)]
pub struct AuthSession {
    /// Stable across refreshes of its tokens.
    pub id: ID,
    pub user_id: ID,
    /// What the client called itself at login (`authenticate(clientName:)`), else its
    /// User-Agent header; capped at 100 characters.
    pub client_name: Option<String>,
    pub created_at: Timestamp,
    /// When one of its tokens was last used, to the minute: it is written at most once a
    /// minute per session, so that requests do not each cost a database write.
    pub last_used_at: Timestamp,
    /// When its refresh token expires, unless refreshed before.
    pub expires_at: Timestamp,
    pub revoked_at: Option<Timestamp>,
    /// Whether the request was made with this session's token.
    pub current: bool,
}

/// What `revokeOtherSessions` did.
#[derive(SimpleObject, Clone, Debug)]
pub struct RevokedSessions {
    /// Sessions revoked (with their tokens).
    pub revoked: i32,
}

fn view(row: LoginSessionRow, current: Option<&str>) -> AuthSession {
    AuthSession {
        current: current == Some(row.id.as_str()),
        id: ID(row.id),
        user_id: ID(row.user_id),
        client_name: row.client_name,
        created_at: timestamp(row.created_at),
        last_used_at: timestamp(row.last_used_at),
        expires_at: timestamp(row.expires_at),
        revoked_at: row.revoked_at.map(timestamp),
    }
}

/// The session the request's token belongs to, if it came with an access token.
async fn current_session(ctx: &Context<'_>) -> ApiResult<Option<String>> {
    let Some(RequestToken(hash)) = ctx.data_opt::<RequestToken>() else {
        return Ok(None);
    };
    let store = ctx.data_unchecked::<Store>();
    Ok(store
        .token(hash, TokenKind::Access)
        .await?
        .and_then(|t| t.session_id))
}

/// The account whose sessions are meant: the caller's own, or (admins only) `user_id`'s.
async fn target_account(
    ctx: &Context<'_>,
    account: &Account,
    user_id: Option<&ID>,
) -> ApiResult<String> {
    let Some(user_id) = user_id.map(|id| id.as_str()) else {
        return Ok(account.id.clone());
    };
    checked_id("userId", user_id)?;
    if user_id == account.id {
        return Ok(account.id.clone());
    }
    if account.role != Role::Admin {
        return Err(ApiError::Auth(format!(
            "only admins may see or revoke another account's sessions; {} is {:?}",
            account.username, account.role
        )));
    }
    let store = ctx.data_unchecked::<Store>();
    store
        .user_by_id(user_id)
        .await?
        .ok_or_else(|| ApiError::not_found("user", user_id))?;
    Ok(user_id.to_string())
}

async fn list(ctx: &Context<'_>, user_id: &str) -> ApiResult<Vec<AuthSession>> {
    let store = ctx.data_unchecked::<Store>();
    let current = current_session(ctx).await?;
    let rows = store
        .active_sessions(user_id, Utc::now().timestamp(), MAX_LISTED_SESSIONS)
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| view(row, current.as_deref()))
        .collect())
}

#[derive(Default)]
pub struct SessionsQuery;

#[Object]
impl SessionsQuery {
    /// Your active sessions (logins not revoked and not expired), newest first, at most 100;
    /// the one this request was made with has `current: true`.
    async fn my_sessions(&self, ctx: &Context<'_>) -> ApiResult<Vec<AuthSession>> {
        let account = require_account(ctx)?;
        list(ctx, &account.id).await
    }

    /// An account's active sessions, newest first, at most 100 (admins; anyone for their own).
    async fn user_sessions(&self, ctx: &Context<'_>, user_id: ID) -> ApiResult<Vec<AuthSession>> {
        let account = require_account(ctx)?;
        let target = target_account(ctx, account, Some(&user_id)).await?;
        list(ctx, &target).await
    }
}

#[derive(Default)]
pub struct SessionsMutation;

#[Object]
impl SessionsMutation {
    /// Revokes a session and its tokens at once: your own, or any account's for admins.
    /// Revoking a revoked session changes nothing and answers it as it is.
    async fn revoke_session(&self, ctx: &Context<'_>, id: ID) -> ApiResult<AuthSession> {
        let account = require_account(ctx)?;
        checked_id("id", &id)?;
        let store = ctx.data_unchecked::<Store>();
        let session = store
            .login_session(&id)
            .await?
            .ok_or_else(|| ApiError::not_found("session", &id))?;
        if session.user_id != account.id && account.role != Role::Admin {
            return Err(ApiError::Auth(format!(
                "{} may not revoke session {}: only its account and admins may",
                account.username, *id
            )));
        }
        store.revoke_session(&id, Utc::now().timestamp()).await?;
        let current = current_session(ctx).await?;
        let session = store
            .login_session(&id)
            .await?
            .ok_or_else(|| ApiError::Internal("a revoked session vanished".into()))?;
        Ok(view(session, current.as_deref()))
    }

    /// Revokes every active session but the one this request was made with. With `userId`
    /// (admins, for another account): all of that account's sessions.
    async fn revoke_other_sessions(
        &self,
        ctx: &Context<'_>,
        user_id: Option<ID>,
    ) -> ApiResult<RevokedSessions> {
        let account = require_account(ctx)?;
        let target = target_account(ctx, account, user_id.as_ref()).await?;
        let current = current_session(ctx).await?;
        let store = ctx.data_unchecked::<Store>();
        let revoked = store
            .revoke_sessions_except(&target, current.as_deref(), Utc::now().timestamp())
            .await?;
        Ok(RevokedSessions {
            revoked: i32::try_from(revoked).unwrap_or(i32::MAX),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_names_are_tidied_and_arguments_checked() {
        assert_eq!(tidy_client_name("  curl/8.5\r\n "), Some("curl/8.5".into()));
        assert_eq!(tidy_client_name("\u{7}\t "), None);
        assert_eq!(
            tidy_client_name(&"é".repeat(300)).map(|n| n.chars().count()),
            Some(MAX_CLIENT_NAME_CHARS)
        );
        assert_eq!(check_client_name(None).unwrap(), None);
        assert_eq!(check_client_name(Some("  ")).unwrap(), None);
        assert_eq!(
            check_client_name(Some(" cli/1 ")).unwrap(),
            Some("cli/1".into())
        );
        for bad in ["a\nb".to_string(), "x".repeat(MAX_CLIENT_NAME_CHARS + 1)] {
            let error = check_client_name(Some(&bad)).unwrap_err();
            assert_eq!(error.code(), "VAL_001", "{bad:?}");
        }
    }
}
