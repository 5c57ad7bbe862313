//! `vpnmine stats export`: streamDetailedStats, and a verified, atomic download of the file
//! while the platform writes it.
//!
//! Decisions:
//! - The destination flag is `--out FILE|-`: `--output`/`-o` is the global output format.
//! - The file is streamed chunk by chunk, as the platform writes it, into a temporary file in
//!   the destination's directory; once the download has ended, its size and SHA-256 are
//!   checked against the complete file's (the download URL's headers), then it is renamed
//!   into place: a failed, cut-off or interrupted run (Ctrl-C included) leaves neither a
//!   partial file nor the temporary one.
//! - `FILE.lock` (created exclusively) keeps two runs off the same file: exit 5 naming it. A
//!   lock older than [`STALE_LOCK`] is taken over with a warning.
//! - The download link is followed over https, or over plain http only to this machine unless
//!   `--allow-insecure-http` (or the profile's setting) says so; redirects are held to the same
//!   rule. A refusal exits 2 like the token and password refusals: the user's remedy is a flag.
//! - Exit codes: 6 unreachable, 5 rate limited / locked / server error on download (retry
//!   later), 4 auth, 2 bad input or a refused http link, 1 checksum or size mismatch and other
//!   failures.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use chrono::Utc;
use clap::{Args, Subcommand, ValueEnum};
use serde_json::json;
use sha2::{Digest, Sha256};

use super::GlobalArgs;
use crate::client::check_link;
use crate::client::operations::{StreamDetailedStats, stream_detailed_stats as ops};
use crate::domain::dates::{TimeRange, parse_instant};
use crate::domain::export_download::{CHECKSUM_HEADER, ROWS_HEADER};
use crate::error::{CliError, ErrorKind};
use crate::output::{self, Output, Target};

/// Redirects followed on a download (each checked like the link itself).
const MAX_REDIRECTS: usize = 10;
/// A lock older than this is left over from a crashed run (no export runs for six hours).
const STALE_LOCK: Duration = Duration::from_secs(6 * 3600);

#[derive(Debug, Subcommand)]
pub enum StatsCommand {
    /// Export detailed statistics to a file (or stdout), verified by size and SHA-256.
    #[command(
        after_help = "The file is written to a temporary file next to FILE and renamed into place only
once complete and verified, so a failed or interrupted run never leaves a partial file.
FILE.lock keeps two runs off the same file (exit 5 naming it; a lock older than 6 hours is
taken over with a warning). With --out - the data goes to stdout as it arrives and the
summary to stderr; the size and checksum are still verified, but on a mismatch (exit 1) the
data already written cannot be taken back: discard it.

The download link is followed over https, or over plain http only to this machine unless
--allow-insecure-http is given (redirects too).

Exit codes: 1 checksum or size mismatch, 2 bad input or a refused plain-http link, 4 not
allowed (operators export their own servers, admins everything), 5 rate limited, locked or
over the server's export quota (retry later), 6 unreachable.

Examples:
  vpnmine stats export --from -1d --to now --format csv --out stats.csv
  vpnmine stats export --kind server-statistics,user-activity --format json --out - | jq length
  # crontab: every night at 01:00, yesterday's statistics
  0 1 * * * vpnmine stats export --from -1d --format csv --out /var/lib/vpnmine/daily.csv -q"
    )]
    Export(ExportArgs),
}

/// File formats of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Csv,
    Json,
}

/// The kinds of statistics an export can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    ServerStatistics,
    UserActivity,
    ProtocolPerformance,
    TokenTransactions,
    /// Every ledger entry with the account's running balance (operators: their own account).
    Ledger,
    /// Withdrawal requests (operators: their own).
    Withdrawals,
    /// Login attempts (admins only).
    AuditLog,
    /// The alert history: alerts firing in the window (operators: their servers' and rules').
    Alerts,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Start of the window: RFC 3339, a date, or relative (-1d, 24h).
    #[arg(
        long,
        default_value = "-1d",
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
    /// File format.
    #[arg(long, value_enum, default_value = "csv")]
    pub format: FormatArg,
    /// Only these kinds (comma-separated or repeated) [default: every kind you may export].
    #[arg(long, value_enum, value_delimiter = ',')]
    pub kind: Vec<KindArg>,
    /// Where to write the export: a file, or - for stdout.
    #[arg(long, value_name = "FILE|-", allow_hyphen_values = true)]
    pub out: String,
}

