//! The wallet and withdrawals: what an account holds, its ledger, and requests to send tokens
//! out, which admins approve, reject or mark paid.
//!
//! The rules are `domain::withdrawal`'s (the server's `--withdrawal-*` flags); the money moves
//! in `store::withdrawals`, one write-locked transaction per change.
//!
//! Decisions:
//! - Another account's withdrawal is RSC_001 to its non-admin caller, as one that does not
//!   exist: ids are not secrets, but whether someone withdrew is nobody else's business.
//! - The daily limit refuses with RTE_001 and `retryAfter` (seconds to the next UTC day): it is
//!   a refusal for now, not invalid input (the CLI exits 5, as for a claim's cooldown). Every
//!   other refusal (amount, address, balance, state) is VAL_001 and says why.
//! - Any logged-in account may request, against what is available to it (balance minus held):
//!   operators earn by claims; a user's spending leaves nothing to withdraw.

use async_graphql::{Context, Enum, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};

use super::audit::add_created_id;
use super::auth::{require_account, require_admin};
use super::servers::MAX_PAGE_SIZE;
use super::types::{PageInfo, PaginationInput, Timestamp};
use super::{ApiError, ApiResult};
use crate::domain::money::Tokens;
use crate::domain::reward::MAX_IDEMPOTENCY_KEY;
use crate::domain::withdrawal::{
    WithdrawalPolicy, WithdrawalRefusal, utc_day_start, validate_destination,
};
use crate::server::store::Store;
use crate::server::store::withdrawals::{
    HistoryRow, NewWithdrawal, NotChanged, Requested, WithdrawalFilter, WithdrawalRow,
};

/// Longest payout reference or rejection reason, in characters.
pub const MAX_TEXT_CHARS: usize = 256;
/// Longest withdrawal id accepted as an argument.
const MAX_ID_CHARS: usize = 64;

#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum WithdrawalStatus {
    /// Requested; its amount is held. The owner may cancel it.
    Pending,
    /// An admin approved it; it waits to be paid.
    Approved,
    /// Paid, under its payout reference.
    Paid,
    /// An admin refused it (see its reason); the hold was released.
    Rejected,
    /// The owner cancelled it while pending; the hold was released.
    Cancelled,
}

impl WithdrawalStatus {
    fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "PENDING",
            Self::Approved => "APPROVED",
            Self::Paid => "PAID",
            Self::Rejected => "REJECTED",
            Self::Cancelled => "CANCELLED",
        }
    }

    fn parse(text: &str) -> Self {
        match text {
            "APPROVED" => Self::Approved,
            "PAID" => Self::Paid,
            "REJECTED" => Self::Rejected,
            "CANCELLED" => Self::Cancelled,
            _ => Self::Pending,
        }
    }
}

