//! Limits of mining requests that the CLI checks before sending and the server enforces.

/// Longest idempotency key accepted.
pub const MAX_IDEMPOTENCY_KEY: usize = 128;
/// Bounds of the operator's rate multiplier.
pub const RATE_RANGE: std::ops::RangeInclusive<f64> = 0.1..=2.0;
