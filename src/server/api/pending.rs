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
}

#[derive(Default)]
pub struct PendingMutation;

#[Object]
impl PendingMutation {
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
