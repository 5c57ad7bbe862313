//! How long the server keeps what piles up (issue #15): raw metric samples (older ones are
//! rolled up to hourly rows, not lost), login attempts, the audit trail and finished alert
//! webhook deliveries. Pure: callers pass `now` in, in unix seconds.

use std::fmt;
use std::str::FromStr;

const HOUR_SECS: i64 = 3_600;

/// How long one kind of row is kept: for a time, or for ever (`off`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retention {
    /// Rows older than this many seconds go.
    For(i64),
    /// Nothing goes.
    Forever,
}

/// The shortest retention: the roll-up works on whole hours, and the current hour's rows
/// (the lockout's failed logins among them) must never be pruned under a writer's feet.
pub const SHORTEST_RETENTION_SECS: i64 = HOUR_SECS;

impl Retention {
    /// The time before which rows go (`created_at < cutoff`), or `None` to keep all.
    pub fn cutoff(self, now: i64) -> Option<i64> {
        match self {
            Self::For(secs) => Some(now.saturating_sub(secs)),
            Self::Forever => None,
        }
    }

    /// The hour boundary before which raw samples are rolled up: the start of the hour
    /// holding the cutoff, so that only hours entirely older than the retention are
    /// touched and a pass never splits an hour. `None` to keep every sample raw.
    pub fn rollup_before(self, now: i64) -> Option<i64> {
        self.cutoff(now)
            .map(|cutoff| cutoff.div_euclid(HOUR_SECS) * HOUR_SECS)
    }

    /// Seconds, or `None` for ever: the API's figure.
    pub fn seconds(self) -> Option<i64> {
        match self {
            Self::For(secs) => Some(secs),
            Self::Forever => None,
        }
    }
}

impl FromStr for Retention {
    type Err = String;

    /// `off` (keep for ever), or a duration of at least an hour such as `30d`, `12h`, `1d12h`.
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        if input.trim().eq_ignore_ascii_case("off") {
            return Ok(Self::Forever);
        }
        let duration = super::dates::parse_duration(input).map_err(|e| e.to_string())?;
        let secs = i64::try_from(duration.as_secs())
            .map_err(|_| format!("the retention {input} is too long"))?;
        if secs < SHORTEST_RETENTION_SECS {
            return Err(format!(
                "a retention must be at least 1h (or `off` to keep everything), got {input}"
            ));
        }
        Ok(Self::For(secs))
    }
}

impl fmt::Display for Retention {
    /// The shortest spelling `from_str` reads back: `30d`, `36h`, `90m`, or `off`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Forever => f.write_str("off"),
            Self::For(secs) if secs % 86_400 == 0 => write!(f, "{}d", secs / 86_400),
            Self::For(secs) if secs % HOUR_SECS == 0 => write!(f, "{}h", secs / HOUR_SECS),
            Self::For(secs) if secs % 60 == 0 => write!(f, "{}m", secs / 60),
            Self::For(secs) => write!(f, "{secs}s"),
        }
    }
}

/// Every retention of the server, with the defaults of `vpnmine server`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionPolicy {
    /// Raw metric samples; older hours are rolled up to one row per server and hour.
    pub raw_metrics: Retention,
    /// Login attempts (auth_events).
    pub auth_events: Retention,
    /// The audit trail of mutations (audit_log).
    pub audit: Retention,
    /// Alert webhook deliveries that arrived, with their attempts, by when they finished.
    pub delivered: Retention,
    /// Deliveries that gave up (DEAD), kept longer: they are what an operator investigates.
    pub dead_deliveries: Retention,
}

impl Default for RetentionPolicy {
    fn default() -> Self {
        const DAY: i64 = 86_400;
        Self {
            raw_metrics: Retention::For(30 * DAY),
            auth_events: Retention::For(90 * DAY),
            audit: Retention::For(365 * DAY),
            delivered: Retention::For(30 * DAY),
            dead_deliveries: Retention::For(90 * DAY),
        }
    }
}

/// The cutoffs of one pass at `now`: rows before them go (or, for samples, are rolled up).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PassCutoffs {
    pub rollup_before: Option<i64>,
    pub auth_events_before: Option<i64>,
    pub audit_before: Option<i64>,
    pub delivered_before: Option<i64>,
    pub dead_before: Option<i64>,
}

impl RetentionPolicy {
    pub fn cutoffs(&self, now: i64) -> PassCutoffs {
        PassCutoffs {
            rollup_before: self.raw_metrics.rollup_before(now),
            auth_events_before: self.auth_events.cutoff(now),
            audit_before: self.audit.cutoff(now),
            delivered_before: self.delivered.cutoff(now),
            dead_before: self.dead_deliveries.cutoff(now),
        }
    }
}

/// Where a roll-up pass starts reading: a day before where the last one stopped, so that
/// samples that arrived late into a rolled-up hour (a server whose clock ran behind) are
/// folded in, without reading all of history at every pass. `None`: no pass has run.
pub fn rollup_scan_from(rolled_before: Option<i64>) -> Option<i64> {
    rolled_before.map(|before| before.saturating_sub(LATE_SAMPLE_LOOKBACK_SECS))
}

/// How far behind the last pass's boundary a pass looks for late samples.
pub const LATE_SAMPLE_LOOKBACK_SECS: i64 = 86_400;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retentions_parse_durations_and_off() {
        assert_eq!("30d".parse(), Ok(Retention::For(30 * 86_400)));
        assert_eq!(" 1d12h ".parse(), Ok(Retention::For(36 * 3_600)));
        assert_eq!("OFF".parse(), Ok(Retention::Forever));
        for bad in ["", "0", "-1d", "30", "59m", "10x", "1y"] {
            assert!(bad.parse::<Retention>().is_err(), "{bad}");
        }
        assert!("1h".parse::<Retention>().is_ok());
    }

    #[test]
    fn retentions_print_as_they_parse() {
        for text in ["30d", "36h", "90m", "off", "3601s"] {
            let retention: Retention = text.parse().unwrap();
            assert_eq!(retention.to_string(), text);
        }
    }

    #[test]
    fn cutoffs_count_back_from_now_and_the_rollup_stops_at_an_hour() {
        let now = 1_795_219_200 + 5_000; // 1h23m20s past a day boundary
        let week = Retention::For(7 * 86_400);
        assert_eq!(week.cutoff(now), Some(now - 7 * 86_400));
        // The hour holding the cutoff stays raw: it is not entirely older than a week.
        assert_eq!(
            week.rollup_before(now),
            Some(1_795_219_200 - 7 * 86_400 + 3_600)
        );
        assert_eq!(Retention::Forever.cutoff(now), None);
        assert_eq!(Retention::Forever.rollup_before(now), None);
        // Before 1970 an hour still starts on the hour.
        assert_eq!(Retention::For(3_600).rollup_before(10), Some(-3_600));
    }

    #[test]
    fn the_default_policy_keeps_dead_deliveries_longer() {
        let policy = RetentionPolicy::default();
        let cut = policy.cutoffs(100 * 86_400);
        assert!(cut.dead_before < cut.delivered_before);
        assert_eq!(cut.audit_before, Some(100 * 86_400 - 365 * 86_400));
        assert_eq!(rollup_scan_from(None), None);
        assert_eq!(rollup_scan_from(Some(10 * 86_400)), Some(9 * 86_400));
    }
}
