//! Alert rules (issue #14, point 1): list, create, update, delete, and a dry run that reads a
//! rule against the servers' latest figures. Admins manage every rule; operators manage the
//! rules they own, for their own servers (scope SERVER of one of them, or OPERATOR of
//! themselves, never NETWORK), and see the built-in ones. Every change makes the engine reload
//! its rules (`Broker::alert_rules_changed`).

use std::collections::HashSet;

use async_graphql::{ComplexObject, Context, ID, InputObject, Object, SimpleObject};
use chrono::Utc;

use super::admin::timestamp;
use super::alert_types::{AlertChannel, AlertMetric, AlertOperator, AlertScope, AlertSeverity};
use super::auth::require_account;
use super::types::{NetworkMetricsUpdate, Role, ServerStatus, Timestamp};
use super::{Account, ApiError, ApiResult, checked_id};
use crate::domain::alert_rule::{
    self, MAX_DURATION_SECS, MessageFields, Metric, Reading, RuleScope, format_value,
    render_message, validate_message,
};
use crate::server::alerting::{network_value, sample_value};
use crate::server::broker::{Broker, Sample, Tick};
use crate::server::store::Store;
use crate::server::store::alert_rules::{RuleFilter, RuleRecord, RuleRefusal};
use crate::server::store::servers::HEARTBEAT_TIMEOUT_SECS;

/// Rules one owner may have (the built-in rules count as one owner's).
pub const MAX_RULES_PER_OWNER: i64 = 100;
/// The most rules `alertRules` lists; a filter narrows the list.
pub const MAX_LISTED_RULES: u32 = 200;
/// The most channels one rule notifies.
pub const MAX_RULE_CHANNELS: usize = 10;
/// The most breaching servers a dry run lists (`breachingCount` counts them all).
pub const MAX_LISTED_BREACHES: usize = 100;
/// A rule's name: 1-64 of these.
const MAX_NAME_CHARS: usize = 64;

/// The message of a rule created without one.
pub const DEFAULT_MESSAGE: &str =
    "{rule}: {metric} {value}{unit} on {server} ({operator} {threshold}{unit} for {duration})";

/// A rule: what it watches, when it fires, and whom it notifies.
#[derive(SimpleObject, Clone, Debug)]
#[graphql(name = "AlertRule", complex)]
pub struct AlertRuleView {
    pub id: ID,
    /// Unique per owner: 1-64 letters, digits, '_', '-' or '.'.
    pub name: String,
    pub metric: AlertMetric,
    /// The custom heartbeat metric's name, for metric CUSTOM.
    pub custom_metric: Option<String>,
    pub operator: AlertOperator,
    pub threshold: f64,
    /// How long the condition must hold before the alert fires (and the clear condition
    /// before it resolves), in whole seconds; 0 fires on the first breach.
    pub duration_seconds: i32,
    pub severity: AlertSeverity,
    pub scope: AlertScope,
    /// The server (scope SERVER) or the operator's account (scope OPERATOR); none for NETWORK.
    pub scope_id: Option<ID>,
    /// The template of the alert's summary ({rule} {server} {metric} {value} {threshold}
    /// {operator} {severity} {duration} {unit}).
    pub message: String,
    pub enabled: bool,
    /// A default rule of the platform: admins edit or disable it; nobody deletes it.
    pub builtin: bool,
    /// The account that owns it; none for a built-in rule.
    pub owner_id: Option<ID>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[graphql(skip)]
    channel_ids: Vec<String>,
}

#[ComplexObject]
impl AlertRuleView {
    /// The channels it notifies, by name: all of them to admins, to others those they own.
    async fn channels(&self, ctx: &Context<'_>) -> ApiResult<Vec<AlertChannel>> {
        let account = require_account(ctx)?;
        let rows = ctx
            .data_unchecked::<Store>()
            .alert_channels_with_ids(&self.channel_ids)
            .await?;
        Ok(rows
            .into_iter()
            .filter(|c| account.role == Role::Admin || c.owner_id == account.id)
            .map(AlertChannel::from)
            .collect())
    }
}

