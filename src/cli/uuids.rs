//! `vpnmine uuids validate | migrate | rollback`: users' VLESS/REALITY UUIDs (admins only).
//!
//! Decisions:
//! - `validate` exits 0 whether or not problems were found, and prints them: scripts read
//!   `summary.success` from `-o json`. Exit codes other than 0 mean the check itself failed.
//! - `migrate` changes data: on a terminal it asks first (unless --yes or --dry-run); without
//!   a terminal it refuses (exit 2, naming --yes) and never waits for input. It exits 1 when
//!   any user failed, after printing the result (and writing the report).
//! - `rollback --from REPORT` reads a report of `migrate --report` and gives its MIGRATED users
//!   their old UUIDs back (`restoreUserUuids`), in requests of [`ROLLBACK_CHUNK`] users. It is
//!   safe to rerun: users already restored come back UNCHANGED, and users whose UUID changed
//!   since the report are left alone (FAILED, exit 1).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::GlobalArgs;
use super::pages::{progress, spinner};
use crate::client::operations::{
    MigrateUserUuids, RestoreUserUuids, ValidateUserUuids, migrate_user_uuids, restore_user_uuids,
    validate_user_uuids,
};
use crate::error::CliError;
use crate::output::{Column, Format, Output, Section};
use crate::terminal::Terminal;

#[derive(Debug, Subcommand)]
pub enum UuidsCommand {
    /// Check users' UUIDs and the VLESS/REALITY client entries that reference them.
    #[command(
        after_help = "Exits 0 whether or not problems were found; scripts read `summary.success`
from -o json. With --user only those users are checked (their format, and duplicates against
every user), not the server configurations.

Examples:
  vpnmine uuids validate
  vpnmine uuids validate --user usr-1a2b3c -o json | jq .summary.success"
    )]
    Validate(ValidateArgs),
    /// Give users new UUIDs and rewrite every configuration that references them.
    #[command(
        after_help = "Asks for confirmation on a terminal; without one, pass --yes (or --dry-run),
else the command refuses (exit 2). --report writes old and new UUIDs per user (CSV or JSON by
the file's extension) for your records. Exits 1 when any user failed: rerun them with --user.

Examples:
  vpnmine uuids migrate --dry-run
  vpnmine uuids migrate --user usr-1a2b3c --yes --report migration.csv
  vpnmine uuids migrate --batch-size 100 --yes -o json > result.json"
    )]
    Migrate(MigrateArgs),
    /// Give users back the UUIDs a migration took, from its --report file.
    #[command(
        after_help = "Reads a report written by `uuids migrate --report` (CSV or JSON) and restores
the old UUID of every MIGRATED user in it, rewriting their server configurations. Safe to rerun:
users already restored are UNCHANGED. A user whose UUID changed since the report is left alone
and reported FAILED (exit 1), and so are users who shared one UUID before the migration:
restoring it would bring the duplicate back. Asks for confirmation on a terminal; without one,
pass --yes.

Examples:
  vpnmine uuids rollback --from migration.csv --dry-run
  vpnmine uuids rollback --from migration.csv --yes --report rollback.csv"
    )]
    Rollback(RollbackArgs),
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Only this user (repeat for more) [default: every user and configuration].
    #[arg(long = "user", value_name = "USER_ID", value_parser = parse_user_id)]
    pub users: Vec<String>,
}

#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// Only this user (repeat for more) [default: every user].
    #[arg(long = "user", value_name = "USER_ID", value_parser = parse_user_id)]
    pub users: Vec<String>,
    #[command(flatten)]
    pub change: ChangeArgs,
}

