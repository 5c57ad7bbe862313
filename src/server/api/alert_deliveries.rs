//! Where alerts are sent: notification channels (webhooks) and the outbox of deliveries,
//! with each attempt's outcome. Admins manage every channel; operators their own. Users,
//! anonymous callers and agent tokens are refused (AUTH_001).

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::Utc;

use super::admin::timestamp;
use super::alert_types::{AlertChannel, AlertState};
use super::auth::require_account;
use super::types::{PageInfo, PaginationInput, Role, Timestamp};
use super::withdrawals::{page_info, page_window};
use super::{Account, ApiError, ApiResult, checked_id};
use crate::domain::webhook::{self, Notice};
use crate::server::broker::Broker;
use crate::server::export_files::Exports;
use crate::server::secrets::new_token;
use crate::server::store::Store;
use crate::server::store::alert_deliveries::{
    AttemptOutcome, AttemptRow, DeliveryFilter, DeliveryRow, NewChannel,
};
use crate::server::webhooks::{Sender, WebhookPolicy};

/// Most channels `alertChannels` lists (and one owner may have).
pub const MAX_CHANNELS: u32 = 100;
/// Most attempts one delivery logs: `--webhook-attempts` is at most this, which keeps a page
/// of 500 deliveries with their logs within the query cost budget (with `--webhook-backoff
/// 5m`, ten attempts already span 45 minutes).
pub const MAX_ATTEMPTS: u32 = 10;

/// Where a delivery is in its life.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum AlertDeliveryStatus {
    /// Not delivered yet; `nextAttemptAt` says when it is tried (again).
    Pending,
    /// A 2xx answer was received.
    Delivered,
    /// Every attempt failed; it is not tried again.
    Dead,
}

impl AlertDeliveryStatus {
    fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "PENDING",
            Self::Delivered => "DELIVERED",
            Self::Dead => "DEAD",
        }
    }

    fn parse(text: &str) -> Self {
        match text {
            "DELIVERED" => Self::Delivered,
            "DEAD" => Self::Dead,
            _ => Self::Pending,
        }
    }
}

/// A new webhook channel.
#[derive(InputObject, Clone, Debug)]
pub struct AlertChannelInput {
    /// 1-64 of A-Z a-z 0-9 _ . -, unique among the caller's channels.
    pub name: String,
    /// http or https, at most 2048 characters, without user:password@. Plain http only to
    /// this machine (localhost, 127.0.0.0/8, ::1) unless `allowInsecure`.
    pub url: String,
    /// The key that signs every body (16-256 printable ASCII characters, no spaces);
    /// omitted: 32 random bytes in hex are generated. Shown only in this answer.
    pub secret: Option<String>,
    /// Allow plain http to a host other than this machine.
    #[graphql(default = false)]
    pub allow_insecure: bool,
}

/// A new channel and its secret, which is shown this once and cannot be read again.
#[derive(SimpleObject, Clone, Debug)]
pub struct CreatedAlertChannel {
    pub channel: AlertChannel,
    /// Verify each body's `X-Vpnmine-Signature` header with it.
    pub secret: String,
}

/// One attempt to send a delivery (or a channel's test).
#[derive(SimpleObject, Clone, Debug)]
pub struct AlertDeliveryAttempt {
    /// 1-based.
    pub attempt: i32,
    pub at: Timestamp,
    /// The receiver's HTTP status, when it answered.
    pub http_status: Option<i32>,
    /// Why there was no answer (refused, timed out, TLS), when there was none.
    pub error: Option<String>,
    pub duration_ms: i32,
}

/// The channel a delivery goes to.
#[derive(SimpleObject, Clone, Debug)]
pub struct AlertDeliveryChannel {
    pub id: ID,
    pub name: String,
}

/// One notification of one alert to one channel, and its attempts.
#[derive(SimpleObject, Clone, Debug)]
pub struct AlertDelivery {
    /// Sent as the `X-Vpnmine-Delivery` header on every attempt.
    pub id: ID,
    pub alert_id: ID,
    pub channel: AlertDeliveryChannel,
    /// Which change of the alert it announces.
    pub event: AlertState,
    pub status: AlertDeliveryStatus,
    pub attempts: i32,
    /// When it is tried next (PENDING only).
    pub next_attempt_at: Option<Timestamp>,
    pub created_at: Timestamp,
    /// When it was delivered or given up.
    pub finished_at: Option<Timestamp>,
    pub last_error: Option<String>,
    /// Every attempt, first first.
    pub log: Vec<AlertDeliveryAttempt>,
}

/// A page of deliveries, newest first.
#[derive(SimpleObject, Clone, Debug)]
pub struct AlertDeliveryPage {
    pub items: Vec<AlertDelivery>,
    pub page_info: PageInfo,
}

/// Which deliveries `alertDeliveries` returns; all given filters must match.
#[derive(InputObject, Clone, Debug, Default)]
pub struct AlertDeliveryFilter {
    pub status: Option<AlertDeliveryStatus>,
    pub alert_id: Option<ID>,
    pub channel_id: Option<ID>,
}

