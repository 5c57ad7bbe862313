//! `vpnmine mining ...`: starting mining, claiming rewards, and mining settings.

use std::future::Future;
use std::time::Duration;

use clap::{ArgGroup, Args, Subcommand};
use serde_json::{Value, json};

use super::GlobalArgs;
use super::servers::parse_server_id;
use crate::client::Client;
use crate::client::operations::{
    ClaimMiningRewards, ConfigureMiningSettings, Earnings, Me, MiningServers, StartMining,
    StopMining, claim_mining_rewards, configure_mining_settings, earnings, me, mining_servers,
    start_mining, stop_mining,
};
use crate::domain::parse_instant;
use crate::domain::reward::{MAX_IDEMPOTENCY_KEY, RATE_RANGE};
use crate::error::{CliError, ErrorKind};
use crate::output::{Column, Format, Output, Section};
use chrono::SubsecRound as _;

#[derive(Debug, Subcommand)]
pub enum MiningCommand {
    /// Open a mining activity on a server you own (admins: any); returns the open activity.
    #[command(
        after_help = "The server must have mining enabled (`vpnmine servers enable ID`), be reporting,
and offer an enabled protocol with a valid configuration. Starting a mining server again
returns its open activity.

Examples:
  vpnmine mining start srv-1a2b3c
  vpnmine mining start srv-1a2b3c -o json | jq -r .currentReward"
    )]
    Start(StartArgs),
    /// Stop a server's mining: close its open activity (owner or admins).
    #[command(
        after_help = "Mining stays enabled: `vpnmine mining start ID` opens a new activity. Claim first:
rewards accrue only while an activity is open, and what was not claimed before the stop no
longer accrues. Stopping a stopped server shows its latest activity again.

Examples:
  vpnmine mining claim srv-1a2b3c && vpnmine mining stop srv-1a2b3c
  vpnmine mining stop srv-1a2b3c -o json | jq .endTime"
    )]
    Stop(StartArgs),
    /// Change a server's mining settings; without options, show them.
    #[command(after_help = "Examples:
  vpnmine mining configure srv-1a2b3c                     # show the settings and thresholds
  vpnmine mining configure srv-1a2b3c --rate 1.5 --minimum-claim 25
  vpnmine mining configure srv-1a2b3c --disable           # closes the open activity")]
    Configure(ConfigureArgs),
    /// Claim the accrued rewards of servers, one row per server.
    #[command(
        after_help = "Every claim carries an idempotency key (a random UUID per server, reused when a
request is retried after a network failure), so a claim is never paid twice. Give your own
key with --idempotency-key to retry safely across runs: the same key returns the first
claim's result and pays nothing more.

Rows: RESULT is paid, refused (a rule such as COOLDOWN, THRESHOLD or BUDGET, the platform's
daily emission budget, said no for now; see RULE, MESSAGE and RETRY AT) or error. Exit 0 when
every claim was paid, 5 when a rule refused some (and none failed), 1 when any failed (or that
error's code when every claim failed the same way, e.g. 3 for an unknown server, 4 when you do
not own it).

Examples:
  vpnmine mining claim srv-1a2b3c
  vpnmine mining claim --all -o csv >> claims.csv        # nightly, from cron
  vpnmine mining claim srv-1a2b3c --idempotency-key \"$(uuidgen)\""
    )]
    Claim(ClaimArgs),
    /// An earnings statement from the ledger: gross rewards, fees, withdrawals, spending and
    /// net, per server, day, week or month, with the balance at the start and the end.
    #[command(
        after_help = "Amounts are exact decimal strings, signed as the ledger has them: rewards positive,
fees, withdrawals (payouts) and spending negative; NET is their sum, what the balance moved by
(held withdrawals aside). START BALANCE + NET = END BALANCE to the micro-token, and the TOTAL
row is the sum of the groups. By server, entries of no server (fees, payouts, spending) are one
group, `none`. Days, ISO weeks (from Monday) and months are UTC; the period is [--from, --to).
Admins may read any account's statement (--account ID, or `platform` for the fee account).

