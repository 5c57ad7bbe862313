//! `vpnmine alerts list|ack|silence|silences|unsilence|history|watch`: the alerts rules
//! raised, acknowledgements, silences, the history of a window, and a live feed for scripts.
//!
//! Ids tell what `silence` silences: the engine writes alert ids as `alr-...`; any other id
//! is a rule's.

use std::time::Duration;

use chrono::Utc;
use clap::{Args, Subcommand, ValueEnum};
use graphql_client::GraphQLQuery;
use serde_json::Value;

use crate::cli::GlobalArgs;
use crate::cli::analytics::object;
use crate::cli::metrics::{alert_line, follow, typed_alert, write_json, write_line};
use crate::cli::pages::{self, PageArgs};
use crate::client::operations::{
    AcknowledgeAlert, AlertEvents, AlertSilences, Alerts, ExpireAlertSilence, SilenceAlerts,
    acknowledge_alert, alert_events, alert_silences, alerts, expire_alert_silence, silence_alerts,
};
use crate::client::{Endpoint, embedded};
use crate::domain::parse_instant;
use crate::error::{CliError, ErrorKind};
use crate::output::{Column, Format, Output};

/// The prefix of the ids the engine gives alerts.
const ALERT_ID_PREFIX: &str = "alr-";
/// Longest silence the platform accepts: 30 days.
const MAX_SILENCE: Duration = Duration::from_secs(30 * 86_400);

#[derive(Debug, Subcommand)]
pub enum EventsCommand {
    /// Alerts, newest first: yours (your servers' and rules') or, for admins, every one.
    #[command(after_help = "Examples:
  vpnmine alerts list --active
  vpnmine alerts list --severity critical --server srv-0c1dbcd9 -o json | jq -r '.[].id'
  vpnmine alerts list --rule rule-cpu --all -o csv > cpu-alerts.csv")]
    List(ListArgs),
    /// Acknowledge an alert (firing or resolved): someone is on it. The first one stands.
    #[command(
        after_help = "A second acknowledgement is refused (exit 2), naming who acknowledged it and when.

Examples:
  vpnmine alerts ack alr-3f2a9c0d1e --comment 'rebooting the host'"
    )]
    Ack(AckArgs),
    /// Hold back the notifications of a rule's alerts or of one alert for a while.
    #[command(
        after_help = "TARGET is an alert id (alr-...) or a rule id. The alerts are still stored and listed
(with SILENCED); only their notifications are held back. Operators silence their own rules
and the alerts of their own servers; built-in rules only admins.

Examples:
  vpnmine alerts silence rule-cpu --for 2h --comment 'kernel upgrade'
  vpnmine alerts silence alr-3f2a9c0d1e --for 30m --comment 'known, fixing'"
    )]
    Silence(SilenceArgs),
    /// Silences you may see, the latest ending first.
    #[command(after_help = "Examples:
  vpnmine alerts silences --active")]
    Silences(SilencesArgs),
    /// End a silence now.
    #[command(after_help = "Examples:
  vpnmine alerts unsilence sil-8d0c6e2b41")]
    Unsilence(UnsilenceArgs),
    /// Alerts that were firing at some time in a window (fired or resolved), newest first.
    #[command(after_help = "Examples:
  vpnmine alerts history --from -7d --to now
  vpnmine alerts history --from 2025-06-01 --to 2025-07-01 --all -o csv > june.csv")]
    History(HistoryArgs),
    /// Follow alerts as they fire and resolve: NDJSON for scripts, lines on a terminal.
    #[command(
        after_help = "Each event is one JSON object per line (-o json, or whenever stdout is not a terminal)
with the keys type (\"alert\"), event (FIRING or RESOLVED), alertId, ruleId, ruleName,
serverId, serverName, metric, severity, value, threshold, summary, startsAt, endsAt and
silenced. Silenced alerts are shown too (silenced: true). A dropped connection is retried.
With --fail-on, the first event at that severity or worse is printed, then the command
exits 5.

Examples:
  vpnmine alerts watch --min-severity warning
  vpnmine alerts watch --fail-on critical > alerts.ndjson || page-someone"
    )]
    Watch(WatchArgs),
}

/// A severity, as flags take it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
pub enum SeverityArg {
    Info,
    Warning,
    Critical,
}

impl SeverityArg {
    fn as_str(self) -> &'static str {
        match self {
            Self::Info => "INFO",
            Self::Warning => "WARNING",
            Self::Critical => "CRITICAL",
        }
    }

    /// The severity of an event; `None` for one this CLI does not know (a newer server's).
    fn of(severity: &alert_events::AlertSeverity) -> Option<Self> {
        match severity {
            alert_events::AlertSeverity::INFO => Some(Self::Info),
            alert_events::AlertSeverity::WARNING => Some(Self::Warning),
            alert_events::AlertSeverity::CRITICAL => Some(Self::Critical),
            alert_events::AlertSeverity::Other(_) => None,
        }
    }
}

