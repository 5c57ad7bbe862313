//! Notification channels and the webhook outbox (migration 0015): channels as their owners
//! manage them, and the deliveries the worker (`server::webhooks`) claims, sends and records.
//!
//! The rows are the truth: a delivery is claimed by moving its `next_attempt_at` past the
//! time its send can take (a lease), so a second worker skips it and a worker that dies
//! mid-send leaves it due again once the lease is over. Nothing is kept only in memory.

use sqlx::Row as _;

use super::alerts::ChannelRow;
use super::rows::row_struct;
use super::{Store, StoreError};

/// A channel to store.
#[derive(Debug, Clone)]
pub struct NewChannel<'a> {
    pub id: &'a str,
    pub owner_id: &'a str,
    pub name: &'a str,
    pub url: &'a str,
    pub secret: &'a str,
    pub allow_insecure: bool,
}

/// A channel with what sending to it needs.
#[derive(Debug, Clone)]
pub struct ChannelTarget {
    pub channel: ChannelRow,
    pub secret: String,
}

/// A delivery claimed for sending, with the rows its body is built from.
#[derive(Debug, Clone)]
pub struct ClaimedDelivery {
    pub id: i64,
    /// Attempts made before this one.
    pub attempts: i64,
    pub resolved: bool,
    pub channel_name: String,
    pub url: String,
    pub secret: String,
    pub alert_id: String,
    pub rule_id: String,
    pub rule_name: String,
    pub metric: String,
    pub operator: String,
    pub threshold: f64,
    pub duration_secs: i64,
    pub severity: String,
    pub server_id: Option<String>,
    pub server_name: Option<String>,
    pub value: f64,
    pub last_value: f64,
    pub summary: String,
    pub started_at: i64,
    pub resolved_at: Option<i64>,
}

/// One attempt's outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttemptOutcome {
    pub http_status: Option<u16>,
    pub error: Option<String>,
    pub duration_ms: i64,
}

impl AttemptOutcome {
    pub fn delivered(&self) -> bool {
        self.http_status.is_some_and(|s| (200..300).contains(&s))
    }

    /// What `last_error` says of a failed attempt.
    pub fn describe(&self) -> String {
        match (&self.error, self.http_status) {
            (Some(e), _) => e.clone(),
            (None, Some(s)) => format!("HTTP {s}"),
            (None, None) => "no answer".into(),
        }
    }
}

/// What happens to a delivery after a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterFailure {
    RetryAt(i64),
    Dead,
}

/// Which deliveries to list; all given filters must match.
#[derive(Debug, Clone, Default)]
pub struct DeliveryFilter<'a> {
    pub status: Option<&'a str>,
    pub alert_id: Option<&'a str>,
    pub channel_id: Option<&'a str>,
    /// Only deliveries to channels this account owns.
    pub channel_owner: Option<&'a str>,
}

row_struct! {
    #[derive(Debug, Clone)]
    pub struct DeliveryRow {
        pub id: i64,
        pub alert_id: String,
        pub channel_id: String,
        pub channel_name: String,
        pub event: String,
        pub status: String,
        pub attempts: i64,
        pub next_attempt_at: i64,
        pub created_at: i64,
        pub finished_at: Option<i64>,
        pub last_error: Option<String>,
    }
}

row_struct! {
    #[derive(Debug, Clone)]
    pub struct AttemptRow {
        pub delivery_id: i64,
        pub attempt: i64,
        pub at: i64,
        pub http_status: Option<i64>,
        pub error: Option<String>,
        pub duration_ms: i64,
    }
}

const CHANNEL_COLUMNS: &str = "id, owner_id, name, kind, url, allow_insecure, created_at";

fn push_filter(qb: &mut sqlx::QueryBuilder<sqlx::Any>, filter: &DeliveryFilter<'_>) {
    qb.push(" WHERE 1 = 1");
    if let Some(status) = filter.status {
        qb.push(" AND d.status = ").push_bind(status.to_string());
    }
    if let Some(alert) = filter.alert_id {
        qb.push(" AND d.alert_id = ").push_bind(alert.to_string());
    }
    if let Some(channel) = filter.channel_id {
        qb.push(" AND d.channel_id = ")
            .push_bind(channel.to_string());
    }
    if let Some(owner) = filter.channel_owner {
        qb.push(" AND c.owner_id = ").push_bind(owner.to_string());
    }
}

fn push_ids(qb: &mut sqlx::QueryBuilder<sqlx::Any>, ids: &[i64]) {
    qb.push(" IN (");
    let mut list = qb.separated(", ");
    for id in ids {
        list.push_bind(*id);
    }
    qb.push(")");
}