Output: a statement record, the groups and the total (table, json); in CSV one row per group
and a TOTAL row that also carries START BALANCE and END BALANCE.

Examples:
  vpnmine mining earnings                                # all time, per server
  vpnmine mining earnings --from -30d --by day
  vpnmine mining earnings --from 2026-01-01 --to 2026-04-01 --by month -o csv > q1.csv
  vpnmine mining earnings --account usr-1a2b3c -o json | jq -r .total.net"
    )]
    Earnings(EarningsArgs),
}

#[derive(Debug, Args)]
pub struct EarningsArgs {
    /// Start of the period: RFC 3339, a date, now/today/yesterday, or an offset like -30d
    /// [default: the beginning].
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub from: Option<String>,
    /// End of the period, excluded (same forms as --from).
    #[arg(
        long,
        value_name = "TIME",
        default_value = "now",
        allow_hyphen_values = true
    )]
    pub to: String,
    /// How to group the entries.
    #[arg(long, value_enum, default_value_t = EarningsBy::Server)]
    pub by: EarningsBy,
    /// Another account's statement (admins): its id, or `platform`.
    #[arg(long, value_name = "ID")]
    pub account: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum EarningsBy {
    Server,
    Day,
    Week,
    Month,
}

#[derive(Debug, Args)]
pub struct StartArgs {
    /// The server's id.
    #[arg(value_parser = parse_server_id)]
    pub id: String,
}

#[derive(Debug, Args)]
pub struct ConfigureArgs {
    /// The server's id.
    #[arg(value_parser = parse_server_id)]
    pub id: String,
    /// Turn mining on.
    #[arg(long, conflicts_with = "disable")]
    pub enable: bool,
    /// Turn mining off (closes the open activity; unclaimed rewards stay claimable).
    #[arg(long)]
    pub disable: bool,
    /// Rate multiplier, 0.1-2.0.
    #[arg(long, value_parser = parse_rate)]
    pub rate: Option<f64>,
    /// Smallest amount a claim pays out (at least the platform minimum).
    #[arg(long, value_name = "TOKENS", value_parser = parse_minimum_claim)]
    pub minimum_claim: Option<f64>,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("servers").required(true).args(["ids", "all"])))]
pub struct ClaimArgs {
    /// Servers to claim for.
    #[arg(value_name = "ID", value_parser = parse_server_id)]
    pub ids: Vec<String>,
    /// Every server of the logged-in operator.
    #[arg(long, conflicts_with = "ids")]
    pub all: bool,
    /// Idempotency key for a claim on one server (1-128 characters); reuse it to retry
    /// safely across runs.
    #[arg(long, value_name = "KEY", value_parser = parse_key, conflicts_with = "all")]
    pub idempotency_key: Option<String>,
}

fn parse_rate(input: &str) -> Result<f64, String> {
    let rate: f64 = input
        .trim()
        .parse()
        .map_err(|_| format!("'{input}' is not a number"))?;
    if !RATE_RANGE.contains(&rate) {
        return Err(format!(
            "{rate} is out of range: expected {}-{}",
            RATE_RANGE.start(),
            RATE_RANGE.end()
        ));
    }
    Ok(rate)
}

fn parse_minimum_claim(input: &str) -> Result<f64, String> {
    let minimum: f64 = input
        .trim()
        .parse()
        .map_err(|_| format!("'{input}' is not a number"))?;
    // The platform's own minimum is the server's to check: each platform sets its own.
    if !minimum.is_finite() || minimum < 0.0 {
        return Err(format!(
            "expected a number of tokens of 0 or more, got {minimum}"
        ));
    }
    Ok(minimum)
}

fn parse_key(input: &str) -> Result<String, String> {
    let key = input.trim();
    if key.is_empty() || key.len() > MAX_IDEMPOTENCY_KEY {
        return Err(format!(
            "expected 1-{MAX_IDEMPOTENCY_KEY} characters, e.g. a UUID from `uuidgen`"
        ));
    }
    Ok(key.to_string())
}

