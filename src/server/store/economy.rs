//! The token economy and earnings statements, read from the ledger and the withdrawals.
//!
//! Every figure is a sum of integer micro-tokens, read in one statement or one transaction so
//! that the figures of an answer agree with each other even while claims are being paid.

use super::rows::row_struct;
use super::{Engine, PLATFORM_ACCOUNT, Store, StoreError};
use crate::domain::money::Tokens;

row_struct! {
    /// Platform-wide totals. Amounts are positive figures (what was spent, paid out, ...).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct EconomyRow {
        /// Minted by claims, all time.
        pub supply: Tokens,
        /// The sum of every account's balance, the platform's (its fees) included.
        pub circulating: Tokens,
        pub spent: Tokens,
        /// What payouts sent to destination addresses.
        pub paid_out: Tokens,
        /// The platform account's fee entries.
        pub fees_collected: Tokens,
        pub pending_count: i64,
        pub pending_amount: Tokens,
        pub approved_count: i64,
        pub approved_amount: Tokens,
        /// Minted by claims within the day asked for.
        pub claimed_today: Tokens,
    }
}

/// How an earnings statement groups its entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    Server,
    Day,
    Week,
    Month,
}

impl Grouping {
    /// The group's server (SERVER) and start (Unix seconds, UTC: DAY, WEEK, MONTH), in SQL over
    /// `created_at`. Weeks are ISO weeks: 1970-01-01 was a Thursday, so a day number `d`
    /// falls `(d + 3) mod 7` days after its Monday.
    fn columns(self, engine: Engine) -> (&'static str, &'static str) {
        const DAY: &str = "(created_at - ((created_at % 86400) + 86400) % 86400)";
        match self {
            Grouping::Server => ("server_id", "NULL"),
            Grouping::Day => ("NULL", DAY),
            Grouping::Week => (
                "NULL",
                "((created_at - ((created_at % 86400) + 86400) % 86400) \
                  - ((((created_at - ((created_at % 86400) + 86400) % 86400) / 86400) % 7 + 10) % 7) * 86400)",
            ),
            Grouping::Month => (
                "NULL",
                match engine {
                    Engine::Sqlite => {
                        "CAST(strftime('%s', created_at, 'unixepoch', 'start of month') AS INTEGER)"
                    }
                    Engine::Postgres => {
                        "CAST(EXTRACT(EPOCH FROM \
                           date_trunc('month', to_timestamp(created_at) AT TIME ZONE 'UTC')) AS BIGINT)"
                    }
                },
            ),
        }
    }
}

row_struct! {
    /// One group of a statement: signed sums of the account's entries, as the ledger has them
    /// (credits positive, debits negative).
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct EarningsGroupRow {
        /// SERVER: the entries' server, `None` for entries of no server (fees, payouts, spending).
        pub server_id: Option<String>,
        /// DAY, WEEK, MONTH: the period's start.
        pub period_start: Option<i64>,
        pub gross: Tokens,
        pub fees: Tokens,
        pub withdrawals: Tokens,
        pub spent: Tokens,
        /// Every entry but holds and releases: what the balance moved by.
        pub net: Tokens,
    }
}

/// An account's statement over `[from, to)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EarningsRows {
    pub start_balance: Tokens,
    pub end_balance: Tokens,
    pub groups: Vec<EarningsGroupRow>,
}

impl Store {
    /// The economy as of now, with `claimed_today` summed over `[day_from, day_to)`.
    pub async fn token_economy(
        &self,
        day_from: i64,
        day_to: i64,
    ) -> Result<EconomyRow, StoreError> {
        // One statement: one snapshot, so held and circulating agree with the ledger's sums.
        Ok(sqlx::query_as::<_, EconomyRow>(
            "SELECT \
               COALESCE(SUM(CASE WHEN kind = 'claim' THEN amount END), 0) AS supply, \
               (SELECT COALESCE(SUM(balance), 0) FROM account_balances) AS circulating, \
               -COALESCE(SUM(CASE WHEN kind = 'spend' THEN amount END), 0) AS spent, \
               -COALESCE(SUM(CASE WHEN kind = 'payout' THEN amount END), 0) AS paid_out, \
               COALESCE(SUM(CASE WHEN kind = 'fee' AND account_id = ?1 THEN amount END), 0) AS fees_collected, \
               (SELECT COUNT(*) FROM withdrawals WHERE status = 'PENDING') AS pending_count, \
               (SELECT COALESCE(SUM(amount), 0) FROM withdrawals WHERE status = 'PENDING') AS pending_amount, \
               (SELECT COUNT(*) FROM withdrawals WHERE status = 'APPROVED') AS approved_count, \
               (SELECT COALESCE(SUM(amount), 0) FROM withdrawals WHERE status = 'APPROVED') AS approved_amount, \
               COALESCE(SUM(CASE WHEN kind = 'claim' AND created_at >= ?2 AND created_at < ?3 THEN amount END), 0) \
                 AS claimed_today \
             FROM ledger",
        )
        .bind(PLATFORM_ACCOUNT)
        .bind(day_from)
        .bind(day_to)
        .fetch_one(self.pool())
        .await?)
    }