/// How `migrate` and `rollback` change UUIDs.
#[derive(Debug, Args)]
pub struct ChangeArgs {
    /// Users per transaction (1-10000).
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(i64).range(1..=10_000))]
    pub batch_size: i64,
    /// Show what would change (with the UUIDs users would get) without changing anything.
    #[arg(long)]
    pub dry_run: bool,
    /// Do not ask for confirmation (needed without a terminal).
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Write a report of each user's UUID before and after: FILE.csv or FILE.json.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RollbackArgs {
    /// The report of the migration to undo (CSV or JSON, from `uuids migrate --report`).
    #[arg(long = "from", value_name = "REPORT")]
    pub from: PathBuf,
    /// Only this user of the report (repeat for more) [default: every migrated user in it].
    #[arg(long = "user", value_name = "USER_ID", value_parser = parse_user_id)]
    pub users: Vec<String>,
    #[command(flatten)]
    pub change: ChangeArgs,
}

/// Users per `restoreUserUuids` request: well inside the server's 10,000 and its body limit.
pub const ROLLBACK_CHUNK: usize = 2_000;

fn parse_user_id(input: &str) -> Result<String, String> {
    let id = input.trim();
    if id.is_empty() || id.chars().any(char::is_whitespace) {
        return Err(format!("'{input}' is not a user id"));
    }
    Ok(id.to_string())
}

pub async fn run(command: UuidsCommand, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    // Checked before anything is sent (a migration must not run only to fail to print).
    if global.output == Format::Csv {
        return Err(CliError::usage(
            "uuids commands print several sections, which -o csv cannot show: use -o json \
             (migrate --report FILE.csv writes the per-user CSV)",
        ));
    }
    match command {
        UuidsCommand::Validate(args) => validate(args, global).await.map(Some),
        UuidsCommand::Migrate(args) => migrate(args, global).await,
        UuidsCommand::Rollback(args) => rollback(args, global).await,
    }
}

