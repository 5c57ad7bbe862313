//! VPN connections recorded by servers' agents (start, end) and rated by their users.
//!
//! They are rows of `sessions`, the table the seed fills: the derived totals (migrations 0005,
//! 0006) follow them by their triggers, and everything that reads sessions reads them alike.

use sqlx::SqliteConnection;

use super::users::{SESSION_COLUMNS, SessionRow};
use super::{Store, StoreError};

/// The account a VPN client id (`users.vpn_uuid`) belongs to. Deleted accounts have none.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct VpnUser {
    pub id: String,
    pub disabled: bool,
}

/// A connection about to be recorded.
#[derive(Debug, Clone)]
pub struct NewConnection<'a> {
    pub id: &'a str,
    pub server_id: &'a str,
    pub user_id: &'a str,
    pub protocol: &'a str,
    pub started_at: i64,
    pub event_id: Option<&'a str>,
}

/// What is known of a session to decide about its end or its rating.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionFacts {
    pub id: String,
    pub user_id: String,
    pub server_id: String,
    pub protocol: String,
    pub started_at: i64,
    pub ended_at: Option<i64>,
    pub bytes_in: Option<i64>,
    pub bytes_out: Option<i64>,
    pub rating: Option<i64>,
}

/// The end of a connection, with the figures derived from its byte counts.
#[derive(Debug, Clone)]
pub struct ConnectionEnd {
    pub ended_at: i64,
    pub bytes_in: i64,
    pub bytes_out: i64,
    pub data_gb: f64,
    pub upload_mbps: f64,
    pub download_mbps: f64,
    pub latency_ms: f64,
}

/// What a start event did.
#[derive(Debug, Clone)]
pub enum Started {
    /// A new session row.
    New(String),
    /// The server already recorded this event id: the session it made then.
    Existing(SessionFacts),
}

const FACT_COLUMNS: &str = "id, user_id, server_id, protocol, started_at, ended_at, bytes_in, \
    bytes_out, rating";

async fn facts_by_event(
    conn: &mut SqliteConnection,
    server_id: &str,
    event_id: &str,
) -> Result<Option<SessionFacts>, StoreError> {
    let sql = format!("SELECT {FACT_COLUMNS} FROM sessions WHERE server_id = ? AND event_id = ?");
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(server_id)
        .bind(event_id)
        .fetch_optional(&mut *conn)
        .await?)
}

impl Store {
    /// The live account whose VPN client id is `uuid` (compared without case). A scan of
    /// users: 0004 dropped the index on vpn_uuid because UUID migrations paid more for it.
    pub async fn vpn_user(&self, uuid: &str) -> Result<Option<VpnUser>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT id, disabled_at IS NOT NULL AS disabled FROM users \
             WHERE lower(vpn_uuid) = lower(?) AND deleted_at IS NULL LIMIT 1",
        )
        .bind(uuid)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Records a connection's start, or finds the session an earlier send of the same event
    /// made. One immediate transaction, so that two sends of one event racing each other
    /// make one row.
    pub async fn start_connection(&self, new: &NewConnection<'_>) -> Result<Started, StoreError> {
        let mut tx = self.pool().begin_with("BEGIN IMMEDIATE").await?;
        if let Some(event_id) = new.event_id
            && let Some(existing) = facts_by_event(&mut tx, new.server_id, event_id).await?
        {
            return Ok(Started::Existing(existing));
        }
        sqlx::query(
            "INSERT INTO sessions (id, user_id, server_id, protocol, started_at, event_id) \
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(new.id)
        .bind(new.user_id)
        .bind(new.server_id)
        .bind(new.protocol)
        .bind(new.started_at)
        .bind(new.event_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Started::New(new.id.to_string()))
    }

    pub async fn session_facts(&self, id: &str) -> Result<Option<SessionFacts>, StoreError> {
        let sql = format!("SELECT {FACT_COLUMNS} FROM sessions WHERE id = ?");
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    pub async fn session_facts_by_event(
        &self,
        server_id: &str,
        event_id: &str,
    ) -> Result<Option<SessionFacts>, StoreError> {
        let mut conn = self.pool().acquire().await?;
        facts_by_event(&mut conn, server_id, event_id).await
    }

    /// One session with its server's host name, as the user views list it.
    pub async fn session(&self, id: &str) -> Result<Option<SessionRow>, StoreError> {
        let sql = format!(
            "SELECT {SESSION_COLUMNS} FROM sessions se JOIN servers s ON s.id = se.server_id \
             WHERE se.id = ?"
        );
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    /// Ends an open session. False when it had ended already (another send won the race):
    /// an ended session is never changed.
    pub async fn end_connection(&self, id: &str, end: &ConnectionEnd) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE sessions SET ended_at = ?, bytes_in = ?, bytes_out = ?, data_gb = ?, \
             upload_mbps = ?, download_mbps = ?, latency_ms = ? \
             WHERE id = ? AND ended_at IS NULL",
        )
        .bind(end.ended_at)
        .bind(end.bytes_in)
        .bind(end.bytes_out)
        .bind(end.data_gb)
        .bind(end.upload_mbps)
        .bind(end.download_mbps)
        .bind(end.latency_ms)
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Rates a session not rated yet. False when it was rated already: a rating is given once.
    pub async fn rate_connection(
        &self,
        id: &str,
        stars: i64,
        comment: Option<&str>,
        now: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE sessions SET rating = ?, rating_comment = ?, rated_at = ? \
             WHERE id = ? AND rating IS NULL",
        )
        .bind(stars)
        .bind(comment)
        .bind(now)
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
