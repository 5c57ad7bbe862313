//! `vpnmine servers ...`: the server directory.

use clap::{Args, Subcommand, ValueEnum};
use serde_json::Value;

use super::GlobalArgs;
use super::args::ProtocolArg;
use crate::client::operations::{MiningServers, mining_servers as ops};
use crate::error::CliError;
use crate::output::{Column, Output};

#[derive(Debug, Subcommand)]
pub enum ServersCommand {
    /// List mining servers, filtered and sorted, one page or all of them.
    #[command(after_help = "Examples:
  vpnmine servers list --protocol reality --location eu-west
  vpnmine servers list --status online --sort connections --desc --size 50
  vpnmine servers list --all -o csv > servers.csv")]
    List(ListArgs),
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusArg {
    Online,
    Degraded,
    Offline,
    Maintenance,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SortArg {
    HostName,
    Location,
    Connections,
    Performance,
    TokenBalance,
    MiningRate,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only servers offering this protocol.
    #[arg(long, value_enum)]
    pub protocol: Option<ProtocolArg>,
    /// Only servers in this region (e.g. eu-west).
    #[arg(long)]
    pub location: Option<String>,
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,
    /// Only servers with mining on (true) or off (false).
    #[arg(long, value_name = "BOOL")]
    pub mining_enabled: Option<bool>,
    /// Host name contains this text.
    #[arg(long)]
    pub search: Option<String>,
    /// Only servers of this operator (user id).
    #[arg(long, value_name = "USER_ID")]
    pub owner: Option<String>,
    /// Sort by this field (host-name when omitted).
    #[arg(long, value_enum)]
    pub sort: Option<SortArg>,
    /// Sort descending.
    #[arg(long, requires = "sort")]
    pub desc: bool,
    /// Page to show, from 1.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(i64).range(1..=i64::from(i32::MAX)))]
    pub page: i64,
    /// Servers per page (1-500).
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(i64).range(1..=500))]
    pub size: i64,
    /// Follow every page (ignores --page).
    #[arg(long, conflicts_with = "page")]
    pub all: bool,
}

pub async fn run(command: ServersCommand, global: &GlobalArgs) -> Result<Output, CliError> {
    match command {
        ServersCommand::List(args) => list(args, global).await,
    }
}

fn filters(args: &ListArgs) -> ops::ServerFilters {
    ops::ServerFilters {
        protocol: args.protocol.map(Into::into),
        location: args.location.clone(),
        status: args.status.map(|s| match s {
            StatusArg::Online => ops::ServerStatus::ONLINE,
            StatusArg::Degraded => ops::ServerStatus::DEGRADED,
            StatusArg::Offline => ops::ServerStatus::OFFLINE,
            StatusArg::Maintenance => ops::ServerStatus::MAINTENANCE,
        }),
        mining_enabled: args.mining_enabled,
        search: args.search.clone(),
        owner_id: args.owner.clone(),
    }
}

fn sort(args: &ListArgs) -> Option<ops::SortInput> {
    args.sort.map(|field| ops::SortInput {
        field: match field {
            SortArg::HostName => ops::ServerSortField::HOST_NAME,
            SortArg::Location => ops::ServerSortField::LOCATION,
            SortArg::Connections => ops::ServerSortField::CONNECTIONS,
            SortArg::Performance => ops::ServerSortField::PERFORMANCE,
            SortArg::TokenBalance => ops::ServerSortField::TOKEN_BALANCE,
            SortArg::MiningRate => ops::ServerSortField::MINING_RATE,
        },
        direction: if args.desc {
            ops::SortDirection::DESC
        } else {
            ops::SortDirection::ASC
        },
    })
}

async fn list(args: ListArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let client = global.client().await?;
    let mut page = if args.all { 1 } else { args.page };
    let mut items = Vec::new();
    loop {
        let data = client
            .run::<MiningServers>(ops::Variables {
                filters: Some(filters(&args)),
                pagination: Some(ops::PaginationInput {
                    page,
                    size: args.size,
                    sort: sort(&args),
                }),
            })
            .await?;
        let result = data.mining_servers;
        for item in result.items {
            items.push(serde_json::to_value(item).unwrap_or(Value::Null));
        }
        if !args.all || !result.page_info.has_next {
            break;
        }
        page += 1;
    }
    Ok(Output::List {
        columns: server_columns(),
        items,
    })
}

fn protocols_cell(protocols: &Value) -> String {
    protocols
        .as_array()
        .map(|list| {
            list.iter()
                .filter(|p| p["enabled"].as_bool() == Some(true))
                .map(|p| {
                    format!(
                        "{}:{}",
                        p["type"].as_str().unwrap_or("?"),
                        p["port"].as_i64().unwrap_or_default()
                    )
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default()
}

/// The columns every server listing shows.
pub fn server_columns() -> Vec<Column> {
    vec![
        Column::new("ID", "id"),
        Column::new("HOST", "hostName"),
        Column::new("LOCATION", "location"),
        Column::new("STATUS", "status"),
        Column::with("PROTOCOLS", "protocols", protocols_cell),
        Column::new("CONNS", "activeConnections"),
        Column::new("CPU%", "metrics.cpuUsage"),
        Column::new("MINING", "miningEnabled"),
        Column::new("RATE/H", "miningRate"),
        Column::new("BALANCE", "tokenBalance"),
    ]
}
