//! The token economy (`tokenEconomy`, and the admin dashboard's panel) and earnings
//! statements (`earnings`), from the exact ledger.

use async_graphql::{Context, Enum, ID, Object, SimpleObject};
use chrono::{DateTime, SubsecRound as _, Utc};

use super::auth::require_account;
use super::mining::emission_policy;
use super::types::{Role, Timestamp};
use super::{ApiError, ApiResult};
use crate::domain::emission::{EmissionPolicy, day_start, next_reset};
use crate::domain::money::Tokens;
use crate::server::store::Store;
use crate::server::store::economy::{EarningsGroupRow, EconomyRow, Grouping};

/// Most groups one statement answers; a longer one is refused (VAL_001): ask for a shorter
/// period or a longer grouping. About three years of days.
pub const MAX_EARNINGS_GROUPS: usize = 1_100;

/// Withdrawals in one state: how many, and what they hold.
#[derive(SimpleObject, Clone, Copy, Debug, PartialEq, Eq)]
pub struct WithdrawalQueue {
    pub count: i32,
    /// The gross amounts held (fees included).
    pub amount: Tokens,
}

/// Where the platform's tokens are: all figures exact, as of `asOf`. Identity: circulating =
/// supply - spent - paidOut (fees move tokens to the platform account, which circulates too).
#[derive(SimpleObject, Clone, Debug, PartialEq, Eq)]
pub struct TokenEconomy {
    pub as_of: Timestamp,
    /// Minted by claims, all time.
    pub supply: Tokens,
    /// The sum of every account's balance, the platform account's included.
    pub circulating: Tokens,
    /// Spent on the service, all time.
    pub spent: Tokens,
    /// Paid out to destination addresses (payout entries), all time.
    pub paid_out: Tokens,
    /// Withdrawal fees the platform account collected, all time.
    pub fees_collected: Tokens,
    /// Set aside for pending and approved withdrawals.
    pub held: Tokens,
    pub pending_withdrawals: WithdrawalQueue,
    pub approved_withdrawals: WithdrawalQueue,
    /// Minted by claims in the current UTC day.
    pub claimed_today: Tokens,
    /// The daily emission budget (`vpnmine server --daily-emission`); null: unlimited.
    pub daily_budget: Option<Tokens>,
    /// What claims may still mint today; null: unlimited.
    pub budget_left: Option<Tokens>,
    /// When the day's budget resets: the next UTC midnight.
    pub budget_resets_at: Timestamp,
}

fn overflow() -> ApiError {
    ApiError::Internal("token totals overflow".into())
}

fn timestamp(seconds: i64) -> ApiResult<Timestamp> {
    DateTime::from_timestamp(seconds, 0)
        .ok_or_else(|| ApiError::Internal(format!("timestamp {seconds} out of range")))
}

fn queue(count: i64, amount: Tokens) -> WithdrawalQueue {
    WithdrawalQueue {
        count: i32::try_from(count).unwrap_or(i32::MAX),
        amount,
    }
}

/// The economy as of `now`, under `policy`. Shared by `tokenEconomy` and `adminDashboard`.
pub async fn token_economy(
    store: &Store,
    policy: &EmissionPolicy,
    now: DateTime<Utc>,
) -> ApiResult<TokenEconomy> {
    let seconds = now.timestamp();
    let row: EconomyRow = store
        .token_economy(day_start(seconds), next_reset(seconds))
        .await?;
    Ok(TokenEconomy {
        as_of: now,
        supply: row.supply,
        circulating: row.circulating,
        spent: row.spent,
        paid_out: row.paid_out,
        fees_collected: row.fees_collected,
        held: row
            .pending_amount
            .checked_add(row.approved_amount)
            .ok_or_else(overflow)?,
        pending_withdrawals: queue(row.pending_count, row.pending_amount),
        approved_withdrawals: queue(row.approved_count, row.approved_amount),
        claimed_today: row.claimed_today,
        daily_budget: policy.daily,
        budget_left: policy.left(row.claimed_today),
        budget_resets_at: timestamp(next_reset(seconds))?,
    })
}

/// How a statement groups its entries.
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum EarningsGrouping {
    /// One group per server; entries of no server (fees, withdrawals, spending) form one
    /// group with `serverId` null.
    Server,
    /// UTC days.
    Day,
    /// ISO weeks: from Monday 00:00 UTC.
    Week,
    /// Calendar months, UTC.
    Month,
}

impl From<EarningsGrouping> for Grouping {
    fn from(by: EarningsGrouping) -> Self {
        match by {
            EarningsGrouping::Server => Grouping::Server,
            EarningsGrouping::Day => Grouping::Day,
            EarningsGrouping::Week => Grouping::Week,
            EarningsGrouping::Month => Grouping::Month,
        }
    }
}

/// Sums of an account's ledger entries, signed as the ledger has them: credits positive,
/// debits negative. net = gross + fees + withdrawals + spent: what the balance moved by
/// (holds of pending withdrawals set amounts aside but do not move the balance).
#[derive(SimpleObject, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EarningsFigures {
    /// Rewards claimed.
    pub gross: Tokens,
    /// Withdrawal fees charged (negative); the platform account's collected fees (positive).
    pub fees: Tokens,
    /// What payouts sent to destination addresses (negative).
    pub withdrawals: Tokens,
    /// Spent on the service (negative).
    pub spent: Tokens,
    pub net: Tokens,
}

impl EarningsFigures {
    fn of(row: &EarningsGroupRow) -> Self {
        EarningsFigures {
            gross: row.gross,
            fees: row.fees,
            withdrawals: row.withdrawals,
            spent: row.spent,
            net: row.net,
        }
    }

