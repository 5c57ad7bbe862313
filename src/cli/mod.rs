//! The command line: global options, one module per noun, and `run`, which turns a parsed
//! command into an [`Output`] for `main` to render.

pub mod api;
pub mod args;
pub mod completions;
pub mod server;
pub mod servers;

use std::time::Duration;

use clap::{Args, Parser, Subcommand};

use crate::client::{Client, ConnectOptions, Endpoint};
use crate::error::CliError;
use crate::output::{Format, Output};

const AFTER_HELP: &str = "\
Exit codes: 0 ok, 1 error, 2 usage or invalid input, 3 not found, 4 authentication or
permission, 5 rate limited or refused for now, 6 platform unreachable or timed out.

Examples:
  vpnmine servers list                      # the embedded demo platform
  vpnmine --endpoint http://127.0.0.1:8080/graphql servers list -o json
  vpnmine server --demo                     # run the bundled backend";

#[derive(Debug, Parser)]
#[command(
    name = "vpnmine",
    version,
    about = "Operator and admin toolkit for the VPN Mining Platform",
    after_help = AFTER_HELP,
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// GraphQL endpoint URL, or `local` for the embedded backend on the local database.
    #[arg(long, global = true, env = "VPNMINE_ENDPOINT", default_value = crate::client::LOCAL)]
    pub endpoint: String,

    /// Output format: table (aligned text when piped), json or csv.
    #[arg(short, long, global = true, default_value = "table", value_parser = parse_format)]
    pub output: Format,

    /// Print nothing but errors (and the data of -o json/csv).
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// More detail on stderr (repeat for more).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// No colour (also when NO_COLOR is set).
    #[arg(long, global = true, env = "NO_COLOR", value_parser = clap::builder::FalseyValueParser::new())]
    pub no_color: bool,

    /// Seconds to wait for the platform before giving up.
    #[arg(long, global = true, default_value_t = 30, value_name = "SECONDS",
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub timeout: u64,

    /// Allow sending a token over plain http to a host that is not this machine.
    #[arg(long, global = true)]
    pub allow_insecure_http: bool,
}

fn parse_format(input: &str) -> Result<Format, String> {
    input
        .parse()
        .map_err(|e: crate::output::ParseFormatError| e.to_string())
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List and manage mining servers.
    #[command(subcommand)]
    Servers(servers::ServersCommand),
    /// Run the bundled platform backend (GraphQL over HTTP on SQLite).
    Server(server::ServerArgs),
    /// The API itself: the operation table and the schema.
    #[command(subcommand)]
    Api(api::ApiCommand),
    /// Print a shell completion script.
    Completions(completions::CompletionsArgs),
}

impl GlobalArgs {
    /// Connects to the platform the options name.
    pub async fn client(&self) -> Result<Client, CliError> {
        Client::connect(ConnectOptions {
            endpoint: Endpoint::parse(&self.endpoint)?,
            token: std::env::var("VPNMINE_TOKEN")
                .ok()
                .filter(|t| !t.is_empty()),
            timeout: Duration::from_secs(self.timeout),
            allow_insecure_http: self.allow_insecure_http,
        })
        .await
    }
}

/// Runs a command. `None` means the command wrote what it had to say itself.
pub async fn run(cli: Cli) -> Result<Option<Output>, CliError> {
    match cli.command {
        Command::Servers(command) => servers::run(command, &cli.global).await.map(Some),
        Command::Server(args) => server::run(args, &cli.global).await.map(|()| None),
        Command::Api(command) => api::run(command),
        Command::Completions(args) => completions::run(args).map(|()| None),
    }
}
