//! `vpnmine agent`: reports this host's metrics as a server's heartbeat.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use clap::Args;
use serde_json::Value;
use sysinfo::{Networks, System};

use super::GlobalArgs;
use crate::client::Client;
use crate::client::operations::{ReportMetrics, report_metrics};
use crate::error::{CliError, ErrorKind};
use crate::output::Output;

#[derive(Debug, Args)]
#[command(
    after_help = "With --token-file the agent sends that agent token (from `vpnmine servers token
create`) instead of the profile's login: it can report for its one server and nothing else.
The file must not be readable by other users (chmod 600).

Examples:
  vpnmine agent --server-id srv-0c1dbcd9                  # every 10 s until Ctrl-C
  vpnmine agent --server-id srv-0c1dbcd9 --once -o json   # one heartbeat, for cron
  vpnmine --endpoint https://vpn.example.com/graphql agent --server-id srv-0c1dbcd9 --token-file /etc/vpnmine/agent.token"
)]
pub struct AgentArgs {
    /// The server this host is (its owner's or an admin's login, or an agent token of it).
    #[arg(long, value_name = "ID")]
    pub server_id: String,
    /// Report with the agent token in this file (trimmed) instead of the profile's login.
    #[arg(long, value_name = "PATH")]
    pub token_file: Option<PathBuf>,
    /// Time between heartbeats (at least 1s).
    #[arg(long, default_value = "10s", value_parser = parse_interval)]
    pub interval: Duration,
    /// Send one heartbeat and exit.
    #[arg(long)]
    pub once: bool,
}

fn parse_interval(input: &str) -> Result<Duration, String> {
    let interval = crate::domain::dates::parse_duration(input).map_err(|e| e.to_string())?;
    if interval < Duration::from_secs(1) {
        return Err("the interval must be at least 1s".into());
    }
    Ok(interval)
}

/// What the host measured since the previous sample.
struct Sampler {
    system: System,
    networks: Networks,
    last: Instant,
}

/// Established TCP connections (IPv4 and IPv6), from /proc on Linux; 0 elsewhere.
fn established_connections() -> i64 {
    ["/proc/net/tcp", "/proc/net/tcp6"]
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .map(|table| {
            table
                .lines()
                .skip(1)
                .filter(|line| line.split_whitespace().nth(3) == Some("01"))
                .count() as i64
        })
        .sum()
}

impl Sampler {
    fn new() -> Result<Self, CliError> {
        let unavailable =
            |e: sysinfo::Error| CliError::failed(format!("cannot read this host's metrics: {e}"));
        let mut system = System::new().map_err(unavailable)?;
        system.refresh_cpu_usage();
        system.refresh_memory();
        Ok(Self {
            system,
            networks: Networks::new_with_refreshed_list().map_err(unavailable)?,
            last: Instant::now(),
        })
    }

    fn sample(&mut self, latency_ms: f64) -> report_metrics::HeartbeatInput {
        self.system.refresh_cpu_usage();
        self.system.refresh_memory();
        self.networks.refresh(true);
        let seconds = self.last.elapsed().as_secs_f64().max(0.001);
        self.last = Instant::now();
        let (received, sent) = self.networks.values().fold((0u64, 0u64), |(r, t), n| {
            (r + n.received(), t + n.transmitted())
        });
        let mbits = |bytes: u64| bytes as f64 * 8.0 / 1_000_000.0 / seconds;
        let total = self.system.total_memory().max(1) as f64;
        report_metrics::HeartbeatInput {
            server_id: String::new(),
            cpu_usage: f64::from(self.system.global_cpu_usage()).clamp(0.0, 100.0),
            memory_usage: (self.system.used_memory() as f64 / total * 100.0).clamp(0.0, 100.0),
            network_in: mbits(received),
            network_out: mbits(sent),
            active_connections: established_connections(),
            latency_ms,
            error_rate: 0.0,
            custom: None,
        }
    }
}

/// Round trip to the platform: the time to open a TCP connection to its host.
async fn latency_to(client: &Client) -> f64 {
    let url = client.url();
    let Some(host) = url.host_str() else {
        return 0.0;
    };
    let port = url.port_or_known_default().unwrap_or(80);
    let started = Instant::now();
    match tokio::time::timeout(
        Duration::from_secs(2),
        tokio::net::TcpStream::connect((host, port)),
    )
    .await
    {
        Ok(Ok(_)) => started.elapsed().as_secs_f64() * 1000.0,
        _ => 2000.0,
    }
}

async fn report(
    client: &Client,
    sampler: &mut Sampler,
    server_id: &str,
) -> Result<Value, CliError> {
    let latency = latency_to(client).await;
    let mut input = sampler.sample(latency);
    input.server_id = server_id.to_string();
    let data = client
        .run::<ReportMetrics>(report_metrics::Variables { input })
        .await?;
    Ok(serde_json::to_value(data.report_metrics).unwrap_or(Value::Null))
}

/// Longest token file read: a token is 71 characters; anything much longer is the wrong file.
const MAX_TOKEN_FILE: u64 = 4096;

/// Reads the agent token from `path`: one word, trimmed. A missing, empty or oversized file,
/// and one every user may read, are usage errors (exit 2).
fn read_token_file(path: &Path) -> Result<String, CliError> {
    let shown = path.display();
    let file = std::fs::File::open(path)
        .map_err(|e| CliError::usage(format!("--token-file {shown}: cannot read it: {e}")))?;
    check_token_file_mode(&file, path)?;
    let mut text = String::new();
    file.take(MAX_TOKEN_FILE + 1)
        .read_to_string(&mut text)
        .map_err(|e| CliError::usage(format!("--token-file {shown}: cannot read it: {e}")))?;
    if text.len() as u64 > MAX_TOKEN_FILE {
        return Err(CliError::usage(format!(
            "--token-file {shown}: larger than {MAX_TOKEN_FILE} bytes; it should hold one token"
        )));
    }
    let token = text.trim();
    if token.is_empty() {
        return Err(
            CliError::usage(format!("--token-file {shown}: the file is empty"))
                .with_hint("create a token with `vpnmine servers token create SERVER_ID`"),
        );
    }
    if token.chars().any(char::is_whitespace) {
        return Err(CliError::usage(format!(
            "--token-file {shown}: expected one token without spaces"
        )));
    }
    Ok(token.to_string())
}

/// A token any local user can read is as good as published: refused, as ssh refuses such
/// keys. One the file's group can read is only warned about (a service group may be meant).
#[cfg(unix)]
fn check_token_file_mode(file: &std::fs::File, path: &Path) -> Result<(), CliError> {
    use std::os::unix::fs::PermissionsExt as _;
    let mode = file
        .metadata()
        .map_err(|e| CliError::usage(format!("--token-file {}: {e}", path.display())))?
        .permissions()
        .mode();
    if mode & 0o004 != 0 {
        return Err(CliError::usage(format!(
            "--token-file {}: every user of this host can read it (mode {:o})",
            path.display(),
            mode & 0o777
        ))
        .with_hint(format!("chmod 600 {}", path.display())));
    }
    if mode & 0o040 != 0 {
        eprintln!(
            "warning: --token-file {}: its group can read it (mode {:o}); chmod 600 keeps it to its owner",
            path.display(),
            mode & 0o777
        );
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_token_file_mode(_file: &std::fs::File, _path: &Path) -> Result<(), CliError> {
    Ok(())
}

pub async fn run(args: AgentArgs, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    let client = match &args.token_file {
        Some(path) => global.client_with_token(read_token_file(path)?).await?,
        None => global.client().await?,
    };
    let mut sampler = Sampler::new()?;
    // CPU usage needs two measurements some time apart.
    tokio::time::sleep(sysinfo::MINIMUM_CPU_UPDATE_INTERVAL.max(Duration::from_millis(250))).await;
    if args.once {
        return report(&client, &mut sampler, &args.server_id)
            .await
            .map(|r| Some(Output::Record(r)));
    }
    let mut tick = tokio::time::interval(args.interval);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            _ = tokio::signal::ctrl_c() => return Ok(None),
        }
        match report(&client, &mut sampler, &args.server_id).await {
            Ok(result) => {
                if global.output == crate::output::Format::Json {
                    println!("{result}");
                } else if !global.quiet {
                    eprintln!(
                        "heartbeat: {} score {:.0} rate {:.2}/h",
                        result["status"].as_str().unwrap_or("?"),
                        result["performanceScore"].as_f64().unwrap_or(0.0),
                        result["miningRate"].as_f64().unwrap_or(0.0)
                    );
                }
            }
            // Not allowed or no such server: retrying cannot help.
            Err(e)
                if matches!(
                    e.kind,
                    ErrorKind::Auth | ErrorKind::NotFound | ErrorKind::Usage
                ) =>
            {
                return Err(e);
            }
            Err(e) => eprintln!("heartbeat failed: {e}; retrying at the next interval"),
        }
    }
}