fn view(record: RuleRecord) -> AlertRuleView {
    let rule = record.rule;
    let (scope, scope_id) = AlertScope::of(&rule.scope);
    AlertRuleView {
        id: ID(rule.id),
        name: rule.name,
        metric: rule.metric.into(),
        custom_metric: rule.custom_metric,
        operator: rule.comparator.into(),
        threshold: rule.threshold,
        duration_seconds: i32::try_from(rule.duration_secs).unwrap_or(i32::MAX),
        severity: rule.severity.into(),
        scope,
        scope_id,
        message: rule.message,
        enabled: rule.enabled,
        builtin: rule.builtin,
        owner_id: rule.owner_id.map(ID),
        created_at: timestamp(record.created_at),
        updated_at: timestamp(record.updated_at),
        channel_ids: rule.channel_ids,
    }
}

/// Which rules to list; every field narrows.
#[derive(InputObject, Default)]
pub struct AlertRuleFilter {
    /// One rule, by id.
    pub id: Option<ID>,
    pub enabled: Option<bool>,
    pub metric: Option<AlertMetric>,
    /// Only rules that watch this server.
    pub server_id: Option<ID>,
}

/// A new rule. Without `message`, the summary reads like "cpu-high: cpu 97% on edge-1
/// (> 90% for 1m)".
#[derive(InputObject, Clone, Debug)]
pub struct AlertRuleInput {
    pub name: String,
    pub metric: AlertMetric,
    /// The custom heartbeat metric's name (its naming rule: 1-64 letters, digits, '_', '-' or
    /// '.'), for metric CUSTOM only.
    pub custom_metric: Option<String>,
    pub operator: AlertOperator,
    /// Within the metric's range (CPU and MEMORY 0-100, ERROR_RATE 0-1, others 0 or more).
    pub threshold: f64,
    /// 0 to 604800 (a week).
    pub duration_seconds: i32,
    pub severity: AlertSeverity,
    pub scope: AlertScope,
    pub scope_id: Option<ID>,
    pub message: Option<String>,
    /// Default true.
    pub enabled: Option<bool>,
    /// Channel ids, at most 10, no duplicates, each the rule owner's (admins: any).
    pub channels: Option<Vec<ID>>,
}

/// A change of a rule: every field optional. `channels` replaces the list. Changing `scope`
/// takes `scopeId` with it (SERVER and OPERATOR need one); a metric other than CUSTOM drops
/// `customMetric`.
#[derive(InputObject, Clone, Debug, Default)]
pub struct AlertRulePatch {
    pub name: Option<String>,
    pub metric: Option<AlertMetric>,
    pub custom_metric: Option<String>,
    pub operator: Option<AlertOperator>,
    pub threshold: Option<f64>,
    pub duration_seconds: Option<i32>,
    pub severity: Option<AlertSeverity>,
    pub scope: Option<AlertScope>,
    pub scope_id: Option<ID>,
    pub message: Option<String>,
    pub enabled: Option<bool>,
    pub channels: Option<Vec<ID>>,
}

/// One server (or the network) whose latest figure breaches the rule.
#[derive(SimpleObject, Clone, Debug)]
pub struct AlertRuleBreach {
    /// None for a network metric.
    pub server_id: Option<ID>,
    pub server_name: String,
    pub value: f64,
    /// The condition as read, e.g. "97.5% > 90%".
    pub reading: String,
}

/// What a rule makes of the latest figures now. Nothing is written.
#[derive(SimpleObject, Clone, Debug)]
pub struct AlertRuleTest {
    /// Servers (or the network, for a network metric) that had a value to read. Custom
    /// metrics are not stored, so a CUSTOM rule reads only live heartbeats, not this.
    pub evaluated: i32,
    pub breaching_count: i32,
    /// The breaching ones, worst first, at most 100.
    pub breaching: Vec<AlertRuleBreach>,
    /// If the figures stayed as they are, the alert would fire after this many seconds (the
    /// rule's duration); none when nothing breaches.
    pub would_fire_after_seconds: Option<i32>,
    /// The summary, rendered for the first breaching server.
    pub message: Option<String>,
}

/// The naming rule of rules and custom heartbeat metrics: 1-64 letters, digits, '_', '-', '.'.
fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= MAX_NAME_CHARS
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c))
}

