//! `vpnmine users ...`: other users, seen by admins (and each user's own view).

use clap::{Args, Subcommand};
use serde_json::Value;

use super::GlobalArgs;
use super::analytics::object;
use crate::client::operations::{UserDashboard, user_dashboard as ops};
use crate::error::CliError;
use crate::output::Output;

#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    /// One user's dashboard: account, open session, statistics and mining. Your own, or
    /// anyone's with the admin role.
    #[command(after_help = "Examples:
  vpnmine users dashboard usr-user
  vpnmine users dashboard usr-operator -o json | jq .mining")]
    Dashboard(DashboardArgs),
}

#[derive(Debug, Args)]
pub struct DashboardArgs {
    /// The user's id (e.g. usr-user; `vpnmine auth status` shows yours).
    #[arg(value_name = "USER_ID")]
    pub user_id: String,
}

pub async fn run(command: UsersCommand, global: &GlobalArgs) -> Result<Output, CliError> {
    match command {
        UsersCommand::Dashboard(args) => dashboard(args, global).await,
    }
}

/// User ids are opaque: 1-128 characters of letters, digits and `-_.:@`.
fn validate_user_id(input: &str) -> Result<(), CliError> {
    let ok = !input.is_empty()
        && input.chars().count() <= 128
        && input
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.:@".contains(c));
    if ok {
        Ok(())
    } else {
        Err(CliError::usage(format!(
            "invalid USER_ID '{}': expected 1-128 letters, digits or -_.:@",
            input.escape_debug()
        )))
    }
}

async fn dashboard(args: DashboardArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    validate_user_id(&args.user_id)?;
    let client = global.client().await?;
    let data = client
        .run::<UserDashboard>(ops::Variables {
            user_id: args.user_id,
        })
        .await?;
    Ok(Output::Record(Value::Object(object(&data.user_dashboard))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_ids_are_checked_before_any_request() {
        for good in ["usr-user", "usr_1.a:b@c", "0f3c"] {
            assert!(validate_user_id(good).is_ok(), "{good}");
        }
        let long = "a".repeat(129);
        for bad in ["", "usr user", "usr/1", "über", "a\u{7}", long.as_str()] {
            let e = validate_user_id(bad).unwrap_err();
            assert!(e.message.contains("USER_ID"), "{bad}: {e}");
        }
    }
}
