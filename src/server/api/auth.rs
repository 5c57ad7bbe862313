//! Authentication: log in, refresh (rotation), revoke, and who the caller is.

use async_graphql::{Context, ID, Object};
use chrono::Utc;

use super::sessions::{ClientAgent, SessionPolicy, check_client_name, tidy_client_name};
use super::types::{AuthPayload, RevokeResult, Role, UserType, UserView};
use super::{Account, AgentIdentity, ApiError, ApiResult, Viewer};
use crate::server::lockout::LockoutPolicy;
use crate::server::secrets::{new_token, token_hash, verify_password};
use crate::server::store::Store;
use crate::server::store::auth::{LoginOutcome, NewSession, NewTokens, TokenKind, UserRow};
use crate::server::store::sessions::TOUCH_EVERY_SECS;

/// Access tokens live an hour; refresh tokens a month.
pub const ACCESS_TTL_SECS: i64 = 3600;
pub const REFRESH_TTL_SECS: i64 = 30 * 86_400;
const ACCESS_PREFIX: &str = "vpm_at_";
const REFRESH_PREFIX: &str = "vpm_rt_";

/// Longest password `authenticate` accepts, in characters: the policy's cap on new ones.
pub use crate::domain::password::MAX_PASSWORD_CHARS;
/// Longest username `authenticate` accepts, in characters.
pub use crate::domain::password::MAX_USERNAME_CHARS;

/// The hash of the bearer token a request came with, for `revokeToken` without arguments.
#[derive(Clone, Debug)]
pub struct RequestToken(pub String);

pub(super) fn role(name: &str) -> ApiResult<Role> {
    match name {
        "USER" => Ok(Role::User),
        "OPERATOR" => Ok(Role::Operator),
        "ADMIN" => Ok(Role::Admin),
        other => Err(ApiError::Internal(format!(
            "unknown role '{other}' in the database"
        ))),
    }
}

pub(super) fn user_type(name: &str) -> ApiResult<UserType> {
    match name {
        "FREE" => Ok(UserType::Free),
        "PREMIUM" => Ok(UserType::Premium),
        "ADMIN" => Ok(UserType::Admin),
        other => Err(ApiError::Internal(format!(
            "unknown user type '{other}' in the database"
        ))),
    }
}

pub fn account(user: &UserRow) -> ApiResult<Account> {
    Ok(Account {
        id: user.id.clone(),
        username: user.username.clone(),
        role: role(&user.role)?,
        user_type: user_type(&user.user_type)?,
    })
}

pub fn user_view(account: &Account) -> UserView {
    UserView {
        id: ID(account.id.clone()),
        username: account.username.clone(),
        role: account.role,
        user_type: account.user_type,
    }
}

/// Who a bearer token belongs to. Unknown, expired and revoked tokens are AUTH_001, so that a
/// client learns to refresh or log in again rather than silently acting anonymously.
pub async fn viewer_for_token(store: &Store, token: &str) -> ApiResult<Viewer> {
    viewer_for_token_hash(store, &token_hash(token)).await
}

/// [`viewer_for_token`] by the token's stored hash: how a WebSocket re-checks, before each
/// operation and while its subscriptions run, the token it logged in with. An agent token
/// (`vpm_ag_...`) gives [`Viewer::Agent`] here, so that both transports treat it alike.
pub async fn viewer_for_token_hash(store: &Store, hash: &str) -> ApiResult<Viewer> {
    let Some(owner) = store.token(hash, TokenKind::Access).await? else {
        return agent_for_token_hash(store, hash).await;
    };
    if owner.revoked_at.is_some() {
        return Err(ApiError::Auth(
            "the access token was revoked; log in again".into(),
        ));
    }
    if owner.expires_at <= Utc::now().timestamp() {
        return Err(ApiError::Auth(
            "the access token has expired; refresh it or log in again".into(),
        ));
    }
    refuse_inactive(&owner.user)?;
    let now = Utc::now().timestamp();
    if let (Some(session), Some(used)) = (&owner.session_id, owner.session_last_used)
        && used <= now - TOUCH_EVERY_SECS
    {
        // Checked here first so that most requests read and do not write.
        store.touch_session(session, now).await?;
    }
    Ok(Viewer::User(account(&owner.user)?))
}

