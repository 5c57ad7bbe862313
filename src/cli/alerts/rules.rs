//! `vpnmine alerts rules ...`: list, show, create, update, delete and test alert rules.

use std::str::FromStr;

use clap::{Args, Subcommand};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use crate::cli::GlobalArgs;
use crate::client::operations::{
    AlertRules, CreateAlertRule, DeleteAlertRule, TestAlertRule, UpdateAlertRule, alert_rules,
    create_alert_rule, delete_alert_rule, test_alert_rule, update_alert_rule,
};
use crate::domain::alert_rule::{
    AlertSeverity, Comparator, MAX_DURATION_SECS, Metric, format_duration, format_value,
};
use crate::domain::dates::parse_duration;
use crate::error::CliError;
use crate::output::{Column, Format, Output, Section};

const METRICS_HELP: &str = "cpu, memory, network-in, network-out, connections, latency, \
error-rate, offline-for, custom:NAME, network-connections, network-bandwidth, network-latency, \
network-active-users, network-token-rate, network-offline-servers";

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// List alert rules (admins: all; operators: the built-in ones and their own).
    #[command(after_help = "Examples:
  vpnmine alerts rules list
  vpnmine alerts rules list --server srv-1a2b3c --enabled
  vpnmine alerts rules list --metric cpu -o json | jq -r '.[].id'")]
    List(ListArgs),
    /// Show one rule with its channels.
    #[command(after_help = "Examples:
  vpnmine alerts rules show rule-cpu")]
    Show(IdArg),
    /// Create a rule, owned by you.
    #[command(
        after_help = "Operators watch their own servers: --server ID (one of theirs) or
--operator ID (their own account id); admins may also watch the whole --network. Message
placeholders: {rule} {server} {metric} {value} {threshold} {operator} {severity} {duration} {unit}.

Examples:
  vpnmine alerts rules create --name edge-cpu --metric cpu --op '>' --threshold 85 --for 5m \\
      --severity critical --server srv-1a2b3c --channel ch-0123
  vpnmine alerts rules create --name silent --metric offline-for --op gt --threshold 120 --for 0 \\
      --operator usr-1a2b3c4d
  vpnmine alerts rules create --name queue --metric custom:queue.depth --op gt --threshold 1000 \\
      --network --message '{server}: queue at {value}'"
    )]
    Create(RuleFlags),
    /// Change a rule: only the flags given change; --channel replaces the list.
    #[command(
        after_help = "Built-in rules: admins edit or disable them, and they stay built in.

Examples:
  vpnmine alerts rules update rule-cpu --threshold 95 --for 2m
  vpnmine alerts rules update rule-offline --disable
  vpnmine alerts rules update rule-0123 --no-channels"
    )]
    Update(UpdateArgs),
    /// Delete a rule and its alerts' history (built-in rules cannot be deleted: disable them).
    #[command(
        after_help = "Asks for confirmation on a terminal; without one, pass --yes.

Examples:
  vpnmine alerts rules delete rule-0123 --yes"
    )]
    Delete(DeleteArgs),
    /// Read a stored rule (ID) or a new one (the flags of create) against each watched
    /// server's latest figures. Nothing is written.
    #[command(after_help = "Examples:
  vpnmine alerts rules test rule-cpu
  vpnmine alerts rules test --metric cpu --op gt --threshold 50 --network -o json")]
    Test(TestArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only enabled rules.
    #[arg(long, conflicts_with = "disabled")]
    pub enabled: bool,
    /// Only disabled rules.
    #[arg(long)]
    pub disabled: bool,
    /// Only rules of this metric.
    #[arg(long, value_name = "METRIC", value_parser = parse_metric)]
    pub metric: Option<MetricChoice>,
    /// Only rules that watch this server.
    #[arg(long, value_name = "ID")]
    pub server: Option<String>,
}

#[derive(Debug, Args)]
pub struct IdArg {
    #[arg(value_name = "ID")]
    pub id: String,
}

