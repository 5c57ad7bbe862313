//! `vpnmine analytics ...`: network-wide figures over a time window.
//!
//! Also home of the helpers the read-only dashboards share (`me`, `users`, `admin`): the
//! `--from`/`--to` window and turning a typed answer into JSON values for [`Output`].

use chrono::{SubsecRound, Utc};
use clap::{Args, Subcommand};
use serde::Serialize;
use serde_json::{Map, Value};

use super::GlobalArgs;
use crate::client::operations::{
    NetworkAnalytics, NetworkTimeline, network_analytics as ops, network_timeline as timeline_ops,
};
use crate::domain::dates::{DateError, Interval, TimeRange, parse_instant};
use crate::error::CliError;
use crate::output::{Chart, Column, Line, Output, Panel, Section};

#[derive(Debug, Subcommand)]
pub enum AnalyticsCommand {
    /// Network totals over a window and the best-performing servers in it.
    #[command(after_help = "Examples:
  vpnmine analytics network                          # the last 24 hours
  vpnmine analytics network --from -7d --to -1d
  vpnmine analytics network --from 2026-11-01 --to 2026-11-02 -o json
  vpnmine analytics network --from -7d --chart       # CPU, memory, network, latency over time")]
    Network(NetworkArgs),
}

#[derive(Debug, Args)]
pub struct NetworkArgs {
    #[command(flatten)]
    pub range: RangeArgs,
    /// Also draw the network's CPU, memory, throughput and latency over the window as line
    /// charts (on a terminal; elsewhere, and with -o json/csv, the same points as data).
    #[arg(long)]
    pub chart: bool,
}

/// A `--from`/`--to` window; the default span is set per command by the caller.
#[derive(Debug, Args)]
pub struct RangeArgs {
    /// Start of the window: RFC 3339, a date, now/today/yesterday, or an offset like -1d, 24h.
    #[arg(
        long,
        default_value = "-1d",
        value_name = "TIME",
        allow_hyphen_values = true
    )]
    pub from: String,
    /// End of the window (same forms as --from); must be after --from.
    #[arg(
        long,
        default_value = "now",
        value_name = "TIME",
        allow_hyphen_values = true
    )]
    pub to: String,
}

pub async fn run(command: AnalyticsCommand, global: &GlobalArgs) -> Result<Output, CliError> {
    match command {
        AnalyticsCommand::Network(args) => network(args, global).await,
    }
}

async fn network(args: NetworkArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let range = time_range(&args.range.from, &args.range.to)?;
    let client = global.client().await?;
    let figures = client.run::<NetworkAnalytics>(ops::Variables {
        from: Some(range.from),
        to: Some(range.to),
    });
    // The timeline is its own request, made only for a chart, at the same time.
    let timeline = async {
        if !args.chart {
            return Ok(None);
        }
        let interval = match Interval::for_chart(&range) {
            Interval::Minute => timeline_ops::MetricInterval::MINUTE,
            Interval::FiveMinutes => timeline_ops::MetricInterval::FIVE_MINUTES,
            Interval::Hour => timeline_ops::MetricInterval::HOUR,
            Interval::Day => timeline_ops::MetricInterval::DAY,
        };
        let data = client
            .run::<NetworkTimeline>(timeline_ops::Variables {
                from: Some(range.from),
                to: Some(range.to),
                interval: Some(interval),
            })
            .await?;
        Ok::<_, CliError>(Some(to_values(data.network_analytics.timeline)))
    };
    let (data, timeline) = tokio::try_join!(figures, timeline)?;
    let mut summary = object(&data.network_analytics);
    let top = take_list(&mut summary, "topPerformingServers");
    let mut sections = vec![
        Section::new("summary", "Network", Output::Record(Value::Object(summary))),
        Section::new(
            "topPerformingServers",
            "Top performing servers (lowest latency)",
            Output::list(
                vec![
                    Column::new("SERVER ID", "serverId"),
                    Column::new("NAME", "serverName"),
                    Column::new("CPU%", "averageCpuUsage"),
                    Column::new("MEM%", "averageMemoryUsage"),
                    Column::new("MBIT/S", "averageNetworkSpeed"),
                    Column::new("LATENCY MS", "averageLatencyMs"),
                ],
                top,
            ),
        ),
    ];
    if let Some(timeline) = timeline {
        sections.push(Section::new(
            "timeline",
            "The network over time (averages per reporting server)",
            timeline_chart(timeline),
        ));
    }
    Ok(Output::Sections(sections))
}