/// The agent an agent token belongs to: AUTH_001 when unknown, revoked, expired, or when its
/// server's owner can no longer act (disabled or deleted account).
async fn agent_for_token_hash(store: &Store, hash: &str) -> ApiResult<Viewer> {
    let holder = store
        .agent_token_by_hash(hash)
        .await?
        .ok_or_else(|| ApiError::Auth("the access token is not valid; log in again".into()))?;
    let now = Utc::now().timestamp();
    if holder.token.revoked_at.is_some() {
        return Err(ApiError::Auth("the agent token was revoked".into()));
    }
    if holder.token.expires_at.is_some_and(|at| at <= now) {
        return Err(ApiError::Auth(
            "the agent token has expired; create a new one with `vpnmine servers token create`"
                .into(),
        ));
    }
    if holder.owner_disabled_at.is_some() || holder.owner_deleted_at.is_some() {
        return Err(ApiError::Auth(
            "the agent token's server belongs to a disabled or deleted account".into(),
        ));
    }
    if holder
        .token
        .last_used_at
        .is_none_or(|used| used <= now - TOUCH_EVERY_SECS)
    {
        store.touch_agent_token(&holder.token.id, now).await?;
    }
    Ok(Viewer::Agent(AgentIdentity {
        token_id: holder.token.id,
        server_id: holder.token.server_id,
        owner_id: holder.owner_id,
    }))
}

/// AUTH_001 for an account an admin disabled or deleted. Their tokens were revoked with the
/// change; this check stands on its own too, so that nothing issued before (or a change made
/// straight in the database) keeps one working.
pub fn refuse_inactive(user: &UserRow) -> ApiResult<()> {
    if user.deleted_at.is_some() {
        return Err(ApiError::Auth(
            "this account was deleted; log in with another one".into(),
        ));
    }
    if user.disabled_at.is_some() {
        return Err(ApiError::Auth(
            "this account is disabled; ask an admin to enable it".into(),
        ));
    }
    Ok(())
}

/// The logged-in account, or AUTH_001.
pub fn require_account<'a>(ctx: &'a Context<'_>) -> ApiResult<&'a Account> {
    ctx.data_opt::<Viewer>()
        .and_then(Viewer::account)
        .ok_or_else(|| ApiError::Auth("authentication required: log in first".into()))
}

/// The logged-in admin, or AUTH_001.
pub fn require_admin<'a>(ctx: &'a Context<'_>) -> ApiResult<&'a Account> {
    let account = require_account(ctx)?;
    if account.role == Role::Admin {
        Ok(account)
    } else {
        Err(ApiError::Auth(format!(
            "this needs the admin role; {} is {:?}",
            account.username, account.role
        )))
    }
}

/// VAL_001 for credentials no account can have, before anything is looked up or stored: the
/// username (trimmed) is what failed attempts record, so it must be short and printable.
fn check_credentials_shape(username: &str, password: &str) -> ApiResult<()> {
    if username.is_empty() || password.is_empty() {
        return Err(ApiError::Invalid(
            "username and password must not be empty".into(),
        ));
    }
    if username.chars().count() > MAX_USERNAME_CHARS {
        return Err(ApiError::Invalid(format!(
            "username must be at most {MAX_USERNAME_CHARS} characters"
        )));
    }
    if username.chars().any(char::is_control) {
        return Err(ApiError::Invalid(
            "username must not contain control characters".into(),
        ));
    }
    if password.chars().count() > MAX_PASSWORD_CHARS {
        return Err(ApiError::Invalid(format!(
            "password must be at most {MAX_PASSWORD_CHARS} characters"
        )));
    }
    Ok(())
}

pub(super) fn locked_out(seconds: i64) -> ApiError {
    let seconds = u64::try_from(seconds.max(1)).unwrap_or(1);
    ApiError::LockedOut {
        message: format!("too many failed logins for this username; try again in {seconds}s"),
        retry_after: seconds,
    }
}

