//! `vpnmine alerts ...`: alert rules, the alerts they raise, and where notifications go.
//! One submodule per part; their subcommands are flattened into this one noun.

pub mod events;

use clap::Subcommand;

use super::GlobalArgs;
use crate::error::CliError;
use crate::output::Output;

#[derive(Debug, Subcommand)]
pub enum AlertsCommand {
    /// Alerts, acknowledgements, silences, history and the live feed.
    #[command(flatten)]
    Events(events::EventsCommand),
}

pub async fn run(command: AlertsCommand, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    match command {
        AlertsCommand::Events(command) => events::run(command, global).await,
    }
}
