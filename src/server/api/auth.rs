//! Authentication: log in, refresh (rotation), revoke, and who the caller is.

use async_graphql::{Context, ID, Object};
use chrono::Utc;

use super::types::{AuthPayload, RevokeResult, Role, UserType, UserView};
use super::{Account, ApiError, ApiResult, Viewer};
use crate::server::credentials::{new_token, token_hash, verify_password};
use crate::server::store::Store;
use crate::server::store::auth::{NewTokens, TokenKind, UserRow};

/// Access tokens live an hour; refresh tokens a month.
pub const ACCESS_TTL_SECS: i64 = 3600;
pub const REFRESH_TTL_SECS: i64 = 30 * 86_400;
const ACCESS_PREFIX: &str = "vpm_at_";
const REFRESH_PREFIX: &str = "vpm_rt_";

/// The hash of the bearer token a request came with, for `revokeToken` without arguments.
#[derive(Clone, Debug)]
pub struct RequestToken(pub String);

fn role(name: &str) -> ApiResult<Role> {
    match name {
        "USER" => Ok(Role::User),
        "OPERATOR" => Ok(Role::Operator),
        "ADMIN" => Ok(Role::Admin),
        other => Err(ApiError::Internal(format!(
            "unknown role '{other}' in the database"
        ))),
    }
}

fn user_type(name: &str) -> ApiResult<UserType> {
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
/// operation and while its subscriptions run, the token it logged in with.
pub async fn viewer_for_token_hash(store: &Store, hash: &str) -> ApiResult<Viewer> {
    let owner = store
        .token(hash, TokenKind::Access)
        .await?
        .ok_or_else(|| ApiError::Auth("the access token is not valid; log in again".into()))?;
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
    Ok(Viewer::User(account(&owner.user)?))
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

async fn issue_tokens(
    store: &Store,
    account: &Account,
    rotate_family: Option<&str>,
) -> ApiResult<AuthPayload> {
    let now = Utc::now().timestamp();
    let access = new_token(ACCESS_PREFIX);
    let refresh = new_token(REFRESH_PREFIX);
    let family = new_token("");
    let (access_hash, refresh_hash) = (token_hash(&access), token_hash(&refresh));
    let tokens = NewTokens {
        user_id: &account.id,
        family: &family,
        access_hash: &access_hash,
        access_expires: now + ACCESS_TTL_SECS,
        refresh_hash: &refresh_hash,
        refresh_expires: now + REFRESH_TTL_SECS,
    };
    match rotate_family {
        Some(old) => {
            if !store.rotate_tokens(old, &tokens, now).await? {
                return Err(ApiError::Auth(
                    "the refresh token was already used or revoked; log in again".into(),
                ));
            }
        }
        None => store.insert_tokens(&tokens, now).await?,
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
    /// (30 days). Wrong usernames and wrong passwords get the same AUTH_001 answer.
    async fn authenticate(
        &self,
        ctx: &Context<'_>,
        username: String,
        password: String,
    ) -> ApiResult<AuthPayload> {
        let username = username.trim().to_string();
        if username.is_empty() || password.is_empty() {
            return Err(ApiError::Invalid(
                "username and password must not be empty".into(),
            ));
        }
        let store = ctx.data_unchecked::<Store>();
        let user = store.user_by_username(&username).await?;
        let stored = user
            .as_ref()
            .map(|u| u.password_hash.clone())
            .unwrap_or_default();
        // argon2 is deliberately slow: keep it off the async workers.
        let matches = tokio::task::spawn_blocking(move || verify_password(&password, &stored))
            .await
            .map_err(|e| ApiError::Internal(format!("password check failed: {e}")))?;
        let now = Utc::now().timestamp();
        store.record_auth_attempt(&username, matches, now).await?;
        match user {
            Some(user) if matches => issue_tokens(store, &account(&user)?, None).await,
            _ => Err(ApiError::Auth("invalid username or password".into())),
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
        issue_tokens(store, &account(&owner.user)?, Some(&owner.family)).await
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
