//! `vpnmine servers ...`: the server directory and server management.

pub mod token;

use std::io::Read;

use chrono::Utc;
use clap::builder::TypedValueParser as _;
use clap::{ArgGroup, Args, Subcommand, ValueEnum};
use serde_json::{Map, Value};

use super::GlobalArgs;
use super::analytics::{metrics_chart, to_values};
use super::args::ProtocolArg;
use super::pages::{self, Page, PageArgs};
use crate::client::operations::{
    ClientConfig, DecommissionServer, EnableMiningServer, Me, MiningServers,
    MiningServersByProtocol, RegisterServer, RemoveMiningServerProtocol, ServerMetrics,
    ServerProtocols, ServersByProtocol, UpdateMiningServerProtocol, UpdateServer,
    UpdateServerConfiguration, client_config, decommission_server, enable_mining_server, me,
    mining_servers as ops, mining_servers_by_protocol, register_server,
    remove_mining_server_protocol, server_metrics, server_protocols, servers_by_protocol,
    update_mining_server_protocol, update_server, update_server_configuration,
};
use crate::domain::LARGEST_PAGE;
use crate::domain::client_config::with_wireguard_key;
use crate::domain::dates::{Interval, TimeRange, parse_instant};
use crate::domain::protocol::ProtocolType;
use crate::domain::validate::{
    MAX_CAPACITY, validate_capacity, validate_host_name, validate_location, validate_port,
    validate_protocol_config, validate_public_ip,
};
use crate::error::CliError;
use crate::output::{Column, Line, Output};

#[derive(Debug, Subcommand)]
pub enum ServersCommand {
    /// List mining servers, filtered and sorted, one page or all of them.
    #[command(after_help = "Examples:
  vpnmine servers list --protocol reality --location eu-west
  vpnmine servers list --status online --sort connections --desc --size 50
  vpnmine servers list --all -o csv > servers.csv
  vpnmine servers list --protocol wireguard --mining-only")]
    List(ListArgs),
    /// List every server offering a protocol (mining or not), in the order asked for.
    #[command(after_help = "Examples:
  vpnmine servers by-protocol reality
  vpnmine servers by-protocol wireguard --sort performance -o csv")]
    ByProtocol(ByProtocolArgs),
    /// Show a server's metrics over time, one row per bucket (owner and admins).
    #[command(after_help = "Examples:
  vpnmine servers metrics srv-1a2b3c --from -24h --interval 1h
  vpnmine servers metrics srv-1a2b3c --from 2026-11-01 --to 2026-11-08 -o csv > week.csv")]
    Metrics(MetricsArgs),
    /// Turn mining on for a server you own (admins: any).
    #[command(after_help = "Examples:
  vpnmine servers enable srv-1a2b3c
  vpnmine servers enable srv-1a2b3c -o json | jq .miningEnabled")]
    Enable(EnableArgs),
    /// Manage a server's protocol endpoints.
    #[command(subcommand)]
    Protocol(ProtocolCommand),
    /// Change a server's identity, maintenance state or free-form settings.
    #[command(
        after_help = "Settings given with --set are read as JSON when they parse as JSON
(numbers, true/false, quoted strings, objects); `null` removes the key; anything else is a
string. --set is applied on top of --file.

Examples:
  vpnmine servers configure srv-1a2b3c --maintenance on
  vpnmine servers configure srv-1a2b3c --set maxUsers=200 --set motd='welcome' --set old=null
  vpnmine servers configure srv-1a2b3c --file settings.json --host-name eu-west-9.vpn.example.net"
    )]
    Configure(ConfigureArgs),
    /// Register a server: operators their own, admins for any operator (--owner).
    #[command(
        after_help = "The server starts with no protocols and mining off; it shows OFFLINE until its
agent's first heartbeat. Host names are unique on the platform (decommissioned servers keep
theirs).

Examples:
  vpnmine servers register --host-name eu-west-9.vpn.example.net --public-ip 203.0.113.9 \\
      --location eu-west --capacity 500
  vpnmine servers register --host-name ap-1.vpn.example.net --public-ip 2001:db8::1 \\
      --location ap-south --capacity 200 --owner usr-1a2b3c -o json | jq -r .id"
    )]
    Register(RegisterArgs),
    /// Change a server's host name, public IP, location or capacity (owner or admins).
    #[command(after_help = "Examples:
  vpnmine servers update srv-1a2b3c --capacity 800
  vpnmine servers update srv-1a2b3c --public-ip 203.0.113.10 --location eu-central")]
    Update(UpdateArgs),
    /// Retire a server for good: history kept, no heartbeats, claims or mining afterwards.
    #[command(
        after_help = "Asks for confirmation on a terminal; without one, pass --yes. The server stays
