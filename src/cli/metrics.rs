//! `vpnmine metrics watch`: live metrics from the platform's subscriptions, with the alert
//! events of the servers the caller sees merged in.

use std::collections::{HashMap, VecDeque};
use std::io::Write;
use std::sync::Mutex;
use std::time::Duration;

use clap::{Args, Subcommand};
use graphql_client::GraphQLQuery;
use serde_json::Value;

use super::GlobalArgs;
use crate::client::operations::{
    AlertEvents, MetricUpdates, RealTimeMetrics, alert_events, metric_updates, real_time_metrics,
};
use crate::client::subscription::Interrupted;
use crate::client::{Client, Endpoint, embedded};
use crate::error::CliError;
use crate::output::jq::Jq;
use crate::output::{self, Column, Format, Output, Target};

/// Longest wait between reconnection attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(30);

#[derive(Debug, Subcommand)]
pub enum MetricsCommand {
    /// Follow live metrics: the whole network, or one server with --server.
    #[command(after_help = "Examples:
  vpnmine metrics watch                          # a live table on a terminal
  vpnmine metrics watch --server srv-0c1dbcd9 -o json | jq .metrics
  vpnmine metrics watch --count 10 > updates.ndjson
  vpnmine metrics watch --duration 5m")]
    Watch(WatchArgs),
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    /// Only this server (realTimeMetrics: its owner or an admin).
    #[arg(long, value_name = "ID")]
    pub server: Option<String>,
    /// Stop after this many updates.
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,
    /// Stop after this long (e.g. 30s, 5m, 1h).
    #[arg(long, value_parser = parse_duration)]
    pub duration: Option<Duration>,
}

fn parse_duration(input: &str) -> Result<Duration, String> {
    crate::domain::dates::parse_duration(input).map_err(|e| e.to_string())
}

pub async fn run(command: MetricsCommand, global: &GlobalArgs) -> Result<(), CliError> {
    match command {
        MetricsCommand::Watch(args) => watch(args, global).await,
    }
}

/// How updates are shown: one JSON line each for scripts, a redrawn table for people.
struct Printer {
    ndjson: bool,
    /// `--jq`, applied to each NDJSON line.
    jq: Option<Jq>,
    target: Target,
    /// The latest alert events, as lines under the table (a redraw clears the screen).
    recent_alerts: Mutex<VecDeque<String>>,
    /// Rows of the terminal (`None`: unknown), which the network table is cut to.
    height: Option<u16>,
    /// Each server's latest figures by id: an update carries only the servers that reported
    /// since the previous one, while the table shows the busiest of all.
    latest: Mutex<HashMap<String, Value>>,
}

/// Alert lines kept under the table on a terminal.
const RECENT_ALERTS: usize = 5;

impl Printer {
    /// Shows one update; `false` when the reader has gone away (closed pipe).
    fn show(&self, update: &Value, server: bool) -> Result<bool, CliError> {
        if self.ndjson {
            return write_json(self.jq.as_ref(), update);
        }
        let mut out = std::io::stdout().lock();
        let (title, mut table) = table_of(update, server);
        let alerts: Vec<String> = self
            .recent_alerts
            .lock()
            .map(|lines| lines.iter().cloned().collect())
            .unwrap_or_default();
        let mut not_shown = String::new();
        if !server && let Output::List { items, .. } = &mut table {
            let mut latest = self.latest.lock().unwrap_or_else(|e| e.into_inner());
            for row in items.drain(..) {
                if let Some(id) = row["serverId"].as_str() {
                    latest.insert(id.to_string(), row);
                }
            }
            // Under the table: the "not shown" line, and the alerts block when there is one.
            let below = 1 + if alerts.is_empty() {
                0
            } else {
                2 + alerts.len()
            };
            let (shown, hidden) = busiest(latest.values(), self.height, below);
            *items = shown;
            if hidden > 0 {
                not_shown = format!(
                    "{hidden} more server{} not shown (the busiest by CPU are; -o json has every \
                     update)\n",
                    if hidden == 1 { "" } else { "s" }
                );
            }
        }
        // Clear the screen and draw the newest state from the top.
        let written = write!(out, "\x1b[2J\x1b[H{title}\n\n")
            .map_err(output::RenderError::Io)
            .and_then(|()| output::render(&table, Format::Table, &self.target, &mut out))
            .and_then(|()| write!(out, "{not_shown}").map_err(output::RenderError::Io))
            .and_then(|()| {
                if alerts.is_empty() {
                    return Ok(());
                }
                writeln!(out, "\nalerts:\n{}", alerts.join("\n")).map_err(output::RenderError::Io)
            })
            .map_err(|e| match e {
                output::RenderError::Io(io) => io,
                other => std::io::Error::other(other.to_string()),
            });
        written_or_gone(written)
    }