/// Admins and operators; others are refused with AUTH_001.
fn require_alerting<'a>(ctx: &'a Context<'_>) -> ApiResult<&'a Account> {
    let account = require_account(ctx)?;
    match account.role {
        Role::Admin | Role::Operator => Ok(account),
        Role::User => Err(ApiError::Auth(
            "alert channels and deliveries are for operators and admins".into(),
        )),
    }
}

/// The channel `id` if the caller may manage it: RSC_001 when it does not exist, or belongs
/// to another operator (an operator cannot learn which ids others use).
async fn managed_channel(
    ctx: &Context<'_>,
    account: &Account,
    id: &str,
) -> ApiResult<crate::server::store::alert_deliveries::ChannelTarget> {
    let store = ctx.data_unchecked::<Store>();
    store
        .alert_channel_target(id)
        .await?
        .filter(|t| account.role == Role::Admin || t.channel.owner_id == account.id)
        .ok_or_else(|| ApiError::not_found("alert channel", id))
}

fn attempt_view(row: &AttemptRow) -> AlertDeliveryAttempt {
    AlertDeliveryAttempt {
        attempt: i32::try_from(row.attempt).unwrap_or(i32::MAX),
        at: timestamp(row.at),
        http_status: row.http_status.and_then(|s| i32::try_from(s).ok()),
        error: row.error.clone(),
        duration_ms: i32::try_from(row.duration_ms).unwrap_or(i32::MAX),
    }
}

fn delivery_view(row: DeliveryRow, log: Vec<AlertDeliveryAttempt>) -> AlertDelivery {
    let status = AlertDeliveryStatus::parse(&row.status);
    AlertDelivery {
        id: ID(row.id.to_string()),
        alert_id: ID(row.alert_id),
        channel: AlertDeliveryChannel {
            id: ID(row.channel_id),
            name: row.channel_name,
        },
        event: if row.event == "RESOLVED" {
            AlertState::Resolved
        } else {
            AlertState::Firing
        },
        status,
        attempts: i32::try_from(row.attempts).unwrap_or(i32::MAX),
        next_attempt_at: (status == AlertDeliveryStatus::Pending)
            .then(|| timestamp(row.next_attempt_at)),
        created_at: timestamp(row.created_at),
        finished_at: row.finished_at.map(timestamp),
        last_error: row.last_error,
        log,
    }
}

/// The platform's base URL for the links in a body.
fn external_url(ctx: &Context<'_>) -> String {
    let links = ctx.data_unchecked::<Exports>().links();
    links
        .public_url
        .as_ref()
        .map_or_else(|| links.bound.clone(), |url| url.as_str().to_string())
}

#[derive(Default)]
pub struct AlertDeliveriesQuery;

#[Object]
impl AlertDeliveriesQuery {
    /// Notification channels by name: every channel for admins, their own for operators (at
    /// most 100). Secrets are never listed.
    async fn alert_channels(&self, ctx: &Context<'_>) -> ApiResult<Vec<AlertChannel>> {
        let account = require_alerting(ctx)?;
        let owner = (account.role != Role::Admin).then_some(account.id.as_str());
        let store = ctx.data_unchecked::<Store>();
        let rows = store.alert_channels(owner).await?;
        Ok(rows
            .into_iter()
            .take(MAX_CHANNELS as usize)
            .map(AlertChannel::from)
            .collect())
    }

    /// The webhook outbox, newest first: every delivery for admins, those to their own
    /// channels for operators. DEAD deliveries gave up after `--webhook-attempts` attempts.
    async fn alert_deliveries(
        &self,
        ctx: &Context<'_>,
        filter: Option<AlertDeliveryFilter>,
        pagination: Option<PaginationInput>,
    ) -> ApiResult<AlertDeliveryPage> {
        let account = require_alerting(ctx)?;
        let filter = filter.unwrap_or_default();
        let (page, size) = page_window(pagination)?;
        let alert_id = filter
            .alert_id
            .as_deref()
            .map(|id| checked_id("filter.alertId", id))
            .transpose()?;
        let channel_id = filter
            .channel_id
            .as_deref()
            .map(|id| checked_id("filter.channelId", id))
            .transpose()?;
        let query = DeliveryFilter {
            status: filter.status.map(AlertDeliveryStatus::as_str),
            alert_id,
            channel_id,
            channel_owner: (account.role != Role::Admin).then_some(account.id.as_str()),
        };
        let store = ctx.data_unchecked::<Store>();
        let (size64, offset) = (i64::from(size), (i64::from(page) - 1) * i64::from(size));
        let (rows, total) = store.alert_deliveries(&query, size64, offset).await?;
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let mut logs: std::collections::HashMap<i64, Vec<AlertDeliveryAttempt>> =
            std::collections::HashMap::new();
        for attempt in store.delivery_attempts(&ids).await? {
            let log = logs.entry(attempt.delivery_id).or_default();
            if log.len() < MAX_ATTEMPTS as usize {
                log.push(attempt_view(&attempt));
            }
        }
        let items = rows
            .into_iter()
            .map(|row| {
                let log = logs.remove(&row.id).unwrap_or_default();
                delivery_view(row, log)
            })
            .collect::<Vec<_>>();
        Ok(AlertDeliveryPage {
            items,
            page_info: page_info(page, size, total),
        })
    }
}

