//! `vpnmine server`: the bundled backend.

use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::str::FromStr as _;

use clap::{Args, Subcommand};

use super::GlobalArgs;
use crate::domain::PasswordPolicy;
use crate::domain::money::{Percent, Tokens};
use crate::domain::password::{DEFAULT_MIN_LENGTH, LOWEST_MIN_LENGTH, MAX_PASSWORD_CHARS};
use crate::domain::retention::{Retention, RetentionPolicy};
use crate::domain::reward::RewardPolicy;
use crate::domain::withdrawal::{AddressFormat, WithdrawalPolicy};
use crate::error::{CliError, ErrorKind};
use crate::output::{Column, Output, Section};
use crate::server::backup_files::{self, BackupError};
use crate::server::bootstrap::{self, InitError};
use crate::server::guard::{DEFAULT_MAX_CONCURRENT, DEFAULT_MAX_SOCKETS};
use crate::server::limits::RateLimitConfig;
use crate::server::lockout::LockoutPolicy;
use crate::server::logging::{self, LogStyle};
use crate::server::origin::PublicUrl;
use crate::server::socket::{DEFAULT_MAX_MESSAGE, SocketConfig};
use crate::server::{self, ServeOptions, store::seed::DEMO_ACCOUNTS};

#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    after_help = "Without --demo, the database needs an active admin: create the first one with
`vpnmine server init --db PATH --admin NAME`.

Export download links name --public-url when it is given; else, with
--trust-proxy, the scheme and host a proxy forwards (Forwarded, X-Forwarded-Proto/-Host, Host);
else the address the server listens on. Request headers never steer them otherwise.

Examples:
  vpnmine server init --db /var/lib/vpnmine.db --admin root   # the first admin, then:
  vpnmine server --db /var/lib/vpnmine.db --listen 0.0.0.0:8080 --public-url https://vpn.example.net
  vpnmine server --demo                          # demo network in ./vpnmine.db
  vpnmine server --db :memory: --demo --listen 127.0.0.1:0
  vpnmine server --listen 127.0.0.1:8080 --trust-proxy   # behind nginx or caddy
  vpnmine server --listen 0.0.0.0:8080 --public-url https://vpn.example.net"
)]
pub struct ServerArgs {
    #[command(subcommand)]
    pub command: Option<ServerCommand>,
    /// Address to listen on (port 0 picks a free port). Binds loopback by default.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Seed the demo network into an empty database; an existing demo network is brought up
    /// to now (its simulated servers' heartbeats since it last ran, at most 14 days of them).
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
    /// Log lines on stderr: `text`, or `json`: one object per line in the platform's LogEntry
    /// shape, timestamp, level, service, message, context {requestId, userId, serverId,
    /// operation, status, duration in ms}, metadata {environment from VPNMINE_ENVIRONMENT,
    /// version, region from VPNMINE_REGION}. `auto`: text on a terminal, else json. SQL
    /// statements slower than VPNMINE_SLOW_STATEMENT_MS (default 1000) are logged at WARN,
    /// except the bulk SQL of migrations and the demo seed.
    #[arg(long, value_enum, default_value_t = LogFormat::Auto)]
    pub log_format: LogFormat,
    /// The URL clients reach this server at (e.g. https://vpn.example.net): the base of export
    /// download links.
    #[arg(long, value_name = "URL")]
    pub public_url: Option<PublicUrl>,
    /// Build links from the scheme and host a reverse proxy forwards (Forwarded,
    /// X-Forwarded-Proto, X-Forwarded-Host). Only behind a proxy that sets them.
    #[arg(long)]
    pub trust_proxy: bool,
    /// Directory of export files and the key their links are signed with; replicas on one
    /// database share one, so that any answers any link [default: `exports` beside the
    /// database file, or vpnmine-exports in the temporary directory for :memory: and
    /// --database-url].
    #[arg(long, value_name = "DIR")]
    pub export_dir: Option<std::path::PathBuf>,
    /// Most bytes the export directory may hold (e.g. 1GiB, 500MB), or `off`; an export that
    /// would pass it is refused (RTE_001) until older exports expire.
    #[arg(long, value_name = "SIZE|off", default_value = "1GiB", value_parser = parse_quota)]
    pub export_quota: QuotaArg,
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
    /// Sessions (logins) one account may hold at once; a login beyond it revokes the account's
    /// oldest sessions. 0: unlimited.
    #[arg(long, value_name = "N", default_value_t = crate::server::api::sessions::DEFAULT_MAX_SESSIONS)]
    pub max_sessions: u32,
    /// Fewest characters of a new password (accounts created, reset or changed through the
    /// API); new passwords may also not contain the username nor be a common password.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MIN_LENGTH,
          value_parser = parse_min_length)]
    pub password_min_length: usize,
    /// The platform's smallest claim, in tokens (operators may set a higher one per server).
    #[arg(long, value_name = "TOKENS", default_value_t = RewardPolicy::default().minimum_claim,
          value_parser = parse_minimum_claim)]
    pub minimum_claim: f64,
    /// Time that must pass between two claims of one server (e.g. 24h, 30m; 0 for none).
    #[arg(long, value_name = "DURATION", default_value = "24h", value_parser = parse_interval)]
    pub claim_cooldown: std::time::Duration,
    /// Most tokens all claims together may mint per UTC day (at most six decimals), or `off`
    /// for no cap. A claim that does not fit in what is left is refused whole (BUDGET, exit 5
    /// in `mining claim`) until the next UTC midnight.
    #[arg(long, value_name = "TOKENS|off", default_value = "1000000")]
    pub daily_emission: crate::domain::emission::EmissionPolicy,
    /// Withdrawal rules (`--withdrawal-*`); boxed, as the largest group of flags.
    #[command(flatten)]
    pub withdrawals: Box<WithdrawalArgs>,
    /// Alert webhook retries (`--webhook-*`).
    #[command(flatten)]
    pub webhooks: WebhookArgs,
    /// Where the server's backups go (scheduled ones and `admin backup create`)
    /// [default: `backups` beside the database file].
    #[arg(long, value_name = "DIR", conflicts_with = "database_url")]
    pub backup_dir: Option<std::path::PathBuf>,
    /// Take a backup this often while serving (e.g. 6h, 30m), named vpnmine-<UTC time>.vpnbak
    /// in --backup-dir; failures are logged and make `systemHealth`'s "backups" DEGRADED.
    #[arg(
        long,
        value_name = "INTERVAL",
        value_parser = parse_backup_every,
        conflicts_with = "database_url"
    )]
    pub backup_every: Option<std::time::Duration>,
    /// Scheduled backups to keep: after each one, the oldest beyond this are removed.
    #[arg(long, value_name = "N", default_value_t = 14,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub backup_keep: u32,
    /// Retention (`--retain-*`).
    #[command(flatten)]
    pub retention: RetentionArgs,
}

