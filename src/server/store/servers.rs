//! Servers and their protocol endpoints.

use sqlx::{Any, QueryBuilder};

use super::rows::row_struct;
use super::{Flag, Store, StoreError, push_in};
use crate::domain::money::Tokens;

/// A server is offline when its last heartbeat is older than this.
pub const HEARTBEAT_TIMEOUT_SECS: i64 = 300;
/// CPU or memory above this percentage marks an online server as degraded.
pub const DEGRADED_LOAD_PERCENT: f64 = 90.0;

row_struct! {
    #[derive(Debug, Clone)]
    pub struct ServerRow {
        pub id: String,
        pub owner_id: String,
        pub host_name: String,
        pub public_ip: String,
        pub location: String,
        pub maintenance: bool,
        pub mining_enabled: bool,
        pub rate_multiplier: f64,
        /// The operator's minimum claim, when set above the platform's.
        pub minimum_claim: Option<f64>,
        pub last_heartbeat: Option<i64>,
        pub cpu_usage: Option<f64>,
        pub memory_usage: Option<f64>,
        pub network_speed: Option<f64>,
        pub active_connections: i64,
        pub latency_ms: Option<f64>,
        pub performance_score: f64,
        pub mining_rate: f64,
        /// Sum of the server's claim entries in the ledger.
        pub token_balance: Tokens,
        pub last_claim_at: Option<i64>,
        /// Start of the open mining activity, if any.
        pub mining_since: Option<i64>,
        /// The most concurrent connections the operator offers.
        pub capacity: i64,
        /// When the server was retired; it keeps its history and takes nothing new.
        pub decommissioned_at: Option<i64>,
    }
}

row_struct! {
    #[derive(Debug, Clone)]
    pub struct ProtocolRow {
        pub id: String,
        pub server_id: String,
        pub protocol: String,
        pub port: i64,
        pub enabled: bool,
        pub config: String,
        pub connections: i64,
    }
}

/// Server status as stored facts; the API derives its enum from these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusFilter {
    Online,
    Degraded,
    Offline,
    Maintenance,
    Decommissioned,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortField {
    HostName,
    Location,
    Connections,
    Performance,
    TokenBalance,
    MiningRate,
}