pub async fn run(command: StatsCommand, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    match command {
        StatsCommand::Export(args) => export(args, global).await,
    }
}

async fn export(args: ExportArgs, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    let now = Utc::now();
    let from =
        parse_instant(&args.from, now).map_err(|e| CliError::usage(format!("--from: {e}")))?;
    let to = parse_instant(&args.to, now).map_err(|e| CliError::usage(format!("--to: {e}")))?;
    let range = TimeRange::new(from, to)
        .map_err(|e| CliError::usage(format!("--from must precede --to: {e}")))?;
    if args.out.trim().is_empty() {
        return Err(CliError::usage("--out: give a file name, or - for stdout"));
    }
    let destination = if args.out == "-" {
        None
    } else {
        Some(check_destination(Path::new(&args.out))?)
    };
    // Held until the end of the run: removed on every exit path.
    let _lock = match &destination {
        Some(path) => Some(Lock::acquire(path, global.quiet)?),
        None => None,
    };

    let work = download(&args, &range, destination.as_deref(), global);
    let record = tokio::select! {
        result = work => result?,
        Ok(()) = tokio::signal::ctrl_c() => {
            return Err(CliError::failed("interrupted: no file was written"));
        }
    };
    if destination.is_some() {
        // The receipt is for people; cron with -q stays silent unless asked for JSON or CSV.
        if global.quiet && global.output == output::Format::Table {
            return Ok(None);
        }
        return Ok(Some(Output::Record(record)));
    }
    if !global.quiet {
        let out = Output::Record(record);
        let _ = output::render(
            &out,
            global.output,
            &Target::piped(),
            &mut std::io::stderr().lock(),
        );
    }
    Ok(None)
}

/// The destination, checked before anything is sent: its directory exists, it is no directory.
fn check_destination(path: &Path) -> Result<PathBuf, CliError> {
    if path.is_dir() {
        return Err(CliError::usage(format!(
            "--out: {} is a directory; name a file",
            path.display()
        )));
    }
    let dir = parent_dir(path);
    if !dir.is_dir() {
        return Err(CliError::usage(format!(
            "--out: directory {} does not exist",
            dir.display()
        )));
    }
    Ok(path.to_path_buf())
}

fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// `FILE.lock`, removed when dropped.
struct Lock {
    path: PathBuf,
}

