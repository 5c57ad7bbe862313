//! Accounts, sessions and bearer tokens. Tokens are stored only as SHA-256 hashes; an access
//! token and the refresh token issued with it share a family and are revoked together. A
//! session is one login: refresh rotations replace its family and keep the session.

use super::rows::row_struct;
use super::{Conn, Store, StoreError};
use crate::server::lockout::LockRule;

/// How a login attempt that is not a plain failure ended; failures are recorded by
/// [`Store::record_failed_login`], which also applies the lockout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginOutcome {
    Success,
    /// Refused without checking the password: the username is locked.
    Locked,
}

row_struct! {
    #[derive(Debug, Clone)]
    pub struct UserRow {
        pub id: String,
        pub username: String,
        pub password_hash: String,
        pub role: String,
        pub user_type: String,
        /// Set when an admin disabled the account (it cannot log in or use its tokens).
        pub disabled_at: Option<i64>,
        /// Set when an admin deleted the account (its row stays for the ledger and history).
        pub deleted_at: Option<i64>,
    }
}

impl UserRow {
    /// Neither disabled nor deleted.
    pub fn is_active(&self) -> bool {
        self.disabled_at.is_none() && self.deleted_at.is_none()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Access,
    Refresh,
}

impl TokenKind {
    fn as_str(self) -> &'static str {
        match self {
            Self::Access => "access",
            Self::Refresh => "refresh",
        }
    }
}

/// A token pair to store: hashes and expiry times (unix seconds).
#[derive(Debug, Clone)]
pub struct NewTokens<'a> {
    pub user_id: &'a str,
    pub session_id: &'a str,
    pub family: &'a str,
    pub access_hash: &'a str,
    pub access_expires: i64,
    pub refresh_hash: &'a str,
    pub refresh_expires: i64,
}

/// What a login says about itself.
#[derive(Debug, Clone)]
pub struct NewSession<'a> {
    pub client_name: Option<&'a str>,
}

/// A live token and its account.
#[derive(Debug, Clone)]
pub struct TokenOwner {
    pub family: String,
    pub expires_at: i64,
    pub revoked_at: Option<i64>,
    /// NULL only for tokens written without a session (tests that insert rows directly).
    pub session_id: Option<String>,
    pub session_last_used: Option<i64>,
    pub user: UserRow,
}

/// The token's columns, then its account's.
impl<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> for TokenOwner {
    fn from_row(row: &'r sqlx::any::AnyRow) -> Result<Self, sqlx::Error> {
        use sqlx::Row as _;
        Ok(Self {
            family: row.try_get("family")?,
            expires_at: row.try_get("expires_at")?,
            revoked_at: row.try_get("revoked_at")?,
            session_id: row.try_get("session_id")?,
            session_last_used: row.try_get("session_last_used")?,
            user: UserRow::from_row(row)?,
        })
    }
}

const USER_COLUMNS: &str =
    "u.id, u.username, u.password_hash, u.role, u.user_type, u.disabled_at, u.deleted_at";

impl Store {
    pub async fn user_by_username(&self, username: &str) -> Result<Option<UserRow>, StoreError> {
        Ok(sqlx::query_as::<_, UserRow>(
            "SELECT id, username, password_hash, role, user_type, disabled_at, deleted_at \
             FROM users WHERE username = ?",
        )
        .bind(username)
        .fetch_optional(self.pool())
        .await?)
    }