    /// Whether `account_id` holds (or may hold) ledger entries: a user, or the platform.
    pub async fn ledger_account_exists(&self, account_id: &str) -> Result<bool, StoreError> {
        if account_id == PLATFORM_ACCOUNT {
            return Ok(true);
        }
        Ok(
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM users WHERE id = ?")
                .bind(account_id)
                .fetch_one(self.pool())
                .await?
                > 0,
        )
    }

    /// `account_id`'s statement over `[from, to)`, grouped `by`; `None` when it has more than
    /// `max_groups` groups. Balances exclude holds (as `account_balances.balance`), so
    /// `start_balance` + the groups' net = `end_balance`, exactly: all three are read in one
    /// transaction.
    pub async fn earnings(
        &self,
        account_id: &str,
        from: i64,
        to: i64,
        by: Grouping,
        max_groups: usize,
    ) -> Result<Option<EarningsRows>, StoreError> {
        let mut tx = self.pool().begin_read().await?;
        let balance_before = |at: i64| {
            sqlx::query_scalar::<_, i64>(
                "SELECT COALESCE(SUM(amount), 0) FROM ledger \
                 WHERE account_id = ? AND created_at < ? AND kind NOT IN ('hold', 'release')",
            )
            .bind(account_id)
            .bind(at)
        };
        let start_balance = balance_before(from).fetch_one(&mut *tx).await?;
        let end_balance = balance_before(to).fetch_one(&mut *tx).await?;
        let (server, start) = by.columns(self.pool().engine());
        let sql = format!(
            "SELECT {server} AS server_id, {start} AS period_start, \
               COALESCE(SUM(CASE WHEN kind = 'claim' THEN amount END), 0) AS gross, \
               COALESCE(SUM(CASE WHEN kind = 'fee' THEN amount END), 0) AS fees, \
               COALESCE(SUM(CASE WHEN kind = 'payout' THEN amount END), 0) AS withdrawals, \
               COALESCE(SUM(CASE WHEN kind = 'spend' THEN amount END), 0) AS spent, \
               COALESCE(SUM(amount), 0) AS net \
             FROM ledger \
             WHERE account_id = ? AND created_at >= ? AND created_at < ? \
               AND kind NOT IN ('hold', 'release') \
             GROUP BY 1, 2 ORDER BY period_start, server_id NULLS LAST LIMIT ?"
        );
        // Made of constants only.
        let groups = sqlx::query_as::<_, EarningsGroupRow>(sqlx::AssertSqlSafe(sql))
            .bind(account_id)
            .bind(from)
            .bind(to)
            .bind(max_groups as i64 + 1)
            .fetch_all(&mut *tx)
            .await?;
        tx.commit().await?;
        if groups.len() > max_groups {
            return Ok(None);
        }
        Ok(Some(EarningsRows {
            start_balance: start_balance.into(),
            end_balance: end_balance.into(),
            groups,
        }))
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::server::store::IN_MEMORY;

    /// Monday 2026-11-30T00:00:00Z.
    const D: i64 = 1_796_083_200 - 86_400;
    const H: i64 = 3_600;

    fn tok(text: &str) -> Tokens {
        text.parse().unwrap()
    }

    /// Claims on two servers, a user's spending, and four withdrawals, one in each state but
    /// CANCELLED: paid (hold, release, fee both sides, payout), pending and approved (held),
    /// rejected (hold and release).
    async fn ledger() -> Store {
        let store = Store::open(IN_MEMORY).await.unwrap();
        let sql = format!(
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) VALUES \
               ('op-a', 'alice', '!', 'OPERATOR', 'FREE', 'u1', 0), ('u-b', 'bob', '!', 'USER', 'FREE', 'u2', 0); \
             INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) VALUES \
               ('srv-a', 'op-a', 'a.example.net', '192.0.2.1', 'eu-west', 0), \
               ('srv-b', 'op-a', 'b.example.net', '192.0.2.2', 'eu-west', 0); \
             INSERT INTO withdrawals (id, account_id, amount, fee, destination, status, requested_by, \
                                      payout_reference, created_at, updated_at) VALUES \
               ('w1', 'op-a', 5000000, 500000, '0xabc', 'PAID', 'op-a', 'tx-1', {w1}, {paid}), \
               ('w2', 'op-a', 2000000, 100000, '0xabc', 'PENDING', 'op-a', NULL, {w2}, {w2}), \
               ('w3', 'op-a', 1000000, 0, '0xabc', 'APPROVED', 'op-a', NULL, {w3}, {w3}), \
               ('w4', 'op-a', 3000000, 0, '0xabc', 'REJECTED', 'op-a', NULL, {w3}, {w3}); \
             INSERT INTO ledger (id, account_id, server_id, withdrawal_id, kind, amount, created_at) VALUES \
               ('c1', 'op-a', 'srv-a', NULL, 'claim', 10500000, {c1}), \
               ('c2', 'op-a', 'srv-b', NULL, 'claim', 4250000, {c2}), \
               ('s1', 'u-b', NULL, NULL, 'spend', -2000000, {s1}), \
               ('h1', 'op-a', NULL, 'w1', 'hold', -5000000, {w1}), \
               ('c3', 'op-a', 'srv-a', NULL, 'claim', 3000001, {c3}), \
               ('r1', 'op-a', NULL, 'w1', 'release', 5000000, {paid}), \
               ('f1', 'op-a', NULL, 'w1', 'fee', -500000, {paid}), \
               ('f1p', 'platform', NULL, 'w1', 'fee', 500000, {paid}), \
               ('p1', 'op-a', NULL, 'w1', 'payout', -4500000, {paid}), \
               ('h2', 'op-a', NULL, 'w2', 'hold', -2000000, {w2}), \
               ('h3', 'op-a', NULL, 'w3', 'hold', -1000000, {w3}), \
               ('h4', 'op-a', NULL, 'w4', 'hold', -3000000, {w3}), \
               ('r4', 'op-a', NULL, 'w4', 'release', 3000000, {w3});",
            c1 = D - 8 * 86_400,
            c2 = D - 86_400 + 5 * H,
            s1 = D - 2 * 86_400,
            w1 = D - 86_400 + 6 * H,
            c3 = D + H,
            paid = D + 2 * H,
            w2 = D + 3 * H,
            w3 = D + 4 * H,
        );
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
            .execute(store.pool())
            .await
            .unwrap();
        store
    }

    async fn sum(store: &Store, sql: &'static str) -> Tokens {
        let micro: i64 = sqlx::query_scalar(sql)
            .fetch_one(store.pool())
            .await
            .unwrap();
        micro.into()
    }

    #[tokio::test]
    async fn the_economy_is_the_ledger_summed() {
        let store = ledger().await;
        let economy = store.token_economy(D, D + 86_400).await.unwrap();
        assert_eq!(
            economy,
            EconomyRow {
                supply: tok("17.750001"),
                circulating: tok("11.250001"),
                spent: tok("2"),
                paid_out: tok("4.5"),
                fees_collected: tok("0.5"),
                pending_count: 1,
                pending_amount: tok("2"),
                approved_count: 1,
                approved_amount: tok("1"),
                claimed_today: tok("3.000001"),
            }
        );
        // Each figure against a direct sum of the ledger, apart from account_balances.
        let direct = [
            (
                economy.supply,
                "SELECT SUM(amount) FROM ledger WHERE kind = 'claim'",
            ),
            (
                economy.circulating,
                "SELECT SUM(amount) FROM ledger WHERE kind NOT IN ('hold', 'release')",
            ),
            (
                economy.spent,
                "SELECT -SUM(amount) FROM ledger WHERE kind = 'spend'",
            ),
            (
                economy.paid_out,
                "SELECT -SUM(amount) FROM ledger WHERE kind = 'payout'",
            ),
            (
                economy.fees_collected,
                "SELECT SUM(amount) FROM ledger WHERE kind = 'fee' AND account_id = 'platform'",
            ),
            (
                economy
                    .pending_amount
                    .checked_add(economy.approved_amount)
                    .unwrap(),
                "SELECT -SUM(amount) FROM ledger WHERE kind IN ('hold', 'release')",
            ),
        ];
        for (figure, sql) in direct {
            assert_eq!(figure, sum(&store, sql).await, "{sql}");
        }
        // Fees move tokens between accounts: what circulates is what was minted, less what
        // was spent and what left the platform.
        assert_eq!(
            economy.circulating,
            economy
                .supply
                .checked_sub(economy.spent)
                .and_then(|t| t.checked_sub(economy.paid_out))
                .unwrap()
        );
        assert_eq!(
            store
                .token_economy(D + 86_400, D + 2 * 86_400)
                .await
                .unwrap()
                .claimed_today,
            Tokens::ZERO
        );
    }

    fn group(
        server_id: Option<&str>,
        period_start: Option<i64>,
        [gross, fees, withdrawals, spent, net]: [&str; 5],
    ) -> EarningsGroupRow {
        EarningsGroupRow {
            server_id: server_id.map(str::to_string),
            period_start,
            gross: tok(gross),
            fees: tok(fees),
            withdrawals: tok(withdrawals),
            spent: tok(spent),
            net: tok(net),
        }
    }

    #[tokio::test]
    async fn statements_group_by_server_and_by_utc_period() {
        let store = ledger().await;
        let end = D + 86_400;
        let by = |by| store.earnings("op-a", 0, end, by, 100);
        let servers = by(Grouping::Server).await.unwrap().unwrap();
        assert_eq!(servers.start_balance, Tokens::ZERO);
        assert_eq!(servers.end_balance, tok("12.750001"));
        assert_eq!(
            servers.groups,
            [
                group(
                    Some("srv-a"),
                    None,
                    ["13.500001", "0", "0", "0", "13.500001"]
                ),
                group(Some("srv-b"), None, ["4.25", "0", "0", "0", "4.25"]),
                // Fees and payouts belong to no server.
                group(None, None, ["0", "-0.5", "-4.5", "0", "-5"]),
            ]
        );
        // ISO weeks start on Mondays: the claim of Sunday 29 November is in the week of the
        // 23rd, the one of Sunday the 22nd in the week of the 16th.
        let weeks = by(Grouping::Week).await.unwrap().unwrap();
        let starts: Vec<i64> = weeks
            .groups
            .iter()
            .map(|g| g.period_start.unwrap())
            .collect();
        assert_eq!(starts, [D - 14 * 86_400, D - 7 * 86_400, D]);
        assert_eq!(
            weeks.groups[2],
            group(
                None,
                Some(D),
                ["3.000001", "-0.5", "-4.5", "0", "-1.999999"]
            )
        );
        let months = by(Grouping::Month).await.unwrap().unwrap();
        let november = Utc
            .with_ymd_and_hms(2026, 11, 1, 0, 0, 0)
            .unwrap()
            .timestamp();
        assert_eq!(
            months.groups,
            [group(
                None,
                Some(november),
                ["17.750001", "-0.5", "-4.5", "0", "12.750001"]
            )]
        );
        let days = by(Grouping::Day).await.unwrap().unwrap();
        let starts: Vec<i64> = days
            .groups
            .iter()
            .map(|g| g.period_start.unwrap())
            .collect();
        assert_eq!(starts, [D - 8 * 86_400, D - 86_400, D]);
        // A sub-period: what came before is the start balance, and start + net = end.
        let today = store
            .earnings("op-a", D, end, Grouping::Day, 100)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(today.start_balance, tok("14.75"));
        assert_eq!(today.groups.len(), 1);
        assert_eq!(
            today.start_balance.checked_add(today.groups[0].net),
            Some(today.end_balance)
        );
        // The user's spending, and the platform's fees, are statements too.
        let user = store
            .earnings("u-b", 0, end, Grouping::Server, 100)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            user.groups,
            [group(None, None, ["0", "0", "0", "-2", "-2"])]
        );
        let platform = store
            .earnings(PLATFORM_ACCOUNT, 0, end, Grouping::Month, 100)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(platform.end_balance, tok("0.5"));
        // More groups than allowed: refused rather than cut.
        assert_eq!(
            store
                .earnings("op-a", 0, end, Grouping::Day, 2)
                .await
                .unwrap(),
            None
        );
        assert!(store.ledger_account_exists(PLATFORM_ACCOUNT).await.unwrap());
        assert!(!store.ledger_account_exists("nobody").await.unwrap());
    }
}
