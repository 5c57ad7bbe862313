//! `vpnmine exporter`: a Prometheus exporter for any platform endpoint, for platforms that do
//! not serve `/metrics` of their own.
//!
//! Decisions:
//! - The platform is polled on `--interval` (every server, the network's figures, the token
//!   economy) and the exposition is rendered once per poll; a scrape only copies the last
//!   one, so scrapes cost the platform nothing and any number of Prometheus servers may scrape.
//! - A failed poll never stops the exporter: `vpnmine_up` turns 0 and the figures stay those
//!   of the last successful poll, with `vpnmine_last_success_timestamp_seconds` saying when
//!   that was. A platform outage shows as data, not as a dead target.
//! - Each source succeeds or fails on its own (`vpnmine_exporter_source_up`): the token
//!   economy needs an admin's token, the network analytics a logged-in one, the server list
//!   none. `vpnmine_up` follows the server list, the one source every account can read.
//! - Money is exact: each amount is a gauge in tokens (the nearest double, which prints the
//!   platform's decimal exactly for up to 15 significant digits) and a `_micro` twin, an
//!   integer number of micro-tokens that never rounds.
//! - Label names are stable and documented in the README: `server_id`, `name` (host name),
//!   `location`, `status`, `protocol`, `port`, `source`, `queue`. A server's name and location
//!   are only on `vpnmine_server_info` (join on `server_id`): on every series they would make
//!   a 10,000-server scrape several times larger.