/// A rule's fields as flags; which are required depends on the command.
#[derive(Debug, Args, Default)]
pub struct RuleFlags {
    /// The rule's name: 1-64 letters, digits, '_', '-' or '.', unique among yours.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    #[arg(long, value_name = "METRIC", value_parser = parse_metric, help = format!("What it watches: {METRICS_HELP}."))]
    pub metric: Option<MetricChoice>,
    /// How the value compares with the threshold: gt, lt, eq (or >, <, =).
    #[arg(long = "op", value_name = "OP", value_parser = parse_op)]
    pub op: Option<Comparator>,
    /// The threshold, in the metric's unit (percent, ms, Mbit/s, seconds, 0-1 for error-rate).
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub threshold: Option<f64>,
    /// How long the condition must hold before the alert fires: 0, 90s, 5m, 2h [create: 1m].
    // Hyphen values reach the parser, which says a duration has no sign.
    #[arg(long = "for", value_name = "DURATION", value_parser = parse_hold, allow_hyphen_values = true)]
    pub hold: Option<i64>,
    /// info, warning or critical [create: warning].
    #[arg(long, value_name = "LEVEL", value_parser = parse_severity)]
    pub severity: Option<AlertSeverity>,
    /// Watch one server.
    #[arg(long, value_name = "ID", conflicts_with_all = ["operator", "network"])]
    pub server: Option<String>,
    /// Watch every server of this operator (an account id).
    #[arg(long, value_name = "ID", conflicts_with = "network")]
    pub operator: Option<String>,
    /// Watch the whole network (admins), or its totals for a network-* metric.
    #[arg(long)]
    pub network: bool,
    /// A channel to notify (repeat for more, at most 10).
    #[arg(long = "channel", value_name = "ID")]
    pub channels: Vec<String>,
    /// The alert's summary template [default: rule, metric, value, server and condition].
    #[arg(long, value_name = "TEXT")]
    pub message: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    #[arg(value_name = "ID")]
    pub id: String,
    #[command(flatten)]
    pub flags: RuleFlags,
    /// Enable the rule.
    #[arg(long, conflicts_with = "disable")]
    pub enable: bool,
    /// Disable the rule (its firing alerts resolve).
    #[arg(long)]
    pub disable: bool,
    /// Notify no channels.
    #[arg(long, conflicts_with = "channels")]
    pub no_channels: bool,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    #[arg(value_name = "ID")]
    pub id: String,
    /// Do not ask for confirmation (needed without a terminal).
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct TestArgs {
    /// A stored rule; without it, the flags describe a new one.
    #[arg(value_name = "ID")]
    pub id: Option<String>,
    #[command(flatten)]
    pub flags: RuleFlags,
}

/// A metric as typed: `cpu`, `error-rate`, `custom:NAME`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricChoice {
    pub metric: Metric,
    pub custom: Option<String>,
}

fn parse_metric(input: &str) -> Result<MetricChoice, String> {
    let text = input.trim();
    if let Some((prefix, name)) = text.split_once(':')
        && prefix.eq_ignore_ascii_case("custom")
    {
        if name.is_empty() {
            return Err("custom:NAME needs the custom metric's name".into());
        }
        return Ok(MetricChoice {
            metric: Metric::Custom,
            custom: Some(name.to_string()),
        });
    }
    let metric = Metric::from_str(text)?;
    if metric == Metric::Custom {
        return Err("name the custom metric: custom:NAME".into());
    }
    Ok(MetricChoice {
        metric,
        custom: None,
    })
}

fn parse_op(input: &str) -> Result<Comparator, String> {
    Comparator::from_str(input)
}

fn parse_severity(input: &str) -> Result<AlertSeverity, String> {
    AlertSeverity::from_str(input)
}

/// `--for`: a duration, or `0`/`0s` for a rule that fires on the first breach.
fn parse_hold(input: &str) -> Result<i64, String> {
    let text = input.trim();
    if text == "0" || text == "0s" {
        return Ok(0);
    }
    let secs = parse_duration(text).map_err(|e| e.to_string())?.as_secs();
    match i64::try_from(secs) {
        Ok(secs) if secs <= MAX_DURATION_SECS => Ok(secs),
        _ => Err(format!(
            "{text} is longer than {} (the longest a rule may wait)",
            format_duration(MAX_DURATION_SECS)
        )),
    }
}

/// A domain enum's name as the generated GraphQL enum (they share their names).
fn wire<T: DeserializeOwned>(name: &str) -> Result<T, CliError> {
    serde_json::from_value(Value::String(name.to_string()))
        .map_err(|e| CliError::failed(format!("{name} is not known to this client: {e}")))
}

