//! Alerts after the engine decided: listing them (with their history), acknowledgements and
//! silences (tables of migration 0015).
//!
//! Who sees what is decided here, once, for the API and the export: an admin sees every
//! alert; an operator the alerts of servers it owns and of rules it owns (never an alert on
//! the network's totals of a built-in rule).

use super::rows::row_struct;
use super::{Store, StoreError};

row_struct! {
    /// An alert with what it is shown with: its rule's name and metric, its server's name, and
    /// the end of an active silence of its rule or of itself.
    #[derive(Debug, Clone)]
    pub struct AlertRow {
        pub id: String,
        pub rule_id: String,
        pub rule_name: String,
        pub rule_owner_id: Option<String>,
        pub metric: String,
        pub server_id: Option<String>,
        pub server_name: Option<String>,
        pub server_owner_id: Option<String>,
        pub state: String,
        pub severity: String,
        pub value: f64,
        pub last_value: f64,
        pub threshold: f64,
        pub summary: String,
        pub started_at: i64,
        pub resolved_at: Option<i64>,
        pub silenced: bool,
        pub silenced_until: Option<i64>,
        pub acked_by: Option<String>,
        pub acked_at: Option<i64>,
        pub ack_comment: Option<String>,
    }
}

/// Which alerts to list. `visible_to`: `None` for an admin (everything), else the operator's
/// account id.
#[derive(Debug, Clone, Default)]
pub struct AlertFilter<'a> {
    pub visible_to: Option<&'a str>,
    /// `Some(true)`: firing only; `Some(false)`: resolved only.
    pub active: Option<bool>,
    pub severity: Option<&'a str>,
    pub rule_id: Option<&'a str>,
    pub server_id: Option<&'a str>,
    /// Alerts that were firing at some time in `[from, to)`: started before `to` and not
    /// resolved before `from`.
    pub from: Option<i64>,
    pub to: Option<i64>,
}

/// The alert columns and joins every read shares; `?1` is "now" (for `silenced_until`).
const ALERT_SELECT: &str = "SELECT a.id, a.rule_id, r.name AS rule_name, r.owner_id AS rule_owner_id, \
    r.metric, a.server_id, s.host_name AS server_name, s.owner_id AS server_owner_id, a.state, \
    a.severity, a.value, a.last_value, a.threshold, a.summary, a.started_at, a.resolved_at, \
    a.silenced, \
    (SELECT MAX(si.ends_at) FROM alert_silences si \
       WHERE (si.rule_id = a.rule_id OR si.alert_id = a.id) \
         AND si.starts_at <= ?1 AND si.ends_at > ?1) AS silenced_until, \
    a.acked_by, a.acked_at, a.ack_comment \
    FROM alerts a JOIN alert_rules r ON r.id = a.rule_id \
    LEFT JOIN servers s ON s.id = a.server_id";

/// The filter of a list, on the parameters `?2`.. of [`AlertFilter`]'s order.
const ALERT_WHERE: &str = " WHERE (?2 IS NULL OR s.owner_id = ?2 OR r.owner_id = ?2) \
    AND (?3 IS NULL OR (a.state = 'FIRING') = (?3 = 1)) \
    AND (?4 IS NULL OR a.severity = ?4) \
    AND (?5 IS NULL OR a.rule_id = ?5) \
    AND (?6 IS NULL OR a.server_id = ?6) \
    AND (?7 IS NULL OR a.resolved_at IS NULL OR a.resolved_at >= ?7) \
    AND (?8 IS NULL OR a.started_at < ?8)";

row_struct! {
    /// A silence of a rule's alerts or of one alert.
    #[derive(Debug, Clone)]
    pub struct SilenceRow {
        pub id: String,
        pub rule_id: Option<String>,
        pub alert_id: Option<String>,
        pub comment: String,
        pub created_by: String,
        pub starts_at: i64,
        pub ends_at: i64,
    }
}

