//! The command line: global options, one module per noun, and `run`, which turns a parsed
//! command into an [`Output`] for `main` to render.

pub mod admin;
pub mod agent;
pub mod alerts;
pub mod analytics;
pub mod api;
pub mod args;
pub mod auth;
pub mod backups;
pub mod completions;
pub mod config;
pub mod doctor;
pub mod exporter;
pub mod keys;
pub mod me;
pub mod metrics;
pub mod mining;
pub mod pages;
#[cfg(feature = "server")]
pub mod server;
// A build without the bundled backend still parses `vpnmine server ...` to explain.
#[cfg(not(feature = "server"))]
#[path = "no_server.rs"]
pub mod server;
pub mod servers;
pub mod stats;
pub mod top;
pub mod users;
pub mod uuids;
pub mod wallet;

use std::time::Duration;

use clap::{Args, CommandFactory as _, FromArgMatches as _, Parser, Subcommand};

use crate::client::credentials::{self, CredentialStore, Location};
use crate::client::{Client, ConnectOptions, Endpoint, Session};
use crate::config::{Config, Selection};
use crate::error::CliError;
use crate::output::jq::Jq;
use crate::output::{Format, Output, View};
use crate::terminal::Terminal;

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

impl Cli {
    /// The command line with the rules every argument shares applied, in one place rather
    /// than on each argument (see [`accept_any_case`]). Parsing, completions, the man page
    /// and the contract tests all use this, so they agree with what `main` accepts.
    pub fn command_with_conventions() -> clap::Command {
        accept_any_case(Self::command())
    }

    /// Parses the process's arguments against [`Cli::command_with_conventions`]; on bad usage
    /// clap prints the error and exits 2, as `Cli::parse` would.
    pub fn parse_args() -> Self {
        Self::try_parse_args_from(std::env::args_os()).unwrap_or_else(|e| e.exit())
    }

    /// [`Cli::parse_args`] for given arguments (the first is the program name).
    pub fn try_parse_args_from<I, T>(args: I) -> Result<Self, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        let mut command = Self::command_with_conventions();
        let mut matches = command.try_get_matches_from_mut(args)?;
        Self::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut command))
    }
}

/// Whether `arg` takes a value from a fixed set (flags such as `--quiet` have possible values
/// `true`/`false` in clap's eyes, but take no value: clap refuses `ignore_case` on them).
pub fn has_value_choices(arg: &clap::Arg) -> bool {
    arg.get_action().takes_values()
        && arg
            .get_value_parser()
            .possible_values()
            .is_some_and(|mut values| values.next().is_some())
}

/// Every argument with a fixed set of values (a `ValueEnum`: protocols, statuses, sorts,
/// shells...) accepts them in any case, on every subcommand: the platform's own docs write
/// `VLESS` and `ONLINE` in upper case. Help still lists one spelling, the lower-case name.
fn accept_any_case(command: clap::Command) -> clap::Command {
    command
        .mut_args(|arg| {
            if has_value_choices(&arg) {
                arg.ignore_case(true)
            } else {
                arg
            }
        })
        .mut_subcommands(accept_any_case)
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// GraphQL endpoint URL, or `local` for the embedded backend on the local database
    /// [default: the profile's endpoint, else local].
    // Once `run` has started, this holds the endpoint in force (flag > env > profile > local).
    #[arg(
        long,
        global = true,
        env = "VPNMINE_ENDPOINT",
        value_name = "URL|local",
        default_value = "",
        hide_default_value = true
    )]
    pub endpoint: String,

    /// Configuration profile: its endpoint and stored credentials [default: default_profile
    /// in config.toml, else `default`].
    #[arg(long, global = true, env = "VPNMINE_PROFILE", value_name = "NAME",
          value_parser = parse_profile)]
    pub profile: Option<String>,

    /// Output format: table (aligned text when piped), json or csv.
    #[arg(short, long, global = true, default_value = "table", value_parser = parse_format)]
    pub output: Format,

    /// Filter the JSON output with a jq expression (run by jaq, no jq needed); strings print
    /// raw, one result per line. Implies -o json.
    #[arg(long, global = true, value_name = "EXPR", value_parser = parse_jq)]
    pub jq: Option<String>,

    /// Choose and order the columns of a table or CSV: header names or JSON paths, e.g.
    /// `--columns name,status,cpu`.
    #[arg(long, global = true, value_name = "A,B,C", value_delimiter = ',',
          value_parser = parse_column_name)]
    pub columns: Vec<String>,

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

    /// The profile and endpoint in force, resolved once by `run`.
    #[arg(skip)]
    pub selection: Option<Selection>,

    /// Which streams are terminals, decided once by `main` (nothing is, until it has).
    #[arg(skip)]
    pub terminal: Terminal,
}

