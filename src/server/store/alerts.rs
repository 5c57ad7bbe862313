//! Alerts as the engine writes them: the enabled rules, firing alerts, and each change of an
//! alert written in one transaction with the outbox rows of its notifications (migration 0015).

use std::collections::HashMap;

use sqlx::Row as _;

use super::rows::row_struct;
use super::{Flag, Store, StoreError};
use crate::domain::alert_rule::{AlertRule, AlertSeverity, Comparator, Metric, RuleScope};

/// A change the engine decided on.
#[derive(Debug, Clone)]
pub enum AlertChange {
    /// Raise a new alert of `rule_id` on `server_id` (`None`: the network).
    Fire {
        rule_id: String,
        server_id: Option<String>,
        severity: AlertSeverity,
        value: f64,
        threshold: f64,
        summary: String,
        at: i64,
    },
    /// Resolve a firing alert.
    Resolve {
        alert_id: String,
        value: f64,
        at: i64,
    },
}

/// What a change became once written.
#[derive(Debug, Clone)]
pub struct AppliedChange {
    pub alert_id: String,
    pub started_at: i64,
    /// The message as it was rendered when the alert fired.
    pub summary: String,
    /// True when a silence held its notifications back.
    pub silenced: bool,
    /// Outbox rows written for it.
    pub deliveries: usize,
}

/// A firing alert, as the engine restores it after a restart.
#[derive(Debug, Clone)]
pub struct FiringAlert {
    pub id: String,
    pub rule_id: String,
    pub server_id: Option<String>,
    pub started_at: i64,
}

/// A server in service that has reported at least once, for the offline checks.
#[derive(Debug, Clone)]
pub struct Liveness {
    pub server_id: String,
    pub owner_id: String,
    pub host_name: String,
    pub last_heartbeat: i64,
}

row_struct! {
    /// A notification channel, without its secret.
    #[derive(Debug, Clone)]
    pub struct ChannelRow {
        pub id: String,
        pub owner_id: String,
        pub name: String,
        pub kind: String,
        pub url: String,
        pub allow_insecure: bool,
        pub created_at: i64,
    }
}

fn corrupt(what: String) -> StoreError {
    StoreError::Sql(sqlx::Error::Decode(what.into()))
}

/// A rule from a row with the columns of `alert_rules` (`id` ... `builtin`), with its channels.
pub(crate) fn rule_from_row(
    row: &sqlx::any::AnyRow,
    channel_ids: Vec<String>,
) -> Result<AlertRule, StoreError> {
    let id: String = row.try_get("id")?;
    let text = |column: &str| row.try_get::<String, _>(column);
    let parse_err = |e: String| corrupt(format!("alert rule {id}: {e}"));
    Ok(AlertRule {
        owner_id: row.try_get("owner_id")?,
        name: text("name")?,
        metric: text("metric")?.parse::<Metric>().map_err(parse_err)?,
        custom_metric: row.try_get("custom_metric")?,
        comparator: text("operator")?.parse::<Comparator>().map_err(parse_err)?,
        threshold: row.try_get("threshold")?,
        duration_secs: row.try_get("duration_secs")?,
        severity: text("severity")?
            .parse::<AlertSeverity>()
            .map_err(parse_err)?,
        scope: RuleScope::from_parts(&text("scope")?, row.try_get("scope_id")?)
            .map_err(parse_err)?,
        message: text("message")?,
        enabled: row.try_get::<Flag, _>("enabled")?.0,
        builtin: row.try_get::<Flag, _>("builtin")?.0,
        channel_ids,
        id,
    })
}

impl Store {
    /// Every enabled rule with its channels, built-in rules first, then by name.
    pub async fn enabled_alert_rules(&self) -> Result<Vec<AlertRule>, StoreError> {
        self.alert_rules_where("WHERE r.enabled = 1").await
    }

