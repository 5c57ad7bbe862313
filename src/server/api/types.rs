//! The contract's shapes: every object, input and enum of `schema.graphql`.
//!
//! `schema.graphql` is exported from these definitions (`vpnmine api schema`), so the doc
//! comments here are the schema's descriptions. Where the platform spec contradicts itself or
//! is vague, the decision is written on the type or field it concerns.

use async_graphql::{Enum, ID, InputObject, Json, Object, SimpleObject};
use chrono::{DateTime, Utc};

pub use super::connections::Bytes;
pub use super::tokens::Tokens;
use super::tokens::float_twins;
use crate::domain::protocol::ProtocolType as DomainProtocol;

pub type Timestamp = DateTime<Utc>;

/// The VPN protocols a server can offer.
#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq, Hash)]
#[graphql(rename_items = "SCREAMING_SNAKE_CASE")]
pub enum ProtocolType {
    Vless,
    Reality,
    Wireguard,
    Openconnect,
}

impl From<DomainProtocol> for ProtocolType {
    fn from(p: DomainProtocol) -> Self {
        match p {
            DomainProtocol::Vless => Self::Vless,
            DomainProtocol::Reality => Self::Reality,
            DomainProtocol::Wireguard => Self::Wireguard,
            DomainProtocol::Openconnect => Self::Openconnect,
        }
    }
}

impl From<ProtocolType> for DomainProtocol {
    fn from(p: ProtocolType) -> Self {
        match p {
            ProtocolType::Vless => Self::Vless,
            ProtocolType::Reality => Self::Reality,
            ProtocolType::Wireguard => Self::Wireguard,
            ProtocolType::Openconnect => Self::Openconnect,
        }
    }
}

/// Orderings of `serversByProtocol`.
#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
pub enum SortType {
    /// By location, then host name.
    Location,
    /// Most active connections first.
    Connections,
    /// Highest performance score first.
    Performance,
}

/// Where a server stands, derived from its last heartbeat and its operator's settings.
#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum ServerStatus {
    /// Heartbeat within the last 5 minutes and healthy resource usage.
    Online,
    /// Heartbeat within the last 5 minutes but CPU or memory above 90%.
    Degraded,
    /// No heartbeat for more than 5 minutes.
    Offline,
    /// Taken out of service by its operator.
    Maintenance,
    /// Retired for good (`decommissionServer`): kept with its history, takes no heartbeats,
    /// claims or mining. Listings hide it unless filtered by this status.
    Decommissioned,
}

/// The state of one protocol endpoint on a server.
#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
pub enum ProtocolStatus {
    Active,
    Disabled,
    /// Enabled, but its stored configuration no longer validates.
    Error,
}

#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
pub enum SortDirection {
    Asc,
    Desc,
}

/// Fields `miningServers` can be sorted by.
#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
pub enum ServerSortField {
    HostName,
    Location,
    Connections,
    Performance,
    TokenBalance,
    MiningRate,
}

#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
pub enum ExportFormat {
    Csv,
    Json,
}

/// The spec's export options. `exportDetailedStats` exports all of them unless told otherwise.
#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
pub enum ExportKind {
    ServerStatistics,
    UserActivity,
    ProtocolPerformance,
    TokenTransactions,
    /// Every ledger entry of the accounts in scope (an operator's: their own account), with
    /// the account's running balance and held amount after it. Amounts are exact decimals.
    Ledger,
    /// Withdrawal requests (an operator's: their own): amount, fee, net, destination, state.
    Withdrawals,
    AuditLog,
    /// Alerts firing at some time in the window (the alert history): rule, server, severity,
    /// state, the value that fired it and the last one, summary, times, silenced, ack.
    /// Operators: their servers' alerts and their own rules'.
    Alerts,
}

/// The spec's rate-limit classes (RateLimitConfig.userType).
#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
pub enum UserType {
    Free,
    Premium,
    Admin,
}

/// What an account may do. Operators own servers; admins see and manage the whole network.
#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq, PartialOrd, Ord)]
pub enum Role {
    User,
    Operator,
    Admin,
}

#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
pub enum HealthStatus {
    Healthy,
    Degraded,
    Unhealthy,
}

#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
pub enum CertificateStatus {
    Valid,
    Expiring,
    Expired,
}

#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

/// Bucket width of `serverMetrics`. Omitted, the server picks one giving at most ~500 points.
#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
pub enum MetricInterval {
    Minute,
    FiveMinutes,
    Hour,
    Day,
}

#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
pub enum MetricType {
    Cpu,
    Memory,
    Network,
    Connections,
    Latency,
    Custom,
}

/// The validation rule that refused a claim (`MiningRewardResult.refusedBy`).
#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
pub enum ClaimRule {
    /// Less than the minimum claimable amount has accrued.
    Threshold,
    /// The last claim was too recent.
    Cooldown,
    /// Uptime over the accrual period is below the requirement.
    Performance,
    /// No enabled protocol, or an enabled protocol whose configuration does not validate.
    Protocol,
    /// Users' average feedback score is below the requirement.
    Feedback,
    /// The platform's daily emission budget has less left than the claim would pay; retry
    /// at `retryAt`, the next UTC midnight.
    Budget,
}