impl SortField {
    fn column(self) -> &'static str {
        match self {
            Self::HostName => "s.host_name",
            Self::Location => "s.location",
            Self::Connections => "s.active_connections",
            Self::Performance => "s.performance_score",
            Self::TokenBalance => "token_balance",
            Self::MiningRate => "s.mining_rate",
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct ServerQuery {
    pub protocol: Option<String>,
    pub location: Option<String>,
    pub status: Option<StatusFilter>,
    pub mining_enabled: Option<bool>,
    pub search: Option<String>,
    pub owner_id: Option<String>,
    /// Sort column and descending flag; ties are broken by id so pages are stable.
    pub sort: Option<(SortField, bool)>,
    /// Unix seconds, for the heartbeat-derived status filter.
    pub now: i64,
}

const SERVER_COLUMNS: &str = "s.id, s.owner_id, s.host_name, s.public_ip, s.location, \
    s.maintenance, s.mining_enabled, s.rate_multiplier, s.minimum_claim, s.last_heartbeat, s.cpu_usage, \
    s.memory_usage, s.network_speed, s.active_connections, s.latency_ms, s.performance_score, \
    s.mining_rate, s.capacity, s.decommissioned_at, \
    (SELECT COALESCE(SUM(l.amount), 0) FROM ledger l WHERE l.server_id = s.id AND l.kind = 'claim') AS token_balance, \
    (SELECT MAX(l.created_at) FROM ledger l WHERE l.server_id = s.id AND l.kind = 'claim') AS last_claim_at, \
    (SELECT MAX(a.started_at) FROM mining_activities a WHERE a.server_id = s.id AND a.stopped_at IS NULL) AS mining_since";

impl ServerQuery {
    /// The column of `server_counts` (migration 0017) that is this query's total when no
    /// filter narrows it: counting 10,200 servers on every page cost more than the page.
    fn kept_count(&self) -> Option<&'static str> {
        let unfiltered = self.protocol.is_none()
            && self.location.is_none()
            && self.mining_enabled.is_none()
            && self.search.is_none()
            && self.owner_id.is_none();
        match self.status {
            None if unfiltered => Some("in_service"),
            Some(StatusFilter::Decommissioned) if unfiltered => Some("decommissioned"),
            _ => None,
        }
    }

    fn push_where(&self, qb: &mut QueryBuilder<Any>) {
        // Decommissioned servers are history: listed only when asked for by their status.
        if self.status == Some(StatusFilter::Decommissioned) {
            qb.push(" WHERE s.decommissioned_at IS NOT NULL");
        } else {
            qb.push(" WHERE s.decommissioned_at IS NULL");
        }
        if let Some(protocol) = &self.protocol {
            qb.push(
                " AND EXISTS (SELECT 1 FROM server_protocols p WHERE p.server_id = s.id AND p.enabled = 1 AND p.type = ",
            )
            .push_bind(protocol.clone())
            .push(")");
        }
        if let Some(location) = &self.location {
            qb.push(" AND LOWER(s.location) = LOWER(")
                .push_bind(location.clone())
                .push(")");
        }
        if let Some(enabled) = self.mining_enabled {
            qb.push(" AND s.mining_enabled = ")
                .push_bind(i64::from(enabled));
        }
        if let Some(search) = &self.search {
            // Without LIKE's wildcards, and without `\`, PostgreSQL's escape character.
            let pattern = format!("%{}%", search.to_lowercase().replace(['%', '_', '\\'], ""));
            qb.push(" AND LOWER(s.host_name) LIKE ").push_bind(pattern);
        }
        if let Some(owner) = &self.owner_id {
            qb.push(" AND s.owner_id = ").push_bind(owner.clone());
        }
        if let Some(status) = self.status {
            let fresh = self.now - HEARTBEAT_TIMEOUT_SECS;
            match status {
                StatusFilter::Decommissioned => {}
                StatusFilter::Maintenance => {
                    qb.push(" AND s.maintenance = 1");
                }
                StatusFilter::Offline => {
                    qb.push(" AND s.maintenance = 0 AND (s.last_heartbeat IS NULL OR s.last_heartbeat < ")
                        .push_bind(fresh)
                        .push(")");
                }
                StatusFilter::Degraded | StatusFilter::Online => {
                    let degraded = status == StatusFilter::Degraded;
                    qb.push(" AND s.maintenance = 0 AND s.last_heartbeat >= ")
                        .push_bind(fresh)
                        .push(if degraded {
                            " AND (s.cpu_usage > "
                        } else {
                            " AND NOT (s.cpu_usage > "
                        })
                        .push_bind(DEGRADED_LOAD_PERCENT)
                        .push(" OR s.memory_usage > ")
                        .push_bind(DEGRADED_LOAD_PERCENT)
                        .push(")");
                }
            }
        }
    }
}

impl Store {
    /// One page of servers matching `query` and the total count of matches.
    pub async fn list_servers(
        &self,
        query: &ServerQuery,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<ServerRow>, i64), StoreError> {
        // One connection for both statements: a pool acquisition per statement is a wait in
        // the pool's queue per statement under load.
        let mut conn = self.pool().acquire().await?;
        let total: i64 = match query.kept_count() {
            Some(column) => {
                let sql = format!("SELECT {column} FROM server_counts WHERE id = 1");
                sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
                    .fetch_one(&mut *conn)
                    .await?
            }
            None => {
                let mut count = QueryBuilder::<Any>::new("SELECT COUNT(*) FROM servers s");
                query.push_where(&mut count);
                count.build_query_scalar().fetch_one(&mut *conn).await?
            }
        };

        let mut select =
            QueryBuilder::<Any>::new(format!("SELECT {SERVER_COLUMNS} FROM servers s"));
        query.push_where(&mut select);
        let (field, descending) = query.sort.unwrap_or((SortField::HostName, false));
        select.push(format!(
            " ORDER BY {} {}, s.id ASC LIMIT ",
            field.column(),
            if descending { "DESC" } else { "ASC" }
        ));
        select.push_bind(limit).push(" OFFSET ").push_bind(offset);
        let rows = select
            .build_query_as::<ServerRow>()
            .fetch_all(&mut *conn)
            .await?;
        Ok((rows, total))
    }

    /// Every server matching `query`, without paging.
    pub async fn all_servers(&self, query: &ServerQuery) -> Result<Vec<ServerRow>, StoreError> {
        Ok(self.list_servers(query, i64::MAX, 0).await?.0)
    }

