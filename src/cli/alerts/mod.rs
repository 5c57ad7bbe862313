//! `vpnmine alerts ...`: alert rules, what fired, and where notifications go.
//! One submodule per part; the alerts' own verbs are flattened into this noun.

pub mod deliveries;
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
    /// Webhook channels that receive alerts: list, create, delete, test.
    #[command(subcommand)]
    Channels(deliveries::ChannelsCommand),
    /// The webhook outbox: each notification, its status and its attempts.
    Deliveries(deliveries::DeliveriesArgs),
}

pub async fn run(command: AlertsCommand, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    match command {
        AlertsCommand::Rules(command) => rules::run(command, global).await.map(Some),
        AlertsCommand::Events(command) => events::run(command, global).await,
        AlertsCommand::Channels(command) => {
            deliveries::run_channels(command, global).await.map(Some)
        }
        AlertsCommand::Deliveries(args) => deliveries::run_deliveries(args, global).await,
    }
}
