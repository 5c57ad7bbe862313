//! `vpnmine alerts ...`: alert rules, the alerts they raise, and where they are delivered.

pub mod rules;

use clap::Subcommand;

use crate::cli::GlobalArgs;
use crate::error::CliError;
use crate::output::Output;

#[derive(Debug, Subcommand)]
pub enum AlertsCommand {
    /// Alert rules: list, show, create, update, delete, and test against the latest figures.
    #[command(subcommand)]
    Rules(rules::RulesCommand),
}

pub async fn run(command: AlertsCommand, global: &GlobalArgs) -> Result<Output, CliError> {
    match command {
        AlertsCommand::Rules(command) => rules::run(command, global).await,
    }
}
