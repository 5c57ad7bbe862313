//! `vpnmine alerts ...`: alert rules, what fired, and where notifications go.

use clap::Subcommand;

use super::GlobalArgs;
use crate::error::CliError;
use crate::output::Output;

pub mod deliveries;

#[derive(Debug, Subcommand)]
pub enum AlertsCommand {
    /// Webhook channels that receive alerts: list, create, delete, test.
    #[command(subcommand)]
    Channels(deliveries::ChannelsCommand),
    /// The webhook outbox: each notification, its status and its attempts.
    Deliveries(deliveries::DeliveriesArgs),
}

pub async fn run(command: AlertsCommand, global: &GlobalArgs) -> Result<Output, CliError> {
    match command {
        AlertsCommand::Channels(command) => deliveries::run_channels(command, global).await,
        AlertsCommand::Deliveries(args) => deliveries::run_deliveries(args, global).await,
    }
}
