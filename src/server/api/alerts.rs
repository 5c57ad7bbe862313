//! Alerts after the engine (`crate::server::alerting`) decided: the list and history
//! (`alerts`), acknowledgements, silences, and the live `alertEvents` subscription.
//!
//! Decisions:
//! - Admins see and act on every alert; operators on the alerts of their own servers and of
//!   their own rules (an alert on the network's totals of a built-in rule is the admins');
//!   users, anonymous callers and agent tokens get AUTH_001. An alert an operator may not see
//!   is RSC_001 to it, as one that does not exist.
//! - History is `alerts` with `from`/`to`: every alert stays in the table, and a window
//!   selects those firing at some time in `[from, to)`.
//! - `acknowledgeAlert` twice: the first acknowledgement stands, and the second is refused
//!   (VAL_001) naming who acknowledged it and when, so a second person learns that someone
//!   is on it instead of silently overwriting their comment.
//! - Silences: of a rule (all its alerts, current and future) or of one alert, from now for
//!   1 s to 30 days, with a comment (1-500 printable characters). Operators silence their own
//!   rules and the alerts of their own servers; a built-in rule only admins (AUTH_001).
//!   A silence holds notifications back; the alerts are still stored and shown.

use async_graphql::futures_util::{Stream, stream};
use async_graphql::{Context, ID, InputObject, Object, SimpleObject, Subscription};
use chrono::Utc;
use tokio::sync::broadcast::error::RecvError;

use super::admin::timestamp;
use super::alert_types::{AlertMetric, AlertSeverity, AlertState};
use super::audit::add_created_id;
use super::auth::require_account;
use super::types::{PageInfo, PaginationInput, Role, Timestamp};
use super::withdrawals::{offset, page_info, page_window};
use super::{Account, ApiError, ApiResult, checked_id};
use crate::domain::alert_rule::{self, Metric, Transition};
use crate::server::broker::{AlertEvent as BrokerEvent, Broker};
use crate::server::store::Store;
use crate::server::store::alert_events::{
    AckRefused, AlertFilter as StoreFilter, AlertRow, SilenceRow, SilenceTarget,
};

/// Longest acknowledgement or silence comment, in characters.
pub const MAX_COMMENT_CHARS: usize = 500;
/// Longest silence: 30 days.
pub const MAX_SILENCE_SECS: i32 = 30 * 86_400;

/// An alert: raised when a rule's condition held for its duration on a server (or on the
/// network's totals), resolved when its clear condition held as long. Every alert stays,
/// resolved ones as history.
#[derive(SimpleObject, Clone, Debug)]
pub struct Alert {
    pub id: ID,
    pub rule_id: ID,
    pub rule_name: String,
    /// Null for an alert on the network's totals.
    pub server_id: Option<ID>,
    pub server_name: Option<String>,
    pub metric: AlertMetric,
    pub severity: AlertSeverity,
    pub state: AlertState,
    /// The value that fired it, in the metric's unit.
    pub value: f64,
    /// The latest value seen: while firing, the one that fired it; once resolved, the one
    /// that resolved it.
    pub last_value: f64,
    pub threshold: f64,
    /// The rule's message, rendered when it fired.
    pub summary: String,
    pub starts_at: Timestamp,
    /// When it resolved; null while firing.
    pub ends_at: Option<Timestamp>,
    /// A silence held its notifications back when it fired.
    pub silenced: bool,
    /// The end of a silence of its rule or of itself in force now, if any.
    pub silenced_until: Option<Timestamp>,
    /// The account that acknowledged it (the first acknowledgement stands).
    pub acknowledged_by: Option<ID>,
    pub acknowledged_at: Option<Timestamp>,
    pub ack_comment: Option<String>,
}

/// A page of alerts, newest first.
#[derive(SimpleObject, Clone, Debug)]
pub struct AlertPage {
    pub items: Vec<Alert>,
    pub page_info: PageInfo,
}

/// Which alerts to list. Every field narrows the list; none: every alert the caller sees.
#[derive(InputObject, Clone, Debug, Default)]
pub struct AlertFilter {
    /// true: firing only; false: resolved only.
    pub active: Option<bool>,
    /// Exactly this severity.
    pub severity: Option<AlertSeverity>,
    pub rule_id: Option<ID>,
    pub server_id: Option<ID>,
    /// With `to`, the history of a window: alerts firing at some time in `[from, to)`
    /// (started before `to`, not resolved before `from`). Either may be omitted.
    pub from: Option<Timestamp>,
    pub to: Option<Timestamp>,
}