/// The shape of a rule, before anything is looked up: VAL_001 for what no rule may be.
pub fn check_rule(rule: &alert_rule::AlertRule) -> ApiResult<()> {
    if !is_plain_name(&rule.name) {
        return Err(ApiError::Invalid(format!(
            "name '{}' must be 1-64 letters, digits, '_', '-' or '.'",
            rule.name.chars().take(80).collect::<String>()
        )));
    }
    match (&rule.custom_metric, rule.metric) {
        (None, Metric::Custom) => {
            return Err(ApiError::Invalid(
                "metric CUSTOM needs customMetric, the custom heartbeat metric's name".into(),
            ));
        }
        (Some(name), Metric::Custom) if !is_plain_name(name) => {
            return Err(ApiError::Invalid(format!(
                "customMetric '{}' must be 1-64 letters, digits, '_', '-' or '.' (the heartbeat's naming rule)",
                name.chars().take(80).collect::<String>()
            )));
        }
        (Some(_), metric) if metric != Metric::Custom => {
            return Err(ApiError::Invalid(format!(
                "customMetric is for metric CUSTOM only, not {metric}"
            )));
        }
        _ => {}
    }
    if !rule.threshold.is_finite() {
        return Err(ApiError::Invalid(
            "threshold must be a finite number".into(),
        ));
    }
    if let Some((low, high)) = rule.metric.range()
        && !(low..=high).contains(&rule.threshold)
    {
        let high = if high == f64::MAX {
            "or more".to_string()
        } else {
            format!("to {}", format_value(high))
        };
        return Err(ApiError::Invalid(format!(
            "threshold {} is outside {}'s values ({} {high}): it could never be met",
            rule.threshold,
            rule.metric,
            format_value(low)
        )));
    }
    if !(0..=MAX_DURATION_SECS).contains(&rule.duration_secs) {
        return Err(ApiError::Invalid(format!(
            "durationSeconds must be 0 to {MAX_DURATION_SECS} (a week), got {}",
            rule.duration_secs
        )));
    }
    if rule.metric.is_network() && rule.scope != RuleScope::Network {
        return Err(ApiError::Invalid(format!(
            "{} is a total of the network: its scope must be NETWORK",
            rule.metric
        )));
    }
    validate_message(&rule.message).map_err(ApiError::Invalid)?;
    if rule.channel_ids.len() > MAX_RULE_CHANNELS {
        return Err(ApiError::Invalid(format!(
            "a rule notifies at most {MAX_RULE_CHANNELS} channels, got {}",
            rule.channel_ids.len()
        )));
    }
    let mut seen = HashSet::new();
    for channel in &rule.channel_ids {
        checked_id("a channel id", channel)?;
        if !seen.insert(channel) {
            return Err(ApiError::Invalid(format!(
                "channel {channel} is named twice"
            )));
        }
    }
    Ok(())
}

/// The scope from its parts: VAL_001 for SERVER or OPERATOR without an id, NETWORK with one.
fn scope_of(scope: AlertScope, id: Option<ID>) -> ApiResult<RuleScope> {
    match (scope, id) {
        (AlertScope::Network, None) => Ok(RuleScope::Network),
        (AlertScope::Network, Some(_)) => Err(ApiError::Invalid(
            "scope NETWORK watches every server: it takes no scopeId".into(),
        )),
        (_, None) => Err(ApiError::Invalid(format!(
            "scope {scope:?} needs scopeId (the {})",
            if scope == AlertScope::Server {
                "server's id"
            } else {
                "operator's account id"
            }
        ))),
        (AlertScope::Server, Some(id)) => {
            checked_id("scopeId", &id)?;
            Ok(RuleScope::Server(id.0))
        }
        (AlertScope::Operator, Some(id)) => {
            checked_id("scopeId", &id)?;
            Ok(RuleScope::Operator(id.0))
        }
    }
}

/// Users (and agents, by having no account) manage no rules.
fn rule_manager<'a>(ctx: &'a Context<'_>) -> ApiResult<&'a Account> {
    let account = require_account(ctx)?;
    if account.role == Role::User {
        return Err(ApiError::Auth(format!(
            "alert rules are for operators and admins; {} is a user",
            account.username
        )));
    }
    Ok(account)
}

