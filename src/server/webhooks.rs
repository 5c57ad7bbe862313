//! The webhook worker: sends the outbox (`alert_deliveries`) that the alert engine writes in
//! the same transaction as each alert's change.
//!
//! It wakes on every alert event (`broker.subscribe_alerts()`) and once a [`TICK`] for retries
//! that came due, claims due rows in the database before sending them (see
//! `store::alert_deliveries`), keeps at most [`IN_FLIGHT`] sends at once, and records every
//! attempt. A 2xx answer delivers; anything else retries after an exponential backoff with
//! jitter, until the last attempt marks the delivery DEAD. Nothing lives only in memory: a
//! restarted server sends what was pending, and a send cut short by a restart is sent again
//! once its claim lapses (receivers deduplicate by the `X-Vpnmine-Delivery` header).

use std::time::{Duration, Instant};

use rand::RngExt as _;
use tokio::task::JoinSet;

use crate::domain::alert_rule::{Comparator, format_duration, format_value};
use crate::domain::webhook::{self, DELIVERY_HEADER, Notice, SIGNATURE_HEADER};
use crate::server::broker::Broker;
use crate::server::store::Store;
use crate::server::store::alert_deliveries::{AfterFailure, AttemptOutcome, ClaimedDelivery};

/// How often the worker looks for retries that came due.
pub const TICK: Duration = Duration::from_secs(1);
/// Most sends at once: a slow receiver holds a slot until its timeout, not the whole outbox.
pub const IN_FLIGHT: usize = 8;
/// The longest wait between two attempts.
pub const MAX_BACKOFF: Duration = Duration::from_secs(300);
/// How much longer than the timeout a claim lasts, for recording the attempt.
const LEASE_MARGIN_SECS: i64 = 30;
/// Longest error text kept per attempt.
const MAX_ERROR_CHARS: usize = 300;

/// How deliveries are retried (`--webhook-attempts`, `--webhook-backoff`,
/// `--webhook-timeout`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WebhookPolicy {
    /// Attempts before a delivery is DEAD (at least 1).
    pub attempts: u32,
    /// The wait after the first failed attempt; it doubles after each, up to [`MAX_BACKOFF`].
    pub backoff: Duration,
    /// How long one POST may take.
    pub timeout: Duration,
}

impl Default for WebhookPolicy {
    fn default() -> Self {
        Self {
            attempts: 8,
            backoff: Duration::from_secs(1),
            timeout: Duration::from_secs(10),
        }
    }
}

impl WebhookPolicy {
    /// The wait after failed attempt number `attempt` (1-based), before jitter.
    pub fn backoff_after(&self, attempt: i64) -> Duration {
        let doublings = u32::try_from(attempt.saturating_sub(1).clamp(0, 30)).unwrap_or(30);
        self.backoff
            .saturating_mul(1u32 << doublings)
            .min(MAX_BACKOFF)
    }

    /// What follows failed attempt number `attempt` at `now`: the next attempt, the backoff
    /// stretched by a random 0-25 % so that receivers that failed together are not retried
    /// together, at least a second later (times are whole seconds); or DEAD after the last.
    pub fn after_failure(&self, attempt: i64, now: i64, jitter: f64) -> AfterFailure {
        if attempt >= i64::from(self.attempts) {
            return AfterFailure::Dead;
        }
        let wait =
            self.backoff_after(attempt).as_secs_f64() * (1.0 + 0.25 * jitter.clamp(0.0, 1.0));
        AfterFailure::RetryAt(now + (wait.ceil() as i64).max(1))
    }
}

/// Sends signed bodies.
#[derive(Clone)]
pub struct Sender {
    client: reqwest::Client,
    /// The platform's base URL, for the body's `externalURL` and `generatorURL`.
    pub external_url: String,
}

impl Sender {
    pub fn new(policy: &WebhookPolicy, external_url: String) -> Self {
        let client = crate::client::http_builder()
            .timeout(policy.timeout)
            // A redirect would carry the signed body to a URL nobody checked.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_default();
        Self {
            client,
            external_url,
        }
    }