/// `vpnmine server`'s retentions: how long rows are kept before the hourly pass rolls them up
/// or deletes them. Each takes a duration of at least 1h (e.g. 30d, 12h) or `off`.
#[derive(Debug, Args)]
pub struct RetentionArgs {
    /// How long metric samples stay raw; older hours are rolled up to one row per server and
    /// hour (its sums and sample count), which every query keeps using.
    #[arg(long, value_name = "DURATION|off", default_value = "30d")]
    pub retain_raw: Retention,
    /// How long login attempts (securityMetrics, AUDIT_LOG exports) are kept.
    #[arg(long, value_name = "DURATION|off", default_value = "90d")]
    pub retain_auth_events: Retention,
    /// How long the audit trail of mutations is kept.
    #[arg(long, value_name = "DURATION|off", default_value = "365d")]
    pub retain_audit: Retention,
    /// How long delivered alert webhook deliveries (and their attempts) are kept.
    #[arg(long, value_name = "DURATION|off", default_value = "30d")]
    pub retain_deliveries: Retention,
    /// How long alert webhook deliveries that gave up (DEAD) are kept.
    #[arg(long, value_name = "DURATION|off", default_value = "90d")]
    pub retain_dead_deliveries: Retention,
}

impl RetentionArgs {
    fn policy(&self) -> RetentionPolicy {
        RetentionPolicy {
            raw_metrics: self.retain_raw,
            auth_events: self.retain_auth_events,
            audit: self.retain_audit,
            delivered: self.retain_deliveries,
            dead_deliveries: self.retain_dead_deliveries,
        }
    }
}

fn parse_backup_every(input: &str) -> Result<std::time::Duration, String> {
    let every = crate::domain::dates::parse_duration(input).map_err(|e| e.to_string())?;
    if every.is_zero() {
        return Err("expected an interval of at least 1s".into());
    }
    Ok(every)
}