/// Converts a [`SeverityArg`] into an operation's generated `AlertSeverity`.
macro_rules! severity_of {
    ($module:ident, $arg:expr) => {
        match $arg {
            SeverityArg::Info => $module::AlertSeverity::INFO,
            SeverityArg::Warning => $module::AlertSeverity::WARNING,
            SeverityArg::Critical => $module::AlertSeverity::CRITICAL,
        }
    };
}

/// The filters `list` and `history` share.
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only alerts of this severity.
    #[arg(long, value_enum)]
    pub severity: Option<SeverityArg>,
    /// Only alerts of this server.
    #[arg(long, value_name = "ID")]
    pub server: Option<String>,
    /// Only alerts of this rule.
    #[arg(long, value_name = "ID")]
    pub rule: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only firing alerts.
    #[arg(long)]
    pub active: bool,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub pages: PageArgs,
}

#[derive(Debug, Args)]
pub struct AckArgs {
    /// The alert's id (alr-...).
    #[arg(value_name = "ID")]
    pub id: String,
    /// Why, or what is being done (1-500 characters).
    #[arg(long, value_name = "TEXT")]
    pub comment: Option<String>,
}

#[derive(Debug, Args)]
pub struct SilenceArgs {
    /// An alert id (alr-...) or a rule id.
    #[arg(value_name = "TARGET")]
    pub target: String,
    /// How long, from now: 30s, 15m, 2h, 1d (at most 30d).
    #[arg(long = "for", value_name = "DURATION", value_parser = parse_silence)]
    pub duration: Duration,
    /// Why (1-500 characters).
    #[arg(long, value_name = "TEXT")]
    pub comment: String,
}

#[derive(Debug, Args)]
pub struct SilencesArgs {
    /// Only silences in force now.
    #[arg(long)]
    pub active: bool,
}

#[derive(Debug, Args)]
pub struct UnsilenceArgs {
    /// The silence's id (sil-...).
    #[arg(value_name = "ID")]
    pub id: String,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Start of the window: RFC 3339, a date, now/today/yesterday, or an offset like -7d.
    #[arg(
        long,
        value_name = "TIME",
        default_value = "-7d",
        allow_hyphen_values = true
    )]
    pub from: String,
    /// End of the window (same forms as --from).
    #[arg(
        long,
        value_name = "TIME",
        default_value = "now",
        allow_hyphen_values = true
    )]
    pub to: String,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub pages: PageArgs,
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    /// Only events at this severity or worse.
    #[arg(long, value_enum)]
    pub min_severity: Option<SeverityArg>,
    /// Exit 5 after printing the first event at this severity or worse.
    #[arg(long, value_enum)]
    pub fail_on: Option<SeverityArg>,
    /// Stop after this many events.
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,
    /// Stop after this long (e.g. 30s, 5m, 1h).
    #[arg(long, value_parser = parse_duration)]
    pub duration: Option<Duration>,
}

fn parse_duration(input: &str) -> Result<Duration, String> {
    crate::domain::dates::parse_duration(input).map_err(|e| e.to_string())
}

fn parse_silence(input: &str) -> Result<Duration, String> {
    let duration = parse_duration(input)?;
    if duration < Duration::from_secs(1) {
        return Err("a silence lasts at least 1s".into());
    }
    if duration > MAX_SILENCE {
        return Err("a silence lasts at most 30d".into());
    }
    Ok(duration)
}

pub async fn run(command: EventsCommand, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    match command {
        EventsCommand::List(args) => list(args, global).await,
        EventsCommand::Ack(args) => ack(args, global).await.map(Some),
        EventsCommand::Silence(args) => silence(args, global).await.map(Some),
        EventsCommand::Silences(args) => silences(args, global).await.map(Some),
        EventsCommand::Unsilence(args) => unsilence(args, global).await.map(Some),
        EventsCommand::History(args) => history(args, global).await,
        EventsCommand::Watch(args) => watch(args, global).await.map(|()| None),
    }
}

