//! `vpnmine alerts channels ...` and `vpnmine alerts deliveries`: webhook channels and the
//! outbox of notifications sent to them.

use clap::{Args, Subcommand, ValueEnum};
use serde_json::{Value, json};

use crate::cli::GlobalArgs;
use crate::cli::pages::{self, PageArgs};
use crate::client::operations::{
    AlertChannels, AlertDeliveries, CreateAlertChannel, DeleteAlertChannel, TestAlertChannel,
    alert_channels, alert_deliveries, create_alert_channel, delete_alert_channel,
    test_alert_channel,
};
use crate::domain::webhook;
use crate::error::CliError;
use crate::output::{Column, Format, Output};

#[derive(Debug, Subcommand)]
pub enum ChannelsCommand {
    /// List your channels (every channel for admins); secrets are never shown.
    #[command(after_help = "Examples:
  vpnmine alerts channels list
  vpnmine alerts channels list -o json | jq -r '.[] | .id + \" \" + .url'")]
    List,
    /// Create a webhook channel; its secret is printed once.
    #[command(
        after_help = "Every alert of a rule that names the channel is POSTed to URL in Prometheus
Alertmanager's webhook format, signed in the X-Vpnmine-Signature header with the secret
(see the README's Alerts section). The secret is printed this once.

Examples:
  vpnmine alerts channels create pager https://hooks.example.com/vpnmine > pager.secret
  printf '%s' \"$SECRET\" | vpnmine alerts channels create ops https://ops.example.com/h --secret-stdin
  vpnmine alerts channels create lab http://10.0.0.5:9000/hook --allow-insecure"
    )]
    Create(CreateArgs),
    /// Delete a channel, its links to rules and its deliveries.
    #[command(after_help = "Examples:
  vpnmine alerts channels delete chn-0123456789abcdef0123456789abcdef --yes")]
    Delete(DeleteArgs),
    /// Send one signed test body to a channel now and show the answer.
    #[command(
        after_help = "The body is a synthetic alert (status firing, alertname=vpnmine-test,
severity info); it is not retried and not written to the delivery log. Exits 1 unless the
receiver answered 2xx.

