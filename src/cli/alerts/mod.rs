//! `vpnmine alerts ...`: alert rules, the alerts they raise, and where notifications go.
//! One submodule per part; the alerts' own verbs are flattened into this noun.

pub mod events;
pub mod rules;

use clap::Subcommand;

use super::GlobalArgs;
use crate::error::CliError;
use crate::output::Output;

#[derive(Debug, Subcommand)]
pub enum AlertsCommand {
    /// Alert rules: list, show, create, update, delete, and test against the latest figures.
    #[command(subcommand)]
    Rules(rules::RulesCommand),
    /// Alerts, acknowledgements, silences, history and the live feed.
    #[command(flatten)]
    Events(events::EventsCommand),
}

pub async fn run(command: AlertsCommand, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    match command {
        AlertsCommand::Rules(command) => rules::run(command, global).await.map(Some),
        AlertsCommand::Events(command) => events::run(command, global).await,
    }
}