#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
pub enum ActivationStatus {
    Applied,
    Unchanged,
}

#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
pub enum MigrationStatus {
    /// Dry run: this is what would happen.
    Planned,
    Migrated,
    Failed,
    RolledBack,
    /// `restoreUserUuids` only: the user already holds the UUID to restore; nothing to do.
    Unchanged,
}

/// The codes carried in `errors[].extensions.code`. Every error the API returns has one.
#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
#[graphql(rename_items = "SCREAMING_SNAKE_CASE")]
pub enum ErrorCode {
    /// AUTHENTICATION_FAILED: missing, expired or revoked token, bad credentials, or a role that may not do this.
    #[graphql(name = "AUTH_001")]
    Auth001,
    /// INVALID_INPUT: an argument failed validation; the message names it.
    #[graphql(name = "VAL_001")]
    Val001,
    /// SERVER_ERROR: the platform failed; retrying later may help.
    #[graphql(name = "SRV_001")]
    Srv001,
    /// RESOURCE_NOT_FOUND: the server, user or export does not exist (or is not visible to you).
    #[graphql(name = "RSC_001")]
    Rsc001,
    /// RATE_LIMIT_EXCEEDED: too many requests for your user type; `extensions.retryAfter` gives seconds.
    #[graphql(name = "RTE_001")]
    Rte001,
}

// ---------------------------------------------------------------- servers

/// A mining-enabled VPN server.
///
/// Decision: the spec shows two shapes (flat `tokenBalance`/`miningEnabled`/`miningRate` and a
/// nested `mining { enabled rate rewards }`); both are kept, the nested one adding unclaimed rewards.
#[derive(SimpleObject, Clone, Debug)]
#[graphql(complex)]
pub struct MiningServerView {
    pub id: ID,
    pub host_name: String,
    pub public_ip: String,
    /// Region, e.g. "eu-west" or "ap-south".
    pub location: String,
    pub status: ServerStatus,
    /// The operator who owns the server.
    pub owner_id: ID,
    pub protocols: Vec<MiningServerProtocolView>,
    /// Latest heartbeat; null when the server never reported.
    pub metrics: Option<ServerMetrics>,
    /// Active connections at the latest heartbeat.
    pub active_connections: i32,
    /// Tokens paid out to this server's operator for it: the sum of its claim ledger entries.
    pub token_balance_exact: Tokens,
    pub mining_enabled: bool,
    /// Tokens per hour at the current performance.
    pub mining_rate: f64,
    /// 0-100, from uptime, latency and load over the last 24 hours.
    pub performance_score: f64,
    pub mining: MiningInfo,
    /// The most concurrent connections the operator offers.
    pub capacity: i32,
    /// When the server was decommissioned; null while in service.
    pub decommissioned_at: Option<Timestamp>,
}

float_twins!(MiningServerView {
    token_balance: token_balance_exact
});

/// Mining state of a server (nested form of the spec's paginated query).
#[derive(SimpleObject, Clone, Debug)]
#[graphql(complex)]
pub struct MiningInfo {
    pub enabled: bool,
    /// Tokens per hour at the current performance.
    pub rate: f64,
    /// Accrued and not yet claimed.
    pub rewards_exact: Tokens,
    pub last_claim_at: Option<Timestamp>,
}

float_twins!(MiningInfo {
    rewards: rewards_exact
});

/// Latest reported metrics of a server.
///
/// Decision: `lastHeartbeat` is a DateTime (RFC 3339) rather than the spec's free String.
#[derive(SimpleObject, Clone, Debug)]
pub struct ServerMetrics {
    /// Percent, 0-100.
    pub cpu_usage: f64,
    /// Percent, 0-100.
    pub memory_usage: f64,
    /// Throughput in Mbit/s (in + out).
    pub network_speed: f64,
    pub active_connections: i32,
    /// Average round-trip latency to the server, in milliseconds.
    pub latency_ms: f64,
    pub last_heartbeat: Timestamp,
}

// One protocol endpoint of a server (the schema's description is on its `#[Object]` impl).
// Its configuration is parsed, checked and redacted only when the answer asks for a field that
// needs it: a page of servers usually asks for type, port and enabled only, and parsing every
// endpoint's JSON was a large part of such a page.
#[derive(Clone, Debug)]
pub struct MiningServerProtocolView {
    pub id: ID,
    pub protocol_type: ProtocolType,
    pub port: i32,
    pub enabled: bool,
    pub connections: i32,
    /// The stored configuration, as JSON text.
    pub config: String,
    /// Whether the viewer may see the configuration's secrets.
    pub show_secrets: bool,
    /// The configuration parsed, once, for whichever of its fields the answer asks.
    parsed: std::sync::OnceLock<serde_json::Value>,
}

impl MiningServerProtocolView {
    pub fn new(
        id: ID,
        protocol_type: ProtocolType,
        port: i32,
        enabled: bool,
        connections: i32,
        config: String,
        show_secrets: bool,
    ) -> Self {
        Self {
            id,
            protocol_type,
            port,
            enabled,
            connections,
            config,
            show_secrets,
            parsed: Default::default(),
        }
    }

