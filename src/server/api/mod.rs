//! The GraphQL resolvers: one module per noun, merged into the schema here.

pub mod accounts;
pub mod admin;
pub mod agent_tokens;
pub mod alert_deliveries;
pub mod alert_rules;
pub mod alert_types;
pub mod alerts;
pub mod analytics;
pub mod audit;
pub mod auth;
pub mod backups;
pub mod connections;
pub mod cost;
pub mod economy;
pub mod errors;
pub mod execution;
pub mod export;
pub mod maintenance;
pub mod mining;
pub mod realtime;
pub mod servers;
pub mod sessions;
pub mod tokens;
pub mod types;
pub mod users;
pub mod uuids;
pub mod withdrawals;

use std::sync::{Arc, LazyLock};

use async_graphql::{MergedObject, MergedSubscription, SDLExportOptions, Schema};

use crate::server::PlatformPolicies;
use crate::server::broker::Broker;
use crate::server::counters::ServerStats;
use crate::server::export_files::Exports;
use crate::server::store::{IN_MEMORY, Store};

use execution::Root;
use types::{Role, UserType};

pub use errors::{ApiError, ApiResult};

/// The longest id argument accepted (ids the platform makes are far shorter).
pub const MAX_ID_CHARS: usize = 64;

/// An id argument, trimmed: 1-[`MAX_ID_CHARS`] printable characters, else VAL_001 naming
/// `what`. It says nothing of whether the id exists.
pub(crate) fn checked_id<'a>(what: &str, id: &'a str) -> ApiResult<&'a str> {
    let id = id.trim();
    if id.is_empty() || id.chars().count() > MAX_ID_CHARS || id.chars().any(char::is_control) {
        return Err(ApiError::Invalid(format!(
            "{what} must be 1-{MAX_ID_CHARS} printable characters"
        )));
    }
    Ok(id)
}

/// Who is asking: set per request by the transport from the bearer token.
#[derive(Clone, Debug, Default)]
pub enum Viewer {
    #[default]
    Anonymous,
    User(Account),
    /// A server's agent, by a token that may only report for that one server (heartbeats and
    /// connection events). It is no account: everything that needs one refuses it.
    Agent(AgentIdentity),
}

/// What an agent token proves: which server it reports for.
#[derive(Clone, Debug)]
pub struct AgentIdentity {
    /// The token's own id (listed and revoked by it).
    pub token_id: String,
    pub server_id: String,
    /// The server's owner, whose account the agent's requests count against.
    pub owner_id: String,
}

#[derive(Clone, Debug)]
pub struct Account {
    pub id: String,
    pub username: String,
    pub role: Role,
    pub user_type: UserType,
}

impl Viewer {
    pub fn account(&self) -> Option<&Account> {
        match self {
            Self::Anonymous | Self::Agent(_) => None,
            Self::User(account) => Some(account),
        }
    }

    pub fn agent(&self) -> Option<&AgentIdentity> {
        match self {
            Self::Agent(agent) => Some(agent),
            Self::Anonymous | Self::User(_) => None,
        }
    }

    pub fn is_admin(&self) -> bool {
        self.account().is_some_and(|a| a.role == Role::Admin)
    }

    /// Owners and admins see a server's secrets (private keys) and may change it.
    pub fn owns(&self, owner_id: &str) -> bool {
        self.account()
            .is_some_and(|a| a.role == Role::Admin || a.id == owner_id)
    }

    /// Who may report a server's heartbeats and connection events: its owner, an admin, or
    /// an agent token issued for exactly this server.
    pub fn may_report_for(&self, server_id: &str, owner_id: &str) -> bool {
        match self {
            Self::Agent(agent) => agent.server_id == server_id,
            _ => self.owns(owner_id),
        }
    }
}

#[derive(MergedObject, Default)]
pub struct Query(
    servers::ServersQuery,
    auth::AuthQuery,
    admin::AdminQuery,
    analytics::AnalyticsQuery,
    users::UsersQuery,
    accounts::AccountsQuery,
    export::ExportQuery,
    audit::AuditQuery,
    sessions::SessionsQuery,
    agent_tokens::AgentTokensQuery,
    economy::EconomyQuery,
    withdrawals::WithdrawalsQuery,
    alert_rules::AlertRulesQuery,
    alerts::AlertsQuery,
    alert_deliveries::AlertDeliveriesQuery,
    maintenance::MaintenanceQuery,
    backups::BackupsQuery,
);

