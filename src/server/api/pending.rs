//! Root fields whose resolvers the bundled server does not implement yet. They are part of the
//! contract (so the schema, documents and CLI are complete) and answer a clear SRV_001 error.
//! Each moves to its noun's module when implemented.

use async_graphql::futures_util::stream::BoxStream;
use async_graphql::{ID, Object, Subscription};

use super::types::*;
use super::{ApiError, ApiResult};

#[derive(Default)]
pub struct PendingQuery;

#[Object]
impl PendingQuery {
    /// Metrics of one server bucketed over a time range (at most 31 days).
    async fn server_metrics(
        &self,
        server_id: ID,
        time_range: TimeRangeInput,
    ) -> ApiResult<Vec<ServerMetricsPoint>> {
        let _ = (server_id, time_range);
        Err(ApiError::not_implemented("serverMetrics"))
    }

    /// Network-wide figures over a window (default: the last 24 hours).
    async fn network_analytics(
        &self,
        from: Option<Timestamp>,
        to: Option<Timestamp>,
    ) -> ApiResult<NetworkAnalytics> {
        let _ = (from, to);
        Err(ApiError::not_implemented("networkAnalytics"))
    }

    /// The caller's sessions in a window (default: the last 30 days), newest first.
    async fn my_connection_stats(
        &self,
        from: Option<Timestamp>,
        to: Option<Timestamp>,
        pagination: Option<PaginationInput>,
    ) -> ApiResult<ConnectionStatsPage> {
        let _ = (from, to, pagination);
        Err(ApiError::not_implemented("myConnectionStats"))
    }

    /// The caller's current connection, recent sessions and averages.
    async fn my_connection_dashboard(&self) -> ApiResult<ConnectionDashboard> {
        Err(ApiError::not_implemented("myConnectionDashboard"))
    }

    /// One user's dashboard. Users may read their own; admins anyone's.
    async fn user_dashboard(&self, user_id: ID) -> ApiResult<UserDashboard> {
        let _ = user_id;
        Err(ApiError::not_implemented("userDashboard"))
    }

    /// The network at a glance. Admins only.
    async fn admin_dashboard(&self) -> ApiResult<AdminDashboard> {
        Err(ApiError::not_implemented("adminDashboard"))
    }

    /// Writes the requested statistics to a file and returns a signed, expiring URL for it.
    /// Operators export their own servers' rows; admins everything. `kinds` defaults to all.
    async fn export_detailed_stats(
        &self,
        from: Timestamp,
        to: Timestamp,
        format: ExportFormat,
        kinds: Option<Vec<ExportKind>>,
    ) -> ApiResult<ExportResult> {
        let _ = (from, to, format, kinds);
        Err(ApiError::not_implemented("exportDetailedStats"))
    }

    /// Health of the platform's components. Admins only.
    async fn system_health(&self) -> ApiResult<SystemHealth> {
        Err(ApiError::not_implemented("systemHealth"))
    }

    /// Authentication and protocol security figures over a window (default: 24 hours). Admins only.
    async fn security_metrics(
        &self,
        from: Option<Timestamp>,
        to: Option<Timestamp>,
    ) -> ApiResult<SecurityMetrics> {
        let _ = (from, to);
        Err(ApiError::not_implemented("securityMetrics"))
    }
}

#[derive(Default)]
pub struct PendingMutation;

#[Object]
impl PendingMutation {
    /// Turns mining on for a server the caller owns (admins: any).
    async fn enable_mining_server(&self, server_id: ID) -> ApiResult<MiningServerView> {
        let _ = server_id;
        Err(ApiError::not_implemented("enableMiningServer"))
    }

    /// Opens a mining activity on a server: it must be enabled for mining, online, and offer
    /// at least one valid enabled protocol. Starting an active server returns its activity.
    async fn start_mining(&self, server_id: ID) -> ApiResult<MiningActivityView> {
        let _ = server_id;
        Err(ApiError::not_implemented("startMining"))
    }

    /// Claims a server's accrued rewards for its owner. Decision: `idempotencyKey` (any string up
    /// to 128 chars, e.g. a UUID per attempt) makes retries safe: the same key returns the first
    /// result and never pays twice.
    async fn claim_mining_rewards(
        &self,
        server_id: ID,
        idempotency_key: Option<String>,
    ) -> ApiResult<MiningRewardResult> {
        let _ = (server_id, idempotency_key);
        Err(ApiError::not_implemented("claimMiningRewards"))
    }

    /// Changes a server's mining settings.
    async fn configure_mining_settings(
        &self,
        input: MiningConfigInput,
    ) -> ApiResult<MiningConfigResult> {
        let _ = input;
        Err(ApiError::not_implemented("configureMiningSettings"))
    }

    /// Creates or replaces one protocol endpoint of a server, validated per protocol.
    async fn update_mining_server_protocol(
        &self,
        input: MiningServerProtocolInput,
    ) -> ApiResult<MiningServerProtocolView> {
        let _ = input;
        Err(ApiError::not_implemented("updateMiningServerProtocol"))
    }

    /// Changes a server's identity, maintenance state or free-form settings.
    async fn update_server_configuration(
        &self,
        input: ServerConfigInput,
    ) -> ApiResult<ServerConfigResult> {
        let _ = input;
        Err(ApiError::not_implemented("updateServerConfiguration"))
    }

    /// Checks users' VLESS/REALITY UUIDs: format, duplicates, configuration entries that
    /// reference no user, users missing from configurations. Admins only. Decision: optional
    /// `userIds` limits the check.
    async fn validate_user_uuids(
        &self,
        user_ids: Option<Vec<ID>>,
    ) -> ApiResult<UuidValidationResult> {
        let _ = user_ids;
        Err(ApiError::not_implemented("validateUserUuids"))
    }

    /// Gives users new UUIDs and rewrites every protocol configuration that references them, in
    /// batches inside transactions, with a backup and rollback. Admins only.
    async fn migrate_user_uuids(
        &self,
        input: Option<MigrateUuidsInput>,
    ) -> ApiResult<UuidMigrationResult> {
        let _ = input;
        Err(ApiError::not_implemented("migrateUserUuids"))
    }
}

#[derive(Default)]
pub struct PendingSubscription;

#[Subscription]
impl PendingSubscription {
    /// Network-wide updates, about once a second. Admins see every server; operators their own.
    async fn metric_updates(&self) -> async_graphql::Result<BoxStream<'static, RealTimeMetrics>> {
        Err(ApiError::not_implemented("metricUpdates").into())
    }

    /// Live metrics, status and alerts of one server (its owner and admins).
    async fn real_time_metrics(
        &self,
        server_id: ID,
    ) -> async_graphql::Result<BoxStream<'static, ServerLiveMetrics>> {
        let _ = server_id;
        Err(ApiError::not_implemented("realTimeMetrics").into())
    }
}
