//! Withdrawals and the ledger entries that move their money (hold, release, fee, payout).
//!
//! Every change runs in one immediate (write-locked) transaction: the balance check and the
//! hold, or the status change and its entries, are one step, serialised with every other
//! writer, even across processes sharing the database file. `account_balances` (kept by a
//! trigger on the ledger) answers the available balance in one row.
//!
//! Ledger entries of a withdrawal have ids derived from the withdrawal's (`<id>:hold`,
//! `<id>:payout`, ...): each kind happens at most once per withdrawal, and the ledger's
//! UNIQUE id refuses a second one even if a bug tried.

use super::Conn;

use super::rows::row_struct;
use super::{PLATFORM_ACCOUNT, Store, StoreError};
use crate::domain::money::Tokens;
use crate::domain::withdrawal::{WithdrawalPolicy, WithdrawalRefusal};

pub const PENDING: &str = "PENDING";
pub const APPROVED: &str = "APPROVED";
pub const PAID: &str = "PAID";
pub const REJECTED: &str = "REJECTED";
pub const CANCELLED: &str = "CANCELLED";

const COLUMNS: &str = "id, account_id, amount, fee, destination, status, idempotency_key, \
     requested_by, payout_reference, reason, decided_by, created_at, updated_at";

row_struct! {
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct WithdrawalRow {
        pub id: String,
        pub account_id: String,
        pub amount: Tokens,
        pub fee: Tokens,
        pub destination: String,
        pub status: String,
        pub idempotency_key: Option<String>,
        pub requested_by: String,
        pub payout_reference: Option<String>,
        pub reason: Option<String>,
        pub decided_by: Option<String>,
        pub created_at: i64,
        pub updated_at: i64,
    }
}

/// A request about to be held.
#[derive(Debug, Clone)]
pub struct NewWithdrawal<'a> {
    pub id: &'a str,
    pub account_id: &'a str,
    pub amount: Tokens,
    /// Quoted now, charged when paid.
    pub fee: Tokens,
    pub destination: &'a str,
    pub idempotency_key: Option<&'a str>,
    pub requested_by: &'a str,
    pub now: i64,
    /// Start of the UTC day of `now`: the daily limit's window.
    pub day_start: i64,
}

/// What a request came to.
#[derive(Debug, Clone)]
pub enum Requested {
    /// Held now.
    Created(WithdrawalRow),
    /// The idempotency key was used before for this same request: nothing more was held.
    Repeated(WithdrawalRow),
    /// The idempotency key was used before for a different amount or destination.
    KeyReused(WithdrawalRow),
    /// Not enough available (balance minus what is held).
    Insufficient { available: Tokens },
    /// Refused by the daily limit.
    Refused(WithdrawalRefusal),
}

/// Why a status change did not happen.
#[derive(Debug, Clone)]
pub enum NotChanged {
    NotFound,
    /// The change is not allowed from the current state (the row says which).
    State(WithdrawalRow),
    /// Paid already, under another payout reference.
    PaidAs(WithdrawalRow),
    /// Another withdrawal was paid under this reference.
    ReferenceTaken {
        by: String,
    },
}

/// Money of an account, from `account_balances`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Wallet {
    pub balance: Tokens,
    pub held: Tokens,
}

impl Wallet {
    /// What a withdrawal may still take: balance - held.
    pub fn available(&self) -> Tokens {
        self.balance.checked_sub(self.held).unwrap_or(Tokens::ZERO)
    }
}

row_struct! {
    /// One ledger entry of an account, with the balance after it.
    #[derive(Debug, Clone)]
    pub struct HistoryRow {
        pub id: String,
        pub kind: String,
        pub amount: Tokens,
        /// The balance (holds and releases excluded) once this entry was written.
        pub balance_after: Tokens,
        pub server_id: Option<String>,
        pub withdrawal_id: Option<String>,
        pub created_at: i64,
    }
}

/// Which withdrawals a list shows.
#[derive(Debug, Clone, Default)]
pub struct WithdrawalFilter<'a> {
    pub status: Option<&'a str>,
    pub account_id: Option<&'a str>,
}

async fn by_id(conn: &mut Conn, id: &str) -> Result<Option<WithdrawalRow>, StoreError> {
    Ok(
        sqlx::query_as::<_, WithdrawalRow>(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM withdrawals WHERE id = ?"
        )))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?,
    )
}