fn alert_columns() -> Vec<Column> {
    vec![
        Column::new("ID", "id"),
        Column::new("STATE", "state"),
        Column::new("SEVERITY", "severity"),
        Column::new("RULE", "ruleName"),
        Column::new("SERVER", "serverName"),
        Column::new("VALUE", "value"),
        Column::new("LAST", "lastValue"),
        Column::new("THRESHOLD", "threshold"),
        Column::new("STARTED", "startsAt"),
        Column::new("ENDED", "endsAt"),
        Column::new("SILENCED", "silenced"),
        Column::new("ACKED BY", "acknowledgedBy"),
        Column::new("SUMMARY", "summary"),
    ]
}

fn silence_columns() -> Vec<Column> {
    vec![
        Column::new("ID", "id"),
        Column::new("RULE", "ruleId"),
        Column::new("ALERT", "alertId"),
        Column::new("ACTIVE", "active"),
        Column::new("STARTS", "startsAt"),
        Column::new("ENDS", "endsAt"),
        Column::new("BY", "createdBy"),
        Column::new("COMMENT", "comment"),
    ]
}

/// Lists alerts through `Query.alerts` (`active`, a window, the filters).
async fn fetch(
    global: &GlobalArgs,
    pages_args: &PageArgs,
    filter: &FilterArgs,
    active: Option<bool>,
    window: (Option<chrono::DateTime<Utc>>, Option<chrono::DateTime<Utc>>),
) -> Result<Option<Output>, CliError> {
    let client = global.client().await?;
    let filter = alerts::AlertFilter {
        active,
        severity: filter.severity.map(|s| severity_of!(alerts, s)),
        rule_id: filter.rule.clone(),
        server_id: filter.server.clone(),
        from: window.0,
        to: window.1,
    };
    pages::list_pages!(
        client,
        pages_args,
        global,
        "alerts",
        alert_columns(),
        Alerts in alerts.alerts,
        |pagination| alerts::Variables {
            filter: Some(filter.clone()),
            pagination,
        }
    )
    .await
}

async fn list(args: ListArgs, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    let active = args.active.then_some(true);
    fetch(global, &args.pages, &args.filter, active, (None, None)).await
}

async fn history(args: HistoryArgs, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    let now = Utc::now();
    let instant = |flag: &str, text: &str| {
        parse_instant(text, now).map_err(|e| CliError::usage(format!("invalid {flag}: {e}")))
    };
    let (from, to) = (instant("--from", &args.from)?, instant("--to", &args.to)?);
    if from >= to {
        return Err(CliError::usage("--from must be before --to"));
    }
    fetch(
        global,
        &args.pages,
        &args.filter,
        None,
        (Some(from), Some(to)),
    )
    .await
}

async fn ack(args: AckArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let client = global.client().await?;
    let data = client
        .run::<AcknowledgeAlert>(acknowledge_alert::Variables {
            id: args.id,
            comment: args.comment,
        })
        .await?;
    Ok(Output::Record(Value::Object(object(
        &data.acknowledge_alert,
    ))))
}

async fn silence(args: SilenceArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let target = args.target.trim().to_string();
    let (rule_id, alert_id) = if target.starts_with(ALERT_ID_PREFIX) {
        (None, Some(target))
    } else {
        (Some(target), None)
    };
    // parse_silence keeps it within 30 days.
    let duration_seconds = i64::try_from(args.duration.as_secs()).unwrap_or(i64::MAX);
    let client = global.client().await?;
    let data = client
        .run::<SilenceAlerts>(silence_alerts::Variables {
            input: silence_alerts::SilenceAlertsInput {
                rule_id,
                alert_id,
                duration_seconds,
                comment: args.comment,
            },
        })
        .await?;
    Ok(Output::Record(Value::Object(object(&data.silence_alerts))))
}

async fn silences(args: SilencesArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let client = global.client().await?;
    let data = client
        .run::<AlertSilences>(alert_silences::Variables {
            active: args.active.then_some(true),
        })
        .await?;
    let items = data
        .alert_silences
        .iter()
        .map(|s| serde_json::to_value(s).unwrap_or(Value::Null))
        .collect();
    Ok(Output::list(silence_columns(), items))
}

async fn unsilence(args: UnsilenceArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let client = global.client().await?;
    let data = client
        .run::<ExpireAlertSilence>(expire_alert_silence::Variables { id: args.id })
        .await?;
    Ok(Output::Record(Value::Object(object(
        &data.expire_alert_silence,
    ))))
}

