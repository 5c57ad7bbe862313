//! Mining activities, the accrual window of a server, and the ledger.
//!
//! The ledger is append-only: a claim inserts one row and nothing ever updates or deletes one.
//! Balances are sums over it. Claims run in an immediate (write-locked) transaction, so two
//! claims for one server are serialised even across processes sharing the database file, and
//! the idempotency key, UNIQUE per requesting account, makes a retried request find the first
//! one's entry. Keys are scoped to the account that sent the request: another account's use
//! of the same key is a different key, which neither blocks a claim nor reveals one.

use super::Conn;

use super::metrics::HourSplit;
use super::rows::row_struct;
use super::{Store, StoreError};
use crate::domain::emission::{day_start, next_reset};
use crate::domain::money::Tokens;

row_struct! {
    #[derive(Debug, Clone)]
    pub struct ActivityRow {
        pub id: String,
        pub server_id: String,
        pub started_at: i64,
        pub stopped_at: Option<i64>,
    }
}

row_struct! {
    #[derive(Debug, Clone)]
    pub struct LedgerRow {
        pub id: String,
        pub account_id: String,
        pub server_id: Option<String>,
        pub amount: Tokens,
        pub period_end: Option<i64>,
        pub created_at: i64,
    }
}

row_struct! {
    /// What a server did over an accrual window `[from, to)`.
    #[derive(Debug, Clone, Default)]
    pub struct AccrualWindow {
        /// Distinct clock hours with at least one heartbeat sample.
        pub hours_reported: i64,
        pub avg_cpu: Option<f64>,
        pub avg_memory: Option<f64>,
        pub avg_latency_ms: Option<f64>,
        pub avg_error_rate: Option<f64>,
        /// Gigabytes of the server's sessions started in the window.
        pub data_gb: f64,
        /// Average 1-5 rating of those sessions, when any was rated.
        pub rating: Option<f64>,
        /// Mean gigabytes per server of the whole network's sessions started in the window.
        pub network_avg_data_gb: f64,
    }
}

/// Where a server's accrual stands: the window since it last got paid (or started mining).
#[derive(Debug, Clone)]
pub struct AccrualState {
    /// Start of the open mining activity; `None` when the server is not mining.
    pub mining_since: Option<i64>,
    /// End of the period the last claim paid for.
    pub last_period_end: Option<i64>,
    /// When the last claim was made.
    pub last_claim_at: Option<i64>,
    /// What the server's claims paid in total.
    pub total_claimed: Tokens,
}

impl AccrualState {
    /// Start of the unpaid window, if the server accrues at all.
    pub fn window_start(&self) -> Option<i64> {
        let since = self.mining_since?;
        Some(self.last_period_end.map_or(since, |end| end.max(since)))
    }
}

/// A claim about to be paid.
#[derive(Debug, Clone)]
pub struct NewClaim<'a> {
    pub id: &'a str,
    pub account_id: &'a str,
    pub server_id: &'a str,
    pub period_end: i64,
    pub idempotency_key: Option<&'a str>,
    /// The account that sent the request (the owner, or an admin): the key's scope.
    pub requested_by: &'a str,
    pub now: i64,
}

/// The outcome the caller's rules decided inside the claim transaction.
pub enum ClaimDecision<R> {
    Pay { amount: Tokens, result: R },
    Refuse(R),
}