    /// POSTs `notice`'s body to `url`, signed with `secret` at the current time.
    pub async fn send(
        &self,
        url: &str,
        secret: &str,
        delivery_id: &str,
        notice: &Notice,
    ) -> AttemptOutcome {
        let body = match serde_json::to_vec(&webhook::alertmanager_body(notice)) {
            Ok(body) => body,
            Err(e) => {
                return AttemptOutcome {
                    http_status: None,
                    error: Some(format!("cannot encode the body: {e}")),
                    duration_ms: 0,
                };
            }
        };
        let signature = webhook::sign(secret, chrono::Utc::now().timestamp(), &body);
        let started = Instant::now();
        let sent = self
            .client
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(SIGNATURE_HEADER, signature)
            .header(DELIVERY_HEADER, delivery_id)
            .body(body)
            .send()
            .await;
        let duration_ms = i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX);
        match sent {
            Ok(answer) => AttemptOutcome {
                http_status: Some(answer.status().as_u16()),
                error: None,
                duration_ms,
            },
            Err(e) => AttemptOutcome {
                http_status: None,
                error: Some(describe(&e)),
                duration_ms,
            },
        }
    }
}

/// The error and its causes, which say what went wrong (refused, timed out, TLS).
fn describe(e: &reqwest::Error) -> String {
    let mut text = if e.is_timeout() {
        "timed out".to_string()
    } else if e.is_connect() {
        "cannot connect".to_string()
    } else {
        "request failed".to_string()
    };
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text.chars().take(MAX_ERROR_CHARS).collect()
}

/// The notice of a claimed delivery.
pub fn notice_of(delivery: &ClaimedDelivery, external_url: &str) -> Notice {
    let operator = delivery
        .operator
        .parse::<Comparator>()
        .map_or(delivery.operator.clone(), |c| c.symbol().to_string());
    let description = format!(
        "rule {} ({}): {} {} {} for {}; value {} when it fired, {} last",
        delivery.rule_name,
        delivery.severity.to_ascii_lowercase(),
        delivery.metric.to_ascii_lowercase(),
        operator,
        format_value(delivery.threshold),
        format_duration(delivery.duration_secs),
        format_value(delivery.value),
        format_value(delivery.last_value),
    );
    Notice {
        receiver: delivery.channel_name.clone(),
        resolved: delivery.resolved,
        alert_id: delivery.alert_id.clone(),
        rule_id: delivery.rule_id.clone(),
        rule_name: delivery.rule_name.clone(),
        severity: delivery.severity.clone(),
        metric: delivery.metric.clone(),
        server_id: delivery.server_id.clone(),
        server_name: delivery.server_name.clone(),
        summary: delivery.summary.clone(),
        description,
        started_at: delivery.started_at,
        resolved_at: delivery.resolved_at,
        external_url: external_url.to_string(),
    }
}

/// Starts the worker; abort the handle to stop it.
pub fn spawn(
    store: Store,
    broker: &Broker,
    policy: WebhookPolicy,
    external_url: String,
) -> tokio::task::JoinHandle<()> {
    // Subscribed before the task starts, so that no event published from now on is missed.
    let events = broker.subscribe_alerts();
    tokio::spawn(run(
        store,
        events,
        policy,
        Sender::new(&policy, external_url),
    ))
}