Examples:
  vpnmine alerts channels test chn-0123456789abcdef0123456789abcdef"
    )]
    Test(IdArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// 1-64 of A-Z a-z 0-9 _ . -, unique among your channels.
    pub name: String,
    /// Where to POST: https, or http to this machine (http elsewhere needs --allow-insecure).
    pub url: String,
    /// Read the secret (16-256 printable characters, no spaces) from stdin's first line;
    /// without it, 32 random bytes in hex are generated.
    #[arg(long)]
    pub secret_stdin: bool,
    /// Allow plain http to a host other than this machine.
    #[arg(long)]
    pub allow_insecure: bool,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The channel's id (from `alerts channels list`).
    #[arg(value_name = "ID")]
    pub id: String,
    /// Delete without asking (needed without a terminal).
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct IdArgs {
    /// The channel's id (from `alerts channels list`).
    #[arg(value_name = "ID")]
    pub id: String,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusArg {
    Pending,
    Delivered,
    Dead,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  vpnmine alerts deliveries --status dead
  vpnmine alerts deliveries --alert alr-0123456789abcdef0123456789abcdef -o json | jq '.[].log'
  vpnmine alerts deliveries --all -o csv > deliveries.csv")]
pub struct DeliveriesArgs {
    /// Only deliveries in this state (dead: every attempt failed).
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,
    /// Only the deliveries of this alert.
    #[arg(long, value_name = "ALERT_ID")]
    pub alert: Option<String>,
    /// Only the deliveries to this channel.
    #[arg(long, value_name = "CHANNEL_ID")]
    pub channel: Option<String>,
    #[command(flatten)]
    pub pages: PageArgs,
}

fn channel_columns() -> Vec<Column> {
    vec![
        Column::new("ID", "id"),
        Column::new("NAME", "name"),
        Column::new("URL", "url"),
        Column::new("INSECURE", "allowInsecure"),
        Column::new("OWNER", "ownerId"),
        Column::new("CREATED", "createdAt"),
    ]
}

/// DEAD stands out in a table: nothing will try it again.
fn status_cell(value: &Value) -> String {
    match value.as_str() {
        Some("DEAD") => "DEAD (gave up)".into(),
        Some(other) => other.into(),
        None => String::new(),
    }
}

fn not_blank(what: &str, value: &str) -> Result<(), CliError> {
    if value.trim().is_empty() {
        return Err(CliError::usage(format!("{what} must not be empty")));
    }
    Ok(())
}

fn to_value<T: serde::Serialize>(value: T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

pub async fn run_channels(
    command: ChannelsCommand,
    global: &GlobalArgs,
) -> Result<Output, CliError> {
    match command {
        ChannelsCommand::List => {
            let client = global.client().await?;
            let channels = client
                .run::<AlertChannels>(alert_channels::Variables {})
                .await?
                .alert_channels;
            let items = match to_value(channels) {
                Value::Array(items) => items,
                _ => Vec::new(),
            };
            Ok(Output::list(channel_columns(), items))
        }
        ChannelsCommand::Create(args) => create(args, global).await,
        ChannelsCommand::Delete(args) => {
            not_blank("the channel id", &args.id)?;
            if !args.yes {
                crate::cli::confirm(
                    &global.terminal,
                    "alerts channels delete also deletes the channel's deliveries: pass --yes to \
                     confirm; no terminal to ask on",
                    &format!(
                        "Delete alert channel {}? Rules stop notifying it and its deliveries are deleted.",
                        args.id
                    ),
                )?;
            }
            let client = global.client().await?;
            let channel = client
                .run::<DeleteAlertChannel>(delete_alert_channel::Variables { id: args.id })
                .await?
                .delete_alert_channel;
            if global.output == Format::Json {
                return Ok(Output::Record(to_value(channel)));
            }
            Ok(Output::message(format!(
                "Deleted alert channel {} ({})",
                channel.name, channel.id
            )))
        }
        ChannelsCommand::Test(args) => {
            not_blank("the channel id", &args.id)?;
            let client = global.client().await?;
            let attempt = client
                .run::<TestAlertChannel>(test_alert_channel::Variables {
                    id: args.id.clone(),
                })
                .await?
                .test_alert_channel;
            let delivered = attempt.http_status.is_some_and(|s| (200..300).contains(&s));
            if !delivered {
                let what = match (&attempt.error, attempt.http_status) {
                    (Some(e), _) => e.clone(),
                    (None, Some(s)) => format!("the receiver answered HTTP {s}"),
                    (None, None) => "no answer".into(),
                };
                return Err(CliError::failed(format!(
                    "the test body to channel {} was not delivered: {what}",
                    args.id
                ))
                .with_hint(
                    "check the URL with `alerts channels list` and that the receiver answers 2xx",
                ));
            }
            Ok(Output::Record(to_value(attempt)))
        }
    }
}

async fn create(args: CreateArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    // Checked here too, so that a mistake is named before any secret is read or sent.
    webhook::check_name(args.name.trim()).map_err(CliError::usage)?;
    webhook::check_url(&args.url, args.allow_insecure).map_err(|e| {
        CliError::usage(e.replace("allowInsecure (--allow-insecure)", "--allow-insecure"))
    })?;
    let secret = if args.secret_stdin {
        let secret = crate::cli::auth::read_stdin(true, "secret", "--secret-stdin")?;
        webhook::check_secret(&secret).map_err(CliError::usage)?;
        Some(secret)
    } else {
        None
    };
    let client = global.client().await?;
    let created = client
        .run::<CreateAlertChannel>(create_alert_channel::Variables {
            input: create_alert_channel::AlertChannelInput {
                name: args.name,
                url: args.url,
                secret,
                allow_insecure: args.allow_insecure,
            },
        })
        .await?
        .create_alert_channel;
    if global.output == Format::Json {
        return Ok(Output::Record(json!({
            "secret": created.secret,
            "channel": to_value(&created.channel),
        })));
    }
    if global.terminal.stdout {
        eprintln!(
            "Alert channel {} ({}) -> {}. Its signing secret is shown this once:",
            created.channel.name, created.channel.id, created.channel.url
        );
    }
    // The secret alone on stdout, so that `> channel.secret` stores just it.
    Ok(Output::Message(created.secret))
}

pub async fn run_deliveries(
    args: DeliveriesArgs,
    global: &GlobalArgs,
) -> Result<Option<Output>, CliError> {
    for (what, value) in [("--alert", &args.alert), ("--channel", &args.channel)] {
        if let Some(value) = value {
            not_blank(what, value)?;
        }
    }
    let status = args.status.map(|s| match s {
        StatusArg::Pending => alert_deliveries::AlertDeliveryStatus::PENDING,
        StatusArg::Delivered => alert_deliveries::AlertDeliveryStatus::DELIVERED,
        StatusArg::Dead => alert_deliveries::AlertDeliveryStatus::DEAD,
    });
    let filter = alert_deliveries::AlertDeliveryFilter {
        status,
        alert_id: args.alert.clone(),
        channel_id: args.channel.clone(),
    };
    let client = global.client().await?;
    let columns = vec![
        Column::new("ID", "id"),
        Column::with("STATUS", "status", status_cell),
        Column::new("EVENT", "event"),
        Column::new("CHANNEL", "channel.name"),
        Column::new("ALERT", "alertId"),
        Column::new("ATTEMPTS", "attempts"),
        Column::new("NEXT ATTEMPT", "nextAttemptAt"),
        Column::new("LAST ERROR", "lastError"),
        Column::new("CREATED", "createdAt"),
    ];
    pages::list_pages!(
        client,
        &args.pages,
        global,
        "deliveries",
        columns,
        AlertDeliveries in alert_deliveries.alert_deliveries,
        |pagination| alert_deliveries::Variables {
            filter: Some(filter.clone()),
            pagination,
        }
    )
    .await
}