/// What tokens are issued for: a new login (a new session), or the rotation of a session's
/// family.
enum Issue<'a> {
    Login {
        client_name: Option<&'a str>,
        policy: SessionPolicy,
    },
    Rotate {
        family: &'a str,
        session_id: &'a str,
    },
}

fn new_session_id() -> String {
    format!("ses-{}", uuid::Uuid::new_v4().simple())
}

async fn issue_tokens(
    store: &Store,
    account: &Account,
    issue: Issue<'_>,
) -> ApiResult<AuthPayload> {
    let now = Utc::now().timestamp();
    let access = new_token(ACCESS_PREFIX);
    let refresh = new_token(REFRESH_PREFIX);
    let family = new_token("");
    let (access_hash, refresh_hash) = (token_hash(&access), token_hash(&refresh));
    let session_id = match &issue {
        Issue::Login { .. } => new_session_id(),
        Issue::Rotate { session_id, .. } => (*session_id).to_string(),
    };
    let tokens = NewTokens {
        user_id: &account.id,
        session_id: &session_id,
        family: &family,
        access_hash: &access_hash,
        access_expires: now + ACCESS_TTL_SECS,
        refresh_hash: &refresh_hash,
        refresh_expires: now + REFRESH_TTL_SECS,
    };
    match issue {
        Issue::Rotate { family: old, .. } => {
            if !store.rotate_tokens(old, &tokens, now).await? {
                return Err(ApiError::Auth(
                    "the refresh token was already used or revoked; log in again".into(),
                ));
            }
        }
        Issue::Login {
            client_name,
            policy,
        } => {
            let session = NewSession { client_name };
            let max = policy.max_sessions.map(|n| n.get());
            let evicted = store.open_session(&session, &tokens, now, max).await?;
            if !evicted.is_empty() {
                tracing::info!(
                    userId = %account.id,
                    evicted = evicted.len(),
                    "a login beyond --max-sessions revoked the oldest sessions"
                );
            }
        }
    }
    let scope = match account.role {
        Role::User => vec!["user"],
        Role::Operator => vec!["user", "operator"],
        Role::Admin => vec!["user", "operator", "admin"],
    };
    Ok(AuthPayload {
        access_token: access,
        refresh_token: refresh,
        expires_in: ACCESS_TTL_SECS as i32,
        token_type: "Bearer".into(),
        scope: scope.into_iter().map(String::from).collect(),
        user: user_view(account),
    })
}

#[derive(Default)]
pub struct AuthQuery;

#[Object]
impl AuthQuery {
    /// The logged-in account.
    async fn me(&self, ctx: &Context<'_>) -> ApiResult<UserView> {
        Ok(user_view(require_account(ctx)?))
    }
}

#[derive(Default)]
pub struct AuthMutation;