    /// Rules matching `filter` (a WHERE clause on `alert_rules r` without parameters), with
    /// their channels.
    pub(crate) async fn alert_rules_where(
        &self,
        filter: &'static str,
    ) -> Result<Vec<AlertRule>, StoreError> {
        let sql = format!(
            "SELECT r.id, r.owner_id, r.name, r.metric, r.custom_metric, r.operator, r.threshold,
                    r.duration_secs, r.severity, r.scope, r.scope_id, r.message, r.enabled,
                    r.builtin
             FROM alert_rules r {filter}
             ORDER BY r.builtin DESC, r.name, r.id"
        );
        // Only static text is spliced in (`filter` is `'static`).
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(self.pool())
            .await?;
        let channels: Vec<(String, String)> = sqlx::query_as(
            "SELECT rule_id, channel_id FROM alert_rule_channels ORDER BY rule_id, channel_id",
        )
        .fetch_all(self.pool())
        .await?;
        let mut by_rule: HashMap<String, Vec<String>> = HashMap::new();
        for (rule, channel) in channels {
            by_rule.entry(rule).or_default().push(channel);
        }
        rows.into_iter()
            .map(|row| {
                let id: String = row.try_get("id")?;
                let channels = by_rule.remove(&id).unwrap_or_default();
                rule_from_row(&row, channels)
            })
            .collect()
    }