with its metrics, sessions and ledger, listed only with --status decommissioned. Claim its
rewards first: its open mining activity is closed.

Examples:
  vpnmine mining claim srv-1a2b3c && vpnmine servers decommission srv-1a2b3c --yes
  vpnmine servers list --status decommissioned"
    )]
    Decommission(DecommissionArgs),
    /// Issue, list and revoke the tokens a server's agent reports with.
    #[command(subcommand)]
    Token(token::TokenCommand),
}

#[derive(Debug, Subcommand)]
pub enum ProtocolCommand {
    /// Show a server's protocol endpoints, secrets redacted unless --reveal (owner or admins).
    #[command(
        after_help = "Private keys, pre-shared keys, passwords and anything named secret read
<redacted>. --reveal shows them to the server's owner and admins (others: exit 4).

Examples:
  vpnmine servers protocol show srv-1a2b3c
  vpnmine servers protocol show srv-1a2b3c --reveal -o json | jq -r '.[0].configString'"
    )]
    Show(ProtocolShowArgs),
    /// Remove one protocol endpoint of a server (owner or admins).
    #[command(after_help = "Examples:
  vpnmine servers protocol remove srv-1a2b3c --type openconnect")]
    Remove(ProtocolRemoveArgs),
    /// Print a user's client share link (vless, reality) or WireGuard config for a server.
    #[command(
        after_help = "The link uses the user's VPN UUID (yours without --user; owners and admins may
name anyone). REALITY links carry pbk, sid, sni, fp and flow, as V2RayN, v2rayNG, Nekobox
and Streisand import them. A WireGuard config carries placeholders for the client's key and
address: --generate-key fills the key with a fresh one made here (never sent) and prints its
public key, which the operator adds as a peer. --qr draws the link as a QR code, on a
terminal only.

Examples:
  vpnmine servers protocol link srv-1a2b3c --type reality --qr
  vpnmine servers protocol link srv-1a2b3c --type vless --user usr-1a2b3c -o json | jq -r .content
  vpnmine servers protocol link srv-1a2b3c --type wireguard --generate-key > wg0.conf"
    )]
    Link(ProtocolLinkArgs),
    /// Create or replace one protocol endpoint of a server, its configuration validated first.
    #[command(
        after_help = "The configuration (a JSON object) is checked before anything is sent: every
problem is listed and the command exits 2. Without --config the stored configuration is kept.
The endpoint is enabled unless --disable is given.

Examples:
  vpnmine servers protocol set srv-1a2b3c --type reality --port 443 --config reality.json
  vpnmine servers protocol set srv-1a2b3c --type wireguard --port 51820 --disable
  jq .wireguard all.json | vpnmine servers protocol set srv-1a2b3c --type wg --port 51820 --config -"
    )]
    Set(ProtocolSetArgs),
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusArg {
    Online,
    Degraded,
    Offline,
    Maintenance,
    /// Retired servers, hidden from listings otherwise.
    Decommissioned,
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
    /// With --protocol: only mining-enabled servers, as one unpaginated list by host name.
    #[arg(
        long,
        requires = "protocol",
        conflicts_with_all = ["location", "status", "mining_enabled", "search", "owner", "sort", "page", "size", "all"]
    )]
    pub mining_only: bool,
    /// Only servers in this region (e.g. eu-west).
    #[arg(long)]
    pub location: Option<String>,
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,
    /// Only servers with mining on (true) or off (false).
    // Not clap's bool parser: it takes lower case only, and every choice accepts any case.
    #[arg(
        long,
        value_name = "BOOL",
        value_parser = clap::builder::PossibleValuesParser::new(["true", "false"])
            .map(|v| v.eq_ignore_ascii_case("true"))
    )]
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
    #[command(flatten)]
    pub pages: PageArgs,
}

/// Orderings of `servers by-protocol`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ByProtocolSort {
    /// By location, then host name.
    Location,
    /// Most active connections first.
    Connections,
    /// Highest performance score first.
    Performance,
}

#[derive(Debug, Args)]
pub struct ByProtocolArgs {
    /// The protocol the servers must offer (enabled).
    #[arg(value_enum)]
    pub protocol: ProtocolArg,
    /// Order of the list (location when omitted).
    #[arg(long, value_enum)]
    pub sort: Option<ByProtocolSort>,
}

