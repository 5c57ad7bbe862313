//! The daily emission budget: how many tokens claims may mint per UTC day, platform-wide.
//!
//! Decision: a claim that does not fit in what is left of the day's budget is refused whole,
//! not paid in part. A claim pays one accrual window; paying part of it would close the window
//! and lose the rest, while a refused claim keeps accruing and can be retried when the budget
//! resets, at the next UTC midnight.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};

use super::money::{AmountError, MAX_TOKENS, Tokens};

const DAY: i64 = 86_400;

/// The platform's daily emission budget (`vpnmine server --daily-emission`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmissionPolicy {
    /// Most tokens claims may mint per UTC day; `None`: unlimited.
    pub daily: Option<Tokens>,
}

/// One million tokens a day: far above what the demo network's claims mint (a few hundred
/// servers claiming every few days), so that an unconfigured platform keeps paying, while a
/// runaway (a bug in the formula, a flood of claims) stays bounded.
pub const DEFAULT_DAILY_EMISSION: Tokens = Tokens::from_micro(1_000_000 * 1_000_000);

impl Default for EmissionPolicy {
    fn default() -> Self {
        EmissionPolicy {
            daily: Some(DEFAULT_DAILY_EMISSION),
        }
    }
}

/// Start of the UTC day `now` (Unix seconds) falls in.
pub fn day_start(now: i64) -> i64 {
    now - now.rem_euclid(DAY)
}

/// The next UTC midnight after `now`: when the day's budget resets.
pub fn next_reset(now: i64) -> i64 {
    day_start(now) + DAY
}

/// A claim the day's budget cannot pay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OverBudget {
    pub budget: Tokens,
    pub left: Tokens,
    pub retry_at: DateTime<Utc>,
}

impl fmt::Display for OverBudget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the platform's daily emission budget of {} tokens has {} left; retry after {}",
            self.budget,
            self.left,
            self.retry_at.format("%Y-%m-%dT%H:%M:%SZ")
        )
    }
}

impl EmissionPolicy {
    /// What is left of the day's budget after `claimed_today`; `None` when unlimited.
    pub fn left(&self, claimed_today: Tokens) -> Option<Tokens> {
        self.daily.map(|budget| {
            budget
                .checked_sub(claimed_today)
                .filter(|left| !left.is_negative())
                .unwrap_or(Tokens::ZERO)
        })
    }

    /// Whether a claim of `amount` fits, the day's claims having minted `claimed_today`.
    pub fn check(&self, claimed_today: Tokens, amount: Tokens, now: i64) -> Result<(), OverBudget> {
        let (Some(budget), Some(left)) = (self.daily, self.left(claimed_today)) else {
            return Ok(());
        };
        if amount <= left {
            return Ok(());
        }
        Err(OverBudget {
            budget,
            left,
            retry_at: DateTime::from_timestamp(next_reset(now), 0).unwrap_or_default(),
        })
    }
}

/// `--daily-emission`: a number of tokens (at most six decimals), or `off` for unlimited.
impl FromStr for EmissionPolicy {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("off") {
            return Ok(EmissionPolicy { daily: None });
        }
        match text.parse::<Tokens>() {
            Ok(tokens) if !tokens.is_negative() && tokens <= MAX_TOKENS => Ok(EmissionPolicy {
                daily: Some(tokens),
            }),
            Ok(_) => Err(format!("expected 0 tokens or more, got '{text}'")),
            Err(AmountError::TooPrecise(_)) => Err(format!(
                "'{text}' has more than six decimals: amounts are whole micro-tokens"
            )),
            Err(_) => Err(format!(
                "expected a number of tokens (e.g. 50000 or 1250.5) or `off`, got '{text}'"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str) -> Tokens {
        text.parse().unwrap()
    }

    #[test]
    fn days_are_utc_days() {
        // 2026-11-30T19:32:29Z.
        let now = 1_796_066_349;
        assert_eq!(day_start(now), 1_796_083_200 - DAY);
        assert_eq!(next_reset(now), 1_796_083_200);
        assert_eq!(next_reset(day_start(now)), day_start(now) + DAY);
    }

    #[test]
    fn a_claim_fits_or_is_refused_whole() {
        let policy = EmissionPolicy {
            daily: Some(t("10")),
        };
        let now = 1_796_066_349;
        assert_eq!(policy.check(t("4"), t("6"), now), Ok(()));
        let refused = policy.check(t("4"), t("6.000001"), now).unwrap_err();
        assert_eq!(refused.left, t("6"));
        assert_eq!(refused.retry_at.timestamp(), 1_796_083_200);
        assert!(
            refused.to_string().contains("2026-12-01T00:00:00Z"),
            "{refused}"
        );
        // Claimed past the budget (it was lowered): nothing is left, nothing is negative.
        assert_eq!(policy.left(t("12")), Some(Tokens::ZERO));
        let unlimited = EmissionPolicy { daily: None };
        assert_eq!(unlimited.check(t("1000000000"), t("1000"), now), Ok(()));
        assert_eq!(unlimited.left(t("5")), None);
    }

    #[test]
    fn the_flag_takes_exact_tokens_or_off() {
        assert_eq!("off".parse(), Ok(EmissionPolicy { daily: None }));
        assert_eq!(
            "1250.5".parse(),
            Ok(EmissionPolicy {
                daily: Some(t("1250.5"))
            })
        );
        for bad in ["-1", "1.0000001", "ten", "", "1e6"] {
            assert!(bad.parse::<EmissionPolicy>().is_err(), "{bad}");
        }
    }
}