    pub async fn server(&self, id: &str) -> Result<Option<ServerRow>, StoreError> {
        let sql = format!("SELECT {SERVER_COLUMNS} FROM servers s WHERE s.id = ?");
        Ok(sqlx::query_as::<_, ServerRow>(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    /// The protocol endpoints of the given servers, ordered by server then protocol.
    pub async fn protocols_of(&self, server_ids: &[&str]) -> Result<Vec<ProtocolRow>, StoreError> {
        if server_ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut qb = QueryBuilder::<Any>::new(
            "SELECT id, server_id, type AS protocol, port, enabled, config, connections FROM server_protocols WHERE server_id",
        );
        push_in(&mut qb, server_ids.iter().map(|id| id.to_string()));
        qb.push(" ORDER BY server_id, type");
        Ok(qb
            .build_query_as::<ProtocolRow>()
            .fetch_all(self.pool())
            .await?)
    }
}

/// Changes to a server's identity and settings; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct ServerChanges {
    pub host_name: Option<String>,
    pub public_ip: Option<String>,
    pub location: Option<String>,
    pub maintenance: Option<bool>,
    /// The complete new settings document (already merged by the caller).
    pub settings: Option<String>,
    pub capacity: Option<i64>,
}

/// A server to register.
#[derive(Debug, Clone)]
pub struct NewServer<'a> {
    pub id: &'a str,
    pub owner_id: &'a str,
    pub host_name: &'a str,
    pub public_ip: &'a str,
    pub location: &'a str,
    pub capacity: i64,
    pub now: i64,
}

row_struct! {
    /// An account as a prospective server owner.
    #[derive(Debug, Clone)]
    pub struct OwnerCandidate {
        pub role: String,
        /// Neither disabled nor deleted.
        pub active: bool,
    }
}

impl Store {
    pub async fn set_mining_enabled(&self, id: &str, enabled: bool) -> Result<(), StoreError> {
        sqlx::query("UPDATE servers SET mining_enabled = ? WHERE id = ?")
            .bind(i64::from(enabled))
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// The stored settings document of a server.
    pub async fn server_settings(&self, id: &str) -> Result<Option<String>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT settings FROM servers WHERE id = ?")
                .bind(id)
                .fetch_optional(self.pool())
                .await?,
        )
    }

    /// Another server already using this host name, if any.
    pub async fn host_name_taken(&self, host_name: &str, except: &str) -> Result<bool, StoreError> {
        let count: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM servers WHERE host_name = ? AND id <> ?")
                .bind(host_name)
                .bind(except)
                .fetch_one(self.pool())
                .await?;
        Ok(count > 0)
    }

    pub async fn update_server(&self, id: &str, changes: &ServerChanges) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE servers SET host_name = COALESCE(?, host_name), public_ip = COALESCE(?, public_ip), \
             location = COALESCE(?, location), maintenance = COALESCE(?, maintenance), \
             settings = COALESCE(?, settings), capacity = COALESCE(?, capacity) WHERE id = ?",
        )
        .bind(&changes.host_name)
        .bind(&changes.public_ip)
        .bind(&changes.location)
        .bind(changes.maintenance.map(i64::from))
        .bind(&changes.settings)
        .bind(changes.capacity)
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Creates or replaces the endpoint of `protocol` on a server; returns its row.
    pub async fn upsert_protocol(
        &self,
        server_id: &str,
        protocol: &str,
        port: i64,
        enabled: bool,
        config: &str,
        new_id: &str,
    ) -> Result<ProtocolRow, StoreError> {
        sqlx::query(
            "INSERT INTO server_protocols (id, server_id, type, port, enabled, config) VALUES (?, ?, ?, ?, ?, ?) \
             ON CONFLICT (server_id, type) DO UPDATE SET port = excluded.port, enabled = excluded.enabled, \
             config = excluded.config",
        )
        .bind(new_id)
        .bind(server_id)
        .bind(protocol)
        .bind(port)
        .bind(i64::from(enabled))
        .bind(config)
        .execute(self.pool())
        .await?;
        Ok(sqlx::query_as::<_, ProtocolRow>(
            "SELECT id, server_id, type AS protocol, port, enabled, config, connections FROM server_protocols \
             WHERE server_id = ? AND type = ?",
        )
        .bind(server_id)
        .bind(protocol)
        .fetch_one(self.pool())
        .await?)
    }

    /// Registers a server. `false` when the host name is taken: nothing is written then (the
    /// UNIQUE host name decides, so two concurrent registrations cannot both succeed).
    pub async fn insert_server(&self, server: &NewServer<'_>) -> Result<bool, StoreError> {
        let inserted = sqlx::query(
            "INSERT INTO servers (id, owner_id, host_name, public_ip, location, capacity, created_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (host_name) DO NOTHING",
        )
        .bind(server.id)
        .bind(server.owner_id)
        .bind(server.host_name)
        .bind(server.public_ip)
        .bind(server.location)
        .bind(server.capacity)
        .bind(server.now)
        .execute(self.pool())
        .await?
        .rows_affected();
        Ok(inserted == 1)
    }