/// The network's averages over time: charts on a terminal, a table of the points elsewhere.
fn timeline_chart(points: Vec<Value>) -> Output {
    let data = Output::list(
        vec![
            Column::new("TIME", "timestamp"),
            Column::new("SERVERS", "reportingServers"),
            Column::new("CPU%", "averageCpuUsage"),
            Column::new("MEM%", "averageMemoryUsage"),
            Column::new("MBIT/S", "averageNetworkSpeed"),
            Column::new("CONNS", "averageConnections"),
            Column::new("LATENCY MS", "averageLatencyMs"),
        ],
        points.clone(),
    );
    metrics_chart(
        points,
        data,
        [
            Line::new("cpu", "averageCpuUsage"),
            Line::new("memory", "averageMemoryUsage"),
            Line::new("in + out", "averageNetworkSpeed"),
            Line::new("", ""),
            Line::new("latency", "averageLatencyMs"),
        ],
    )
}

/// The four panels `--chart` draws over `points`: CPU and memory in percent, the network in
/// Mbit/s (one line, or in and out: a second line with an empty path is left out) and the
/// latency in milliseconds. `data` is what is shown where a chart cannot be.
pub(crate) fn metrics_chart(points: Vec<Value>, data: Output, lines: [Line; 5]) -> Output {
    let [cpu, memory, network, network_out, latency] = lines;
    let network = [network, network_out]
        .into_iter()
        .filter(|line| !line.path.is_empty())
        .collect();
    let panel = |title, unit, lines| Panel { title, unit, lines };
    Output::Chart(Box::new(Chart {
        points,
        time: "timestamp",
        panels: vec![
            panel("CPU", "%", vec![cpu]),
            panel("Memory", "%", vec![memory]),
            panel("Network", "Mbit/s", network),
            panel("Latency", "ms", vec![latency]),
        ],
        data: Box::new(data),
    }))
}

/// Parses `--from`/`--to` relative to now; errors name the flag and exit 2.
pub(crate) fn time_range(from: &str, to: &str) -> Result<TimeRange, CliError> {
    // Whole seconds: the window is shown back to the user, nanoseconds are noise there.
    let now = Utc::now().trunc_subsecs(0);
    fn flag(name: &'static str) -> impl Fn(DateError) -> CliError {
        move |e| CliError::usage(format!("invalid {name}: {e}"))
    }
    let from = parse_instant(from, now).map_err(flag("--from"))?;
    let to = parse_instant(to, now).map_err(flag("--to"))?;
    TimeRange::new(from, to).map_err(|e| {
        CliError::usage(format!("--from must be before --to: {e}"))
            .with_hint("swap the two, or widen the window")
    })
}

/// A typed answer as a JSON object (API field names); empty if it is not an object.
/// Typed items as the JSON values an [`Output`] holds.
pub(crate) fn to_values<T: Serialize>(items: Vec<T>) -> Vec<Value> {
    items
        .into_iter()
        .map(|item| serde_json::to_value(item).unwrap_or(Value::Null))
        .collect()
}

pub(crate) fn object(data: &impl Serialize) -> Map<String, Value> {
    match serde_json::to_value(data) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

/// Removes `key` from `map` and returns it as a list of items (empty when missing).
pub(crate) fn take_list(map: &mut Map<String, Value>, key: &str) -> Vec<Value> {
    match map.remove(key) {
        Some(Value::Array(items)) => items,
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn ranges_name_the_bad_flag() {
        let e = time_range("yesterdayish", "now").unwrap_err();
        assert_eq!(e.kind, ErrorKind::Usage);
        assert!(e.message.starts_with("invalid --from:"), "{e}");
        let e = time_range("-1d", "soon").unwrap_err();
        assert!(e.message.starts_with("invalid --to:"), "{e}");
        let e = time_range("now", "-1d").unwrap_err();
        assert!(e.message.contains("--from must be before --to"), "{e}");
        let range = time_range("-2d", "-1d").unwrap();
        assert_eq!(range.duration(), chrono::Duration::days(1));
    }
}