/// A silence: the notifications of a rule's alerts (or of one alert) are held back from
/// `startsAt` until `endsAt`. The alerts are still stored and listed.
#[derive(SimpleObject, Clone, Debug)]
pub struct AlertSilence {
    pub id: ID,
    /// Set for a silence of a rule's alerts.
    pub rule_id: Option<ID>,
    /// Set for a silence of one alert.
    pub alert_id: Option<ID>,
    pub comment: String,
    /// The account that created it.
    pub created_by: ID,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    /// In force now.
    pub active: bool,
}

/// What to silence (exactly one of `ruleId` and `alertId`), for how long, and why.
#[derive(InputObject, Clone, Debug)]
pub struct SilenceAlertsInput {
    /// Silence every alert of this rule, current and future.
    pub rule_id: Option<ID>,
    /// Silence this alert only.
    pub alert_id: Option<ID>,
    /// From now, 1 s to 30 days (2592000).
    pub duration_seconds: i32,
    /// Why: 1-500 printable characters.
    pub comment: String,
}

/// An alert that fired or resolved, as it happened.
#[derive(SimpleObject, Clone, Debug)]
pub struct AlertEvent {
    /// FIRING: the alert was raised; RESOLVED: it ended.
    pub event: AlertState,
    pub alert_id: ID,
    pub rule_id: ID,
    pub rule_name: String,
    pub server_id: Option<ID>,
    pub server_name: Option<String>,
    pub metric: AlertMetric,
    pub severity: AlertSeverity,
    /// FIRING: the value that fired it; RESOLVED: the value that resolved it.
    pub value: f64,
    pub threshold: f64,
    pub summary: String,
    pub starts_at: Timestamp,
    /// Set on RESOLVED.
    pub ends_at: Option<Timestamp>,
    /// A silence held this event's notifications back (it is shown here all the same).
    pub silenced: bool,
}

fn metric_of(text: &str) -> AlertMetric {
    // The table holds the names the domain writes; an unknown one (a newer server's) shows
    // as CUSTOM rather than failing the whole list.
    text.parse::<Metric>()
        .map(AlertMetric::from)
        .unwrap_or(AlertMetric::Custom)
}

fn severity_of(text: &str) -> AlertSeverity {
    text.parse::<alert_rule::AlertSeverity>()
        .map(AlertSeverity::from)
        .unwrap_or(AlertSeverity::Critical)
}

fn alert(row: AlertRow) -> Alert {
    Alert {
        id: ID(row.id),
        rule_id: ID(row.rule_id),
        rule_name: row.rule_name,
        server_id: row.server_id.map(ID),
        server_name: row.server_name,
        metric: metric_of(&row.metric),
        severity: severity_of(&row.severity),
        state: if row.state == "FIRING" {
            AlertState::Firing
        } else {
            AlertState::Resolved
        },
        value: row.value,
        last_value: row.last_value,
        threshold: row.threshold,
        summary: row.summary,
        starts_at: timestamp(row.started_at),
        ends_at: row.resolved_at.map(timestamp),
        silenced: row.silenced,
        silenced_until: row.silenced_until.map(timestamp),
        acknowledged_by: row.acked_by.map(ID),
        acknowledged_at: row.acked_at.map(timestamp),
        ack_comment: row.ack_comment,
    }
}

fn silence(row: SilenceRow, now: i64) -> AlertSilence {
    AlertSilence {
        active: row.starts_at <= now && now < row.ends_at,
        id: ID(row.id),
        rule_id: row.rule_id.map(ID),
        alert_id: row.alert_id.map(ID),
        comment: row.comment,
        created_by: ID(row.created_by),
        starts_at: timestamp(row.starts_at),
        ends_at: timestamp(row.ends_at),
    }
}

