//! The GraphQL shapes of alerting shared by rules, alerts and deliveries: the enums (the
//! domain's own, in `crate::domain::alert_rule`) and the notification channel.

use async_graphql::{Enum, ID, SimpleObject};

use super::types::Timestamp;
use crate::domain::alert_rule;
use crate::server::store::alerts::ChannelRow;

/// What an alert rule watches. Per-server metrics are the heartbeat's figures in its units
/// (CPU and MEMORY in percent, NETWORK_IN/NETWORK_OUT in Mbit/s, LATENCY in ms, ERROR_RATE
/// from 0 to 1, CONNECTIONS a count), OFFLINE_FOR the seconds since the server's last
/// heartbeat, and CUSTOM a custom heartbeat metric named by `customMetric`. NETWORK_* metrics
/// are the network's totals (one value for the network, scope NETWORK only).
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "crate::domain::alert_rule::Metric")]
pub enum AlertMetric {
    Cpu,
    Memory,
    NetworkIn,
    NetworkOut,
    Connections,
    Latency,
    ErrorRate,
    OfflineFor,
    Custom,
    NetworkConnections,
    NetworkBandwidth,
    NetworkLatency,
    NetworkActiveUsers,
    NetworkTokenRate,
    NetworkOfflineServers,
}

/// How a value is compared with a rule's threshold.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "crate::domain::alert_rule::Comparator")]
pub enum AlertOperator {
    Gt,
    Lt,
    Eq,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "crate::domain::alert_rule::AlertSeverity")]
pub enum AlertSeverity {
    Info,
    Warning,
    Critical,
}

/// Which servers a rule watches: one server (`scopeId` its id), an operator's servers
/// (`scopeId` the account id), or the whole network (no `scopeId`).
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum AlertScope {
    Server,
    Operator,
    Network,
}

impl AlertScope {
    pub fn of(scope: &alert_rule::RuleScope) -> (Self, Option<ID>) {
        match scope {
            alert_rule::RuleScope::Server(id) => (Self::Server, Some(ID(id.clone()))),
            alert_rule::RuleScope::Operator(id) => (Self::Operator, Some(ID(id.clone()))),
            alert_rule::RuleScope::Network => (Self::Network, None),
        }
    }
}

/// FIRING until the rule's clear condition has held for its duration, then RESOLVED.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum AlertState {
    Firing,
    Resolved,
}

/// Where an alert's notifications go: a webhook that receives Prometheus Alertmanager's
/// webhook body, signed with the channel's secret (shown only when it is created).
#[derive(SimpleObject, Clone, Debug)]
pub struct AlertChannel {
    pub id: ID,
    pub name: String,
    /// WEBHOOK.
    pub kind: String,
    pub url: String,
    /// An http:// URL to a host other than loopback was allowed explicitly.
    pub allow_insecure: bool,
    pub owner_id: ID,
    pub created_at: Timestamp,
}

impl From<ChannelRow> for AlertChannel {
    fn from(row: ChannelRow) -> Self {
        Self {
            id: ID(row.id),
            name: row.name,
            kind: row.kind,
            url: row.url,
            allow_insecure: row.allow_insecure,
            owner_id: ID(row.owner_id),
            created_at: chrono::DateTime::from_timestamp(row.created_at, 0).unwrap_or_default(),
        }
    }
}
