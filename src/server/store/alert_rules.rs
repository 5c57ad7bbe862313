//! Alert rules as people manage them (issue #14, point 1): listed with their times, created,
//! changed and deleted with their channels in one transaction, and the latest figures a dry
//! run reads them against. The engine's own reads are in `alerts.rs`.

use std::collections::HashMap;

use sqlx::Row as _;

use super::alerts::rule_from_row;
use super::rows::row_struct;
use super::{Flag, Store, StoreError};
use crate::domain::alert_rule::{AlertRule, Metric};

/// A rule with the times it was created and last changed.
#[derive(Debug, Clone)]
pub struct RuleRecord {
    pub rule: AlertRule,
    pub created_at: i64,
    pub updated_at: i64,
}

/// Which rules to list.
#[derive(Debug, Clone, Default)]
pub struct RuleFilter {
    /// Only built-in rules and those this account owns (an operator's view).
    pub visible_to: Option<String>,
    pub id: Option<String>,
    pub enabled: Option<bool>,
    pub metric: Option<Metric>,
    /// Only rules that watch this server, whose owner is `.1`.
    pub server: Option<(String, String)>,
}

/// Why a rule was not written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleRefusal {
    /// The owner already has a rule of this name.
    DuplicateName,
    /// The owner already has this many rules.
    TooMany(i64),
}

row_struct! {
    /// A server's latest figures, as its last heartbeat left them.
    #[derive(Debug, Clone)]
    pub struct LatestFigures {
        pub id: String,
        pub owner_id: String,
        pub host_name: String,
        pub last_heartbeat: i64,
        pub cpu: Option<f64>,
        pub memory: Option<f64>,
        pub connections: i64,
        pub latency_ms: Option<f64>,
        /// From the latest stored sample (the servers table keeps only their sum).
        pub network_in: Option<f64>,
        pub network_out: Option<f64>,
        pub error_rate: Option<f64>,
    }
}

const RULE_COLUMNS: &str = "r.id, r.owner_id, r.name, r.metric, r.custom_metric, r.operator, \
     r.threshold, r.duration_secs, r.severity, r.scope, r.scope_id, r.message, r.enabled, \
     r.builtin, r.created_at, r.updated_at";

impl Store {
    /// Rules matching `filter`, built-in rules first, then by name; at most `limit`.
    pub async fn alert_rule_records(
        &self,
        filter: &RuleFilter,
        limit: u32,
    ) -> Result<Vec<RuleRecord>, StoreError> {
        let mut qb = sqlx::QueryBuilder::new(format!(
            "SELECT {RULE_COLUMNS} FROM alert_rules r WHERE 1 = 1"
        ));
        if let Some(account) = &filter.visible_to {
            qb.push(" AND (r.builtin = 1 OR r.owner_id = ")
                .push_bind(account.clone())
                .push(")");
        }
        if let Some(id) = &filter.id {
            qb.push(" AND r.id = ").push_bind(id.clone());
        }
        if let Some(enabled) = filter.enabled {
            qb.push(" AND r.enabled = ").push_bind(i64::from(enabled));
        }
        if let Some(metric) = filter.metric {
            qb.push(" AND r.metric = ").push_bind(metric.as_str());
        }
        if let Some((server, owner)) = &filter.server {
            // What `AlertRule::watches` decides, in SQL: network totals watch no one server.
            qb.push(" AND r.metric NOT LIKE 'NETWORK\\_%' ESCAPE '\\' AND (r.scope = 'NETWORK'")
                .push(" OR (r.scope = 'SERVER' AND r.scope_id = ")
                .push_bind(server.clone())
                .push(") OR (r.scope = 'OPERATOR' AND r.scope_id = ")
                .push_bind(owner.clone())
                .push("))");
        }
        qb.push(" ORDER BY r.builtin DESC, r.name, r.id LIMIT ")
            .push_bind(i64::from(limit));
        let rows = qb.build().fetch_all(self.pool()).await?;
        let ids: Vec<String> = rows
            .iter()
            .map(|row| row.try_get::<String, _>("id"))
            .collect::<Result<_, _>>()?;
        let mut channels = self.rule_channel_ids(&ids).await?;
        rows.iter()
            .map(|row| {
                let id: String = row.try_get("id")?;
                Ok(RuleRecord {
                    rule: rule_from_row(row, channels.remove(&id).unwrap_or_default())?,
                    created_at: row.try_get("created_at")?,
                    updated_at: row.try_get("updated_at")?,
                })
            })
            .collect()
    }

    pub async fn alert_rule_record(&self, id: &str) -> Result<Option<RuleRecord>, StoreError> {
        let filter = RuleFilter {
            id: Some(id.to_string()),
            ..RuleFilter::default()
        };
        Ok(self.alert_rule_records(&filter, 1).await?.pop())
    }