#[derive(Default)]
pub struct AlertDeliveriesMutation;

#[Object]
impl AlertDeliveriesMutation {
    /// Creates a webhook channel owned by the caller. Rules name it in their `channels`; every
    /// alert of such a rule is POSTed to it in Prometheus Alertmanager's webhook format,
    /// signed in the `X-Vpnmine-Signature` header. The secret is in this answer only.
    async fn create_alert_channel(
        &self,
        ctx: &Context<'_>,
        input: AlertChannelInput,
    ) -> ApiResult<CreatedAlertChannel> {
        let account = require_alerting(ctx)?;
        let name = input.name.trim();
        webhook::check_name(name)
            .map_err(|e| ApiError::Invalid(e.replace("name", "input.name")))?;
        let url = webhook::check_url(&input.url, input.allow_insecure)
            .map_err(|e| ApiError::Invalid(e.replacen("url", "input.url", 1)))?;
        let secret = match input.secret {
            Some(secret) => {
                webhook::check_secret(&secret)
                    .map_err(|e| ApiError::Invalid(e.replacen("secret", "input.secret", 1)))?;
                secret
            }
            None => new_token(""),
        };
        let store = ctx.data_unchecked::<Store>();
        if store.alert_channels(Some(&account.id)).await?.len() >= MAX_CHANNELS as usize {
            return Err(ApiError::Invalid(format!(
                "you already have {MAX_CHANNELS} alert channels, the most allowed; delete one first"
            )));
        }
        let id = format!("chn-{}", uuid::Uuid::new_v4().simple());
        let new = NewChannel {
            id: &id,
            owner_id: &account.id,
            name,
            url: url.as_str(),
            secret: &secret,
            allow_insecure: input.allow_insecure,
        };
        let row = store
            .insert_alert_channel(&new, Utc::now().timestamp())
            .await?
            .ok_or_else(|| {
                ApiError::Invalid(format!("you already have an alert channel named '{name}'"))
            })?;
        Ok(CreatedAlertChannel {
            channel: row.into(),
            secret,
        })
    }

    /// Deletes a channel (its owner or an admin): rules stop notifying it, and its pending
    /// and past deliveries are deleted with it. Returns the channel as it was.
    async fn delete_alert_channel(&self, ctx: &Context<'_>, id: ID) -> ApiResult<AlertChannel> {
        let account = require_alerting(ctx)?;
        let id = checked_id("id", &id)?;
        let target = managed_channel(ctx, account, id).await?;
        let store = ctx.data_unchecked::<Store>();
        if !store.delete_alert_channel(id).await? {
            return Err(ApiError::not_found("alert channel", id));
        }
        // The engine caches each rule's channels.
        ctx.data_unchecked::<Broker>().alert_rules_changed();
        Ok(target.channel.into())
    }

    /// Sends one signed test body to a channel now and returns the attempt: a synthetic alert
    /// (status firing, labels alertname=vpnmine-test, severity info) that no receiver should
    /// page on. It is not retried and not written to the delivery log.
    async fn test_alert_channel(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> ApiResult<AlertDeliveryAttempt> {
        let account = require_alerting(ctx)?;
        let id = checked_id("id", &id)?;
        let target = managed_channel(ctx, account, id).await?;
        let policy = ctx.data_unchecked::<WebhookPolicy>();
        let sender = Sender::new(policy, external_url(ctx));
        let now = Utc::now().timestamp();
        let test_id = format!("test-{}", uuid::Uuid::new_v4().simple());
        let notice = Notice {
            receiver: target.channel.name.clone(),
            resolved: false,
            alert_id: test_id.clone(),
            rule_id: "test".into(),
            rule_name: "vpnmine-test".into(),
            severity: "INFO".into(),
            metric: "TEST".into(),
            server_id: None,
            server_name: None,
            summary: format!(
                "test of alert channel {} by {}",
                target.channel.name, account.username
            ),
            description: "a test body from vpnmine alerts channels test; no alert fired".into(),
            started_at: now,
            resolved_at: None,
            external_url: sender.external_url.clone(),
        };
        let outcome: AttemptOutcome = sender
            .send(&target.channel.url, &target.secret, &test_id, &notice)
            .await;
        Ok(AlertDeliveryAttempt {
            attempt: 1,
            at: timestamp(now),
            http_status: outcome.http_status.map(i32::from),
            error: outcome.error,
            duration_ms: i32::try_from(outcome.duration_ms).unwrap_or(i32::MAX),
        })
    }
}