#[Object]
impl AuthMutation {
    /// Exchanges a username and password for an access token (1 hour) and a refresh token
    /// (30 days). Wrong usernames and wrong passwords get the same AUTH_001 answer, in the same
    /// time. Usernames are 1-64 characters without control characters, passwords 1-256
    /// characters (else VAL_001). After repeated failures for one username (by default 5 within
    /// 15 minutes) its logins are refused for a while (15 minutes) with AUTH_001 and
    /// `extensions.retryAfter` (seconds), whether or not the account exists. The login opens a
    /// session named `clientName` (at most 100 printable characters; else the User-Agent
    /// header); beyond the server's `--max-sessions` the account's oldest sessions are revoked.
    async fn authenticate(
        &self,
        ctx: &Context<'_>,
        username: String,
        password: String,
        client_name: Option<String>,
    ) -> ApiResult<AuthPayload> {
        let username = username.trim().to_string();
        check_credentials_shape(&username, &password)?;
        let client_name = match check_client_name(client_name.as_deref())? {
            Some(name) => Some(name),
            None => ctx
                .data_opt::<ClientAgent>()
                .and_then(|agent| tidy_client_name(&agent.0)),
        };
        let sessions = ctx.data_opt::<SessionPolicy>().copied().unwrap_or_default();
        let store = ctx.data_unchecked::<Store>();
        let policy = ctx.data_opt::<LockoutPolicy>().copied().unwrap_or_default();
        let now = Utc::now().timestamp();
        if policy.is_on()
            && let Some(until) = store.locked_until(&username, now).await?
        {
            // Refused before the password is checked: a locked username gives an attacker
            // no answer to learn from, and costs the server no argon2 run.
            store
                .record_auth_attempt(&username, LoginOutcome::Locked, now)
                .await?;
            return Err(locked_out(until - now));
        }
        let user = store.user_by_username(&username).await?;
        let stored = user
            .as_ref()
            .map(|u| u.password_hash.clone())
            .unwrap_or_default();
        // argon2 is deliberately slow: keep it off the async workers. Unknown usernames are
        // verified against a dummy hash, in the same time (credentials::verify_password).
        let matches = tokio::task::spawn_blocking(move || verify_password(&password, &stored))
            .await
            .map_err(|e| ApiError::Internal(format!("password check failed: {e}")))?;
        match user {
            // A deleted account answers like an unknown username: it no longer exists for
            // anyone who did not know it.
            Some(user) if matches && user.deleted_at.is_none() => {
                // Attempts of a parallel burst all pass the first check before any of them
                // fails; a right guess among them must not log in once the others locked it.
                let now = Utc::now().timestamp();
                if policy.is_on()
                    && let Some(until) = store.locked_until(&username, now).await?
                {
                    store
                        .record_auth_attempt(&username, LoginOutcome::Locked, now)
                        .await?;
                    return Err(locked_out(until - now));
                }
                // Only someone who knows the password learns that the account is disabled.
                refuse_inactive(&user)?;
                store
                    .record_auth_attempt(&username, LoginOutcome::Success, now)
                    .await?;
                let issue = Issue::Login {
                    client_name: client_name.as_deref(),
                    policy: sessions,
                };
                issue_tokens(store, &account(&user)?, issue).await
            }
            _ => {
                let locked = store
                    .record_failed_login(&username, now, policy.rule(now))
                    .await?;
                Err(match locked {
                    Some(until) => locked_out(until - now),
                    None => ApiError::Auth("invalid username or password".into()),
                })
            }
        }
    }

    /// Exchanges a refresh token for a new pair; the old refresh token stops working (rotation).
    async fn refresh_token(
        &self,
        ctx: &Context<'_>,
        refresh_token: String,
    ) -> ApiResult<AuthPayload> {
        let store = ctx.data_unchecked::<Store>();
        let owner = store
            .token(&token_hash(refresh_token.trim()), TokenKind::Refresh)
            .await?
            .ok_or_else(|| ApiError::Auth("the refresh token is not valid; log in again".into()))?;
        if owner.expires_at <= Utc::now().timestamp() {
            return Err(ApiError::Auth(
                "the refresh token has expired; log in again".into(),
            ));
        }
        refuse_inactive(&owner.user)?;
        let issue = match &owner.session_id {
            Some(session_id) => Issue::Rotate {
                family: &owner.family,
                session_id,
            },
            // A token stored without a session (written by hand, not by a login) is used up
            // like a rotated one and its successor starts a session.
            None => {
                if store
                    .revoke_family(&owner.family, Utc::now().timestamp())
                    .await?
                    == 0
                {
                    return Err(ApiError::Auth(
                        "the refresh token was already used or revoked; log in again".into(),
                    ));
                }
                Issue::Login {
                    client_name: None,
                    policy: ctx.data_opt::<SessionPolicy>().copied().unwrap_or_default(),
                }
            }
        };
        issue_tokens(store, &account(&owner.user)?, issue).await
    }