/// What the rule names must exist and be the caller's to use: its scope (RSC_001 for an
/// unknown server or account, VAL_001 for a decommissioned server, AUTH_001 for another's
/// server or operator, and for NETWORK to operators) and its channels (RSC_001 unknown,
/// AUTH_001 not the rule owner's, unless an admin asks).
///
/// `before` is the stored rule a change starts from: what it already named passed these
/// checks when it was written, and is not checked again, so that a rule of a server
/// decommissioned since can still be disabled or changed otherwise.
async fn check_references(
    ctx: &Context<'_>,
    account: &Account,
    rule: &alert_rule::AlertRule,
    before: Option<&alert_rule::AlertRule>,
) -> ApiResult<()> {
    let store = ctx.data_unchecked::<Store>();
    let admin = account.role == Role::Admin;
    let scope = match before {
        Some(before) if before.scope == rule.scope => None,
        _ => Some(&rule.scope),
    };
    match scope {
        None => {}
        Some(RuleScope::Network) if !admin => {
            return Err(ApiError::Auth(
                "operators watch their own servers: scope SERVER or OPERATOR (of themselves), not NETWORK".into(),
            ));
        }
        Some(RuleScope::Network) => {}
        Some(RuleScope::Server(id)) => {
            let server = store
                .server(id)
                .await?
                .ok_or_else(|| ApiError::not_found("server", id))?;
            if !admin && server.owner_id != account.id {
                return Err(ApiError::Auth(format!(
                    "{} may not watch server {id}: operators watch their own servers",
                    account.username
                )));
            }
            super::servers::in_service(&server)?;
        }
        Some(RuleScope::Operator(id)) => {
            if !admin && id != &account.id {
                return Err(ApiError::Auth(format!(
                    "{} may watch only their own servers (scopeId {})",
                    account.username, account.id
                )));
            }
            let owner = store
                .account(id)
                .await?
                .filter(|a| a.deleted_at.is_none())
                .ok_or_else(|| ApiError::not_found("account", id))?;
            if owner.role == "USER" {
                return Err(ApiError::Invalid(format!(
                    "account {id} is a user: it has no servers to watch"
                )));
            }
        }
    }
    if rule.channel_ids.is_empty() || before.is_some_and(|b| b.channel_ids == rule.channel_ids) {
        return Ok(());
    }
    let found = store.alert_channels_with_ids(&rule.channel_ids).await?;
    for id in &rule.channel_ids {
        let channel = found
            .iter()
            .find(|c| &c.id == id)
            .ok_or_else(|| ApiError::not_found("alert channel", id))?;
        if !admin && Some(&channel.owner_id) != rule.owner_id.as_ref() {
            return Err(ApiError::Auth(format!(
                "channel {id} is not yours: a rule notifies its owner's channels"
            )));
        }
    }
    Ok(())
}

/// The rule `id` if the caller may see it (admins: all; operators: built-in and their own):
/// RSC_001 when there is none, AUTH_001 when it is another's.
async fn visible_rule(ctx: &Context<'_>, account: &Account, id: &str) -> ApiResult<RuleRecord> {
    checked_id("id", id)?;
    let record = ctx
        .data_unchecked::<Store>()
        .alert_rule_record(id)
        .await?
        .ok_or_else(|| ApiError::not_found("alert rule", id))?;
    let rule = &record.rule;
    if account.role != Role::Admin && !rule.builtin && rule.owner_id.as_ref() != Some(&account.id) {
        return Err(ApiError::Auth(format!(
            "alert rule {id} is another account's"
        )));
    }
    Ok(record)
}

/// The rule `id` if the caller may change it: admins any; operators their own, never a
/// built-in one (AUTH_001).
async fn managed_rule(ctx: &Context<'_>, account: &Account, id: &str) -> ApiResult<RuleRecord> {
    let record = visible_rule(ctx, account, id).await?;
    if record.rule.builtin && account.role != Role::Admin {
        return Err(ApiError::Auth(format!(
            "alert rule {id} is built in: only admins edit or disable it"
        )));
    }
    Ok(record)
}