async fn watch(args: WatchArgs, global: &GlobalArgs) -> Result<(), CliError> {
    if Endpoint::parse(&global.endpoint)? == Endpoint::Local {
        // The local platform has no real agents: let its demo agents report every second.
        embedded::simulate_agents(Duration::from_secs(1));
    }
    let client = global.client().await?;
    let body = AlertEvents::build_query(alert_events::Variables {
        min_severity: args.min_severity.map(|s| severity_of!(alert_events, s)),
    });
    let variables = serde_json::to_value(&body.variables)
        .map_err(|e| CliError::failed(format!("cannot encode the subscription: {e}")))?;
    let target = global.terminal.stdout_target(global.no_color);
    let ndjson = global.output == Format::Json || !target.tty;
    let jq = global.jq_filter()?;
    let mut received = 0u64;
    let mut failed: Option<CliError> = None;
    let follow = follow(
        &client,
        (body.query, body.operation_name),
        variables,
        "alertEvents",
        global.quiet,
        |data| {
            // Typed, so that a field the document no longer asks for fails here, not as a
            // silently missing key in a script's input.
            let event: alert_events::AlertEventsAlertEvents = serde_json::from_value(data.clone())
                .map_err(|e| {
                    CliError::failed(format!("unexpected alert event from the platform: {e}"))
                })?;
            let value = serde_json::to_value(&event).unwrap_or(Value::Null);
            let written = if ndjson {
                write_json(jq.as_ref(), &typed_alert(&value))?
            } else {
                write_line(&alert_line(&value))?
            };
            if !written {
                return Ok(false);
            }
            let severity = SeverityArg::of(&event.severity);
            if let (Some(fail_on), Some(severity)) = (args.fail_on, severity)
                && severity >= fail_on
            {
                failed = Some(CliError::new(
                    ErrorKind::Refused,
                    format!(
                        "alert {} ({}, {}) {}: --fail-on {}",
                        event.alert_id,
                        event.rule_name,
                        severity.as_str(),
                        value["event"].as_str().unwrap_or(""),
                        fail_on.as_str().to_ascii_lowercase()
                    ),
                ));
                return Ok(false);
            }
            received += 1;
            Ok(args.count.is_none_or(|n| received < n))
        },
    );
    let stop = async {
        match args.duration {
            Some(d) => tokio::time::sleep(d).await,
            None => std::future::pending().await,
        }
    };
    let result = tokio::select! {
        result = follow => result,
        _ = stop => Ok(()),
        _ = tokio::signal::ctrl_c() => Ok(()),
    };
    result?;
    failed.map_or(Ok(()), Err)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every column resolves in the typed answer: a renamed field fails here instead of
    /// rendering as an empty column.
    #[test]
    fn every_column_is_a_field_of_the_typed_answer() {
        let alert = serde_json::json!({
            "id": "alr-1", "ruleId": "rule-cpu", "ruleName": "cpu-high", "serverId": "srv-1",
            "serverName": "a.example.net", "metric": "CPU", "severity": "WARNING",
            "state": "RESOLVED", "value": 95.5, "lastValue": 40.0, "threshold": 90.0,
            "summary": "CPU at 95.5%", "startsAt": "2026-01-01T00:00:00Z",
            "endsAt": "2026-01-01T00:05:00Z", "silenced": true,
            "silencedUntil": "2026-01-01T02:00:00Z", "acknowledgedBy": "usr-1",
            "acknowledgedAt": "2026-01-01T00:01:00Z", "ackComment": "on it"
        });
        let page = serde_json::json!({"alerts": {"items": [alert],
            "pageInfo": {"totalItems": 1, "totalPages": 1, "hasNext": false}}});
        let typed: alerts::ResponseData = serde_json::from_value(page).unwrap();
        let item = serde_json::to_value(&typed.alerts.items[0]).unwrap();
        for column in alert_columns() {
            assert!(
                !item[column.path].is_null(),
                "{} ({})",
                column.header,
                column.path
            );
        }
        let silence = serde_json::json!({"alertSilences": [{
            "id": "sil-1", "ruleId": "rule-cpu", "alertId": "alr-1", "comment": "upgrade",
            "createdBy": "usr-1", "startsAt": "2026-01-01T00:00:00Z",
            "endsAt": "2026-01-01T02:00:00Z", "active": true
        }]});
        let typed: alert_silences::ResponseData = serde_json::from_value(silence).unwrap();
        let item = serde_json::to_value(&typed.alert_silences[0]).unwrap();
        for column in silence_columns() {
            assert!(
                !item[column.path].is_null(),
                "{} ({})",
                column.header,
                column.path
            );
        }
    }

    #[test]
    fn silences_last_from_a_second_to_30_days() {
        assert_eq!(parse_silence("2h").unwrap(), Duration::from_secs(7_200));
        assert_eq!(parse_silence("30d").unwrap(), MAX_SILENCE);
        for bad in ["0", "0s", "31d", "-1h", "soon", ""] {
            assert!(parse_silence(bad).is_err(), "{bad}");
        }
    }
}
