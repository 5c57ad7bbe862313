//! `vpnmine server`: the bundled backend.

use std::net::SocketAddr;

use clap::Args;

use super::GlobalArgs;
use crate::error::CliError;
use crate::server::limits::RateLimitConfig;
use crate::server::logging::{self, LogStyle};
use crate::server::{self, ServeOptions, store::seed::DEMO_ACCOUNTS};

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  vpnmine server --demo                          # demo network in ./vpnmine.db
  vpnmine server --db :memory: --demo --listen 127.0.0.1:0")]
pub struct ServerArgs {
    /// Address to listen on (port 0 picks a free port). Binds loopback by default.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// SQLite database file, or `:memory:`.
    #[arg(long, default_value = "vpnmine.db")]
    pub db: String,
    /// Seed the demo network into an empty database.
    #[arg(long)]
    pub demo: bool,
    /// Size multiplier of the demo network (1 = 300 servers, 3,000 users).
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub demo_scale: u32,
    /// Seed of the demo network's random generator.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Requests per minute per caller and user type, e.g. FREE=300,PREMIUM=1200,ADMIN=12000
    /// (0 = unlimited), or `off`.
    #[arg(
        long,
        value_name = "LIMITS",
        default_value = "FREE=300,PREMIUM=1200,ADMIN=12000"
    )]
    pub rate_limit: RateLimitConfig,
    /// Simulate the demo network's agents: every server in service reports a heartbeat this
    /// often (e.g. 1s, 5s); 0 turns it off.
    #[arg(long, value_name = "INTERVAL", default_value = "0", value_parser = parse_interval)]
    pub simulate: std::time::Duration,
    /// Log lines on stderr: `text`, or `json`: one object per line in the platform's LogEntry
    /// shape, timestamp, level, service, message, context {requestId, userId, serverId,
    /// operation, status, duration in ms}, metadata {environment from VPNMINE_ENVIRONMENT,
    /// version, region from VPNMINE_REGION}. `auto`: text on a terminal, else json. SQL
    /// statements slower than VPNMINE_SLOW_STATEMENT_MS (default 1000) are logged at WARN,
    /// except the bulk SQL of migrations and the demo seed.
    #[arg(long, value_enum, default_value_t = LogFormat::Auto)]
    pub log_format: LogFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    Auto,
    Text,
    Json,
}

fn parse_interval(input: &str) -> Result<std::time::Duration, String> {
    if input.trim() == "0" {
        return Ok(std::time::Duration::ZERO);
    }
    crate::domain::dates::parse_duration(input).map_err(|e| e.to_string())
}

pub async fn run(args: ServerArgs, global: &GlobalArgs) -> Result<(), CliError> {
    init_logging(args.log_format, global);
    let options = ServeOptions {
        listen: args.listen,
        db: args.db,
        demo: args.demo,
        demo_scale: args.demo_scale,
        seed: args.seed,
        local_admin_token: None,
        rate_limits: args.rate_limit,
        simulate: (!args.simulate.is_zero()).then_some(args.simulate),
        export_dir: None,
    };
    let fail = |e: server::ServeError| CliError::failed(e.to_string());
    let (store, seeded) = server::open_store(&options).await.map_err(fail)?;
    let bound = server::bind(store, &options).await.map_err(fail)?;
    // Tests and scripts read this first line to learn the port.
    println!("vpnmine server listening on http://{}/graphql", bound.addr);
    if seeded && !global.quiet {
        eprintln!("Seeded the demo network. Accounts (username / password):");
        for (username, password, role, _) in DEMO_ACCOUNTS {
            eprintln!("  {username} / {password}  ({role})");
        }
    }
    bound
        .serve(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(fail)
}

/// The server's log on stderr: one line per request and our warnings by default (other
/// crates' warnings only), more with -v / -vv, or as `RUST_LOG` says (for example
/// `RUST_LOG=vpnmine=debug`).
fn init_logging(format: LogFormat, global: &GlobalArgs) {
    let default = match (global.quiet, global.verbose) {
        (true, _) => "error",
        (false, 0) => "warn,vpnmine=info",
        (false, 1) => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let terminal = global.terminal.stderr;
    let style = match format {
        LogFormat::Json => LogStyle::Json,
        LogFormat::Auto if !terminal => LogStyle::Json,
        LogFormat::Text | LogFormat::Auto => LogStyle::Text {
            ansi: terminal && !global.no_color,
        },
    };
    logging::init(style, filter);
}
