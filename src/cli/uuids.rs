//! `vpnmine uuids validate | migrate`: users' VLESS/REALITY UUIDs (admins only).
//!
//! Decisions:
//! - `validate` exits 0 whether or not problems were found, and prints them: scripts read
//!   `summary.success` from `-o json`. Exit codes other than 0 mean the check itself failed.
//! - `migrate` changes data: on a terminal it asks first (unless --yes or --dry-run); without
//!   a terminal it refuses (exit 2, naming --yes) and never waits for input. It exits 1 when
//!   any user failed, after printing the result (and writing the report).
//! - There is no `uuids rollback`: the platform has no mutation that restores given UUIDs, and
//!   migrating again would hand out new ones, not the old ones.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::GlobalArgs;
use crate::client::operations::{
    MigrateUserUuids, ValidateUserUuids, migrate_user_uuids, validate_user_uuids,
};
use crate::error::CliError;
use crate::output::{self, Column, Format, Output, Section, Target};

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
    /// Users per transaction (1-10000).
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(i64).range(1..=10_000))]
    pub batch_size: i64,
    /// Show what would change (with would-be UUIDs) without changing anything.
    #[arg(long)]
    pub dry_run: bool,
    /// Do not ask for confirmation (needed without a terminal).
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Write a report of old and new UUIDs per user: FILE.csv or FILE.json.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
}

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

fn report_format(path: &Path) -> Result<ReportFormat, CliError> {
    let format = match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("csv") => ReportFormat::Csv,
        Some("json") => ReportFormat::Json,
        _ => {
            return Err(CliError::usage(format!(
                "--report: {} must end in .csv or .json",
                path.display()
            )));
        }
    };
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
    let report = match &args.report {
        Some(path) => Some((path.clone(), report_format(path)?)),
        None => None,
    };
    if !args.dry_run && !args.yes {
        let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        if !interactive {
            return Err(CliError::usage(
                "uuids migrate changes users' UUIDs: pass --yes to confirm (or --dry-run to preview); \
                 no terminal to ask on",
            ));
        }
        let who = if args.users.is_empty() {
            "every user".to_string()
        } else {
            format!("{} user(s)", args.users.len())
        };
        let confirmed = dialoguer::Confirm::new()
            .with_prompt(format!(
                "Give {who} new UUIDs and rewrite their server configurations?"
            ))
            .default(false)
            .interact()
            .map_err(|e| CliError::failed(format!("cannot ask for confirmation: {e}")))?;
        if !confirmed {
            return Err(CliError::failed("cancelled: nothing was changed"));
        }
    }

    let client = global.client().await?;
    let variables = migrate_user_uuids::Variables {
        input: Some(migrate_user_uuids::MigrateUuidsInput {
            user_ids: (!args.users.is_empty()).then(|| args.users.clone()),
            dry_run: args.dry_run,
            batch_size: args.batch_size,
        }),
    };
    let result = client
        .run::<MigrateUserUuids>(variables)
        .await?
        .migrate_user_uuids;
    let value = serde_json::to_value(&result)
        .map_err(|e| CliError::failed(format!("cannot read the result: {e}")))?;
    let details = value["details"].as_array().cloned().unwrap_or_default();
    let errors = value["errors"].as_array().cloned().unwrap_or_default();
    let failed = details
        .iter()
        .filter(|d| d["status"] != "MIGRATED" && d["status"] != "PLANNED")
        .count();

    if let Some((path, format)) = &report {
        write_report(path, *format, &details)?;
    }

    let mut summary = json!({
        "success": result.success,
        "dryRun": result.dry_run,
        "migrated": result.migrated_count,
        "failed": failed,
    });
    if let Some((path, _)) = &report {
        summary["report"] = json!(path.display().to_string());
    }
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
    if result.success && failed == 0 {
        return Ok(Some(out));
    }
    // Show what happened, then exit 1.
    let target = Target {
        color: !global.no_color,
        ..Target::stdout()
    };
    match output::render(&out, global.output, &target, &mut std::io::stdout().lock()) {
        Ok(()) => {}
        Err(e) if e.is_broken_pipe() => {}
        Err(e) => return Err(CliError::failed(e.to_string())),
    }
    Err(CliError::failed(format!(
        "{failed} user(s) were not migrated: rerun them with --user"
    )))
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