/// `None` when the command rendered its rows itself (a claim run that exits non-zero still
/// prints every row).
pub async fn run(command: MiningCommand, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    match command {
        MiningCommand::Start(args) => start(args, global).await.map(Some),
        MiningCommand::Stop(args) => stop(args, global).await.map(Some),
        MiningCommand::Configure(args) => configure(args, global).await.map(Some),
        MiningCommand::Claim(args) => claim(args, global).await,
        MiningCommand::Earnings(args) => earnings(args, global).await.map(Some),
    }
}

async fn earnings(args: EarningsArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let now = chrono::Utc::now().trunc_subsecs(0);
    let instant = |flag: &str, text: &str| {
        parse_instant(text, now).map_err(|e| CliError::usage(format!("invalid {flag}: {e}")))
    };
    let to = instant("--to", &args.to)?;
    let from = args
        .from
        .as_deref()
        .map(|f| instant("--from", f))
        .transpose()?;
    if from.is_some_and(|from| from > to) {
        return Err(CliError::usage("--from must not be after --to")
            .with_hint("swap the two, or widen the period"));
    }
    let by = match args.by {
        EarningsBy::Server => earnings::EarningsGrouping::SERVER,
        EarningsBy::Day => earnings::EarningsGrouping::DAY,
        EarningsBy::Week => earnings::EarningsGrouping::WEEK,
        EarningsBy::Month => earnings::EarningsGrouping::MONTH,
    };
    let client = global.client().await?;
    let data = client
        .run::<Earnings>(earnings::Variables {
            from,
            to: Some(to),
            by,
            account_id: args.account,
        })
        .await?;
    let statement = data.earnings;
    let figures = |key: Value, server: Value, start: Value, f: Value| {
        let mut row = json!({"key": key, "serverId": server, "periodStart": start});
        if let (Value::Object(row), Value::Object(f)) = (&mut row, f) {
            row.extend(f);
        }
        row
    };
    let groups: Vec<Value> = statement
        .groups
        .iter()
        .map(|g| {
            figures(
                json!(g.key),
                json!(g.server_id),
                json!(g.period_start),
                json!(g.figures),
            )
        })
        .collect();
    let columns = || {
        vec![
            Column::new("KEY", "key"),
            Column::new("GROSS", "gross"),
            Column::new("FEES", "fees"),
            Column::new("WITHDRAWALS", "withdrawals"),
            Column::new("SPENT", "spent"),
            Column::new("NET", "net"),
        ]
    };
    if global.output == Format::Csv {
        let mut total = figures(
            json!("TOTAL"),
            Value::Null,
            Value::Null,
            json!(statement.total),
        );
        total["startBalance"] = json!(statement.start_balance);
        total["endBalance"] = json!(statement.end_balance);
        let mut columns = columns();
        columns.insert(1, Column::new("SERVER", "serverId"));
        columns.insert(2, Column::new("PERIOD START", "periodStart"));
        columns.push(Column::new("START BALANCE", "startBalance"));
        columns.push(Column::new("END BALANCE", "endBalance"));
        let rows = groups.into_iter().chain(std::iter::once(total)).collect();
        return Ok(Output::list(columns, rows));
    }
    let summary = json!({
        "accountId": statement.account_id,
        "from": statement.from,
        "to": statement.to,
        "by": statement.by,
        "startBalance": statement.start_balance,
        "net": statement.total.net,
        "endBalance": statement.end_balance,
    });
    Ok(Output::Sections(vec![
        Section::new("statement", "Earnings statement", Output::Record(summary)),
        Section::new(
            "groups",
            format!("By {}", format!("{:?}", args.by).to_lowercase()),
            Output::list(columns(), groups),
        ),
        Section::new("total", "Total", Output::Record(json!(statement.total))),
    ]))
}

async fn start(args: StartArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let client = global.client().await?;
    let data = client
        .run::<StartMining>(start_mining::Variables { server_id: args.id })
        .await?;
    Ok(Output::Record(
        serde_json::to_value(data.start_mining).unwrap_or(Value::Null),
    ))
}