/// `vpnmine server`'s alert webhook retries.
#[derive(Debug, Args)]
pub struct WebhookArgs {
    /// Attempts of an alert webhook before its delivery is marked DEAD (1-10).
    #[arg(long, value_name = "N", default_value_t = 8,
          value_parser = clap::value_parser!(u32).range(1..=i64::from(crate::server::api::alert_deliveries::MAX_ATTEMPTS)))]
    pub webhook_attempts: u32,
    /// The wait after an alert webhook's first failed attempt (e.g. 1s, 30s); it doubles after
    /// each failure, up to 5m, stretched by up to 25 % at random.
    #[arg(long, value_name = "DURATION", default_value = "1s", value_parser = parse_webhook_wait)]
    pub webhook_backoff: std::time::Duration,
    /// How long one alert webhook POST may take before the attempt fails.
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_webhook_wait)]
    pub webhook_timeout: std::time::Duration,
}

/// `vpnmine server`'s withdrawal rules.
#[derive(Debug, Args)]
pub struct WithdrawalArgs {
    /// The smallest withdrawal, in tokens (fee included).
    #[arg(long, value_name = "TOKENS", default_value = "10", value_parser = parse_tokens)]
    pub withdrawal_minimum: Tokens,
    /// The flat part of a withdrawal's fee, in tokens; the destination receives the amount
    /// minus the fee, and a fee that would take it all is refused.
    #[arg(long, value_name = "TOKENS", default_value = "0.5", value_parser = parse_tokens)]
    pub withdrawal_fee: Tokens,
    /// The percentage part of a withdrawal's fee (e.g. 1, 0.25%), rounded once to the
    /// micro-token.
    #[arg(long, value_name = "PERCENT", default_value = "1%", value_parser = parse_percent)]
    pub withdrawal_fee_percent: Percent,
    /// Most tokens one account may request per UTC day (requests not rejected or cancelled),
    /// or `off`; a request beyond it is refused for now (RTE_001, retry tomorrow).
    #[arg(long, value_name = "TOKENS|off", default_value = "10000", value_parser = parse_daily_limit)]
    pub withdrawal_daily_limit: DailyLimitArg,
    /// What a withdrawal's destination must be: `evm` (0x + 40 hex digits, the EIP-55
    /// checksum checked when mixed case) or `any` (1-128 printable characters, no spaces).
    #[arg(long, value_name = "FORMAT", default_value = "evm", value_parser = AddressFormat::from_str)]
    pub withdrawal_address_format: AddressFormat,
}

/// `--withdrawal-daily-limit`: `None` for `off`.
#[derive(Debug, Clone, Copy)]
pub struct DailyLimitArg(pub Option<Tokens>);

/// An amount of 0 or more tokens, exact (at most 6 decimals).
fn parse_tokens(input: &str) -> Result<Tokens, String> {
    let amount: Tokens = input.trim().parse().map_err(|e| format!("{e}"))?;
    if amount.is_negative() {
        return Err(format!("expected 0 or more tokens, got {amount}"));
    }
    Ok(amount)
}

fn parse_percent(input: &str) -> Result<Percent, String> {
    input.trim().parse()
}

fn parse_daily_limit(input: &str) -> Result<DailyLimitArg, String> {
    if input.trim().eq_ignore_ascii_case("off") {
        return Ok(DailyLimitArg(None));
    }
    parse_tokens(input).map(|limit| DailyLimitArg(Some(limit)))
}

/// The platform's withdrawal rules from `args`.
fn withdrawal_policy(args: &WithdrawalArgs) -> WithdrawalPolicy {
    WithdrawalPolicy {
        minimum: args.withdrawal_minimum,
        fee_flat: args.withdrawal_fee,
        fee_percent: args.withdrawal_fee_percent,
        daily_limit: args.withdrawal_daily_limit.0,
        address_format: args.withdrawal_address_format,
    }
}

fn parse_minimum_claim(input: &str) -> Result<f64, String> {
    match input.trim().parse::<f64>() {
        Ok(tokens) if tokens.is_finite() && (0.0..=1e6).contains(&tokens) => Ok(tokens),
        _ => Err(format!(
            "expected a number of tokens from 0 to 1000000, got '{input}'"
        )),
    }
}

