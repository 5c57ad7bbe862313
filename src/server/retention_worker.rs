//! The retention pass while serving (issue #15): once a little after start-up, then every
//! hour. Each pass works in short batches (see `store::maintenance`), so that heartbeats and
//! requests keep flowing, and logs what it rolled up and pruned.

use std::time::Duration;

use crate::domain::retention::RetentionPolicy;
use crate::server::store::Store;
use crate::server::store::maintenance::PassCounts;

/// The first pass waits this long after start-up: a restarted server first serves the
/// requests waiting for it, and a demo's catch-up settles.
pub const FIRST_PASS_AFTER: Duration = Duration::from_secs(120);
/// Then a pass every hour: the roll-up works on whole hours.
pub const PASS_EVERY: Duration = Duration::from_secs(3_600);

/// Starts the passes; abort the handle to stop them.
pub fn spawn(store: Store, policy: RetentionPolicy) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        tokio::time::sleep(FIRST_PASS_AFTER).await;
        let mut timer = tokio::time::interval(PASS_EVERY);
        timer.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            timer.tick().await;
            // A failed pass is logged and tried again at the next one; nothing is half done,
            // as every batch is its own transaction.
            let _ = run_pass(&store, &policy).await;
        }
    })
}

/// One pass at the current time, logged.
pub async fn run_pass(
    store: &Store,
    policy: &RetentionPolicy,
) -> Result<PassCounts, crate::server::store::StoreError> {
    let now = chrono::Utc::now().timestamp();
    let started = std::time::Instant::now();
    match store.run_maintenance(&policy.cutoffs(now)).await {
        Ok(done) => {
            tracing::info!(
                hours_rolled_up = done.hours_rolled_up,
                samples_rolled_up = done.samples_rolled_up,
                auth_events_pruned = done.auth_events_pruned,
                audit_rows_pruned = done.audit_rows_pruned,
                deliveries_pruned = done.deliveries_pruned,
                dead_deliveries_pruned = done.dead_deliveries_pruned,
                duration_ms = started.elapsed().as_millis() as u64,
                "retention pass"
            );
            Ok(done)
        }
        Err(e) => {
            tracing::warn!(error = %e, "retention pass failed");
            Err(e)
        }
    }
}