fn parse_profile(input: &str) -> Result<String, String> {
    crate::config::validate_profile_name(input).map(|()| input.to_string())
}

fn parse_jq(input: &str) -> Result<String, String> {
    crate::output::jq::Jq::compile(input).map(|_| input.to_string())
}

fn parse_column_name(input: &str) -> Result<String, String> {
    let name = input.trim();
    if name.is_empty() {
        return Err("a column name is empty (write --columns a,b,c)".to_string());
    }
    Ok(name.to_string())
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
    // Boxed: the server's flags outweigh every other command's.
    Server(Box<server::ServerArgs>),
    /// The API itself: raw GraphQL queries, the operation table and the schema.
    Api(api::ApiArgs),
    /// Network-wide analytics over a time window.
    #[command(subcommand)]
    Analytics(analytics::AnalyticsCommand),
    /// Your own connections: sessions and dashboard.
    #[command(subcommand)]
    Me(me::MeCommand),
    /// Other users' dashboards (admins; users may read their own).
    #[command(subcommand)]
    Users(users::UsersCommand),
    /// Admin views: dashboard, system health, security, audit, withdrawals.
    #[command(subcommand)]
    Admin(admin::AdminCommand),
    /// Print the man page (roff); a copy is committed as man/vpnmine.1.
    #[command(hide = true)]
    Man,
    /// Print a shell completion script.
    Completions(completions::CompletionsArgs),
    /// Log in and out, and show or refresh the session.
    #[command(subcommand)]
    Auth(auth::AuthCommand),
    /// Profiles and settings in config.toml.
    #[command(subcommand)]
    Config(config::ConfigCommand),
    /// Live metrics from the platform.
    #[command(subcommand)]
    Metrics(metrics::MetricsCommand),
    /// Report this host's metrics as a server's heartbeat, on an interval, and the VPN
    /// connections a core's hook writes (--sessions-from).
    Agent(agent::AgentArgs),
    /// Start mining, claim rewards and change mining settings.
    #[command(subcommand)]
    Mining(mining::MiningCommand),
    /// Export detailed statistics to a verified file (for cron jobs and scripts).
    #[command(subcommand)]
    Stats(stats::StatsCommand),
    /// Validate and migrate users' VLESS/REALITY UUIDs (admins).
    #[command(subcommand)]
    Uuids(uuids::UuidsCommand),
    /// Your tokens: balance, ledger history and withdrawals.
    #[command(subcommand)]
    Wallet(wallet::WalletCommand),
    /// Alert rules, what fired, and where notifications go (operators and admins).
    #[command(subcommand)]
    Alerts(alerts::AlertsCommand),
    /// Generate REALITY and WireGuard keys, UUIDs and shortIds on this machine (no platform).
    #[command(subcommand)]
    Keys(keys::KeysCommand),
    /// Serve the platform's servers, network and token figures to Prometheus (GET /metrics),
    /// polled on an interval.
    Exporter(exporter::ExporterArgs),
    /// Check the platform: endpoint, TLS, clock, token, rate limit, and which commands its
    /// schema supports.
    Doctor(doctor::DoctorArgs),
    /// A live full-screen view of the network: servers, load, alerts (q quits).
    Top(top::TopArgs),
}