async fn stop(args: StartArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let client = global.client().await?;
    let data = client
        .run::<StopMining>(stop_mining::Variables { server_id: args.id })
        .await?;
    Ok(Output::Record(
        serde_json::to_value(data.stop_mining).unwrap_or(Value::Null),
    ))
}

async fn configure(args: ConfigureArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let enabled = match (args.enable, args.disable) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    };
    let client = global.client().await?;
    let data = client
        .run::<ConfigureMiningSettings>(configure_mining_settings::Variables {
            input: configure_mining_settings::MiningConfigInput {
                server_id: args.id,
                enabled,
                rate: args.rate,
                minimum_claim: args.minimum_claim,
            },
        })
        .await?;
    Ok(Output::Record(
        serde_json::to_value(data.configure_mining_settings).unwrap_or(Value::Null),
    ))
}

/// Attempts per claim: the first and up to this many retries after a network failure or a
/// rate limit, all with the same idempotency key.
const CLAIM_RETRIES: u32 = 3;
const FIRST_BACKOFF: Duration = Duration::from_millis(500);

/// The outcome of one server's claim.
#[derive(Debug)]
struct ClaimRow {
    row: Value,
    error: Option<CliError>,
    refused: bool,
}

/// Whether a failed claim request may be sent again: the platform could not be reached, or
/// rate-limited the request. Safe because the retry carries the same idempotency key.
fn retryable(error: &CliError) -> bool {
    matches!(error.kind, ErrorKind::Unreachable | ErrorKind::Refused)
}

/// Calls `send` with `key` until it succeeds, fails for good, or retries run out; waits
/// `backoff`, doubling, between attempts. The key never changes between attempts.
async fn with_retries<T, F, Fut>(key: &str, backoff: Duration, mut send: F) -> Result<T, CliError>
where
    F: FnMut(String) -> Fut,
    Fut: Future<Output = Result<T, CliError>>,
{
    let mut wait = backoff;
    let mut attempt = 0;
    loop {
        match send(key.to_string()).await {
            Err(e) if retryable(&e) && attempt < CLAIM_RETRIES => {
                attempt += 1;
                tokio::time::sleep(wait).await;
                wait *= 2;
            }
            other => return other,
        }
    }
}

fn claim_row(
    server_id: &str,
    key: &str,
    result: Result<claim_mining_rewards::ClaimMiningRewardsClaimMiningRewards, CliError>,
) -> ClaimRow {
    match result {
        Ok(claim) => {
            let rule = claim.refused_by.as_ref().map(|r| {
                serde_json::to_value(r)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_else(|| format!("{r:?}"))
            });
            let refused = !claim.success;
            ClaimRow {
                row: json!({
                    "serverId": server_id,
                    "result": if claim.success { "paid" } else { "refused" },
                    "amount": claim.amount,
                    "balance": claim.new_balance,
                    "rule": rule,
                    "message": claim.message,
                    "retryAt": claim.retry_at,
                    "claimId": claim.claim_id,
                    "idempotencyKey": key,
                    "errorCode": Value::Null,
                }),
                error: None,
                refused,
            }
        }
        // A rate limit that outlasted the retries: refused for now, not failed.
        Err(e) if e.kind == ErrorKind::Refused => ClaimRow {
            row: json!({
                "serverId": server_id,
                "result": "refused",
                "amount": Value::Null,
                "balance": Value::Null,
                "rule": "RATE_LIMIT",
                "message": e.to_string().replace('\n', "; "),
                "retryAt": Value::Null,
                "claimId": Value::Null,
                "idempotencyKey": key,
                "errorCode": e.code,
            }),
            error: None,
            refused: true,
        },
        Err(e) => ClaimRow {
            row: json!({
                "serverId": server_id,
                "result": "error",
                "amount": Value::Null,
                "balance": Value::Null,
                "rule": Value::Null,
                "message": e.message,
                "retryAt": Value::Null,
                "claimId": Value::Null,
                "idempotencyKey": key,
                "errorCode": e.code,
            }),
            error: Some(e),
            refused: false,
        },
    }
}