    /// Revokes a token (access or refresh) and the pair it was issued with. Holding a token is
    /// enough to revoke it. Omitted, the token this request was made with.
    async fn revoke_token(
        &self,
        ctx: &Context<'_>,
        token: Option<String>,
    ) -> ApiResult<RevokeResult> {
        let store = ctx.data_unchecked::<Store>();
        let hash = match token {
            Some(token) => token_hash(token.trim()),
            None => ctx
                .data_opt::<RequestToken>()
                .map(|t| t.0.clone())
                .ok_or_else(|| {
                    ApiError::Invalid("no token given and this request carries none".into())
                })?,
        };
        let mut family = None;
        for kind in [TokenKind::Access, TokenKind::Refresh] {
            if let Some(owner) = store.token(&hash, kind).await? {
                family = Some(owner.family);
                break;
            }
        }
        let family = family.ok_or_else(|| ApiError::NotFound("no such token".into()))?;
        let revoked = store.revoke_family(&family, Utc::now().timestamp()).await?;
        Ok(RevokeResult {
            success: true,
            message: if revoked > 0 {
                "token revoked".into()
            } else {
                "token was already revoked".into()
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use async_graphql::{Request, Response, Value, Variables};
    use serde_json::json;

    use super::*;
    use crate::server::api::{ApiSchema, build_schema_with};
    use crate::server::broker::Broker;
    use crate::server::counters::ServerStats;
    use crate::server::export_files::Exports;
    use crate::server::secrets::hash_password;
    use crate::server::store::Flag;
    use crate::server::store::IN_MEMORY;

    const LOGIN: &str = "mutation($u: String!, $p: String!) { authenticate(username: $u, password: $p) { accessToken } }";

    /// A schema over a store with one account, alice / right-pass.
    async fn schema_with(lockout: LockoutPolicy) -> (ApiSchema, Store) {
        let store = Store::open(IN_MEMORY).await.unwrap();
        sqlx::query(
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) \
             VALUES ('usr-alice', 'alice', ?, 'USER', 'FREE', '6ba85179-e30d-4fc2-9a1b-0123456789ab', 0)",
        )
        .bind(hash_password("right-pass"))
        .execute(store.pool())
        .await
        .unwrap();
        let exports = Exports::new(
            Exports::default_dir(Some(IN_MEMORY)),
            "http://127.0.0.1".into(),
        );
        let schema = build_schema_with(
            store.clone(),
            Arc::new(ServerStats::new()),
            Broker::new(),
            exports,
            None,
            crate::server::PlatformPolicies {
                lockout,
                ..Default::default()
            },
        );
        (schema, store)
    }

    async fn login(schema: &ApiSchema, username: &str, password: &str) -> Response {
        let variables = Variables::from_json(json!({ "u": username, "p": password }));
        schema
            .execute(Request::new(LOGIN).variables(variables))
            .await
    }

    /// The code, message and retryAfter of the answer's first error.
    fn refusal(response: &Response) -> (String, String, Option<u64>) {
        let error = response.errors.first().expect("an error");
        let extensions = error.extensions.as_ref().expect("extensions");
        let code = match extensions.get("code") {
            Some(Value::String(code)) => code.clone(),
            other => panic!("no code: {other:?}"),
        };
        let retry = match extensions.get("retryAfter") {
            Some(Value::Number(n)) => n.as_u64(),
            _ => None,
        };
        (code, error.message.clone(), retry)
    }

    async fn stored_usernames(store: &Store) -> Vec<(String, bool, bool)> {
        let rows: Vec<(String, Flag, Flag)> =
            sqlx::query_as("SELECT username, success, locked FROM auth_events ORDER BY id")
                .fetch_all(store.pool())
                .await
                .unwrap();
        rows.into_iter()
            .map(|(name, Flag(success), Flag(locked))| (name, success, locked))
            .collect()
    }

    #[tokio::test]
    async fn oversized_or_unprintable_credentials_are_invalid_and_store_nothing() {
        let (schema, store) = schema_with(LockoutPolicy::default()).await;
        let long_name = "a".repeat(MAX_USERNAME_CHARS + 1);
        let long_password = "p".repeat(MAX_PASSWORD_CHARS + 1);
        let huge = "x".repeat(100_000);
        for (username, password) in [
            (long_name.as_str(), "right-pass"),
            (huge.as_str(), "whatever"),
            ("alice", long_password.as_str()),
            ("alice", huge.as_str()),
            ("ali\nce", "right-pass"),
            ("alice\u{1b}[2J", "right-pass"),
            ("  ", "right-pass"),
        ] {
            let response = login(&schema, username, password).await;
            let (code, _, _) = refusal(&response);
            assert_eq!(code, "VAL_001", "{username:.20?}/{password:.20?}");
        }
        assert!(stored_usernames(&store).await.is_empty(), "nothing stored");

        // The longest accepted ones are checked, and stored as sent: bounded by the cap.
        let longest = "é".repeat(MAX_USERNAME_CHARS);
        let longest_password = "p".repeat(MAX_PASSWORD_CHARS);
        let (code, _, _) = refusal(&login(&schema, &longest, &longest_password).await);
        assert_eq!(code, "AUTH_001");
        let stored = stored_usernames(&store).await;
        assert_eq!(stored, [(longest.clone(), false, false)]);
        assert_eq!(stored[0].0.chars().count(), MAX_USERNAME_CHARS);
        assert!(login(&schema, " alice ", "right-pass").await.is_ok());
    }

    #[tokio::test]
    async fn repeated_failures_lock_a_username_whether_or_not_it_exists() {
        let policy = LockoutPolicy {
            failures: 3,
            window: Duration::from_secs(600),
            lock_for: Duration::from_secs(900),
        };
        let (schema, store) = schema_with(policy).await;
        let mut answers = Vec::new();
        for username in ["alice", "nobody"] {
            for _ in 0..2 {
                let (code, message, retry) = refusal(&login(&schema, username, "wrong").await);
                assert_eq!(
                    (code.as_str(), message.as_str(), retry),
                    ("AUTH_001", "invalid username or password", None),
                    "{username}"
                );
            }
            // The third failure locks; then even the right password is refused unchecked.
            let third = refusal(&login(&schema, username, "wrong").await);
            let right = refusal(&login(&schema, username, "right-pass").await);
            for (code, message, retry) in [&third, &right] {
                assert_eq!(code, "AUTH_001", "{username}");
                assert!(message.contains("try again in"), "{message}");
                let retry = retry.expect("retryAfter");
                assert!((890..=900).contains(&retry), "{retry}");
            }
            answers.push((third.0, right.0));
        }
        assert_eq!(
            answers[0], answers[1],
            "an unknown username locks the same way"
        );
        let locked = stored_usernames(&store)
            .await
            .into_iter()
            .filter(|(_, _, locked)| *locked)
            .count();
        assert_eq!(locked, 2, "refused attempts are recorded as locked");

        // Once the lock expires the right password works, and failures count anew.
        sqlx::query("UPDATE auth_lockouts SET locked_until = locked_until - 900")
            .execute(store.pool())
            .await
            .unwrap();
        assert!(login(&schema, "alice", "right-pass").await.is_ok());
        let (_, message, retry) = refusal(&login(&schema, "nobody", "wrong").await);
        assert_eq!(
            (message.as_str(), retry),
            ("invalid username or password", None),
            "the failures before the lockout are spent"
        );
    }

    #[tokio::test]
    async fn a_success_resets_the_count_and_an_off_policy_never_locks() {
        let policy = LockoutPolicy {
            failures: 3,
            window: Duration::from_secs(600),
            lock_for: Duration::from_secs(900),
        };
        let (schema, _) = schema_with(policy).await;
        for _ in 0..2 {
            assert!(login(&schema, "alice", "wrong").await.is_err());
        }
        assert!(login(&schema, "alice", "right-pass").await.is_ok());
        for _ in 0..2 {
            assert!(login(&schema, "alice", "wrong").await.is_err());
        }
        assert!(login(&schema, "alice", "right-pass").await.is_ok());

        let (schema, _) = schema_with(LockoutPolicy::OFF).await;
        for _ in 0..10 {
            assert!(login(&schema, "alice", "wrong").await.is_err());
        }
        assert!(login(&schema, "alice", "right-pass").await.is_ok());
    }
}
