//! `vpnmine server`: the bundled backend.

use std::net::SocketAddr;

use clap::Args;

use super::GlobalArgs;
use crate::error::CliError;
use crate::server::limits::RateLimitConfig;
use crate::server::lockout::LockoutPolicy;
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
    /// Failed logins for one username (within --lockout-window) that lock it; 0 turns the
    /// lockout off. Unknown usernames are locked the same way.
    #[arg(long, value_name = "FAILURES", default_value_t = 5)]
    pub lockout_after: u32,
    /// How far back failed logins count towards a lockout (e.g. 15m, 1h).
    #[arg(long, value_name = "DURATION", default_value = "15m", value_parser = parse_duration)]
    pub lockout_window: std::time::Duration,
    /// How long a locked username is refused (e.g. 15m, 30s).
    #[arg(long, value_name = "DURATION", default_value = "15m", value_parser = parse_duration)]
    pub lockout_for: std::time::Duration,
}

fn parse_duration(input: &str) -> Result<std::time::Duration, String> {
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
        simulate: (!args.simulate.is_zero()).then_some(args.simulate),
        export_dir: None,
        lockout: LockoutPolicy {
            failures: args.lockout_after,
            window: args.lockout_window,
            lock_for: args.lockout_for,
        },
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
