//! Users' sessions and the figures of the user and admin dashboards.

use super::rows::row_struct;
use super::{Store, StoreError};
use crate::domain::money::Tokens;

row_struct! {
    /// A session with the host name of its server.
    #[derive(Debug, Clone)]
    pub struct SessionRow {
        pub id: String,
        pub server_id: String,
        pub host_name: String,
        pub protocol: String,
        pub started_at: i64,
        pub ended_at: Option<i64>,
        pub data_gb: f64,
        pub upload_mbps: f64,
        pub download_mbps: f64,
        pub latency_ms: f64,
        /// Exact byte counts, for connections an agent recorded (not the seed's).
        pub bytes_in: Option<i64>,
        pub bytes_out: Option<i64>,
        pub rating: Option<i64>,
        pub rating_comment: Option<String>,
    }
}

pub(super) const SESSION_COLUMNS: &str = "se.id, se.server_id, s.host_name, se.protocol, \
    se.started_at, se.ended_at, se.data_gb, se.upload_mbps, se.download_mbps, se.latency_ms, \
    se.bytes_in, se.bytes_out, se.rating, se.rating_comment";

row_struct! {
    /// Totals of a user's sessions started in a window.
    #[derive(Debug, Clone, Default)]
    pub struct SessionTotals {
        pub sessions: i64,
        pub data_gb: f64,
        /// Seconds, over the sessions that ended.
        pub avg_duration: Option<f64>,
        pub avg_upload: Option<f64>,
        pub avg_download: Option<f64>,
        pub avg_latency: Option<f64>,
        /// Heartbeat latency of the servers the user used, now.
        pub avg_server_latency: Option<f64>,
    }
}

row_struct! {
    #[derive(Debug, Clone)]
    pub struct TopUserRow {
        pub user_id: String,
        pub username: String,
        pub open_sessions: i64,
        pub data_gb: f64,
        /// Tokens spent, as a positive amount.
        pub spent: Tokens,
        pub last_active: Option<i64>,
    }
}

row_struct! {
    #[derive(Debug, Clone)]
    pub struct TopServerRow {
        pub server_id: String,
        pub host_name: String,
        pub location: String,
        pub active_connections: i64,
        pub cpu_usage: Option<f64>,
        pub memory_usage: Option<f64>,
        pub network_speed: Option<f64>,
        pub earnings: Tokens,
    }
}

row_struct! {
    #[derive(Debug, Clone)]
    pub struct DayActivity {
        pub day: i64,
        pub earned: Tokens,
        /// Tokens spent, as a positive amount.
        pub spent: Tokens,
    }
}

row_struct! {
    #[derive(Debug, Clone, Default)]
    pub struct NetworkNow {
        pub servers: i64,
        pub active_servers: i64,
        pub active_connections: i64,
        pub avg_network_speed: Option<f64>,
        pub data_gb: f64,
    }
}