async fn wallet_of(conn: &mut Conn, account_id: &str) -> Result<Wallet, StoreError> {
    let row: Option<(i64, i64)> =
        sqlx::query_as("SELECT balance, held FROM account_balances WHERE account_id = ?")
            .bind(account_id)
            .fetch_optional(&mut *conn)
            .await?;
    let (balance, held) = row.unwrap_or_default();
    Ok(Wallet {
        balance: balance.into(),
        held: held.into(),
    })
}

async fn used_since(conn: &mut Conn, account_id: &str, since: i64) -> Result<Tokens, StoreError> {
    let micro: i64 = sqlx::query_scalar(
        "SELECT COALESCE(SUM(amount), 0) FROM withdrawals \
         WHERE account_id = ? AND created_at >= ? AND status NOT IN ('REJECTED', 'CANCELLED')",
    )
    .bind(account_id)
    .bind(since)
    .fetch_one(&mut *conn)
    .await?;
    Ok(micro.into())
}

/// Appends one ledger entry of a withdrawal.
#[allow(clippy::too_many_arguments)]
async fn entry(
    conn: &mut Conn,
    withdrawal: &WithdrawalRow,
    account_id: &str,
    kind: &str,
    suffix: &str,
    amount: Tokens,
    by: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO ledger (id, account_id, withdrawal_id, kind, amount, requested_by, created_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(format!("{}:{suffix}", withdrawal.id))
    .bind(account_id)
    .bind(&withdrawal.id)
    .bind(kind)
    .bind(amount.micro())
    .bind(by)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn set_status(
    conn: &mut Conn,
    id: &str,
    status: &str,
    reason: Option<&str>,
    payout_reference: Option<&str>,
    by: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE withdrawals SET status = ?, reason = COALESCE(?, reason), \
         payout_reference = COALESCE(?, payout_reference), decided_by = ?, updated_at = ? WHERE id = ?",
    )
    .bind(status)
    .bind(reason)
    .bind(payout_reference)
    .bind(by)
    .bind(now)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

impl Store {
    /// The account's balance and what is held.
    pub async fn wallet(&self, account_id: &str) -> Result<Wallet, StoreError> {
        let mut conn = self.pool().acquire().await?;
        wallet_of(&mut conn, account_id).await
    }

    /// What the account requested since `since` (see the daily limit's decision in
    /// `domain::withdrawal`).
    pub async fn withdrawn_since(
        &self,
        account_id: &str,
        since: i64,
    ) -> Result<Tokens, StoreError> {
        let mut conn = self.pool().acquire().await?;
        used_since(&mut conn, account_id, since).await
    }

    pub async fn withdrawal(&self, id: &str) -> Result<Option<WithdrawalRow>, StoreError> {
        let mut conn = self.pool().acquire().await?;
        by_id(&mut conn, id).await
    }

    /// Holds a withdrawal's amount, if the key is new, the amount is available and the day's
    /// limit allows it; all in one write-locked transaction.
    pub async fn request_withdrawal(
        &self,
        new: NewWithdrawal<'_>,
        policy: &WithdrawalPolicy,
    ) -> Result<Requested, StoreError> {
        let _turn = self.money_turn().await;
        let mut tx = self.pool().begin_write().await?;
        if let Some(key) = new.idempotency_key {
            let existing = sqlx::query_as::<_, WithdrawalRow>(sqlx::AssertSqlSafe(format!(
                "SELECT {COLUMNS} FROM withdrawals WHERE requested_by = ? AND idempotency_key = ?"
            )))
            .bind(new.requested_by)
            .bind(key)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(existing) = existing {
                let same = existing.amount == new.amount
                    && existing.destination == new.destination
                    && existing.account_id == new.account_id;
                return Ok(if same {
                    Requested::Repeated(existing)
                } else {
                    Requested::KeyReused(existing)
                });
            }
        }
        let wallet = wallet_of(&mut tx, new.account_id).await?;
        if wallet.available() < new.amount {
            return Ok(Requested::Insufficient {
                available: wallet.available(),
            });
        }
        // Without a limit the day's total is not needed: not summed, so that a request costs
        // the same however many the account made today.
        if policy.daily_limit.is_some() {
            let used = used_since(&mut tx, new.account_id, new.day_start).await?;
            if let Err(refusal) = policy.check_daily(new.amount, used) {
                return Ok(Requested::Refused(refusal));
            }
        }
        sqlx::query(
            "INSERT INTO withdrawals (id, account_id, amount, fee, destination, status, \
             idempotency_key, requested_by, created_at, updated_at) \
             VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)",
        )
        .bind(new.id)
        .bind(new.account_id)
        .bind(new.amount.micro())
        .bind(new.fee.micro())
        .bind(new.destination)
        .bind(new.idempotency_key)
        .bind(new.requested_by)
        .bind(new.now)
        .bind(new.now)
        .execute(&mut *tx)
        .await?;
        let row = by_id(&mut tx, new.id)
            .await?
            .ok_or(StoreError::Sql(sqlx::Error::RowNotFound))?;
        entry(
            &mut tx,
            &row,
            new.account_id,
            "hold",
            "hold",
            new.amount.negated(),
            new.requested_by,
            new.now,
        )
        .await?;
        tx.commit().await?;
        Ok(Requested::Created(row))
    }

    /// Moves a withdrawal from one of `from` to `to`, releasing its hold when `release`, after
    /// `allowed` agreed (the owner's check); in one write-locked transaction.
    #[allow(clippy::too_many_arguments)]
    async fn transition(
        &self,
        id: &str,
        from: &[&str],
        to: &str,
        release: bool,
        reason: Option<&str>,
        by: &str,
        now: i64,
        allowed: impl FnOnce(&WithdrawalRow) -> bool,
    ) -> Result<Result<WithdrawalRow, NotChanged>, StoreError> {
        let _turn = self.money_turn().await;
        let mut tx = self.pool().begin_write().await?;
        let Some(row) = by_id(&mut tx, id).await?.filter(|row| allowed(row)) else {
            return Ok(Err(NotChanged::NotFound));
        };
        if !from.contains(&row.status.as_str()) {
            return Ok(Err(NotChanged::State(row)));
        }
        if release {
            entry(
                &mut tx,
                &row,
                &row.account_id,
                "release",
                "release",
                row.amount,
                by,
                now,
            )
            .await?;
        }
        set_status(&mut tx, id, to, reason, None, by, now).await?;
        let changed = by_id(&mut tx, id)
            .await?
            .ok_or(StoreError::Sql(sqlx::Error::RowNotFound))?;
        tx.commit().await?;
        Ok(Ok(changed))
    }

    /// The owner cancels a pending withdrawal: its hold is released. `NotFound` for another
    /// account's withdrawal, as for one that does not exist.
    pub async fn cancel_withdrawal(
        &self,
        id: &str,
        owner: &str,
        now: i64,
    ) -> Result<Result<WithdrawalRow, NotChanged>, StoreError> {
        self.transition(id, &[PENDING], CANCELLED, true, None, owner, now, |row| {
            row.account_id == owner
        })
        .await
    }

    pub async fn approve_withdrawal(
        &self,
        id: &str,
        by: &str,
        now: i64,
    ) -> Result<Result<WithdrawalRow, NotChanged>, StoreError> {
        self.transition(id, &[PENDING], APPROVED, false, None, by, now, |_| true)
            .await
    }

    /// Rejects a pending or approved withdrawal, releasing its hold.
    pub async fn reject_withdrawal(
        &self,
        id: &str,
        reason: &str,
        by: &str,
        now: i64,
    ) -> Result<Result<WithdrawalRow, NotChanged>, StoreError> {
        self.transition(
            id,
            &[PENDING, APPROVED],
            REJECTED,
            true,
            Some(reason),
            by,
            now,
            |_| true,
        )
        .await
    }

    /// Marks an approved withdrawal paid under `reference`: releases the hold, charges the fee
    /// (to the platform account), records the payout and sets PAID, in one transaction, so a
    /// crash leaves either all of it or none. Paying a PAID one again with its own reference
    /// answers it and writes nothing.
    pub async fn pay_withdrawal(
        &self,
        id: &str,
        reference: &str,
        by: &str,
        now: i64,
    ) -> Result<Result<WithdrawalRow, NotChanged>, StoreError> {
        let _turn = self.money_turn().await;
        let mut tx = self.pool().begin_write().await?;
        let Some(row) = by_id(&mut tx, id).await? else {
            return Ok(Err(NotChanged::NotFound));
        };
        if row.status == PAID {
            return Ok(if row.payout_reference.as_deref() == Some(reference) {
                Ok(row)
            } else {
                Err(NotChanged::PaidAs(row))
            });
        }
        if row.status != APPROVED {
            return Ok(Err(NotChanged::State(row)));
        }
        let taken: Option<String> =
            sqlx::query_scalar("SELECT id FROM withdrawals WHERE payout_reference = ?")
                .bind(reference)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some(by) = taken {
            return Ok(Err(NotChanged::ReferenceTaken { by }));
        }
        let account = row.account_id.as_str();
        entry(
            &mut tx, &row, account, "release", "release", row.amount, by, now,
        )
        .await?;
        if row.fee.is_positive() {
            entry(
                &mut tx,
                &row,
                account,
                "fee",
                "fee",
                row.fee.negated(),
                by,
                now,
            )
            .await?;
            entry(
                &mut tx,
                &row,
                PLATFORM_ACCOUNT,
                "fee",
                "fee:platform",
                row.fee,
                by,
                now,
            )
            .await?;
        }
        let net = row.amount.checked_sub(row.fee).ok_or_else(|| {
            StoreError::Sql(sqlx::Error::Protocol(
                "a withdrawal's fee exceeds its amount".into(),
            ))
        })?;
        entry(
            &mut tx,
            &row,
            account,
            "payout",
            "payout",
            net.negated(),
            by,
            now,
        )
        .await?;
        set_status(&mut tx, id, PAID, None, Some(reference), by, now).await?;
        let paid = by_id(&mut tx, id)
            .await?
            .ok_or(StoreError::Sql(sqlx::Error::RowNotFound))?;
        tx.commit().await?;
        Ok(Ok(paid))
    }

    /// A page of withdrawals, newest first, and how many match.
    pub async fn withdrawals(
        &self,
        filter: &WithdrawalFilter<'_>,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<WithdrawalRow>, i64), StoreError> {
        let condition = "(?1 IS NULL OR status = ?1) AND (?2 IS NULL OR account_id = ?2)";
        let rows = sqlx::query_as::<_, WithdrawalRow>(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM withdrawals WHERE {condition} \
             ORDER BY created_at DESC, id DESC LIMIT ?3 OFFSET ?4"
        )))
        .bind(filter.status)
        .bind(filter.account_id)
        .bind(limit)
        .bind(offset)
        .fetch_all(self.pool())
        .await?;
        let total: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM withdrawals WHERE {condition}"
        )))
        .bind(filter.status)
        .bind(filter.account_id)
        .fetch_one(self.pool())
        .await?;
        Ok((rows, total))
    }

    /// A page of the account's ledger entries in `[from, to)`, newest first, each with the
    /// balance after it, and how many match. The running balance sums the account's whole
    /// history (one pass over its entries).
    pub async fn wallet_history(
        &self,
        account_id: &str,
        from: i64,
        to: i64,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<HistoryRow>, i64), StoreError> {
        let rows = sqlx::query_as::<_, HistoryRow>(
            "SELECT id, kind, amount, balance_after, server_id, withdrawal_id, created_at FROM ( \
               SELECT id, kind, amount, server_id, withdrawal_id, created_at, seq, \
                 SUM(CASE WHEN kind IN ('hold', 'release') THEN 0 ELSE amount END) \
                   OVER (ORDER BY created_at, seq ROWS UNBOUNDED PRECEDING) AS balance_after \
               FROM ledger WHERE account_id = ?1) AS entries \
             WHERE created_at >= ?2 AND created_at < ?3 ORDER BY created_at DESC, seq DESC LIMIT ?4 OFFSET ?5",
        )
        .bind(account_id)
        .bind(from)
        .bind(to)
        .bind(limit)
        .bind(offset)
        .fetch_all(self.pool())
        .await?;
        let total: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM ledger WHERE account_id = ? AND created_at >= ? AND created_at < ?",
        )
        .bind(account_id)
        .bind(from)
        .bind(to)
        .fetch_one(self.pool())
        .await?;
        Ok((rows, total))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::withdrawal::AddressFormat;
    use crate::server::store::IN_MEMORY;

    fn t(text: &str) -> Tokens {
        text.parse().unwrap()
    }

    async fn store_with_balance(amount: &str) -> Store {
        let store = Store::open(IN_MEMORY).await.unwrap();
        sqlx::query(
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) \
             VALUES ('op', 'op', '!', 'OPERATOR', 'FREE', 'u1', 0)",
        )
        .execute(store.pool())
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO ledger (id, account_id, kind, amount, created_at) VALUES ('c1', 'op', 'claim', ?, 0)",
        )
        .bind(t(amount).micro())
        .execute(store.pool())
        .await
        .unwrap();
        store
    }

    fn new<'a>(id: &'a str, amount: &str, fee: &str, key: &'a str) -> NewWithdrawal<'a> {
        NewWithdrawal {
            id,
            account_id: "op",
            amount: t(amount),
            fee: t(fee),
            destination: "0xdest",
            idempotency_key: Some(key),
            requested_by: "op",
            now: 100,
            day_start: 0,
        }
    }

    const POLICY: WithdrawalPolicy = WithdrawalPolicy {
        minimum: Tokens::ZERO,
        fee_flat: Tokens::ZERO,
        fee_percent: crate::domain::money::Percent::ZERO,
        daily_limit: None,
        address_format: AddressFormat::Any,
    };

    async fn kinds(store: &Store, account: &str) -> Vec<(String, i64)> {
        sqlx::query_as("SELECT kind, amount FROM ledger WHERE account_id = ? ORDER BY seq")
            .bind(account)
            .fetch_all(store.pool())
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn a_paid_withdrawal_moves_each_amount_once_and_the_fee_to_the_platform() {
        let store = store_with_balance("100").await;
        let held = store
            .request_withdrawal(new("w1", "30", "1.5", "k"), &POLICY)
            .await
            .unwrap();
        assert!(matches!(held, Requested::Created(_)));
        assert_eq!(
            store.wallet("op").await.unwrap(),
            Wallet {
                balance: t("100"),
                held: t("30")
            }
        );
        store
            .approve_withdrawal("w1", "adm", 101)
            .await
            .unwrap()
            .unwrap();
        let paid = store
            .pay_withdrawal("w1", "ref", "adm", 102)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (paid.status.as_str(), paid.payout_reference.as_deref()),
            (PAID, Some("ref"))
        );
        let again = store
            .pay_withdrawal("w1", "ref", "adm", 103)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(again, paid);
        assert!(matches!(
            store
                .pay_withdrawal("w1", "other", "adm", 103)
                .await
                .unwrap(),
            Err(NotChanged::PaidAs(_))
        ));
        let micro = |s: &str| t(s).micro();
        assert_eq!(
            kinds(&store, "op").await,
            [
                ("claim".into(), micro("100")),
                ("hold".into(), micro("-30")),
                ("release".into(), micro("30")),
                ("fee".into(), micro("-1.5")),
                ("payout".into(), micro("-28.5")),
            ]
        );
        assert_eq!(
            kinds(&store, PLATFORM_ACCOUNT).await,
            [("fee".into(), micro("1.5"))]
        );
        assert_eq!(
            store.wallet("op").await.unwrap(),
            Wallet {
                balance: t("70"),
                held: Tokens::ZERO
            }
        );
    }

    #[tokio::test]
    async fn requests_hold_only_what_is_available_and_keys_answer_the_first() {
        let store = store_with_balance("50").await;
        store
            .request_withdrawal(new("w1", "30", "0", "a"), &POLICY)
            .await
            .unwrap();
        let repeated = store
            .request_withdrawal(new("w2", "30", "0", "a"), &POLICY)
            .await
            .unwrap();
        assert!(matches!(repeated, Requested::Repeated(ref row) if row.id == "w1"));
        let reused = store
            .request_withdrawal(new("w3", "31", "0", "a"), &POLICY)
            .await
            .unwrap();
        assert!(matches!(reused, Requested::KeyReused(_)));
        let short = store
            .request_withdrawal(new("w4", "20.000001", "0", "b"), &POLICY)
            .await
            .unwrap();
        assert!(matches!(short, Requested::Insufficient { available } if available == t("20")));
        let limited = WithdrawalPolicy {
            daily_limit: Some(t("40")),
            ..POLICY
        };
        let over = store
            .request_withdrawal(new("w5", "10.000001", "0", "c"), &limited)
            .await
            .unwrap();
        assert!(matches!(
            over,
            Requested::Refused(WithdrawalRefusal::DailyLimit { .. })
        ));
        // A cancelled request leaves the day's total and the hold.
        store
            .cancel_withdrawal("w1", "op", 101)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(store.withdrawn_since("op", 0).await.unwrap(), Tokens::ZERO);
        assert_eq!(store.wallet("op").await.unwrap().held, Tokens::ZERO);
        assert!(matches!(
            store.cancel_withdrawal("w1", "op", 102).await.unwrap(),
            Err(NotChanged::State(_))
        ));
        assert!(matches!(
            store.cancel_withdrawal("w1", "someone", 102).await.unwrap(),
            Err(NotChanged::NotFound)
        ));
    }
}