impl Lock {
    fn acquire(file: &Path, quiet: bool) -> Result<Self, CliError> {
        let mut name = file.as_os_str().to_owned();
        name.push(".lock");
        let path = PathBuf::from(name);
        match Self::create(&path) {
            Ok(lock) => return Ok(lock),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => {
                return Err(CliError::failed(format!(
                    "cannot create the lock {}: {e}",
                    path.display()
                )));
            }
        }
        let age = std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| SystemTime::now().duration_since(t).ok());
        let locked = || {
            CliError::new(
                ErrorKind::Refused,
                format!(
                    "another export to {} is running: it holds the lock {}",
                    file.display(),
                    path.display()
                ),
            )
            .with_hint(format!(
                "wait for it; if no run is in progress, remove {}",
                path.display()
            ))
        };
        match age {
            Some(age) if age > STALE_LOCK => {
                if !quiet {
                    eprintln!(
                        "warning: taking over the stale lock {} ({} h old)",
                        path.display(),
                        age.as_secs() / 3600
                    );
                }
                let _ = std::fs::remove_file(&path);
                Self::create(&path).map_err(|_| locked())
            }
            _ => Err(locked()),
        }
    }

    fn create(path: &Path) -> std::io::Result<Self> {
        let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
        let lock = Self {
            path: path.to_path_buf(),
        };
        let _ = writeln!(
            file,
            "pid {} since {}",
            std::process::id(),
            Utc::now().to_rfc3339()
        );
        Ok(lock)
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

fn io_failed(what: &str, e: std::io::Error) -> CliError {
    CliError::failed(format!("{what}: {e}"))
}

/// Runs the export and downloads it to `destination` (None: stdout); the summary record.
async fn download(
    args: &ExportArgs,
    range: &TimeRange,
    destination: Option<&Path>,
    global: &GlobalArgs,
) -> Result<serde_json::Value, CliError> {
    let client = global.client().await?;
    let format = match args.format {
        FormatArg::Csv => ops::ExportFormat::CSV,
        FormatArg::Json => ops::ExportFormat::JSON,
    };
    let kinds = (!args.kind.is_empty()).then(|| {
        let mut kinds: Vec<KindArg> = Vec::new();
        for kind in &args.kind {
            if !kinds.contains(kind) {
                kinds.push(*kind);
            }
        }
        kinds
    });
    let variables = ops::Variables {
        from: range.from,
        to: range.to,
        format,
        kinds: kinds.as_ref().map(|kinds| {
            kinds
                .iter()
                .map(|k| match k {
                    KindArg::ServerStatistics => ops::ExportKind::SERVER_STATISTICS,
                    KindArg::UserActivity => ops::ExportKind::USER_ACTIVITY,
                    KindArg::ProtocolPerformance => ops::ExportKind::PROTOCOL_PERFORMANCE,
                    KindArg::TokenTransactions => ops::ExportKind::TOKEN_TRANSACTIONS,
                    KindArg::Ledger => ops::ExportKind::LEDGER,
                    KindArg::Withdrawals => ops::ExportKind::WITHDRAWALS,
                    KindArg::AuditLog => ops::ExportKind::AUDIT_LOG,
                    KindArg::Alerts => ops::ExportKind::ALERTS,
                })
                .collect()
        }),
    };
    // The platform answers as soon as the file is started, and the download follows it as it
    // is written: the rows leave the database, the file and the wire at the same time.
    let result = client
        .run::<StreamDetailedStats>(variables)
        .await?
        .stream_detailed_stats;

    // No bearer token: the URL is signed. Still, the data is private: plain http only to
    // this machine unless allowed, on the link and on every redirect.
    let allow_insecure_http = global.selection()?.allow_insecure_http;
    let url = reqwest::Url::parse(&result.url).map_err(|e| {
        CliError::failed(format!(
            "the platform gave an invalid download link {}: {e}",
            result.url
        ))
    })?;
    check_link(&url, allow_insecure_http)?;
    // Whole-request timeouts would cut long downloads, so only connecting and each read are
    // bounded.
    let timeout = Duration::from_secs(global.timeout);
    let http = crate::client::http_builder()
        .connect_timeout(timeout)
        .read_timeout(timeout)
        .redirect(reqwest::redirect::Policy::custom(move |attempt| {
            if attempt.previous().len() >= MAX_REDIRECTS {
                return attempt.error("too many redirects");
            }
            match check_link(attempt.url(), allow_insecure_http) {
                Ok(()) => attempt.follow(),
                Err(refused) => attempt.error(refused.to_string()),
            }
        }))
        .build()
        .map_err(|e| CliError::failed(format!("cannot set up HTTP: {e}")))?;
    let mut response = answer(http.get(url.clone()).send().await).await?;
    // The size is known once the file is complete: bytes and speed until then.
    let progress = super::pages::progress(global, 0, "{spinner} {bytes} {bytes_per_sec}");
    progress.enable_steady_tick(Duration::from_millis(120));

    let mut temp = match destination {
        Some(path) => Some(
            tempfile::NamedTempFile::new_in(parent_dir(path))
                .map_err(|e| io_failed("cannot create a temporary file", e))?,
        ),
        None => None,
    };
    let stdout = std::io::stdout();
    let mut hasher = Sha256::new();
    let mut size: u64 = 0;
    loop {
        let chunk = match response.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(e) => {
                progress.abandon();
                // A failed export cuts its download off; its URL then says why (over the
                // quota: retry later).
                answer(http.get(url).send().await).await?;
                return Err(transport_error(e));
            }
        };
        size += chunk.len() as u64;
        hasher.update(&chunk);
        match temp.as_mut() {
            Some(file) => file
                .write_all(&chunk)
                .map_err(|e| io_failed("cannot write the temporary file", e))?,
            None => stdout
                .lock()
                .write_all(&chunk)
                .map_err(|e| io_failed("cannot write to stdout", e))?,
        }
        progress.set_position(size);
    }
    progress.finish_and_clear();
    // The download ended with the complete file; the same URL now tells what that is.
    let complete = answer(http.head(url).send().await).await?;
    let header = |name: &str| {
        complete
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok())
    };
    let (Some(expected_size), Some(rows)) = (header("content-length"), header(ROWS_HEADER)) else {
        return Err(CliError::failed(
            "the platform did not say the export's size and rows: nothing was written",
        ));
    };
    let expected_sha256 = complete
        .headers()
        .get(CHECKSUM_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let sha256 = hex::encode(hasher.finalize());
    if size != expected_size || !sha256.eq_ignore_ascii_case(&expected_sha256) {
        let written = if destination.is_some() {
            "nothing was written"
        } else {
            "the data already written to stdout is corrupt: discard it"
        };
        return Err(CliError::failed(format!(
            "verification failed: got {size} bytes with SHA-256 {sha256}, expected \
             {expected_size} bytes with SHA-256 {expected_sha256}; {written}"
        )));
    }
    let file_name = match (temp, destination) {
        (Some(temp), Some(path)) => {
            temp.as_file()
                .sync_all()
                .map_err(|e| io_failed("cannot flush the temporary file", e))?;
            temp.persist(path).map_err(|e| {
                io_failed(
                    &format!("cannot move the export to {}", path.display()),
                    e.error,
                )
            })?;
            path.display().to_string()
        }
        _ => {
            stdout
                .lock()
                .flush()
                .map_err(|e| io_failed("cannot write to stdout", e))?;
            "-".to_string()
        }
    };
    let kinds: Vec<String> = match &kinds {
        Some(kinds) => kinds.iter().map(kind_name).collect(),
        None => vec!["all".to_string()],
    };
    Ok(json!({
        "file": file_name,
        "format": match args.format { FormatArg::Csv => "csv", FormatArg::Json => "json" },
        "from": range.from.to_rfc3339(),
        "to": range.to.to_rfc3339(),
        "rows": rows,
        "size": size,
        "sha256": sha256,
        "kinds": kinds.join(","),
    }))
}