    async fn rule_channel_ids(
        &self,
        rule_ids: &[String],
    ) -> Result<HashMap<String, Vec<String>>, StoreError> {
        let mut by_rule: HashMap<String, Vec<String>> = HashMap::new();
        if rule_ids.is_empty() {
            return Ok(by_rule);
        }
        let mut qb = sqlx::QueryBuilder::new(
            "SELECT rule_id, channel_id FROM alert_rule_channels WHERE rule_id",
        );
        super::push_in(&mut qb, rule_ids.iter().cloned());
        qb.push(" ORDER BY rule_id, channel_id");
        let pairs: Vec<(String, String)> = qb.build_query_as().fetch_all(self.pool()).await?;
        for (rule, channel) in pairs {
            by_rule.entry(rule).or_default().push(channel);
        }
        Ok(by_rule)
    }

    /// Writes `rule` as new, or over the stored rule of its id when `replace`, with its
    /// channels, in one transaction. The name must be free for its owner; a new rule counts
    /// against its owner's `max_per_owner`.
    pub async fn save_alert_rule(
        &self,
        rule: &AlertRule,
        replace: bool,
        max_per_owner: i64,
        now: i64,
    ) -> Result<Result<RuleRecord, RuleRefusal>, StoreError> {
        let mut tx = self.pool().begin_write().await?;
        let Flag(taken) = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM alert_rules
             WHERE COALESCE(owner_id, '') = COALESCE(?, '') AND name = ? AND id <> ?)",
        )
        .bind(&rule.owner_id)
        .bind(&rule.name)
        .bind(&rule.id)
        .fetch_one(&mut *tx)
        .await?;
        if taken {
            return Ok(Err(RuleRefusal::DuplicateName));
        }
        let (scope, scope_id) = rule.scope.parts();
        if replace {
            sqlx::query(
                "UPDATE alert_rules SET name = ?, metric = ?, custom_metric = ?, operator = ?,
                     threshold = ?, duration_secs = ?, severity = ?, scope = ?, scope_id = ?,
                     message = ?, enabled = ?, updated_at = ?
                 WHERE id = ?",
            )
            .bind(&rule.name)
            .bind(rule.metric.as_str())
            .bind(&rule.custom_metric)
            .bind(rule.comparator.as_str())
            .bind(rule.threshold)
            .bind(rule.duration_secs)
            .bind(rule.severity.as_str())
            .bind(scope)
            .bind(scope_id)
            .bind(&rule.message)
            .bind(i64::from(rule.enabled))
            .bind(now)
            .bind(&rule.id)
            .execute(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM alert_rule_channels WHERE rule_id = ?")
                .bind(&rule.id)
                .execute(&mut *tx)
                .await?;
        } else {
            let owned: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM alert_rules WHERE COALESCE(owner_id, '') = COALESCE(?, '')",
            )
            .bind(&rule.owner_id)
            .fetch_one(&mut *tx)
            .await?;
            if owned >= max_per_owner {
                return Ok(Err(RuleRefusal::TooMany(max_per_owner)));
            }
            sqlx::query(
                "INSERT INTO alert_rules (id, owner_id, name, metric, custom_metric, operator,
                     threshold, duration_secs, severity, scope, scope_id, message, enabled,
                     builtin, created_at, updated_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
            )
            .bind(&rule.id)
            .bind(&rule.owner_id)
            .bind(&rule.name)
            .bind(rule.metric.as_str())
            .bind(&rule.custom_metric)
            .bind(rule.comparator.as_str())
            .bind(rule.threshold)
            .bind(rule.duration_secs)
            .bind(rule.severity.as_str())
            .bind(scope)
            .bind(scope_id)
            .bind(&rule.message)
            .bind(i64::from(rule.enabled))
            .bind(now)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        for channel in &rule.channel_ids {
            sqlx::query("INSERT INTO alert_rule_channels (rule_id, channel_id) VALUES (?, ?)")
                .bind(&rule.id)
                .bind(channel)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        self.note_change().await;
        let saved = self.alert_rule_record(&rule.id).await?;
        saved
            .map(Ok)
            .ok_or_else(|| StoreError::Sql(sqlx::Error::RowNotFound))
    }

    /// Deletes a rule that is not built in, with its alerts and their history (the schema
    /// cascades). False when there was no such rule.
    pub async fn delete_alert_rule(&self, id: &str) -> Result<bool, StoreError> {
        let deleted = sqlx::query("DELETE FROM alert_rules WHERE id = ? AND builtin = 0")
            .bind(id)
            .execute(self.pool())
            .await?
            .rows_affected();
        if deleted > 0 {
            self.note_change().await;
        }
        Ok(deleted > 0)
    }

    /// The latest figures of every server in service (not in maintenance, not decommissioned)
    /// that has reported, by id; only `owner`'s when given.
    pub async fn latest_figures(
        &self,
        owner: Option<&str>,
    ) -> Result<Vec<LatestFigures>, StoreError> {
        let mut qb = sqlx::QueryBuilder::new(
            "SELECT s.id, s.owner_id, s.host_name, s.last_heartbeat, s.cpu_usage AS cpu,
                    s.memory_usage AS memory, s.active_connections AS connections, s.latency_ms,
                    m.network_in / m.samples AS network_in,
                    m.network_out / m.samples AS network_out,
                    m.error_rate / m.samples AS error_rate
             FROM servers s
             LEFT JOIN metrics m ON m.server_id = s.id
                 AND m.ts = (SELECT MAX(ts) FROM metrics WHERE server_id = s.id)
             WHERE s.last_heartbeat IS NOT NULL AND s.maintenance = 0
               AND s.decommissioned_at IS NULL",
        );
        if let Some(owner) = owner {
            qb.push(" AND s.owner_id = ").push_bind(owner.to_string());
        }
        qb.push(" ORDER BY s.id");
        Ok(qb.build_query_as().fetch_all(self.pool()).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::alert_rule::{AlertSeverity, Comparator, RuleScope};
    use crate::server::store::IN_MEMORY;

    fn rule(id: &str, owner: &str, name: &str) -> AlertRule {
        AlertRule {
            id: id.into(),
            owner_id: Some(owner.into()),
            name: name.into(),
            metric: Metric::Cpu,
            custom_metric: None,
            comparator: Comparator::Gt,
            threshold: 80.0,
            duration_secs: 0,
            severity: AlertSeverity::Info,
            scope: RuleScope::Server("srv-a".into()),
            message: "{server}".into(),
            enabled: true,
            builtin: false,
            channel_ids: vec!["ch-1".into()],
        }
    }

    async fn store() -> Store {
        let store = Store::open(IN_MEMORY).await.unwrap();
        sqlx::raw_sql(
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) \
               VALUES ('op-a', 'alice', '!', 'OPERATOR', 'FREE', 'u1', 0); \
             INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) \
               VALUES ('srv-a', 'op-a', 'a.example.net', '192.0.2.1', 'eu-west', 0); \
             INSERT INTO alert_channels (id, owner_id, name, url, secret, created_at) \
               VALUES ('ch-1', 'op-a', 'ops', 'https://example.test/hook', 's3cret', 0);",
        )
        .execute(store.pool())
        .await
        .unwrap();
        store
    }

    #[tokio::test]
    async fn rules_are_saved_with_their_channels_and_names_stay_unique_per_owner() {
        let store = store().await;
        let saved = store
            .save_alert_rule(&rule("r1", "op-a", "cpu"), false, 10, 5)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(saved.rule.channel_ids, ["ch-1"]);
        assert_eq!((saved.created_at, saved.updated_at), (5, 5));
        let again = store
            .save_alert_rule(&rule("r2", "op-a", "cpu"), false, 10, 6)
            .await
            .unwrap();
        assert_eq!(again.unwrap_err(), RuleRefusal::DuplicateName);
        let full = store
            .save_alert_rule(&rule("r3", "op-a", "other"), false, 1, 6)
            .await
            .unwrap();
        assert_eq!(full.unwrap_err(), RuleRefusal::TooMany(1));
        let mut changed = saved.rule.clone();
        changed.channel_ids.clear();
        changed.threshold = 70.0;
        let updated = store
            .save_alert_rule(&changed, true, 10, 9)
            .await
            .unwrap()
            .unwrap();
        assert!(updated.rule.channel_ids.is_empty());
        assert_eq!((updated.rule.threshold, updated.updated_at), (70.0, 9));
        let watching = RuleFilter {
            server: Some(("srv-a".into(), "op-a".into())),
            visible_to: Some("op-a".into()),
            ..RuleFilter::default()
        };
        let names: Vec<_> = store
            .alert_rule_records(&watching, 100)
            .await
            .unwrap()
            .into_iter()
            .map(|r| r.rule.name)
            .collect();
        assert_eq!(
            names,
            [
                "cpu-high",
                "errors-high",
                "latency-high",
                "memory-high",
                "server-offline",
                "cpu"
            ]
        );
        assert!(!store.delete_alert_rule("rule-cpu").await.unwrap());
        assert!(store.delete_alert_rule("r1").await.unwrap());
        assert!(store.alert_rule_record("r1").await.unwrap().is_none());
    }
}