fn event(e: &BrokerEvent) -> AlertEvent {
    AlertEvent {
        event: match e.transition {
            Transition::Fire => AlertState::Firing,
            Transition::Resolve => AlertState::Resolved,
        },
        alert_id: ID(e.alert_id.clone()),
        rule_id: ID(e.rule_id.clone()),
        rule_name: e.rule_name.clone(),
        server_id: e.server_id.clone().map(ID),
        server_name: e.server_name.clone(),
        metric: e.metric.into(),
        severity: e.severity.into(),
        value: e.value,
        threshold: e.threshold,
        summary: e.summary.clone(),
        starts_at: timestamp(e.started_at),
        ends_at: e.resolved_at.map(timestamp),
        silenced: e.silenced,
    }
}

/// The caller, if it may see alerts (operators and admins), and whose: `None` for an admin
/// (every alert), else the operator's account id.
fn alert_viewer<'a>(ctx: &'a Context<'_>) -> ApiResult<(&'a Account, Option<&'a str>)> {
    let account = require_account(ctx)?;
    match account.role {
        Role::Admin => Ok((account, None)),
        Role::Operator => Ok((account, Some(account.id.as_str()))),
        Role::User => Err(ApiError::Auth(format!(
            "alerts need the operator or admin role; {} is {:?}",
            account.username, account.role
        ))),
    }
}

/// An operator sees an alert of a server it owns or of a rule it owns.
fn sees(owner: Option<&str>, rule_owner: Option<&str>, server_owner: Option<&str>) -> bool {
    owner.is_none_or(|me| rule_owner == Some(me) || server_owner == Some(me))
}

/// A comment: trimmed, 1-500 characters, none of them control characters.
fn check_comment(comment: &str) -> ApiResult<String> {
    let comment = comment.trim();
    if comment.is_empty() {
        return Err(ApiError::Invalid("comment must not be empty".into()));
    }
    if comment.chars().count() > MAX_COMMENT_CHARS {
        return Err(ApiError::Invalid(format!(
            "comment is {} characters, more than {MAX_COMMENT_CHARS}",
            comment.chars().count()
        )));
    }
    if comment.chars().any(char::is_control) {
        return Err(ApiError::Invalid(
            "comment must not contain control characters (newlines, tabs, escapes)".into(),
        ));
    }
    Ok(comment.to_string())
}

fn check_silence_duration(seconds: i32) -> ApiResult<i64> {
    if !(1..=MAX_SILENCE_SECS).contains(&seconds) {
        return Err(ApiError::Invalid(format!(
            "durationSeconds must be 1-{MAX_SILENCE_SECS} (30 days), got {seconds}"
        )));
    }
    Ok(i64::from(seconds))
}

#[derive(Default)]
pub struct AlertsQuery;

#[Object]
impl AlertsQuery {
    /// Alerts, newest first: admins every alert; operators those of their own servers and
    /// rules. With `filter.from`/`to` it is the history of a window. `pagination.sort` is
    /// ignored.
    async fn alerts(
        &self,
        ctx: &Context<'_>,
        filter: Option<AlertFilter>,
        pagination: Option<PaginationInput>,
    ) -> ApiResult<AlertPage> {
        let (_, visible_to) = alert_viewer(ctx)?;
        let (page, size) = page_window(pagination)?;
        let filter = filter.unwrap_or_default();
        // Alerts keep whole seconds: one that started at 12:00:00.4 is stored as 12:00:00, so
        // a window ending at 12:00:00.9 (`--to now`) must take in that whole second.
        let (from, to) = (
            filter.from.map(|t| t.timestamp()),
            filter
                .to
                .map(|t| t.timestamp() + i64::from(t.timestamp_subsec_nanos() > 0)),
        );
        if let (Some(from), Some(to)) = (from, to)
            && from >= to
        {
            return Err(ApiError::Invalid(
                "filter.from must be before filter.to".into(),
            ));
        }
        let rule_id = filter
            .rule_id
            .as_deref()
            .map(|id| checked_id("ruleId", id))
            .transpose()?;
        let server_id = filter
            .server_id
            .as_deref()
            .map(|id| checked_id("serverId", id))
            .transpose()?;
        let severity = filter
            .severity
            .map(|s| alert_rule::AlertSeverity::from(s).as_str());
        let store_filter = StoreFilter {
            visible_to,
            active: filter.active,
            severity,
            rule_id,
            server_id,
            from,
            to,
        };
        let store = ctx.data_unchecked::<Store>();
        let (rows, total) = store
            .alerts(
                &store_filter,
                Utc::now().timestamp(),
                i64::from(size),
                offset(page, size),
            )
            .await?;
        Ok(AlertPage {
            items: rows.into_iter().map(alert).collect(),
            page_info: page_info(page, size, total),
        })
    }