/// A request to send tokens out of an account.
#[derive(SimpleObject, Clone, Debug)]
pub struct Withdrawal {
    pub id: ID,
    pub account_id: ID,
    /// What leaves the balance (held until paid, rejected or cancelled), fee included.
    pub amount: Tokens,
    /// Quoted at the request, charged when paid (to the platform account).
    pub fee: Tokens,
    /// What the destination receives: amount - fee.
    pub net: Tokens,
    pub destination: String,
    pub status: WithdrawalStatus,
    /// Set when paid: the transfer's reference (a transaction hash, say).
    pub payout_reference: Option<String>,
    /// Why it was rejected.
    pub reason: Option<String>,
    /// Who approved, rejected, paid or cancelled it last.
    pub decided_by: Option<ID>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// A page of withdrawals, newest first.
#[derive(SimpleObject, Clone, Debug)]
pub struct WithdrawalPage {
    pub items: Vec<Withdrawal>,
    pub page_info: PageInfo,
}

/// The platform's withdrawal rules, and where the caller stands today.
#[derive(SimpleObject, Clone, Debug)]
pub struct WithdrawalRules {
    pub minimum: Tokens,
    /// The fee's flat part.
    pub fee_flat: Tokens,
    /// The fee's share of the amount, as a percentage such as "1%" (at most 4 decimals).
    pub fee_percent: String,
    /// Most an account may request per UTC day (requests not rejected or cancelled); null: no
    /// limit.
    pub daily_limit: Option<Tokens>,
    /// What the caller requested today (UTC), not counting rejected or cancelled requests.
    pub used_today: Tokens,
    /// What the caller may still request today; null: no limit.
    pub left_today: Option<Tokens>,
    /// What a destination must look like: "evm" (0x + 40 hex digits, EIP-55 checked when
    /// mixed case) or "any".
    pub address_format: String,
}

/// The caller's tokens.
#[derive(SimpleObject, Clone, Debug)]
pub struct Wallet {
    pub account_id: ID,
    /// Every ledger entry but holds and releases.
    pub balance: Tokens,
    /// Set aside for pending and approved withdrawals.
    pub held: Tokens,
    /// What a withdrawal may take: balance - held.
    pub available: Tokens,
    pub rules: WithdrawalRules,
}

/// What a withdrawal of some amount costs, before it is requested.
#[derive(SimpleObject, Clone, Debug)]
pub struct WithdrawalQuote {
    pub amount: Tokens,
    pub fee: Tokens,
    /// What the destination would receive: amount - fee.
    pub net: Tokens,
}

#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum LedgerEntryKind {
    /// A server's rewards paid (+).
    Claim,
    /// Spending on the service (-).
    Spend,
    /// A withdrawal's amount set aside (-, available only).
    Hold,
    /// A hold ended (+, available only).
    Release,
    /// A withdrawal's fee (- on the account).
    Fee,
    /// Tokens sent out to a destination (-).
    Payout,
}

impl LedgerEntryKind {
    fn parse(text: &str) -> Self {
        match text {
            "claim" => Self::Claim,
            "spend" => Self::Spend,
            "hold" => Self::Hold,
            "release" => Self::Release,
            "fee" => Self::Fee,
            _ => Self::Payout,
        }
    }
}

/// One entry of the caller's ledger.
#[derive(SimpleObject, Clone, Debug)]
pub struct LedgerEntry {
    pub id: ID,
    pub kind: LedgerEntryKind,
    /// Signed: credits positive, debits negative.
    pub amount: Tokens,
    /// The balance (holds and releases excluded) after this entry.
    pub balance_after: Tokens,
    pub server_id: Option<ID>,
    pub withdrawal_id: Option<ID>,
    pub timestamp: Timestamp,
}

/// A page of ledger entries, newest first.
#[derive(SimpleObject, Clone, Debug)]
pub struct LedgerEntryPage {
    pub items: Vec<LedgerEntry>,
    pub page_info: PageInfo,
}

/// The platform's withdrawal policy, as the server was started with.
pub fn withdrawal_policy(ctx: &Context<'_>) -> WithdrawalPolicy {
    ctx.data_opt::<WithdrawalPolicy>()
        .copied()
        .unwrap_or_default()
}

fn timestamp(seconds: i64) -> Timestamp {
    DateTime::from_timestamp(seconds, 0).unwrap_or_default()
}

fn withdrawal(row: WithdrawalRow) -> Withdrawal {
    Withdrawal {
        id: ID(row.id),
        account_id: ID(row.account_id),
        amount: row.amount,
        fee: row.fee,
        net: row.amount.checked_sub(row.fee).unwrap_or(Tokens::ZERO),
        destination: row.destination,
        status: WithdrawalStatus::parse(&row.status),
        payout_reference: row.payout_reference,
        reason: row.reason,
        decided_by: row.decided_by.map(ID),
        created_at: timestamp(row.created_at),
        updated_at: timestamp(row.updated_at),
    }
}

fn ledger_entry(row: HistoryRow) -> LedgerEntry {
    LedgerEntry {
        id: ID(row.id),
        kind: LedgerEntryKind::parse(&row.kind),
        amount: row.amount,
        balance_after: row.balance_after,
        server_id: row.server_id.map(ID),
        withdrawal_id: row.withdrawal_id.map(ID),
        timestamp: timestamp(row.created_at),
    }
}

