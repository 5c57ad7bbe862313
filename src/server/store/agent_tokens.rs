//! Agent tokens: secrets a server's agent reports with, for that one server. Stored as SHA-256
//! hashes only, like access tokens.

use super::rows::row_struct;
use super::sessions::TOUCH_EVERY_SECS;
use super::{Store, StoreError};

row_struct! {
    #[derive(Debug, Clone)]
    pub struct AgentTokenRow {
        pub id: String,
        pub server_id: String,
        pub name: Option<String>,
        pub created_by: String,
        pub created_at: i64,
        pub expires_at: Option<i64>,
        pub last_used_at: Option<i64>,
        pub revoked_at: Option<i64>,
    }
}

/// An agent token found by its hash, with what decides whether it may still be used.
#[derive(Debug, Clone)]
pub struct AgentTokenHolder {
    pub token: AgentTokenRow,
    /// The server's owner now (not who issued the token).
    pub owner_id: String,
    pub owner_disabled_at: Option<i64>,
    pub owner_deleted_at: Option<i64>,
}

/// The token's own columns, then its owner's.
impl<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> for AgentTokenHolder {
    fn from_row(row: &'r sqlx::any::AnyRow) -> Result<Self, sqlx::Error> {
        use sqlx::Row as _;
        Ok(Self {
            token: AgentTokenRow::from_row(row)?,
            owner_id: row.try_get("owner_id")?,
            owner_disabled_at: row.try_get("owner_disabled_at")?,
            owner_deleted_at: row.try_get("owner_deleted_at")?,
        })
    }
}

#[derive(Debug, Clone)]
pub struct NewAgentToken<'a> {
    pub id: &'a str,
    pub token_hash: &'a str,
    pub server_id: &'a str,
    pub name: Option<&'a str>,
    pub created_by: &'a str,
    pub expires_at: Option<i64>,
}

/// Why a new agent token was not stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AgentTokenRefusal {
    /// The server already has this many live tokens.
    TooMany(u32),
    /// A live token of the server already has this name.
    DuplicateName,
}

const COLUMNS: &str = "a.id, a.server_id, a.name, a.created_by, a.created_at, a.expires_at, \
                       a.last_used_at, a.revoked_at";
/// Not revoked and not expired at `?`.
const LIVE: &str = "a.revoked_at IS NULL AND (a.expires_at IS NULL OR a.expires_at > ?)";

impl Store {
    /// Stores a new token unless the server already has `max_live` live tokens or a live one of
    /// the same name; serialised, so that concurrent creations respect both.
    pub async fn insert_agent_token(
        &self,
        token: &NewAgentToken<'_>,
        now: i64,
        max_live: u32,
    ) -> Result<Result<AgentTokenRow, AgentTokenRefusal>, StoreError> {
        let mut tx = self.pool().begin_write().await?;
        let live_names: Vec<Option<String>> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT a.name FROM agent_tokens a WHERE a.server_id = ? AND {LIVE}"
        )))
        .bind(token.server_id)
        .bind(now)
        .fetch_all(&mut *tx)
        .await?;
        if live_names.len() >= max_live as usize {
            return Ok(Err(AgentTokenRefusal::TooMany(max_live)));
        }
        if token.name.is_some() && live_names.iter().any(|n| n.as_deref() == token.name) {
            return Ok(Err(AgentTokenRefusal::DuplicateName));
        }
        sqlx::query(
            "INSERT INTO agent_tokens \
             (id, token_hash, server_id, name, created_by, created_at, expires_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(token.id)
        .bind(token.token_hash)
        .bind(token.server_id)
        .bind(token.name)
        .bind(token.created_by)
        .bind(now)
        .bind(token.expires_at)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Ok(AgentTokenRow {
            id: token.id.to_string(),
            server_id: token.server_id.to_string(),
            name: token.name.map(str::to_string),
            created_by: token.created_by.to_string(),
            created_at: now,
            expires_at: token.expires_at,
            last_used_at: None,
            revoked_at: None,
        }))
    }

    /// The server's live tokens, newest first.
    pub async fn live_agent_tokens(
        &self,
        server_id: &str,
        now: i64,
    ) -> Result<Vec<AgentTokenRow>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM agent_tokens a WHERE a.server_id = ? AND {LIVE} \
             ORDER BY a.created_at DESC, a.rowid DESC"
        );
        Ok(sqlx::query_as::<_, AgentTokenRow>(sqlx::AssertSqlSafe(sql))
            .bind(server_id)
            .bind(now)
            .fetch_all(self.pool())
            .await?)
    }

    pub async fn agent_token(&self, id: &str) -> Result<Option<AgentTokenRow>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM agent_tokens a WHERE a.id = ?");
        Ok(sqlx::query_as::<_, AgentTokenRow>(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    /// The token with this hash, its server's owner and the owner's account state.
    pub async fn agent_token_by_hash(
        &self,
        hash: &str,
    ) -> Result<Option<AgentTokenHolder>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS}, s.owner_id, u.disabled_at AS owner_disabled_at, \
                    u.deleted_at AS owner_deleted_at \
             FROM agent_tokens a JOIN servers s ON s.id = a.server_id \
             JOIN users u ON u.id = s.owner_id \
             WHERE a.token_hash = ?"
        );
        Ok(
            sqlx::query_as::<_, AgentTokenHolder>(sqlx::AssertSqlSafe(sql))
                .bind(hash)
                .fetch_optional(self.pool())
                .await?,
        )
    }

    /// Revokes a token; the row as it is afterwards (None: no such token).
    pub async fn revoke_agent_token(
        &self,
        id: &str,
        now: i64,
    ) -> Result<Option<AgentTokenRow>, StoreError> {
        sqlx::query("UPDATE agent_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
            .bind(now)
            .bind(id)
            .execute(self.pool())
            .await?;
        self.agent_token(id).await
    }

    /// Notes that a token was used, at most once per [`TOUCH_EVERY_SECS`] (agents report every
    /// few seconds; a write each time would be the server's busiest write).
    pub async fn touch_agent_token(&self, id: &str, now: i64) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE agent_tokens SET last_used_at = ? \
             WHERE id = ? AND (last_used_at IS NULL OR last_used_at <= ?)",
        )
        .bind(now)
        .bind(id)
        .bind(now - TOUCH_EVERY_SECS)
        .execute(self.pool())
        .await?;
        Ok(())
    }
}