    pub async fn user_by_id(&self, id: &str) -> Result<Option<UserRow>, StoreError> {
        Ok(sqlx::query_as::<_, UserRow>(
            "SELECT id, username, password_hash, role, user_type, disabled_at, deleted_at \
             FROM users WHERE id = ?",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Records a successful login, or one refused because the username is locked.
    pub async fn record_auth_attempt(
        &self,
        username: &str,
        outcome: LoginOutcome,
        now: i64,
    ) -> Result<(), StoreError> {
        let (success, locked) = match outcome {
            LoginOutcome::Success => (true, false),
            LoginOutcome::Locked => (false, true),
        };
        sqlx::query(
            "INSERT INTO auth_events (username, success, locked, created_at) VALUES (?, ?, ?, ?)",
        )
        .bind(username)
        .bind(i64::from(success))
        .bind(i64::from(locked))
        .bind(now)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Records a failed login and applies `rule`: when this failure makes `rule.failures`
    /// failures of `username` since its last success, its last lockout and the window's start,
    /// the username is locked. Returns until when it was locked, if it was. Serialised (an
    /// immediate transaction), so that concurrent failures are counted exactly.
    pub async fn record_failed_login(
        &self,
        username: &str,
        now: i64,
        rule: Option<LockRule>,
    ) -> Result<Option<i64>, StoreError> {
        let mut tx = self.pool().begin_write().await?;
        let event_id: i64 = sqlx::query_scalar(
            "INSERT INTO auth_events (username, success, locked, created_at) VALUES (?, 0, 0, ?)
             RETURNING id",
        )
        .bind(username)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        let Some(rule) = rule else {
            tx.commit().await?;
            return Ok(None);
        };
        let failures: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM auth_events \
             WHERE username = ?1 AND success = 0 AND locked = 0 AND created_at > ?2 \
               AND id > COALESCE((SELECT MAX(id) FROM auth_events \
                                  WHERE username = ?1 AND success = 1), 0) \
               AND id > COALESCE((SELECT last_event_id FROM auth_lockouts \
                                  WHERE username = ?1 ORDER BY id DESC LIMIT 1), 0)",
        )
        .bind(username)
        .bind(rule.window_start)
        .fetch_one(&mut *tx)
        .await?;
        let locked = failures >= rule.failures;
        if locked {
            sqlx::query(
                "INSERT INTO auth_lockouts (username, locked_at, locked_until, last_event_id) \
                 VALUES (?, ?, ?, ?)",
            )
            .bind(username)
            .bind(now)
            .bind(rule.until)
            .bind(event_id)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(locked.then_some(rule.until))
    }

    /// Until when `username` is locked, if it is at `now`.
    pub async fn locked_until(&self, username: &str, now: i64) -> Result<Option<i64>, StoreError> {
        let until: Option<i64> = sqlx::query_scalar(
            "SELECT locked_until FROM auth_lockouts WHERE username = ? ORDER BY id DESC LIMIT 1",
        )
        .bind(username)
        .fetch_optional(self.pool())
        .await?;
        Ok(until.filter(|&until| until > now))
    }

    /// Opens a session for a login and stores its first token pair, atomically. With
    /// `max_sessions`, the account's oldest active sessions beyond it are revoked (their tokens
    /// at once); returns their ids. Serialised, so that concurrent logins cannot both keep
    /// their account above the cap.
    pub async fn open_session(
        &self,
        session: &NewSession<'_>,
        tokens: &NewTokens<'_>,
        now: i64,
        max_sessions: Option<u32>,
    ) -> Result<Vec<String>, StoreError> {
        let mut tx = self.pool().begin_write().await?;
        sqlx::query(
            "INSERT INTO auth_sessions \
             (id, user_id, client_name, created_at, last_used_at, expires_at) \
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(tokens.session_id)
        .bind(tokens.user_id)
        .bind(session.client_name)
        .bind(now)
        .bind(now)
        .bind(tokens.refresh_expires)
        .execute(&mut *tx)
        .await?;
        insert_pair(&mut tx, tokens, now).await?;
        let mut evicted: Vec<String> = Vec::new();
        if let Some(max) = max_sessions {
            // Newest first, the one just opened among them: everything past `max` goes.
            evicted = sqlx::query_scalar(
                "SELECT id FROM auth_sessions \
                 WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ? \
                 ORDER BY created_at DESC, rowid DESC LIMIT ? OFFSET ?",
            )
            .bind(tokens.user_id)
            .bind(now)
            // No limit: SQLite's -1 is an error on PostgreSQL, and an OFFSET needs a LIMIT.
            .bind(i64::MAX)
            .bind(i64::from(max))
            .fetch_all(&mut *tx)
            .await?;
            for id in &evicted {
                super::sessions::revoke_in(&mut tx, id, now).await?;
            }
        }
        tx.commit().await?;
        Ok(evicted)
    }

    /// The token with this hash and kind, whether or not it is still valid.
    pub async fn token(
        &self,
        hash: &str,
        kind: TokenKind,
    ) -> Result<Option<TokenOwner>, StoreError> {
        let sql = format!(
            "SELECT t.family, t.expires_at, t.revoked_at, t.session_id, \
                    s.last_used_at AS session_last_used, {USER_COLUMNS} \
             FROM auth_tokens t JOIN users u ON u.id = t.user_id \
             LEFT JOIN auth_sessions s ON s.id = t.session_id \
             WHERE t.token_hash = ? AND t.kind = ?"
        );
        Ok(sqlx::query_as::<_, TokenOwner>(sqlx::AssertSqlSafe(sql))
            .bind(hash)
            .bind(kind.as_str())
            .fetch_optional(self.pool())
            .await?)
    }

    /// Replaces the family of a refresh token by a new pair, atomically: the old refresh
    /// token works exactly once. Returns false when it was already used or revoked.
    pub async fn rotate_tokens(
        &self,
        old_family: &str,
        tokens: &NewTokens<'_>,
        now: i64,
    ) -> Result<bool, StoreError> {
        let mut tx = self.pool().begin().await?;
        let revoked = sqlx::query(
            "UPDATE auth_tokens SET revoked_at = ? WHERE family = ? AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(old_family)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if revoked == 0 {
            return Ok(false);
        }
        // A session revoked since (its tokens with it) stays revoked: nothing to rotate.
        let extended = sqlx::query(
            "UPDATE auth_sessions SET expires_at = ?, last_used_at = ? \
             WHERE id = ? AND revoked_at IS NULL",
        )
        .bind(tokens.refresh_expires)
        .bind(now)
        .bind(tokens.session_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if extended == 0 {
            return Ok(false);
        }
        insert_pair(&mut tx, tokens, now).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Revokes a token family and the login session it belongs to (a logout: the session
    /// must stop counting towards `--max-sessions`); returns how many tokens it revoked.
    pub async fn revoke_family(&self, family: &str, now: i64) -> Result<u64, StoreError> {
        let mut tx = self.pool().begin().await?;
        sqlx::query(
            "UPDATE auth_sessions SET revoked_at = ? WHERE revoked_at IS NULL AND id IN \
               (SELECT session_id FROM auth_tokens WHERE family = ? AND session_id IS NOT NULL)",
        )
        .bind(now)
        .bind(family)
        .execute(&mut *tx)
        .await?;
        let revoked = sqlx::query(
            "UPDATE auth_tokens SET revoked_at = ? WHERE family = ? AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(family)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(revoked)
    }
}

pub(super) async fn insert_pair(
    tx: &mut Conn,
    tokens: &NewTokens<'_>,
    now: i64,
) -> Result<(), StoreError> {
    for (kind, hash, expires) in [
        (TokenKind::Access, tokens.access_hash, tokens.access_expires),
        (
            TokenKind::Refresh,
            tokens.refresh_hash,
            tokens.refresh_expires,
        ),
    ] {
        sqlx::query(
            "INSERT INTO auth_tokens \
             (token_hash, user_id, kind, family, session_id, expires_at, created_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(hash)
        .bind(tokens.user_id)
        .bind(kind.as_str())
        .bind(tokens.family)
        .bind(tokens.session_id)
        .bind(expires)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}
