//! Several `vpnmine server` replicas on one PostgreSQL database (issue #18): what reaches one
//! replica's subscribers must reach every replica's.
//!
//! A replica announces each heartbeat it stores and each alert its engine writes on a
//! PostgreSQL channel (NOTIFY, through `Store::announce`), and listens on both channels with a
//! connection of its own: what another replica announced goes to its own broker as if it had
//! arrived here. Announcements carry the announcing replica's name ([`Broker::replica`]), so a
//! replica skips its own. NOTIFY is delivered after the announcing statement commits, to every
//! listener, in order; a listener whose connection drops misses what was announced until it is
//! back, as a subscriber that falls behind misses updates (`broker`).
//!
//! The other shared state needs no channel: the generation of shared answers is the database's
//! (`Store::generation`), tokens and sessions are checked in the database on every request,
//! and claims, withdrawals and the retention pass take their turns in the database.
//! On SQLite (one server per file) nothing is announced and nothing listens.

use serde::{Deserialize, Serialize};
use sqlx::postgres::PgListener;

use super::api::realtime;
use super::broker::{AlertEvent, Broker, Sample};
use super::store::Store;

/// The channel of stored heartbeats.
pub const HEARTBEATS: &str = "vpnmine_heartbeats";
/// The channel of written alert changes.
pub const ALERTS: &str = "vpnmine_alerts";

/// PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more: heartbeats go in as many
/// announcements as keep each below this.
const MAX_PAYLOAD_BYTES: usize = 7_900;

/// One announcement: who sent it, and what.
#[derive(Serialize, Deserialize)]
struct Announcement<T> {
    from: String,
    items: Vec<T>,
}

/// Tells the other replicas about heartbeats this one stored. Failures are logged: the
/// heartbeats are stored, and only other replicas' subscribers miss them.
pub async fn announce_samples(store: &Store, broker: &Broker, samples: &[Sample]) {
    if !store.is_shared() {
        return;
    }
    for payload in payloads(broker.replica(), samples) {
        if let Err(e) = store.announce(HEARTBEATS, &payload).await {
            tracing::warn!(error = %e, "heartbeats were not announced to the other replicas");
        }
    }
}

/// Tells the other replicas about an alert change this one wrote.
pub async fn announce_alert(store: &Store, broker: &Broker, event: &AlertEvent) {
    if !store.is_shared() {
        return;
    }
    for payload in payloads(broker.replica(), std::slice::from_ref(event)) {
        if let Err(e) = store.announce(ALERTS, &payload).await {
            tracing::warn!(error = %e, "an alert change was not announced to the other replicas");
        }
    }
}

/// `items` as announcements of at most [`MAX_PAYLOAD_BYTES`] each, in order. An item too large
/// on its own (a heartbeat with very many custom metrics) is left out, and logged.
fn payloads<T: Serialize>(from: &str, items: &[T]) -> Vec<String> {
    let empty = serde_json::to_string(&Announcement::<T> {
        from: from.to_string(),
        items: Vec::new(),
    })
    .expect("an announcement serialises");
    // `{"from":"..","items":[` + the items, comma-separated + `]}`.
    let (head, tail) = empty.split_at(empty.len() - 2);
    let mut out = Vec::new();
    let mut current = String::from(head);
    let mut count = 0;
    for item in items {
        let item = serde_json::to_string(item).expect("an announced item serialises");
        if head.len() + item.len() + tail.len() > MAX_PAYLOAD_BYTES {
            tracing::warn!(
                bytes = item.len(),
                "an item too large to announce to the other replicas was left out"
            );
            continue;
        }
        if current.len() + 1 + item.len() + tail.len() > MAX_PAYLOAD_BYTES {
            current.push_str(tail);
            out.push(std::mem::replace(&mut current, String::from(head)));
            count = 0;
        }
        if count > 0 {
            current.push(',');
        }
        current.push_str(&item);
        count += 1;
    }
    if count > 0 {
        current.push_str(tail);
        out.push(current);
    }
    out
}

/// Listens for the other replicas' announcements and hands them to `broker`, until the task
/// is aborted. Returns once it listens, so that nothing announced after the server is up is
/// missed.
pub async fn listen(
    database_url: &str,
    store: Store,
    broker: Broker,
) -> Result<tokio::task::JoinHandle<()>, sqlx::Error> {
    let mut listener = PgListener::connect(database_url).await?;
    listener.listen_all([HEARTBEATS, ALERTS]).await?;
    Ok(tokio::spawn(async move {
        loop {
            match listener.recv().await {
                Ok(notification) => {
                    received(
                        &store,
                        &broker,
                        notification.channel(),
                        notification.payload(),
                    );
                }
                Err(e) => {
                    // `recv` connects again on its next call; what was announced meanwhile
                    // is lost, as for a subscriber that fell behind.
                    tracing::warn!(error = %e, "listening to the other replicas failed; retrying");
                    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                }
            }
        }
    }))
}

/// Hands one announcement to this replica's broker, unless this replica sent it.
fn received(store: &Store, broker: &Broker, channel: &str, payload: &str) {
    let unreadable = |e: serde_json::Error| {
        tracing::warn!(error = %e, channel, "an announcement could not be read");
    };
    match channel {
        HEARTBEATS => match serde_json::from_str::<Announcement<Sample>>(payload) {
            Ok(a) if a.from != broker.replica() => {
                realtime::queue_for_subscribers(store, broker, a.items);
            }
            Ok(_) => {}
            Err(e) => unreadable(e),
        },
        ALERTS => match serde_json::from_str::<Announcement<AlertEvent>>(payload) {
            Ok(a) if a.from != broker.replica() => {
                for event in a.items {
                    broker.publish_alert(event);
                }
            }
            Ok(_) => {}
            Err(e) => unreadable(e),
        },
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn announcements_stay_below_postgres_limit_and_keep_every_item_in_order() {
        let items: Vec<String> = (0..500).map(|n| format!("{n:0>40}")).collect();
        let sent = payloads("replica-a", &items);
        assert!(sent.len() > 1, "500 items of 42 bytes take several");
        let mut back = Vec::new();
        for payload in &sent {
            assert!(payload.len() <= MAX_PAYLOAD_BYTES, "{}", payload.len());
            let a: Announcement<String> = serde_json::from_str(payload).unwrap();
            assert_eq!(a.from, "replica-a");
            back.extend(a.items);
        }
        assert_eq!(back, items);
        assert!(payloads::<String>("a", &[]).is_empty());
    }

    #[test]
    fn an_item_too_large_alone_is_left_out_and_the_rest_go() {
        let items = vec![
            "small".to_string(),
            "x".repeat(MAX_PAYLOAD_BYTES),
            "last".to_string(),
        ];
        let [sent] = payloads("r", &items).try_into().unwrap();
        let a: Announcement<String> = serde_json::from_str(&sent).unwrap();
        assert_eq!(a.items, ["small", "last"]);
    }
}
