//! `vpnmine config ...`: the settings in config.toml (profiles, default profile, credential
//! store). Profile keys apply to the profile in force (`--profile`, `VPNMINE_PROFILE`, else
//! `default_profile`, else `default`).

use clap::{Subcommand, ValueEnum};
use serde_json::{Value, json};

use super::GlobalArgs;
use crate::config::{self, Config};
use crate::error::{CliError, ErrorKind};
use crate::output::{Column, Format, Output};

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print one setting of the profile in force (or a top-level one).
    #[command(after_help = "Exits with 3 when the key is not set.

Examples:
  vpnmine config get endpoint
  vpnmine --profile staging config get allow_insecure_http")]
    Get {
        #[arg(value_enum)]
        key: Key,
    },
    /// Change one setting, validated, and write config.toml atomically.
    #[command(
        after_help = "Keys: endpoint (a URL or `local`), allow_insecure_http (true|false) and
credential_store (auto|keyring|file) for the profile in force or the file; default_profile (a
profile name).

Examples:
  vpnmine --profile staging config set endpoint https://staging.example.com/graphql
  vpnmine config set default_profile staging
  vpnmine config set credential_store file      # a headless box without a keyring"
    )]
    Set {
        #[arg(value_enum)]
        key: Key,
        value: String,
    },
    /// List every setting of every profile.
    #[command(after_help = "Examples:
  vpnmine config list
  vpnmine config list -o json | jq '.[] | select(.key == \"endpoint\")'")]
    List,
}

/// A configuration key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Key {
    /// The profile's GraphQL endpoint URL, or `local`.
    #[value(name = "endpoint")]
    Endpoint,
    /// Whether the profile may send a token over plain http to its (non-loopback) endpoint.
    #[value(name = "allow_insecure_http")]
    AllowInsecureHttp,
    /// The profile used when none is named.
    #[value(name = "default_profile")]
    DefaultProfile,
    /// Where credentials are kept: auto, keyring or file.
    #[value(name = "credential_store")]
    CredentialStore,
}

impl Key {
    fn name(self) -> &'static str {
        match self {
            Self::Endpoint => "endpoint",
            Self::AllowInsecureHttp => "allow_insecure_http",
            Self::DefaultProfile => "default_profile",
            Self::CredentialStore => "credential_store",
        }
    }
}

pub fn run(command: ConfigCommand, global: &GlobalArgs) -> Result<Output, CliError> {
    let mut config = Config::load()?;
    let profile = config.profile_name(global.profile.as_deref());
    match command {
        ConfigCommand::Get { key } => {
            let name = key.name();
            let value = config.get(&profile, name)?.ok_or_else(|| {
                let place = if config::is_profile_key(name) {
                    format!("profile '{profile}'")
                } else {
                    "config.toml".to_string()
                };
                CliError::new(ErrorKind::NotFound, format!("{name} is not set in {place}"))
                    .with_hint(format!("set it: vpnmine config set {name} VALUE"))
            })?;
            Ok(entry_output(global, &profile, name, value))
        }
        ConfigCommand::Set { key, value } => {
            let name = key.name();
            let stored = config.set(&profile, name, &value)?;
            let path = config.save()?;
            if global.output != Format::Table {
                return Ok(Output::Record(entry(&profile, name, stored)));
            }
            let place = if config::is_profile_key(name) {
                format!(" for profile '{profile}'")
            } else {
                String::new()
            };
            Ok(Output::message(format!(
                "Set {name} = {stored}{place} in {}",
                path.display()
            )))
        }
        ConfigCommand::List => {
            let items = config
                .entries()
                .into_iter()
                .map(|(profile, key, value)| {
                    json!({ "profile": profile, "key": key, "value": value })
                })
                .collect();
            Ok(Output::list(
                vec![
                    Column::new("PROFILE", "profile"),
                    Column::new("KEY", "key"),
                    Column::new("VALUE", "value"),
                ],
                items,
            ))
        }
    }
}

fn entry(profile: &str, key: &str, value: String) -> Value {
    json!({
        "profile": config::is_profile_key(key).then_some(profile),
        "key": key,
        "value": value,
    })
}

fn entry_output(global: &GlobalArgs, profile: &str, key: &str, value: String) -> Output {
    if global.output == Format::Table {
        Output::Message(value)
    } else {
        Output::Record(entry(profile, key, value))
    }
}