#[derive(MergedObject, Default)]
pub struct Mutation(
    auth::AuthMutation,
    servers::ServersMutation,
    mining::MiningMutation,
    realtime::RealtimeMutation,
    uuids::UuidsMutation,
    connections::ConnectionsMutation,
    sessions::SessionsMutation,
    agent_tokens::AgentTokensMutation,
    accounts::AccountsMutation,
    withdrawals::WithdrawalsMutation,
    alert_rules::AlertRulesMutation,
    alerts::AlertsMutation,
    alert_deliveries::AlertDeliveriesMutation,
    maintenance::MaintenanceMutation,
    backups::BackupsMutation,
);

#[derive(MergedSubscription, Default)]
pub struct Subscription(realtime::RealtimeSubscription, alerts::AlertsSubscription);

pub use execution::ApiSchema;

/// The cost model of this schema, built once from its SDL.
pub static COST_MODEL: LazyLock<Arc<cost::CostModel>> =
    LazyLock::new(|| Arc::new(cost::CostModel::from_sdl(&sdl()).expect("the exported SDL parses")));

/// Builds the schema over a store. Cost and depth limits (see [`cost`]) keep one request
/// from monopolising the server.
pub fn build_schema(store: Store) -> ApiSchema {
    let exports = Exports::new(
        Exports::default_dir(Some(IN_MEMORY)),
        "http://127.0.0.1".into(),
    );
    build_schema_with(
        store,
        Arc::new(ServerStats::new()),
        Broker::new(),
        exports,
        None,
        PlatformPolicies::default(),
    )
}

/// [`build_schema`] with the counters the transport keeps (reported by `systemHealth`) and the
/// broker that carries heartbeats to subscribers, the export files' directory and signer, and
/// the login lockout policy, the cap on sessions per account and the policy of new passwords.
pub fn build_schema_with(
    store: Store,
    stats: Arc<ServerStats>,
    broker: Broker,
    exports: Exports,
    backups: Option<crate::server::backup_schedule::Backups>,
    policies: PlatformPolicies,
) -> ApiSchema {
    let schema = Schema::build(
        Root::<Query>::default(),
        Root::<Mutation>::default(),
        Subscription::default(),
    )
    .data(store)
    .data(stats)
    .data(broker)
    .data(exports)
    .data(backups)
    .data(policies.lockout)
    .data(policies.sessions)
    .data(policies.passwords)
    .data(policies.rewards)
    .data(policies.emission)
    .data(policies.withdrawals)
    .data(policies.webhooks)
    .data(policies.retention)
    // No extensions: see `execution`.
    .register_output_type::<types::ErrorCode>()
    .finish();
    ApiSchema::new(schema, Arc::clone(&COST_MODEL))
}

/// The schema's SDL as published in `schema.graphql`.
pub fn sdl() -> String {
    let sdl = Schema::build(
        Root::<Query>::default(),
        Root::<Mutation>::default(),
        Subscription::default(),
    )
    .register_output_type::<types::ErrorCode>()
    .finish()
    .sdl_with_options(
        SDLExportOptions::new()
            .use_space_ident()
            .indent_width(2)
            .prefer_single_line_descriptions()
            // Introspection answers `specifiedByURL`; the published SDL says the same.
            .include_specified_by(),
    );
    format!(
        "# The VPN Mining Platform API, as the bundled server implements it.\n\
         # Generated from src/server/api/types.rs by `vpnmine api schema`; do not edit by hand.\n\n{}",
        sdl.trim_start()
    )
}

#[cfg(test)]
mod tests {
    /// `schema.graphql` is the published contract and what the client's code is generated
    /// from; it must be exactly what this server implements. `UPDATE_SCHEMA=1 cargo test`
    /// rewrites it after a deliberate change.
    #[test]
    fn schema_file_is_what_the_server_implements() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema.graphql");
        let exported = super::sdl();
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(path, &exported).expect("write schema.graphql");
        }
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == exported,
            "schema.graphql is stale: run `UPDATE_SCHEMA=1 cargo test schema_file` and review the diff"
        );
    }
}
