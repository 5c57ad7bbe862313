//! The operation → command table: for every root field of `schema.graphql`, the operation
//! document that calls it and the CLI command that runs it. `vpnmine api operations` prints it;
//! the coverage test checks it against the schema, the documents and the CLI.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Query,
    Mutation,
    Subscription,
}

#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Operation {
    /// The root field.
    pub field: &'static str,
    pub kind: Kind,
    /// The named operation in `document`.
    pub operation: &'static str,
    /// Path of the operation document, relative to the repository root.
    pub document: &'static str,
    /// The command, without the `vpnmine` prefix and without arguments.
    pub command: &'static str,
}

const fn op(
    field: &'static str,
    kind: Kind,
    operation: &'static str,
    document: &'static str,
    command: &'static str,
) -> Operation {
    Operation {
        field,
        kind,
        operation,
        document,
        command,
    }
}

use Kind::{Mutation, Query, Subscription};

#[rustfmt::skip]
pub const OPERATIONS: &[Operation] = &[
    op("miningServers", Query, "MiningServers", "graphql/servers.graphql", "servers list"),
    op("miningServersByProtocol", Query, "MiningServersByProtocol", "graphql/servers.graphql", "servers list --protocol --mining-only"),
    op("serversByProtocol", Query, "ServersByProtocol", "graphql/servers.graphql", "servers by-protocol"),
    op("serverMetrics", Query, "ServerMetrics", "graphql/servers.graphql", "servers metrics"),
    op("enableMiningServer", Mutation, "EnableMiningServer", "graphql/servers.graphql", "servers enable"),
    op("updateMiningServerProtocol", Mutation, "UpdateMiningServerProtocol", "graphql/servers.graphql", "servers protocol set"),
    op("updateServerConfiguration", Mutation, "UpdateServerConfiguration", "graphql/servers.graphql", "servers configure"),
    op("registerServer", Mutation, "RegisterServer", "graphql/servers.graphql", "servers register"),
    op("updateServer", Mutation, "UpdateServer", "graphql/servers.graphql", "servers update"),
    op("decommissionServer", Mutation, "DecommissionServer", "graphql/servers.graphql", "servers decommission"),
    op("serverProtocols", Query, "ServerProtocols", "graphql/servers.graphql", "servers protocol show"),
    op("removeMiningServerProtocol", Mutation, "RemoveMiningServerProtocol", "graphql/servers.graphql", "servers protocol remove"),
    op("clientConfig", Query, "ClientConfig", "graphql/servers.graphql", "servers protocol link"),
    op("startMining", Mutation, "StartMining", "graphql/mining.graphql", "mining start"),
    op("stopMining", Mutation, "StopMining", "graphql/mining.graphql", "mining stop"),
    op("claimMiningRewards", Mutation, "ClaimMiningRewards", "graphql/mining.graphql", "mining claim"),
    op("earnings", Query, "Earnings", "graphql/mining.graphql", "mining earnings"),
    op("configureMiningSettings", Mutation, "ConfigureMiningSettings", "graphql/mining.graphql", "mining configure"),
    op("networkAnalytics", Query, "NetworkAnalytics", "graphql/analytics.graphql", "analytics network"),
    op("myConnectionStats", Query, "MyConnectionStats", "graphql/me.graphql", "me stats"),
    op("myConnectionDashboard", Query, "MyConnectionDashboard", "graphql/me.graphql", "me dashboard"),
    op("rateConnection", Mutation, "RateConnection", "graphql/me.graphql", "me rate"),
    op("userDashboard", Query, "UserDashboard", "graphql/users.graphql", "users dashboard"),
    op("users", Query, "Users", "graphql/users.graphql", "users list"),
    op("user", Query, "User", "graphql/users.graphql", "users show"),
    op("createUser", Mutation, "CreateUser", "graphql/users.graphql", "users create"),
    op("updateUser", Mutation, "UpdateUser", "graphql/users.graphql", "users update"),
    op("disableUser", Mutation, "DisableUser", "graphql/users.graphql", "users disable"),
    op("enableUser", Mutation, "EnableUser", "graphql/users.graphql", "users enable"),
    op("deleteUser", Mutation, "DeleteUser", "graphql/users.graphql", "users delete"),
    op("resetUserPassword", Mutation, "ResetUserPassword", "graphql/users.graphql", "users reset-password"),
    op("importUsers", Mutation, "ImportUsers", "graphql/users.graphql", "users import"),
    op("adminDashboard", Query, "AdminDashboard", "graphql/admin.graphql", "admin dashboard"),
    op("systemHealth", Query, "SystemHealth", "graphql/admin.graphql", "admin health"),
    op("securityMetrics", Query, "SecurityMetrics", "graphql/admin.graphql", "admin security"),
    op("auditLog", Query, "AuditLog", "graphql/admin.graphql", "admin audit"),
    op("tokenEconomy", Query, "TokenEconomy", "graphql/admin.graphql", "admin economy"),
    op("maintenanceStatus", Query, "MaintenanceStatus", "graphql/admin.graphql", "admin maintenance show"),
    op("runMaintenance", Mutation, "RunMaintenance", "graphql/admin.graphql", "admin maintenance run"),
    op("createBackup", Mutation, "CreateBackup", "graphql/backups.graphql", "admin backup create"),
    op("backups", Query, "Backups", "graphql/backups.graphql", "admin backup list"),
    op("exportDetailedStats", Query, "ExportDetailedStats", "graphql/stats.graphql", "stats export"),
    op("streamDetailedStats", Query, "StreamDetailedStats", "graphql/stats.graphql", "stats export"),
    op("validateUserUuids", Mutation, "ValidateUserUuids", "graphql/uuids.graphql", "uuids validate"),
    op("migrateUserUuids", Mutation, "MigrateUserUuids", "graphql/uuids.graphql", "uuids migrate"),
    op("restoreUserUuids", Mutation, "RestoreUserUuids", "graphql/uuids.graphql", "uuids rollback"),
    op("authenticate", Mutation, "Authenticate", "graphql/auth.graphql", "auth login"),
    op("refreshToken", Mutation, "RefreshToken", "graphql/auth.graphql", "auth refresh"),
    op("revokeToken", Mutation, "RevokeToken", "graphql/auth.graphql", "auth logout"),
    op("me", Query, "Me", "graphql/auth.graphql", "auth status"),
    op("mySessions", Query, "MySessions", "graphql/auth.graphql", "auth sessions list"),
    op("userSessions", Query, "UserSessions", "graphql/auth.graphql", "auth sessions list --user"),
    op("revokeSession", Mutation, "RevokeSession", "graphql/auth.graphql", "auth sessions revoke"),
    op("revokeOtherSessions", Mutation, "RevokeOtherSessions", "graphql/auth.graphql", "auth sessions revoke --others"),
    op("agentTokens", Query, "AgentTokens", "graphql/agent_tokens.graphql", "servers token list"),
    op("createAgentToken", Mutation, "CreateAgentToken", "graphql/agent_tokens.graphql", "servers token create"),
    op("revokeAgentToken", Mutation, "RevokeAgentToken", "graphql/agent_tokens.graphql", "servers token revoke"),
    op("changePassword", Mutation, "ChangePassword", "graphql/auth.graphql", "auth passwd"),
    op("reportMetrics", Mutation, "ReportMetrics", "graphql/agent.graphql", "agent"),
    op("startConnection", Mutation, "StartConnection", "graphql/connections.graphql", "agent --sessions-from"),
    op("endConnection", Mutation, "EndConnection", "graphql/connections.graphql", "agent --sessions-from"),
    op("metricUpdates", Subscription, "MetricUpdates", "graphql/metrics.graphql", "metrics watch"),
    op("realTimeMetrics", Subscription, "RealTimeMetrics", "graphql/metrics.graphql", "metrics watch --server"),
    op("wallet", Query, "Wallet", "graphql/wallet.graphql", "wallet balance"),
    op("walletHistory", Query, "WalletHistory", "graphql/wallet.graphql", "wallet history"),
    op("withdrawalQuote", Query, "WithdrawalQuote", "graphql/wallet.graphql", "wallet withdraw"),
    op("myWithdrawals", Query, "MyWithdrawals", "graphql/wallet.graphql", "wallet withdrawals"),
    op("requestWithdrawal", Mutation, "RequestWithdrawal", "graphql/wallet.graphql", "wallet withdraw"),
    op("cancelWithdrawal", Mutation, "CancelWithdrawal", "graphql/wallet.graphql", "wallet cancel"),
    op("withdrawals", Query, "Withdrawals", "graphql/wallet.graphql", "admin withdrawals list"),
    op("approveWithdrawal", Mutation, "ApproveWithdrawal", "graphql/wallet.graphql", "admin withdrawals approve"),
    op("rejectWithdrawal", Mutation, "RejectWithdrawal", "graphql/wallet.graphql", "admin withdrawals reject"),
    op("payWithdrawal", Mutation, "PayWithdrawal", "graphql/wallet.graphql", "admin withdrawals pay"),
    op("alertRules", Query, "AlertRules", "graphql/alert_rules.graphql", "alerts rules list"),
    op("createAlertRule", Mutation, "CreateAlertRule", "graphql/alert_rules.graphql", "alerts rules create"),
    op("updateAlertRule", Mutation, "UpdateAlertRule", "graphql/alert_rules.graphql", "alerts rules update"),
    op("deleteAlertRule", Mutation, "DeleteAlertRule", "graphql/alert_rules.graphql", "alerts rules delete"),
    op("testAlertRule", Mutation, "TestAlertRule", "graphql/alert_rules.graphql", "alerts rules test"),
    op("alerts", Query, "Alerts", "graphql/alerts.graphql", "alerts list"),
    op("acknowledgeAlert", Mutation, "AcknowledgeAlert", "graphql/alerts.graphql", "alerts ack"),
    op("silenceAlerts", Mutation, "SilenceAlerts", "graphql/alerts.graphql", "alerts silence"),
    op("alertSilences", Query, "AlertSilences", "graphql/alerts.graphql", "alerts silences"),
    op("expireAlertSilence", Mutation, "ExpireAlertSilence", "graphql/alerts.graphql", "alerts unsilence"),
    op("alertEvents", Subscription, "AlertEvents", "graphql/alerts.graphql", "alerts watch"),
    op("alertChannels", Query, "AlertChannels", "graphql/alert_deliveries.graphql", "alerts channels list"),
    op("createAlertChannel", Mutation, "CreateAlertChannel", "graphql/alert_deliveries.graphql", "alerts channels create"),
    op("deleteAlertChannel", Mutation, "DeleteAlertChannel", "graphql/alert_deliveries.graphql", "alerts channels delete"),
    op("testAlertChannel", Mutation, "TestAlertChannel", "graphql/alert_deliveries.graphql", "alerts channels test"),
    op("alertDeliveries", Query, "AlertDeliveries", "graphql/alert_deliveries.graphql", "alerts deliveries"),
];