async fn run(
    store: Store,
    mut events: tokio::sync::broadcast::Receiver<std::sync::Arc<crate::server::broker::AlertEvent>>,
    policy: WebhookPolicy,
    sender: Sender,
) {
    let lease = i64::try_from(policy.timeout.as_secs()).unwrap_or(i64::MAX / 2) + LEASE_MARGIN_SECS;
    let mut sends: JoinSet<()> = JoinSet::new();
    let mut timer = tokio::time::interval(TICK);
    timer.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut events_open = true;
    loop {
        let free = IN_FLIGHT.saturating_sub(sends.len());
        if free > 0 {
            let now = chrono::Utc::now().timestamp();
            match store.claim_due_deliveries(now, free as u32, lease).await {
                Ok(claimed) => {
                    for delivery in claimed {
                        let (store, sender) = (store.clone(), sender.clone());
                        sends.spawn(deliver(store, sender, policy, delivery));
                    }
                }
                Err(e) => tracing::warn!(error = %e, "cannot read the webhook outbox"),
            }
        }
        tokio::select! {
            Some(_) = sends.join_next(), if !sends.is_empty() => {}
            event = events.recv(), if events_open => {
                // Lagging only means several events came at once: one look serves them all.
                if matches!(event, Err(tokio::sync::broadcast::error::RecvError::Closed)) {
                    events_open = false;
                }
            }
            _ = timer.tick() => {}
        }
    }
}