#[derive(Debug, Args)]
pub struct MetricsArgs {
    /// The server's id.
    #[arg(value_parser = parse_server_id)]
    pub id: String,
    /// Start of the window: RFC 3339, a date, or relative (-7d, 24h).
    #[arg(
        long,
        default_value = "-7d",
        allow_hyphen_values = true,
        value_name = "TIME"
    )]
    pub from: String,
    /// End of the window (after --from): RFC 3339, a date, relative, or now.
    #[arg(
        long,
        default_value = "now",
        allow_hyphen_values = true,
        value_name = "TIME"
    )]
    pub to: String,
    /// Bucket width: 1m, 5m, 1h or 1d (omitted: the finest giving at most ~500 rows).
    #[arg(long, value_parser = parse_interval)]
    pub interval: Option<Interval>,
    /// Draw CPU, memory, network and latency over the window as line charts (on a terminal;
    /// elsewhere, and with -o json/csv, the table's rows).
    #[arg(long)]
    pub chart: bool,
}

#[derive(Debug, Args)]
pub struct EnableArgs {
    /// The server's id.
    #[arg(value_parser = parse_server_id)]
    pub id: String,
}

#[derive(Debug, Args)]
pub struct ProtocolSetArgs {
    /// The server's id.
    #[arg(value_parser = parse_server_id)]
    pub id: String,
    /// The protocol of the endpoint.
    #[arg(long = "type", value_enum, value_name = "TYPE")]
    pub protocol: ProtocolArg,
    /// The endpoint's port, 1-65535, unique on the server.
    #[arg(long, value_parser = parse_port, allow_negative_numbers = true)]
    pub port: u16,
    /// Enable the endpoint (the default).
    #[arg(long, conflicts_with = "disable")]
    pub enable: bool,
    /// Disable the endpoint.
    #[arg(long)]
    pub disable: bool,
    /// The protocol's configuration: a JSON file, or - for stdin.
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,
}

/// On or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Switch {
    On,
    Off,
}

#[derive(Debug, Args)]
#[command(group(
    ArgGroup::new("changes")
        .required(true)
        .multiple(true)
        .args(["file", "set", "host_name", "public_ip", "location", "maintenance"])
))]
pub struct ConfigureArgs {
    /// The server's id.
    #[arg(value_parser = parse_server_id)]
    pub id: String,
    /// Settings to merge: a JSON object in a file, or - for stdin.
    #[arg(long, value_name = "FILE")]
    pub file: Option<String>,
    /// One setting, KEY=VALUE (repeatable); VALUE is JSON when it parses, else a string;
    /// `null` removes the key.
    #[arg(long, value_name = "KEY=VALUE", value_parser = parse_setting)]
    pub set: Vec<(String, Value)>,
    /// New host name (a DNS name, stored lowercase).
    #[arg(long, value_name = "HOST")]
    pub host_name: Option<String>,
    /// New public IP address (IPv4 or IPv6).
    #[arg(long, value_name = "IP")]
    pub public_ip: Option<String>,
    /// New region, e.g. eu-west.
    #[arg(long)]
    pub location: Option<String>,
    /// Take the server out of service (on) or return it (off).
    #[arg(long, value_enum)]
    pub maintenance: Option<Switch>,
}

#[derive(Debug, Args)]
pub struct RegisterArgs {
    /// The server's DNS name, unique on the platform (stored lowercase).
    #[arg(long, value_name = "HOST", value_parser = parse_host_name)]
    pub host_name: String,
    /// The address clients connect to (IPv4 or IPv6).
    #[arg(long, value_name = "IP", value_parser = parse_public_ip)]
    pub public_ip: String,
    /// Region, e.g. eu-west.
    #[arg(long, value_parser = parse_location)]
    pub location: String,
    /// The most concurrent connections offered (1-1000000).
    #[arg(long, value_name = "N", value_parser = parse_capacity, allow_negative_numbers = true)]
    pub capacity: i64,
    /// The owning account (admins only): an active operator or admin. Omitted: you.
    #[arg(long, value_name = "USER_ID")]
    pub owner: Option<String>,
}

#[derive(Debug, Args)]
#[command(group(
    ArgGroup::new("changes")
        .required(true)
        .multiple(true)
        .args(["host_name", "public_ip", "location", "capacity"])
))]
pub struct UpdateArgs {
    /// The server's id.
    #[arg(value_parser = parse_server_id)]
    pub id: String,
    /// New host name (a DNS name, stored lowercase).
    #[arg(long, value_name = "HOST", value_parser = parse_host_name)]
    pub host_name: Option<String>,
    /// New public IP address (IPv4 or IPv6).
    #[arg(long, value_name = "IP", value_parser = parse_public_ip)]
    pub public_ip: Option<String>,
    /// New region, e.g. eu-west.
    #[arg(long, value_parser = parse_location)]
    pub location: Option<String>,
    /// New capacity: the most concurrent connections (1-1000000).
    #[arg(long, value_name = "N", value_parser = parse_capacity, allow_negative_numbers = true)]
    pub capacity: Option<i64>,
}