async fn validate(args: ValidateArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let client = global.client().await?;
    let variables = validate_user_uuids::Variables {
        user_ids: (!args.users.is_empty()).then_some(args.users),
    };
    let result = client
        .run::<ValidateUserUuids>(variables)
        .await?
        .validate_user_uuids;
    let value = serde_json::to_value(&result)
        .map_err(|e| CliError::failed(format!("cannot read the result: {e}")))?;
    let invalid = value["invalidEntries"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let recommendations = value["recommendations"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    Ok(Output::Sections(vec![
        Section::new(
            "summary",
            "Summary",
            Output::Record(json!({
                "success": result.success,
                "validatedCount": result.validated_count,
                "invalidCount": invalid.len(),
            })),
        ),
        Section::new(
            "invalidEntries",
            "Invalid entries",
            Output::list(
                vec![
                    Column::new("USER", "userId"),
                    Column::new("UUID", "uuid"),
                    Column::new("SERVER", "serverId"),
                    Column::new("REASON", "reason"),
                ],
                invalid,
            ),
        ),
        Section::new(
            "recommendations",
            "Recommendations",
            Output::list(
                vec![
                    Column::new("AFFECTED", "affected"),
                    Column::new("ACTION", "action"),
                ],
                recommendations,
            ),
        ),
    ]))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ReportFormat {
    Csv,
    Json,
}

impl ReportFormat {
    /// The format a report file's extension names; `flag` is for the error message.
    fn of(path: &Path, flag: &str) -> Result<Self, CliError> {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("csv") => Ok(Self::Csv),
            Some("json") => Ok(Self::Json),
            _ => Err(CliError::usage(format!(
                "{flag}: {} must end in .csv or .json",
                path.display()
            ))),
        }
    }
}

/// The format of the report to write at `path`, checked before anything is sent.
fn report_format(path: &Path) -> Result<ReportFormat, CliError> {
    let format = ReportFormat::of(path, "--report")?;
    if path.is_dir() {
        return Err(CliError::usage(format!(
            "--report: {} is a directory",
            path.display()
        )));
    }
    if !report_dir(path).is_dir() {
        return Err(CliError::usage(format!(
            "--report: directory {} does not exist",
            report_dir(path).display()
        )));
    }
    Ok(format)
}

fn report_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

async fn migrate(args: MigrateArgs, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    let report = match &args.change.report {
        Some(path) => Some((path.clone(), report_format(path)?)),
        None => None,
    };
    if !args.change.dry_run && !args.change.yes {
        let who = if args.users.is_empty() {
            "every user".to_string()
        } else {
            format!("{} user(s)", args.users.len())
        };
        confirm(
            &global.terminal,
            "uuids migrate",
            &format!("Give {who} new UUIDs and rewrite their server configurations?"),
        )?;
    }

    let client = global.client().await?;
    let variables = migrate_user_uuids::Variables {
        input: Some(migrate_user_uuids::MigrateUuidsInput {
            user_ids: (!args.users.is_empty()).then(|| args.users.clone()),
            dry_run: args.change.dry_run,
            batch_size: args.change.batch_size,
        }),
    };
    let working = spinner(global, "migrating UUIDs…");
    let result = client.run::<MigrateUserUuids>(variables).await;
    working.finish_and_clear();
    let result = result?.migrate_user_uuids;
    let value = serde_json::to_value(&result)
        .map_err(|e| CliError::failed(format!("cannot read the result: {e}")))?;
    let details = value["details"].as_array().cloned().unwrap_or_default();
    let errors = value["errors"].as_array().cloned().unwrap_or_default();
    let failed = details
        .iter()
        .filter(|d| d["status"] != "MIGRATED" && d["status"] != "PLANNED")
        .count();
    let summary = json!({
        "success": result.success,
        "dryRun": result.dry_run,
        "migrated": result.migrated_count,
        "failed": failed,
    });
    finish(
        summary,
        details,
        errors,
        report,
        global,
        format!("{failed} user(s) were not migrated: rerun them with --user"),
    )
}

/// [`super::confirm`], with the refusal of the uuids commands.
fn confirm(terminal: &Terminal, command: &str, question: &str) -> Result<(), CliError> {
    super::confirm(
        terminal,
        &format!(
            "{command} changes users' UUIDs: pass --yes to confirm (or --dry-run to preview); \
             no terminal to ask on"
        ),
        question,
    )
}

/// Writes the report (if asked) and shows a migration's or a rollback's result. When any user
/// failed, the result is printed and the command fails with `failure` (exit 1).
fn finish(
    mut summary: Value,
    details: Vec<Value>,
    errors: Vec<Value>,
    report: Option<(PathBuf, ReportFormat)>,
    global: &GlobalArgs,
    failure: String,
) -> Result<Option<Output>, CliError> {
    if let Some((path, format)) = &report {
        write_report(path, *format, &details)?;
        summary["report"] = json!(path.display().to_string());
    }
    let ok = summary["success"] == true && summary["failed"] == 0;
    let out = Output::Sections(vec![
        Section::new("summary", "Summary", Output::Record(summary)),
        Section::new(
            "details",
            "Details",
            Output::list(
                vec![
                    Column::new("USER", "userId"),
                    Column::new("OLD UUID", "oldUuid"),
                    Column::new("NEW UUID", "newUuid"),
                    Column::new("STATUS", "status"),
                ],
                details,
            ),
        ),
        Section::new(
            "errors",
            "Errors",
            Output::list(
                vec![
                    Column::new("USER", "userId"),
                    Column::new("REASON", "reason"),
                ],
                errors,
            ),
        ),
    ]);
    if ok {
        return Ok(Some(out));
    }
    // Show what happened, then exit 1.
    super::print_output(&out, global)?;
    Err(CliError::failed(failure))
}

/// One user to restore, from a migration's report.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Reverted {
    user_id: String,
    /// The report's new UUID: what the user holds now.
    current: String,
    /// The report's old UUID: what to give back.
    restore: String,
}

/// The MIGRATED rows of a report (others are counted, not restored), in the report's order.
fn read_report(path: &Path) -> Result<(Vec<Reverted>, usize), CliError> {
    let format = ReportFormat::of(path, "--from")?;
    let unreadable = |e: &dyn std::fmt::Display| {
        CliError::usage(format!("--from: cannot read {}: {e}", path.display()))
    };
    let bad_row = |row: usize, e: &dyn std::fmt::Display| {
        CliError::usage(format!("--from: {} row {row}: {e}", path.display()))
    };
    // (row number for messages, user, old, new, status)
    let mut rows: Vec<(usize, String, String, String, String)> = Vec::new();
    match format {
        ReportFormat::Csv => {
            let mut reader = csv::Reader::from_path(path).map_err(|e| unreadable(&e))?;
            let headers = reader.headers().map_err(|e| unreadable(&e))?.clone();
            let column = |name: &str| {
                headers.iter().position(|h| h == name).ok_or_else(|| {
                    CliError::usage(format!(
                        "--from: {} has no {name} column (expected user_id, old_uuid, new_uuid, status)",
                        path.display()
                    ))
                })
            };
            let (user, old, new, status) = (
                column("user_id")?,
                column("old_uuid")?,
                column("new_uuid")?,
                column("status")?,
            );
            for (i, record) in reader.records().enumerate() {
                // Row 1 is the header.
                let record = record.map_err(|e| bad_row(i + 2, &e))?;
                let field = |n: usize| record.get(n).unwrap_or_default().trim().to_string();
                rows.push((i + 2, field(user), field(old), field(new), field(status)));
            }
        }
        ReportFormat::Json => {
            let file = std::fs::File::open(path).map_err(|e| unreadable(&e))?;
            let entries: Vec<Value> = serde_json::from_reader(std::io::BufReader::new(file))
                .map_err(|e| unreadable(&format!("not a JSON array of rows: {e}")))?;
            for (i, entry) in entries.iter().enumerate() {
                let field = |name: &str| {
                    entry[name]
                        .as_str()
                        .map(|v| v.trim().to_string())
                        .ok_or_else(|| bad_row(i + 1, &format!("no {name}")))
                };
                rows.push((
                    i + 1,
                    field("user_id")?,
                    field("old_uuid")?,
                    field("new_uuid")?,
                    field("status")?,
                ));
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    let mut reverted = Vec::new();
    let mut others = 0;
    for (row, user_id, old, new, status) in rows {
        if status != "MIGRATED" {
            others += 1;
            continue;
        }
        if user_id.is_empty() {
            return Err(bad_row(row, &"no user_id"));
        }
        crate::domain::validate::validate_uuid(&new)
            .map_err(|e| bad_row(row, &format!("new_uuid: {e}")))?;
        if !seen.insert(user_id.clone()) {
            return Err(bad_row(row, &format!("{user_id} appears twice")));
        }
        reverted.push(Reverted {
            user_id,
            current: new,
            restore: old,
        });
    }
    Ok((reverted, others))
}

async fn rollback(args: RollbackArgs, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    let report = match &args.change.report {
        Some(path) => Some((path.clone(), report_format(path)?)),
        None => None,
    };
    let (mut users, others) = read_report(&args.from)?;
    if !args.users.is_empty() {
        let missing: Vec<&String> = args
            .users
            .iter()
            .filter(|id| !users.iter().any(|u| &u.user_id == *id))
            .collect();
        if !missing.is_empty() {
            return Err(CliError::usage(format!(
                "--user: not migrated in {}: {}",
                args.from.display(),
                missing
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        users.retain(|u| args.users.contains(&u.user_id));
    }
    if users.is_empty() {
        return Err(CliError::usage(format!(
            "{} lists no MIGRATED user to restore{}",
            args.from.display(),
            if others > 0 {
                format!(" ({others} row(s) with another status, e.g. a dry run's PLANNED)")
            } else {
                String::new()
            }
        )));
    }
    if !args.change.dry_run && !args.change.yes {
        confirm(
            &global.terminal,
            "uuids rollback",
            &format!(
                "Give {} user(s) back their UUIDs from {} and rewrite their server configurations?",
                users.len(),
                args.from.display()
            ),
        )?;
    }

    let client = global.client().await?;
    let bar = progress(
        global,
        users.len() as u64,
        "{spinner} restoring {pos}/{len} users {wide_bar} {eta}",
    );
    let (mut details, mut errors) = (Vec::new(), Vec::new());
    for chunk in users.chunks(ROLLBACK_CHUNK) {
        let variables = restore_user_uuids::Variables {
            input: restore_user_uuids::RestoreUuidsInput {
                users: chunk
                    .iter()
                    .map(|u| restore_user_uuids::UuidRestoreInput {
                        user_id: u.user_id.clone(),
                        current_uuid: u.current.clone(),
                        restore_uuid: u.restore.clone(),
                    })
                    .collect(),
                dry_run: args.change.dry_run,
                batch_size: args.change.batch_size,
            },
        };
        let result = match client.run::<RestoreUserUuids>(variables).await {
            Ok(data) => data.restore_user_uuids,
            Err(e) if details.is_empty() => return Err(e),
            Err(e) => {
                bar.abandon();
                return Err(e.with_hint(format!(
                    "{} of {} users were done before this; rerunning the same command                      finishes the job (restored users come back UNCHANGED)",
                    details.len(),
                    users.len()
                )));
            }
        };
        let value = serde_json::to_value(&result)
            .map_err(|e| CliError::failed(format!("cannot read the result: {e}")))?;
        details.extend(value["details"].as_array().cloned().unwrap_or_default());
        errors.extend(value["errors"].as_array().cloned().unwrap_or_default());
        bar.inc(chunk.len() as u64);
    }
    bar.finish_and_clear();
    let count = |status: &str| details.iter().filter(|d| d["status"] == status).count();
    let (restored, unchanged, planned) = (count("MIGRATED"), count("UNCHANGED"), count("PLANNED"));
    let failed = details.len() - restored - unchanged - planned;
    let summary = json!({
        "success": errors.is_empty() && failed == 0,
        "dryRun": args.change.dry_run,
        "restored": restored,
        "unchanged": unchanged,
        "failed": failed,
        "skippedRows": others,
    });
    finish(
        summary,
        details,
        errors,
        report,
        global,
        format!("{failed} user(s) were not restored: see their reasons above"),
    )
}

/// Writes the report next to its destination and renames it into place.
fn write_report(path: &Path, format: ReportFormat, details: &[Value]) -> Result<(), CliError> {
    let failed = |e: &dyn std::fmt::Display| {
        CliError::failed(format!("cannot write the report {}: {e}", path.display()))
    };
    let mut temp = tempfile::NamedTempFile::new_in(report_dir(path)).map_err(|e| failed(&e))?;
    let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
    match format {
        ReportFormat::Csv => {
            let mut writer = csv::Writer::from_writer(temp.as_file_mut());
            writer
                .write_record(["user_id", "old_uuid", "new_uuid", "status"])
                .map_err(|e| failed(&e))?;
            for d in details {
                writer
                    .write_record([
                        text(&d["userId"]),
                        text(&d["oldUuid"]),
                        text(&d["newUuid"]),
                        text(&d["status"]),
                    ])
                    .map_err(|e| failed(&e))?;
            }
            writer.flush().map_err(|e| failed(&e))?;
        }
        ReportFormat::Json => {
            let rows: Vec<Value> = details
                .iter()
                .map(|d| {
                    json!({
                        "user_id": d["userId"],
                        "old_uuid": d["oldUuid"],
                        "new_uuid": d["newUuid"],
                        "status": d["status"],
                    })
                })
                .collect();
            serde_json::to_writer_pretty(temp.as_file_mut(), &rows).map_err(|e| failed(&e))?;
            temp.write_all(b"\n").map_err(|e| failed(&e))?;
        }
    }
    temp.as_file().sync_all().map_err(|e| failed(&e))?;
    temp.persist(path).map_err(|e| failed(&e.error))?;
    Ok(())
}
