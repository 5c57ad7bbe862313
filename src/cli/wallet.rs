//! `vpnmine wallet ...`: your tokens — balance, ledger history, and withdrawals.
//!
//! `withdraw` moves money: it shows the amount, fee and net first and asks on a terminal;
//! without one it needs --yes (exit 2 naming it otherwise) and never waits for input. Every
//! request carries an idempotency key (a fresh UUID per invocation unless --idempotency-key
//! is given), so a request the transport retries cannot hold twice.

use clap::{Args, Subcommand, ValueEnum};
use serde_json::Value;

use super::GlobalArgs;
use super::analytics::object;
use super::pages::{self, PageArgs};
use crate::client::operations::{
    CancelWithdrawal, MyWithdrawals, RequestWithdrawal, Wallet, WalletHistory, WithdrawalQuote,
    cancel_withdrawal, my_withdrawals, request_withdrawal, wallet, wallet_history,
    withdrawal_quote,
};
use crate::domain::money::Tokens;
use crate::domain::parse_instant;
use crate::domain::reward::MAX_IDEMPOTENCY_KEY;
use crate::error::CliError;
use crate::output::{Column, Output};

#[derive(Debug, Subcommand)]
pub enum WalletCommand {
    /// Your balance, what is held for withdrawals, what is available, and the withdrawal rules.
    #[command(after_help = "Examples:
  vpnmine wallet balance
  vpnmine wallet balance -o json | jq -r .available")]
    Balance,
    /// Your ledger entries, newest first, each with the balance after it.
    #[command(
        after_help = "Kinds: CLAIM (+), SPEND (-), HOLD (-, a withdrawal's amount set aside),
RELEASE (+, the hold ended), FEE (-), PAYOUT (-). The balance after an entry leaves holds
and releases out; what is available is the balance minus what is held.

Examples:
  vpnmine wallet history
  vpnmine wallet history --from -30d --all -o csv > ledger.csv"
    )]
    History(HistoryArgs),
    /// Request a withdrawal of your tokens to a destination address.
    #[command(
        after_help = "The amount leaves your balance (it is held until paid, rejected or cancelled); the
fee comes out of it and the destination receives the rest. The amount, fee and net are
shown before asking on a terminal; without one, pass --yes. Refused: exit 2 for an amount
or address the rules refuse or more than is available, 5 past today's limit (UTC).

Examples:
  vpnmine wallet withdraw --amount 25 --to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed
  vpnmine wallet withdraw --amount 25 --to 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed --yes -o json"
    )]
    Withdraw(WithdrawArgs),
    /// Cancel one of your pending withdrawals (its hold is released).
    #[command(after_help = "Examples:
  vpnmine wallet cancel wdr-0a1b2c3d")]
    Cancel(IdArg),
    /// Your withdrawals, newest first.
    #[command(after_help = "Examples:
  vpnmine wallet withdrawals
  vpnmine wallet withdrawals --status pending -o json")]
    Withdrawals(ListArgs),
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Only entries at or after this time: RFC 3339, a date, now/today/yesterday, or an
    /// offset like -7d [default: the first entry].
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub from: Option<String>,
    /// Only entries before this time (same forms as --from) [default: now].
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub to: Option<String>,
    #[command(flatten)]
    pub pages: PageArgs,
}

#[derive(Debug, Args)]
pub struct WithdrawArgs {
    /// Tokens to withdraw, fee included (at most 6 decimals).
    #[arg(long, value_name = "TOKENS", allow_negative_numbers = true, value_parser = parse_amount)]
    pub amount: Tokens,
    /// The destination address (by default an EVM address, 0x + 40 hex digits).
    #[arg(long = "to", value_name = "ADDRESS")]
    pub to: String,
    /// Do not ask for confirmation (needed without a terminal).
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Idempotency key (1-128 characters) [default: a new UUID]: reuse one to retry safely
    /// across runs.
    #[arg(long, value_name = "KEY", value_parser = parse_key)]
    pub idempotency_key: Option<String>,
}

#[derive(Debug, Args)]
pub struct IdArg {
    /// The withdrawal's id.
    #[arg(value_name = "ID")]
    pub id: String,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only withdrawals in this state.
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,
    #[command(flatten)]
    pub pages: PageArgs,
}

/// A withdrawal's state, as `--status` takes it.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusArg {
    Pending,
    Approved,
    Paid,
    Rejected,
    Cancelled,
}

/// Converts a [`StatusArg`] into an operation's generated `WithdrawalStatus`.
macro_rules! status_of {
    ($module:ident, $arg:expr) => {
        match $arg {
            StatusArg::Pending => $module::WithdrawalStatus::PENDING,
            StatusArg::Approved => $module::WithdrawalStatus::APPROVED,
            StatusArg::Paid => $module::WithdrawalStatus::PAID,
            StatusArg::Rejected => $module::WithdrawalStatus::REJECTED,
            StatusArg::Cancelled => $module::WithdrawalStatus::CANCELLED,
        }
    };
}
pub(crate) use status_of;