impl Store {
    /// Stores a channel; `None` when its owner already has one of that name.
    pub async fn insert_alert_channel(
        &self,
        channel: &NewChannel<'_>,
        now: i64,
    ) -> Result<Option<ChannelRow>, StoreError> {
        let sql = format!(
            "INSERT INTO alert_channels (id, owner_id, name, url, secret, allow_insecure, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (owner_id, name) DO NOTHING
             RETURNING {CHANNEL_COLUMNS}"
        );
        let row = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(channel.id)
            .bind(channel.owner_id)
            .bind(channel.name)
            .bind(channel.url)
            .bind(channel.secret)
            .bind(i64::from(channel.allow_insecure))
            .bind(now)
            .fetch_optional(self.pool())
            .await?;
        if row.is_some() {
            self.note_change().await;
        }
        Ok(row)
    }

    /// Channels by name; only `owner`'s when given.
    pub async fn alert_channels(&self, owner: Option<&str>) -> Result<Vec<ChannelRow>, StoreError> {
        let sql = format!(
            "SELECT {CHANNEL_COLUMNS} FROM alert_channels
             WHERE ?1 IS NULL OR owner_id = ?1 ORDER BY name, owner_id, id"
        );
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(owner)
            .fetch_all(self.pool())
            .await?)
    }

    /// A channel with its secret.
    pub async fn alert_channel_target(
        &self,
        id: &str,
    ) -> Result<Option<ChannelTarget>, StoreError> {
        let sql = format!("SELECT {CHANNEL_COLUMNS}, secret FROM alert_channels WHERE id = ?");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.map(|row| {
            Ok(ChannelTarget {
                secret: row.try_get("secret")?,
                channel: <ChannelRow as sqlx::FromRow<_>>::from_row(&row)?,
            })
        })
        .transpose()
    }

    /// Deletes a channel, its links to rules and its deliveries (by the schema's cascades);
    /// `false` when there was none.
    pub async fn delete_alert_channel(&self, id: &str) -> Result<bool, StoreError> {
        let deleted = sqlx::query("DELETE FROM alert_channels WHERE id = ?")
            .bind(id)
            .execute(self.pool())
            .await?
            .rows_affected()
            > 0;
        if deleted {
            self.note_change().await;
        }
        Ok(deleted)
    }

    /// Claims up to `limit` pending deliveries due at `now`, oldest due first, by moving their
    /// `next_attempt_at` to `now + lease_secs`: no other worker takes them meanwhile, and if
    /// this one never records the attempt they are due again after the lease.
    pub async fn claim_due_deliveries(
        &self,
        now: i64,
        limit: u32,
        lease_secs: i64,
    ) -> Result<Vec<ClaimedDelivery>, StoreError> {
        let mut tx = self.pool().begin_write().await?;
        let ids: Vec<i64> = sqlx::query_scalar(
            "UPDATE alert_deliveries SET next_attempt_at = ?
             WHERE id IN (SELECT id FROM alert_deliveries
                          WHERE status = 'PENDING' AND next_attempt_at <= ?
                          ORDER BY next_attempt_at, id LIMIT ?)
             RETURNING id",
        )
        .bind(now.saturating_add(lease_secs))
        .bind(now)
        .bind(i64::from(limit))
        .fetch_all(&mut *tx)
        .await?;
        if ids.is_empty() {
            tx.commit().await?;
            return Ok(Vec::new());
        }
        let mut qb = sqlx::QueryBuilder::new(
            "SELECT d.id, d.attempts, d.event, c.name AS channel_name, c.url, c.secret,
                    a.id AS alert_id, r.id AS rule_id, r.name AS rule_name, r.metric, r.operator,
                    a.threshold, r.duration_secs, a.severity, a.server_id,
                    s.host_name AS server_name, a.value, a.last_value, a.summary, a.started_at,
                    a.resolved_at
             FROM alert_deliveries d
             JOIN alert_channels c ON c.id = d.channel_id
             JOIN alerts a ON a.id = d.alert_id
             JOIN alert_rules r ON r.id = a.rule_id
             LEFT JOIN servers s ON s.id = a.server_id
             WHERE d.id",
        );
        push_ids(&mut qb, &ids);
        qb.push(" ORDER BY d.id");
        let rows = qb.build().fetch_all(&mut *tx).await?;
        tx.commit().await?;
        rows.into_iter()
            .map(|row| {
                Ok(ClaimedDelivery {
                    id: row.try_get("id")?,
                    attempts: row.try_get("attempts")?,
                    resolved: row.try_get::<String, _>("event")? == "RESOLVED",
                    channel_name: row.try_get("channel_name")?,
                    url: row.try_get("url")?,
                    secret: row.try_get("secret")?,
                    alert_id: row.try_get("alert_id")?,
                    rule_id: row.try_get("rule_id")?,
                    rule_name: row.try_get("rule_name")?,
                    metric: row.try_get("metric")?,
                    operator: row.try_get("operator")?,
                    threshold: row.try_get("threshold")?,
                    duration_secs: row.try_get("duration_secs")?,
                    severity: row.try_get("severity")?,
                    server_id: row.try_get("server_id")?,
                    server_name: row.try_get("server_name")?,
                    value: row.try_get("value")?,
                    last_value: row.try_get("last_value")?,
                    summary: row.try_get("summary")?,
                    started_at: row.try_get("started_at")?,
                    resolved_at: row.try_get("resolved_at")?,
                })
            })
            .collect()
    }

    /// Logs an attempt of a delivery and moves it on: DELIVERED on a 2xx answer; otherwise
    /// `after_failure(attempts so far)` says when to retry, or DEAD. Returns the new status,
    /// or `None` when the delivery is gone (its channel was deleted meanwhile).
    pub async fn record_delivery_attempt(
        &self,
        id: i64,
        outcome: &AttemptOutcome,
        now: i64,
        after_failure: impl FnOnce(i64) -> AfterFailure,
    ) -> Result<Option<&'static str>, StoreError> {
        let mut tx = self.pool().begin_write().await?;
        let attempts: Option<i64> = sqlx::query_scalar(
            "SELECT attempts FROM alert_deliveries WHERE id = ? AND status = 'PENDING'",
        )
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(before) = attempts else {
            tx.commit().await?;
            return Ok(None);
        };
        let attempt = before + 1;
        sqlx::query(
            "INSERT INTO alert_delivery_attempts
                 (delivery_id, attempt, at, http_status, error, duration_ms)
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(id)
        .bind(attempt)
        .bind(now)
        .bind(outcome.http_status.map(i64::from))
        .bind(&outcome.error)
        .bind(outcome.duration_ms)
        .execute(&mut *tx)
        .await?;
        let status = if outcome.delivered() {
            sqlx::query(
                "UPDATE alert_deliveries SET status = 'DELIVERED', attempts = ?,
                     finished_at = ?, last_error = NULL WHERE id = ?",
            )
            .bind(attempt)
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await?;
            "DELIVERED"
        } else {
            let error = outcome.describe();
            match after_failure(attempt) {
                AfterFailure::RetryAt(at) => {
                    sqlx::query(
                        "UPDATE alert_deliveries SET attempts = ?, next_attempt_at = ?,
                             last_error = ? WHERE id = ?",
                    )
                    .bind(attempt)
                    .bind(at)
                    .bind(&error)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                    "PENDING"
                }
                AfterFailure::Dead => {
                    sqlx::query(
                        "UPDATE alert_deliveries SET status = 'DEAD', attempts = ?,
                             finished_at = ?, last_error = ? WHERE id = ?",
                    )
                    .bind(attempt)
                    .bind(now)
                    .bind(&error)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                    "DEAD"
                }
            }
        };
        tx.commit().await?;
        self.note_change().await;
        Ok(Some(status))
    }

    /// When the next pending delivery is due, if any.
    pub async fn next_delivery_due(&self) -> Result<Option<i64>, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT MIN(next_attempt_at) FROM alert_deliveries WHERE status = 'PENDING'",
        )
        .fetch_one(self.pool())
        .await?)
    }

    /// A page of deliveries, newest first, and how many match.
    pub async fn alert_deliveries(
        &self,
        filter: &DeliveryFilter<'_>,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<DeliveryRow>, i64), StoreError> {
        let mut count = sqlx::QueryBuilder::new(
            "SELECT COUNT(*) FROM alert_deliveries d JOIN alert_channels c ON c.id = d.channel_id",
        );
        push_filter(&mut count, filter);
        let total: i64 = count.build_query_scalar().fetch_one(self.pool()).await?;
        let mut qb = sqlx::QueryBuilder::new(
            "SELECT d.id, d.alert_id, d.channel_id, c.name AS channel_name, d.event, d.status,
                    d.attempts, d.next_attempt_at, d.created_at, d.finished_at, d.last_error
             FROM alert_deliveries d JOIN alert_channels c ON c.id = d.channel_id",
        );
        push_filter(&mut qb, filter);
        qb.push(" ORDER BY d.id DESC LIMIT ")
            .push_bind(limit)
            .push(" OFFSET ")
            .push_bind(offset);
        let rows = qb.build_query_as().fetch_all(self.pool()).await?;
        Ok((rows, total))
    }

    /// The attempts of these deliveries, in order.
    pub async fn delivery_attempts(&self, ids: &[i64]) -> Result<Vec<AttemptRow>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut qb = sqlx::QueryBuilder::new(
            "SELECT delivery_id, attempt, at, http_status, error, duration_ms
             FROM alert_delivery_attempts WHERE delivery_id",
        );
        push_ids(&mut qb, ids);
        qb.push(" ORDER BY delivery_id, attempt");
        Ok(qb.build_query_as().fetch_all(self.pool()).await?)
    }

    /// The outbox as `systemHealth` reports it: deliveries still to make, and those that gave
    /// up since `dead_since` (older dead ones stay in `alertDeliveries` but no longer count
    /// against the platform's health).
    pub async fn delivery_backlog(&self, dead_since: i64) -> Result<DeliveryBacklog, StoreError> {
        let (pending, dead): (i64, i64) = sqlx::query_as(
            "SELECT
                 (SELECT COUNT(*) FROM alert_deliveries WHERE status = 'PENDING'),
                 (SELECT COUNT(*) FROM alert_deliveries
                  WHERE status = 'DEAD' AND finished_at >= ?)",
        )
        .bind(dead_since)
        .fetch_one(self.pool())
        .await?;
        Ok(DeliveryBacklog { pending, dead })
    }
}