    /// The stored configuration (`Null` when it is not JSON).
    fn parsed_config(&self) -> &serde_json::Value {
        self.parsed
            .get_or_init(|| serde_json::from_str(&self.config).unwrap_or_default())
    }
}

/// One protocol endpoint of a server.
#[Object]
impl MiningServerProtocolView {
    async fn id(&self) -> &ID {
        &self.id
    }

    #[graphql(name = "type")]
    async fn protocol_type(&self) -> ProtocolType {
        self.protocol_type
    }

    async fn port(&self) -> i32 {
        self.port
    }

    async fn enabled(&self) -> bool {
        self.enabled
    }

    async fn status(&self) -> ProtocolStatus {
        if !self.enabled {
            return ProtocolStatus::Disabled;
        }
        let config = self.parsed_config();
        match crate::domain::validate::validate_protocol_config(
            self.protocol_type.into(),
            i64::from(self.port),
            config,
        ) {
            Ok(_) => ProtocolStatus::Active,
            Err(_) => ProtocolStatus::Error,
        }
    }

    /// Active connections through this protocol at the latest heartbeat.
    async fn connections(&self) -> i32 {
        self.connections
    }

    /// Protocol-specific configuration as JSON text. Secrets (private keys) are shown only to
    /// the server's owner and admins; others see them replaced by "<redacted>".
    async fn config_string(&self) -> String {
        let mut config = self.parsed_config().clone();
        if !self.show_secrets {
            crate::domain::client_config::redact(&mut config);
        }
        config.to_string()
    }

    /// Public key for REALITY and WireGuard, derived from the configuration.
    async fn public_key(&self) -> Option<String> {
        crate::domain::client_config::public_key(self.protocol_type.into(), self.parsed_config())
    }
}

#[derive(SimpleObject, Clone, Debug)]
pub struct PageInfo {
    pub total_items: i32,
    pub total_pages: i32,
    /// 1-based.
    pub current_page: i32,
    pub page_size: i32,
    pub has_next: bool,
    pub has_previous: bool,
}

/// A page of servers.
///
/// Decision: the spec shows `miningServers` both as a plain list and as a filtered, paginated
/// query; this schema keeps the paginated shape (items + pageInfo). `miningServersByProtocol`
/// remains the plain list for one protocol.
#[derive(SimpleObject, Clone, Debug)]
pub struct MiningServerPage {
    pub items: Vec<MiningServerView>,
    pub page_info: PageInfo,
}

/// Filters of `miningServers`; all given filters must match.
#[derive(InputObject, Clone, Debug, Default)]
pub struct ServerFilters {
    /// Servers offering this protocol (enabled).
    pub protocol: Option<ProtocolType>,
    /// Exact region, case-insensitive.
    pub location: Option<String>,
    pub status: Option<ServerStatus>,
    pub mining_enabled: Option<bool>,
    /// Substring of the host name, case-insensitive.
    pub search: Option<String>,
    /// Only servers owned by this operator.
    pub owner_id: Option<ID>,
}

#[derive(InputObject, Clone, Debug)]
pub struct SortInput {
    pub field: ServerSortField,
    #[graphql(default_with = "SortDirection::Asc")]
    pub direction: SortDirection,
}

/// Page selection. Pages are 1-based; `size` is 1-500.
#[derive(InputObject, Clone, Debug)]
pub struct PaginationInput {
    #[graphql(default = 1)]
    pub page: i32,
    #[graphql(default = 20)]
    pub size: i32,
    pub sort: Option<SortInput>,
}

/// A time window. `from` must precede `to`.
#[derive(InputObject, Clone, Debug)]
pub struct TimeRangeInput {
    pub from: Timestamp,
    pub to: Timestamp,
    pub interval: Option<MetricInterval>,
}