impl GlobalArgs {
    /// How the output is to be shown: `--jq` makes it JSON, and the flags that cannot go
    /// together are refused here, before the command runs.
    pub fn view(&self) -> Result<View, CliError> {
        let jq = self.jq_filter()?;
        if jq.is_some() && self.output == Format::Csv {
            return Err(CliError::usage(
                "--jq filters JSON output; it cannot be used with -o csv",
            ));
        }
        if !self.columns.is_empty() && (jq.is_some() || self.output == Format::Json) {
            return Err(CliError::usage(
                "--columns chooses the columns of a table or CSV; to choose JSON fields use --jq",
            ));
        }
        Ok(View {
            format: if jq.is_some() {
                Format::Json
            } else {
                self.output
            },
            columns: self.columns.clone(),
            jq,
        })
    }

    /// The compiled `--jq` filter, for commands that stream JSON lines themselves.
    pub fn jq_filter(&self) -> Result<Option<Jq>, CliError> {
        self.jq
            .as_deref()
            .map(|code| Jq::compile(code).map_err(|e| CliError::usage(format!("--jq: {e}"))))
            .transpose()
    }

    /// The profile and endpoint in force: `--endpoint`/`VPNMINE_ENDPOINT` > the profile's
    /// endpoint > `local`.
    pub fn selection(&self) -> Result<Selection, CliError> {
        if let Some(selection) = &self.selection {
            return Ok(selection.clone());
        }
        let endpoint = Some(self.endpoint.trim()).filter(|e| !e.is_empty());
        Selection::resolve(
            Config::load()?,
            self.profile.as_deref(),
            endpoint,
            self.allow_insecure_http,
        )
    }

    /// Resolves the selection once and writes the endpoint and the insecure-http permission in
    /// force into `endpoint` and `allow_insecure_http`.
    fn resolve(&mut self) -> Result<(), CliError> {
        let selection = self.selection()?;
        self.endpoint = selection.endpoint_text();
        self.allow_insecure_http = selection.allow_insecure_http;
        self.selection = Some(selection);
        Ok(())
    }

    /// Connects to the platform the options name, with the token in force.
    pub async fn client(&self) -> Result<Client, CliError> {
        Ok(self.connect().await?.0)
    }

    /// Connects to the platform the options name with `token` instead of the one in force (an
    /// agent token); the embedded backend has no tokens but its own.
    pub async fn client_with_token(&self, token: String) -> Result<Client, CliError> {
        let selection = self.selection()?;
        if selection.endpoint == Endpoint::Local {
            return Err(
                CliError::usage("the embedded backend (--endpoint local) takes no token")
                    .with_hint("name a platform with --endpoint URL or --profile NAME"),
            );
        }
        Client::connect(ConnectOptions {
            endpoint: selection.endpoint.clone(),
            token: Some(token),
            timeout: Duration::from_secs(self.timeout),
            allow_insecure_http: selection.allow_insecure_http,
        })
        .await
    }

    /// Connects, and says where the token came from (`None`: no token): `VPNMINE_TOKEN` >
    /// the profile's stored credentials for this endpoint; none for `--endpoint local`.
    pub async fn connect(&self) -> Result<(Client, Selection, Option<Location>), CliError> {
        let selection = self.selection()?;
        let options = |token| ConnectOptions {
            endpoint: selection.endpoint.clone(),
            token,
            timeout: Duration::from_secs(self.timeout),
            allow_insecure_http: selection.allow_insecure_http,
        };
        if selection.endpoint == Endpoint::Local {
            let client = Client::connect(options(None)).await?;
            return Ok((client, selection, Some(Location::Embedded)));
        }
        if let Some(token) = credentials::env_token() {
            let client = Client::connect(options(Some(token))).await?;
            return Ok((client, selection, Some(Location::Env)));
        }
        match self.stored_session(&selection).await? {
            Some(session) => {
                let location = session.location.clone();
                let token = session.credentials.access_token.clone();
                let client = Client::connect(options(Some(token)))
                    .await?
                    .with_session(session);
                Ok((client, selection, Some(location)))
            }
            None => Ok((Client::connect(options(None)).await?, selection, None)),
        }
    }