    /// Shows one alert event: in NDJSON as an object with `"type": "alert"` (metric updates
    /// have no `type`), on a terminal as a line (kept under the next redraws).
    fn show_alert(&self, event: &Value) -> Result<bool, CliError> {
        if self.ndjson {
            return write_json(self.jq.as_ref(), &typed_alert(event));
        }
        let line = alert_line(event);
        if let Ok(mut lines) = self.recent_alerts.lock() {
            if lines.len() == RECENT_ALERTS {
                lines.pop_front();
            }
            lines.push_back(line.clone());
        }
        write_line(&line)
    }
}

/// Rows of the terminal assumed when it does not say (the classic 24).
const DEFAULT_HEIGHT: u16 = 24;

/// The servers of `rows` that fit a terminal `height` rows high with `below` lines under the
/// table, busiest CPU first (ties by id, so rows do not jump between redraws), and how many
/// did not fit. Above the table are the title and a blank line; the bordered table takes
/// four lines of its own (top, header, rule, bottom); one line is left for the cursor.
fn busiest<'a>(
    rows: impl Iterator<Item = &'a Value>,
    height: Option<u16>,
    below: usize,
) -> (Vec<Value>, usize) {
    let mut rows: Vec<&Value> = rows.collect();
    let height = usize::from(height.unwrap_or(DEFAULT_HEIGHT));
    let room = height.saturating_sub(2 + 4 + 1 + below).max(1);
    rows.sort_by(|a, b| {
        let cpu = |v: &Value| v["cpuUsage"].as_f64().unwrap_or(0.0);
        cpu(b)
            .total_cmp(&cpu(a))
            .then_with(|| a["serverId"].as_str().cmp(&b["serverId"].as_str()))
    });
    let hidden = rows.len().saturating_sub(room);
    rows.truncate(room);
    (rows.into_iter().cloned().collect(), hidden)
}

/// An alert event as one NDJSON object: its fields and `"type": "alert"`.
pub(crate) fn typed_alert(event: &Value) -> Value {
    let mut object = serde_json::Map::new();
    object.insert("type".into(), Value::from("alert"));
    if let Value::Object(fields) = event {
        object.extend(fields.clone());
    }
    Value::Object(object)
}

/// An alert event as a line for people: when, FIRING/RESOLVED, severity, rule, server and
/// summary.
pub(crate) fn alert_line(event: &Value) -> String {
    let text = |key: &str| event[key].as_str().unwrap_or("");
    let resolved = text("event") == "RESOLVED";
    let when = if resolved {
        text("endsAt")
    } else {
        text("startsAt")
    };
    let server = event["serverName"].as_str().unwrap_or("the network");
    format!(
        "{when}  {:<8}  {:<8}  {} on {server}: {}{}",
        text("event"),
        text("severity"),
        text("ruleName"),
        text("summary"),
        if event["silenced"].as_bool() == Some(true) {
            " (silenced)"
        } else {
            ""
        }
    )
}

/// Writes one line to stdout; `false` when the reader has gone away (closed pipe).
pub(crate) fn write_line(line: &str) -> Result<bool, CliError> {
    let mut out = std::io::stdout().lock();
    written_or_gone(writeln!(out, "{line}").and_then(|()| out.flush()))
}

/// Writes one JSON value as an NDJSON line, or what `--jq` makes of it (nothing, when the
/// filter selects nothing); `false` when the reader has gone away.
pub(crate) fn write_json(jq: Option<&Jq>, value: &Value) -> Result<bool, CliError> {
    let Some(jq) = jq else {
        return write_line(&value.to_string());
    };
    let text = jq
        .render(value, false)
        .map_err(|e| CliError::usage(format!("--jq: {e}")))?;
    match text.strip_suffix('\n') {
        Some(lines) => write_line(lines),
        None => Ok(true),
    }
}

fn written_or_gone(written: std::io::Result<()>) -> Result<bool, CliError> {
    match written {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(CliError::failed(format!("cannot write to stdout: {e}"))),
    }
}