fn parse_amount(input: &str) -> Result<Tokens, String> {
    let amount: Tokens = input.trim().parse().map_err(|e| format!("{e}"))?;
    if !amount.is_positive() {
        return Err(format!("a withdrawal is a positive amount, got {amount}"));
    }
    Ok(amount)
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

/// The columns of a withdrawal list, for `wallet withdrawals` and `admin withdrawals list`.
pub(crate) fn withdrawal_columns() -> Vec<Column> {
    vec![
        Column::new("ID", "id"),
        Column::new("ACCOUNT", "accountId"),
        Column::new("STATUS", "status"),
        Column::new("AMOUNT", "amount"),
        Column::new("FEE", "fee"),
        Column::new("NET", "net"),
        Column::new("DESTINATION", "destination"),
        Column::new("REFERENCE", "payoutReference"),
        Column::new("REASON", "reason"),
        Column::new("CREATED", "createdAt"),
        Column::new("UPDATED", "updatedAt"),
    ]
}

/// One withdrawal as a record.
pub(crate) fn withdrawal_record(data: &impl serde::Serialize) -> Output {
    Output::Record(Value::Object(object(data)))
}

pub async fn run(command: WalletCommand, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    match command {
        WalletCommand::Balance => balance(global).await.map(Some),
        WalletCommand::History(args) => history(args, global).await,
        WalletCommand::Withdraw(args) => withdraw(args, global).await.map(Some),
        WalletCommand::Cancel(args) => cancel(args, global).await.map(Some),
        WalletCommand::Withdrawals(args) => withdrawals(args, global).await,
    }
}

async fn balance(global: &GlobalArgs) -> Result<Output, CliError> {
    let client = global.client().await?;
    let data = client.run::<Wallet>(wallet::Variables).await?;
    Ok(Output::Record(Value::Object(object(&data.wallet))))
}

async fn history(args: HistoryArgs, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    let now = chrono::Utc::now();
    let instant = |flag: &str, text: &Option<String>| {
        text.as_deref()
            .map(|t| parse_instant(t, now))
            .transpose()
            .map_err(|e| CliError::usage(format!("invalid {flag}: {e}")))
    };
    let (from, to) = (instant("--from", &args.from)?, instant("--to", &args.to)?);
    if let (Some(from), Some(to)) = (from, to)
        && from >= to
    {
        return Err(CliError::usage("--from must be before --to"));
    }
    let client = global.client().await?;
    let columns = vec![
        Column::new("TIME", "timestamp"),
        Column::new("KIND", "kind"),
        Column::new("AMOUNT", "amount"),
        Column::new("BALANCE AFTER", "balanceAfter"),
        Column::new("SERVER", "serverId"),
        Column::new("WITHDRAWAL", "withdrawalId"),
        Column::new("ID", "id"),
    ];
    pages::list_pages!(
        client,
        &args.pages,
        global,
        "ledger entries",
        columns,
        WalletHistory in wallet_history.wallet_history,
        |pagination| wallet_history::Variables {
            from,
            to,
            pagination,
        }
    )
    .await
}

async fn withdraw(args: WithdrawArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    // Refuse before anything is sent: without --yes only a person at a terminal may confirm.
    if !args.yes && !global.terminal.interactive() {
        return Err(CliError::usage(
            "wallet withdraw moves tokens: pass --yes to confirm; no terminal to ask on",
        ));
    }
    let client = global.client().await?;
    let quote = client
        .run::<WithdrawalQuote>(withdrawal_quote::Variables {
            amount: args.amount,
        })
        .await?
        .withdrawal_quote;
    if !args.yes {
        let question = format!(
            "Withdraw {} tokens to {}: fee {}, the destination receives {}. Continue?",
            quote.amount,
            args.to.trim(),
            quote.fee,
            quote.net
        );
        super::confirm(
            &global.terminal,
            "wallet withdraw moves tokens: pass --yes to confirm; no terminal to ask on",
            &question,
        )?;
    }
    // One key per invocation: a retry of this request by the transport finds the first hold.
    let key = args
        .idempotency_key
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    let data = client
        .run::<RequestWithdrawal>(request_withdrawal::Variables {
            amount: args.amount,
            destination: args.to,
            idempotency_key: Some(key),
        })
        .await?;
    Ok(withdrawal_record(&data.request_withdrawal))
}

async fn cancel(args: IdArg, global: &GlobalArgs) -> Result<Output, CliError> {
    let client = global.client().await?;
    let data = client
        .run::<CancelWithdrawal>(cancel_withdrawal::Variables { id: args.id })
        .await?;
    Ok(withdrawal_record(&data.cancel_withdrawal))
}

async fn withdrawals(args: ListArgs, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    let client = global.client().await?;
    let status = args.status.map(|s| status_of!(my_withdrawals, s));
    pages::list_pages!(
        client,
        &args.pages,
        global,
        "withdrawals",
        withdrawal_columns(),
        MyWithdrawals in my_withdrawals.my_withdrawals,
        |pagination| my_withdrawals::Variables {
            status: status.clone(),
            pagination,
        }
    )
    .await
}