/// What a silence is of.
#[derive(Debug, Clone, Copy)]
pub enum SilenceTarget<'a> {
    Rule(&'a str),
    Alert(&'a str),
}

/// Who owns what a silence targets, for the permission check: the rule's owner (`None`:
/// built-in) and, for an alert, its server's owner.
#[derive(Debug, Clone)]
pub struct SilenceSubject {
    pub rule_owner_id: Option<String>,
    pub server_owner_id: Option<String>,
}

/// Silences visible to an operator: of its rules, or of alerts of its servers or rules.
const SILENCE_SELECT: &str = "SELECT si.id, si.rule_id, si.alert_id, si.comment, si.created_by, \
    si.starts_at, si.ends_at FROM alert_silences si \
    LEFT JOIN alert_rules r ON r.id = si.rule_id \
    LEFT JOIN alerts a ON a.id = si.alert_id \
    LEFT JOIN alert_rules ar ON ar.id = a.rule_id \
    LEFT JOIN servers s ON s.id = a.server_id \
    WHERE (?1 IS NULL OR r.owner_id = ?1 OR ar.owner_id = ?1 OR s.owner_id = ?1)";

/// Why an acknowledgement changed nothing.
#[derive(Debug, Clone)]
pub enum AckRefused {
    NotFound,
    /// Acknowledged before: the first acknowledgement stands.
    Already(Box<AlertRow>),
}

impl Store {
    /// A page of alerts matching `filter`, newest first (within one second too: by insertion),
    /// and how many match in all.
    pub async fn alerts(
        &self,
        filter: &AlertFilter<'_>,
        now: i64,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<AlertRow>, i64), StoreError> {
        let list = format!(
            "{ALERT_SELECT}{ALERT_WHERE} ORDER BY a.started_at DESC, a.rowid DESC LIMIT ?9 OFFSET ?10"
        );
        let count = format!(
            "SELECT COUNT(*) FROM alerts a JOIN alert_rules r ON r.id = a.rule_id \
             LEFT JOIN servers s ON s.id = a.server_id{ALERT_WHERE}"
        );
        let mut tx = self.pool().begin_read().await?;
        // Only the constant texts above are spliced in.
        let rows: Vec<AlertRow> = sqlx::query_as(sqlx::AssertSqlSafe(list))
            .bind(now)
            .bind(filter.visible_to)
            .bind(filter.active.map(i64::from))
            .bind(filter.severity)
            .bind(filter.rule_id)
            .bind(filter.server_id)
            .bind(filter.from)
            .bind(filter.to)
            .bind(limit)
            .bind(offset)
            .fetch_all(&mut *tx)
            .await?;
        let total: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(count))
            .bind(now)
            .bind(filter.visible_to)
            .bind(filter.active.map(i64::from))
            .bind(filter.severity)
            .bind(filter.rule_id)
            .bind(filter.server_id)
            .bind(filter.from)
            .bind(filter.to)
            .fetch_one(&mut *tx)
            .await?;
        tx.rollback().await?;
        Ok((rows, total))
    }

    /// One alert, whoever may see it (the caller checks).
    pub async fn alert(&self, id: &str, now: i64) -> Result<Option<AlertRow>, StoreError> {
        let sql = format!("{ALERT_SELECT} WHERE a.id = ?2");
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(now)
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    /// Acknowledges an alert once: a second acknowledgement changes nothing and answers the
    /// first (`AckRefused::Already`).
    pub async fn acknowledge_alert(
        &self,
        id: &str,
        by: &str,
        comment: Option<&str>,
        now: i64,
    ) -> Result<Result<AlertRow, AckRefused>, StoreError> {
        let changed = sqlx::query(
            "UPDATE alerts SET acked_by = ?, acked_at = ?, ack_comment = ?
             WHERE id = ? AND acked_at IS NULL",
        )
        .bind(by)
        .bind(now)
        .bind(comment)
        .bind(id)
        .execute(self.pool())
        .await?
        .rows_affected();
        if changed > 0 {
            self.note_change().await;
        }
        Ok(match self.alert(id, now).await? {
            None => Err(AckRefused::NotFound),
            Some(row) if changed == 0 => Err(AckRefused::Already(Box::new(row))),
            Some(row) => Ok(row),
        })
    }

    /// Who owns what a silence would target; `None` when the rule or alert does not exist.
    pub async fn silence_subject(
        &self,
        target: SilenceTarget<'_>,
    ) -> Result<Option<SilenceSubject>, StoreError> {
        let row: Option<(Option<String>, Option<String>)> = match target {
            SilenceTarget::Rule(id) => {
                sqlx::query_as("SELECT owner_id, NULL FROM alert_rules WHERE id = ?")
                    .bind(id)
                    .fetch_optional(self.pool())
                    .await?
            }
            SilenceTarget::Alert(id) => {
                sqlx::query_as(
                    "SELECT r.owner_id, s.owner_id FROM alerts a
                     JOIN alert_rules r ON r.id = a.rule_id
                     LEFT JOIN servers s ON s.id = a.server_id WHERE a.id = ?",
                )
                .bind(id)
                .fetch_optional(self.pool())
                .await?
            }
        };
        Ok(row.map(|(rule_owner_id, server_owner_id)| SilenceSubject {
            rule_owner_id,
            server_owner_id,
        }))
    }

    /// Stores a silence of `[now, now + duration_secs)`.
    pub async fn create_silence(
        &self,
        target: SilenceTarget<'_>,
        comment: &str,
        created_by: &str,
        now: i64,
        duration_secs: i64,
    ) -> Result<SilenceRow, StoreError> {
        let (rule_id, alert_id) = match target {
            SilenceTarget::Rule(id) => (Some(id), None),
            SilenceTarget::Alert(id) => (None, Some(id)),
        };
        let row = sqlx::query_as(
            "INSERT INTO alert_silences (id, rule_id, alert_id, comment, created_by, starts_at, ends_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)
             RETURNING id, rule_id, alert_id, comment, created_by, starts_at, ends_at",
        )
        .bind(format!("sil-{}", uuid::Uuid::new_v4().simple()))
        .bind(rule_id)
        .bind(alert_id)
        .bind(comment)
        .bind(created_by)
        .bind(now)
        .bind(now.saturating_add(duration_secs))
        .fetch_one(self.pool())
        .await?;
        self.note_change().await;
        Ok(row)
    }

    /// Silences visible to `visible_to` (`None`: every one), the latest ending first;
    /// `active`: only those in force at `now` (`Some(false)`: only those not).
    pub async fn silences(
        &self,
        visible_to: Option<&str>,
        active: Option<bool>,
        now: i64,
    ) -> Result<Vec<SilenceRow>, StoreError> {
        let sql = format!(
            "{SILENCE_SELECT} AND (?2 IS NULL OR (si.starts_at <= ?3 AND si.ends_at > ?3) = (?2 = 1)) \
             ORDER BY si.ends_at DESC, si.id LIMIT ?4"
        );
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(visible_to)
            .bind(active.map(i64::from))
            .bind(now)
            .bind(MAX_LISTED_SILENCES)
            .fetch_all(self.pool())
            .await?)
    }

    /// A silence visible to `visible_to`.
    pub async fn silence(
        &self,
        id: &str,
        visible_to: Option<&str>,
    ) -> Result<Option<SilenceRow>, StoreError> {
        let sql = format!("{SILENCE_SELECT} AND si.id = ?2");
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(visible_to)
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    /// Ends a silence now (one already over is answered as it is). A silence created in this
    /// very second starts a second earlier, since a silence ends after it starts.
    pub async fn expire_silence(&self, id: &str, now: i64) -> Result<SilenceRow, StoreError> {
        let row = sqlx::query_as(
            "UPDATE alert_silences
             SET starts_at = CASE WHEN starts_at < ?1 - 1 THEN starts_at ELSE ?1 - 1 END, 
                 ends_at = CASE WHEN ends_at < ?1 THEN ends_at ELSE ?1 END
             WHERE id = ?2
             RETURNING id, rule_id, alert_id, comment, created_by, starts_at, ends_at",
        )
        .bind(now)
        .bind(id)
        .fetch_one(self.pool())
        .await?;
        self.note_change().await;
        Ok(row)
    }
}

/// Most silences `alertSilences` lists (newest ending first).
pub const MAX_LISTED_SILENCES: i64 = 500;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::alert_rule::AlertSeverity;
    use crate::server::store::IN_MEMORY;
    use crate::server::store::alerts::AlertChange;

    async fn store_with_alerts() -> (Store, String, String) {
        let store = Store::open(IN_MEMORY).await.unwrap();
        sqlx::raw_sql(
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) \
               VALUES ('op-a', 'alice', '!', 'OPERATOR', 'FREE', 'u1', 0), \
                      ('op-b', 'bob', '!', 'OPERATOR', 'FREE', 'u2', 0); \
             INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) \
               VALUES ('srv-a', 'op-a', 'a.example.net', '192.0.2.1', 'eu-west', 0), \
                      ('srv-b', 'op-b', 'b.example.net', '192.0.2.2', 'eu-west', 0);",
        )
        .execute(store.pool())
        .await
        .unwrap();
        let fire = |server: &str, at: i64| AlertChange::Fire {
            rule_id: "rule-cpu".into(),
            server_id: Some(server.into()),
            severity: AlertSeverity::Warning,
            value: 95.5,
            threshold: 90.0,
            summary: format!("CPU at 95.5% on {server}"),
            at,
        };
        let applied = store
            .apply_alert_changes(&[fire("srv-a", 100), fire("srv-b", 200)])
            .await
            .unwrap();
        let a = applied[0].clone().unwrap().alert_id;
        let b = applied[1].clone().unwrap().alert_id;
        store
            .apply_alert_changes(&[AlertChange::Resolve {
                alert_id: a.clone(),
                value: 40.0,
                at: 150,
            }])
            .await
            .unwrap();
        (store, a, b)
    }

    fn ids(rows: &[AlertRow]) -> Vec<&str> {
        rows.iter().map(|r| r.id.as_str()).collect()
    }

    #[tokio::test]
    async fn operators_see_their_servers_alerts_and_filters_narrow_the_list() {
        let (store, a, b) = store_with_alerts().await;
        let all = AlertFilter::default();
        let (rows, total) = store.alerts(&all, 300, 20, 0).await.unwrap();
        assert_eq!((ids(&rows), total), (vec![b.as_str(), a.as_str()], 2));
        let mine = AlertFilter {
            visible_to: Some("op-a"),
            ..AlertFilter::default()
        };
        let (rows, total) = store.alerts(&mine, 300, 20, 0).await.unwrap();
        assert_eq!((ids(&rows), total), (vec![a.as_str()], 1));
        assert_eq!(rows[0].server_name.as_deref(), Some("a.example.net"));
        assert_eq!((rows[0].value, rows[0].last_value), (95.5, 40.0));
        let active = AlertFilter {
            active: Some(true),
            ..AlertFilter::default()
        };
        assert_eq!(
            ids(&store.alerts(&active, 300, 20, 0).await.unwrap().0),
            [b.as_str()]
        );
        // Firing at some time in [160, 170): only b (a resolved at 150).
        let window = AlertFilter {
            from: Some(160),
            to: Some(170),
            ..AlertFilter::default()
        };
        assert!(
            store
                .alerts(&window, 300, 20, 0)
                .await
                .unwrap()
                .0
                .is_empty()
        );
        let window = AlertFilter {
            from: Some(120),
            to: Some(250),
            ..AlertFilter::default()
        };
        assert_eq!(store.alerts(&window, 300, 20, 0).await.unwrap().1, 2);
    }

    #[tokio::test]
    async fn the_first_acknowledgement_stands() {
        let (store, a, _) = store_with_alerts().await;
        let first = store
            .acknowledge_alert(&a, "op-a", Some("looking"), 400)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (first.acked_by.as_deref(), first.acked_at),
            (Some("op-a"), Some(400))
        );
        match store
            .acknowledge_alert(&a, "admin", None, 500)
            .await
            .unwrap()
        {
            Err(AckRefused::Already(row)) => {
                assert_eq!(row.ack_comment.as_deref(), Some("looking"));
                assert_eq!(row.acked_at, Some(400));
            }
            other => panic!("expected Already, got {other:?}"),
        }
        assert!(matches!(
            store
                .acknowledge_alert("alr-none", "admin", None, 500)
                .await,
            Ok(Err(AckRefused::NotFound))
        ));
    }

    #[tokio::test]
    async fn a_silence_shows_on_its_alerts_until_it_is_expired() {
        let (store, _, b) = store_with_alerts().await;
        let silence = store
            .create_silence(
                SilenceTarget::Rule("rule-cpu"),
                "upgrade",
                "admin",
                1000,
                60,
            )
            .await
            .unwrap();
        assert_eq!((silence.starts_at, silence.ends_at), (1000, 1060));
        let row = store.alert(&b, 1010).await.unwrap().unwrap();
        assert_eq!(row.silenced_until, Some(1060));
        assert_eq!(
            store.silences(None, Some(true), 1010).await.unwrap().len(),
            1
        );
        // Operators see silences of their own rules and servers' alerts only.
        assert!(
            store
                .silences(Some("op-b"), None, 1010)
                .await
                .unwrap()
                .is_empty()
        );
        let expired = store.expire_silence(&silence.id, 1000).await.unwrap();
        assert_eq!((expired.starts_at, expired.ends_at), (999, 1000));
        assert!(
            store
                .silences(None, Some(true), 1000)
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            store.alert(&b, 1000).await.unwrap().unwrap().silenced_until,
            None
        );
    }
}