fn ids(list: Option<Vec<ID>>) -> Option<Vec<String>> {
    list.map(|l| l.into_iter().map(|id| id.0).collect())
}

/// A rule from a new rule's fields (no references checked yet).
fn new_rule(account: &Account, input: AlertRuleInput) -> ApiResult<alert_rule::AlertRule> {
    let rule = alert_rule::AlertRule {
        id: format!("rule-{}", uuid::Uuid::new_v4().simple()),
        owner_id: Some(account.id.clone()),
        name: input.name,
        metric: input.metric.into(),
        custom_metric: input.custom_metric,
        comparator: input.operator.into(),
        threshold: input.threshold,
        duration_secs: i64::from(input.duration_seconds),
        severity: input.severity.into(),
        scope: scope_of(input.scope, input.scope_id)?,
        message: input.message.unwrap_or_else(|| DEFAULT_MESSAGE.to_string()),
        enabled: input.enabled.unwrap_or(true),
        builtin: false,
        channel_ids: ids(input.channels).unwrap_or_default(),
    };
    check_rule(&rule)?;
    Ok(rule)
}

/// `rule` with `patch` applied, checked.
fn patched(
    mut rule: alert_rule::AlertRule,
    patch: AlertRulePatch,
) -> ApiResult<alert_rule::AlertRule> {
    if let Some(name) = patch.name {
        rule.name = name;
    }
    if let Some(metric) = patch.metric {
        rule.metric = metric.into();
        if rule.metric != Metric::Custom {
            rule.custom_metric = None;
        }
    }
    if patch.custom_metric.is_some() {
        rule.custom_metric = patch.custom_metric;
    }
    if let Some(operator) = patch.operator {
        rule.comparator = operator.into();
    }
    if let Some(threshold) = patch.threshold {
        rule.threshold = threshold;
    }
    if let Some(duration) = patch.duration_seconds {
        rule.duration_secs = i64::from(duration);
    }
    if let Some(severity) = patch.severity {
        rule.severity = severity.into();
    }
    match (patch.scope, patch.scope_id) {
        (Some(scope), id) => rule.scope = scope_of(scope, id)?,
        (None, Some(id)) => {
            let (scope, _) = AlertScope::of(&rule.scope);
            rule.scope = scope_of(scope, Some(id))?;
        }
        (None, None) => {}
    }
    if let Some(message) = patch.message {
        rule.message = message;
    }
    if let Some(enabled) = patch.enabled {
        rule.enabled = enabled;
    }
    if let Some(channels) = ids(patch.channels) {
        rule.channel_ids = channels;
    }
    check_rule(&rule)?;
    Ok(rule)
}

async fn save(
    ctx: &Context<'_>,
    rule: &alert_rule::AlertRule,
    replace: bool,
) -> ApiResult<AlertRuleView> {
    let store = ctx.data_unchecked::<Store>();
    let saved = store
        .save_alert_rule(rule, replace, MAX_RULES_PER_OWNER, Utc::now().timestamp())
        .await?;
    match saved {
        Ok(record) => {
            ctx.data_unchecked::<Broker>().alert_rules_changed();
            Ok(view(record))
        }
        Err(RuleRefusal::DuplicateName) => Err(ApiError::Invalid(format!(
            "there is already a rule named '{}' of the same owner",
            rule.name
        ))),
        Err(RuleRefusal::TooMany(max)) => Err(ApiError::Invalid(format!(
            "an owner has at most {max} alert rules; delete one first"
        ))),
    }
}