fn refusal(refusal: WithdrawalRefusal, now: i64) -> ApiError {
    match refusal {
        WithdrawalRefusal::DailyLimit { .. } => ApiError::RateLimited {
            message: refusal.to_string(),
            retry_after: u64::try_from(utc_day_start(now) + 86_400 - now).unwrap_or(1),
        },
        other => ApiError::Invalid(other.to_string()),
    }
}

/// Page and size, checked as every paginated field does; `(limit, offset)`.
pub(crate) fn page_window(pagination: Option<PaginationInput>) -> ApiResult<(i32, i32)> {
    let (page, size) = pagination.map_or((1, 20), |p| (p.page, p.size));
    if page < 1 || !(1..=MAX_PAGE_SIZE).contains(&size) {
        return Err(ApiError::Invalid(format!(
            "pagination needs page >= 1 and size 1-{MAX_PAGE_SIZE}, got page {page} size {size}"
        )));
    }
    Ok((page, size))
}

pub(crate) fn page_info(page: i32, size: i32, total: i64) -> PageInfo {
    let size64 = i64::from(size);
    let total_pages = i32::try_from((total + size64 - 1) / size64).unwrap_or(i32::MAX);
    PageInfo {
        total_items: i32::try_from(total).unwrap_or(i32::MAX),
        total_pages,
        current_page: page,
        page_size: size,
        has_next: page < total_pages,
        has_previous: page > 1,
    }
}

fn offset(page: i32, size: i32) -> i64 {
    (i64::from(page) - 1) * i64::from(size)
}

fn check_id(id: &ID) -> ApiResult<&str> {
    let id = id.trim();
    if id.is_empty() || id.chars().count() > MAX_ID_CHARS {
        return Err(ApiError::Invalid(format!(
            "a withdrawal id is 1-{MAX_ID_CHARS} characters"
        )));
    }
    Ok(id)
}

fn check_text(name: &str, text: &str) -> ApiResult<String> {
    let text = text.trim();
    if text.is_empty()
        || text.chars().count() > MAX_TEXT_CHARS
        || text.chars().any(char::is_control)
    {
        return Err(ApiError::Invalid(format!(
            "{name} is 1-{MAX_TEXT_CHARS} printable characters"
        )));
    }
    Ok(text.to_string())
}

/// The refusal of a status change, naming the state it found.
fn not_changed(id: &str, why: NotChanged, action: &str) -> ApiError {
    match why {
        NotChanged::NotFound => ApiError::not_found("withdrawal", id),
        NotChanged::State(row) => ApiError::Invalid(format!(
            "cannot {action} withdrawal '{id}': it is {}",
            row.status
        )),
        NotChanged::PaidAs(row) => ApiError::Invalid(format!(
            "withdrawal '{id}' is PAID already, under payout reference '{}'",
            row.payout_reference.unwrap_or_default()
        )),
        NotChanged::ReferenceTaken { by } => ApiError::Invalid(format!(
            "payout reference already used by withdrawal '{by}': each payout has its own"
        )),
    }
}

#[derive(Default)]
pub struct WithdrawalsQuery;

#[Object]
impl WithdrawalsQuery {
    /// The caller's tokens (balance, held, available) and the withdrawal rules as they apply
    /// to the caller today.
    async fn wallet(&self, ctx: &Context<'_>) -> ApiResult<Wallet> {
        let account = require_account(ctx)?;
        let store = ctx.data_unchecked::<Store>();
        let policy = withdrawal_policy(ctx);
        let wallet = store.wallet(&account.id).await?;
        let now = Utc::now().timestamp();
        let used = store
            .withdrawn_since(&account.id, utc_day_start(now))
            .await?;
        Ok(Wallet {
            account_id: ID(account.id.clone()),
            balance: wallet.balance,
            held: wallet.held,
            available: wallet.available(),
            rules: WithdrawalRules {
                minimum: policy.minimum,
                fee_flat: policy.fee_flat,
                fee_percent: policy.fee_percent.to_string(),
                daily_limit: policy.daily_limit,
                used_today: used,
                left_today: policy.left_today(used),
                address_format: policy.address_format.to_string(),
            },
        })
    }