/// The columns of `mining claim`.
pub fn claim_columns() -> Vec<Column> {
    vec![
        Column::new("SERVER", "serverId"),
        Column::new("RESULT", "result"),
        Column::amount("AMOUNT", "amount"),
        Column::amount("BALANCE", "balance"),
        Column::new("RULE", "rule"),
        Column::new("MESSAGE", "message"),
        Column::new("RETRY AT", "retryAt"),
    ]
}

/// The error a claim run exits with, if any: a failure beats a refusal. When every claim
/// failed the same way (one server unknown, the platform unreachable) that error's own code;
/// otherwise 1 for failures, 5 for refusals.
fn run_outcome(rows: &[ClaimRow]) -> Option<CliError> {
    let total = rows.len();
    let errors: Vec<&CliError> = rows.iter().filter_map(|r| r.error.as_ref()).collect();
    if let Some(first) = errors.first() {
        if errors.len() == total && errors.iter().all(|e| e.kind == first.kind) {
            if total == 1 {
                return Some((*first).clone());
            }
            return Some(
                CliError::new(
                    first.kind,
                    format!("all {total} claims failed: {}", first.message),
                )
                .with_hint("nothing was paid; see MESSAGE in each row"),
            );
        }
        return Some(
            CliError::failed(format!(
                "{} of {total} claims failed (first: {})",
                errors.len(),
                first.message
            ))
            .with_hint("the other rows were processed; rerun for the failed servers"),
        );
    }
    let refused = rows.iter().filter(|r| r.refused).count();
    (refused > 0).then(|| {
        CliError::new(
            ErrorKind::Refused,
            format!("{refused} of {total} claims refused for now by a rule"),
        )
        .with_hint("see RULE, MESSAGE and RETRY AT in each row")
    })
}

/// Every server owned by the logged-in account, all pages.
async fn own_servers(client: &Client) -> Result<Vec<String>, CliError> {
    let me = client.run::<Me>(me::Variables).await?.me;
    let mut ids = Vec::new();
    let mut page = 1;
    loop {
        let data = client
            .run::<MiningServers>(mining_servers::Variables {
                filters: Some(mining_servers::ServerFilters {
                    protocol: None,
                    location: None,
                    status: None,
                    mining_enabled: None,
                    search: None,
                    owner_id: Some(me.id.clone()),
                }),
                pagination: Some(mining_servers::PaginationInput {
                    page,
                    size: i64::from(crate::domain::LARGEST_PAGE),
                    sort: None,
                }),
            })
            .await?
            .mining_servers;
        ids.extend(data.items.into_iter().map(|s| s.id));
        if !data.page_info.has_next {
            return Ok(ids);
        }
        page += 1;
    }
}