pub async fn accrual_state(conn: &mut Conn, server_id: &str) -> Result<AccrualState, StoreError> {
    let (mining_since, last_period_end, last_claim_at, total_claimed): (
        Option<i64>,
        Option<i64>,
        Option<i64>,
        i64,
    ) = sqlx::query_as(
        "SELECT \
           (SELECT MAX(started_at) FROM mining_activities WHERE server_id = ?1 AND stopped_at IS NULL), \
           (SELECT MAX(period_end) FROM ledger WHERE server_id = ?1 AND kind = 'claim'), \
           (SELECT MAX(created_at) FROM ledger WHERE server_id = ?1 AND kind = 'claim'), \
           (SELECT COALESCE(SUM(amount), 0) FROM ledger WHERE server_id = ?1 AND kind = 'claim')",
    )
    .bind(server_id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(AccrualState {
        mining_since,
        last_period_end,
        last_claim_at,
        total_claimed: total_claimed.into(),
    })
}

/// A window's figures of a server. A metrics row stands for `samples` samples and holds their
/// sums (an hour rolled up by the retention pass, migration 0016), so averages are weighted;
/// an hour rolled up is still one hour reported.
pub async fn accrual_window(
    conn: &mut Conn,
    server_id: &str,
    from: i64,
    to: i64,
) -> Result<AccrualWindow, StoreError> {
    let sql = format!(
        "SELECT \
           (SELECT COUNT(DISTINCT ts / 3600) FROM metrics WHERE server_id = ?1 AND ts >= ?2 AND ts < ?3) AS hours_reported, \
           (SELECT SUM(cpu) / SUM(samples) FROM metrics WHERE server_id = ?1 AND ts >= ?2 AND ts < ?3) AS avg_cpu, \
           (SELECT SUM(memory) / SUM(samples) FROM metrics WHERE server_id = ?1 AND ts >= ?2 AND ts < ?3) AS avg_memory, \
           (SELECT SUM(latency_ms) / SUM(samples) FROM metrics WHERE server_id = ?1 AND ts >= ?2 AND ts < ?3) AS avg_latency_ms, \
           (SELECT SUM(error_rate) / SUM(samples) FROM metrics WHERE server_id = ?1 AND ts >= ?2 AND ts < ?3) AS avg_error_rate, \
           (SELECT COALESCE(SUM(data_gb), 0.0) FROM sessions WHERE server_id = ?1 AND started_at >= ?2 AND started_at < ?3) AS data_gb, \
           (SELECT AVG(rating) FROM sessions WHERE server_id = ?1 AND started_at >= ?2 AND started_at < ?3) AS rating, \
           {} / (SELECT CASE WHEN COUNT(*) > 1 THEN COUNT(*) ELSE 1 END FROM servers WHERE decommissioned_at IS NULL) AS network_avg_data_gb",
        HourSplit::data_gb_sql(4)
    );
    // Made of constants and parameter numbers only.
    let mut query = sqlx::query_as::<_, AccrualWindow>(sqlx::AssertSqlSafe(sql))
        .bind(server_id)
        .bind(from)
        .bind(to);
    for bound in HourSplit::of(from, to).bounds() {
        query = query.bind(bound);
    }
    Ok(query.fetch_one(&mut *conn).await?)
}

/// What claims minted with `created_at` in `[from, to)`, platform-wide.
pub async fn claimed_between(conn: &mut Conn, from: i64, to: i64) -> Result<Tokens, StoreError> {
    let micro: i64 = sqlx::query_scalar(
        "SELECT COALESCE(SUM(amount), 0) FROM ledger \
         WHERE kind = 'claim' AND created_at >= ? AND created_at < ?",
    )
    .bind(from)
    .bind(to)
    .fetch_one(&mut *conn)
    .await?;
    Ok(micro.into())
}

/// The entry paid under `key` for a request of `requested_by`: keys are looked up only within
/// the account that sent them.
async fn claim_by_key(
    conn: &mut Conn,
    requested_by: &str,
    key: &str,
) -> Result<Option<LedgerRow>, StoreError> {
    Ok(sqlx::query_as::<_, LedgerRow>(
        "SELECT id, account_id, server_id, amount, period_end, created_at FROM ledger \
         WHERE requested_by = ? AND idempotency_key = ?",
    )
    .bind(requested_by)
    .bind(key)
    .fetch_optional(&mut *conn)
    .await?)
}

impl Store {
    pub async fn accrual(
        &self,
        server_id: &str,
        now: i64,
    ) -> Result<(AccrualState, Option<AccrualWindow>), StoreError> {
        let mut conn = self.pool().acquire().await?;
        let state = accrual_state(&mut conn, server_id).await?;
        let window = match state.window_start() {
            Some(from) if from < now => {
                Some(accrual_window(&mut conn, server_id, from, now).await?)
            }
            _ => None,
        };
        Ok((state, window))
    }

    /// The open mining activity of a server, if any.
    pub async fn active_activity(
        &self,
        server_id: &str,
    ) -> Result<Option<ActivityRow>, StoreError> {
        Ok(sqlx::query_as::<_, ActivityRow>(
            "SELECT id, server_id, started_at, stopped_at FROM mining_activities \
             WHERE server_id = ? AND stopped_at IS NULL ORDER BY started_at DESC LIMIT 1",
        )
        .bind(server_id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Opens a mining activity unless one is open; returns the open one and whether it is new.
    pub async fn start_activity(
        &self,
        server_id: &str,
        new_id: &str,
        now: i64,
    ) -> Result<(ActivityRow, bool), StoreError> {
        let mut tx = self.pool().begin_write().await?;
        let open = sqlx::query_as::<_, ActivityRow>(
            "SELECT id, server_id, started_at, stopped_at FROM mining_activities \
             WHERE server_id = ? AND stopped_at IS NULL ORDER BY started_at DESC LIMIT 1",
        )
        .bind(server_id)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(open) = open {
            return Ok((open, false));
        }
        sqlx::query("INSERT INTO mining_activities (id, server_id, started_at) VALUES (?, ?, ?)")
            .bind(new_id)
            .bind(server_id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok((
            ActivityRow {
                id: new_id.to_string(),
                server_id: server_id.to_string(),
                started_at: now,
                stopped_at: None,
            },
            true,
        ))
    }

    /// Closes the open mining activity of a server; returns it closed. Without an open one,
    /// returns the latest (already closed) activity, so that a repeated stop answers the same;
    /// `None` when the server never mined.
    pub async fn stop_activity(
        &self,
        server_id: &str,
        now: i64,
    ) -> Result<Option<ActivityRow>, StoreError> {
        let mut tx = self.pool().begin_write().await?;
        sqlx::query(
            "UPDATE mining_activities SET stopped_at = ? WHERE server_id = ? AND stopped_at IS NULL",
        )
        .bind(now)
        .bind(server_id)
        .execute(&mut *tx)
        .await?;
        let latest = sqlx::query_as::<_, ActivityRow>(
            "SELECT id, server_id, started_at, stopped_at FROM mining_activities \
             WHERE server_id = ? ORDER BY stopped_at IS NULL DESC, stopped_at DESC, started_at DESC LIMIT 1",
        )
        .bind(server_id)
        .fetch_optional(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(latest)
    }

    /// Mining settings: `None` leaves a field unchanged.
    pub async fn configure_mining(
        &self,
        server_id: &str,
        enabled: Option<bool>,
        rate_multiplier: Option<f64>,
        minimum_claim: Option<f64>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE servers SET mining_enabled = COALESCE(?, mining_enabled), \
             rate_multiplier = COALESCE(?, rate_multiplier), minimum_claim = COALESCE(?, minimum_claim) \
             WHERE id = ?",
        )
        .bind(enabled.map(i64::from))
        .bind(rate_multiplier)
        .bind(minimum_claim)
        .bind(server_id)
        .execute(self.pool())
        .await?;
        if enabled == Some(false) {
            sqlx::query(
                "UPDATE mining_activities SET stopped_at = ? WHERE server_id = ? AND stopped_at IS NULL",
            )
            .bind(chrono::Utc::now().timestamp())
            .bind(server_id)
            .execute(self.pool())
            .await?;
        }
        Ok(())
    }

    /// The claim `requested_by` was paid under an idempotency key, if one was.
    pub async fn claim_by_key(
        &self,
        requested_by: &str,
        key: &str,
    ) -> Result<Option<LedgerRow>, StoreError> {
        let mut conn = self.pool().acquire().await?;
        claim_by_key(&mut conn, requested_by, key).await
    }

    /// Runs a claim for one server under the write lock: `decide` sees the accrual state and
    /// window as of now, and what every claim of the platform minted so far in the UTC day of
    /// `now` (for the daily emission budget), and either pays (one ledger row) or refuses.
    /// Returns `decide`'s result, or the existing entry when the idempotency key was already
    /// used. The write lock is taken before anything is read, so two claims, even from two
    /// processes, never both see the same day's total: the budget holds under concurrency.
    pub async fn claim<R>(
        &self,
        claim: NewClaim<'_>,
        decide: impl FnOnce(&AccrualState, Option<&AccrualWindow>, Tokens) -> ClaimDecision<R>,
    ) -> Result<Result<R, LedgerRow>, StoreError> {
        let mut tx = self.pool().begin_write().await?;
        if let Some(key) = claim.idempotency_key
            && let Some(existing) = claim_by_key(&mut tx, claim.requested_by, key).await?
        {
            return Ok(Err(existing));
        }
        let state = accrual_state(&mut tx, claim.server_id).await?;
        let window = match state.window_start() {
            Some(from) if from < claim.now => {
                Some(accrual_window(&mut tx, claim.server_id, from, claim.now).await?)
            }
            _ => None,
        };
        let claimed_today =
            claimed_between(&mut tx, day_start(claim.now), next_reset(claim.now)).await?;
        match decide(&state, window.as_ref(), claimed_today) {
            ClaimDecision::Refuse(result) => Ok(Ok(result)),
            ClaimDecision::Pay { amount, result } => {
                sqlx::query(
                    "INSERT INTO ledger (id, account_id, server_id, kind, amount, period_end, idempotency_key, requested_by, created_at) \
                     VALUES (?, ?, ?, 'claim', ?, ?, ?, ?, ?)",
                )
                .bind(claim.id)
                .bind(claim.account_id)
                .bind(claim.server_id)
                .bind(amount.micro())
                .bind(claim.period_end)
                .bind(claim.idempotency_key)
                .bind(claim.requested_by)
                .bind(claim.now)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(Ok(result))
            }
        }
    }

    /// What a server's claims paid in total.
    pub async fn server_claimed(&self, server_id: &str) -> Result<Tokens, StoreError> {
        let micro: i64 = sqlx::query_scalar(
            "SELECT COALESCE(SUM(amount), 0) FROM ledger WHERE server_id = ? AND kind = 'claim'",
        )
        .bind(server_id)
        .fetch_one(self.pool())
        .await?;
        Ok(micro.into())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::domain::emission::EmissionPolicy;
    use crate::server::store::IN_MEMORY;

    /// Migration 0007 rebuilds the ledger: entries, their order and their keys survive, each key
    /// now scoped to the entry's owner, and new entries continue the sequence.
    #[tokio::test]
    async fn migration_0007_keeps_the_ledger_and_scopes_old_keys_to_their_owner() {
        let pool = memory_pool().await;
        migrate(&pool, 1..=6).await;
        sqlx::raw_sql(
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) VALUES \
             ('op-a', 'alice', '!', 'OPERATOR', 'FREE', 'u1', 0), ('op-b', 'bob', '!', 'OPERATOR', 'FREE', 'u2', 0); \
             INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) VALUES \
             ('srv-a', 'op-a', 'a.example.net', '192.0.2.1', 'eu-west', 0); \
             INSERT INTO ledger (id, account_id, server_id, kind, amount, period_end, idempotency_key, created_at) VALUES \
             ('l1', 'op-a', 'srv-a', 'claim', 1.5, 10, 'k', 10), \
             ('l2', 'op-b', NULL, 'spend', 0.5, NULL, NULL, 20);",
        )
        .execute(&pool)
        .await
        .unwrap();
        migrate(&pool, 7..=7).await;

        /// seq, id, idempotency_key, requested_by, amount.
        type Entry = (i64, String, Option<String>, Option<String>, f64);
        let kept: Vec<Entry> = sqlx::query_as(
            "SELECT seq, id, idempotency_key, requested_by, amount FROM ledger ORDER BY seq",
        )
        .fetch_all(&pool)
        .await
        .unwrap();
        assert_eq!(
            kept,
            [
                (1, "l1".into(), Some("k".into()), Some("op-a".into()), 1.5),
                (2, "l2".into(), None, Some("op-b".into()), 0.5),
            ]
        );
        // Through migration 0014, which makes the amounts micro-tokens.
        migrate(&pool, 8..=LATEST).await;
        let mut conn = pool.acquire().await.unwrap();
        let found = claim_by_key(Conn::of(&mut conn), "op-a", "k")
            .await
            .unwrap();
        assert_eq!(found.as_ref().map(|row| row.amount), Some(tok("1.5")));
        assert_eq!(found.map(|row| row.id).as_deref(), Some("l1"));
        assert!(
            claim_by_key(Conn::of(&mut conn), "op-b", "k")
                .await
                .unwrap()
                .is_none()
        );
        // Another account may use the key; the same account may not, twice.
        let insert = "INSERT INTO ledger (id, account_id, server_id, kind, amount, idempotency_key, requested_by, created_at) \
                      VALUES (?, 'op-a', 'srv-a', 'claim', 1, 'k', ?, 30) RETURNING rowid";
        let by_b = sqlx::query_scalar::<_, i64>(insert).bind("l3").bind("op-b");
        assert_eq!(by_b.fetch_one(&mut *conn).await.unwrap(), 3);
        let again = sqlx::query(insert).bind("l4").bind("op-a");
        assert!(
            again.execute(&mut *conn).await.is_err(),
            "UNIQUE per account"
        );
    }

    #[tokio::test]
    async fn claims_look_keys_up_within_the_requesting_account() {
        let store = Store::open(IN_MEMORY).await.unwrap();
        sqlx::raw_sql(
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) VALUES \
             ('op-a', 'alice', '!', 'OPERATOR', 'FREE', 'u1', 0), ('op-b', 'bob', '!', 'OPERATOR', 'FREE', 'u2', 0); \
             INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) VALUES \
             ('srv-a', 'op-a', 'a.example.net', '192.0.2.1', 'eu-west', 0), \
             ('srv-b', 'op-b', 'b.example.net', '192.0.2.2', 'eu-west', 0);",
        )
        .execute(store.pool())
        .await
        .unwrap();
        let claim = |id: &'static str, owner: &'static str, server: &'static str| NewClaim {
            id,
            account_id: owner,
            server_id: server,
            period_end: 100,
            idempotency_key: Some("same-key"),
            requested_by: owner,
            now: 100,
        };
        let pay = |_: &AccrualState, _: Option<&AccrualWindow>, _: Tokens| ClaimDecision::Pay {
            amount: tok("2"),
            result: (),
        };
        assert!(
            store
                .claim(claim("c1", "op-a", "srv-a"), pay)
                .await
                .unwrap()
                .is_ok()
        );
        assert!(
            store
                .claim(claim("c2", "op-b", "srv-b"), pay)
                .await
                .unwrap()
                .is_ok(),
            "another account's key does not block"
        );
        let retried = store
            .claim(claim("c3", "op-b", "srv-b"), pay)
            .await
            .unwrap();
        assert_eq!(
            retried.unwrap_err().id,
            "c2",
            "a retry finds its own account's claim"
        );
        assert_eq!(store.server_claimed("srv-a").await.unwrap(), tok("2"));
        assert_eq!(store.server_claimed("srv-b").await.unwrap(), tok("2"));
        let balances: Vec<(String, i64, i64)> = sqlx::query_as(
            "SELECT account_id, balance, held FROM account_balances ORDER BY account_id",
        )
        .fetch_all(store.pool())
        .await
        .unwrap();
        assert_eq!(
            balances,
            [("op-a".into(), 2_000_000, 0), ("op-b".into(), 2_000_000, 0)]
        );
    }

    /// Two stores on one database file (as two server processes would be) race 24 claims of
    /// one token each, for two servers, against a budget of 7.5 tokens a day: the write lock
    /// serialises them, so exactly 7 are paid and the day's total stays within the budget.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn racing_claims_never_pass_the_daily_budget_together() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("race.db").display().to_string();
        let first = Store::open(&path).await.unwrap();
        let second = Store::open(&path).await.unwrap();
        sqlx::raw_sql(
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) VALUES \
             ('op-a', 'alice', '!', 'OPERATOR', 'FREE', 'u1', 0); \
             INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) VALUES \
             ('srv-a', 'op-a', 'a.example.net', '192.0.2.1', 'eu-west', 0), \
             ('srv-b', 'op-a', 'b.example.net', '192.0.2.2', 'eu-west', 0);",
        )
        .execute(first.pool())
        .await
        .unwrap();
        let policy = EmissionPolicy {
            daily: Some(tok("7.5")),
        };
        let now = 1_796_066_349;
        let ids: Vec<String> = (0..24).map(|i| format!("c{i}")).collect();
        let claims = ids.iter().enumerate().map(|(i, id)| {
            let store = if i % 2 == 0 { &first } else { &second };
            let claim = NewClaim {
                id,
                account_id: "op-a",
                server_id: if i % 3 == 0 { "srv-a" } else { "srv-b" },
                period_end: now,
                idempotency_key: None,
                requested_by: "op-a",
                now,
            };
            store.claim(
                claim,
                move |_: &AccrualState, _: Option<&AccrualWindow>, today| match policy.check(
                    today,
                    tok("1"),
                    now,
                ) {
                    Ok(()) => ClaimDecision::Pay {
                        amount: tok("1"),
                        result: true,
                    },
                    Err(_) => ClaimDecision::Refuse(false),
                },
            )
        });
        let outcomes = futures_util::future::join_all(claims).await;
        let paid = outcomes
            .into_iter()
            .filter(|o| matches!(o, Ok(Ok(true))))
            .count();
        assert_eq!(paid, 7);
        let mut conn = first.pool().acquire().await.unwrap();
        let today = claimed_between(&mut conn, day_start(now), next_reset(now))
            .await
            .unwrap();
        assert_eq!(today, tok("7"));
        // Tomorrow's budget is whole again.
        assert_eq!(
            claimed_between(&mut conn, next_reset(now), next_reset(now) + 86_400)
                .await
                .unwrap(),
            Tokens::ZERO
        );
    }

    /// Migration 0014 turns REAL amounts into micro-tokens: per account, each entry is the
    /// rounded running total minus the previous one, so the balance is the old one rounded
    /// once and no entry changes sign. Spends become debits.
    #[tokio::test]
    async fn migration_0014_keeps_every_balance_to_the_micro_token() {
        let pool = memory_pool().await;
        migrate(&pool, 1..=13).await;
        sqlx::raw_sql(
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) VALUES \
             ('op-a', 'alice', '!', 'OPERATOR', 'FREE', 'u1', 0), ('u-b', 'bob', '!', 'USER', 'FREE', 'u2', 0); \
             INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) VALUES \
             ('srv-a', 'op-a', 'a.example.net', '192.0.2.1', 'eu-west', 0); \
             INSERT INTO ledger (id, account_id, server_id, kind, amount, period_end, created_at) VALUES \
             ('l1', 'op-a', 'srv-a', 'claim', 0.0000004, 10, 10), \
             ('l2', 'op-a', 'srv-a', 'claim', 0.0000004, 20, 20), \
             ('l3', 'u-b', NULL, 'spend', 12.3456784, NULL, 25), \
             ('l4', 'op-a', 'srv-a', 'claim', 0.0000004, 30, 30), \
             ('l5', 'op-a', 'srv-a', 'claim', 10.1234567, 40, 40), \
             ('l6', 'u-b', NULL, 'spend', 0.1, NULL, 45);",
        )
        .execute(&pool)
        .await
        .unwrap();
        migrate(&pool, 14..=14).await;
        let entries: Vec<(String, String, i64)> =
            sqlx::query_as("SELECT id, account_id, amount FROM ledger ORDER BY seq")
                .fetch_all(&pool)
                .await
                .unwrap();
        assert_eq!(
            entries,
            [
                ("l1".into(), "op-a".into(), 0),
                ("l2".into(), "op-a".into(), 1),
                ("l3".into(), "u-b".into(), -12_345_678),
                ("l4".into(), "op-a".into(), 0),
                ("l5".into(), "op-a".into(), 10_123_457),
                ("l6".into(), "u-b".into(), -100_000),
            ]
        );
        // 0.0000012 + 10.1234567 = 10.1234579; -12.3456784 - 0.1 = -12.4456784.
        let balances: Vec<(String, i64, i64)> = sqlx::query_as(
            "SELECT account_id, balance, held FROM account_balances ORDER BY account_id",
        )
        .fetch_all(&pool)
        .await
        .unwrap();
        assert_eq!(
            balances,
            [
                ("op-a".into(), 10_123_458, 0),
                ("u-b".into(), -12_445_678, 0)
            ]
        );
        for refused in [
            "UPDATE ledger SET amount = 1",
            "DELETE FROM ledger",
            "INSERT INTO ledger (id, account_id, kind, amount, created_at) VALUES ('x', 'nobody', 'claim', 1, 0)",
            "INSERT INTO ledger (id, account_id, kind, amount, created_at) VALUES ('x', 'op-a', 'claim', 1.5, 0)",
            "INSERT INTO ledger (id, account_id, kind, amount, created_at) VALUES ('x', 'op-a', 'claim', -1, 0)",
        ] {
            assert!(
                sqlx::raw_sql(refused).execute(&pool).await.is_err(),
                "{refused}"
            );
        }
        sqlx::raw_sql(
            "INSERT INTO ledger (id, account_id, kind, amount, created_at) VALUES ('f', 'platform', 'fee', 5, 0)",
        )
        .execute(&pool)
        .await
        .unwrap();
    }

    /// Migration 0014 on many random REAL entries (a seeded rng, so a failure repeats): per
    /// account, the new balance is within half a micro-token of the exact sum of the old
    /// amounts and equal to the old REAL balance rounded once (`Tokens::from_rate`, the
    /// project's one rounding point); every entry is within one micro-token of its old value,
    /// with its sign (claims credit, spends debit). The old amounts are drawn as whole
    /// nano-tokens, so their exact sums are known in integers, independently of SQLite's
    /// floating-point SUM.
    #[tokio::test]
    async fn migration_0014_converts_random_real_ledgers_exactly() {
        use rand::rngs::StdRng;
        use rand::{RngExt, SeedableRng};

        const ACCOUNTS: usize = 12;
        const ENTRIES: usize = 250;
        const NANOS_PER_MICRO: i64 = 1_000;
        let pool = memory_pool().await;
        migrate(&pool, 1..=13).await;
        let mut rng = StdRng::seed_from_u64(0x0014_5eed);
        let mut tx = pool.begin().await.unwrap();
        for a in 0..ACCOUNTS {
            sqlx::query(
                "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) \
                 VALUES (?1, ?1, '!', 'OPERATOR', 'FREE', ?1, 0)",
            )
            .bind(format!("acc-{a}"))
            .execute(&mut *tx)
            .await
            .unwrap();
        }
        // (id, account, signed old amount in nano-tokens), in ledger order: accounts
        // interleaved, amounts from below a micro-token to thousands of tokens, and spends
        // that may take a balance below zero.
        let mut old: Vec<(String, usize, i64)> = Vec::new();
        for i in 0..ACCOUNTS * ENTRIES {
            let account = rng.random_range(0..ACCOUNTS);
            let nano: i64 = match rng.random_range(0..4) {
                0 => rng.random_range(0..2_000),
                1 => rng.random_range(0..10_000_000),
                2 => rng.random_range(0..1_000_000_000_000),
                _ => rng.random_range(0..5_000_000_000_000),
            };
            let spend = rng.random_range(0..3) == 0;
            let id = format!("l{i}");
            sqlx::query(
                "INSERT INTO ledger (id, account_id, kind, amount, created_at) VALUES (?, ?, ?, ?, ?)",
            )
            .bind(&id)
            .bind(format!("acc-{account}"))
            .bind(if spend { "spend" } else { "claim" })
            .bind(nano as f64 / 1e9)
            .bind(i as i64)
            .execute(&mut *tx)
            .await
            .unwrap();
            old.push((id, account, if spend { -nano } else { nano }));
        }
        tx.commit().await.unwrap();
        let real_balances: HashMap<String, f64> = sqlx::query_as::<_, (String, f64)>(
            "SELECT account_id, SUM(CASE kind WHEN 'spend' THEN -amount ELSE amount END) \
             FROM ledger GROUP BY account_id",
        )
        .fetch_all(&pool)
        .await
        .unwrap()
        .into_iter()
        .collect();

        migrate(&pool, 14..=14).await;

        let new: HashMap<String, i64> =
            sqlx::query_as::<_, (String, i64)>("SELECT id, amount FROM ledger")
                .fetch_all(&pool)
                .await
                .unwrap()
                .into_iter()
                .collect();
        assert_eq!(new.len(), old.len());
        let mut exact_nanos = [0i64; ACCOUNTS];
        for (id, account, nano) in &old {
            let micro = new[id];
            assert!(
                (micro * NANOS_PER_MICRO - nano).abs() < NANOS_PER_MICRO,
                "{id}: {micro} micro-tokens for {nano} nano-tokens"
            );
            assert!(
                micro == 0 || micro.signum() == nano.signum(),
                "{id}: {micro} for {nano}"
            );
            exact_nanos[*account] += nano;
        }
        let balances: HashMap<String, (i64, i64)> = sqlx::query_as::<_, (String, i64, i64)>(
            "SELECT account_id, balance, held FROM account_balances",
        )
        .fetch_all(&pool)
        .await
        .unwrap()
        .into_iter()
        .map(|(account, balance, held)| (account, (balance, held)))
        .collect();
        assert_eq!(balances.len(), ACCOUNTS);
        for (a, exact) in exact_nanos.iter().enumerate() {
            let account = format!("acc-{a}");
            let (balance, held) = balances[&account];
            assert_eq!(held, 0, "{account}");
            assert!(
                2 * (balance * NANOS_PER_MICRO - exact).abs() <= NANOS_PER_MICRO,
                "{account}: {balance} micro-tokens for {exact} nano-tokens"
            );
            assert_eq!(
                Some(Tokens::from_micro(balance)),
                Tokens::from_rate(real_balances[&account]),
                "{account}"
            );
            let summed: i64 = old
                .iter()
                .filter(|(_, owner, _)| *owner == a)
                .map(|(id, _, _)| new[id])
                .sum();
            assert_eq!(
                summed, balance,
                "{account}: the entries add up to the balance"
            );
        }
    }

    /// The last migration's version.
    const LATEST: i64 = i64::MAX;

    /// An empty in-memory database, on one connection (each is a database of its own).
    async fn memory_pool() -> sqlx::AnyPool {
        sqlx::any::install_default_drivers();
        sqlx::any::AnyPoolOptions::new()
            .max_connections(1)
            .connect("sqlite::memory:")
            .await
            .unwrap()
    }

    /// Applies the project's migrations whose versions fall in `versions`, as plain SQL.
    async fn migrate(pool: &sqlx::AnyPool, versions: std::ops::RangeInclusive<i64>) {
        for migration in crate::server::store::migrator().iter() {
            if versions.contains(&migration.version) {
                sqlx::raw_sql(migration.sql.clone())
                    .execute(pool)
                    .await
                    .unwrap_or_else(|e| panic!("migration {}: {e}", migration.version));
            }
        }
    }

    fn tok(text: &str) -> Tokens {
        text.parse().unwrap()
    }
}