fn table_of(update: &Value, server: bool) -> (String, Output) {
    if server {
        let status = update["status"]["code"].as_str().unwrap_or("?");
        let alerts: Vec<&str> = update["alerts"]
            .as_array()
            .map(|a| a.iter().filter_map(|x| x["message"].as_str()).collect())
            .unwrap_or_default();
        let title = format!(
            "{}  {}  {}{}",
            update["timestamp"].as_str().unwrap_or(""),
            update["serverId"].as_str().unwrap_or(""),
            status,
            if alerts.is_empty() {
                String::new()
            } else {
                format!("  alerts: {}", alerts.join("; "))
            }
        );
        let items = update["metrics"].as_array().cloned().unwrap_or_default();
        let columns = vec![
            Column::new("METRIC", "name"),
            Column::new("VALUE", "value"),
            Column::new("UNIT", "unit"),
        ];
        (title, Output::List { columns, items })
    } else {
        let network = &update["networkMetrics"];
        let title = format!(
            "{}  connections {}  users {}  bandwidth {:.0} Mbit/s  latency {:.0} ms  tokens/h {:.2}",
            update["timestamp"].as_str().unwrap_or(""),
            update["activeConnections"],
            network["totalActiveUsers"],
            network["totalBandwidth"].as_f64().unwrap_or(0.0),
            network["averageLatency"].as_f64().unwrap_or(0.0),
            network["currentTokenRate"].as_f64().unwrap_or(0.0),
        );
        let items = update["serverMetrics"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let columns = vec![
            Column::new("SERVER", "serverId"),
            Column::new("CPU%", "cpuUsage"),
            Column::new("MEM%", "memoryUsage"),
            Column::new("MBIT/S", "networkSpeed"),
            Column::new("USERS", "activeMiners"),
        ];
        (title, Output::List { columns, items })
    }
}

async fn watch(args: WatchArgs, global: &GlobalArgs) -> Result<(), CliError> {
    if Endpoint::parse(&global.endpoint)? == Endpoint::Local {
        // The local platform has no real agents: let its demo agents report every second.
        embedded::simulate_agents(Duration::from_secs(1));
    }
    let client = global.client().await?;
    // An operation without variables has a unit `Variables` (JSON null): send `{}`.
    let encode = |variables: Result<Value, serde_json::Error>| match variables {
        Ok(Value::Null) => Ok(Value::Object(serde_json::Map::new())),
        Ok(variables) => Ok(variables),
        Err(e) => Err(CliError::failed(format!(
            "cannot encode the subscription: {e}"
        ))),
    };
    let (body, variables, field) = match &args.server {
        Some(id) => {
            let body = RealTimeMetrics::build_query(real_time_metrics::Variables {
                server_id: id.clone(),
            });
            (
                (body.query, body.operation_name),
                encode(serde_json::to_value(&body.variables))?,
                "realTimeMetrics",
            )
        }
        None => {
            let body = MetricUpdates::build_query(metric_updates::Variables {});
            (
                (body.query, body.operation_name),
                encode(serde_json::to_value(&body.variables))?,
                "metricUpdates",
            )
        }
    };
    let target = global.terminal.stdout_target(global.no_color);
    let printer = Printer {
        ndjson: global.output == Format::Json || !target.tty,
        jq: global.jq_filter()?,
        target,
        recent_alerts: Mutex::default(),
        height: global.terminal.height,
        latest: Mutex::default(),
    };
    let mut received = 0u64;
    let metrics = follow(&client, body, variables, field, global.quiet, |update| {
        if !printer.show(update, args.server.is_some())? {
            return Ok(false);
        }
        received += 1;
        Ok(args.count.is_none_or(|n| received < n))
    });
    // Alert events of the servers the caller sees, merged in. A caller that may not see
    // alerts (a user) is refused them: the metrics go on alone.
    let alert_body = AlertEvents::build_query(alert_events::Variables { min_severity: None });
    let alert_variables = encode(serde_json::to_value(&alert_body.variables))?;
    let alerts = async {
        let shown = follow(
            &client,
            (alert_body.query, alert_body.operation_name),
            alert_variables,
            "alertEvents",
            global.quiet,
            |event| {
                // With --server, that server's alerts only.
                if args
                    .server
                    .as_deref()
                    .is_some_and(|id| event["serverId"].as_str() != Some(id))
                {
                    return Ok(true);
                }
                printer.show_alert(event)
            },
        )
        .await;
        if let Err(e) = shown
            && !global.quiet
            && e.exit_code() != crate::error::ErrorKind::Auth.exit_code()
        {
            eprintln!("alert events: {}", e.message);
        }
        std::future::pending::<()>().await;
    };
    let stop = async {
        match args.duration {
            Some(d) => tokio::time::sleep(d).await,
            None => std::future::pending().await,
        }
    };
    tokio::select! {
        result = metrics => result,
        () = alerts => Ok(()),
        _ = stop => Ok(()),
        _ = tokio::signal::ctrl_c() => Ok(()),
    }
}

/// Follows one subscription, reconnecting with a growing backoff when the connection drops,
/// and hands each item (the answer's `field`) to `on_item`, until it answers `false` (done,
/// or the reader went away). A refusal by the server ends it with that error.
pub(crate) async fn follow(
    client: &Client,
    body: (&str, &str),
    variables: Value,
    field: &str,
    quiet: bool,
    on_item: impl FnMut(&Value) -> Result<bool, CliError>,
) -> Result<(), CliError> {
    let on_link = |link: Link<'_>| {
        if let Link::Down { error, retry_in } = link
            && !quiet
        {
            eprintln!("{}; reconnecting in {}s", error.message, retry_in.as_secs());
        }
    };
    follow_with(client, body, variables, field, on_link, on_item).await
}

