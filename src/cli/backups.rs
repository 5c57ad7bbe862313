//! `vpnmine admin backup ...`: backups the server takes into its own backup folder
//! (`vpnmine server --backup-dir`), on demand and listed. Admins only. Backing up, verifying
//! and restoring a database file directly is `vpnmine server backup|restore`.

use clap::Subcommand;
use serde_json::Value;

use super::GlobalArgs;
use super::analytics::{object, take_list};
use crate::client::operations::{Backups, CreateBackup, backups, create_backup};
use crate::error::CliError;
use crate::output::{Column, Output, Section};

#[derive(Debug, Subcommand)]
pub enum BackupCommand {
    /// Take a backup now, while the server serves, into its backup folder: a consistent
    /// snapshot, compressed, with a manifest (schema version, row counts, SHA-256).
    #[command(
        after_help = "The file is named vpnmine-<UTC time>.vpnbak in the server's --backup-dir (by
default `backups` beside its database file) and counts against --backup-keep with the
scheduled ones. Refused (exit 2) when the server's database is in memory.

Examples:
  vpnmine admin backup create
  vpnmine admin backup create -o json | jq -r .backup.id"
    )]
    Create,
    /// The backups in the server's backup folder, newest first.
    #[command(
        after_help = "A file whose manifest cannot be read is listed as FAILED with the reason; check
a backup in full with `vpnmine server backup verify FILE`.

Examples:
  vpnmine admin backup list
  vpnmine admin backup list -o csv > backups.csv"
    )]
    List,
}

pub async fn run(command: BackupCommand, global: &GlobalArgs) -> Result<Output, CliError> {
    match command {
        BackupCommand::Create => create(global).await,
        BackupCommand::List => list(global).await,
    }
}

fn columns() -> Vec<Column> {
    vec![
        Column::new("ID", "id"),
        Column::new("STATUS", "status"),
        Column::new("START", "startTime"),
        Column::new("END", "endTime"),
        Column::new("SIZE", "size"),
        Column::new("SCHEMA", "validation.schemaVersion"),
        Column::new("MESSAGE", "validation.message"),
    ]
}

async fn create(global: &GlobalArgs) -> Result<Output, CliError> {
    let client = global.client().await?;
    let data = client.run::<CreateBackup>(create_backup::Variables).await?;
    let mut backup = object(&data.create_backup);
    let components = take_list(&mut backup, "components");
    Ok(Output::Sections(vec![
        Section::new("backup", "Backup", Output::Record(Value::Object(backup))),
        Section::new(
            "components",
            "Tables",
            Output::list(
                vec![
                    Column::new("NAME", "name"),
                    Column::new("ROWS", "size"),
                    Column::new("STATUS", "status"),
                ],
                components,
            ),
        ),
    ]))
}

async fn list(global: &GlobalArgs) -> Result<Output, CliError> {
    let client = global.client().await?;
    let data = client.run::<Backups>(backups::Variables).await?;
    let items = data
        .backups
        .iter()
        .map(|b| Value::Object(object(b)))
        .collect();
    Ok(Output::list(columns(), items))
}
