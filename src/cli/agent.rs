//! `vpnmine agent`: reports this host's metrics as a server's heartbeat, and the VPN
//! connections a core's hook writes as NDJSON events (`--sessions-from`).
//!
//! Decisions on events:
//! - Each line is one event, sent in order (a start before its end). A line that is not a
//!   valid event, or that the platform refuses (VAL_001, RSC_001), is reported on stderr with
//!   its line number and skipped: the good events around it are still sent. With `--once`
//!   the command then exits 2 after printing every line's result.
//! - A failure that may pass (platform unreachable, rate limited, server error) never skips
//!   an event: `--once` stops at that line and exits with its code (every event carries an id,
//!   so sending the whole input again is safe); the long-running agent retries it with
//!   backoff. AUTH_001 stops the agent, as for heartbeats: no later event could pass.
//! - A FILE is followed like `tail -f` when the agent keeps running; stdin is read to its end.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use clap::Args;
use serde::Deserialize;
use serde_json::{Value, json};
use sysinfo::{Networks, System};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, BufReader};
use tokio::sync::mpsc;

use super::GlobalArgs;
use crate::client::Client;
use crate::client::operations::{
    EndConnection, ReportMetrics, StartConnection, end_connection, report_metrics, start_connection,
};
use crate::domain::protocol::ProtocolType;
use crate::error::{CliError, ErrorKind};
use crate::output::{Column, Output, Section};

#[derive(Debug, Args)]
#[command(
    after_help = "Connection events (--sessions-from), one JSON object per line:
  {\"event\":\"start\",\"id\":\"c-1\",\"userUuid\":\"UUID\",\"protocol\":\"VLESS\",\"at\":\"2026-01-05T10:00:00Z\"}
  {\"event\":\"end\",\"id\":\"c-1\",\"bytesIn\":1048576,\"bytesOut\":73400320,\"at\":\"2026-01-05T10:42:00Z\"}
  id: your id for the connection (1-128 printable characters), the same in its start and end;
  userUuid: the user's VPN client id; protocol: VLESS, REALITY, WIREGUARD or OPENCONNECT;
  bytesIn: bytes from the user into the server, bytesOut: bytes to the user; at (RFC 3339)
  is optional and defaults to when the platform receives the event.
  Events are sent in order. Re-sending an event is safe: the platform recognises its id.
  A bad line is reported on stderr with its number and skipped (with --once: exit 2 at the
  end); if the platform is unreachable, --once stops at that line (exit 6) and the running
  agent retries it. Without --once a FILE is followed as it grows; - reads stdin to its end.
  Output: with --once, the heartbeat and one row per line (line, event, id, status recorded or
  skipped, sessionId, message); running, with -o json, one JSON object per heartbeat and per
  line as they happen.

With --token-file the agent sends that agent token (from `vpnmine servers token create`) instead of the profile's login: it can report for its one server and nothing else.
The file must not be readable by other users (chmod 600).

Examples:
  vpnmine agent --server-id srv-0c1dbcd9                  # every 10 s until Ctrl-C
  vpnmine agent --server-id srv-0c1dbcd9 --once -o json   # one heartbeat, for cron
  xray-hook | vpnmine agent --server-id srv-0c1dbcd9 --sessions-from -
  vpnmine agent --server-id srv-0c1dbcd9 --once --sessions-from events.ndjson
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
    /// Send one heartbeat and exit (with --sessions-from: after sending every event).
    #[arg(long)]
    pub once: bool,
    /// Also send the connection events of this NDJSON file (- for stdin); see below.
    #[arg(long, value_name = "FILE|-")]
    pub sessions_from: Option<String>,
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

/// Longest event line read, in bytes: a longer one is reported and skipped, never buffered.
const MAX_LINE_BYTES: usize = 64 * 1024;
/// How often a followed file is looked at again once its end is reached.
const FOLLOW_INTERVAL: Duration = Duration::from_millis(500);
/// Longest wait between two tries of an event the platform could not take.
const MAX_RETRY_DELAY: Duration = Duration::from_secs(30);

/// One line of `--sessions-from`.
#[derive(Debug, Clone, Deserialize)]
#[serde(
    tag = "event",
    rename_all = "lowercase",
    rename_all_fields = "camelCase",
    deny_unknown_fields
)]
enum Event {
    Start {
        id: String,
        user_uuid: String,
        protocol: String,
        at: Option<DateTime<Utc>>,
    },
    End {
        id: String,
        bytes_in: u64,
        bytes_out: u64,
        at: Option<DateTime<Utc>>,
    },
}

impl Event {
    fn kind(&self) -> &'static str {
        match self {
            Self::Start { .. } => "start",
            Self::End { .. } => "end",
        }
    }

    fn id(&self) -> &str {
        match self {
            Self::Start { id, .. } | Self::End { id, .. } => id,
        }
    }
}

/// A numbered line of the input: the event, or why it is not one.
type Line = (usize, Result<Event, String>);