fn not_blank(what: &str, value: &str) -> Result<(), CliError> {
    if value.trim().is_empty() {
        return Err(CliError::usage(format!("{what} must not be empty")));
    }
    Ok(())
}

fn finite(threshold: Option<f64>) -> Result<Option<f64>, CliError> {
    match threshold {
        Some(t) if !t.is_finite() => Err(CliError::usage(format!(
            "--threshold {t}: give a finite number"
        ))),
        other => Ok(other),
    }
}

/// The scope flags as `(SCOPE, id)`; `None` when none was given.
fn scope_flags(flags: &RuleFlags) -> Option<(&'static str, Option<String>)> {
    match (&flags.server, &flags.operator, flags.network) {
        (Some(id), _, _) => Some(("SERVER", Some(id.clone()))),
        (_, Some(id), _) => Some(("OPERATOR", Some(id.clone()))),
        (_, _, true) => Some(("NETWORK", None)),
        _ => None,
    }
}

fn missing(flag: &str) -> CliError {
    CliError::usage(format!("{flag} is required")).with_hint(
        "a rule needs --name, --metric, --op, --threshold and one of --server/--operator/--network",
    )
}

/// Builds a new rule's input for an operation module (create and test each have their own
/// generated `AlertRuleInput`).
macro_rules! rule_input {
    ($module:ident, $flags:expr, $default_name:expr) => {{
        let flags: RuleFlags = $flags;
        let metric = flags.metric.clone().ok_or_else(|| missing("--metric"))?;
        let op = flags.op.ok_or_else(|| missing("--op"))?;
        let threshold = finite(flags.threshold)?.ok_or_else(|| missing("--threshold"))?;
        let (scope, scope_id) = scope_flags(&flags)
            .ok_or_else(|| missing("one of --server, --operator or --network"))?;
        let name = match (flags.name, $default_name) {
            (Some(name), _) => name,
            (None, Some(default)) => String::from(default),
            (None, None) => return Err(missing("--name")),
        };
        $module::AlertRuleInput {
            name,
            metric: wire(metric.metric.as_str())?,
            custom_metric: metric.custom,
            operator: wire(op.as_str())?,
            threshold,
            duration_seconds: flags.hold.unwrap_or(60),
            severity: wire(flags.severity.unwrap_or(AlertSeverity::Warning).as_str())?,
            scope: wire(scope)?,
            scope_id,
            message: flags.message,
            enabled: None,
            channels: (!flags.channels.is_empty()).then_some(flags.channels),
        }
    }};
}

/// "cpu > 90% for 1m": a rule's condition as people read it.
fn condition(rule: &Value) -> String {
    let metric = rule["metric"].as_str().unwrap_or_default();
    let parsed = Metric::from_str(metric).ok();
    let name = match (parsed, rule["customMetric"].as_str()) {
        (Some(Metric::Custom), Some(custom)) => custom.to_string(),
        _ => metric.to_ascii_lowercase().replace('_', "-"),
    };
    let symbol = Comparator::from_str(rule["operator"].as_str().unwrap_or_default())
        .map(Comparator::symbol)
        .unwrap_or("?");
    let unit = match parsed.map(Metric::unit).unwrap_or_default() {
        "" => String::new(),
        "%" => "%".to_string(),
        unit => format!(" {unit}"),
    };
    let threshold = rule["threshold"]
        .as_f64()
        .map(format_value)
        .unwrap_or_default();
    let hold = format_duration(rule["durationSeconds"].as_i64().unwrap_or_default());
    format!("{name} {symbol} {threshold}{unit} for {hold}")
}

fn scope_cell(rule: &Value) -> String {
    match (rule["scope"].as_str(), rule["scopeId"].as_str()) {
        (Some("NETWORK"), _) | (None, _) => "network".into(),
        (Some(scope), Some(id)) => format!("{} {id}", scope.to_ascii_lowercase()),
        (Some(scope), None) => scope.to_ascii_lowercase(),
    }
}