/// One bucket of `serverMetrics`: averages over [timestamp, timestamp + interval).
#[derive(SimpleObject, Clone, Debug)]
pub struct ServerMetricsPoint {
    pub timestamp: Timestamp,
    pub metrics: MetricsSnapshot,
    /// Average heartbeat latency in the bucket, in milliseconds.
    pub latency_ms: f64,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct MetricsSnapshot {
    pub cpu: CpuMetrics,
    pub memory: MemoryMetrics,
    pub network: NetworkMetrics,
    pub mining: MiningMetrics,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct CpuMetrics {
    /// Percent, 0-100.
    pub usage: f64,
    /// Degrees Celsius, when the agent reports it.
    pub temperature: Option<f64>,
    pub processes: Option<i32>,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct MemoryMetrics {
    /// Percent used, 0-100.
    pub used: f64,
    /// Percent available, 0-100.
    pub available: f64,
    /// Percent of swap used, when reported.
    pub swap: Option<f64>,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct NetworkMetrics {
    /// Mbit/s.
    pub incoming: f64,
    /// Mbit/s.
    pub outgoing: f64,
    pub connections: i32,
}

/// Decision: a VPN mining server has no hash function; `hashrate` is the accrual rate in
/// tokens per hour, `efficiency` the reward multiplier (0-1.5) and `rewards` the tokens accrued
/// in the bucket.
#[derive(SimpleObject, Clone, Debug)]
pub struct MiningMetrics {
    pub hashrate: f64,
    pub efficiency: f64,
    pub rewards: f64,
}

/// Input of `updateMiningServerProtocol`. The configuration is validated per protocol:
/// VLESS client ids are UUIDs; REALITY keys are x25519 keys in unpadded base64url (43 chars),
/// shortIds even-length hex of at most 16 chars, serverNames non-empty; WireGuard keys are
/// 44-char padded base64; ports 1-65535 and unique per server.
#[derive(InputObject, Clone, Debug)]
pub struct MiningServerProtocolInput {
    pub server_id: ID,
    #[graphql(name = "type")]
    pub protocol_type: ProtocolType,
    pub port: i32,
    pub enabled: bool,
    /// Protocol-specific configuration (JSON object). Omitted, the stored one is kept.
    pub config: Option<Json<serde_json::Value>>,
}

/// Input of `updateServerConfiguration`; omitted fields are unchanged.
#[derive(InputObject, Clone, Debug)]
pub struct ServerConfigInput {
    pub server_id: ID,
    pub host_name: Option<String>,
    pub public_ip: Option<String>,
    pub location: Option<String>,
    /// true takes the server out of service (status MAINTENANCE); false returns it.
    pub maintenance: Option<bool>,
    /// Free-form settings merged into the stored ones (a null value removes a key).
    pub settings: Option<Json<serde_json::Value>>,
}

/// Input of `registerServer`.
#[derive(InputObject, Clone, Debug)]
pub struct RegisterServerInput {
    /// The server's DNS name, unique on the platform (stored lowercase).
    pub host_name: String,
    /// IPv4 or IPv6 address clients connect to.
    pub public_ip: String,
    /// Region, e.g. "eu-west" (1-64 characters, stored lowercase).
    pub location: String,
    /// The most concurrent connections offered, 1-1000000.
    pub capacity: i32,
    /// The owning account: an active OPERATOR or ADMIN. Omitted: the caller. Only admins may
    /// name another account.
    pub owner_id: Option<ID>,
}

/// Input of `updateServer`; omitted fields are unchanged, at least one must be given.
#[derive(InputObject, Clone, Debug)]
pub struct UpdateServerInput {
    pub server_id: ID,
    pub host_name: Option<String>,
    pub public_ip: Option<String>,
    pub location: Option<String>,
    pub capacity: Option<i32>,
}

/// What `clientConfig` returns.
#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
pub enum ClientConfigFormat {
    /// A `vless://` share link (VLESS, REALITY), as V2RayN, v2rayNG, Nekobox and Streisand import.
    ShareLink,
    /// A wg-quick configuration file (WireGuard).
    WireguardConfig,
}

/// A user's client configuration for one endpoint of a server.
#[derive(SimpleObject, Clone, Debug)]
pub struct ClientConfigView {
    pub server_id: ID,
    pub user_id: ID,
    #[graphql(name = "type")]
    pub protocol_type: ProtocolType,
    pub format: ClientConfigFormat,
    /// The share link, or the WireGuard config. Decision: a WireGuard config carries the
    /// placeholders `<client-private-key>` and `<client-address, ...>`: the client's key is
    /// generated on the client (`servers protocol link --generate-key`), never by the server,
    /// and the operator adds its public key as a peer with the address it assigns.
    pub content: String,
    /// Whether the endpoint's `clients` list has the user's VPN UUID (the link connects only
    /// then); null for protocols without a client list (WireGuard).
    pub client_listed: Option<bool>,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct ServerConfigResult {
    pub success: bool,
    pub server: ServerConfigView,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct ServerConfigView {
    pub id: ID,
    pub configuration: ServerConfiguration,
    pub status: ServerStatus,
    pub message: String,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct ServerConfiguration {
    /// Enabled protocols and their ports: {"VLESS": 443, ...}.
    pub protocols: Json<serde_json::Value>,
    /// Mining settings: enabled, rate multiplier, thresholds.
    pub mining: Json<serde_json::Value>,
    /// The free-form settings.
    pub security: Json<serde_json::Value>,
}

// ---------------------------------------------------------------- mining

/// A mining activity: the period during which a server accrues rewards.
#[derive(SimpleObject, Clone, Debug)]
#[graphql(complex)]
pub struct MiningActivityView {
    pub id: ID,
    pub server: MiningServerView,
    pub start_time: Timestamp,
    /// When the activity was stopped; null while it runs.
    pub end_time: Option<Timestamp>,
    pub is_active: bool,
    /// Accrued since the last claim, not yet claimed.
    pub current_reward_exact: Tokens,
}

float_twins!(MiningActivityView {
    current_reward: current_reward_exact
});

/// Result of a claim. A claim refused by a validation rule is not an error: `success` is false,
/// `refusedBy` names the rule and `message` explains it. Errors (AUTH_001, RSC_001) are for
/// claims that cannot be considered at all.
#[derive(SimpleObject, Clone, Debug)]
#[graphql(complex)]
pub struct MiningRewardResult {
    pub success: bool,
    pub amount_exact: Tokens,
    /// The server's token balance after this claim.
    pub new_balance_exact: Tokens,
    pub message: String,
    pub refused_by: Option<ClaimRule>,
    /// When a claim refused for cooldown or the daily budget may be retried.
    pub retry_at: Option<Timestamp>,
    /// The ledger entry of a paid claim. A retried request with the same idempotency key
    /// returns the same claim and pays nothing more.
    pub claim_id: Option<ID>,
}

float_twins!(MiningRewardResult {
    amount: amount_exact,
    new_balance: new_balance_exact
});

/// Input of `configureMiningSettings`; omitted fields are unchanged.
#[derive(InputObject, Clone, Debug)]
pub struct MiningConfigInput {
    pub server_id: ID,
    pub enabled: Option<bool>,
    /// Operator's rate multiplier, 0.1-2.0 (the formula's result is scaled by it, capped by performance).
    pub rate: Option<f64>,
    /// Minimum amount for a claim; at least the platform minimum.
    pub minimum_claim: Option<f64>,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct MiningConfigResult {
    pub success: bool,
    pub settings: MiningSettings,
    pub activation: MiningActivation,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct MiningSettings {
    pub enabled: bool,
    pub rate: f64,
    pub thresholds: MiningThresholds,
    pub rewards: MiningRewards,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct MiningThresholds {
    pub minimum_claim: f64,
    pub cooldown_hours: f64,
    /// Fraction 0-1.
    pub min_uptime: f64,
    /// 1-5.
    pub min_feedback_score: f64,
}

#[derive(SimpleObject, Clone, Debug)]
#[graphql(complex)]
pub struct MiningRewards {
    pub accrued_exact: Tokens,
    pub total_claimed_exact: Tokens,
    pub last_claim_at: Option<Timestamp>,
}

float_twins!(MiningRewards {
    accrued: accrued_exact,
    total_claimed: total_claimed_exact
});

#[derive(SimpleObject, Clone, Debug)]
pub struct MiningActivation {
    pub status: ActivationStatus,
    pub timestamp: Timestamp,
    pub message: String,
}

// ---------------------------------------------------------------- analytics

#[derive(SimpleObject, Clone, Debug)]
#[graphql(complex)]
pub struct NetworkAnalytics {
    pub from: Timestamp,
    pub to: Timestamp,
    /// Sessions open at `to`.
    pub total_active_connections: i32,
    /// Distinct users with a session overlapping the window.
    pub total_users: i32,
    /// Servers that reported in the window.
    pub total_servers: i32,
    /// Gigabytes transferred by sessions started in the window.
    pub total_data_transferred: f64,
    /// Active connections per reporting server (0 when no server reported).
    pub connections_per_server: f64,
    /// Gigabytes per reporting server (0 when no server reported).
    pub data_per_server: f64,
    /// Decision: the 10 servers with the lowest average latency in the window among those
    /// that reported in it and whose average CPU and memory both stayed within the reward
    /// formula's healthy band (at most 80%); ties go to the lower server id.
    pub top_performing_servers: Vec<ServerPerformanceSummary>,
}

/// One bucket of `NetworkAnalytics.timeline`: every server's samples in
/// [timestamp, timestamp + interval), averaged.
#[derive(SimpleObject, Clone, Debug)]
pub struct NetworkMetricsPoint {
    pub timestamp: Timestamp,
    /// Servers that sent a sample in the bucket.
    pub reporting_servers: i32,
    /// Percent, 0-100.
    pub average_cpu_usage: f64,
    /// Percent, 0-100.
    pub average_memory_usage: f64,
    /// Mbit/s, in + out, per reporting server.
    pub average_network_speed: f64,
    /// Active connections per reporting server.
    pub average_connections: f64,
    /// Milliseconds.
    pub average_latency_ms: f64,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct ServerPerformanceSummary {
    pub server_id: ID,
    pub server_name: String,
    pub average_cpu_usage: f64,
    pub average_memory_usage: f64,
    /// Mbit/s, in + out.
    pub average_network_speed: f64,
    /// Milliseconds: what `topPerformingServers` is ranked by.
    pub average_latency_ms: f64,
}

/// A VPN session of a user.
#[derive(SimpleObject, Clone, Debug)]
pub struct ConnectionSession {
    pub id: ID,
    pub server_id: ID,
    pub server_name: String,
    pub protocol: ProtocolType,
    pub connection_start: Timestamp,
    /// Null while the session is open.
    pub connection_end: Option<Timestamp>,
    /// Gigabytes.
    pub data_transferred: f64,
    /// Mbit/s.
    pub network_speed: f64,
    pub average_latency: f64,
    /// Bytes into the server from the user, as its agent counted them; null for sessions
    /// recorded without counts (open ones, imported history).
    pub bytes_in: Option<Bytes>,
    /// Bytes from the server to the user; null like `bytesIn`.
    pub bytes_out: Option<Bytes>,
    /// The user's 1-5 rating, once given.
    pub rating: Option<i32>,
    pub rating_comment: Option<String>,
}

/// Decision: `myConnectionStats` is paginated like `miningServers`, newest session first.
#[derive(SimpleObject, Clone, Debug)]
pub struct ConnectionStatsPage {
    pub items: Vec<ConnectionSession>,
    pub page_info: PageInfo,
    /// Gigabytes over the whole window, not only this page.
    pub total_data_transferred: f64,
    /// Seconds.
    pub average_session_duration: f64,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct ConnectionDashboard {
    pub current_connection: Option<ConnectionSession>,
    pub recent_connections: Vec<ConnectionSession>,
    pub total_data_transferred: f64,
    pub average_metrics: AverageConnectionMetrics,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct AverageConnectionMetrics {
    /// Mbit/s.
    pub average_upload_speed: f64,
    /// Mbit/s.
    pub average_download_speed: f64,
    /// Mbit/s.
    pub average_network_speed: f64,
    /// Milliseconds.
    pub average_response_time: f64,
    /// Milliseconds.
    pub average_latency: f64,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct UserDashboard {
    pub user: UserView,
    pub current_session: Option<UserSession>,
    pub statistics: UserStatistics,
    pub mining: UserMiningSummary,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct UserSession {
    pub id: ID,
    /// Host name of the server.
    pub server: String,
    pub protocol: ProtocolType,
    pub start_time: Timestamp,
    pub data_transferred: f64,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct UserStatistics {
    pub total_sessions: i32,
    pub total_data_transferred: f64,
    /// Seconds.
    pub average_session_duration: f64,
    /// Host names of the user's most used servers, most used first.
    pub preferred_servers: Vec<String>,
}

/// Mining figures of the servers the user operates (zeros for plain users).
#[derive(SimpleObject, Clone, Debug)]
#[graphql(complex)]
pub struct UserMiningSummary {
    pub active_servers: i32,
    pub total_rewards_exact: Tokens,
    pub pending_rewards_exact: Tokens,
    /// Average reward multiplier of the user's servers, 0-1.5.
    pub mining_efficiency: f64,
}

float_twins!(UserMiningSummary {
    total_rewards: total_rewards_exact,
    pending_rewards: pending_rewards_exact
});

#[derive(SimpleObject, Clone, Debug)]
pub struct UserView {
    pub id: ID,
    pub username: String,
    pub role: Role,
    pub user_type: UserType,
}

// ---------------------------------------------------------------- admin

#[derive(SimpleObject, Clone, Debug)]
pub struct AdminDashboard {
    pub network_overview: NetworkOverview,
    pub top_servers: Vec<TopServer>,
    pub top_users: Vec<TopUser>,
    pub token_metrics: TokenMetrics,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct NetworkOverview {
    pub total_active_connections: i32,
    pub total_servers: i32,
    pub active_servers: i32,
    /// Gigabytes, all time.
    pub total_data_transferred: f64,
    /// Average of the servers' network use, percent of capacity.
    pub average_network_utilization: f64,
    /// {"eu-west": 120, ...}: active connections by region.
    pub connections_by_region: Json<serde_json::Value>,
}

#[derive(SimpleObject, Clone, Debug)]
#[graphql(complex)]
pub struct TopServer {
    pub server_id: ID,
    pub server_name: String,
    pub location: String,
    pub active_connections: i32,
    pub cpu_usage: f64,
    pub memory_usage: f64,
    pub network_utilization: f64,
    pub token_earnings_exact: Tokens,
}

float_twins!(TopServer {
    token_earnings: token_earnings_exact
});

#[derive(SimpleObject, Clone, Debug)]
#[graphql(complex)]
pub struct TopUser {
    pub user_id: ID,
    pub username: String,
    pub active_connections: i32,
    pub data_transferred: f64,
    pub tokens_spent_exact: Tokens,
    pub last_active: Option<Timestamp>,
}

float_twins!(TopUser {
    tokens_spent: tokens_spent_exact
});

#[derive(SimpleObject, Clone, Debug)]
#[graphql(complex)]
pub struct TokenMetrics {
    /// The sum of every account's balance (the platform's fee account included): the token
    /// economy's `circulating`.
    pub total_tokens_in_circulation_exact: Tokens,
    pub total_tokens_earned_exact: Tokens,
    pub total_tokens_spent_exact: Tokens,
    pub average_daily_volume_exact: Tokens,
    /// One entry per day, oldest first.
    pub recent_activity: Vec<TokenActivity>,
    /// The token economy statistics: the `tokenEconomy` query's answer.
    pub token_economy: super::economy::TokenEconomy,
}

float_twins!(TokenMetrics {
    total_tokens_in_circulation: total_tokens_in_circulation_exact,
    total_tokens_earned: total_tokens_earned_exact,
    total_tokens_spent: total_tokens_spent_exact,
    average_daily_volume: average_daily_volume_exact
});

#[derive(SimpleObject, Clone, Debug)]
#[graphql(complex)]
pub struct TokenActivity {
    pub timestamp: Timestamp,
    pub earned_exact: Tokens,
    pub spent_exact: Tokens,
}

float_twins!(TokenActivity {
    earned: earned_exact,
    spent: spent_exact
});

#[derive(SimpleObject, Clone, Debug)]
pub struct SystemHealth {
    pub status: HealthStatus,
    pub components: Vec<ComponentHealth>,
    pub metrics: HealthMetrics,
    pub last_update: Timestamp,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct ComponentHealth {
    pub name: String,
    pub status: HealthStatus,
    pub message: Option<String>,
    pub last_check: Timestamp,
    pub metrics: Option<Json<serde_json::Value>>,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct HealthMetrics {
    pub uptime_seconds: f64,
    pub requests_total: f64,
    pub errors_total: f64,
    pub active_subscriptions: i32,
    /// Bytes.
    pub database_size: f64,
    /// Bytes free on the database's file system.
    pub disk_free: f64,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct SecurityMetrics {
    pub from: Timestamp,
    pub to: Timestamp,
    pub authentication_attempts: i32,
    /// Failed logins, those refused by a lockout included.
    pub failed_attempts: i32,
    /// Logins refused without a password check because their username was locked.
    pub locked_attempts: i32,
    /// Lockouts imposed in the window (a username locked after repeated failures).
    pub lockouts: i32,
    /// Usernames locked now, whatever the window (existing accounts or not).
    pub locked_accounts: i32,
    /// Unexpired, unrevoked access tokens now.
    pub active_tokens: i32,
    /// Always VALID on the bundled server: it holds no TLS certificate that could expire, because
    /// it serves plain HTTP (on loopback by default).
    pub certificate_status: CertificateStatus,
    pub security_incidents: Vec<SecurityIncident>,
    pub protocol_vulnerabilities: Vec<ProtocolVulnerability>,
}

/// One audited mutation (see `auditLog`).
#[derive(SimpleObject, Clone, Debug)]
pub struct AuditEntry {
    pub id: ID,
    pub timestamp: Timestamp,
    /// The account that made it; null for an anonymous caller.
    pub user_id: Option<ID>,
    pub username: Option<String>,
    /// The root mutation field, e.g. "claimMiningRewards".
    pub operation: String,
    /// The values of its `ID` arguments (serverId, userIds, ...), at most 20 of at most 64
    /// characters. No other argument is recorded, so no secret is.
    pub target_ids: Vec<String>,
    /// The request id (`X-Request-Id`) it was made in, when known.
    pub request_id: Option<String>,
    /// "OK", or the error code it failed with (AUTH_001, VAL_001, ...).
    pub result: String,
}

/// A page of the audit log, newest first.
#[derive(SimpleObject, Clone, Debug)]
pub struct AuditLogPage {
    pub items: Vec<AuditEntry>,
    pub page_info: PageInfo,
}

/// Which audit rows `auditLog` returns; all given filters must match.
#[derive(InputObject, Clone, Debug, Default)]
pub struct AuditLogFilter {
    /// Rows at or after this time.
    pub from: Option<Timestamp>,
    /// Rows at or before this time.
    pub to: Option<Timestamp>,
    /// An account id or a username (up to 64 characters).
    pub user: Option<String>,
    /// A root mutation field name, e.g. "startMining" (up to 64 characters).
    pub operation: Option<String>,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct SecurityIncident {
    pub kind: String,
    pub severity: Severity,
    pub message: String,
    pub timestamp: Timestamp,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct ProtocolVulnerability {
    pub server_id: ID,
    pub protocol: ProtocolType,
    pub issue: String,
    pub severity: Severity,
}

/// A generated export. Decision: `size` is a Float because GraphQL's Int is 32-bit.
#[derive(SimpleObject, Clone, Debug)]
pub struct ExportResult {
    /// Signed download URL, valid until `expiresAt`.
    pub url: String,
    pub expires_at: Timestamp,
    pub format: ExportFormat,
    /// Bytes.
    pub size: f64,
    /// Hex SHA-256 of the file, for verifying the download.
    pub sha256: String,
    pub row_count: i32,
}

/// An export being written (`streamDetailedStats`): its size, checksum and rows come with
/// the complete file, from its URL.
#[derive(SimpleObject, Clone, Debug)]
pub struct ExportStream {
    /// Signed download URL of the file as it is written, valid until `expiresAt`.
    pub url: String,
    pub expires_at: Timestamp,
    pub format: ExportFormat,
}

// ---------------------------------------------------------------- uuids

#[derive(SimpleObject, Clone, Debug)]
pub struct UuidValidationResult {
    /// True when no invalid entry was found.
    pub success: bool,
    pub validated_count: i32,
    pub invalid_entries: Vec<InvalidUuidEntry>,
    pub recommendations: Vec<UuidRecommendation>,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct InvalidUuidEntry {
    /// Null for a configuration entry that references no user.
    pub user_id: Option<ID>,
    pub uuid: String,
    pub reason: String,
    /// The server whose configuration holds the entry, when it comes from one.
    pub server_id: Option<ID>,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct UuidRecommendation {
    pub action: String,
    pub affected: i32,
}

/// Input of `migrateUserUuids`. Decision: all fields are optional so that the spec's
/// argument-less call still works (migrate everyone).
#[derive(InputObject, Clone, Debug, Default)]
pub struct MigrateUuidsInput {
    /// Only these users; omitted, every user.
    pub user_ids: Option<Vec<ID>>,
    /// Report what would change without changing anything.
    #[graphql(default)]
    pub dry_run: bool,
    /// Users per transaction, 1-10000.
    #[graphql(default = 500)]
    pub batch_size: i32,
}

/// One user of `restoreUserUuids`: a row of a migration's report, read backwards.
#[derive(InputObject, Clone, Debug)]
pub struct UuidRestoreInput {
    pub user_id: ID,
    /// The UUID the user holds now (the report's `newUuid`). A user holding any other is left
    /// alone (FAILED): someone changed it after the migration.
    pub current_uuid: String,
    /// The UUID to give back (the report's `oldUuid`).
    pub restore_uuid: String,
}

/// Input of `restoreUserUuids`.
#[derive(InputObject, Clone, Debug)]
pub struct RestoreUuidsInput {
    /// 1-10000 users, each once.
    pub users: Vec<UuidRestoreInput>,
    /// Report what would change without changing anything.
    #[graphql(default)]
    pub dry_run: bool,
    /// Users per transaction, 1-10000.
    #[graphql(default = 500)]
    pub batch_size: i32,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct UuidMigrationResult {
    pub success: bool,
    pub dry_run: bool,
    pub migrated_count: i32,
    pub errors: Vec<MigrationError>,
    pub details: Vec<MigrationDetail>,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct MigrationError {
    pub user_id: ID,
    pub reason: String,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct MigrationDetail {
    pub user_id: ID,
    pub old_uuid: String,
    pub new_uuid: String,
    pub status: MigrationStatus,
}

// ---------------------------------------------------------------- auth

/// Decision: tokens are opaque random bearer tokens (stored hashed), not JWTs, so that
/// revocation is immediate.
#[derive(SimpleObject, Clone, Debug)]
pub struct AuthPayload {
    pub access_token: String,
    pub refresh_token: String,
    /// Seconds until the access token expires.
    pub expires_in: i32,
    /// Always "Bearer".
    pub token_type: String,
    pub scope: Vec<String>,
    pub user: UserView,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct RevokeResult {
    pub success: bool,
    pub message: String,
}

// ---------------------------------------------------------------- real time

/// One network-wide update of `metricUpdates`.
#[derive(SimpleObject, Clone, Debug)]
pub struct RealTimeMetrics {
    pub timestamp: Timestamp,
    pub active_connections: i32,
    pub server_metrics: Vec<ServerMetricsUpdate>,
    pub network_metrics: NetworkMetricsUpdate,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct ServerMetricsUpdate {
    pub server_id: ID,
    pub cpu_usage: f64,
    pub memory_usage: f64,
    pub network_speed: f64,
    /// Users connected to the server (the spec's name).
    pub active_miners: i32,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct NetworkMetricsUpdate {
    /// Mbit/s.
    pub total_bandwidth: f64,
    pub average_latency: f64,
    pub total_active_users: i32,
    pub connections_by_region: Json<serde_json::Value>,
    /// Tokens per hour accruing network-wide.
    pub current_token_rate: f64,
}

/// One update of `realTimeMetrics(serverId)`.
#[derive(SimpleObject, Clone, Debug)]
pub struct ServerLiveMetrics {
    pub server_id: ID,
    pub timestamp: Timestamp,
    pub metrics: Vec<LiveMetric>,
    pub status: LiveStatus,
    pub alerts: Vec<LiveAlert>,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct LiveMetric {
    #[graphql(name = "type")]
    pub metric_type: MetricType,
    /// Metric name; for CUSTOM metrics the agent's name.
    pub name: String,
    pub value: f64,
    pub unit: String,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct LiveStatus {
    pub code: ServerStatus,
    pub message: String,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct LiveAlert {
    pub severity: Severity,
    pub message: String,
    pub timestamp: Timestamp,
}

// ---------------------------------------------------------------- agents

/// The spec's CustomMetricInput: an extra, agent-defined measurement.
#[derive(InputObject, Clone, Debug)]
pub struct CustomMetricInput {
    /// 1-64 characters of letters, digits, '_', '-' and '.'.
    pub name: String,
    pub value: f64,
    /// When it was measured; must not be more than 5 minutes in the future.
    pub timestamp: Timestamp,
    pub labels: Option<Json<serde_json::Value>>,
}

/// One heartbeat of a server's agent (`vpnmine agent`, or the demo simulator).
#[derive(InputObject, Clone, Debug)]
pub struct HeartbeatInput {
    pub server_id: ID,
    /// Percent, 0-100.
    pub cpu_usage: f64,
    /// Percent, 0-100.
    pub memory_usage: f64,
    /// Mbit/s received.
    pub network_in: f64,
    /// Mbit/s sent.
    pub network_out: f64,
    pub active_connections: i32,
    /// Milliseconds.
    pub latency_ms: f64,
    /// Failed connections / all connections since the last heartbeat, 0-1.
    #[graphql(default)]
    pub error_rate: f64,
    /// At most 32.
    pub custom: Option<Vec<CustomMetricInput>>,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct HeartbeatResult {
    pub server_id: ID,
    pub received_at: Timestamp,
    pub status: ServerStatus,
    /// 0-100 from this heartbeat's latency, errors and load.
    pub performance_score: f64,
    /// Tokens per hour the server accrues at this performance (0 when not mining).
    pub mining_rate: f64,
}