fn parse_line(line: &[u8]) -> Result<Event, String> {
    let event: Event = serde_json::from_slice(line).map_err(|e| e.to_string())?;
    if let Event::Start { protocol, .. } = &event {
        protocol
            .parse::<ProtocolType>()
            .map_err(|e| e.to_string())?;
    }
    Ok(event)
}

/// Reads numbered lines from `input` into `lines` until its end (or, when `follow`, forever,
/// looking again for what is appended), or until the receiver is gone. Blank lines are
/// skipped but counted, so that numbers match an editor's.
async fn read_lines(input: impl AsyncRead + Unpin, follow: bool, lines: mpsc::Sender<Line>) {
    let mut reader = BufReader::new(input);
    let mut line = Vec::new();
    let mut number = 0;
    loop {
        let limit = (MAX_LINE_BYTES + 1).saturating_sub(line.len()) as u64;
        let read = match (&mut reader).take(limit).read_until(b'\n', &mut line).await {
            Ok(read) => read,
            Err(e) => {
                let _ = lines
                    .send((number + 1, Err(format!("cannot read the input: {e}"))))
                    .await;
                return;
            }
        };
        let complete = line.last() == Some(&b'\n');
        if line.len() > MAX_LINE_BYTES && !complete {
            // Too long: report it, and drop the rest of it as it comes.
            number += 1;
            line.clear();
            let error = format!("longer than {MAX_LINE_BYTES} bytes");
            if lines.send((number, Err(error))).await.is_err() {
                return;
            }
            loop {
                match reader.read_until(b'\n', &mut line).await {
                    Ok(0) if follow => tokio::time::sleep(FOLLOW_INTERVAL).await,
                    Ok(0) | Err(_) => return,
                    Ok(_) if line.last() == Some(&b'\n') => break,
                    Ok(_) => {}
                }
                line.clear();
            }
            line.clear();
            continue;
        }
        if read == 0 || !complete {
            if follow {
                // A writer may be in the middle of the line: keep what came and wait.
                tokio::time::sleep(FOLLOW_INTERVAL).await;
                continue;
            }
            if line.is_empty() {
                return;
            }
        }
        number += 1;
        let text = std::mem::take(&mut line);
        if text.iter().all(u8::is_ascii_whitespace) {
            if read == 0 {
                return;
            }
            continue;
        }
        if lines.send((number, parse_line(&text))).await.is_err() || read == 0 {
            return;
        }
    }
}

/// Starts reading `source` (a path, or - for stdin) on its own task.
async fn open_events(source: &str, follow: bool) -> Result<mpsc::Receiver<Line>, CliError> {
    let (sender, receiver) = mpsc::channel(256);
    if source == "-" {
        tokio::spawn(read_lines(tokio::io::stdin(), false, sender));
    } else {
        let file = tokio::fs::File::open(source)
            .await
            .map_err(|e| CliError::usage(format!("cannot open --sessions-from {source}: {e}")))?;
        tokio::spawn(read_lines(file, follow, sender));
    }
    Ok(receiver)
}

/// Sends one event for `server_id`; the session it recorded.
async fn send_event(client: &Client, server_id: &str, event: &Event) -> Result<Value, CliError> {
    match event {
        Event::Start {
            id,
            user_uuid,
            protocol,
            at,
        } => {
            let protocol = protocol
                .parse::<ProtocolType>()
                .map_err(|e| CliError::usage(e.to_string()))?;
            let input = start_connection::StartConnectionInput {
                server_id: server_id.to_string(),
                user_uuid: user_uuid.clone(),
                protocol,
                started_at: *at,
                event_id: Some(id.clone()),
            };
            let data = client
                .run::<StartConnection>(start_connection::Variables { input })
                .await?;
            Ok(serde_json::to_value(data.start_connection).unwrap_or(Value::Null))
        }
        Event::End {
            id,
            bytes_in,
            bytes_out,
            at,
        } => {
            let input = end_connection::EndConnectionInput {
                session_id: None,
                server_id: Some(server_id.to_string()),
                event_id: Some(id.clone()),
                bytes_in: *bytes_in,
                bytes_out: *bytes_out,
                ended_at: *at,
            };
            let data = client
                .run::<EndConnection>(end_connection::Variables { input })
                .await?;
            Ok(serde_json::to_value(data.end_connection).unwrap_or(Value::Null))
        }
    }
}

/// Failures that may pass: the event is tried again (or, with --once, the run stops there).
fn may_pass(error: &CliError) -> bool {
    matches!(
        error.kind,
        ErrorKind::Unreachable | ErrorKind::Refused | ErrorKind::Failed
    )
}

/// What became of one line.
fn event_row(number: usize, event: Option<&Event>, result: &Result<Value, CliError>) -> Value {
    let (status, session, message) = match result {
        Ok(session) => ("recorded", session["id"].clone(), Value::Null),
        Err(e) => ("skipped", Value::Null, Value::String(e.to_string())),
    };
    json!({
        "line": number,
        "event": event.map(Event::kind),
        "id": event.map(Event::id),
        "status": status,
        "sessionId": session,
        "message": message,
    })
}