impl Store {
    /// One page of a user's sessions started in `[from, to)`, newest first, and the count.
    pub async fn user_sessions(
        &self,
        user_id: &str,
        from: i64,
        to: i64,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<SessionRow>, i64), StoreError> {
        let total: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM sessions WHERE user_id = ? AND started_at >= ? AND started_at < ?",
        )
        .bind(user_id)
        .bind(from)
        .bind(to)
        .fetch_one(self.pool())
        .await?;
        let sql = format!(
            "SELECT {SESSION_COLUMNS} FROM sessions se JOIN servers s ON s.id = se.server_id \
             WHERE se.user_id = ? AND se.started_at >= ? AND se.started_at < ? \
             ORDER BY se.started_at DESC, se.id LIMIT ? OFFSET ?"
        );
        let rows = sqlx::query_as::<_, SessionRow>(sqlx::AssertSqlSafe(sql))
            .bind(user_id)
            .bind(from)
            .bind(to)
            .bind(limit)
            .bind(offset)
            .fetch_all(self.pool())
            .await?;
        Ok((rows, total))
    }

    /// The user's newest sessions (any window), the open one first if there is one.
    pub async fn recent_sessions(
        &self,
        user_id: &str,
        limit: i64,
    ) -> Result<Vec<SessionRow>, StoreError> {
        let sql = format!(
            "SELECT {SESSION_COLUMNS} FROM sessions se JOIN servers s ON s.id = se.server_id \
             WHERE se.user_id = ? ORDER BY (se.ended_at IS NULL) DESC, se.started_at DESC, se.id LIMIT ?"
        );
        Ok(sqlx::query_as::<_, SessionRow>(sqlx::AssertSqlSafe(sql))
            .bind(user_id)
            .bind(limit)
            .fetch_all(self.pool())
            .await?)
    }

    pub async fn session_totals(
        &self,
        user_id: &str,
        from: i64,
        to: i64,
    ) -> Result<SessionTotals, StoreError> {
        Ok(sqlx::query_as::<_, SessionTotals>(
            "SELECT COUNT(*) AS sessions, COALESCE(SUM(data_gb), 0.0) AS data_gb, \
               AVG(CASE WHEN ended_at IS NOT NULL THEN ended_at - started_at END) AS avg_duration, \
               AVG(upload_mbps) AS avg_upload, AVG(download_mbps) AS avg_download, \
               AVG(latency_ms) AS avg_latency, \
               (SELECT AVG(s.latency_ms) FROM servers s WHERE s.id IN \
                  (SELECT DISTINCT server_id FROM sessions WHERE user_id = ?1 AND started_at >= ?2 AND started_at < ?3)) \
                 AS avg_server_latency \
             FROM sessions WHERE user_id = ?1 AND started_at >= ?2 AND started_at < ?3",
        )
        .bind(user_id)
        .bind(from)
        .bind(to)
        .fetch_one(self.pool())
        .await?)
    }

    /// Host names of the servers a user used most, most used first.
    pub async fn preferred_servers(
        &self,
        user_id: &str,
        limit: i64,
    ) -> Result<Vec<String>, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT s.host_name FROM sessions se JOIN servers s ON s.id = se.server_id \
             WHERE se.user_id = ? GROUP BY s.id, s.host_name ORDER BY COUNT(*) DESC, s.host_name LIMIT ?",
        )
        .bind(user_id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// Ids of the servers a user owns.
    pub async fn owned_server_ids(&self, user_id: &str) -> Result<Vec<String>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT id FROM servers WHERE owner_id = ? ORDER BY id")
                .bind(user_id)
                .fetch_all(self.pool())
                .await?,
        )
    }

    /// Tokens paid to an account by claims.
    pub async fn account_claimed(&self, account_id: &str) -> Result<Tokens, StoreError> {
        let micro: i64 = sqlx::query_scalar(
            "SELECT COALESCE(SUM(amount), 0) FROM ledger WHERE account_id = ? AND kind = 'claim'",
        )
        .bind(account_id)
        .fetch_one(self.pool())
        .await?;
        Ok(micro.into())
    }

    /// The network now: servers whose heartbeat is fresher than `fresh_since` and not in
    /// maintenance count as active. Decommissioned servers are history, not the network.
    pub async fn network_now(&self, fresh_since: i64) -> Result<NetworkNow, StoreError> {
        Ok(sqlx::query_as::<_, NetworkNow>(
            "SELECT COUNT(*) AS servers, \
               COALESCE(SUM(CASE WHEN maintenance = 0 AND last_heartbeat >= ?1 THEN 1 ELSE 0 END), 0) AS active_servers, \
               COALESCE(SUM(CASE WHEN maintenance = 0 AND last_heartbeat >= ?1 THEN active_connections ELSE 0 END), 0) AS active_connections, \
               AVG(CASE WHEN maintenance = 0 AND last_heartbeat >= ?1 THEN network_speed END) AS avg_network_speed, \
               (SELECT COALESCE(SUM(data_gb), 0.0) FROM sessions) AS data_gb \
             FROM servers WHERE decommissioned_at IS NULL",
        )
        .bind(fresh_since)
        .fetch_one(self.pool())
        .await?)
    }

    /// Active connections per region, over servers with a fresh heartbeat.
    pub async fn connections_by_region(
        &self,
        fresh_since: i64,
    ) -> Result<Vec<(String, i64)>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT location, COALESCE(SUM(active_connections), 0) FROM servers \
             WHERE maintenance = 0 AND decommissioned_at IS NULL AND last_heartbeat >= ? \
             GROUP BY location ORDER BY location",
        )
        .bind(fresh_since)
        .fetch_all(self.pool())
        .await?)
    }

    /// The busiest reporting servers with what their operators earned from them.
    pub async fn top_servers_by_connections(
        &self,
        fresh_since: i64,
        limit: i64,
    ) -> Result<Vec<TopServerRow>, StoreError> {
        Ok(sqlx::query_as::<_, TopServerRow>(
            "SELECT s.id AS server_id, s.host_name, s.location, s.active_connections, s.cpu_usage, \
               s.memory_usage, s.network_speed, \
               (SELECT COALESCE(SUM(l.amount), 0) FROM ledger l WHERE l.server_id = s.id AND l.kind = 'claim') AS earnings \
             FROM servers s WHERE s.maintenance = 0 AND s.decommissioned_at IS NULL \
               AND s.last_heartbeat >= ? \
             ORDER BY s.active_connections DESC, s.id LIMIT ?",
        )
        .bind(fresh_since)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// Users who moved the most data in sessions started since `since`.
    pub async fn top_users_by_data(
        &self,
        since: i64,
        limit: i64,
    ) -> Result<Vec<TopUserRow>, StoreError> {
        Ok(sqlx::query_as::<_, TopUserRow>(
            "SELECT u.id AS user_id, u.username, \
               (SELECT COUNT(*) FROM sessions o WHERE o.user_id = u.id AND o.ended_at IS NULL) AS open_sessions, \
               t.data_gb, \
               (SELECT -COALESCE(SUM(l.amount), 0) FROM ledger l WHERE l.account_id = u.id AND l.kind = 'spend') AS spent, \
               t.last_active \
             FROM (SELECT user_id, SUM(data_gb) AS data_gb, MAX(COALESCE(ended_at, started_at)) AS last_active \
                   FROM sessions WHERE started_at >= ? GROUP BY user_id ORDER BY SUM(data_gb) DESC, user_id LIMIT ?) t \
             JOIN users u ON u.id = t.user_id ORDER BY t.data_gb DESC, u.id",
        )
        .bind(since)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// All-time token totals: (earned by claims, spent by users).
    pub async fn token_totals(&self) -> Result<(Tokens, Tokens), StoreError> {
        let (earned, spent): (i64, i64) = sqlx::query_as(
            "SELECT COALESCE(SUM(CASE WHEN kind = 'claim' THEN amount END), 0), \
               -COALESCE(SUM(CASE WHEN kind = 'spend' THEN amount END), 0) FROM ledger",
        )
        .fetch_one(self.pool())
        .await?;
        Ok((earned.into(), spent.into()))
    }

    /// Earned and spent per UTC day since `since` (a day start), days without entries omitted.
    pub async fn daily_token_activity(&self, since: i64) -> Result<Vec<DayActivity>, StoreError> {
        Ok(sqlx::query_as::<_, DayActivity>(
            "SELECT created_at - created_at % 86400 AS day, \
               COALESCE(SUM(CASE WHEN kind = 'claim' THEN amount END), 0) AS earned, \
               -COALESCE(SUM(CASE WHEN kind = 'spend' THEN amount END), 0) AS spent \
             FROM ledger WHERE created_at >= ? GROUP BY day ORDER BY day",
        )
        .bind(since)
        .fetch_all(self.pool())
        .await?)
    }
}