/// See [`Store::delivery_backlog`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeliveryBacklog {
    pub pending: i64,
    pub dead: i64,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::store::IN_MEMORY;
    use crate::server::store::alerts::AlertChange;

    #[tokio::test]
    async fn deleting_a_channel_drops_its_rule_links_and_deliveries_and_names_are_per_owner() {
        let store = Store::open(IN_MEMORY).await.unwrap();
        sqlx::raw_sql(
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) \
               VALUES ('op-a', 'alice', '!', 'OPERATOR', 'FREE', 'u1', 0), \
                      ('op-b', 'bob', '!', 'OPERATOR', 'FREE', 'u2', 0); \
             INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) \
               VALUES ('srv-a', 'op-a', 'a.example.net', '192.0.2.1', 'eu-west', 0);",
        )
        .execute(store.pool())
        .await
        .unwrap();
        let new = |id: &'static str, owner: &'static str| NewChannel {
            id,
            owner_id: owner,
            name: "ops",
            url: "https://hooks.example.com/x",
            secret: "0123456789abcdef",
            allow_insecure: false,
        };
        assert!(
            store
                .insert_alert_channel(&new("ch-1", "op-a"), 1)
                .await
                .unwrap()
                .is_some()
        );
        assert!(
            store
                .insert_alert_channel(&new("ch-2", "op-a"), 1)
                .await
                .unwrap()
                .is_none()
        );
        assert!(
            store
                .insert_alert_channel(&new("ch-3", "op-b"), 1)
                .await
                .unwrap()
                .is_some()
        );
        assert_eq!(store.alert_channels(Some("op-a")).await.unwrap().len(), 1);
        assert_eq!(store.alert_channels(None).await.unwrap().len(), 2);
        sqlx::query("INSERT INTO alert_rule_channels VALUES ('rule-cpu', 'ch-1')")
            .execute(store.pool())
            .await
            .unwrap();
        store
            .apply_alert_changes(&[AlertChange::Fire {
                rule_id: "rule-cpu".into(),
                server_id: Some("srv-a".into()),
                severity: crate::domain::alert_rule::AlertSeverity::Warning,
                value: 95.0,
                threshold: 90.0,
                summary: "CPU at 95%".into(),
                at: 10,
            }])
            .await
            .unwrap();
        let (rows, total) = store
            .alert_deliveries(&DeliveryFilter::default(), 20, 0)
            .await
            .unwrap();
        assert_eq!((rows.len(), total), (1, 1));
        let theirs = DeliveryFilter {
            channel_owner: Some("op-b"),
            ..DeliveryFilter::default()
        };
        assert_eq!(store.alert_deliveries(&theirs, 20, 0).await.unwrap().1, 0);

        assert!(store.delete_alert_channel("ch-1").await.unwrap());
        assert!(!store.delete_alert_channel("ch-1").await.unwrap());
        let links: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM alert_rule_channels")
            .fetch_one(store.pool())
            .await
            .unwrap();
        let deliveries: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM alert_deliveries")
            .fetch_one(store.pool())
            .await
            .unwrap();
        assert_eq!((links, deliveries), (0, 0));
        // The alert itself stays in the history.
        assert_eq!(store.firing_alerts().await.unwrap().len(), 1);
    }
}
