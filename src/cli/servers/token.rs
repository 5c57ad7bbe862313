//! `vpnmine servers token ...`: the agent tokens of a server.

use chrono::{DateTime, Utc};
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::cli::GlobalArgs;
use crate::client::operations::{
    AgentTokens, CreateAgentToken, RevokeAgentToken, agent_tokens, create_agent_token,
    revoke_agent_token,
};
use crate::domain::dates::{parse_duration, parse_instant};
use crate::error::CliError;
use crate::output::{Column, Format, Output};

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Issue a token that lets this server's agent report for it, and nothing else.
    #[command(
        after_help = "The token is printed once and cannot be shown again: store it in a file only
the agent's user can read (chmod 600) and run `vpnmine agent --token-file FILE`.

Examples:
  vpnmine servers token create srv-1a2b3c --name eu-west-1 > agent.token && chmod 600 agent.token
  vpnmine servers token create srv-1a2b3c --expires 30d -o json | jq -r .token
  vpnmine servers token create srv-1a2b3c --expires 2027-06-30T00:00:00Z
  vpnmine servers token create srv-1a2b3c --expires never"
    )]
    Create(CreateArgs),
    /// List a server's live agent tokens (never their secrets).
    #[command(after_help = "Examples:
  vpnmine servers token list srv-1a2b3c
  vpnmine servers token list srv-1a2b3c -o json | jq -r '.[].id'")]
    List(ListArgs),
    /// Revoke an agent token at once.
    #[command(after_help = "Examples:
  vpnmine servers token revoke agt-0123456789abcdef0123456789abcdef")]
    Revoke(RevokeArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The server the token reports for.
    #[arg(value_name = "ID")]
    pub server_id: String,
    /// When it expires: a length of time from now (90d, 12h), a date (RFC 3339), or `never`.
    #[arg(long, value_name = "WHEN", default_value = "90d")]
    pub expires: String,
    /// A name to tell tokens apart (unique among the server's live tokens).
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(value_name = "ID")]
    pub server_id: String,
}

#[derive(Debug, Args)]
pub struct RevokeArgs {
    /// The token's id (from `servers token list`), not its secret.
    #[arg(value_name = "TOKEN_ID")]
    pub token_id: String,
}

/// `--expires`: None for `never`.
fn expiry(input: &str, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>, CliError> {
    let text = input.trim();
    if text.eq_ignore_ascii_case("never") {
        return Ok(None);
    }
    if let Ok(length) = parse_duration(text) {
        let length = chrono::Duration::from_std(length)
            .map_err(|_| CliError::usage(format!("--expires {text}: too far ahead")))?;
        return now
            .checked_add_signed(length)
            .map(Some)
            .ok_or_else(|| CliError::usage(format!("--expires {text}: too far ahead")));
    }
    match parse_instant(text, now) {
        Ok(at) if at > now => Ok(Some(at)),
        Ok(_) => Err(CliError::usage(format!(
            "--expires {text}: that is not in the future"
        ))),
        Err(e) => Err(CliError::usage(format!("--expires: {e}"))
            .with_hint("give a length of time (90d), a date (2027-06-30T00:00:00Z) or `never`")),
    }
}

fn columns() -> Vec<Column> {
    vec![
        Column::new("ID", "id"),
        Column::new("NAME", "name"),
        Column::new("CREATED", "createdAt"),
        Column::new("EXPIRES", "expiresAt"),
        Column::new("LAST USED", "lastUsedAt"),
    ]
}

fn not_blank(what: &str, value: &str) -> Result<(), CliError> {
    if value.trim().is_empty() {
        return Err(CliError::usage(format!("{what} must not be empty")));
    }
    Ok(())
}

pub async fn run(command: TokenCommand, global: &GlobalArgs) -> Result<Output, CliError> {
    match command {
        TokenCommand::Create(args) => {
            not_blank("the server id", &args.server_id)?;
            let expires_at = expiry(&args.expires, Utc::now())?;
            let client = global.client().await?;
            let created = client
                .run::<CreateAgentToken>(create_agent_token::Variables {
                    server_id: args.server_id,
                    name: args.name,
                    expires_at,
                })
                .await?
                .create_agent_token;
            if global.output == Format::Json {
                return Ok(Output::Record(json!({
                    "token": created.token,
                    "agentToken": serde_json::to_value(&created.agent_token).unwrap_or(Value::Null),
                })));
            }
            if global.terminal.stdout {
                eprintln!(
                    "Agent token {} for server {} (expires {}). It is shown this once; it can only report for this server:",
                    created.agent_token.id,
                    created.agent_token.server_id,
                    created
                        .agent_token
                        .expires_at
                        .map_or_else(|| "never".to_string(), |t| t.to_rfc3339())
                );
            }
            // The secret alone on stdout, so that `> agent.token` stores just it.
            Ok(Output::Message(created.token))
        }
        TokenCommand::List(args) => {
            not_blank("the server id", &args.server_id)?;
            let client = global.client().await?;
            let tokens = client
                .run::<AgentTokens>(agent_tokens::Variables {
                    server_id: args.server_id,
                })
                .await?
                .agent_tokens;
            let items = match serde_json::to_value(tokens) {
                Ok(Value::Array(items)) => items,
                _ => Vec::new(),
            };
            Ok(Output::List {
                columns: columns(),
                items,
            })
        }
        TokenCommand::Revoke(args) => {
            not_blank("the token id", &args.token_id)?;
            let client = global.client().await?;
            let token = client
                .run::<RevokeAgentToken>(revoke_agent_token::Variables { id: args.token_id })
                .await?
                .revoke_agent_token;
            if global.output == Format::Json {
                return Ok(Output::Record(
                    serde_json::to_value(token).unwrap_or(Value::Null),
                ));
            }
            Ok(Output::message(format!(
                "Revoked agent token {} of server {}",
                token.id, token.server_id
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expiry_takes_lengths_dates_and_never() {
        let now = DateTime::parse_from_rfc3339("2026-11-30T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(expiry("never", now).unwrap(), None);
        assert_eq!(
            expiry("90d", now).unwrap(),
            Some(now + chrono::Duration::days(90))
        );
        assert_eq!(
            expiry("2027-06-30T00:00:00Z", now)
                .unwrap()
                .unwrap()
                .to_rfc3339(),
            "2027-06-30T00:00:00+00:00"
        );
        for bad in ["2020-01-01T00:00:00Z", "soon", "", "-5d"] {
            assert!(expiry(bad, now).is_err(), "{bad}");
        }
    }
}