fn kind_name(kind: &KindArg) -> String {
    kind.to_possible_value()
        .map(|v| v.get_name().to_string())
        .unwrap_or_default()
}

/// A response of the download URL, or why there is none: a refused redirect, a connection
/// that failed, an HTTP error.
async fn answer(
    sent: Result<reqwest::Response, reqwest::Error>,
) -> Result<reqwest::Response, CliError> {
    let response = sent.map_err(|e| {
        // A refused redirect comes back as a redirect error: it is the same refusal.
        if e.is_redirect() {
            CliError::usage(format!(
                "the download was redirected where it may not go: {e}"
            ))
        } else {
            transport_error(e)
        }
    })?;
    let status = response.status();
    if !status.is_success() {
        let kind = if status.is_server_error() || status.as_u16() == 429 {
            ErrorKind::Refused
        } else {
            ErrorKind::Failed
        };
        // The platform's reason, when it gave one (not to a HEAD).
        let why = response.text().await.unwrap_or_default();
        let message = match why.trim() {
            "" => format!("the download failed: HTTP {status}"),
            why => format!("the download failed: HTTP {status}: {why}"),
        };
        return Err(CliError::new(kind, message));
    }
    Ok(response)
}

fn transport_error(e: reqwest::Error) -> CliError {
    if e.is_connect() || e.is_timeout() {
        CliError::new(
            ErrorKind::Unreachable,
            format!("the download server is unreachable: {e}"),
        )
    } else {
        CliError::new(
            ErrorKind::Unreachable,
            format!("the download was cut off: {e}"),
        )
    }
}