/// Reads `rule` against the latest figures: every server it watches (an operator's own only),
/// or the network's totals.
async fn dry_run(
    ctx: &Context<'_>,
    account: &Account,
    rule: &alert_rule::AlertRule,
) -> ApiResult<AlertRuleTest> {
    let store = ctx.data_unchecked::<Store>();
    let now = Utc::now();
    let mut evaluated = 0;
    let mut breaching = Vec::new();
    if rule.metric.is_network() {
        let value = if rule.metric == Metric::NetworkOfflineServers {
            let stale = now.timestamp() - HEARTBEAT_TIMEOUT_SECS;
            let servers = store.server_liveness().await?;
            Some(servers.iter().filter(|s| s.last_heartbeat < stale).count() as f64)
        } else {
            // The same figures a live tick carries (see `realtime::publish_tick`).
            let network = store
                .live_network(now.timestamp() - HEARTBEAT_TIMEOUT_SECS)
                .await?;
            let tick = Tick {
                at: now,
                samples: Vec::new(),
                active_connections: network.active_connections,
                network: NetworkMetricsUpdate {
                    total_bandwidth: network.bandwidth,
                    average_latency: network.avg_latency.unwrap_or(0.0),
                    total_active_users: network.open_sessions as i32,
                    connections_by_region: async_graphql::Json(serde_json::json!({})),
                    current_token_rate: network.token_rate,
                },
            };
            network_value(rule.metric, &tick)
        };
        if let Some(value) = value {
            evaluated = 1;
            if rule.read(value) == Reading::Breach {
                breaching.push((None, "the network".to_string(), value));
            }
        }
    } else {
        let owner = (account.role != Role::Admin).then_some(account.id.as_str());
        for server in store.latest_figures(owner).await? {
            if !rule.watches(&server.id, &server.owner_id) {
                continue;
            }
            let value = if rule.metric == Metric::OfflineFor {
                Some((now.timestamp() - server.last_heartbeat).max(0) as f64)
            } else {
                let figures = [
                    server.cpu,
                    server.memory,
                    server.latency_ms,
                    server.network_in,
                    server.network_out,
                    server.error_rate,
                ];
                let [
                    Some(cpu),
                    Some(memory),
                    Some(latency_ms),
                    Some(network_in),
                    Some(network_out),
                    Some(error_rate),
                ] = figures
                else {
                    continue;
                };
                let sample = Sample {
                    at: timestamp(server.last_heartbeat),
                    server_id: server.id.clone(),
                    owner_id: server.owner_id.clone(),
                    cpu,
                    memory,
                    network_in,
                    network_out,
                    connections: server.connections,
                    latency_ms,
                    error_rate,
                    status: ServerStatus::Online,
                    custom: Vec::new(),
                };
                sample_value(rule, &sample)
            };
            let Some(value) = value else { continue };
            evaluated += 1;
            if rule.read(value) == Reading::Breach {
                breaching.push((Some(server.id), server.host_name, value));
            }
        }
    }
    // Worst first: the furthest past the threshold.
    breaching.sort_by(|a, b| {
        let order = match rule.comparator {
            alert_rule::Comparator::Lt => a.2.total_cmp(&b.2),
            _ => b.2.total_cmp(&a.2),
        };
        order.then_with(|| a.1.cmp(&b.1))
    });
    let message = breaching.first().map(|(_, name, value)| {
        render_message(
            &rule.message,
            &MessageFields {
                rule,
                server: name,
                value: *value,
            },
        )
    });
    let unit = rule.metric.unit();
    let breaching_count = breaching.len();
    Ok(AlertRuleTest {
        evaluated,
        breaching_count: i32::try_from(breaching_count).unwrap_or(i32::MAX),
        would_fire_after_seconds: (breaching_count > 0)
            .then(|| i32::try_from(rule.duration_secs).unwrap_or(i32::MAX)),
        message,
        breaching: breaching
            .into_iter()
            .take(MAX_LISTED_BREACHES)
            .map(|(id, name, value)| AlertRuleBreach {
                server_id: id.map(ID),
                server_name: name,
                value,
                reading: format!(
                    "{}{unit} {} {}{unit}",
                    format_value(value),
                    rule.comparator.symbol(),
                    format_value(rule.threshold)
                ),
            })
            .collect(),
    })
}

#[derive(Default)]
pub struct AlertRulesQuery;

