//! `vpnmine server`: the bundled backend.

use std::net::SocketAddr;
use std::num::NonZeroU32;

use clap::Args;

use super::GlobalArgs;
use crate::error::CliError;
use crate::server::guard::{DEFAULT_MAX_CONCURRENT, DEFAULT_MAX_SOCKETS};
use crate::server::limits::RateLimitConfig;
use crate::server::socket::{DEFAULT_MAX_MESSAGE, SocketConfig};
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
    /// Operations one caller (an account, or an address when anonymous) may run at once over
    /// HTTP and WebSocket together; more are refused with 429 / RTE_001 (0 = unlimited).
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_CONCURRENT)]
    pub max_concurrent: u32,
    /// WebSockets one caller may hold open; more are refused with 429 (0 = unlimited).
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_SOCKETS)]
    pub max_sockets: u32,
    /// How long a new WebSocket may take to send `connection_init` before it is closed (4408).
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_timeout)]
    pub ws_init_timeout: std::time::Duration,
    /// Largest WebSocket message accepted, in bytes; larger ones close the socket (1009).
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_MESSAGE,
          value_parser = clap::value_parser!(u32).range(1024..=16 << 20))]
    pub ws_max_message: u32,
    /// Simulate the demo network's agents: every server in service reports a heartbeat this
    /// often (e.g. 1s, 5s); 0 turns it off.
    #[arg(long, value_name = "INTERVAL", default_value = "0", value_parser = parse_interval)]
    pub simulate: std::time::Duration,
}

fn parse_timeout(input: &str) -> Result<std::time::Duration, String> {
    crate::domain::dates::parse_duration(input).map_err(|e| e.to_string())
}

fn parse_interval(input: &str) -> Result<std::time::Duration, String> {
    if input.trim() == "0" {
        return Ok(std::time::Duration::ZERO);
    }
    crate::domain::dates::parse_duration(input).map_err(|e| e.to_string())
}

pub async fn run(args: ServerArgs, global: &GlobalArgs) -> Result<(), CliError> {
    init_logging(global);
    let options = ServeOptions {
        listen: args.listen,
        db: args.db,
        demo: args.demo,
        demo_scale: args.demo_scale,
        seed: args.seed,
        local_admin_token: None,
        rate_limits: args.rate_limit,
        max_concurrent: NonZeroU32::new(args.max_concurrent),
        max_sockets: NonZeroU32::new(args.max_sockets),
        sockets: SocketConfig {
            init_timeout: args.ws_init_timeout,
            max_message_bytes: args.ws_max_message as usize,
        },
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

/// The server's log on stderr: warnings by default, more with -v / -vv, or as `RUST_LOG`
/// says (for example `RUST_LOG=vpnmine=debug`).
fn init_logging(global: &GlobalArgs) {
    let default = match (global.quiet, global.verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    // Fails only when a subscriber is already set (tests running servers in-process).
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}