    /// The selected profile's stored credentials, if they are for the selected endpoint
    /// (tokens are never sent to another one).
    pub async fn stored_session(&self, selection: &Selection) -> Result<Option<Session>, CliError> {
        let store = CredentialStore::from_config(&selection.config)?;
        match store.load(&selection.profile).await? {
            Some((credentials, location)) if credentials.endpoint == selection.endpoint_text() => {
                Ok(Some(Session {
                    profile: selection.profile.clone(),
                    store,
                    credentials,
                    location,
                }))
            }
            Some((credentials, _)) => {
                if self.verbose > 0 {
                    eprintln!(
                        "note: profile '{}' holds credentials for {}, not {}: sending no token",
                        selection.profile,
                        credentials.endpoint,
                        selection.endpoint_text()
                    );
                }
                Ok(None)
            }
            None => Ok(None),
        }
    }
}

/// Runs a command. `None` means the command wrote what it had to say itself.
/// Renders `output` to stdout now: for a command that prints its rows and then exits non-zero
/// (a run with failed items), its summary going to stderr with the exit code.
pub(crate) fn print_output(output: &Output, global: &GlobalArgs) -> Result<(), CliError> {
    let target = global.terminal.stdout_target(global.no_color);
    match crate::output::show(
        output,
        &global.view()?,
        &target,
        &mut std::io::stdout().lock(),
    ) {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(e) if e.is_broken_pipe() => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// Runs a parsed command to the end on a runtime of its own, then stops the runtime: the
/// embedded backend and open connections end with it, not after exit.
///
/// This lives in the library, not in `main.rs`, for the release build's sake. `block_on` is
/// generic over the future it polls, and without shared generics (release builds) the crate
/// that calls it compiles that future's whole call tree: every command's async code. Called
/// from the binary, that code was compiled a second time after the library.
pub fn run_to_end(cli: Cli) -> Result<Option<Output>, CliError> {
    let runtime = tokio::runtime::Runtime::new()
        .map_err(|e| CliError::failed(format!("cannot start: {e}")))?;
    let result = runtime.block_on(run(cli));
    runtime.shutdown_timeout(std::time::Duration::from_millis(200));
    result
}

pub async fn run(mut cli: Cli) -> Result<Option<Output>, CliError> {
    crate::client::set_verbosity(cli.global.verbose);
    // Commands that read `global.endpoint` see the endpoint in force.
    if !matches!(
        cli.command,
        Command::Server(_)
            | Command::Completions(_)
            | Command::Config(_)
            | Command::Man
            | Command::Keys(_)
    ) {
        cli.global.resolve()?;
    }
    match cli.command {
        Command::Auth(command) => auth::run(command, &cli.global).await.map(Some),
        Command::Config(command) => config::run(command, &cli.global).map(Some),
        Command::Servers(command) => servers::run(command, &cli.global).await,
        Command::Server(args) => server::run(*args, &cli.global).await,
        Command::Api(args) => api::run(args, &cli.global).await,
        Command::Analytics(command) => analytics::run(command, &cli.global).await.map(Some),
        Command::Me(command) => me::run(command, &cli.global).await,
        Command::Users(command) => users::run(command, &cli.global).await,
        Command::Admin(command) => admin::run(command, &cli.global).await,
        Command::Man => api::print_man().map(|()| None),
        Command::Completions(args) => completions::run(args).map(|()| None),
        Command::Metrics(command) => metrics::run(command, &cli.global).await.map(|()| None),
        Command::Agent(args) => agent::run(args, &cli.global).await,
        Command::Mining(command) => mining::run(command, &cli.global).await,
        Command::Stats(command) => stats::run(command, &cli.global).await,
        Command::Uuids(command) => uuids::run(command, &cli.global).await,
        Command::Wallet(command) => wallet::run(command, &cli.global).await,
        Command::Alerts(command) => alerts::run(command, &cli.global).await,
        Command::Keys(command) => keys::run(command, &cli.global),
        Command::Exporter(args) => exporter::run(args, &cli.global).await.map(|()| None),
        Command::Doctor(args) => doctor::run(args, &cli.global).await.map(Some),
        Command::Top(args) => top::run(args, &cli.global).await.map(|()| None),
    }
}

/// Asks `question` on a terminal; without one, fails with `refusal` (exit 2), which names the
/// flag that confirms instead (`--yes`), and never waits for input. `Err` means: do nothing.
pub(crate) fn confirm(terminal: &Terminal, refusal: &str, question: &str) -> Result<(), CliError> {
    if !terminal.interactive() {
        return Err(CliError::usage(refusal));
    }
    let confirmed = dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(|e| CliError::failed(format!("cannot ask for confirmation: {e}")))?;
    if confirmed {
        Ok(())
    } else {
        Err(CliError::failed("cancelled: nothing was changed"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every argument with possible values, on every subcommand, as `(command path, arg)`.
    fn enum_args(command: &clap::Command, path: &str, found: &mut Vec<(String, clap::Arg)>) {
        for arg in command.get_arguments() {
            if has_value_choices(arg) {
                found.push((path.to_string(), arg.clone()));
            }
        }
        for sub in command.get_subcommands() {
            enum_args(sub, &format!("{path} {}", sub.get_name()), found);
        }
    }

    #[test]
    fn every_enum_argument_accepts_any_case() {
        let mut command = Cli::command_with_conventions();
        command.build();
        let mut found = Vec::new();
        enum_args(&command, "vpnmine", &mut found);
        // The ones the issue names, so that the walk cannot pass by finding nothing.
        for (path, id) in [
            ("vpnmine servers list", "protocol"),
            ("vpnmine servers list", "status"),
            ("vpnmine servers by-protocol", "protocol"),
            ("vpnmine stats export", "kind"),
            ("vpnmine completions", "shell"),
        ] {
            assert!(
                found.iter().any(|(p, a)| p == path && a.get_id() == id),
                "{path} --{id} not found among {:?}",
                found
                    .iter()
                    .map(|(p, a)| format!("{p} {}", a.get_id()))
                    .collect::<Vec<_>>()
            );
        }
        for (path, arg) in &found {
            for value in arg.get_possible_values() {
                let name = value.get_name();
                // Help shows one spelling, the lower-case name (config keys use snake_case).
                assert_eq!(name, name.to_lowercase(), "{path} {}", arg.get_id());
                for spelling in [name.to_uppercase(), mixed_case(name)] {
                    assert!(
                        accepts(arg, &spelling),
                        "{path} {}: {spelling} refused",
                        arg.get_id()
                    );
                }
            }
        }
    }

    /// Whether `arg` (its value parser and case rule, as the real command has them) accepts
    /// `value`. clap keeps single-argument parsing private, so this parses a one-option
    /// command that carries both.
    fn accepts(arg: &clap::Arg, value: &str) -> bool {
        let probe = clap::Arg::new("probe")
            .long("probe")
            .value_parser(arg.get_value_parser().clone())
            .ignore_case(arg.is_ignore_case_set());
        clap::Command::new("probe")
            .arg(probe)
            .try_get_matches_from(["probe", "--probe", value])
            .is_ok()
    }

    fn mixed_case(name: &str) -> String {
        name.chars()
            .enumerate()
            .map(|(i, c)| {
                if i % 2 == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c
                }
            })
            .collect()
    }

    #[test]
    fn upper_case_enum_values_parse_into_the_same_arguments() {
        let cli = Cli::try_parse_args_from([
            "vpnmine",
            "servers",
            "list",
            "--protocol",
            "VLESS",
            "--status",
            "ONLINE",
            "--sort",
            "Host-Name",
        ])
        .unwrap();
        let Command::Servers(servers::ServersCommand::List(list)) = cli.command else {
            panic!("not servers list: {:?}", cli.command);
        };
        assert_eq!(list.protocol, Some(args::ProtocolArg::Vless));
        assert!(matches!(list.status, Some(servers::StatusArg::Online)));
        assert!(matches!(list.sort, Some(servers::SortArg::HostName)));
        // Anything else is still refused, as a usage error (exit 2).
        let error =
            Cli::try_parse_args_from(["vpnmine", "servers", "by-protocol", "IPSEC"]).unwrap_err();
        assert_eq!(error.kind(), clap::error::ErrorKind::InvalidValue);
        assert_eq!(error.exit_code(), 2);
    }
}