    /// The role and state of the account `id`, when it exists.
    pub async fn owner_candidate(&self, id: &str) -> Result<Option<OwnerCandidate>, StoreError> {
        Ok(sqlx::query_as::<_, OwnerCandidate>(
            "SELECT role, (disabled_at IS NULL AND deleted_at IS NULL) AS active FROM users WHERE id = ?",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// The VPN client UUID of the account `id` and whether it is active, when it exists.
    pub async fn vpn_uuid_of(&self, id: &str) -> Result<Option<(String, bool)>, StoreError> {
        let found: Option<(String, Flag)> = sqlx::query_as(
            "SELECT vpn_uuid, (disabled_at IS NULL AND deleted_at IS NULL) FROM users WHERE id = ?",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        Ok(found.map(|(uuid, Flag(active))| (uuid, active)))
    }

    /// Retires a server in one transaction: it is marked, mining is turned off and its open
    /// activity closed. `false` when it was already decommissioned (nothing changes then).
    pub async fn decommission_server(&self, id: &str, now: i64) -> Result<bool, StoreError> {
        let mut tx = self.pool().begin_write().await?;
        let marked = sqlx::query(
            "UPDATE servers SET decommissioned_at = ?, mining_enabled = 0, mining_rate = 0 \
             WHERE id = ? AND decommissioned_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if marked == 0 {
            return Ok(false);
        }
        sqlx::query(
            "UPDATE mining_activities SET stopped_at = ? WHERE server_id = ? AND stopped_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        // A retired server has no agent: its tokens stop at once.
        sqlx::query(
            "UPDATE agent_tokens SET revoked_at = ? WHERE server_id = ? AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        self.note_change().await;
        Ok(true)
    }

    /// Removes the endpoint of `protocol` from a server; `false` when it had none.
    pub async fn remove_protocol(
        &self,
        server_id: &str,
        protocol: &str,
    ) -> Result<bool, StoreError> {
        let removed = sqlx::query("DELETE FROM server_protocols WHERE server_id = ? AND type = ?")
            .bind(server_id)
            .bind(protocol)
            .execute(self.pool())
            .await?
            .rows_affected();
        Ok(removed > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::store::IN_MEMORY;

    /// (kept, counted) totals of servers in service and of decommissioned ones.
    async fn totals(store: &Store) -> [(i64, i64); 2] {
        let mut out = [(0, 0); 2];
        for (slot, status) in out
            .iter_mut()
            .zip([None, Some(StatusFilter::Decommissioned)])
        {
            let query = ServerQuery {
                status,
                ..ServerQuery::default()
            };
            // An empty search filters nothing, and takes the counting path.
            let counted = ServerQuery {
                search: Some(String::new()),
                ..query.clone()
            };
            assert!(query.kept_count().is_some() && counted.kept_count().is_none());
            *slot = (
                store.list_servers(&query, 1, 0).await.unwrap().1,
                store.list_servers(&counted, 1, 0).await.unwrap().1,
            );
        }
        out
    }

    #[tokio::test]
    async fn kept_totals_follow_every_kind_of_write() {
        let store = Store::open(IN_MEMORY).await.unwrap();
        let sql = |sql: &'static str| sqlx::raw_sql(sql).execute(store.pool());
        sql("INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) \
               VALUES ('op-a', 'alice', '!', 'OPERATOR', 'FREE', 'u1', 0); \
             INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) VALUES \
               ('srv-a', 'op-a', 'a.example.net', '192.0.2.1', 'eu-west', 0), \
               ('srv-b', 'op-a', 'b.example.net', '192.0.2.2', 'eu-west', 0), \
               ('srv-c', 'op-a', 'c.example.net', '192.0.2.3', 'eu-west', 0);")
        .await
        .unwrap();
        assert_eq!(totals(&store).await, [(3, 3), (0, 0)]);
        sql("UPDATE servers SET decommissioned_at = 5 WHERE id = 'srv-a'")
            .await
            .unwrap();
        assert_eq!(totals(&store).await, [(2, 2), (1, 1)]);
        // Another update of a retired server, or of other columns, changes nothing.
        sql("UPDATE servers SET decommissioned_at = 6, location = 'us-east' WHERE id = 'srv-a'")
            .await
            .unwrap();
        sql("UPDATE servers SET cpu_usage = 50 WHERE id = 'srv-b'")
            .await
            .unwrap();
        assert_eq!(totals(&store).await, [(2, 2), (1, 1)]);
        // A replaced row is counted once, as what it became.
        sql("INSERT OR REPLACE INTO servers (id, owner_id, host_name, public_ip, location, created_at, decommissioned_at) \
               VALUES ('srv-b', 'op-a', 'b.example.net', '192.0.2.2', 'eu-west', 0, 7)")
        .await
        .unwrap();
        assert_eq!(totals(&store).await, [(1, 1), (2, 2)]);
        sql("DELETE FROM servers WHERE id IN ('srv-a', 'srv-c')")
            .await
            .unwrap();
        assert_eq!(totals(&store).await, [(0, 0), (1, 1)]);
    }
}