    /// The caller's ledger entries in `[from, to)` (default: everything), newest first.
    /// `pagination.sort` is ignored.
    async fn wallet_history(
        &self,
        ctx: &Context<'_>,
        from: Option<Timestamp>,
        to: Option<Timestamp>,
        pagination: Option<PaginationInput>,
    ) -> ApiResult<LedgerEntryPage> {
        let account = require_account(ctx)?;
        let (page, size) = page_window(pagination)?;
        let from = from.map_or(i64::MIN, |t| t.timestamp());
        let to = to.map_or(i64::MAX, |t| t.timestamp());
        if from > to {
            return Err(ApiError::Invalid("from must not be after to".into()));
        }
        let store = ctx.data_unchecked::<Store>();
        let (rows, total) = store
            .wallet_history(&account.id, from, to, i64::from(size), offset(page, size))
            .await?;
        Ok(LedgerEntryPage {
            items: rows.into_iter().map(ledger_entry).collect(),
            page_info: page_info(page, size, total),
        })
    }

    /// The fee and net of a withdrawal of `amount` under the platform's rules (without the
    /// caller's balance or daily limit): what the CLI shows before asking.
    async fn withdrawal_quote(
        &self,
        ctx: &Context<'_>,
        amount: Tokens,
    ) -> ApiResult<WithdrawalQuote> {
        require_account(ctx)?;
        let now = Utc::now().timestamp();
        let quote = withdrawal_policy(ctx)
            .quote(amount)
            .map_err(|r| refusal(r, now))?;
        Ok(WithdrawalQuote {
            amount: quote.amount,
            fee: quote.fee,
            net: quote.net,
        })
    }

    /// The caller's withdrawals, newest first. `pagination.sort` is ignored.
    async fn my_withdrawals(
        &self,
        ctx: &Context<'_>,
        status: Option<WithdrawalStatus>,
        pagination: Option<PaginationInput>,
    ) -> ApiResult<WithdrawalPage> {
        let account = require_account(ctx)?;
        list(ctx, status, Some(&account.id), pagination).await
    }

    /// Every account's withdrawals, newest first (admins). `pagination.sort` is ignored.
    async fn withdrawals(
        &self,
        ctx: &Context<'_>,
        status: Option<WithdrawalStatus>,
        account_id: Option<ID>,
        pagination: Option<PaginationInput>,
    ) -> ApiResult<WithdrawalPage> {
        require_admin(ctx)?;
        let account = account_id.as_ref().map(check_id).transpose()?;
        list(ctx, status, account, pagination).await
    }
}

async fn list(
    ctx: &Context<'_>,
    status: Option<WithdrawalStatus>,
    account_id: Option<&str>,
    pagination: Option<PaginationInput>,
) -> ApiResult<WithdrawalPage> {
    let (page, size) = page_window(pagination)?;
    let filter = WithdrawalFilter {
        status: status.map(WithdrawalStatus::as_str),
        account_id,
    };
    let store = ctx.data_unchecked::<Store>();
    let (rows, total) = store
        .withdrawals(&filter, i64::from(size), offset(page, size))
        .await?;
    Ok(WithdrawalPage {
        items: rows.into_iter().map(withdrawal).collect(),
        page_info: page_info(page, size, total),
    })
}

#[derive(Default)]
pub struct WithdrawalsMutation;