/// The platform's reward policy with the thresholds `args` set.
fn reward_policy(args: &ServerArgs) -> Result<RewardPolicy, CliError> {
    let cooldown = chrono::Duration::from_std(args.claim_cooldown)
        .map_err(|_| CliError::usage("--claim-cooldown is too long"))?;
    Ok(RewardPolicy {
        minimum_claim: args.minimum_claim,
        cooldown,
        ..RewardPolicy::default()
    })
}

#[derive(Debug, Subcommand)]
pub enum ServerCommand {
    /// Create the first admin of a new platform's database (created if missing).
    #[command(
        after_help = "Prompts for the password (twice) on a terminal; without one, pass
--password-stdin and the password as the first line of stdin. Refused (exit 2) when the database
already has an active admin: admins create further accounts with `vpnmine users create`.

Examples:
  vpnmine server init --db /var/lib/vpnmine.db --admin root
  printf '%s\\n' \"$ADMIN_PASSWORD\" | vpnmine server init --db vpnmine.db --admin root --password-stdin"
    )]
    Init(InitArgs),
    /// Take a backup of a database (while a server serves it), or verify one.
    #[command(
        args_conflicts_with_subcommands = true,
        after_help = "The backup is the database as of one moment, read page by page inside one read transaction
while a server goes on serving and writing it, compressed with zstd on the fly, with a manifest (format and
schema version, time, rows per table, SHA-256 of the database and of the compressed bytes). It
is written beside --out and renamed into place: a failed backup leaves nothing. The file is a
zstd stream: `zstd -d FILE -o vpnmine.db` recovers the database without vpnmine.

`verify` checks the checksums, restores into a temporary file, runs SQLite's integrity and
foreign key checks (table by table, on every core) and compares the rows per table with the manifest: exit 0 when the backup is
good, 7 when it is damaged (the report names each check), 3 when there is no such file.

Examples:
  vpnmine server backup --db /var/lib/vpnmine.db --out /backups/vpnmine-$(date +%F).vpnbak
  vpnmine server backup verify /backups/vpnmine-2025-01-31.vpnbak -o json"
    )]
    Backup(BackupArgs),
    /// Restore a backup over a database (verified first; the server must be stopped).
    #[command(
        after_help = "The backup is verified first (as `server backup verify`; exit 7 when it is damaged,
and nothing is changed). Refused (exit 5) while a server, or anything else that opened the
database through vpnmine, has it open: they hold a shared lock on PATH.lock. The database it
replaces is kept beside it as PATH.before-restore-<UTC time>. Atomic: killed at any moment, PATH
is either the old database or the restored one, never a mix.

Examples:
  vpnmine server restore /backups/vpnmine-2025-01-31.vpnbak --db /var/lib/vpnmine.db"
    )]
    Restore(RestoreArgs),
    /// Copy a SQLite platform into an empty PostgreSQL database, checked by row counts and
    /// ledger totals.
    #[command(
        after_help = "Reads the SQLite database inside one read transaction, so a server may go on serving it:
the copy is the platform as of one moment, derived totals included. The PostgreSQL database must
be empty; copy-store creates the schema and fills it inside one transaction, so a copy that fails
leaves it empty. It then compares every table's row count and each account's ledger entries and
sum, to the micro-token, and refuses to keep a copy that differs (exit 7). The SQLite database
must be at this vpnmine's schema version: open an older one once with `vpnmine server --db PATH`.

Exit 3 when there is no such SQLite file or PostgreSQL database, 4 when PostgreSQL refuses the
login, 5 when the target is not empty, the versions differ or a restore is under way, 6 when
PostgreSQL cannot be reached, 7 when a value cannot go into PostgreSQL as it is (named) or the
copy differs. Pass the password in PGPASSWORD rather than in the URL; a URL is printed with its
password masked. The server does not run on PostgreSQL yet (issue #18).

Examples:
  vpnmine server copy-store --from sqlite:/var/lib/vpnmine.db --to postgres://vpnmine@db.internal/vpnmine
  vpnmine server copy-store --from sqlite:vpnmine.db --to postgres://postgres@127.0.0.1:5432/vpnmine -o json"
    )]
    CopyStore(CopyStoreArgs),
}