fn channel_names(value: &Value) -> String {
    value
        .as_array()
        .map(|channels| {
            channels
                .iter()
                .filter_map(|c| c["name"].as_str())
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

fn columns() -> Vec<Column> {
    vec![
        Column::new("ID", "id"),
        Column::new("NAME", "name"),
        Column::with("CONDITION", "", condition),
        Column::new("SEVERITY", "severity"),
        Column::with("SCOPE", "", scope_cell),
        Column::new("ENABLED", "enabled"),
        Column::new("BUILTIN", "builtin"),
        Column::with("CHANNELS", "channels", channel_names),
    ]
}

/// A rule as one record: its fields, and its condition in words.
fn record(rule: impl serde::Serialize) -> Output {
    let mut value = serde_json::to_value(rule).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut value {
        let text = condition(&Value::Object(map.clone()));
        map.insert("condition".into(), Value::String(text));
    }
    Output::Record(value)
}

async fn list_rules(
    global: &GlobalArgs,
    filter: alert_rules::AlertRuleFilter,
) -> Result<Vec<Value>, CliError> {
    let client = global.client().await?;
    let rules = client
        .run::<AlertRules>(alert_rules::Variables {
            filter: Some(filter),
        })
        .await?
        .alert_rules;
    Ok(match serde_json::to_value(rules) {
        Ok(Value::Array(items)) => items,
        _ => Vec::new(),
    })
}

pub async fn run(command: RulesCommand, global: &GlobalArgs) -> Result<Output, CliError> {
    match command {
        RulesCommand::List(args) => {
            let filter = alert_rules::AlertRuleFilter {
                id: None,
                enabled: match (args.enabled, args.disabled) {
                    (true, _) => Some(true),
                    (_, true) => Some(false),
                    _ => None,
                },
                metric: args.metric.map(|m| wire(m.metric.as_str())).transpose()?,
                server_id: args.server,
            };
            let items = list_rules(global, filter).await?;
            Ok(Output::list(columns(), items))
        }
        RulesCommand::Show(args) => {
            not_blank("the rule id", &args.id)?;
            let filter = alert_rules::AlertRuleFilter {
                id: Some(args.id.clone()),
                enabled: None,
                metric: None,
                server_id: None,
            };
            let rule = list_rules(global, filter).await?.pop().ok_or_else(|| {
                CliError::new(
                    crate::error::ErrorKind::NotFound,
                    format!("alert rule '{}' not found", args.id),
                )
                .with_code("RSC_001")
            })?;
            Ok(record(rule))
        }
        RulesCommand::Create(flags) => {
            let input = rule_input!(create_alert_rule, flags, None::<&str>);
            let client = global.client().await?;
            let rule = client
                .run::<CreateAlertRule>(create_alert_rule::Variables { input })
                .await?
                .create_alert_rule;
            Ok(record(rule))
        }
        RulesCommand::Update(args) => {
            not_blank("the rule id", &args.id)?;
            let flags = args.flags;
            let (scope, scope_id) = match scope_flags(&flags) {
                Some((scope, id)) => (Some(wire(scope)?), id),
                None => (None, None),
            };
            let metric = flags.metric;
            let input = update_alert_rule::AlertRulePatch {
                name: flags.name,
                metric: metric
                    .as_ref()
                    .map(|m| wire(m.metric.as_str()))
                    .transpose()?,
                custom_metric: metric.and_then(|m| m.custom),
                operator: flags.op.map(|op| wire(op.as_str())).transpose()?,
                threshold: finite(flags.threshold)?,
                duration_seconds: flags.hold,
                severity: flags.severity.map(|s| wire(s.as_str())).transpose()?,
                scope,
                scope_id,
                message: flags.message,
                enabled: match (args.enable, args.disable) {
                    (true, _) => Some(true),
                    (_, true) => Some(false),
                    _ => None,
                },
                channels: if args.no_channels {
                    Some(Vec::new())
                } else {
                    (!flags.channels.is_empty()).then_some(flags.channels)
                },
            };
            let client = global.client().await?;
            let rule = client
                .run::<UpdateAlertRule>(update_alert_rule::Variables { id: args.id, input })
                .await?
                .update_alert_rule;
            Ok(record(rule))
        }
        RulesCommand::Delete(args) => {
            not_blank("the rule id", &args.id)?;
            if !args.yes {
                super::super::confirm(
                    &global.terminal,
                    &format!(
                        "alerts rules delete {}: pass --yes to confirm; no terminal to ask on",
                        args.id
                    ),
                    &format!(
                        "Delete alert rule {} and the history of its alerts?",
                        args.id
                    ),
                )?;
            }
            let client = global.client().await?;
            let deleted = client
                .run::<DeleteAlertRule>(delete_alert_rule::Variables { id: args.id })
                .await?
                .delete_alert_rule;
            if global.output == Format::Json {
                return Ok(Output::Record(
                    json!({"id": deleted.id, "name": deleted.name, "deleted": true}),
                ));
            }
            Ok(Output::message(format!(
                "Deleted alert rule {} ({})",
                deleted.id, deleted.name
            )))
        }
        RulesCommand::Test(args) => {
            let variables = match args.id {
                Some(id) => {
                    not_blank("the rule id", &id)?;
                    let flags = &args.flags;
                    if flags.name.is_some()
                        || flags.metric.is_some()
                        || flags.op.is_some()
                        || flags.threshold.is_some()
                        || flags.hold.is_some()
                        || flags.severity.is_some()
                        || scope_flags(flags).is_some()
                        || !flags.channels.is_empty()
                        || flags.message.is_some()
                    {
                        return Err(CliError::usage(
                            "give a rule's ID or the flags of a new rule, not both",
                        ));
                    }
                    test_alert_rule::Variables {
                        id: Some(id),
                        input: None,
                    }
                }
                None => test_alert_rule::Variables {
                    id: None,
                    input: Some(rule_input!(test_alert_rule, args.flags, Some("test"))),
                },
            };
            let client = global.client().await?;
            let result = client
                .run::<TestAlertRule>(variables)
                .await?
                .test_alert_rule;
            let data = serde_json::to_value(&result).unwrap_or(Value::Null);
            let breaching = data["breaching"].as_array().cloned().unwrap_or_default();
            let breach_columns = vec![
                Column::new("SERVER", "serverId"),
                Column::new("NAME", "serverName"),
                Column::new("VALUE", "value"),
                Column::new("READING", "reading"),
            ];
            match global.output {
                Format::Json => Ok(Output::Record(data)),
                Format::Csv => Ok(Output::list(breach_columns, breaching)),
                Format::Table => {
                    let mut summary = data.clone();
                    if let Value::Object(map) = &mut summary {
                        map.remove("breaching");
                    }
                    Ok(Output::Sections(vec![
                        Section::new(
                            "summary",
                            "Dry run (nothing written)",
                            Output::Record(summary),
                        ),
                        Section::new(
                            "breaching",
                            "Breaching",
                            Output::list(breach_columns, breaching),
                        ),
                    ]))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_read_as_people_type_them() {
        assert_eq!(
            parse_metric("custom:queue.depth").unwrap(),
            MetricChoice {
                metric: Metric::Custom,
                custom: Some("queue.depth".into())
            }
        );
        assert_eq!(
            parse_metric("error-rate").unwrap().metric,
            Metric::ErrorRate
        );
        assert!(parse_metric("custom").is_err());
        assert!(parse_metric("custom:").is_err());
        assert!(parse_metric("disk").unwrap_err().contains("unknown metric"));
        assert_eq!(parse_op(">").unwrap(), Comparator::Gt);
        assert!(parse_op(">=").is_err());
        assert_eq!(parse_hold("0").unwrap(), 0);
        assert_eq!(parse_hold("0s").unwrap(), 0);
        assert_eq!(parse_hold("5m").unwrap(), 300);
        assert!(parse_hold("-5m").is_err());
        assert!(parse_hold("8d").is_err());
    }

    #[test]
    fn a_condition_reads_like_the_rule() {
        let rule =
            json!({"metric": "CPU", "operator": "GT", "threshold": 90.0, "durationSeconds": 60});
        assert_eq!(condition(&rule), "cpu > 90% for 1m");
        let rule =
            json!({"metric": "LATENCY", "operator": "LT", "threshold": 12.5, "durationSeconds": 0});
        assert_eq!(condition(&rule), "latency < 12.5 ms for 0s");
        let rule = json!({"metric": "CUSTOM", "customMetric": "queue", "operator": "EQ", "threshold": 3.0, "durationSeconds": 90});
        assert_eq!(condition(&rule), "queue = 3 for 1m30s");
        let scope = json!({"scope": "SERVER", "scopeId": "srv-1"});
        assert_eq!(scope_cell(&scope), "server srv-1");
    }
}