    fn plus(self, other: &EarningsFigures) -> Option<Self> {
        Some(EarningsFigures {
            gross: self.gross.checked_add(other.gross)?,
            fees: self.fees.checked_add(other.fees)?,
            withdrawals: self.withdrawals.checked_add(other.withdrawals)?,
            spent: self.spent.checked_add(other.spent)?,
            net: self.net.checked_add(other.net)?,
        })
    }
}

/// One group of a statement.
#[derive(SimpleObject, Clone, Debug, PartialEq, Eq)]
pub struct EarningsGroup {
    /// The server id (SERVER; `none` for entries of no server), or the period's first day,
    /// YYYY-MM-DD (DAY, WEEK: its Monday; MONTH: the 1st).
    pub key: String,
    /// SERVER: the group's server; null for entries of no server.
    pub server_id: Option<ID>,
    /// DAY, WEEK, MONTH: when the period starts (00:00 UTC).
    pub period_start: Option<Timestamp>,
    pub figures: EarningsFigures,
}

/// An account's statement for `[from, to)`: startBalance + total.net = endBalance, and the
/// total is the sum of the groups, to the micro-token.
#[derive(SimpleObject, Clone, Debug, PartialEq, Eq)]
pub struct EarningsStatement {
    pub account_id: ID,
    pub from: Timestamp,
    pub to: Timestamp,
    pub by: EarningsGrouping,
    /// The balance (holds aside) at `from`.
    pub start_balance: Tokens,
    /// The balance at `to`.
    pub end_balance: Tokens,
    /// Oldest period first; by server, in server id order with the no-server group last.
    pub groups: Vec<EarningsGroup>,
    pub total: EarningsFigures,
}

/// The group key of entries of no server, when grouping by server.
pub const NO_SERVER: &str = "none";

fn group(row: &EarningsGroupRow) -> ApiResult<EarningsGroup> {
    let period_start = row.period_start.map(timestamp).transpose()?;
    let key = match (&row.server_id, period_start) {
        (_, Some(start)) => start.format("%Y-%m-%d").to_string(),
        (Some(server), None) => server.clone(),
        (None, None) => NO_SERVER.to_string(),
    };
    Ok(EarningsGroup {
        key,
        server_id: row.server_id.clone().map(ID),
        period_start,
        figures: EarningsFigures::of(row),
    })
}

#[derive(Default)]
pub struct EconomyQuery;

#[Object]
impl EconomyQuery {
    /// The platform's token economy: supply, circulation, spending, payouts, fees, held and
    /// pending withdrawals, and today's emission against the daily budget. Admins only:
    /// operators see their own figures in `earnings`, not the platform's.
    async fn token_economy(&self, ctx: &Context<'_>) -> ApiResult<TokenEconomy> {
        super::auth::require_admin(ctx)?;
        let store = ctx.data_unchecked::<Store>();
        // Whole seconds, as the day's bounds are.
        token_economy(store, &emission_policy(ctx), Utc::now().trunc_subsecs(0)).await
    }

    /// An earnings statement of the caller's account over `[from, to)` (default: from the
    /// beginning to now), grouped `by` server (default), day, week or month (UTC). Admins may
    /// ask for any account (`accountId`, `platform` for the fee account); others only for
    /// their own (AUTH_001). At most 1,100 groups (VAL_001 beyond: shorten the period or
    /// group by a longer one).
    async fn earnings(
        &self,
        ctx: &Context<'_>,
        from: Option<Timestamp>,
        to: Option<Timestamp>,
        #[graphql(default_with = "EarningsGrouping::Server")] by: EarningsGrouping,
        account_id: Option<ID>,
    ) -> ApiResult<EarningsStatement> {
        let caller = require_account(ctx)?;
        let store = ctx.data_unchecked::<Store>();
        let account = match account_id {
            Some(id) if id.as_str() != caller.id => {
                if caller.role != Role::Admin {
                    return Err(ApiError::Auth(
                        "only admins may read another account's earnings".into(),
                    ));
                }
                if !store.ledger_account_exists(&id).await? {
                    return Err(ApiError::not_found("account", &id));
                }
                id.to_string()
            }
            _ => caller.id.clone(),
        };
        let to = to.unwrap_or_else(Utc::now);
        let from = from.unwrap_or(DateTime::UNIX_EPOCH);
        if from > to {
            return Err(ApiError::Invalid(format!(
                "from ({}) is after to ({})",
                from.to_rfc3339(),
                to.to_rfc3339()
            )));
        }
        let rows = store
            .earnings(
                &account,
                from.timestamp(),
                to.timestamp(),
                by.into(),
                MAX_EARNINGS_GROUPS,
            )
            .await?
            .ok_or_else(|| {
                ApiError::Invalid(format!(
                    "the statement has more than {MAX_EARNINGS_GROUPS} groups: shorten the \
                     period or group by a longer one"
                ))
            })?;
        let groups = rows
            .groups
            .iter()
            .map(group)
            .collect::<ApiResult<Vec<_>>>()?;
        let total = groups
            .iter()
            .try_fold(EarningsFigures::default(), |sum, g| sum.plus(&g.figures))
            .ok_or_else(overflow)?;
        if rows.start_balance.checked_add(total.net) != Some(rows.end_balance) {
            return Err(ApiError::Internal(format!(
                "earnings of {account} do not reconcile: {} + {} != {}",
                rows.start_balance, total.net, rows.end_balance
            )));
        }
        Ok(EarningsStatement {
            account_id: ID(account),
            from,
            to,
            by,
            start_balance: rows.start_balance,
            end_balance: rows.end_balance,
            groups,
            total,
        })
    }
}
