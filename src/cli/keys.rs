//! `vpnmine keys reality | wireguard | uuid | short-id`: key material for server
//! configurations, generated on this machine. No platform is involved: no endpoint, profile or
//! token is read, so the commands work before anything is configured.
//!
//! Decisions:
//! - Private keys go to stdout only (never a file, never a log); redirect it where they belong.
//! - Private keys are clamped as `wg genkey` and `xray x25519` print them.
//! - Every value passes the validator the server applies to configurations before it is
//!   printed; a failure is a bug and exits 1 without printing anything.
//! - `uuid` and `short-id` take `--plain`: one bare value a line, for `$(...)` in scripts
//!   (the table has a header even when piped; `-o json` gives an array of strings).

use std::io::Write as _;

use clap::{Args, Subcommand};
use rand::RngExt as _;
use serde_json::Value;

use super::GlobalArgs;
use crate::domain::key_material::{self as keys, DEFAULT_SHORT_ID_LENGTH, UUID_COUNT};
use crate::domain::validate::ValidationError;
use crate::error::CliError;
use crate::output::{Column, Format, Output};

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// A REALITY (x25519) private key and its public key.
    #[command(
        after_help = "The private key goes in the server's REALITY settings (privateKey),
the public key in clients' links (pbk). Both are 43 characters of unpadded base64url, as
`xray x25519` prints them.

Examples:
  vpnmine keys reality
  vpnmine keys reality -o json | jq -r .privateKey"
    )]
    Reality,
    /// A WireGuard key pair and a preshared key.
    #[command(
        after_help = "Each key is 44 characters of standard base64, as `wg genkey`,
`wg pubkey` and `wg genpsk` print them.

Examples:
  vpnmine keys wireguard
  vpnmine keys wireguard -o json | jq -r .presharedKey"
    )]
    Wireguard,
    /// Version-4 UUIDs for VLESS and REALITY clients.
    #[command(after_help = "Examples:
  vpnmine keys uuid
  vpnmine keys uuid --count 3 -o json
  id=$(vpnmine keys uuid --plain)")]
    Uuid(UuidArgs),
    /// A REALITY shortId: hex digits, an even number of them.
    #[command(after_help = "Examples:
  vpnmine keys short-id
  vpnmine keys short-id --length 8 --plain")]
    ShortId(ShortIdArgs),
}

#[derive(Debug, Args)]
pub struct UuidArgs {
    /// How many UUIDs to generate (1 to 10000).
    #[arg(long, default_value_t = 1, value_name = "N",
          value_parser = clap::value_parser!(u32).range(*UUID_COUNT.start() as i64..=*UUID_COUNT.end() as i64))]
    pub count: u32,
    /// One bare UUID a line, no header (not with -o json or csv).
    #[arg(long)]
    pub plain: bool,
}

#[derive(Debug, Args)]
pub struct ShortIdArgs {
    /// Hex digits: even, 2 to 16.
    #[arg(long, default_value_t = DEFAULT_SHORT_ID_LENGTH, value_name = "L",
          value_parser = parse_short_id_length)]
    pub length: usize,
    /// The bare shortId, no header (not with -o json or csv).
    #[arg(long)]
    pub plain: bool,
}

fn parse_short_id_length(input: &str) -> Result<usize, String> {
    let length: usize = input
        .trim()
        .parse()
        .map_err(|_| format!("'{input}' is not a number of hex digits"))?;
    keys::check_short_id_length(length)
}

/// A generated value failed the server's validator: a bug in the generator, never the user's.
fn bug(error: ValidationError) -> CliError {
    CliError::failed(format!(
        "internal error: a generated value failed validation ({error}); nothing was printed"
    ))
}

pub fn run(command: KeysCommand, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    let mut rng = rand::rng();
    match command {
        KeysCommand::Reality => {
            let keys = keys::reality_keys(rng.random()).map_err(bug)?;
            Ok(Some(record(&keys)))
        }
        KeysCommand::Wireguard => {
            let keys = keys::wireguard_keys(rng.random(), rng.random()).map_err(bug)?;
            Ok(Some(record(&keys)))
        }
        KeysCommand::Uuid(args) => {
            let uuids = (0..args.count)
                .map(|_| keys::uuid_v4(rng.random()))
                .collect::<Result<Vec<_>, _>>()
                .map_err(bug)?;
            values(uuids, "UUID", args.plain, global)
        }
        KeysCommand::ShortId(args) => {
            let id = keys::short_id(rng.random(), args.length).map_err(bug)?;
            values(vec![id], "SHORT ID", args.plain, global)
        }
    }
}

fn record(keys: &impl serde::Serialize) -> Output {
    Output::Record(serde_json::to_value(keys).expect("keys serialize to JSON"))
}

/// A one-column list of values (`-o json`: an array of strings), or with `--plain` the bare
/// values a line each, written here.
fn values(
    values: Vec<String>,
    header: &'static str,
    plain: bool,
    global: &GlobalArgs,
) -> Result<Option<Output>, CliError> {
    if !plain {
        let items = values.into_iter().map(Value::String).collect();
        return Ok(Some(Output::list(vec![Column::new(header, "")], items)));
    }
    if global.output != Format::Table {
        return Err(CliError::usage(format!(
            "--plain prints bare values; it cannot be combined with -o {}",
            global.output
        )));
    }
    let mut text = values.join("\n");
    text.push('\n');
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(None),
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(None),
        Err(e) => Err(CliError::failed(format!("cannot write to stdout: {e}"))),
    }
}