async fn deliver(store: Store, sender: Sender, policy: WebhookPolicy, delivery: ClaimedDelivery) {
    let notice = notice_of(&delivery, &sender.external_url);
    let outcome = sender
        .send(
            &delivery.url,
            &delivery.secret,
            &delivery.id.to_string(),
            &notice,
        )
        .await;
    let now = chrono::Utc::now().timestamp();
    let jitter: f64 = rand::rng().random();
    match store
        .record_delivery_attempt(delivery.id, &outcome, now, |attempt| {
            policy.after_failure(attempt, now, jitter)
        })
        .await
    {
        Ok(Some("DEAD")) => tracing::warn!(
            delivery = delivery.id,
            url = %delivery.url,
            error = %outcome.describe(),
            "a webhook delivery gave up"
        ),
        Ok(_) => {}
        // The claim lapses and the delivery is sent again: at least once.
        Err(e) => {
            tracing::warn!(delivery = delivery.id, error = %e, "cannot record a webhook attempt")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_backoff_doubles_up_to_its_cap_and_gives_up_after_the_last_attempt() {
        let policy = WebhookPolicy::default();
        let waits: Vec<u64> = (1..=10)
            .map(|a| policy.backoff_after(a).as_secs())
            .collect();
        assert_eq!(waits, [1, 2, 4, 8, 16, 32, 64, 128, 256, 300]);
        assert_eq!(
            policy.after_failure(1, 100, 0.0),
            AfterFailure::RetryAt(101)
        );
        assert_eq!(
            policy.after_failure(3, 100, 0.0),
            AfterFailure::RetryAt(104)
        );
        assert_eq!(
            policy.after_failure(3, 100, 1.0),
            AfterFailure::RetryAt(105)
        );
        assert_eq!(policy.after_failure(8, 100, 0.0), AfterFailure::Dead);
        let once = WebhookPolicy {
            attempts: 1,
            ..policy
        };
        assert_eq!(once.after_failure(1, 100, 0.0), AfterFailure::Dead);
    }

    use std::sync::atomic::{AtomicU16, Ordering};
    use std::sync::{Arc, Mutex};

    use crate::domain::webhook::{WebhookBody, verify_signature};
    use crate::server::store::alerts::AlertChange;

    const SECRET: &str = "receiver-secret-0123456789";

    /// What the receiver got: headers and body of each POST.
    #[derive(Clone, Default)]
    struct Received(Arc<Mutex<Vec<Post>>>);

    /// The headers and body of one POST.
    type Post = (axum::http::HeaderMap, Vec<u8>);

    /// A webhook receiver on 127.0.0.1 that records every POST and answers `status`.
    async fn receiver(status: Arc<AtomicU16>) -> (String, Received, tokio::task::JoinHandle<()>) {
        let received = Received::default();
        let log = received.clone();
        let app = axum::Router::new().route(
            "/hook",
            axum::routing::post(
                move |headers: axum::http::HeaderMap, body: axum::body::Bytes| {
                    let (log, status) = (log.clone(), status.clone());
                    async move {
                        log.0.lock().unwrap().push((headers, body.to_vec()));
                        axum::http::StatusCode::from_u16(status.load(Ordering::SeqCst)).unwrap()
                    }
                },
            ),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        (url, received, task)
    }

    /// A store on a file with an operator, a server and a channel to `url` linked to
    /// `rule-cpu`.
    async fn store_with_channel(path: &std::path::Path, url: &str) -> Store {
        let store = Store::open(path.to_str().unwrap()).await.unwrap();
        sqlx::query(
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at)
               VALUES ('op-a', 'alice', '!', 'OPERATOR', 'FREE', 'u1', 0)",
        )
        .execute(store.pool())
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at)
               VALUES ('srv-a', 'op-a', 'a.example.net', '192.0.2.1', 'eu-west', 0)",
        )
        .execute(store.pool())
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO alert_channels (id, owner_id, name, url, secret, created_at)
               VALUES ('ch-1', 'op-a', 'ops', ?, ?, 0)",
        )
        .bind(url)
        .bind(SECRET)
        .execute(store.pool())
        .await
        .unwrap();
        sqlx::query("INSERT INTO alert_rule_channels VALUES ('rule-cpu', 'ch-1')")
            .execute(store.pool())
            .await
            .unwrap();
        store
    }

    async fn fire(store: &Store) -> String {
        let now = chrono::Utc::now().timestamp();
        let applied = store
            .apply_alert_changes(&[AlertChange::Fire {
                rule_id: "rule-cpu".into(),
                server_id: Some("srv-a".into()),
                severity: crate::domain::alert_rule::AlertSeverity::Warning,
                value: 97.5,
                threshold: 90.0,
                summary: "CPU at 97.5% on a.example.net".into(),
                at: now,
            }])
            .await
            .unwrap();
        applied[0].clone().unwrap().alert_id
    }

    /// `(event, status, attempts)` of every delivery, once none is PENDING (or after 20 s).
    async fn settled(store: &Store) -> Vec<(String, String, i64)> {
        for _ in 0..200 {
            let pending: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM alert_deliveries WHERE status = 'PENDING'",
            )
            .fetch_one(store.pool())
            .await
            .unwrap();
            if pending == 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        sqlx::query_as("SELECT event, status, attempts FROM alert_deliveries ORDER BY id")
            .fetch_all(store.pool())
            .await
            .unwrap()
    }

    async fn attempts(store: &Store) -> Vec<(i64, i64, Option<i64>, Option<String>)> {
        sqlx::query_as(
            "SELECT attempt, at, http_status, error FROM alert_delivery_attempts
             ORDER BY delivery_id, attempt",
        )
        .fetch_all(store.pool())
        .await
        .unwrap()
    }

    fn quick() -> WebhookPolicy {
        WebhookPolicy {
            attempts: 3,
            backoff: Duration::from_secs(1),
            timeout: Duration::from_secs(2),
        }
    }

    #[tokio::test]
    async fn an_outbox_row_is_delivered_signed_in_alertmanagers_format() {
        let dir = tempfile::tempdir().unwrap();
        let (url, received, _receiver) = receiver(Arc::new(AtomicU16::new(200))).await;
        let store = store_with_channel(&dir.path().join("db.sqlite"), &url).await;
        let broker = Broker::new();
        let worker = spawn(
            store.clone(),
            &broker,
            quick(),
            "http://127.0.0.1:1/".into(),
        );
        let alert = fire(&store).await;
        assert_eq!(
            settled(&store).await,
            [("FIRING".into(), "DELIVERED".into(), 1)]
        );
        let log = attempts(&store).await;
        assert_eq!((log[0].0, log[0].2, log[0].3.clone()), (1, Some(200), None));

        let (headers, body) = received.0.lock().unwrap()[0].clone();
        let parsed: WebhookBody = serde_json::from_slice(&body).unwrap();
        assert_eq!(
            (parsed.version.as_str(), parsed.status.as_str()),
            ("4", "firing")
        );
        assert_eq!(parsed.receiver, "ops");
        let labels = &parsed.alerts[0].labels;
        assert_eq!(labels["alertname"], "cpu-high");
        assert_eq!(labels["severity"], "warning");
        assert_eq!(labels["server"], "a.example.net");
        assert_eq!(labels["server_id"], "srv-a");
        assert_eq!(labels["metric"], "cpu");
        assert_eq!(labels["rule_id"], "rule-cpu");
        assert_eq!(
            parsed.alerts[0].annotations["summary"],
            "CPU at 97.5% on a.example.net"
        );
        assert_eq!(parsed.alerts[0].ends_at, webhook::STILL_FIRING);
        assert!(parsed.alerts[0].generator_url.ends_with(&alert));
        let delivery: i64 = sqlx::query_scalar("SELECT id FROM alert_deliveries")
            .fetch_one(store.pool())
            .await
            .unwrap();
        assert_eq!(headers[DELIVERY_HEADER], delivery.to_string().as_str());
        let signature = headers[SIGNATURE_HEADER].to_str().unwrap();
        let now = chrono::Utc::now().timestamp();
        assert_eq!(verify_signature(signature, SECRET, &body, now, 300), Ok(()));
        assert_eq!(
            verify_signature(signature, "not-the-secret-at-all", &body, now, 300),
            Err(webhook::SignatureError::Mismatch)
        );
        let mut altered = body.clone();
        let at = altered.iter().position(|b| *b == b'9').unwrap();
        altered[at] = b'1';
        assert_eq!(
            verify_signature(signature, SECRET, &altered, now, 300),
            Err(webhook::SignatureError::Mismatch)
        );

        // Resolving notifies the same channel with status resolved.
        let resolve = AlertChange::Resolve {
            alert_id: alert,
            value: 12.0,
            at: now,
        };
        store.apply_alert_changes(&[resolve]).await.unwrap();
        let done = settled(&store).await;
        assert_eq!(done[1], ("RESOLVED".into(), "DELIVERED".into(), 1));
        let (_, body) = received.0.lock().unwrap()[1].clone();
        let parsed: WebhookBody = serde_json::from_slice(&body).unwrap();
        assert_eq!(parsed.status, "resolved");
        assert_ne!(parsed.alerts[0].ends_at, webhook::STILL_FIRING);
        worker.abort();
    }

    #[tokio::test]
    async fn a_failing_receiver_is_retried_with_backoff_then_the_delivery_is_dead() {
        let dir = tempfile::tempdir().unwrap();
        let (url, received, _receiver) = receiver(Arc::new(AtomicU16::new(500))).await;
        let store = store_with_channel(&dir.path().join("db.sqlite"), &url).await;
        // A second channel to a port nobody listens on: the receiver is down.
        let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let down = format!("http://{}/hook", closed.local_addr().unwrap());
        drop(closed);
        sqlx::query(
            "INSERT INTO alert_channels (id, owner_id, name, url, secret, created_at)
               VALUES ('ch-2', 'op-a', 'down', ?, ?, 0);",
        )
        .bind(&down)
        .bind(SECRET)
        .execute(store.pool())
        .await
        .unwrap();
        sqlx::query("INSERT INTO alert_rule_channels VALUES ('rule-cpu', 'ch-2')")
            .execute(store.pool())
            .await
            .unwrap();
        let worker = spawn(
            store.clone(),
            &Broker::new(),
            quick(),
            "http://127.0.0.1:1".into(),
        );
        fire(&store).await;
        let done = settled(&store).await;
        assert_eq!(
            done,
            [
                ("FIRING".into(), "DEAD".into(), 3),
                ("FIRING".into(), "DEAD".into(), 3)
            ]
        );
        assert_eq!(received.0.lock().unwrap().len(), 3);
        let log = attempts(&store).await;
        assert_eq!(log.len(), 6);
        let (to_500, to_down) = log.split_at(3);
        assert!(to_500.iter().all(|a| a.2 == Some(500) && a.3.is_none()));
        assert!(to_down.iter().all(|a| {
            a.2.is_none()
                && a.3
                    .as_deref()
                    .is_some_and(|e| e.starts_with("cannot connect"))
        }));
        for attempts in [to_500, to_down] {
            // 1 s, then 2 s (each stretched by up to 25 %, in whole seconds).
            assert!(attempts[1].1 - attempts[0].1 >= 1, "{attempts:?}");
            assert!(attempts[2].1 - attempts[1].1 >= 2, "{attempts:?}");
        }
        let (errors, finished): (Vec<Option<String>>, Vec<Option<i64>>) =
            sqlx::query_as::<_, (Option<String>, Option<i64>)>(
                "SELECT last_error, finished_at FROM alert_deliveries ORDER BY id",
            )
            .fetch_all(store.pool())
            .await
            .unwrap()
            .into_iter()
            .unzip();
        assert_eq!(errors[0].as_deref(), Some("HTTP 500"));
        assert!(
            errors[1]
                .as_deref()
                .is_some_and(|e| e.starts_with("cannot connect"))
        );
        assert!(finished.iter().all(Option::is_some));
        worker.abort();
    }

    #[tokio::test]
    async fn a_restarted_worker_delivers_what_was_pending() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite");
        let status = Arc::new(AtomicU16::new(503));
        let (url, received, _receiver) = receiver(status.clone()).await;
        let store = store_with_channel(&path, &url).await;
        let slow = WebhookPolicy {
            backoff: Duration::from_secs(2),
            ..quick()
        };
        let worker = spawn(
            store.clone(),
            &Broker::new(),
            slow,
            "http://127.0.0.1:1".into(),
        );
        fire(&store).await;
        // The first attempt fails; stop the worker and the store while the row is pending.
        for _ in 0..100 {
            if !attempts(&store).await.is_empty() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        worker.abort();
        let _ = worker.await;
        let pending: (String, i64) =
            sqlx::query_as("SELECT status, attempts FROM alert_deliveries")
                .fetch_one(store.pool())
                .await
                .unwrap();
        assert_eq!(pending, ("PENDING".into(), 1));
        drop(store);

        status.store(200, Ordering::SeqCst);
        let store = Store::open(path.to_str().unwrap()).await.unwrap();
        let worker = spawn(
            store.clone(),
            &Broker::new(),
            slow,
            "http://127.0.0.1:1".into(),
        );
        assert_eq!(
            settled(&store).await,
            [("FIRING".into(), "DELIVERED".into(), 2)]
        );
        let log = attempts(&store).await;
        assert_eq!(
            log.iter().map(|a| a.2).collect::<Vec<_>>(),
            [Some(503), Some(200)]
        );
        // Both attempts carried the same delivery id, for receivers to deduplicate.
        let received = received.0.lock().unwrap();
        assert_eq!(received.len(), 2);
        assert_eq!(
            received[0].0[DELIVERY_HEADER],
            received[1].0[DELIVERY_HEADER]
        );
        worker.abort();
    }

    #[tokio::test]
    async fn a_claimed_delivery_is_not_claimed_again_until_its_lease_lapses() {
        let dir = tempfile::tempdir().unwrap();
        let store =
            store_with_channel(&dir.path().join("db.sqlite"), "http://127.0.0.1:9/hook").await;
        fire(&store).await;
        let now = chrono::Utc::now().timestamp();
        assert_eq!(
            store.claim_due_deliveries(now, 8, 40).await.unwrap().len(),
            1
        );
        assert!(
            store
                .claim_due_deliveries(now, 8, 40)
                .await
                .unwrap()
                .is_empty()
        );
        assert!(
            store
                .claim_due_deliveries(now + 39, 8, 40)
                .await
                .unwrap()
                .is_empty()
        );
        let again = store.claim_due_deliveries(now + 40, 8, 40).await.unwrap();
        assert_eq!(again.len(), 1);
        assert_eq!((again[0].attempts, again[0].resolved), (0, false));
        assert_eq!(again[0].server_name.as_deref(), Some("a.example.net"));
    }
}