fn event_columns() -> Vec<Column> {
    vec![
        Column::new("LINE", "line"),
        Column::new("EVENT", "event"),
        Column::new("ID", "id"),
        Column::new("STATUS", "status"),
        Column::new("SESSION", "sessionId"),
        Column::new("MESSAGE", "message"),
    ]
}

fn report_skipped(row: &Value, global: &GlobalArgs) {
    if !global.quiet {
        eprintln!(
            "line {}: skipped: {}",
            row["line"],
            row["message"].as_str().unwrap_or("?")
        );
    }
}

/// `--once --sessions-from`: one heartbeat, then every event of the input in order.
async fn drain(
    client: &Client,
    heartbeat: Value,
    mut lines: mpsc::Receiver<Line>,
    args: &AgentArgs,
    global: &GlobalArgs,
) -> Result<Option<Output>, CliError> {
    let mut rows = Vec::new();
    let mut stopped = None;
    while let Some((number, line)) = lines.recv().await {
        let result = match &line {
            Ok(event) => send_event(client, &args.server_id, event).await,
            Err(reason) => Err(CliError::usage(format!("not an event: {reason}"))),
        };
        if let Err(error) = &result
            && (may_pass(error) || error.kind == ErrorKind::Auth)
        {
            stopped = Some((number, error.clone()));
            break;
        }
        let row = event_row(number, line.as_ref().ok(), &result);
        if result.is_err() {
            report_skipped(&row, global);
        }
        rows.push(row);
    }
    let skipped: Vec<String> = rows
        .iter()
        .filter(|r| r["status"] == "skipped")
        .map(|r| r["line"].to_string())
        .collect();
    let output = Output::Sections(vec![
        Section::new("heartbeat", "Heartbeat", Output::Record(heartbeat)),
        Section::new(
            "events",
            "Connection events",
            Output::list(event_columns(), rows),
        ),
    ]);
    let failure = match stopped {
        Some((number, error)) => Some(CliError {
            message: format!(
                "stopped at line {number}: {}; that line and the ones after it were not \
                 sent (sending the whole input again is safe)",
                error.message
            ),
            ..error
        }),
        None if !skipped.is_empty() => Some(CliError::usage(format!(
            "{} event(s) were not recorded: line(s) {}",
            skipped.len(),
            skipped.join(", ")
        ))),
        None => None,
    };
    match failure {
        None => Ok(Some(output)),
        Some(error) => {
            // The lines' results still go to stdout; the summary goes to stderr with the code.
            super::print_output(&output, global)?;
            Err(error)
        }
    }
}

/// The running agent's handling of one line: sent, retried while the platform cannot take
/// it, or reported and skipped. Ends the agent on AUTH_001 or Ctrl-C.
async fn forward(
    client: &Client,
    server_id: &str,
    (number, line): Line,
    global: &GlobalArgs,
) -> Result<bool, CliError> {
    let event = match line {
        Ok(event) => event,
        Err(reason) => {
            let error = CliError::usage(format!("not an event: {reason}"));
            report_skipped(&event_row(number, None, &Err(error)), global);
            return Ok(true);
        }
    };
    let mut delay = Duration::from_secs(1);
    loop {
        let result = send_event(client, server_id, &event).await;
        match &result {
            Err(error) if error.kind == ErrorKind::Auth => return Err(error.clone()),
            Err(error) if may_pass(error) => {
                eprintln!(
                    "line {number}: {error}; trying again in {}s",
                    delay.as_secs()
                );
                tokio::select! {
                    _ = tokio::time::sleep(delay) => {}
                    _ = tokio::signal::ctrl_c() => return Ok(false),
                }
                delay = (delay * 2).min(MAX_RETRY_DELAY);
                continue;
            }
            _ => {}
        }
        let row = event_row(number, Some(&event), &result);
        if result.is_err() {
            report_skipped(&row, global);
        } else if global.output == crate::output::Format::Json {
            println!("{row}");
        } else if !global.quiet {
            eprintln!(
                "line {number}: {} {} recorded as {}",
                event.kind(),
                event.id(),
                row["sessionId"].as_str().unwrap_or("?")
            );
        }
        return Ok(true);
    }
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
    let mut events = match &args.sessions_from {
        Some(source) => Some(open_events(source, !args.once).await?),
        None => None,
    };
    let mut sampler = Sampler::new()?;
    // CPU usage needs two measurements some time apart.
    tokio::time::sleep(sysinfo::MINIMUM_CPU_UPDATE_INTERVAL.max(Duration::from_millis(250))).await;
    if args.once {
        let heartbeat = report(&client, &mut sampler, &args.server_id).await?;
        return match events {
            Some(lines) => drain(&client, heartbeat, lines, &args, global).await,
            None => Ok(Some(Output::Record(heartbeat))),
        };
    }
    let mut tick = tokio::time::interval(args.interval);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            line = async { events.as_mut()?.recv().await }, if events.is_some() => {
                match line {
                    Some(line) => {
                        if !forward(&client, &args.server_id, line, global).await? {
                            return Ok(None);
                        }
                    }
                    // The input ended (stdin closed): heartbeats go on.
                    None => events = None,
                }
                continue;
            }
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