use std::net::SocketAddr;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use clap::Args;
use hyper::body::Incoming;
use hyper::header::{self, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::encoding::prometheus_text;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;

use super::GlobalArgs;
use crate::client::Client;
use crate::client::operations::{
    NetworkAnalytics, TokenEconomy, mining_servers, network_analytics, token_economy,
};
use crate::domain::money::Tokens;
use crate::error::CliError;

const AFTER_HELP: &str = "\
Serves GET /metrics in the Prometheus text format. Families (labels in braces):
  vpnmine_up, vpnmine_scrape_duration_seconds, vpnmine_last_success_timestamp_seconds,
  vpnmine_exporter_source_up{source}, vpnmine_exporter_polls_total,
  vpnmine_exporter_poll_failures_total
  vpnmine_server_info{server_id,name,location,owner_id,public_ip}
  vpnmine_server_status{server_id,status}: 1 for the server's status, 0 else
  vpnmine_server_{cpu_usage_percent,memory_usage_percent,network_speed_mbps,latency_seconds,
    last_heartbeat_timestamp_seconds,active_connections,capacity_connections,
    performance_score,mining_enabled,mining_rate_tokens_per_hour}{server_id}
  vpnmine_server_{token_balance,unclaimed_rewards}_{tokens,micro}{server_id}
  vpnmine_server_protocol_{enabled,connections}{server_id,protocol,port}
  vpnmine_servers{status}, vpnmine_network_* (the last 24 hours' analytics),
  vpnmine_economy_*_{tokens,micro} and vpnmine_economy_withdrawals{queue} (admins only)

A failed poll keeps the exporter serving: vpnmine_up is 0 and the other figures are those of
the last successful poll (vpnmine_last_success_timestamp_seconds).

Examples:
  vpnmine --profile prod exporter --listen 127.0.0.1:9477
  vpnmine exporter --listen 0.0.0.0:9477 --interval 1m
  vpnmine --endpoint http://127.0.0.1:8080/graphql exporter --listen 127.0.0.1:0";

#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct ExporterArgs {
    /// Address to serve /metrics on; port 0 picks a free port. The address in use is printed
    /// on stderr.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:9477", value_parser = parse_listen)]
    pub listen: SocketAddr,
    /// How often to poll the platform (at least 1s).
    #[arg(long, value_name = "DURATION", default_value = "15s", value_parser = parse_interval)]
    pub interval: Duration,
}

fn parse_listen(input: &str) -> Result<SocketAddr, String> {
    input
        .trim()
        .parse()
        .map_err(|_| format!("expected IP:PORT such as 127.0.0.1:9477, got {input:?}"))
}

fn parse_interval(input: &str) -> Result<Duration, String> {
    let interval = crate::domain::dates::parse_duration(input).map_err(|e| e.to_string())?;
    if interval < Duration::from_secs(1) {
        return Err("the interval must be at least 1s".into());
    }
    Ok(interval)
}

type Server = mining_servers::ServerFields;
type Network = network_analytics::NetworkAnalyticsNetworkAnalytics;
type Economy = token_economy::TokenEconomyFields;

/// The sources one poll reads, in the order of `vpnmine_exporter_source_up`.
const SOURCES: [&str; 3] = ["servers", "network", "economy"];

/// What the last successful poll of each source said.
#[derive(Debug, Default)]
struct Known {
    servers: Option<Vec<Server>>,
    network: Option<Network>,
    economy: Option<Economy>,
}

/// How the polls went: the exporter's own figures.
#[derive(Debug, Default)]
struct Health {
    /// Whether the last poll read each of [`SOURCES`].
    sources: [bool; 3],
    /// Seconds the last poll took.
    duration: f64,
    /// When the server list was last read.
    last_success: Option<DateTime<Utc>>,
    polls: u64,
    failures: u64,
}

impl Health {
    fn up(&self) -> bool {
        self.sources[0]
    }
}

pub async fn run(args: ExporterArgs, global: &GlobalArgs) -> Result<(), CliError> {
    // Bound first: a bad --listen fails at once, before the platform is reached.
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .map_err(|e| {
            CliError::usage(format!("cannot listen on {}: {e}", args.listen))
                .with_hint("pick another --listen address, or port 0 for a free one")
        })?;
    let bound = listener
        .local_addr()
        .map_err(|e| CliError::failed(format!("cannot read the bound address: {e}")))?;
    let client = global.client().await?;
    // Tests and scripts read this line to learn the port.
    eprintln!("vpnmine exporter serving http://{bound}/metrics");
    let exposition = Arc::new(RwLock::new(render(&Known::default(), &Health::default())));
    let poller = tokio::spawn(poll_forever(
        client,
        args.interval,
        Arc::clone(&exposition),
        global.quiet,
    ));
    serve(listener, exposition).await;
    poller.abort();
    Ok(())
}

/// Serves the exposition over HTTP/1.1 until Ctrl-C. hyper itself rather than a framework:
/// two fixed routes need no router, and hyper is already in every build (reqwest's), so the
/// slim build for nodes (no `server` feature, no axum) keeps the exporter.
async fn serve(listener: tokio::net::TcpListener, exposition: Arc<RwLock<String>>) {
    let stop = tokio::signal::ctrl_c();
    tokio::pin!(stop);
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Out of file descriptors or a connection reset before accept: the next
                // scrape may fare better, and the exporter must outlive the burst.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            _ = &mut stop => return,
        };
        let exposition = Arc::clone(&exposition);
        tokio::spawn(async move {
            let service = service_fn(move |request| {
                let response = respond(&request, &exposition);
                async move { Ok::<_, std::convert::Infallible>(response) }
            });
            // A scraper that hangs up mid-request is no error of the exporter's.
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

/// GET (or HEAD) `/metrics`: the last poll's exposition; `/`: a pointer to it.
fn respond(request: &Request<Incoming>, exposition: &RwLock<String>) -> Response<String> {
    const TEXT: &str = "text/plain; charset=utf-8";
    let read = matches!(*request.method(), Method::GET | Method::HEAD);
    let (status, content_type, body) = match (read, request.uri().path()) {
        (true, "/metrics") => (
            StatusCode::OK,
            prometheus_text::CONTENT_TYPE,
            exposition
                .read()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .clone(),
        ),
        (true, "/") => (
            StatusCode::OK,
            TEXT,
            "vpnmine exporter: the metrics are at /metrics\n".to_string(),
        ),
        (false, "/metrics" | "/") => (StatusCode::METHOD_NOT_ALLOWED, TEXT, String::new()),
        _ => (StatusCode::NOT_FOUND, TEXT, String::new()),
    };
    let mut response = Response::new(body);
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// Polls the platform every `interval` and puts each poll's exposition in force.
async fn poll_forever(
    client: Client,
    interval: Duration,
    exposition: Arc<RwLock<String>>,
    quiet: bool,
) {
    let mut known = Known::default();
    let mut health = Health::default();
    // The last error of each source, said once on stderr rather than at every poll.
    let mut said: [Option<String>; 3] = Default::default();
    let mut tick = tokio::time::interval(interval);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let started = Instant::now();
        let (servers, network, economy) = tokio::join!(
            super::servers::every_server(&client, None),
            client.run::<NetworkAnalytics>(network_analytics::Variables {
                from: None,
                to: None,
            }),
            client.run::<TokenEconomy>(token_economy::Variables),
        );
        health.duration = started.elapsed().as_secs_f64();
        health.polls += 1;
        let outcomes = [
            servers.map(|servers| known.servers = Some(servers)),
            network.map(|data| known.network = Some(data.network_analytics)),
            economy.map(|data| known.economy = Some(data.token_economy)),
        ];
        for (i, outcome) in outcomes.into_iter().enumerate() {
            health.sources[i] = outcome.is_ok();
            let error = outcome.err().map(|e| e.to_string());
            if !quiet && error != said[i] {
                match &error {
                    Some(e) => eprintln!("warning: cannot read the {}: {e}", SOURCES[i]),
                    None if said[i].is_some() => eprintln!("the {} answer again", SOURCES[i]),
                    None => {}
                }
            }
            said[i] = error;
        }
        if health.up() {
            health.last_success = Some(Utc::now());
        } else {
            health.failures += 1;
        }
        let text = render(&known, &health);
        *exposition
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = text;
    }
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ServerLabels {
    server_id: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct InfoLabels {
    server_id: String,
    name: String,
    location: String,
    owner_id: String,
    public_ip: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StatusLabels {
    server_id: String,
    status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ProtocolLabels {
    server_id: String,
    protocol: String,
    port: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct CountLabels {
    status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct SourceLabels {
    source: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct QueueLabels {
    queue: String,
}

/// The statuses a server may be in, each a series of `vpnmine_server_status`.
const STATUSES: [&str; 5] = [
    "ONLINE",
    "DEGRADED",
    "OFFLINE",
    "MAINTENANCE",
    "DECOMMISSIONED",
];

type FloatGauge = Gauge<f64, AtomicU64>;

/// Registers metric families under the `vpnmine_` prefix.
struct Families(Registry);

impl Families {
    fn gauge(&mut self, name: &str, help: &str) -> FloatGauge {
        let gauge = FloatGauge::default();
        self.0.register(name, help, gauge.clone());
        gauge
    }

    fn int_gauge(&mut self, name: &str, help: &str) -> Gauge {
        let gauge = Gauge::default();
        self.0.register(name, help, gauge.clone());
        gauge
    }

    fn family<L>(&mut self, name: &str, help: &str) -> Family<L, FloatGauge>
    where
        L: Clone + std::hash::Hash + Eq + EncodeLabelSet + std::fmt::Debug + Send + Sync + 'static,
    {
        let family = Family::<L, FloatGauge>::default();
        self.0.register(name, help, family.clone());
        family
    }

    fn int_family<L>(&mut self, name: &str, help: &str) -> Family<L, Gauge>
    where
        L: Clone + std::hash::Hash + Eq + EncodeLabelSet + std::fmt::Debug + Send + Sync + 'static,
    {
        let family = Family::<L, Gauge>::default();
        self.0.register(name, help, family.clone());
        family
    }

    /// An amount as two gauges: `NAME_tokens` (a double) and `NAME_micro` (exact).
    fn amount(&mut self, name: &str, help: &str) -> Amount {
        Amount {
            tokens: self.gauge(
                &format!("{name}_tokens"),
                &format!("{help}, in tokens (exact in vpnmine_{name}_micro)"),
            ),
            micro: self.int_gauge(
                &format!("{name}_micro"),
                &format!("{help}, in micro-tokens (10^-6 token), exact"),
            ),
        }
    }

    /// [`Families::amount`] for a labelled family.
    fn amount_family<L>(&mut self, name: &str, help: &str) -> AmountFamily<L>
    where
        L: Clone + std::hash::Hash + Eq + EncodeLabelSet + std::fmt::Debug + Send + Sync + 'static,
    {
        AmountFamily {
            tokens: self.family(
                &format!("{name}_tokens"),
                &format!("{help}, in tokens (exact in vpnmine_{name}_micro)"),
            ),
            micro: self.int_family(
                &format!("{name}_micro"),
                &format!("{help}, in micro-tokens (10^-6 token), exact"),
            ),
        }
    }
}

struct Amount {
    tokens: FloatGauge,
    micro: Gauge,
}

impl Amount {
    fn set(&self, amount: Tokens) {
        self.tokens.set(amount.to_f64());
        self.micro.set(amount.micro());
    }
}

struct AmountFamily<L> {
    tokens: Family<L, FloatGauge>,
    micro: Family<L, Gauge>,
}

impl<L: Clone + std::hash::Hash + Eq> AmountFamily<L> {
    fn set(&self, labels: &L, amount: Tokens) {
        self.tokens.get_or_create(labels).set(amount.to_f64());
        self.micro.get_or_create(labels).set(amount.micro());
    }
}

fn seconds(at: DateTime<Utc>) -> f64 {
    at.timestamp_millis() as f64 / 1000.0
}

fn flag(on: bool) -> f64 {
    if on { 1.0 } else { 0.0 }
}

/// The name the platform gives an enum value (`ONLINE`, `VLESS`): its JSON form.
fn enum_name(value: &impl serde::Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        Ok(other) => other.to_string(),
        Err(_) => "UNKNOWN".into(),
    }
}

/// The Prometheus text exposition of what is known and of how the polls went.
fn render(known: &Known, health: &Health) -> String {
    let mut f = Families(Registry::with_prefix("vpnmine"));
    exporter_families(&mut f, health);
    if let Some(servers) = &known.servers {
        server_families(&mut f, servers);
    }
    if let Some(network) = &known.network {
        network_families(&mut f, network);
    }
    if let Some(economy) = &known.economy {
        economy_families(&mut f, economy);
    }
    let mut text = String::new();
    // Encoding into a String cannot fail.
    let _ = prometheus_text::encode(&mut text, &f.0);
    text
}

fn exporter_families(f: &mut Families, health: &Health) {
    f.gauge(
        "up",
        "1 when the last poll read the platform's server list, 0 when it failed (the other figures are then those of the last successful poll)",
    )
    .set(flag(health.up()));
    f.gauge(
        "scrape_duration_seconds",
        "Seconds the last poll of the platform took, every source together",
    )
    .set(health.duration);
    f.gauge(
        "last_success_timestamp_seconds",
        "Unix time of the last poll that read the server list (0: none yet)",
    )
    .set(health.last_success.map_or(0.0, seconds));
    let sources = f.family::<SourceLabels>(
        "exporter_source_up",
        "1 when the last poll read this source (servers, network, economy), else 0; network needs a logged-in token, economy an admin's",
    );
    for (name, up) in SOURCES.iter().zip(health.sources) {
        sources
            .get_or_create(&SourceLabels {
                source: (*name).into(),
            })
            .set(flag(up));
    }
    let polls = Counter::<u64>::default();
    f.0.register("exporter_polls", "Polls of the platform", polls.clone());
    polls.inc_by(health.polls);
    let failures = Counter::<u64>::default();
    f.0.register(
        "exporter_poll_failures",
        "Polls that could not read the server list",
        failures.clone(),
    );
    failures.inc_by(health.failures);
}

fn server_families(f: &mut Families, servers: &[Server]) {
    let info = f.family::<InfoLabels>(
        "server_info",
        "Always 1: a server's owner and public address, by server_id",
    );
    let status = f.family::<StatusLabels>(
        "server_status",
        "1 for the status the server is in, 0 for the others (ONLINE, DEGRADED, OFFLINE, MAINTENANCE, DECOMMISSIONED)",
    );
    let cpu = f.family::<ServerLabels>(
        "server_cpu_usage_percent",
        "CPU use at the last heartbeat, percent 0-100 (absent: never reported)",
    );
    let memory = f.family::<ServerLabels>(
        "server_memory_usage_percent",
        "Memory use at the last heartbeat, percent 0-100",
    );
    let network = f.family::<ServerLabels>(
        "server_network_speed_mbps",
        "Throughput at the last heartbeat, Mbit/s in and out together",
    );
    let latency = f.family::<ServerLabels>(
        "server_latency_seconds",
        "Average round-trip latency at the last heartbeat, in seconds",
    );
    let heartbeat = f.family::<ServerLabels>(
        "server_last_heartbeat_timestamp_seconds",
        "Unix time of the server's last heartbeat",
    );
    let connections = f.family::<ServerLabels>(
        "server_active_connections",
        "Active connections at the last heartbeat",
    );
    let capacity = f.family::<ServerLabels>(
        "server_capacity_connections",
        "The most concurrent connections the operator offers",
    );
    let score = f.family::<ServerLabels>(
        "server_performance_score",
        "0-100, from uptime, latency and load over the last 24 hours",
    );
    let mining =
        f.family::<ServerLabels>("server_mining_enabled", "1 when the server mines, else 0");
    let rate = f.family::<ServerLabels>(
        "server_mining_rate_tokens_per_hour",
        "Tokens per hour the server earns at its current performance",
    );
    let balance = f.amount_family::<ServerLabels>(
        "server_token_balance",
        "Tokens paid out to the operator for this server (its claims)",
    );
    let rewards = f.amount_family::<ServerLabels>(
        "server_unclaimed_rewards",
        "Rewards accrued and not yet claimed",
    );
    let protocol_enabled = f.family::<ProtocolLabels>(
        "server_protocol_enabled",
        "1 when the server offers this protocol on this port, else 0",
    );
    let protocol_connections = f.family::<ProtocolLabels>(
        "server_protocol_connections",
        "Active connections through this protocol at the last heartbeat",
    );
    let counts = f.family::<CountLabels>(
        "servers",
        "Servers in each status, from the server list (decommissioned servers are not listed)",
    );
    // Listings leave decommissioned servers out, so their count would always read 0.
    for name in STATUSES.iter().filter(|s| **s != "DECOMMISSIONED") {
        counts
            .get_or_create(&CountLabels {
                status: (*name).into(),
            })
            .set(0.0);
    }
    for server in servers {
        let labels = ServerLabels {
            server_id: server.id.clone(),
        };
        info.get_or_create(&InfoLabels {
            server_id: server.id.clone(),
            name: server.host_name.clone(),
            location: server.location.clone(),
            owner_id: server.owner_id.clone(),
            public_ip: server.public_ip.clone(),
        })
        .set(1.0);
        let current = enum_name(&server.status);
        let mut names: Vec<&str> = STATUSES.to_vec();
        if !names.contains(&current.as_str()) {
            names.push(&current);
        }
        for name in names {
            status
                .get_or_create(&StatusLabels {
                    server_id: server.id.clone(),
                    status: name.into(),
                })
                .set(flag(name == current));
        }
        counts.get_or_create(&CountLabels { status: current }).inc();
        if let Some(m) = &server.metrics {
            cpu.get_or_create(&labels).set(m.cpu_usage);
            memory.get_or_create(&labels).set(m.memory_usage);
            network.get_or_create(&labels).set(m.network_speed);
            latency.get_or_create(&labels).set(m.latency_ms / 1000.0);
            heartbeat
                .get_or_create(&labels)
                .set(seconds(m.last_heartbeat));
        }
        connections
            .get_or_create(&labels)
            .set(server.active_connections as f64);
        capacity.get_or_create(&labels).set(server.capacity as f64);
        score.get_or_create(&labels).set(server.performance_score);
        mining
            .get_or_create(&labels)
            .set(flag(server.mining_enabled));
        rate.get_or_create(&labels).set(server.mining_rate);
        balance.set(&labels, server.token_balance);
        rewards.set(&labels, server.mining.rewards);
        for protocol in &server.protocols {
            let labels = ProtocolLabels {
                server_id: server.id.clone(),
                protocol: enum_name(&protocol.type_),
                port: protocol.port.to_string(),
            };
            protocol_enabled
                .get_or_create(&labels)
                .set(flag(protocol.enabled));
            protocol_connections
                .get_or_create(&labels)
                .set(protocol.connections as f64);
        }
    }
}

fn network_families(f: &mut Families, network: &Network) {
    let figures: [(&str, &str, f64); 6] = [
        (
            "network_active_connections",
            "Sessions open now, network-wide",
            network.total_active_connections as f64,
        ),
        (
            "network_users",
            "Distinct users with a session in the last 24 hours",
            network.total_users as f64,
        ),
        (
            "network_reporting_servers",
            "Servers that reported in the last 24 hours",
            network.total_servers as f64,
        ),
        (
            "network_data_transferred_gigabytes",
            "Gigabytes transferred by sessions started in the last 24 hours",
            network.total_data_transferred,
        ),
        (
            "network_connections_per_server",
            "Active connections per reporting server",
            network.connections_per_server,
        ),
        (
            "network_data_per_server_gigabytes",
            "Gigabytes per reporting server in the last 24 hours",
            network.data_per_server,
        ),
    ];
    for (name, help, value) in figures {
        f.gauge(name, help).set(value);
    }
}

fn economy_families(f: &mut Families, economy: &Economy) {
    let amounts: [(&str, &str, Option<Tokens>); 9] = [
        (
            "economy_supply",
            "Tokens minted by claims, all time",
            Some(economy.supply),
        ),
        (
            "economy_circulating",
            "The sum of every account's balance",
            Some(economy.circulating),
        ),
        (
            "economy_spent",
            "Tokens spent on the service, all time",
            Some(economy.spent),
        ),
        (
            "economy_paid_out",
            "Tokens paid out to destination addresses, all time",
            Some(economy.paid_out),
        ),
        (
            "economy_fees_collected",
            "Withdrawal fees collected, all time",
            Some(economy.fees_collected),
        ),
        (
            "economy_held",
            "Tokens set aside for pending and approved withdrawals",
            Some(economy.held),
        ),
        (
            "economy_claimed_today",
            "Tokens minted by claims in the current UTC day",
            Some(economy.claimed_today),
        ),
        (
            "economy_daily_budget",
            "The daily emission budget (absent when unlimited)",
            economy.daily_budget,
        ),
        (
            "economy_budget_left",
            "What claims may still mint today (absent when unlimited)",
            economy.budget_left,
        ),
    ];
    // An unlimited budget has no amount: its families are left out rather than shown as 0.
    for (name, help, amount) in amounts {
        if let Some(amount) = amount {
            f.amount(name, help).set(amount);
        }
    }
    let count = f.family::<QueueLabels>(
        "economy_withdrawals",
        "Withdrawals waiting, by queue (pending, approved)",
    );
    let held = f.amount_family::<QueueLabels>(
        "economy_withdrawals_amount",
        "The gross amount of the withdrawals waiting, by queue (pending, approved)",
    );
    let pending = &economy.pending_withdrawals;
    let approved = &economy.approved_withdrawals;
    for (queue, number, amount) in [
        ("pending", pending.count, pending.amount),
        ("approved", approved.count, approved.amount),
    ] {
        let labels = QueueLabels {
            queue: queue.into(),
        };
        count.get_or_create(&labels).set(number as f64);
        held.set(&labels, amount);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn server(id: &str, status: &str, metrics: serde_json::Value) -> Server {
        serde_json::from_value(json!({
            "id": id,
            "hostName": format!("{id}.vpn.example.net"),
            "publicIp": "203.0.113.7",
            "location": "eu-west",
            "status": status,
            "ownerId": "usr-operator",
            "activeConnections": 12,
            "tokenBalance": "1234567.890123",
            "miningEnabled": true,
            "miningRate": 2.5,
            "performanceScore": 87.5,
            "capacity": 100,
            "decommissionedAt": null,
            "protocols": [{
                "id": "p-1", "type": "VLESS", "port": 443, "enabled": true,
                "status": "ACTIVE", "connections": 7, "publicKey": null
            }],
            "metrics": metrics,
            "mining": {
                "enabled": true, "rate": 2.5, "rewards": "0.000001", "lastClaimAt": null
            }
        }))
        .expect("a server")
    }

    fn economy(daily_budget: Option<&str>) -> Economy {
        serde_json::from_value(json!({
            "asOf": "2026-01-05T10:00:00Z",
            "supply": "1000.5", "circulating": "900", "spent": "50", "paidOut": "40",
            "feesCollected": "1.25", "held": "10",
            "pendingWithdrawals": {"count": 2, "amount": "8"},
            "approvedWithdrawals": {"count": 1, "amount": "2"},
            "claimedToday": "3", "dailyBudget": daily_budget, "budgetLeft": daily_budget,
            "budgetResetsAt": "2026-01-06T00:00:00Z"
        }))
        .expect("an economy")
    }

    /// The sample lines of `text` that start with `prefix` (a name, or a name and labels).
    fn lines<'a>(text: &'a str, prefix: &str) -> Vec<&'a str> {
        text.lines().filter(|l| l.starts_with(prefix)).collect()
    }

    #[test]
    fn before_any_poll_only_the_exporter_speaks_and_says_down() {
        let text = render(&Known::default(), &Health::default());
        assert_eq!(lines(&text, "vpnmine_up "), ["vpnmine_up 0.0"]);
        assert_eq!(
            lines(&text, "vpnmine_last_success_timestamp_seconds "),
            ["vpnmine_last_success_timestamp_seconds 0.0"]
        );
        assert!(text.contains("# TYPE vpnmine_exporter_polls_total counter"));
        assert!(!text.contains("vpnmine_server_"), "{text}");
    }

    #[test]
    fn each_server_is_one_series_with_its_labels_and_one_status_set() {
        let metrics = json!({
            "cpuUsage": 41.5, "memoryUsage": 63.0, "networkSpeed": 120.25,
            "activeConnections": 12, "latencyMs": 35.0,
            "lastHeartbeat": "2026-01-05T10:00:00.500Z"
        });
        let known = Known {
            servers: Some(vec![
                server("srv-a", "DEGRADED", metrics),
                server("srv-b", "OFFLINE", serde_json::Value::Null),
            ]),
            ..Known::default()
        };
        let health = Health {
            sources: [true, false, false],
            ..Health::default()
        };
        let text = render(&known, &health);
        let a = r#"{server_id="srv-a"}"#;
        assert_eq!(
            lines(&text, "vpnmine_server_cpu_usage_percent{"),
            [format!("vpnmine_server_cpu_usage_percent{a} 41.5")],
            "a server that never reported has no CPU series"
        );
        assert!(text.contains(&format!("vpnmine_server_latency_seconds{a} 0.035\n")));
        assert!(text.contains(&format!(
            "vpnmine_server_last_heartbeat_timestamp_seconds{a} 1767607200.5\n"
        )));
        // Money: the decimal as the platform wrote it, and exact micro-tokens.
        assert!(text.contains(&format!(
            "vpnmine_server_token_balance_tokens{a} 1234567.890123\n"
        )));
        assert!(text.contains(&format!(
            "vpnmine_server_token_balance_micro{a} 1234567890123\n"
        )));
        let status = lines(&text, "vpnmine_server_status{server_id=\"srv-a\"");
        assert_eq!(status.len(), STATUSES.len());
        let set: Vec<_> = status.iter().filter(|l| l.ends_with(" 1.0")).collect();
        assert_eq!(set.len(), 1);
        assert!(set[0].contains(r#"status="DEGRADED""#), "{set:?}");
        assert!(text.contains(r#"vpnmine_servers{status="DEGRADED"} 1.0"#));
        assert!(text.contains(r#"vpnmine_servers{status="ONLINE"} 0.0"#));
        assert!(text.contains(
            r#"vpnmine_server_protocol_connections{server_id="srv-a",protocol="VLESS",port="443"} 7.0"#
        ));
        assert_eq!(lines(&text, "vpnmine_up "), ["vpnmine_up 1.0"]);
    }

    #[test]
    fn the_economy_is_exact_and_an_unlimited_budget_is_left_out() {
        let known = Known {
            economy: Some(economy(None)),
            ..Known::default()
        };
        let text = render(&known, &Health::default());
        assert!(text.contains("vpnmine_economy_supply_tokens 1000.5\n"));
        assert!(text.contains("vpnmine_economy_supply_micro 1000500000\n"));
        assert!(text.contains(r#"vpnmine_economy_withdrawals{queue="pending"} 2.0"#));
        assert!(
            text.contains(r#"vpnmine_economy_withdrawals_amount_micro{queue="approved"} 2000000"#)
        );
        assert!(!text.contains("vpnmine_economy_daily_budget"), "{text}");
        let budgeted = Known {
            economy: Some(economy(Some("500"))),
            ..Known::default()
        };
        let text = render(&budgeted, &Health::default());
        assert!(text.contains("vpnmine_economy_daily_budget_micro 500000000\n"));
        assert!(text.contains("# HELP vpnmine_economy_daily_budget_tokens "));
    }

    #[test]
    fn listen_and_interval_are_checked_when_parsed() {
        assert!(parse_listen("127.0.0.1:0").is_ok());
        assert!(parse_listen("[::1]:9477").is_ok());
        for bad in ["localhost", "127.0.0.1", "127.0.0.1:70000", ":9477"] {
            assert!(parse_listen(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_interval("15s"), Ok(Duration::from_secs(15)));
        assert!(parse_interval("0s").is_err());
    }
}