#[derive(Debug, Args)]
pub struct DecommissionArgs {
    /// The server's id.
    #[arg(value_parser = parse_server_id)]
    pub id: String,
    /// Do not ask: needed without a terminal.
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct ProtocolShowArgs {
    /// The server's id.
    #[arg(value_parser = parse_server_id)]
    pub id: String,
    /// Show the secrets (the server's owner and admins only).
    #[arg(long)]
    pub reveal: bool,
}

#[derive(Debug, Args)]
pub struct ProtocolRemoveArgs {
    /// The server's id.
    #[arg(value_parser = parse_server_id)]
    pub id: String,
    /// The protocol of the endpoint to remove.
    #[arg(long = "type", value_enum, value_name = "TYPE")]
    pub protocol: ProtocolArg,
}

/// The protocols with a client share link or config.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LinkType {
    Vless,
    Reality,
    #[value(alias = "wg")]
    Wireguard,
}

#[derive(Debug, Args)]
pub struct ProtocolLinkArgs {
    /// The server's id.
    #[arg(value_parser = parse_server_id)]
    pub id: String,
    /// The endpoint's protocol.
    #[arg(long = "type", value_enum, value_name = "TYPE")]
    pub protocol: LinkType,
    /// Whose link (a user id). Omitted: yours.
    #[arg(long, value_name = "USER_ID")]
    pub user: Option<String>,
    /// Draw the link as a QR code (on a terminal only).
    #[arg(long)]
    pub qr: bool,
    /// WireGuard: fill in a freshly generated client private key and print its public key.
    #[arg(long)]
    pub generate_key: bool,
}

fn parse_host_name(input: &str) -> Result<String, String> {
    validate_host_name(input).map_err(|e| e.to_string())
}

fn parse_public_ip(input: &str) -> Result<String, String> {
    validate_public_ip(input)
        .map(|ip| ip.to_string())
        .map_err(|e| e.to_string())
}

fn parse_location(input: &str) -> Result<String, String> {
    validate_location(input).map_err(|e| e.to_string())
}

fn parse_capacity(input: &str) -> Result<i64, String> {
    let capacity: i64 = input.trim().parse().map_err(|_| {
        format!("'{input}' is not a capacity: expected a whole number 1-{MAX_CAPACITY}")
    })?;
    validate_capacity(capacity)
        .map(i64::from)
        .map_err(|e| e.to_string())
}

/// A server id on the command line: non-empty, printable, no spaces.
pub fn parse_server_id(input: &str) -> Result<String, String> {
    let id = input.trim();
    if id.is_empty() {
        return Err(
            "a server id is required (e.g. srv-1a2b3c, from `vpnmine servers list`)".into(),
        );
    }
    if id.len() > 128 || id.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "'{}' is not a server id: expected one word such as srv-1a2b3c, from `vpnmine servers list`",
            id.chars().take(40).collect::<String>()
        ));
    }
    Ok(id.to_string())
}

fn parse_interval(input: &str) -> Result<Interval, String> {
    input
        .parse()
        .map_err(|e: crate::domain::dates::DateError| e.to_string())
}

fn parse_port(input: &str) -> Result<u16, String> {
    let port: i64 = input
        .trim()
        .parse()
        .map_err(|_| format!("'{input}' is not a port: expected a whole number 1-65535"))?;
    validate_port(port).map_err(|e| e.to_string())
}

/// `KEY=VALUE`: the value as JSON when it parses, else as a string.
fn parse_setting(input: &str) -> Result<(String, Value), String> {
    let (key, value) = input
        .split_once('=')
        .ok_or_else(|| format!("'{input}' is not KEY=VALUE"))?;
    let key = key.trim();
    if key.is_empty() {
        return Err(format!("'{input}' has no key before '='"));
    }
    let value = serde_json::from_str(value).unwrap_or_else(|_| Value::String(value.to_string()));
    Ok((key.to_string(), value))
}

/// Largest JSON input read from a file or stdin.
const MAX_INPUT: u64 = 4 * 1024 * 1024;

