//! Process-wide counters of the bundled server, for `systemHealth`: uptime, GraphQL requests
//! and error responses (counted by the transport) and open subscriptions.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

/// Labels of `vpnmine_graphql_requests_total`: the HTTP status and the first error's code
/// (`none` when the response carried no error).
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    status: u16,
    code: String,
}

/// Counters shared by the transport (which counts) and the resolvers (which report). Relaxed
/// atomics: the figures are statistics, read without any ordering against other data.
#[derive(Debug)]
pub struct ServerStats {
    started: Instant,
    requests: AtomicU64,
    errors: AtomicU64,
    subscriptions: AtomicI64,
    registry: Registry,
    by_outcome: Family<RequestLabels, Counter>,
    latency: Histogram,
}

impl Default for ServerStats {
    fn default() -> Self {
        Self::new()
    }
}

impl ServerStats {
    /// Counters starting now, at zero.
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("vpnmine");
        let by_outcome = Family::<RequestLabels, Counter>::default();
        registry.register(
            "graphql_requests",
            "GraphQL requests by HTTP status and error code",
            by_outcome.clone(),
        );
        // 0.25 ms to about 4 s.
        let latency = Histogram::new(exponential_buckets(0.000_25, 2.0, 15));
        registry.register(
            "graphql_request_duration_seconds",
            "Time to answer a GraphQL request",
            latency.clone(),
        );
        Self {
            started: Instant::now(),
            requests: AtomicU64::new(0),
            errors: AtomicU64::new(0),
            subscriptions: AtomicI64::new(0),
            registry,
            by_outcome,
            latency,
        }
    }

    /// Records how a request ended, for `/metrics`.
    pub fn observe(&self, status: u16, code: Option<&str>, elapsed: Duration) {
        self.by_outcome
            .get_or_create(&RequestLabels {
                status,
                code: code.unwrap_or("none").to_string(),
            })
            .inc();
        self.latency.observe(elapsed.as_secs_f64());
    }

    /// The Prometheus (OpenMetrics) text exposition of the counters.
    pub fn prometheus_text(&self) -> String {
        let mut text = String::new();
        // Encoding into a String cannot fail.
        let _ = prometheus_client::encoding::text::encode_registry(&mut text, &self.registry);
        text.push_str(&format!(
            "# HELP vpnmine_uptime_seconds Seconds since the server started.\n\
             # TYPE vpnmine_uptime_seconds gauge\nvpnmine_uptime_seconds {}\n\
             # HELP vpnmine_active_subscriptions Subscriptions open now.\n\
             # TYPE vpnmine_active_subscriptions gauge\nvpnmine_active_subscriptions {}\n",
            self.uptime().as_secs_f64(),
            self.active_subscriptions()
        ));
        let _ = prometheus_client::encoding::text::encode_eof(&mut text);
        text
    }

    /// How long the server has been running.
    pub fn uptime(&self) -> Duration {
        self.started.elapsed()
    }

    /// Counts one GraphQL request.
    pub fn record_request(&self) {
        self.requests.fetch_add(1, Ordering::Relaxed);
    }

    /// Counts one GraphQL response that carried errors.
    pub fn record_error(&self) {
        self.errors.fetch_add(1, Ordering::Relaxed);
    }

    pub fn requests(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }

    pub fn errors(&self) -> u64 {
        self.errors.load(Ordering::Relaxed)
    }

    /// Subscriptions open now.
    pub fn active_subscriptions(&self) -> i64 {
        self.subscriptions.load(Ordering::Relaxed).max(0)
    }

    /// Counts a subscription as open until the returned guard is dropped (the WebSocket
    /// transport holds one per subscriber, though identical subscriptions share an execution).
    pub fn subscription_opened(self: &Arc<Self>) -> SubscriptionGuard {
        self.subscriptions.fetch_add(1, Ordering::Relaxed);
        SubscriptionGuard(Arc::clone(self))
    }
}

/// Keeps one subscription counted as open; dropping it closes it.
#[derive(Debug)]
pub struct SubscriptionGuard(Arc<ServerStats>);

impl Drop for SubscriptionGuard {
    fn drop(&mut self) {
        self.0.subscriptions.fetch_sub(1, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_requests_errors_and_open_subscriptions() {
        let stats = Arc::new(ServerStats::new());
        stats.record_request();
        stats.record_request();
        stats.record_error();
        assert_eq!((stats.requests(), stats.errors()), (2, 1));
        let first = stats.subscription_opened();
        {
            let _second = stats.subscription_opened();
            assert_eq!(stats.active_subscriptions(), 2);
        }
        assert_eq!(stats.active_subscriptions(), 1);
        drop(first);
        assert_eq!(stats.active_subscriptions(), 0);
    }
}