    /// The channels with these ids (those that exist), by name.
    pub async fn alert_channels_with_ids(
        &self,
        ids: &[String],
    ) -> Result<Vec<ChannelRow>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut qb = sqlx::QueryBuilder::new(
            "SELECT id, owner_id, name, kind, url, allow_insecure, created_at
             FROM alert_channels WHERE id",
        );
        super::push_in(&mut qb, ids.iter().cloned());
        qb.push(" ORDER BY name, id");
        Ok(qb.build_query_as().fetch_all(self.pool()).await?)
    }

    pub async fn firing_alerts(&self) -> Result<Vec<FiringAlert>, StoreError> {
        let rows: Vec<(String, String, Option<String>, i64)> = sqlx::query_as(
            "SELECT id, rule_id, server_id, started_at FROM alerts WHERE state = 'FIRING'",
        )
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, rule_id, server_id, started_at)| FiringAlert {
                id,
                rule_id,
                server_id,
                started_at,
            })
            .collect())
    }

    /// Servers in service (not in maintenance, not decommissioned) that have reported.
    pub async fn server_liveness(&self) -> Result<Vec<Liveness>, StoreError> {
        let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
            "SELECT id, owner_id, host_name, last_heartbeat FROM servers
             WHERE last_heartbeat IS NOT NULL AND maintenance = 0 AND decommissioned_at IS NULL",
        )
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(server_id, owner_id, host_name, last_heartbeat)| Liveness {
                    server_id,
                    owner_id,
                    host_name,
                    last_heartbeat,
                },
            )
            .collect())
    }

    /// Every server's `(id, owner_id, host_name)`, for alert messages and scopes.
    pub async fn server_names_and_owners(
        &self,
    ) -> Result<Vec<(String, String, String)>, StoreError> {
        Ok(
            sqlx::query_as("SELECT id, owner_id, host_name FROM servers")
                .fetch_all(self.pool())
                .await?,
        )
    }

    /// Writes the engine's changes in one transaction, each with the outbox rows of its
    /// notifications: a new alert notifies every channel of its rule, unless a silence of
    /// the rule is active; a resolved one notifies the channels its firing notified, unless a
    /// silence of the rule or of the alert is active. A change that no longer applies (the
    /// alert already firing, or no longer firing) is skipped, so it is `None`.
    pub async fn apply_alert_changes(
        &self,
        changes: &[AlertChange],
    ) -> Result<Vec<Option<AppliedChange>>, StoreError> {
        let mut tx = self.pool().begin_write().await?;
        let mut applied = Vec::with_capacity(changes.len());
        for change in changes {
            let done = match change {
                AlertChange::Fire {
                    rule_id,
                    server_id,
                    severity,
                    value,
                    threshold,
                    summary,
                    at,
                } => {
                    let Flag(silenced) = sqlx::query_scalar(
                        "SELECT EXISTS (SELECT 1 FROM alert_silences
                         WHERE rule_id = ? AND starts_at <= ? AND ends_at > ?)",
                    )
                    .bind(rule_id)
                    .bind(at)
                    .bind(at)
                    .fetch_one(&mut *tx)
                    .await?;
                    let id = format!("alr-{}", uuid::Uuid::new_v4().simple());
                    let inserted = sqlx::query(
                        "INSERT INTO alerts (id, rule_id, server_id, state, severity, value,
                                             last_value, threshold, summary, started_at, silenced)
                         VALUES (?, ?, ?, 'FIRING', ?, ?, ?, ?, ?, ?, ?)
                         ON CONFLICT DO NOTHING",
                    )
                    .bind(&id)
                    .bind(rule_id)
                    .bind(server_id)
                    .bind(severity.as_str())
                    .bind(value)
                    .bind(value)
                    .bind(threshold)
                    .bind(summary)
                    .bind(at)
                    .bind(i64::from(silenced))
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    if inserted == 0 {
                        None
                    } else {
                        let deliveries = if silenced {
                            0
                        } else {
                            sqlx::query(
                                "INSERT INTO alert_deliveries
                                     (alert_id, channel_id, event, next_attempt_at, created_at)
                                 SELECT ?, channel_id, 'FIRING', ?, ?
                                 FROM alert_rule_channels WHERE rule_id = ?",
                            )
                            .bind(&id)
                            .bind(at)
                            .bind(at)
                            .bind(rule_id)
                            .execute(&mut *tx)
                            .await?
                            .rows_affected() as usize
                        };
                        Some(AppliedChange {
                            alert_id: id,
                            started_at: *at,
                            summary: summary.clone(),
                            silenced,
                            deliveries,
                        })
                    }
                }
                AlertChange::Resolve {
                    alert_id,
                    value,
                    at,
                } => {
                    let started: Option<(i64, String, Flag)> = sqlx::query_as(
                        "UPDATE alerts SET state = 'RESOLVED', resolved_at = ?, last_value = ?
                         WHERE id = ? AND state = 'FIRING'
                         RETURNING started_at, summary,
                             EXISTS (SELECT 1 FROM alert_silences s
                                     WHERE (s.rule_id = alerts.rule_id OR s.alert_id = alerts.id)
                                       AND s.starts_at <= ? AND s.ends_at > ?)",
                    )
                    .bind(at)
                    .bind(value)
                    .bind(alert_id)
                    .bind(at)
                    .bind(at)
                    .fetch_optional(&mut *tx)
                    .await?;
                    match started {
                        None => None,
                        Some((started_at, summary, Flag(silenced))) => {
                            let deliveries = if silenced {
                                0
                            } else {
                                sqlx::query(
                                    "INSERT INTO alert_deliveries
                                         (alert_id, channel_id, event, next_attempt_at, created_at)
                                     SELECT DISTINCT ?, channel_id, 'RESOLVED', ?, ?
                                     FROM alert_deliveries WHERE alert_id = ? AND event = 'FIRING'",
                                )
                                .bind(alert_id)
                                .bind(at)
                                .bind(at)
                                .bind(alert_id)
                                .execute(&mut *tx)
                                .await?
                                .rows_affected() as usize
                            };
                            Some(AppliedChange {
                                alert_id: alert_id.clone(),
                                started_at,
                                summary,
                                silenced,
                                deliveries,
                            })
                        }
                    }
                }
            };
            applied.push(done);
        }
        tx.commit().await?;
        if applied.iter().any(Option::is_some) {
            self.note_change().await;
        }
        Ok(applied)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::store::IN_MEMORY;

    fn fire(rule: &str, server: Option<&str>, at: i64) -> AlertChange {
        AlertChange::Fire {
            rule_id: rule.into(),
            server_id: server.map(Into::into),
            severity: AlertSeverity::Warning,
            value: 95.0,
            threshold: 90.0,
            summary: "CPU at 95%".into(),
            at,
        }
    }

    async fn store_with_channel() -> (Store, String) {
        let store = Store::open(IN_MEMORY).await.unwrap();
        sqlx::raw_sql(
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) \
               VALUES ('op-a', 'alice', '!', 'OPERATOR', 'FREE', 'u1', 0); \
             INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) \
               VALUES ('srv-a', 'op-a', 'a.example.net', '192.0.2.1', 'eu-west', 0); \
             INSERT INTO alert_channels (id, owner_id, name, url, secret, created_at) \
               VALUES ('ch-1', 'op-a', 'ops', 'https://example.test/hook', 's3cret', 0); \
             INSERT INTO alert_rule_channels VALUES ('rule-cpu', 'ch-1');",
        )
        .execute(store.pool())
        .await
        .unwrap();
        (store, "srv-a".into())
    }

    async fn deliveries(store: &Store) -> Vec<(String, String)> {
        sqlx::query_as("SELECT event, status FROM alert_deliveries ORDER BY id")
            .fetch_all(store.pool())
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn the_built_in_rules_are_enabled_and_parse() {
        let store = Store::open(IN_MEMORY).await.unwrap();
        let rules = store.enabled_alert_rules().await.unwrap();
        let names: Vec<_> = rules.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "cpu-high",
                "errors-high",
                "latency-high",
                "memory-high",
                "server-offline"
            ]
        );
        assert!(
            rules
                .iter()
                .all(|r| r.builtin && r.scope == RuleScope::Network)
        );
        let offline = rules
            .iter()
            .find(|r| r.metric == Metric::OfflineFor)
            .unwrap();
        assert_eq!((offline.threshold, offline.duration_secs), (300.0, 0));
    }

    #[tokio::test]
    async fn a_fired_alert_and_its_resolution_write_their_outbox_rows_once() {
        let (store, server) = store_with_channel().await;
        let applied = store
            .apply_alert_changes(&[fire("rule-cpu", Some(&server), 10)])
            .await
            .unwrap();
        let first = applied[0].clone().expect("fired");
        assert_eq!((first.deliveries, first.silenced), (1, false));
        // One firing alert per rule and server: a second fire is skipped.
        let again = store
            .apply_alert_changes(&[fire("rule-cpu", Some(&server), 11)])
            .await
            .unwrap();
        assert!(again[0].is_none());
        assert_eq!(store.firing_alerts().await.unwrap().len(), 1);
        let resolve = AlertChange::Resolve {
            alert_id: first.alert_id.clone(),
            value: 50.0,
            at: 20,
        };
        let resolved = store
            .apply_alert_changes(std::slice::from_ref(&resolve))
            .await
            .unwrap();
        assert_eq!(resolved[0].as_ref().unwrap().deliveries, 1);
        assert!(store.apply_alert_changes(&[resolve]).await.unwrap()[0].is_none());
        assert_eq!(
            deliveries(&store).await,
            [
                ("FIRING".to_string(), "PENDING".to_string()),
                ("RESOLVED".to_string(), "PENDING".to_string())
            ]
        );
        assert!(store.firing_alerts().await.unwrap().is_empty());
    }

    #[tokio::test]
    async fn a_silenced_rule_keeps_the_alert_and_sends_nothing() {
        let (store, server) = store_with_channel().await;
        sqlx::query(
            "INSERT INTO alert_silences (id, rule_id, comment, created_by, starts_at, ends_at)
             VALUES ('sil-1', 'rule-cpu', 'maintenance window', 'admin', 0, 100)",
        )
        .execute(store.pool())
        .await
        .unwrap();
        let applied = store
            .apply_alert_changes(&[fire("rule-cpu", Some(&server), 10)])
            .await
            .unwrap();
        let alert = applied[0].clone().unwrap();
        assert_eq!((alert.silenced, alert.deliveries), (true, 0));
        // After the silence, a new alert of the rule notifies again.
        let resolve = AlertChange::Resolve {
            alert_id: alert.alert_id,
            value: 1.0,
            at: 50,
        };
        store.apply_alert_changes(&[resolve]).await.unwrap();
        let later = store
            .apply_alert_changes(&[fire("rule-cpu", Some(&server), 200)])
            .await
            .unwrap();
        assert_eq!(later[0].as_ref().unwrap().deliveries, 1);
        let history: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM alerts")
            .fetch_one(store.pool())
            .await
            .unwrap();
        assert_eq!(history, 2, "the silenced alert stays in the history");
    }
}
