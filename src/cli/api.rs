//! `vpnmine api`: the API as data — the operation table and the schema.

use clap::Subcommand;
use serde_json::Value;

use crate::error::CliError;
use crate::operations::OPERATIONS;
use crate::output::{Column, Output};

#[derive(Debug, Subcommand)]
pub enum ApiCommand {
    /// Every root field with its operation document and command.
    Operations,
    /// Print the schema (SDL) the bundled server implements: the contents of schema.graphql.
    Schema,
}

/// `None` when the command printed its result itself (the schema is text, not data).
pub fn run(command: ApiCommand) -> Result<Option<Output>, CliError> {
    match command {
        ApiCommand::Operations => {
            let items = OPERATIONS
                .iter()
                .map(|op| serde_json::to_value(op).unwrap_or(Value::Null))
                .collect();
            Ok(Some(Output::List {
                columns: vec![
                    Column::new("FIELD", "field"),
                    Column::new("KIND", "kind"),
                    Column::new("COMMAND", "command"),
                    Column::new("OPERATION", "operation"),
                    Column::new("DOCUMENT", "document"),
                ],
                items,
            }))
        }
        ApiCommand::Schema => {
            print!("{}", crate::server::api::sdl());
            Ok(None)
        }
    }
}