/// The state of a followed subscription's connection, for [`follow_with`]'s `on_link`.
#[derive(Debug)]
pub(crate) enum Link<'a> {
    /// Subscribed (again).
    Up,
    /// The connection dropped or never came up; the next attempt is in `retry_in`.
    Down {
        error: &'a CliError,
        retry_in: Duration,
    },
}

/// [`follow`], telling `on_link` when the connection comes up and when it drops instead of
/// printing (a full-screen view shows it in its header).
pub(crate) async fn follow_with(
    client: &Client,
    (query, name): (&str, &str),
    variables: Value,
    field: &str,
    mut on_link: impl FnMut(Link<'_>),
    mut on_item: impl FnMut(&Value) -> Result<bool, CliError>,
) -> Result<(), CliError> {
    let mut backoff = Duration::from_secs(1);
    loop {
        let interrupted = match client.subscribe(query, name, variables.clone()).await {
            Err(interrupted) => interrupted,
            Ok(mut subscription) => {
                on_link(Link::Up);
                loop {
                    match subscription.next().await {
                        Ok(data) => {
                            backoff = Duration::from_secs(1);
                            if !on_item(&data[field])? {
                                subscription.close().await;
                                return Ok(());
                            }
                        }
                        Err(interrupted) => break interrupted,
                    }
                }
            }
        };
        match interrupted {
            Interrupted::Refused(error) => return Err(error),
            Interrupted::Connection(error) => {
                on_link(Link::Down {
                    error: &error,
                    retry_in: backoff,
                });
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(MAX_BACKOFF);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn the_busiest_servers_that_fit_are_shown() {
        let rows: Vec<Value> = (0..50)
            .map(|i| json!({ "serverId": format!("srv-{i:02}"), "cpuUsage": f64::from(i % 10) }))
            .collect();
        // 24 rows: title, blank, four table lines, the "not shown" line and the cursor's.
        let (shown, hidden) = busiest(rows.iter(), Some(24), 1);
        assert_eq!(shown.len(), 16);
        assert_eq!(hidden, 34);
        assert_eq!(shown[0]["cpuUsage"], 9.0);
        assert_eq!(shown[0]["serverId"], "srv-09", "ties by id");
        assert!(
            shown
                .windows(2)
                .all(|w| w[0]["cpuUsage"].as_f64() >= w[1]["cpuUsage"].as_f64())
        );
        // Alerts under the table leave less room; a tiny terminal still shows one row.
        assert_eq!(busiest(rows.iter(), Some(24), 1 + 2 + 5).0.len(), 9);
        assert_eq!(busiest(rows.iter(), Some(3), 1).0.len(), 1);
        assert_eq!(
            busiest(rows.iter(), None, 1).0.len(),
            16,
            "24 rows when unknown"
        );
        assert_eq!(
            busiest(rows.iter().take(3), Some(60), 1),
            (rows[..3].iter().rev().cloned().collect(), 0)
        );
    }
}
