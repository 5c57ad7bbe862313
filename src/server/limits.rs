//! Request rate limits per user type (the spec's RateLimitConfig): a requests-per-minute quota
//! for FREE, PREMIUM and ADMIN callers, each caller limited on its own. Anonymous callers are
//! FREE, keyed by their address.

use std::num::NonZeroU32;
use std::str::FromStr;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::middleware::StateInformationMiddleware;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};

use super::api::types::UserType;

/// Requests per minute for each user type; `None` means unlimited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimitConfig {
    pub free: Option<NonZeroU32>,
    pub premium: Option<NonZeroU32>,
    pub admin: Option<NonZeroU32>,
}

impl RateLimitConfig {
    pub const OFF: Self = Self {
        free: None,
        premium: None,
        admin: None,
    };
}

impl Default for RateLimitConfig {
    fn default() -> Self {
        Self {
            free: NonZeroU32::new(300),
            premium: NonZeroU32::new(1_200),
            admin: NonZeroU32::new(12_000),
        }
    }
}

impl FromStr for RateLimitConfig {
    type Err = String;

    /// `off`, or `FREE=300,PREMIUM=1200,ADMIN=12000` (per minute; omitted types keep their
    /// default, `0` means unlimited).
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        if input.trim().eq_ignore_ascii_case("off") {
            return Ok(Self::OFF);
        }
        let mut config = Self::default();
        for part in input.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (name, value) = part
                .split_once('=')
                .ok_or_else(|| format!("'{part}' is not TYPE=REQUESTS_PER_MINUTE"))?;
            let value: u32 = value
                .trim()
                .parse()
                .map_err(|_| format!("'{value}' is not a number of requests per minute"))?;
            let slot = match name.trim().to_ascii_uppercase().as_str() {
                "FREE" => &mut config.free,
                "PREMIUM" => &mut config.premium,
                "ADMIN" => &mut config.admin,
                other => {
                    return Err(format!(
                        "unknown user type '{other}' (expected FREE, PREMIUM or ADMIN)"
                    ));
                }
            };
            *slot = NonZeroU32::new(value);
        }
        Ok(config)
    }
}

/// A keyed limiter that also tells what is left of the quota after each request.
type Limiter =
    RateLimiter<String, DefaultKeyedStateStore<String>, DefaultClock, StateInformationMiddleware>;

/// What is left of a caller's quota after a request, for the `RateLimit-*` headers of its
/// answer: clients (`vpnmine doctor`, gateways, scripts) can slow down before they are refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Headroom {
    /// Requests per minute.
    pub limit: u32,
    pub remaining: u32,
    /// Seconds until the quota is full again.
    pub reset_secs: u64,
}

/// The limiters of a running server.
#[derive(Debug)]
pub struct RateLimits {
    free: Option<Limiter>,
    premium: Option<Limiter>,
    admin: Option<Limiter>,
}

impl RateLimits {
    pub fn new(config: RateLimitConfig) -> Self {
        let limiter = |per_minute: Option<NonZeroU32>| {
            per_minute.map(|n| {
                RateLimiter::keyed(Quota::per_minute(n))
                    .with_middleware::<StateInformationMiddleware>()
            })
        };
        Self {
            free: limiter(config.free),
            premium: limiter(config.premium),
            admin: limiter(config.admin),
        }
    }

    /// Counts one request of `key`: what is left of its quota (`None`: unlimited), or how long
    /// to wait before the next is allowed.
    pub fn check(&self, user_type: UserType, key: &str) -> Result<Option<Headroom>, Duration> {
        let limiter = match user_type {
            UserType::Free => &self.free,
            UserType::Premium => &self.premium,
            UserType::Admin => &self.admin,
        };
        let Some(limiter) = limiter else {
            return Ok(None);
        };
        let snapshot = limiter
            .check_key(&key.to_string())
            .map_err(|not_until| not_until.wait_time_from(DefaultClock::default().now()))?;
        let quota = snapshot.quota();
        let limit = quota.burst_size().get();
        let remaining = snapshot.remaining_burst_capacity();
        // Each spent request comes back after one replenish interval.
        let refill = quota.replenish_interval() * (limit - remaining.min(limit));
        Ok(Some(Headroom {
            limit,
            remaining,
            reset_secs: refill.as_secs() + u64::from(refill.subsec_nanos() > 0),
        }))
    }

    /// Forgets callers that have been quiet long enough to be back at a full quota.
    pub fn forget_idle(&self) {
        for limiter in [&self.free, &self.premium, &self.admin]
            .into_iter()
            .flatten()
        {
            limiter.retain_recent();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configs_parse() {
        assert_eq!(
            "off".parse::<RateLimitConfig>().unwrap(),
            RateLimitConfig::OFF
        );
        let c: RateLimitConfig = "free=3, ADMIN=0".parse().unwrap();
        assert_eq!(c.free, NonZeroU32::new(3));
        assert_eq!(c.premium, RateLimitConfig::default().premium);
        assert_eq!(c.admin, None);
        for bad in ["FREE", "FREE=x", "GOLD=5"] {
            assert!(bad.parse::<RateLimitConfig>().is_err(), "{bad}");
        }
    }

    #[test]
    fn each_caller_has_its_own_quota() {
        let limits = RateLimits::new("FREE=2,PREMIUM=0".parse().unwrap());
        let first = limits.check(UserType::Free, "a").unwrap().unwrap();
        assert_eq!((first.limit, first.remaining), (2, 1));
        assert!(first.reset_secs > 0 && first.reset_secs <= 30, "{first:?}");
        let second = limits.check(UserType::Free, "a").unwrap().unwrap();
        assert_eq!(second.remaining, 0);
        assert!(
            second.reset_secs > 30 && second.reset_secs <= 60,
            "{second:?}"
        );
        let wait = limits.check(UserType::Free, "a").unwrap_err();
        assert!(
            wait > Duration::ZERO && wait <= Duration::from_secs(30),
            "{wait:?}"
        );
        assert!(limits.check(UserType::Free, "b").is_ok(), "another caller");
        for _ in 0..100 {
            assert_eq!(limits.check(UserType::Premium, "p"), Ok(None), "unlimited");
        }
    }
}
