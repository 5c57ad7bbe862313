//! Reads of the shared generation, joined (see `Store::generation`).
//!
//! On PostgreSQL every request that may be answered from the shared-answer cache first reads
//! the generation from the database: one round trip each, which under load cost more than half
//! of the cheapest requests' throughput. Concurrent requests do not each need a read of their
//! own: a request needs a read that *started after it arrived*, because such a read sees every
//! write whose response went out before the request was sent. So one request reads while the
//! others wait, and every request that arrived before that read started takes its value. The
//! round trips per second stay about one per round-trip time however many requests come.

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Debug, Default)]
pub(super) struct JoinedReads {
    /// How many reads have started; the next is number `started + 1`.
    started: AtomicU64,
    /// Held by the one request reading for the others: the last completed read's number and
    /// value.
    last: tokio::sync::Mutex<(u64, Option<u64>)>,
}

impl JoinedReads {
    /// The value of a `read` that started after this call: this call's own, or another's that
    /// it waited for.
    pub(super) async fn read<F, R>(&self, read: F) -> Option<u64>
    where
        F: FnOnce() -> R,
        R: Future<Output = Option<u64>>,
    {
        // Every read numbered from here on starts after this request arrived.
        let wanted = self.started.load(Ordering::Acquire) + 1;
        let mut last = self.last.lock().await;
        if last.0 >= wanted {
            return last.1;
        }
        let number = self.started.fetch_add(1, Ordering::AcqRel) + 1;
        let value = read().await;
        *last = (number, value);
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::AtomicUsize;
    use tokio::sync::Notify;

    #[tokio::test]
    async fn requests_waiting_on_a_read_share_the_next_one() {
        let reads = Arc::new(JoinedReads::default());
        let performed = Arc::new(AtomicUsize::new(0));
        let release = Arc::new(Notify::new());
        let request = |value: u64| {
            let (reads, performed, release) = (reads.clone(), performed.clone(), release.clone());
            tokio::spawn(async move {
                reads
                    .read(|| async move {
                        performed.fetch_add(1, Ordering::SeqCst);
                        release.notified().await;
                        Some(value)
                    })
                    .await
            })
        };
        // The first request's read is held open; 50 arrive meanwhile.
        let first = request(1);
        tokio::task::yield_now().await;
        while performed.load(Ordering::SeqCst) == 0 {
            tokio::task::yield_now().await;
        }
        let waiting: Vec<_> = (0..50).map(|_| request(2)).collect();
        tokio::task::yield_now().await;
        release.notify_one();
        assert_eq!(first.await.unwrap(), Some(1));
        // They arrived after the first read started: it is not theirs. One more read serves all.
        while performed.load(Ordering::SeqCst) < 2 {
            tokio::task::yield_now().await;
        }
        release.notify_one();
        for request in waiting {
            assert_eq!(request.await.unwrap(), Some(2));
        }
        assert_eq!(performed.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_request_after_a_finished_read_reads_anew() {
        let reads = JoinedReads::default();
        assert_eq!(reads.read(|| async { Some(1) }).await, Some(1));
        assert_eq!(reads.read(|| async { Some(2) }).await, Some(2));
        assert_eq!(reads.read(|| async { None }).await, None);
    }
}