    /// Silences the caller may see (admins: all; operators: of their own rules and of alerts
    /// of their servers), the latest ending first, at most 500. `active`: only those in force
    /// now (false: only those that are not).
    async fn alert_silences(
        &self,
        ctx: &Context<'_>,
        active: Option<bool>,
    ) -> ApiResult<Vec<AlertSilence>> {
        let (_, visible_to) = alert_viewer(ctx)?;
        let now = Utc::now().timestamp();
        let rows = ctx
            .data_unchecked::<Store>()
            .silences(visible_to, active, now)
            .await?;
        Ok(rows.into_iter().map(|row| silence(row, now)).collect())
    }
}

#[derive(Default)]
pub struct AlertsMutation;

#[Object]
impl AlertsMutation {
    /// Acknowledges a firing or resolved alert: someone is on it. `comment`: 1-500 printable
    /// characters. The first acknowledgement stands: a second is refused (VAL_001), naming
    /// who acknowledged it and when.
    async fn acknowledge_alert(
        &self,
        ctx: &Context<'_>,
        id: ID,
        comment: Option<String>,
    ) -> ApiResult<Alert> {
        let (account, visible_to) = alert_viewer(ctx)?;
        let id = checked_id("an alert id", &id)?;
        let comment = comment.as_deref().map(check_comment).transpose()?;
        let store = ctx.data_unchecked::<Store>();
        let now = Utc::now().timestamp();
        // Checked before writing: an alert the caller may not see is not acknowledged.
        match store.alert(id, now).await? {
            Some(row)
                if sees(
                    visible_to,
                    row.rule_owner_id.as_deref(),
                    row.server_owner_id.as_deref(),
                ) => {}
            _ => return Err(ApiError::not_found("alert", id)),
        }
        match store
            .acknowledge_alert(id, &account.id, comment.as_deref(), now)
            .await?
        {
            Ok(row) => Ok(alert(row)),
            Err(AckRefused::NotFound) => Err(ApiError::not_found("alert", id)),
            Err(AckRefused::Already(row)) => Err(ApiError::Invalid(format!(
                "alert '{id}' was acknowledged already by {} at {}; the first acknowledgement stands",
                row.acked_by.unwrap_or_default(),
                row.acked_at.map(timestamp).unwrap_or_default().to_rfc3339()
            ))),
        }
    }

    /// Holds back the notifications of a rule's alerts (`ruleId`) or of one alert
    /// (`alertId`), exactly one of them, from now for `durationSeconds` (1 s to 30 days), with
    /// a comment. The alerts are still stored and shown (with `silenced`). Operators silence
    /// their own rules and the alerts of their own servers; built-in rules only admins.
    async fn silence_alerts(
        &self,
        ctx: &Context<'_>,
        input: SilenceAlertsInput,
    ) -> ApiResult<AlertSilence> {
        let (account, visible_to) = alert_viewer(ctx)?;
        let target = match (input.rule_id.as_deref(), input.alert_id.as_deref()) {
            (Some(rule), None) => SilenceTarget::Rule(checked_id("ruleId", rule)?),
            (None, Some(alert)) => SilenceTarget::Alert(checked_id("alertId", alert)?),
            _ => {
                return Err(ApiError::Invalid(
                    "give exactly one of ruleId and alertId".into(),
                ));
            }
        };
        let duration = check_silence_duration(input.duration_seconds)?;
        let comment = check_comment(&input.comment)?;
        let store = ctx.data_unchecked::<Store>();
        let (what, id) = match target {
            SilenceTarget::Rule(id) => ("alert rule", id),
            SilenceTarget::Alert(id) => ("alert", id),
        };
        let subject = store
            .silence_subject(target)
            .await?
            .ok_or_else(|| ApiError::not_found(what, id))?;
        if let Some(me) = visible_to {
            let rule_owner = subject.rule_owner_id.as_deref();
            let server_owner = subject.server_owner_id.as_deref();
            match target {
                SilenceTarget::Rule(_) if rule_owner.is_none() => {
                    return Err(ApiError::Auth(format!(
                        "'{id}' is a built-in rule: only admins silence it; silence one of its alerts of your servers instead"
                    )));
                }
                SilenceTarget::Rule(_) if rule_owner != Some(me) => {
                    return Err(ApiError::not_found(what, id));
                }
                SilenceTarget::Alert(_) if !sees(Some(me), rule_owner, server_owner) => {
                    return Err(ApiError::not_found(what, id));
                }
                _ => {}
            }
        }
        let now = Utc::now().timestamp();
        let row = store
            .create_silence(target, &comment, &account.id, now, duration)
            .await?;
        add_created_id(ctx, &row.id);
        Ok(silence(row, now))
    }