/// Reads JSON from a file, or from stdin for `-`. Errors name `flag` and exit 2.
pub(crate) fn read_json_input(source: &str, flag: &str) -> Result<Value, CliError> {
    let mut text = String::new();
    let result = if source == "-" {
        std::io::stdin()
            .take(MAX_INPUT + 1)
            .read_to_string(&mut text)
    } else {
        std::fs::File::open(source).and_then(|f| f.take(MAX_INPUT + 1).read_to_string(&mut text))
    };
    let origin = if source == "-" {
        "stdin".to_string()
    } else {
        format!("'{source}'")
    };
    result.map_err(|e| CliError::usage(format!("{flag}: cannot read {origin}: {e}")))?;
    if text.len() as u64 > MAX_INPUT {
        return Err(CliError::usage(format!(
            "{flag}: {origin} is larger than {} MiB",
            MAX_INPUT / 1024 / 1024
        )));
    }
    serde_json::from_str(&text)
        .map_err(|e| CliError::usage(format!("{flag}: {origin} is not valid JSON: {e}")))
}

pub async fn run(command: ServersCommand, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    let output = match command {
        // The one command that may write its rows itself, as they arrive.
        ServersCommand::List(args) => return list(args, global).await,
        ServersCommand::ByProtocol(args) => by_protocol(args, global).await,
        ServersCommand::Metrics(args) => metrics(args, global).await,
        ServersCommand::Enable(args) => enable(args, global).await,
        ServersCommand::Protocol(ProtocolCommand::Set(args)) => protocol_set(args, global).await,
        ServersCommand::Protocol(ProtocolCommand::Show(args)) => protocol_show(args, global).await,
        ServersCommand::Protocol(ProtocolCommand::Remove(args)) => {
            protocol_remove(args, global).await
        }
        ServersCommand::Protocol(ProtocolCommand::Link(args)) => protocol_link(args, global).await,
        ServersCommand::Configure(args) => configure(args, global).await,
        ServersCommand::Register(args) => register(args, global).await,
        ServersCommand::Update(args) => update(args, global).await,
        ServersCommand::Decommission(args) => decommission(args, global).await,
        ServersCommand::Token(command) => token::run(command, global).await,
    };
    output.map(Some)
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
            StatusArg::Decommissioned => ops::ServerStatus::DECOMMISSIONED,
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

async fn list(args: ListArgs, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    if args.mining_only {
        let Some(protocol) = args.protocol else {
            return Err(CliError::usage("--mining-only needs --protocol"));
        };
        let client = global.client().await?;
        let data = client
            .run::<MiningServersByProtocol>(mining_servers_by_protocol::Variables {
                protocol: protocol.into(),
            })
            .await?;
        return Ok(Some(Output::list(
            server_columns(),
            to_values(data.mining_servers_by_protocol),
        )));
    }
    let client = global.client().await?;
    pages::list(
        &args.pages,
        global,
        "servers",
        server_columns(),
        |page, size| {
            let variables = ops::Variables {
                filters: Some(filters(&args)),
                pagination: Some(ops::PaginationInput {
                    page,
                    size,
                    sort: sort(&args),
                }),
            };
            let client = &client;
            async move {
                let result = client.run::<MiningServers>(variables).await?.mining_servers;
                Ok(Page {
                    items: to_values(result.items),
                    total_items: result.page_info.total_items,
                    total_pages: result.page_info.total_pages,
                    has_next: result.page_info.has_next,
                })
            }
        },
    )
    .await
}

async fn by_protocol(args: ByProtocolArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    use servers_by_protocol::SortType;
    let client = global.client().await?;
    let data = client
        .run::<ServersByProtocol>(servers_by_protocol::Variables {
            protocol: args.protocol.into(),
            sort_by: args.sort.map(|s| match s {
                ByProtocolSort::Location => SortType::LOCATION,
                ByProtocolSort::Connections => SortType::CONNECTIONS,
                ByProtocolSort::Performance => SortType::PERFORMANCE,
            }),
        })
        .await?;
    Ok(Output::list(
        server_columns(),
        to_values(data.servers_by_protocol),
    ))
}

/// The window of `--from`/`--to`, each flag named in its error.
pub(crate) fn time_range(from: &str, to: &str) -> Result<TimeRange, CliError> {
    let now = Utc::now();
    let from = parse_instant(from, now).map_err(|e| CliError::usage(format!("--from: {e}")))?;
    let to = parse_instant(to, now).map_err(|e| CliError::usage(format!("--to: {e}")))?;
    TimeRange::new(from, to).map_err(|e| CliError::usage(format!("--from must precede --to: {e}")))
}

async fn metrics(args: MetricsArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    use server_metrics::MetricInterval;
    let range = time_range(&args.from, &args.to)?;
    let interval = args
        .interval
        .or_else(|| args.chart.then(|| Interval::for_chart(&range)));
    let client = global.client().await?;
    let data = client
        .run::<ServerMetrics>(server_metrics::Variables {
            server_id: args.id,
            time_range: server_metrics::TimeRangeInput {
                from: range.from,
                to: range.to,
                // A chart asks for what it can show; the table, for what --interval says.
                interval: interval.map(|i| match i {
                    Interval::Minute => MetricInterval::MINUTE,
                    Interval::FiveMinutes => MetricInterval::FIVE_MINUTES,
                    Interval::Hour => MetricInterval::HOUR,
                    Interval::Day => MetricInterval::DAY,
                }),
            },
        })
        .await?;
    let points = to_values(data.server_metrics);
    let table = Output::list(metric_columns(), points.clone());
    if !args.chart {
        return Ok(table);
    }
    Ok(metrics_chart(
        points,
        table,
        [
            Line::new("cpu", "metrics.cpu.usage"),
            Line::new("used", "metrics.memory.used"),
            Line::new("in", "metrics.network.incoming"),
            Line::new("out", "metrics.network.outgoing"),
            Line::new("latency", "latencyMs"),
        ],
    ))
}

/// Every server the caller may see, in pages of [`LARGEST_PAGE`], or the first `pages` pages:
/// what `top` and `exporter` poll.
pub(crate) async fn every_server(
    client: &crate::client::Client,
    pages: Option<i64>,
) -> Result<Vec<crate::client::operations::mining_servers::ServerFields>, CliError> {
    use crate::client::operations::mining_servers as every;
    let mut servers = Vec::new();
    for page in 1..=pages.unwrap_or(i64::MAX) {
        let result = client
            .run::<MiningServers>(every::Variables {
                filters: None,
                pagination: Some(every::PaginationInput {
                    page,
                    size: i64::from(LARGEST_PAGE),
                    sort: None,
                }),
            })
            .await?
            .mining_servers;
        servers.extend(result.items);
        if !result.page_info.has_next {
            break;
        }
    }
    Ok(servers)
}

/// The columns of `servers metrics`.
pub fn metric_columns() -> Vec<Column> {
    vec![
        Column::new("TIME", "timestamp"),
        Column::new("CPU%", "metrics.cpu.usage"),
        Column::new("MEM%", "metrics.memory.used"),
        Column::new("IN", "metrics.network.incoming"),
        Column::new("OUT", "metrics.network.outgoing"),
        Column::new("CONNS", "metrics.network.connections"),
        Column::new("LATENCY MS", "latencyMs"),
        Column::new("RATE/H", "metrics.mining.hashrate"),
    ]
}

async fn enable(args: EnableArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let client = global.client().await?;
    let data = client
        .run::<EnableMiningServer>(enable_mining_server::Variables { server_id: args.id })
        .await?;
    Ok(Output::Record(
        serde_json::to_value(data.enable_mining_server).unwrap_or(Value::Null),
    ))
}

/// Refuses a protocol configuration with every problem listed, before any request.
fn check_protocol_config(
    protocol: ProtocolType,
    port: u16,
    config: &Value,
) -> Result<(), CliError> {
    validate_protocol_config(protocol, i64::from(port), config).map_err(|errors| {
        let count = errors.len();
        let mut message = format!(
            "--config is not a valid {protocol} configuration ({count} problem{}):",
            if count == 1 { "" } else { "s" }
        );
        for error in errors.iter() {
            message.push_str(&format!("\n  {error}"));
        }
        CliError::usage(message)
            .with_hint("fix every listed field and run the command again; nothing was sent")
    })
}

async fn protocol_set(args: ProtocolSetArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let protocol: ProtocolType = args.protocol.into();
    let config = match &args.config {
        Some(source) => {
            let config = read_json_input(source, "--config")?;
            check_protocol_config(protocol, args.port, &config)?;
            Some(config)
        }
        None => None,
    };
    let client = global.client().await?;
    let data = client
        .run::<UpdateMiningServerProtocol>(update_mining_server_protocol::Variables {
            input: update_mining_server_protocol::MiningServerProtocolInput {
                server_id: args.id,
                type_: protocol,
                port: i64::from(args.port),
                enabled: !args.disable,
                config,
            },
        })
        .await?;
    Ok(Output::Record(
        serde_json::to_value(data.update_mining_server_protocol).unwrap_or(Value::Null),
    ))
}

/// The settings patch of `servers configure`: `--file`, then every `--set` on top.
fn settings_patch(args: &ConfigureArgs) -> Result<Option<Value>, CliError> {
    let mut patch = match &args.file {
        Some(source) => match read_json_input(source, "--file")? {
            Value::Object(map) => map,
            other => {
                return Err(CliError::usage(format!(
                    "--file: expected a JSON object of settings, found {}",
                    match other {
                        Value::Array(_) => "an array",
                        Value::String(_) => "a string",
                        Value::Number(_) => "a number",
                        Value::Bool(_) => "a boolean",
                        _ => "null",
                    }
                )));
            }
        },
        None if args.set.is_empty() => return Ok(None),
        None => Map::new(),
    };
    for (key, value) in &args.set {
        patch.insert(key.clone(), value.clone());
    }
    Ok(Some(Value::Object(patch)))
}

async fn configure(args: ConfigureArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let flag = |name: &'static str| move |e: String| CliError::usage(format!("{name}: {e}"));
    let host_name = args
        .host_name
        .as_deref()
        .map(parse_host_name)
        .transpose()
        .map_err(flag("--host-name"))?;
    let public_ip = args
        .public_ip
        .as_deref()
        .map(parse_public_ip)
        .transpose()
        .map_err(flag("--public-ip"))?;
    let location = args
        .location
        .as_deref()
        .map(parse_location)
        .transpose()
        .map_err(flag("--location"))?;
    let settings = settings_patch(&args)?;
    let client = global.client().await?;
    let data = client
        .run::<UpdateServerConfiguration>(update_server_configuration::Variables {
            input: update_server_configuration::ServerConfigInput {
                server_id: args.id,
                host_name,
                public_ip,
                location,
                maintenance: args.maintenance.map(|m| m == Switch::On),
                settings,
            },
        })
        .await?;
    Ok(Output::Record(
        serde_json::to_value(data.update_server_configuration).unwrap_or(Value::Null),
    ))
}

fn record<T: serde::Serialize>(data: T) -> Output {
    Output::Record(serde_json::to_value(data).unwrap_or(Value::Null))
}

async fn register(args: RegisterArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let client = global.client().await?;
    let data = client
        .run::<RegisterServer>(register_server::Variables {
            input: register_server::RegisterServerInput {
                host_name: args.host_name,
                public_ip: args.public_ip,
                location: args.location,
                capacity: args.capacity,
                owner_id: args.owner,
            },
        })
        .await?;
    Ok(record(data.register_server))
}

async fn update(args: UpdateArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let client = global.client().await?;
    let data = client
        .run::<UpdateServer>(update_server::Variables {
            input: update_server::UpdateServerInput {
                server_id: args.id,
                host_name: args.host_name,
                public_ip: args.public_ip,
                location: args.location,
                capacity: args.capacity,
            },
        })
        .await?;
    Ok(record(data.update_server))
}

async fn decommission(args: DecommissionArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    if !args.yes {
        super::confirm(
            &global.terminal,
            "servers decommission retires the server for good: pass --yes to confirm; \
             no terminal to ask on",
            &format!(
                "Decommission {}? It will take no heartbeats, claims or mining again.",
                args.id
            ),
        )?;
    }
    let client = global.client().await?;
    let data = client
        .run::<DecommissionServer>(decommission_server::Variables { server_id: args.id })
        .await?;
    Ok(record(data.decommission_server))
}

/// The columns of `servers protocol show`.
fn protocol_columns() -> Vec<Column> {
    vec![
        Column::new("ID", "id"),
        Column::new("TYPE", "type"),
        Column::new("PORT", "port"),
        Column::new("ENABLED", "enabled"),
        Column::new("STATUS", "status"),
        Column::new("CONNS", "connections"),
        Column::new("PUBLIC KEY", "publicKey"),
        Column::new("CONFIG", "configString"),
    ]
}

async fn protocol_show(args: ProtocolShowArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let client = global.client().await?;
    let data = client
        .run::<ServerProtocols>(server_protocols::Variables {
            server_id: args.id,
            reveal: Some(args.reveal),
        })
        .await?;
    Ok(Output::list(
        protocol_columns(),
        to_values(data.server_protocols),
    ))
}

async fn protocol_remove(
    args: ProtocolRemoveArgs,
    global: &GlobalArgs,
) -> Result<Output, CliError> {
    let client = global.client().await?;
    let data = client
        .run::<RemoveMiningServerProtocol>(remove_mining_server_protocol::Variables {
            server_id: args.id,
            type_: args.protocol.into(),
        })
        .await?;
    Ok(record(data.remove_mining_server_protocol))
}

/// The QR code of `text` in Unicode half blocks (two rows of modules per line), dark modules
/// drawn light so that it scans on the usual dark terminal background.
pub fn qr_text(text: &str) -> Result<String, CliError> {
    use qrcode::render::unicode::Dense1x2;
    let code = qrcode::QrCode::new(text.as_bytes())
        .map_err(|e| CliError::usage(format!("--qr: the link does not fit a QR code: {e}")))?;
    Ok(code
        .render::<Dense1x2>()
        .dark_color(Dense1x2::Light)
        .light_color(Dense1x2::Dark)
        .quiet_zone(true)
        .build())
}

async fn protocol_link(args: ProtocolLinkArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let protocol = match args.protocol {
        LinkType::Vless => ProtocolType::Vless,
        LinkType::Reality => ProtocolType::Reality,
        LinkType::Wireguard => ProtocolType::Wireguard,
    };
    if args.generate_key && protocol != ProtocolType::Wireguard {
        return Err(CliError::usage(
            "--generate-key is for --type wireguard: VLESS and REALITY clients use the UUID",
        ));
    }
    // Decided before any request: a QR code drawn into a pipe or a file is noise.
    if args.qr && (!global.terminal.stdout || global.output != crate::output::Format::Table) {
        return Err(CliError::usage(
            "--qr draws on a terminal only: stdout is not one (or -o json/csv was asked); \
             print the link without --qr and pipe it to a QR tool such as qrencode",
        ));
    }
    let client = global.client().await?;
    let user_id = match args.user {
        Some(user) => user,
        None => client.run::<Me>(me::Variables).await?.me.id,
    };
    let data = client
        .run::<ClientConfig>(client_config::Variables {
            server_id: args.id,
            type_: protocol,
            user_id,
        })
        .await?
        .client_config;
    let mut value = serde_json::to_value(&data).unwrap_or(Value::Null);
    let mut content = data.content;
    if args.generate_key {
        let private_key: [u8; 32] = rand::RngExt::random(&mut rand::rng());
        let (filled, public_key) = with_wireguard_key(&content, private_key);
        content =
            format!("# Client public key (the operator adds it as a peer): {public_key}\n{filled}");
        value["content"] = Value::String(content.clone());
        value["clientPublicKey"] = Value::String(public_key);
    }
    if data.client_listed == Some(false) && !global.quiet {
        eprintln!(
            "warning: the endpoint's clients do not list this user's VPN UUID yet: the link \
             connects once the operator adds it (`servers protocol set`)"
        );
    }
    if global.output != crate::output::Format::Table {
        return Ok(Output::Record(value));
    }
    if args.qr {
        content = format!("{}\n{content}", qr_text(&content)?);
    }
    Ok(Output::Message(content))
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
        Column::amount("BALANCE", "tokenBalance"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn settings_parse_as_json_or_string() {
        assert_eq!(parse_setting("a=1").unwrap(), ("a".into(), json!(1)));
        assert_eq!(parse_setting("a=true").unwrap(), ("a".into(), json!(true)));
        assert_eq!(parse_setting("a=null").unwrap(), ("a".into(), Value::Null));
        assert_eq!(
            parse_setting("a=hello").unwrap(),
            ("a".into(), json!("hello"))
        );
        assert_eq!(parse_setting("a=x=y").unwrap(), ("a".into(), json!("x=y")));
        assert_eq!(parse_setting("a=").unwrap(), ("a".into(), json!("")));
        assert_eq!(
            parse_setting("a={\"b\":[1]}").unwrap(),
            ("a".into(), json!({"b": [1]}))
        );
        assert!(parse_setting("novalue").is_err());
        assert!(parse_setting("=1").is_err());
    }

    #[test]
    fn ports_and_ids_are_checked() {
        assert_eq!(parse_port("443"), Ok(443));
        for bad in ["0", "65536", "-1", "http", ""] {
            assert!(parse_port(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_server_id(" srv-1 ").unwrap(), "srv-1");
        for bad in ["", "  ", "a b", "a\tb"] {
            assert!(parse_server_id(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn config_errors_list_every_problem() {
        let e = check_protocol_config(ProtocolType::Openconnect, 443, &json!({})).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.message.contains("2 problems"), "{e}");
        assert!(e.message.contains("config.authMethod"), "{e}");
        assert!(e.message.contains("config.ipv4Network"), "{e}");
    }

    #[test]
    fn time_ranges_name_the_flag() {
        assert!(time_range("-7d", "now").is_ok());
        let e = time_range("now", "-1d").unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.message.contains("--from must precede --to"), "{e}");
        assert!(
            time_range("soon", "now")
                .unwrap_err()
                .message
                .starts_with("--from")
        );
        assert!(
            time_range("-1d", "later")
                .unwrap_err()
                .message
                .starts_with("--to")
        );
    }
}