#[derive(Debug, Args)]
pub struct CopyStoreArgs {
    /// The SQLite database to copy: sqlite:PATH.
    #[arg(long, value_name = "sqlite:PATH", value_parser = parse_sqlite_source)]
    pub from: std::path::PathBuf,
    /// The empty PostgreSQL database to fill: postgres://USER@HOST[:PORT]/DB (a password is
    /// better passed in PGPASSWORD than in the URL, where other users may see it).
    #[arg(long, value_name = "postgres://...")]
    pub to: String,
}

fn parse_sqlite_source(input: &str) -> Result<std::path::PathBuf, String> {
    match input.strip_prefix("sqlite:") {
        Some(path) if !path.trim().is_empty() => Ok(path.strip_prefix("//").unwrap_or(path).into()),
        _ => Err(format!("expected sqlite:PATH, got '{input}'")),
    }
}

/// A postgres:// URL, checked without ever printing it: it may hold a password.
fn check_postgres_url(input: &str) -> Result<(), CliError> {
    let url = reqwest::Url::parse(input).map_err(|e| {
        CliError::usage(format!(
            "--to: expected postgres://USER@HOST[:PORT]/DB ({e}; the value is not shown: it may hold a password)"
        ))
    })?;
    if !matches!(url.scheme(), "postgres" | "postgresql") {
        return Err(CliError::usage(format!(
            "--to: expected a postgres:// URL, got the scheme '{}'",
            url.scheme()
        )));
    }
    Ok(())
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    #[command(subcommand)]
    pub command: Option<BackupCommand>,
    /// The database file to back up.
    #[arg(long, default_value = "vpnmine.db")]
    pub db: std::path::PathBuf,
    /// The backup file to write (replaced if it exists).
    #[arg(long, value_name = "FILE", required = true)]
    pub out: Option<std::path::PathBuf>,
    /// zstd compression level, -7 to 19: higher is smaller and slower; negative levels are
    /// zstd's fast levels (`zstd --fast=N`).
    #[arg(long, default_value_t = server::backup_files::DEFAULT_LEVEL, allow_negative_numbers = true,
          value_parser = clap::value_parser!(i32).range(-7..=19))]
    pub level: i32,
}

#[derive(Debug, Subcommand)]
pub enum BackupCommand {
    /// Verify a backup file: checksums, a test restore, integrity, foreign keys, row counts.
    Verify {
        /// The backup file.
        file: std::path::PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup file to restore.
    pub file: std::path::PathBuf,
    /// The database file to replace (created when missing).
    #[arg(long)]
    pub db: std::path::PathBuf,
}

/// Where the platform's data lives: `vpnmine server`'s and `server init`'s.
#[derive(Debug, Args)]
pub struct DatabaseArgs {
    /// SQLite database file (created when missing), or `:memory:`.
    #[arg(long, default_value = "vpnmine.db")]
    pub db: String,
    /// A PostgreSQL database to run the platform on instead of `--db`:
    /// postgres://USER@HOST/DB (a password is better given in PGPASSWORD). Several servers
    /// may serve one database, each counting its own rate limits (README: "Running several
    /// replicas"). Back it up with pg_dump: --backup-dir and --backup-every copy a SQLite file.
    #[arg(
        long,
        value_name = "URL",
        env = "VPNMINE_DATABASE_URL",
        hide_env_values = true,
        conflicts_with = "db"
    )]
    pub database_url: Option<String>,
}

impl DatabaseArgs {
    /// Opens the store; with where it is as a person reads it, and the flag that names it.
    async fn open(
        &self,
    ) -> Result<(server::store::Store, String, &'static str), server::store::StoreError> {
        let store = match &self.database_url {
            Some(url) => server::store::Store::open_postgres(url).await?,
            None => server::store::Store::open(&self.db).await?,
        };
        let (name, flag) = database_named(&self.db, self.database_url.as_deref());
        Ok((store, name, flag))
    }
}

/// Where the platform's data is, as a person reads it (a URL without its password), and the
/// flag that names it.
fn database_named(db: &str, database_url: Option<&str>) -> (String, &'static str) {
    match database_url {
        Some(url) => (server::store::without_password(url), "--database-url"),
        None => (db.to_string(), "--db"),
    }
}

#[derive(Debug, Args)]
pub struct InitArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// The admin's username: 1-64 ASCII letters, digits and ._-@.
    #[arg(long, value_name = "NAME")]
    pub admin: String,
    /// Read the password from the first line of stdin (for scripts).
    #[arg(long)]
    pub password_stdin: bool,
    /// Fewest characters of the password (as `vpnmine server --password-min-length`).
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MIN_LENGTH,
          value_parser = parse_min_length)]
    pub password_min_length: usize,
}