    /// Ends a silence now (one already over is answered unchanged). Admins any; operators
    /// those they may see (see `alertSilences`).
    async fn expire_alert_silence(&self, ctx: &Context<'_>, id: ID) -> ApiResult<AlertSilence> {
        let (_, visible_to) = alert_viewer(ctx)?;
        let id = checked_id("a silence id", &id)?;
        let store = ctx.data_unchecked::<Store>();
        if store.silence(id, visible_to).await?.is_none() {
            return Err(ApiError::not_found("alert silence", id));
        }
        let now = Utc::now().timestamp();
        let row = store.expire_silence(id, now).await?;
        Ok(silence(row, now))
    }
}

#[derive(Default)]
pub struct AlertsSubscription;

#[Subscription]
impl AlertsSubscription {
    /// Alerts as they fire and resolve, at `minSeverity` or above (default: all): admins
    /// every alert; operators those of their own servers and rules. Silenced alerts are
    /// included, with `silenced: true`: this is a view of what happens, not a notification
    /// channel. A subscriber that falls behind skips what it missed (`alerts` has it all).
    async fn alert_events(
        &self,
        ctx: &Context<'_>,
        min_severity: Option<AlertSeverity>,
    ) -> async_graphql::Result<impl Stream<Item = AlertEvent>> {
        let (_, visible_to) = alert_viewer(ctx)?;
        let owner = visible_to.map(str::to_string);
        let min = min_severity.map_or(alert_rule::AlertSeverity::Info, Into::into);
        let receiver = ctx.data_unchecked::<Broker>().subscribe_alerts();
        Ok(stream::unfold(receiver, move |mut receiver| {
            let owner = owner.clone();
            async move {
                loop {
                    match receiver.recv().await {
                        Ok(e)
                            if e.severity >= min
                                && sees(
                                    owner.as_deref(),
                                    e.rule_owner_id.as_deref(),
                                    e.server_owner_id.as_deref(),
                                ) =>
                        {
                            return Some((event(&e), receiver));
                        }
                        // Not the caller's, or missed while lagging (as the other
                        // subscriptions do): skipped.
                        Ok(_) | Err(RecvError::Lagged(_)) => continue,
                        Err(RecvError::Closed) => return None,
                    }
                }
            }
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_durations_are_checked() {
        assert_eq!(check_comment("  upgrade  ").unwrap(), "upgrade");
        for bad in ["", "   ", "two\nlines", "tab\there", &"x".repeat(501)] {
            assert_eq!(check_comment(bad).unwrap_err().code(), "VAL_001", "{bad:?}");
        }
        assert!(check_comment(&"é".repeat(500)).is_ok());
        for bad in [0, -1, MAX_SILENCE_SECS + 1, i32::MIN] {
            assert_eq!(check_silence_duration(bad).unwrap_err().code(), "VAL_001");
        }
        assert_eq!(check_silence_duration(1).unwrap(), 1);
        assert_eq!(check_silence_duration(MAX_SILENCE_SECS).unwrap(), 2_592_000);
    }

    #[test]
    fn operators_see_their_servers_and_rules_alerts() {
        assert!(sees(None, None, None), "admins see network alerts");
        assert!(!sees(Some("op"), None, None));
        assert!(sees(Some("op"), None, Some("op")));
        assert!(sees(Some("op"), Some("op"), Some("other")));
        assert!(!sees(Some("op"), Some("other"), Some("other")));
    }
}
