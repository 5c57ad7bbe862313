//! Login lockout: after a number of failed logins for one username within a window, further
//! attempts for it are refused for a while without the password even being checked, so that
//! guessing a password online costs an attacker hours instead of seconds.
//!
//! Usernames that belong to no account are locked exactly like real ones: a lockout must not
//! tell an attacker which accounts exist. The state lives in the database (`auth_events` and
//! `auth_lockouts`), so it survives restarts and holds across processes sharing the file.

use std::time::Duration;

/// How many failures lock a username, within which window, and for how long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LockoutPolicy {
    /// Failed logins that lock a username; 0 turns lockout off.
    pub failures: u32,
    /// Failures older than this do not count.
    pub window: Duration,
    /// How long a locked username stays locked.
    pub lock_for: Duration,
}

impl LockoutPolicy {
    pub const OFF: Self = Self {
        failures: 0,
        window: Duration::ZERO,
        lock_for: Duration::ZERO,
    };

    pub fn is_on(&self) -> bool {
        self.failures > 0 && !self.window.is_zero() && !self.lock_for.is_zero()
    }

    /// The lock the failure at `now` imposes when it is the `failures`th counted one.
    pub fn rule(&self, now: i64) -> Option<LockRule> {
        self.is_on().then(|| LockRule {
            failures: i64::from(self.failures),
            window_start: now - seconds(self.window),
            until: now + seconds(self.lock_for).max(1),
        })
    }
}

impl Default for LockoutPolicy {
    /// 5 failures within 15 minutes lock a username for 15 minutes.
    fn default() -> Self {
        Self {
            failures: 5,
            window: Duration::from_secs(15 * 60),
            lock_for: Duration::from_secs(15 * 60),
        }
    }
}

/// What the store applies when it records a failure (unix seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LockRule {
    /// Counted failures (this one included) that lock.
    pub failures: i64,
    /// Failures at or before this do not count.
    pub window_start: i64,
    /// Locked until then.
    pub until: i64,
}

fn seconds(duration: Duration) -> i64 {
    i64::try_from(duration.as_secs()).unwrap_or(i64::MAX / 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn off_policies_impose_no_lock() {
        assert!(LockoutPolicy::OFF.rule(1_000).is_none());
        let no_time = LockoutPolicy {
            lock_for: Duration::ZERO,
            ..LockoutPolicy::default()
        };
        assert!(no_time.rule(1_000).is_none());
    }

    #[test]
    fn the_default_locks_for_fifteen_minutes_after_five_failures_in_fifteen() {
        let rule = LockoutPolicy::default().rule(10_000).unwrap();
        assert_eq!(
            rule,
            LockRule {
                failures: 5,
                window_start: 10_000 - 900,
                until: 10_000 + 900,
            }
        );
        let short = LockoutPolicy {
            failures: 1,
            window: Duration::from_secs(60),
            lock_for: Duration::from_millis(10),
        };
        assert_eq!(
            short.rule(5).unwrap().until,
            6,
            "whole seconds, at least one"
        );
    }
}