#[Object]
impl AlertRulesQuery {
    /// Alert rules, built-in ones first, then by name, at most 200 (narrow with the filter):
    /// admins see every rule; operators the built-in ones and their own.
    async fn alert_rules(
        &self,
        ctx: &Context<'_>,
        filter: Option<AlertRuleFilter>,
    ) -> ApiResult<Vec<AlertRuleView>> {
        let account = rule_manager(ctx)?;
        let filter = filter.unwrap_or_default();
        let store = ctx.data_unchecked::<Store>();
        if let Some(id) = &filter.id {
            checked_id("filter.id", id)?;
        }
        let server = match filter.server_id {
            Some(id) => {
                checked_id("filter.serverId", &id)?;
                let row = store
                    .server(&id)
                    .await?
                    .ok_or_else(|| ApiError::not_found("server", &id))?;
                Some((row.id, row.owner_id))
            }
            None => None,
        };
        let filter = RuleFilter {
            visible_to: (account.role != Role::Admin).then(|| account.id.clone()),
            id: filter.id.map(|id| id.0),
            enabled: filter.enabled,
            metric: filter.metric.map(Into::into),
            server,
        };
        let records = store.alert_rule_records(&filter, MAX_LISTED_RULES).await?;
        Ok(records.into_iter().map(view).collect())
    }
}

#[derive(Default)]
pub struct AlertRulesMutation;

#[Object]
impl AlertRulesMutation {
    /// Creates a rule owned by the caller: operators for one of their servers (scope SERVER)
    /// or all of them (scope OPERATOR of themselves); admins for anything, NETWORK included.
    /// Refused with VAL_001 when malformed, RSC_001 when a server, account or channel it names
    /// does not exist, AUTH_001 when it is not the caller's.
    async fn create_alert_rule(
        &self,
        ctx: &Context<'_>,
        input: AlertRuleInput,
    ) -> ApiResult<AlertRuleView> {
        let account = rule_manager(ctx)?;
        let rule = new_rule(account, input)?;
        check_references(ctx, account, &rule, None).await?;
        save(ctx, &rule, false).await
    }

    /// Changes a rule (its owner, or an admin; built-in rules: admins only, and they stay
    /// built in). Only the fields given change; `channels` replaces the list.
    async fn update_alert_rule(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: AlertRulePatch,
    ) -> ApiResult<AlertRuleView> {
        let account = rule_manager(ctx)?;
        let current = managed_rule(ctx, account, &id).await?;
        let rule = patched(current.rule.clone(), input)?;
        check_references(ctx, account, &rule, Some(&current.rule)).await?;
        save(ctx, &rule, true).await
    }

    /// Deletes a rule with its alerts' history (its owner, or an admin). Built-in rules are
    /// never deleted (VAL_001): disable them instead.
    async fn delete_alert_rule(&self, ctx: &Context<'_>, id: ID) -> ApiResult<AlertRuleView> {
        let account = rule_manager(ctx)?;
        let record = managed_rule(ctx, account, &id).await?;
        if record.rule.builtin {
            return Err(ApiError::Invalid(format!(
                "alert rule {} is built in and cannot be deleted: disable it instead",
                id.as_str()
            )));
        }
        let store = ctx.data_unchecked::<Store>();
        if !store.delete_alert_rule(&id).await? {
            return Err(ApiError::not_found("alert rule", &id));
        }
        ctx.data_unchecked::<Broker>().alert_rules_changed();
        Ok(view(record))
    }