async fn claim(args: ClaimArgs, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    let mut ids: Vec<String> = Vec::new();
    for id in args.ids {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    if args.idempotency_key.is_some() && ids.len() != 1 {
        return Err(
            CliError::usage("--idempotency-key applies to a claim on exactly one server")
                .with_hint("give one ID, or leave the key out: each server then gets its own"),
        );
    }
    let client = global.client().await?;
    if args.all {
        ids = own_servers(&client).await?;
    }
    let bar = if args.all {
        super::pages::progress(
            global,
            ids.len() as u64,
            "claiming {bar:30} {pos}/{len} {msg}",
        )
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut rows = Vec::with_capacity(ids.len());
    for id in &ids {
        bar.set_message(id.clone());
        // One key per server and run, made before the first attempt and kept for retries.
        let key = args
            .idempotency_key
            .clone()
            .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
        let result = with_retries(&key, FIRST_BACKOFF, |key| {
            client.run::<ClaimMiningRewards>(claim_mining_rewards::Variables {
                server_id: id.clone(),
                idempotency_key: Some(key),
            })
        })
        .await
        .map(|data| data.claim_mining_rewards);
        rows.push(claim_row(id, &key, result));
        bar.inc(1);
    }
    bar.finish_and_clear();
    let outcome = run_outcome(&rows);
    let output = Output::list(claim_columns(), rows.into_iter().map(|r| r.row).collect());
    match outcome {
        None => Ok(Some(output)),
        Some(error) => {
            // The rows still go to stdout; the summary goes to stderr with the exit code.
            super::print_output(&output, global)?;
            Err(error)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    fn row(error: Option<ErrorKind>, refused: bool) -> ClaimRow {
        ClaimRow {
            row: Value::Null,
            error: error.map(|k| CliError::new(k, "boom")),
            refused,
        }
    }

    #[test]
    fn exit_codes_of_a_claim_run() {
        assert!(run_outcome(&[]).is_none());
        assert!(run_outcome(&[row(None, false), row(None, false)]).is_none());
        let refused = run_outcome(&[row(None, false), row(None, true)]).unwrap();
        assert_eq!(refused.exit_code(), 5);
        assert!(refused.message.contains("1 of 2"), "{refused}");
        let failed = run_outcome(&[row(None, true), row(Some(ErrorKind::NotFound), false)]);
        assert_eq!(failed.unwrap().exit_code(), 1);
        let mixed = run_outcome(&[
            row(Some(ErrorKind::NotFound), false),
            row(Some(ErrorKind::Auth), false),
        ]);
        assert_eq!(mixed.unwrap().exit_code(), 1);
        assert_eq!(
            run_outcome(&[row(Some(ErrorKind::Auth), false)])
                .unwrap()
                .exit_code(),
            4
        );
        assert_eq!(
            run_outcome(&[
                row(Some(ErrorKind::Unreachable), false),
                row(Some(ErrorKind::Unreachable), false)
            ])
            .unwrap()
            .exit_code(),
            6
        );
    }

    #[tokio::test]
    async fn retries_reuse_the_key_and_stop_on_success_or_for_good() {
        let seen = Mutex::new(Vec::new());
        let result = with_retries("k-1", Duration::ZERO, |key| {
            let mut seen = seen.lock().unwrap();
            seen.push(key);
            let n = seen.len();
            async move {
                if n < 3 {
                    Err(CliError::new(ErrorKind::Unreachable, "down"))
                } else {
                    Ok(n)
                }
            }
        })
        .await;
        assert_eq!(result.unwrap(), 3);
        assert_eq!(*seen.lock().unwrap(), ["k-1", "k-1", "k-1"]);

        let attempts = Mutex::new(0);
        let result: Result<(), _> = with_retries("k-2", Duration::ZERO, |_| {
            *attempts.lock().unwrap() += 1;
            async { Err(CliError::new(ErrorKind::NotFound, "no such server")) }
        })
        .await;
        assert_eq!(result.unwrap_err().kind, ErrorKind::NotFound);
        assert_eq!(*attempts.lock().unwrap(), 1, "not-found is not retried");

        let attempts = Mutex::new(0);
        let result: Result<(), _> = with_retries("k-3", Duration::ZERO, |_| {
            *attempts.lock().unwrap() += 1;
            async { Err(CliError::new(ErrorKind::Unreachable, "down")) }
        })
        .await;
        assert!(result.is_err());
        assert_eq!(*attempts.lock().unwrap(), 1 + CLAIM_RETRIES);
    }

    #[test]
    fn flags_are_checked() {
        assert!(parse_rate("1.5").is_ok());
        for bad in ["0", "2.5", "NaN", "x"] {
            assert!(parse_rate(bad).is_err(), "{bad}");
        }
        // The platform's minimum is the server's to check (it is configurable there).
        assert!(parse_minimum_claim("25").is_ok());
        assert!(parse_minimum_claim("1").is_ok());
        for bad in ["-1", "inf", "NaN", "x"] {
            assert!(parse_minimum_claim(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_key(" abc ").unwrap(), "abc");
        assert!(parse_key(" ").is_err());
        assert!(parse_key(&"k".repeat(129)).is_err());
    }
}
