//! `vpnmine me ...`: the caller's own connections.

use clap::{Args, Subcommand};
use serde_json::{Map, Value};

use super::GlobalArgs;
use super::analytics::{object, take_list, time_range};
use super::pages::{self, PageArgs};
use crate::client::operations::{
    MyConnectionDashboard, MyConnectionStats, RateConnection, my_connection_dashboard,
    my_connection_stats as ops, rate_connection,
};
use crate::error::CliError;
use crate::output::{Column, Output, Section};

#[derive(Debug, Subcommand)]
pub enum MeCommand {
    /// Your VPN sessions in a window, newest first: one page, or all of them with --all.
    #[command(after_help = "Examples:
  vpnmine me stats                                   # the last 30 days, first page
  vpnmine me stats --from -7d --page 2 --size 50
  vpnmine me stats --all -o csv > sessions.csv")]
    Stats(StatsArgs),
    /// Your current connection, recent connections and 30-day averages.
    #[command(after_help = "Examples:
  vpnmine me dashboard
  vpnmine me dashboard -o json | jq .currentConnection")]
    Dashboard,
    /// Rate one of your ended connections once: 1-5 stars and an optional comment. Find the
    /// session ids with `vpnmine me stats`.
    #[command(after_help = "Examples:
  vpnmine me rate ses-00000042 --stars 5
  vpnmine me rate ses-00000042 --stars 2 --comment \"slow in the evening\"")]
    Rate(RateArgs),
}

#[derive(Debug, Args)]
pub struct RateArgs {
    /// The session (the ID column of `vpnmine me stats`).
    #[arg(value_name = "SESSION_ID")]
    pub session_id: String,
    /// 1 (poor) to 5 (excellent).
    #[arg(long, value_parser = clap::value_parser!(i64).range(1..=5))]
    pub stars: i64,
    /// A few words on the connection (at most 500 characters).
    #[arg(long, value_name = "TEXT")]
    pub comment: Option<String>,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Start of the window: RFC 3339, a date, now/today/yesterday, or an offset like -30d.
    #[arg(
        long,
        default_value = "-30d",
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
    #[command(flatten)]
    pub pages: PageArgs,
}

pub async fn run(command: MeCommand, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    match command {
        MeCommand::Stats(args) => stats(args, global).await,
        MeCommand::Dashboard => dashboard(global).await.map(Some),
        MeCommand::Rate(args) => rate(args, global).await.map(Some),
    }
}

/// The columns of a session listing.
pub fn session_columns() -> Vec<Column> {
    vec![
        Column::new("ID", "id"),
        Column::new("SERVER", "serverName"),
        Column::new("PROTOCOL", "protocol"),
        Column::new("START", "connectionStart"),
        Column::new("END", "connectionEnd"),
        Column::new("GB", "dataTransferred"),
        Column::new("MBIT/S", "networkSpeed"),
        Column::new("LATENCY MS", "averageLatency"),
        Column::new("RATING", "rating"),
    ]
}

async fn rate(args: RateArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let client = global.client().await?;
    let input = rate_connection::RateConnectionInput {
        session_id: args.session_id,
        stars: args.stars,
        comment: args.comment,
    };
    let data = client
        .run::<RateConnection>(rate_connection::Variables { input })
        .await?;
    Ok(Output::Record(
        serde_json::to_value(data.rate_connection).unwrap_or(Value::Null),
    ))
}

async fn stats(args: StatsArgs, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    let range = time_range(&args.from, &args.to)?;
    let client = global.client().await?;
    pages::list_pages!(
        client,
        &args.pages,
        global,
        "sessions",
        session_columns(),
        MyConnectionStats in ops.my_connection_stats,
        |pagination| ops::Variables {
            from: Some(range.from),
            to: Some(range.to),
            pagination,
        }
    )
    .await
}

async fn dashboard(global: &GlobalArgs) -> Result<Output, CliError> {
    let client = global.client().await?;
    let data = client
        .run::<MyConnectionDashboard>(my_connection_dashboard::Variables)
        .await?;
    let mut all = object(&data.my_connection_dashboard);
    let current = all.remove("currentConnection").unwrap_or(Value::Null);
    let recent = take_list(&mut all, "recentConnections");
    let mut averages = Map::new();
    if let Some(total) = all.remove("totalDataTransferred") {
        averages.insert("totalDataTransferred".into(), total);
    }
    if let Some(Value::Object(metrics)) = all.remove("averageMetrics") {
        averages.extend(metrics);
    }
    let current_title = if current.is_null() {
        "Current connection: none"
    } else {
        "Current connection"
    };
    Ok(Output::Sections(vec![
        Section::new("currentConnection", current_title, Output::Record(current)),
        Section::new(
            "recentConnections",
            "Recent connections",
            Output::list(session_columns(), recent),
        ),
        Section::new(
            "averages",
            "Averages (last 30 days)",
            Output::Record(Value::Object(averages)),
        ),
    ]))
}