    /// A dry run: reads a stored rule (`id`) or a new one (`input`, checked as by
    /// createAlertRule, its name aside) against each watched server's latest heartbeat
    /// figures (an operator's own servers only), or the network's totals. Writes nothing.
    async fn test_alert_rule(
        &self,
        ctx: &Context<'_>,
        id: Option<ID>,
        input: Option<AlertRuleInput>,
    ) -> ApiResult<AlertRuleTest> {
        let account = rule_manager(ctx)?;
        let rule = match (id, input) {
            (Some(id), None) => visible_rule(ctx, account, &id).await?.rule,
            (None, Some(input)) => {
                let rule = new_rule(account, input)?;
                check_references(ctx, account, &rule, None).await?;
                rule
            }
            _ => {
                return Err(ApiError::Invalid(
                    "give either id (a stored rule) or input (a new one), not both or neither"
                        .into(),
                ));
            }
        };
        dry_run(ctx, account, &rule).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::alert_rule::{AlertSeverity as Severity, Comparator};

    fn rule() -> alert_rule::AlertRule {
        alert_rule::AlertRule {
            id: "r".into(),
            owner_id: Some("op".into()),
            name: "cpu.high_1".into(),
            metric: Metric::Cpu,
            custom_metric: None,
            comparator: Comparator::Gt,
            threshold: 90.0,
            duration_secs: 60,
            severity: Severity::Warning,
            scope: RuleScope::Operator("op".into()),
            message: DEFAULT_MESSAGE.into(),
            enabled: true,
            builtin: false,
            channel_ids: Vec::new(),
        }
    }

    fn refused(change: impl FnOnce(&mut alert_rule::AlertRule)) -> String {
        let mut r = rule();
        change(&mut r);
        match check_rule(&r) {
            Err(ApiError::Invalid(message)) => message,
            other => panic!("not refused with VAL_001: {other:?}"),
        }
    }

    #[test]
    fn malformed_rules_are_refused_with_a_reason() {
        assert!(check_rule(&rule()).is_ok());
        assert!(refused(|r| r.name = String::new()).contains("name"));
        assert!(refused(|r| r.name = "a b".into()).contains("name"));
        assert!(refused(|r| r.name = "x".repeat(65)).contains("name"));
        assert!(refused(|r| r.metric = Metric::Custom).contains("needs customMetric"));
        assert!(
            refused(|r| {
                r.metric = Metric::Custom;
                r.custom_metric = Some("bad name".into());
            })
            .contains("naming rule")
        );
        assert!(refused(|r| r.custom_metric = Some("q".into())).contains("CUSTOM only"));
        assert!(refused(|r| r.threshold = f64::NAN).contains("finite"));
        assert!(refused(|r| r.threshold = 100.5).contains("outside"));
        assert!(refused(|r| r.threshold = -1.0).contains("outside"));
        assert!(
            refused(|r| {
                r.metric = Metric::ErrorRate;
                r.threshold = 5.0;
            })
            .contains("0 to 1")
        );
        assert!(refused(|r| r.duration_secs = -1).contains("durationSeconds"));
        assert!(refused(|r| r.duration_secs = MAX_DURATION_SECS + 1).contains("durationSeconds"));
        assert!(refused(|r| r.metric = Metric::NetworkLatency).contains("NETWORK"));
        assert!(refused(|r| r.message = "{host}".into()).contains("{host}"));
        assert!(refused(|r| r.channel_ids = vec!["c".into(); 2]).contains("twice"));
        assert!(
            refused(|r| r.channel_ids = (0..11).map(|n| format!("c{n}")).collect())
                .contains("at most 10")
        );
        let mut custom = rule();
        custom.metric = Metric::Custom;
        custom.custom_metric = Some("queue.depth".into());
        custom.threshold = -5.0;
        assert!(check_rule(&custom).is_ok(), "custom metrics are unbounded");
    }

    #[test]
    fn scopes_need_an_id_except_the_network() {
        assert!(matches!(
            scope_of(AlertScope::Server, None),
            Err(ApiError::Invalid(_))
        ));
        assert!(matches!(
            scope_of(AlertScope::Network, Some(ID("x".into()))),
            Err(ApiError::Invalid(_))
        ));
        assert_eq!(
            scope_of(AlertScope::Operator, Some(ID("u".into()))).unwrap(),
            RuleScope::Operator("u".into())
        );
    }

    #[test]
    fn a_patch_changes_only_what_it_names() {
        let patch = AlertRulePatch {
            threshold: Some(80.0),
            metric: Some(AlertMetric::Memory),
            ..AlertRulePatch::default()
        };
        let changed = patched(rule(), patch).unwrap();
        assert_eq!((changed.metric, changed.threshold), (Metric::Memory, 80.0));
        assert_eq!(changed.name, "cpu.high_1");
        let mut custom = rule();
        custom.metric = Metric::Custom;
        custom.custom_metric = Some("q".into());
        let back = AlertRulePatch {
            metric: Some(AlertMetric::Cpu),
            ..AlertRulePatch::default()
        };
        assert_eq!(patched(custom, back).unwrap().custom_metric, None);
        let scope_only = AlertRulePatch {
            scope_id: Some(ID("other".into())),
            ..AlertRulePatch::default()
        };
        assert_eq!(
            patched(rule(), scope_only).unwrap().scope,
            RuleScope::Operator("other".into())
        );
    }
}