#[Object]
impl WithdrawalsMutation {
    /// Requests a withdrawal of `amount` (fee included: the destination receives amount -
    /// fee) from the caller's available tokens, and holds it. With an idempotency key (1-128
    /// characters, scoped to the caller), a repeated request answers the first one and holds
    /// nothing more; the same key for a different amount or destination is refused. Refused:
    /// VAL_001 for an amount or address the rules refuse or more than is available; RTE_001
    /// (with retryAfter) past the daily limit.
    async fn request_withdrawal(
        &self,
        ctx: &Context<'_>,
        amount: Tokens,
        destination: String,
        idempotency_key: Option<String>,
    ) -> ApiResult<Withdrawal> {
        let account = require_account(ctx)?;
        let policy = withdrawal_policy(ctx);
        let now = Utc::now().timestamp();
        let quote = policy.quote(amount).map_err(|r| refusal(r, now))?;
        let destination = validate_destination(policy.address_format, &destination)
            .map_err(|e| ApiError::Invalid(e.to_string()))?;
        let key = match idempotency_key.as_deref().map(str::trim) {
            Some(k) if k.is_empty() || k.len() > MAX_IDEMPOTENCY_KEY => {
                return Err(ApiError::Invalid(format!(
                    "idempotencyKey must be 1-{MAX_IDEMPOTENCY_KEY} characters"
                )));
            }
            other => other,
        };
        let id = format!("wdr-{}", uuid::Uuid::new_v4().simple());
        let store = ctx.data_unchecked::<Store>();
        let requested = store
            .request_withdrawal(
                NewWithdrawal {
                    id: &id,
                    account_id: &account.id,
                    amount,
                    fee: quote.fee,
                    destination: &destination,
                    idempotency_key: key,
                    requested_by: &account.id,
                    now,
                    day_start: utc_day_start(now),
                },
                &policy,
            )
            .await?;
        match requested {
            Requested::Created(row) | Requested::Repeated(row) => {
                add_created_id(ctx, &row.id);
                Ok(withdrawal(row))
            }
            Requested::KeyReused(row) => Err(ApiError::Invalid(format!(
                "idempotencyKey was used for withdrawal '{}' of {} to {}: use a new key for a different request",
                row.id, row.amount, row.destination
            ))),
            Requested::Insufficient { available } => Err(ApiError::Invalid(format!(
                "{amount} tokens is more than is available ({available}: balance minus held)"
            ))),
            Requested::Refused(r) => Err(refusal(r, now)),
        }
    }

    /// Cancels the caller's own pending withdrawal and releases its hold. Another account's
    /// withdrawal is RSC_001, as one that does not exist (admins reject instead); one past
    /// PENDING is VAL_001, naming its state.
    async fn cancel_withdrawal(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Withdrawal> {
        let account = require_account(ctx)?;
        let id = check_id(&id)?;
        let store = ctx.data_unchecked::<Store>();
        let now = Utc::now().timestamp();
        store
            .cancel_withdrawal(id, &account.id, now)
            .await?
            .map(withdrawal)
            .map_err(|why| not_changed(id, why, "cancel"))
    }

    /// Approves a pending withdrawal (admins); it stays held until paid or rejected.
    async fn approve_withdrawal(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Withdrawal> {
        let admin = require_admin(ctx)?;
        let id = check_id(&id)?;
        let store = ctx.data_unchecked::<Store>();
        store
            .approve_withdrawal(id, &admin.id, Utc::now().timestamp())
            .await?
            .map(withdrawal)
            .map_err(|why| not_changed(id, why, "approve"))
    }

    /// Rejects a pending or approved withdrawal with a reason (admins), releasing its hold.
    async fn reject_withdrawal(
        &self,
        ctx: &Context<'_>,
        id: ID,
        reason: String,
    ) -> ApiResult<Withdrawal> {
        let admin = require_admin(ctx)?;
        let id = check_id(&id)?;
        let reason = check_text("reason", &reason)?;
        let store = ctx.data_unchecked::<Store>();
        store
            .reject_withdrawal(id, &reason, &admin.id, Utc::now().timestamp())
            .await?
            .map(withdrawal)
            .map_err(|why| not_changed(id, why, "reject"))
    }

    /// Marks an approved withdrawal paid under `payoutReference` (admins): releases the hold,
    /// charges the fee to the platform account and records the payout, at once. Idempotent on
    /// the reference: paying it again with the same one answers it and writes nothing; another
    /// reference for a paid withdrawal, or one already used by another, is refused.
    async fn pay_withdrawal(
        &self,
        ctx: &Context<'_>,
        id: ID,
        payout_reference: String,
    ) -> ApiResult<Withdrawal> {
        let admin = require_admin(ctx)?;
        let id = check_id(&id)?;
        let reference = check_text("payoutReference", &payout_reference)?;
        let store = ctx.data_unchecked::<Store>();
        store
            .pay_withdrawal(id, &reference, &admin.id, Utc::now().timestamp())
            .await?
            .map(withdrawal)
            .map_err(|why| not_changed(id, why, "pay"))
    }
}