fn parse_min_length(input: &str) -> Result<usize, String> {
    let n: usize = input
        .trim()
        .parse()
        .map_err(|_| format!("expected a number of characters, got '{input}'"))?;
    if (LOWEST_MIN_LENGTH..=MAX_PASSWORD_CHARS).contains(&n) {
        Ok(n)
    } else {
        Err(format!(
            "the minimum length must be {LOWEST_MIN_LENGTH}-{MAX_PASSWORD_CHARS}, got {n}"
        ))
    }
}

/// `--export-quota`: `None` is unlimited.
#[derive(Debug, Clone, Copy)]
pub struct QuotaArg(pub Option<u64>);

fn parse_quota(input: &str) -> Result<QuotaArg, String> {
    if input.trim().eq_ignore_ascii_case("off") {
        return Ok(QuotaArg(None));
    }
    match crate::domain::parse_byte_size(input)? {
        0 => Err("a quota of 0 would refuse every export; use `off` for no quota".into()),
        bytes => Ok(QuotaArg(Some(bytes))),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    Auto,
    Text,
    Json,
}

fn parse_duration(input: &str) -> Result<std::time::Duration, String> {
    crate::domain::dates::parse_duration(input).map_err(|e| e.to_string())
}

fn parse_timeout(input: &str) -> Result<std::time::Duration, String> {
    crate::domain::dates::parse_duration(input).map_err(|e| e.to_string())
}

/// 1 second to 5 minutes: attempts are scheduled in whole seconds, and a longer wait or
/// timeout would hold an outbox slot for nothing.
fn parse_webhook_wait(input: &str) -> Result<std::time::Duration, String> {
    let wait = crate::domain::dates::parse_duration(input).map_err(|e| e.to_string())?;
    if !(1..=300).contains(&wait.as_secs()) {
        return Err(format!("expected 1s to 5m, got {input}"));
    }
    Ok(wait)
}

fn parse_interval(input: &str) -> Result<std::time::Duration, String> {
    if input.trim() == "0" {
        return Ok(std::time::Duration::ZERO);
    }
    crate::domain::dates::parse_duration(input).map_err(|e| e.to_string())
}

pub async fn run(args: ServerArgs, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    match args.command {
        Some(ServerCommand::Init(init)) => self::init(init, global).await.map(Some),
        Some(ServerCommand::Backup(backup)) => self::backup(backup).await.map(Some),
        Some(ServerCommand::Restore(restore)) => self::restore(restore).await.map(Some),
        Some(ServerCommand::CopyStore(copy)) => self::copy_store(copy).await.map(Some),
        None => serve(args, global).await.map(|()| None),
    }
}

/// The CLI's error for a backup that failed.
fn backup_error(e: BackupError) -> CliError {
    match e {
        BackupError::NoDatabase(_) | BackupError::NoBackup(_) => {
            CliError::new(ErrorKind::NotFound, e.to_string())
        }
        BackupError::Damaged { .. } => CliError::new(ErrorKind::Damaged, e.to_string()).with_hint(
            "restore another backup; `vpnmine server backup verify FILE` names what is wrong",
        ),
        BackupError::InUse { .. } => CliError::new(ErrorKind::Refused, e.to_string())
            .with_hint("stop the server, then restore"),
        _ => CliError::failed(e.to_string()),
    }
}

/// `vpnmine server backup`.
async fn backup(args: BackupArgs) -> Result<Output, CliError> {
    if let Some(BackupCommand::Verify { file }) = args.command {
        return verify(&file).await;
    }
    let out = args.out.expect("clap requires --out without a subcommand");
    let now = chrono::Utc::now().timestamp();
    let manifest = backup_files::create(&args.db, &out, args.level, now)
        .await
        .map_err(backup_error)?;
    let rows: u64 = manifest.tables.values().sum();
    Ok(Output::Record(serde_json::json!({
        "file": out,
        "db": args.db,
        "schemaVersion": manifest.schema_version,
        "createdAt": rfc3339(manifest.created_at),
        "durationMs": manifest.duration_ms,
        "databaseBytes": manifest.database.size,
        "databaseSha256": manifest.database.sha256,
        "size": manifest.payload.size,
        "sha256": manifest.payload.sha256,
        "tables": manifest.tables.len(),
        "rows": rows,
    })))
}

fn rfc3339(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// `vpnmine server backup verify FILE`: the report, and exit 7 when the backup is damaged.
async fn verify(file: &std::path::Path) -> Result<Output, CliError> {
    let report = backup_files::verify(file).await.map_err(backup_error)?;
    let manifest = report.manifest.as_ref();
    let summary = serde_json::json!({
        "file": report.file,
        "ok": report.ok,
        "format": manifest.map(|m| m.format),
        "schemaVersion": manifest.map(|m| m.schema_version),
        "createdAt": manifest.map(|m| rfc3339(m.created_at)),
        "databaseBytes": manifest.map(|m| m.database.size),
        "rows": manifest.map(|m| m.tables.values().sum::<u64>()),
        "durationMs": report.duration_ms,
    });
    let output = Output::Sections(vec![
        Section::new("summary", "Backup", Output::Record(summary)),
        Section::new(
            "checks",
            "Checks",
            Output::List {
                columns: vec![
                    Column::new("CHECK", "name"),
                    Column::new("OK", "ok"),
                    Column::new("DETAIL", "detail"),
                ],
                items: report
                    .checks
                    .iter()
                    .map(|c| serde_json::to_value(c).expect("a check serialises"))
                    .collect(),
            },
        ),
    ]);
    if report.ok {
        return Ok(output);
    }
    let problems = report.problems();
    Err(CliError::new(
        ErrorKind::Damaged,
        format!("{} is damaged: {}", file.display(), problems.join("; ")),
    )
    .with_output(output))
}

/// `vpnmine server restore FILE --db PATH`.
async fn restore(args: RestoreArgs) -> Result<Output, CliError> {
    let now = chrono::Utc::now().timestamp();
    let restored = backup_files::restore(&args.file, &args.db, now)
        .await
        .map_err(backup_error)?;
    Ok(Output::Record(serde_json::json!({
        "db": restored.db,
        "from": restored.from,
        "previous": restored.previous,
        "schemaVersion": restored.schema_version,
        "tables": restored.tables.len(),
        "rows": restored.tables.values().sum::<u64>(),
        "durationMs": restored.duration_ms,
    })))
}

/// `vpnmine server copy-store --from sqlite:PATH --to postgres://...`.
async fn copy_store(args: CopyStoreArgs) -> Result<Output, CliError> {
    use server::store::copy::{self, CopyError};
    check_postgres_url(&args.to)?;
    let to = server::store::without_password(&args.to);
    let report = copy::sqlite_to_postgres(&args.from, &args.to)
        .await
        .map_err(|e| {
            let kind = match &e {
                CopyError::NoSource(_) => ErrorKind::NotFound,
                CopyError::SourceVersion { .. }
                | CopyError::TargetNotEmpty(_)
                | CopyError::Restoring(_) => ErrorKind::Refused,
                // A wrong password or user, or no such database: the server answered.
                CopyError::Connect(sqlx::Error::Database(db)) => match db.code().as_deref() {
                    Some("28P01" | "28000") => ErrorKind::Auth,
                    Some("3D000") => ErrorKind::NotFound,
                    // Starting up, shutting down, or out of connections: try again later.
                    Some("57P03" | "57P01" | "53300") => ErrorKind::Unreachable,
                    _ => ErrorKind::Failed,
                },
                // A setting in the URL that sqlx does not understand.
                CopyError::Connect(sqlx::Error::Configuration(_)) => ErrorKind::Usage,
                CopyError::Connect(_) => ErrorKind::Unreachable,
                CopyError::BadValue { .. } | CopyError::Mismatch(_) => ErrorKind::Damaged,
                CopyError::Source(_)
                | CopyError::Lock(_)
                | CopyError::Target(_)
                | CopyError::Migrate(_) => ErrorKind::Failed,
            };
            CliError::new(kind, format!("copy to {to}: {e}"))
        })?;
    Ok(Output::Record(serde_json::json!({
        "from": args.from,
        "to": to,
        "tables": report.tables.len(),
        "rows": report.tables.values().sum::<u64>(),
        "ledgerAccounts": report.ledger_accounts,
        "durationMs": report.duration_ms,
    })))
}

/// `vpnmine server init`: the first admin.
async fn init(args: InitArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let username = args.admin.trim().to_string();
    crate::domain::password::validate_username(&username)
        .map_err(|e| CliError::usage(format!("--admin: {e}")))?;
    let password = super::auth::new_password(
        args.password_stdin,
        &global.terminal,
        &format!("Password for {username}"),
    )?;
    let (store, place, start) = args
        .database
        .open()
        .await
        .map_err(|e| CliError::failed(e.to_string()))?;
    let policy = PasswordPolicy {
        min_length: args.password_min_length,
    };
    let now = chrono::Utc::now().timestamp();
    let admin = bootstrap::init_admin(&store, &username, &password, &policy, now)
        .await
        .map_err(|e| match e {
            InitError::Store(e) => CliError::failed(e.to_string()),
            InitError::AdminExists(_) | InitError::Invalid(_) => CliError::usage(e.to_string()),
        })?;
    if !global.quiet {
        eprintln!(
            "Created the admin {} in {place}. Start the platform with `vpnmine server {start} {place}`.",
            admin.username
        );
    }
    Ok(Output::Record(serde_json::json!({
        "id": admin.id,
        "username": admin.username,
        "role": admin.role,
        "userType": admin.user_type,
        "db": place,
    })))
}

async fn serve(args: ServerArgs, global: &GlobalArgs) -> Result<(), CliError> {
    init_logging(args.log_format, global);
    let rewards = reward_policy(&args)?;
    let withdrawals = withdrawal_policy(&args.withdrawals);
    let options = ServeOptions {
        listen: args.listen,
        db: args.database.db,
        database_url: args.database.database_url,
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
        export_dir: args.export_dir,
        public_url: args.public_url,
        trust_proxy: args.trust_proxy,
        export_quota: args.export_quota.0,
        lockout: LockoutPolicy {
            failures: args.lockout_after,
            window: args.lockout_window,
            lock_for: args.lockout_for,
        },
        sessions: crate::server::api::sessions::SessionPolicy {
            max_sessions: NonZeroU32::new(args.max_sessions),
        },
        passwords: PasswordPolicy {
            min_length: args.password_min_length,
        },
        rewards,
        emission: args.daily_emission,
        withdrawals,
        webhooks: crate::server::webhooks::WebhookPolicy {
            attempts: args.webhooks.webhook_attempts,
            backoff: args.webhooks.webhook_backoff,
            timeout: args.webhooks.webhook_timeout,
        },
        retention: args.retention.policy(),
        backup_dir: args.backup_dir,
        backup_schedule: args
            .backup_every
            .map(|every| crate::server::backup_schedule::Schedule {
                every,
                keep: args.backup_keep as usize,
            }),
    };
    if options.backup_schedule.is_some() && options.db == server::store::IN_MEMORY {
        return Err(CliError::usage(
            "--backup-every needs a database file: an in-memory database cannot be backed up",
        ));
    }
    let fail = |e: server::ServeError| CliError::failed(e.to_string());
    let opened = server::open_store(&options).await.map_err(fail)?;
    let seeded = opened.seeded;
    if let Some(notice) = opened
        .caught_up
        .as_ref()
        .and_then(crate::client::embedded::catch_up_notice)
        .filter(|_| !global.quiet)
    {
        eprintln!("{notice}");
    }
    // Nobody could log in to manage it: refuse to serve rather than run an unusable platform.
    if bootstrap::first_active_admin(&opened.store)
        .await
        .map_err(|e| CliError::failed(e.to_string()))?
        .is_none()
    {
        let (database, flag) = database_named(&options.db, options.database_url.as_deref());
        return Err(CliError::usage(format!(
            "the database {database} has no active admin account, so nobody could log in"
        ))
        .with_hint(format!(
            "create one with `vpnmine server init {flag} {database} --admin NAME`, or pass --demo on an empty database for the demo network"
        )));
    }
    let bound = server::bind(opened.store, &options).await.map_err(fail)?;
    // Tests and scripts read this first line to learn the port.
    println!("vpnmine server listening on http://{}/graphql", bound.addr);
    if bound.addr.ip().is_unspecified() && options.public_url.is_none() && !options.trust_proxy {
        eprintln!(
            "warning: export download links will name {}, which clients cannot reach: pass \
             --public-url (or --trust-proxy behind a proxy)",
            bound.addr
        );
    }
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
