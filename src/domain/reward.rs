//! How operators earn tokens, and when they may claim them.
//!
//! This module is the single written-down copy of the reward rules; the
//! server computes rewards with it and the CLI uses it to explain them.
//!
//! # Reward formula
//!
//! For each accrual period, with the [`RewardPolicy::default`] values:
//!
//! | factor            | range    | how it is computed                                                                  |
//! |-------------------|----------|-------------------------------------------------------------------------------------|
//! | uptime `U`        | 0 – 1    | share of expected heartbeats received                                               |
//! | quality `Q`       | 0 – 1    | latency score × (1 − error rate); latency score is 1 up to 50 ms, 0 from 1000 ms, linear between |
//! | utilisation `Ut`  | 0 – 1    | mean of CPU and memory scores; each is 1 within 20 – 80 %, falling linearly to 0.5 at 0 % (idle) and to 0.25 at 100 % (overloaded) |
//! | satisfaction `S`  | 0 – 1    | (average user rating − 1) / 4, so 1★ → 0, 3★ → 0.5, 5★ → 1; 0.5 when there are no ratings |
//! | contribution `C`  | 0.5 – 1.5| 1 + 0.25 × log2(your data ÷ network average data): ×2 the average → 1.25, ×4 → 1.5 (cap), ½ → 0.75, ¼ or less → 0.5 (floor) |
//! | performance `P`   | 0 – 1    | (0.4 Q + 0.2 Ut + 0.4 S) ÷ (0.4 + 0.2 + 0.4)                                        |
//! | multiplier `M`    | 0 – 1.5  | U × P × C                                                                           |
//! | **amount**        |          | 1.0 token × hours × M                                                               |
//!
//! Uptime multiplies rather than being one more weighted factor because a
//! server earns nothing for the hours it was down, however good it was
//! while up. Contribution multiplies so carrying more traffic than the
//! average pays more, with logarithmic growth so one huge server cannot
//! take the pool.
//!
//! Inputs that are not finite count as the worst case for their factor
//! (except a missing or non-finite rating, which is "no ratings"), and
//! out-of-range inputs are clamped into range, so the result is never NaN.
//! A tunable in the policy that is not finite falls back to its default.
//!
//! # Claim rules
//!
//! A claim is checked by [`check_claim`] against these rules, in this order,
//! and refused with the first that fails:
//!
//! | rule          | refused when                                                      | default |
//! |---------------|-------------------------------------------------------------------|---------|
//! | `cooldown`    | the previous claim was less than the cooldown ago                 | 24 h    |
//! | `threshold`   | the accrued amount is below the minimum claim, or not positive    | 10 tokens |
//! | `performance` | uptime over the period is below the minimum                       | 90 %    |
//! | `protocol`    | no protocol is enabled, or an enabled protocol's config is invalid | ≥ 1 protocol, 0 invalid |
//! | `feedback`    | the average user rating is below the minimum (no ratings passes)  | 3.0 of 5 |
//!
//! Cooldown comes first so a refused operator learns the one date after
//! which asking again can make sense; [`claim_refusals`] lists every
//! failing rule for screens that want to show them all.

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};

use super::money::{MAX_TOKENS, Tokens};

/// Longest idempotency key a claim may carry; the CLI checks it before sending.
pub const MAX_IDEMPOTENCY_KEY: usize = 128;
/// Bounds of the operator's rate multiplier; the CLI checks them before sending.
pub const RATE_RANGE: std::ops::RangeInclusive<f64> = 0.1..=2.0;

/// Every tunable of the reward formula and claim rules.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RewardPolicy {
    /// Tokens earned per hour by a perfect, average-traffic server. Default 1.0.
    pub base_rate_per_hour: f64,
    /// Weight of connection quality in performance. Default 0.4.
    pub quality_weight: f64,
    /// Weight of resource utilisation in performance. Default 0.2, lower
    /// because load depends partly on demand the operator does not control.
    pub utilisation_weight: f64,
    /// Weight of user satisfaction in performance. Default 0.4.
    pub satisfaction_weight: f64,
    /// Average latency that still scores fully. Default 50 ms.
    pub good_latency_ms: f64,
    /// Average latency at and beyond which the latency score is 0. Default 1000 ms.
    pub max_latency_ms: f64,
    /// Lower edge of the healthy utilisation band, in percent. Default 20.
    pub healthy_utilisation_min: f64,
    /// Upper edge of the healthy utilisation band, in percent. Default 80.
    pub healthy_utilisation_max: f64,
    /// Utilisation score of a completely idle resource (0 %). Default 0.5.
    pub idle_utilisation_score: f64,
    /// Utilisation score of a saturated resource (100 %). Default 0.25,
    /// lower than idle because an overloaded server degrades its users.
    pub overload_utilisation_score: f64,
    /// Satisfaction used when a server has no ratings yet. Default 0.5,
    /// the same as a 3★ average, so new servers are neither helped nor hurt.
    pub unrated_satisfaction: f64,
    /// Contribution gained per doubling of data relative to the network
    /// average. Default 0.25.
    pub contribution_per_doubling: f64,
    /// Lowest contribution factor. Default 0.5.
    pub contribution_min: f64,
    /// Highest contribution factor. Default 1.5.
    pub contribution_max: f64,
    /// Smallest amount that can be claimed, so claims are not dominated by
    /// transaction overhead. Default 10.0 tokens.
    pub minimum_claim: f64,
    /// Time that must pass between two claims. Default 24 hours.
    pub cooldown: Duration,
    /// Uptime over the period required to claim. Default 0.90.
    pub min_uptime: f64,
    /// Average user rating (1-5) required to claim, when there are ratings.
    /// Default 3.0.
    pub min_feedback_score: f64,
    /// Protocols that must be enabled to claim. Default 1.
    pub min_enabled_protocols: usize,
}

impl Default for RewardPolicy {
    fn default() -> Self {
        RewardPolicy {
            base_rate_per_hour: 1.0,
            quality_weight: 0.4,
            utilisation_weight: 0.2,
            satisfaction_weight: 0.4,
            good_latency_ms: 50.0,
            max_latency_ms: 1000.0,
            healthy_utilisation_min: 20.0,
            healthy_utilisation_max: 80.0,
            idle_utilisation_score: 0.5,
            overload_utilisation_score: 0.25,
            unrated_satisfaction: 0.5,
            contribution_per_doubling: 0.25,
            contribution_min: 0.5,
            contribution_max: 1.5,
            minimum_claim: 10.0,
            cooldown: Duration::hours(24),
            min_uptime: 0.90,
            min_feedback_score: 3.0,
            min_enabled_protocols: 1,
        }
    }
}

/// What a server did during one accrual period.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PeriodStats {
    /// Length of the accrual period in hours.
    pub hours: f64,
    /// Fraction (0-1) of expected heartbeats received.
    pub uptime: f64,
    pub avg_latency_ms: f64,
    /// Fraction (0-1) of connections that failed.
    pub error_rate: f64,
    /// Average CPU use, percent (0-100).
    pub avg_cpu: f64,
    /// Average memory use, percent (0-100).
    pub avg_memory: f64,
    pub data_transferred_gb: f64,
    /// Mean data transferred per server over the whole network, same period.
    pub network_avg_data_gb: f64,
    /// Average user rating (1-5), `None` when nobody rated the server.
    pub feedback_score: Option<f64>,
}

/// The factors of one reward computation, kept so operators can see why
/// they earned what they earned.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RewardBreakdown {
    pub uptime: f64,
    pub quality: f64,
    pub utilisation: f64,
    pub satisfaction: f64,
    pub contribution: f64,
    pub multiplier: f64,
    /// Tokens earned for the period.
    pub amount: f64,
}

/// Computes the reward for one period. See the module documentation for
/// the formula. Never returns NaN or infinity.
pub fn accrued_reward(stats: &PeriodStats, policy: &RewardPolicy) -> RewardBreakdown {
    let defaults = RewardPolicy::default();
    let uptime = fraction_or(stats.uptime, 0.0);
    let quality = quality_factor(stats, policy, &defaults);
    let utilisation = utilisation_factor(stats, policy, &defaults);
    let satisfaction = satisfaction_factor(stats.feedback_score, policy, &defaults);
    let contribution = contribution_factor(stats, policy, &defaults);

    let weights = [
        (
            non_negative(tunable(policy.quality_weight, defaults.quality_weight)),
            quality,
        ),
        (
            non_negative(tunable(
                policy.utilisation_weight,
                defaults.utilisation_weight,
            )),
            utilisation,
        ),
        (
            non_negative(tunable(
                policy.satisfaction_weight,
                defaults.satisfaction_weight,
            )),
            satisfaction,
        ),
    ];
    let total_weight: f64 = weights.iter().map(|(weight, _)| weight).sum();
    let performance = if total_weight > 0.0 && total_weight.is_finite() {
        weights
            .iter()
            .map(|(weight, factor)| weight * factor)
            .sum::<f64>()
            / total_weight
    } else {
        // All weights zeroed: no factor is preferred, so weigh them equally.
        (quality + utilisation + satisfaction) / 3.0
    };

    let multiplier = finite_or_zero(uptime * performance * contribution);
    let hours = non_negative(finite_or_zero(stats.hours));
    let base_rate = non_negative(tunable(
        policy.base_rate_per_hour,
        defaults.base_rate_per_hour,
    ));
    let amount = finite_or_zero(base_rate * hours * multiplier);

    RewardBreakdown {
        uptime,
        quality,
        utilisation,
        satisfaction,
        contribution,
        multiplier,
        amount,
    }
}

fn quality_factor(stats: &PeriodStats, policy: &RewardPolicy, defaults: &RewardPolicy) -> f64 {
    let good = non_negative(tunable(policy.good_latency_ms, defaults.good_latency_ms));
    let max = tunable(policy.max_latency_ms, defaults.max_latency_ms);
    let latency_score = if !stats.avg_latency_ms.is_finite() {
        0.0
    } else {
        let latency = non_negative(stats.avg_latency_ms);
        if latency <= good {
            1.0
        } else if max <= good {
            // A policy with no slope is a hard cut-off at `good`.
            0.0
        } else {
            clamp_between((max - latency) / (max - good), 0.0, 1.0)
        }
    };
    let error_rate = fraction_or(stats.error_rate, 1.0);
    latency_score * (1.0 - error_rate)
}

fn utilisation_factor(stats: &PeriodStats, policy: &RewardPolicy, defaults: &RewardPolicy) -> f64 {
    let band = UtilisationBand::from_policy(policy, defaults);
    (band.score(stats.avg_cpu) + band.score(stats.avg_memory)) / 2.0
}

struct UtilisationBand {
    low: f64,
    high: f64,
    idle_score: f64,
    overload_score: f64,
}

impl UtilisationBand {
    fn from_policy(policy: &RewardPolicy, defaults: &RewardPolicy) -> Self {
        let edge_a = clamp_between(
            tunable(
                policy.healthy_utilisation_min,
                defaults.healthy_utilisation_min,
            ),
            0.0,
            100.0,
        );
        let edge_b = clamp_between(
            tunable(
                policy.healthy_utilisation_max,
                defaults.healthy_utilisation_max,
            ),
            0.0,
            100.0,
        );
        UtilisationBand {
            low: edge_a.min(edge_b),
            high: edge_a.max(edge_b),
            idle_score: fraction_or(
                tunable(
                    policy.idle_utilisation_score,
                    defaults.idle_utilisation_score,
                ),
                0.0,
            ),
            overload_score: fraction_or(
                tunable(
                    policy.overload_utilisation_score,
                    defaults.overload_utilisation_score,
                ),
                0.0,
            ),
        }
    }

    fn score(&self, percent: f64) -> f64 {
        if !percent.is_finite() {
            return self.idle_score.min(self.overload_score);
        }
        let percent = clamp_between(percent, 0.0, 100.0);
        if percent < self.low {
            // low > 0 here, since percent >= 0.
            let t = percent / self.low;
            self.idle_score + (1.0 - self.idle_score) * t
        } else if percent > self.high {
            // high < 100 here, since percent <= 100.
            let t = (percent - self.high) / (100.0 - self.high);
            1.0 - (1.0 - self.overload_score) * t
        } else {
            1.0
        }
    }
}

fn satisfaction_factor(
    feedback_score: Option<f64>,
    policy: &RewardPolicy,
    defaults: &RewardPolicy,
) -> f64 {
    match usable_feedback(feedback_score) {
        Some(score) => (clamp_between(score, 1.0, 5.0) - 1.0) / 4.0,
        None => fraction_or(
            tunable(policy.unrated_satisfaction, defaults.unrated_satisfaction),
            0.5,
        ),
    }
}

fn contribution_factor(stats: &PeriodStats, policy: &RewardPolicy, defaults: &RewardPolicy) -> f64 {
    // A negative bound would turn rewards into debts.
    let bound_a = non_negative(tunable(policy.contribution_min, defaults.contribution_min));
    let bound_b = non_negative(tunable(policy.contribution_max, defaults.contribution_max));
    let (min, max) = (bound_a.min(bound_b), bound_a.max(bound_b));
    let per_doubling = tunable(
        policy.contribution_per_doubling,
        defaults.contribution_per_doubling,
    );

    let network = stats.network_avg_data_gb;
    if !network.is_finite() || network <= 0.0 {
        // Nothing to compare against: this period says nothing about share.
        return clamp_between(1.0, min, max);
    }
    let own = if stats.data_transferred_gb.is_finite() {
        non_negative(stats.data_transferred_gb)
    } else {
        0.0
    };
    let raw = 1.0 + per_doubling * (own / network).log2();
    // 0 × -inf (no slope, no data) is NaN: no slope means no effect.
    let raw = if raw.is_nan() { 1.0 } else { raw };
    clamp_between(raw, min, max)
}

/// The facts a claim is judged on.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClaimContext {
    /// Tokens accrued and not yet claimed, already rounded to the micro-token.
    pub accrued: Tokens,
    pub last_claim_at: Option<DateTime<Utc>>,
    pub now: DateTime<Utc>,
    /// Uptime (0-1) over the period being claimed.
    pub uptime: f64,
    /// Average user rating (1-5), `None` when nobody rated the server.
    pub feedback_score: Option<f64>,
    pub enabled_protocols: usize,
    /// Enabled protocols whose stored config no longer validates.
    pub invalid_protocol_configs: usize,
}

/// Why a claim was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ClaimRefusal {
    #[error(
        "the accrued reward of {accrued} tokens is below the minimum claim of {minimum} \
         tokens: keep the server running and claim once at least {minimum} have accrued"
    )]
    BelowThreshold { accrued: Tokens, minimum: Tokens },

    #[error(
        "the previous claim was too recent (one claim is allowed per cooldown period): \
         try again at {}",
        .retry_at.to_rfc3339_opts(SecondsFormat::Secs, true)
    )]
    Cooldown { retry_at: DateTime<Utc> },

    #[error(
        "uptime of {:.1}% is below the required {:.1}%: keep the server online through \
         the period to claim",
        .uptime * 100.0,
        .required * 100.0
    )]
    Performance { uptime: f64, required: f64 },

    #[error("protocol compliance failed: {reason}")]
    ProtocolCompliance { reason: String },

    #[error(
        "the average user feedback score of {score:.2} is below the required {required:.2} \
         (out of 5)"
    )]
    FeedbackScore { score: f64, required: f64 },
}

impl ClaimRefusal {
    /// A stable name of the rule that failed, for programs and translations.
    pub fn rule(&self) -> &'static str {
        match self {
            ClaimRefusal::BelowThreshold { .. } => "threshold",
            ClaimRefusal::Cooldown { .. } => "cooldown",
            ClaimRefusal::Performance { .. } => "performance",
            ClaimRefusal::ProtocolCompliance { .. } => "protocol",
            ClaimRefusal::FeedbackScore { .. } => "feedback",
        }
    }
}

/// Decides whether a claim may go ahead. Rules are checked in the order
/// cooldown, threshold, performance, protocol, feedback, and the first
/// failure is returned.
pub fn check_claim(ctx: &ClaimContext, policy: &RewardPolicy) -> Result<(), ClaimRefusal> {
    match claim_refusals(ctx, policy).into_iter().next() {
        Some(refusal) => Err(refusal),
        None => Ok(()),
    }
}

/// Every rule the claim fails, in the order [`check_claim`] checks them.
pub fn claim_refusals(ctx: &ClaimContext, policy: &RewardPolicy) -> Vec<ClaimRefusal> {
    let defaults = RewardPolicy::default();
    [
        cooldown_rule(ctx, policy),
        threshold_rule(ctx, policy, &defaults),
        performance_rule(ctx, policy, &defaults),
        protocol_rule(ctx, policy),
        feedback_rule(ctx, policy, &defaults),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn cooldown_rule(ctx: &ClaimContext, policy: &RewardPolicy) -> Option<ClaimRefusal> {
    let last = ctx.last_claim_at?;
    let cooldown = policy.cooldown.max(Duration::zero());
    // A cooldown reaching past the end of time means "not in this era".
    let retry_at = last
        .checked_add_signed(cooldown)
        .unwrap_or(DateTime::<Utc>::MAX_UTC);
    (ctx.now < retry_at).then_some(ClaimRefusal::Cooldown { retry_at })
}

fn threshold_rule(
    ctx: &ClaimContext,
    policy: &RewardPolicy,
    defaults: &RewardPolicy,
) -> Option<ClaimRefusal> {
    let minimum = minimum_claim(policy, defaults);
    let accrued = ctx.accrued;
    (accrued < minimum || !accrued.is_positive())
        .then_some(ClaimRefusal::BelowThreshold { accrued, minimum })
}

fn performance_rule(
    ctx: &ClaimContext,
    policy: &RewardPolicy,
    defaults: &RewardPolicy,
) -> Option<ClaimRefusal> {
    let required = fraction_or(tunable(policy.min_uptime, defaults.min_uptime), 0.0);
    let uptime = fraction_or(ctx.uptime, 0.0);
    (uptime < required).then_some(ClaimRefusal::Performance { uptime, required })
}

fn protocol_rule(ctx: &ClaimContext, policy: &RewardPolicy) -> Option<ClaimRefusal> {
    let required = policy.min_enabled_protocols.max(1);
    let reason = if ctx.enabled_protocols < required {
        let enabled = match ctx.enabled_protocols {
            0 => "no protocol is enabled".to_string(),
            1 => "only 1 protocol is enabled".to_string(),
            n => format!("only {n} protocols are enabled"),
        };
        format!(
            "{enabled}: expected at least {required} of VLESS, REALITY, WIREGUARD, OPENCONNECT \
             enabled with a valid config"
        )
    } else if ctx.invalid_protocol_configs > 0 {
        let invalid = match ctx.invalid_protocol_configs {
            1 => "1 enabled protocol has an invalid config".to_string(),
            n => format!("{n} enabled protocols have invalid configs"),
        };
        format!("{invalid}: expected every enabled protocol's config to pass validation")
    } else {
        return None;
    };
    Some(ClaimRefusal::ProtocolCompliance { reason })
}

fn feedback_rule(
    ctx: &ClaimContext,
    policy: &RewardPolicy,
    defaults: &RewardPolicy,
) -> Option<ClaimRefusal> {
    // A server nobody has rated yet is not held back by ratings it lacks.
    let score = usable_feedback(ctx.feedback_score)?;
    let required = tunable(policy.min_feedback_score, defaults.min_feedback_score);
    (score < required).then_some(ClaimRefusal::FeedbackScore { score, required })
}

/// An average over zero ratings comes out as NaN upstream, so a non-finite
/// score is read as "no ratings" rather than as a rating.
fn usable_feedback(score: Option<f64>) -> Option<f64> {
    score.filter(|score| score.is_finite())
}

/// The policy's minimum claim as an exact amount (a threshold, compared, never paid).
pub fn minimum_claim(policy: &RewardPolicy, defaults: &RewardPolicy) -> Tokens {
    let minimum = non_negative(tunable(policy.minimum_claim, defaults.minimum_claim));
    Tokens::from_rate(minimum).unwrap_or(MAX_TOKENS)
}

fn tunable(value: f64, default: f64) -> f64 {
    if value.is_finite() { value } else { default }
}

fn finite_or_zero(value: f64) -> f64 {
    if value.is_finite() { value } else { 0.0 }
}

fn non_negative(value: f64) -> f64 {
    value.max(0.0)
}

/// A fraction clamped to 0..=1, with `worst` standing in for non-finite
/// values.
fn fraction_or(value: f64, worst: f64) -> f64 {
    if value.is_finite() {
        clamp_between(value, 0.0, 1.0)
    } else {
        worst
    }
}

/// Like `f64::clamp`, but never panics (that one does when `min > max` or
/// either bound is NaN); a NaN value comes out as `min`.
fn clamp_between(value: f64, min: f64, max: f64) -> f64 {
    value.max(min).min(max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    const EPS: f64 = 1e-9;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < EPS
    }

    fn perfect() -> PeriodStats {
        PeriodStats {
            hours: 24.0,
            uptime: 1.0,
            avg_latency_ms: 20.0,
            error_rate: 0.0,
            avg_cpu: 50.0,
            avg_memory: 50.0,
            data_transferred_gb: 100.0,
            network_avg_data_gb: 100.0,
            feedback_score: Some(5.0),
        }
    }

    fn reward(stats: PeriodStats) -> RewardBreakdown {
        accrued_reward(&stats, &RewardPolicy::default())
    }

    fn assert_sane(breakdown: &RewardBreakdown) {
        for (name, value) in [
            ("uptime", breakdown.uptime),
            ("quality", breakdown.quality),
            ("utilisation", breakdown.utilisation),
            ("satisfaction", breakdown.satisfaction),
        ] {
            assert!((0.0..=1.0).contains(&value), "{name} = {value}");
        }
        assert!(
            (0.5..=1.5).contains(&breakdown.contribution),
            "{breakdown:?}"
        );
        assert!((0.0..=1.5).contains(&breakdown.multiplier), "{breakdown:?}");
        assert!(
            breakdown.amount.is_finite() && breakdown.amount >= 0.0,
            "{breakdown:?}"
        );
    }

    // --- accrued_reward ---

    #[test]
    fn perfect_average_server_earns_base_rate() {
        let breakdown = reward(perfect());
        assert_eq!(
            breakdown,
            RewardBreakdown {
                uptime: 1.0,
                quality: 1.0,
                utilisation: 1.0,
                satisfaction: 1.0,
                contribution: 1.0,
                multiplier: 1.0,
                amount: 24.0,
            }
        );
    }

    #[test]
    fn typical_server_matches_hand_computation() {
        let stats = PeriodStats {
            uptime: 0.99,
            avg_latency_ms: 80.0,
            error_rate: 0.01,
            avg_cpu: 40.0,
            avg_memory: 60.0,
            feedback_score: Some(4.5),
            ..perfect()
        };
        let breakdown = reward(stats);
        let quality = (1000.0 - 80.0) / 950.0 * 0.99;
        let satisfaction = 3.5 / 4.0;
        let performance = 0.4 * quality + 0.2 * 1.0 + 0.4 * satisfaction;
        assert!(close(breakdown.quality, quality));
        assert!(close(breakdown.satisfaction, satisfaction));
        assert!(close(breakdown.multiplier, 0.99 * performance));
        assert!(close(breakdown.amount, 24.0 * 0.99 * performance));
        assert_sane(&breakdown);
    }

    #[test]
    fn uptime_scales_linearly() {
        let half = reward(PeriodStats {
            uptime: 0.5,
            ..perfect()
        });
        assert!(close(half.amount, 12.0));
        assert_eq!(
            reward(PeriodStats {
                uptime: 0.0,
                ..perfect()
            })
            .amount,
            0.0
        );
    }

    #[test]
    fn quality_falls_with_latency_and_errors() {
        let q = |latency: f64, errors: f64| {
            reward(PeriodStats {
                avg_latency_ms: latency,
                error_rate: errors,
                ..perfect()
            })
            .quality
        };
        assert_eq!(q(0.0, 0.0), 1.0);
        assert_eq!(q(50.0, 0.0), 1.0);
        assert!(close(q(525.0, 0.0), 0.5));
        assert_eq!(q(1000.0, 0.0), 0.0);
        assert_eq!(q(5000.0, 0.0), 0.0);
        assert!(close(q(50.0, 0.25), 0.75));
        assert_eq!(q(50.0, 1.0), 0.0);
        assert!(q(100.0, 0.0) > q(200.0, 0.0));
        assert!(q(100.0, 0.1) > q(100.0, 0.2));
    }

    #[test]
    fn utilisation_rewards_the_healthy_band() {
        let u = |cpu: f64, memory: f64| {
            reward(PeriodStats {
                avg_cpu: cpu,
                avg_memory: memory,
                ..perfect()
            })
            .utilisation
        };
        assert_eq!(u(20.0, 80.0), 1.0);
        assert_eq!(u(0.0, 0.0), 0.5);
        assert_eq!(u(100.0, 100.0), 0.25);
        assert!(close(u(10.0, 50.0), (0.75 + 1.0) / 2.0));
        assert!(close(u(90.0, 50.0), (0.625 + 1.0) / 2.0));
        // Both idle and overloaded earn less than healthy.
        assert!(u(5.0, 5.0) < u(50.0, 50.0));
        assert!(u(95.0, 95.0) < u(50.0, 50.0));
        // Out-of-range percentages are clamped.
        assert_eq!(u(-10.0, 150.0), (0.5 + 0.25) / 2.0);
    }

    #[test]
    fn satisfaction_maps_ratings_and_defaults_when_unrated() {
        let s = |score: Option<f64>| {
            reward(PeriodStats {
                feedback_score: score,
                ..perfect()
            })
            .satisfaction
        };
        assert_eq!(s(Some(1.0)), 0.0);
        assert_eq!(s(Some(3.0)), 0.5);
        assert_eq!(s(Some(5.0)), 1.0);
        assert_eq!(s(None), 0.5);
        assert_eq!(s(Some(0.0)), 0.0);
        assert_eq!(s(Some(9.0)), 1.0);
        assert_eq!(s(Some(f64::NAN)), 0.5);
        assert_eq!(s(Some(f64::INFINITY)), 0.5);
    }

    #[test]
    fn contribution_is_log_scaled_and_capped() {
        let c = |own: f64, network: f64| {
            reward(PeriodStats {
                data_transferred_gb: own,
                network_avg_data_gb: network,
                ..perfect()
            })
            .contribution
        };
        assert_eq!(c(100.0, 100.0), 1.0);
        assert!(close(c(200.0, 100.0), 1.25));
        assert!(close(c(50.0, 100.0), 0.75));
        assert_eq!(c(400.0, 100.0), 1.5);
        assert_eq!(c(1e12, 100.0), 1.5);
        assert_eq!(c(25.0, 100.0), 0.5);
        assert_eq!(c(0.0, 100.0), 0.5);
        // Nothing to compare with: neutral.
        assert_eq!(c(10.0, 0.0), 1.0);
        assert_eq!(c(0.0, 0.0), 1.0);
        assert_eq!(c(10.0, -5.0), 1.0);
        assert_eq!(c(10.0, f64::NAN), 1.0);
        // Garbage own data counts as none.
        assert_eq!(c(f64::NAN, 100.0), 0.5);
        assert_eq!(c(-10.0, 100.0), 0.5);
        assert_eq!(c(f64::INFINITY, 100.0), 0.5);
    }

    #[test]
    fn top_server_multiplier_reaches_one_and_a_half() {
        let breakdown = reward(PeriodStats {
            data_transferred_gb: 1000.0,
            ..perfect()
        });
        assert_eq!(breakdown.multiplier, 1.5);
        assert_eq!(breakdown.amount, 36.0);
    }

    #[test]
    fn non_finite_and_negative_inputs_never_produce_nan() {
        let specials = [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -1.0, 0.0, 1e308];
        for &value in &specials {
            let variants = [
                PeriodStats {
                    hours: value,
                    ..perfect()
                },
                PeriodStats {
                    uptime: value,
                    ..perfect()
                },
                PeriodStats {
                    avg_latency_ms: value,
                    ..perfect()
                },
                PeriodStats {
                    error_rate: value,
                    ..perfect()
                },
                PeriodStats {
                    avg_cpu: value,
                    ..perfect()
                },
                PeriodStats {
                    avg_memory: value,
                    ..perfect()
                },
                PeriodStats {
                    data_transferred_gb: value,
                    ..perfect()
                },
                PeriodStats {
                    network_avg_data_gb: value,
                    ..perfect()
                },
                PeriodStats {
                    feedback_score: Some(value),
                    ..perfect()
                },
            ];
            for stats in variants {
                assert_sane(&reward(stats));
            }
        }
        let all_nan = PeriodStats {
            hours: f64::NAN,
            uptime: f64::NAN,
            avg_latency_ms: f64::NAN,
            error_rate: f64::NAN,
            avg_cpu: f64::NAN,
            avg_memory: f64::NAN,
            data_transferred_gb: f64::NAN,
            network_avg_data_gb: f64::NAN,
            feedback_score: Some(f64::NAN),
        };
        let breakdown = reward(all_nan);
        assert_sane(&breakdown);
        assert_eq!(breakdown.amount, 0.0);
    }

    #[test]
    fn non_finite_inputs_count_as_worst_case() {
        assert_eq!(
            reward(PeriodStats {
                uptime: f64::NAN,
                ..perfect()
            })
            .uptime,
            0.0
        );
        assert_eq!(
            reward(PeriodStats {
                uptime: f64::INFINITY,
                ..perfect()
            })
            .uptime,
            0.0
        );
        assert_eq!(
            reward(PeriodStats {
                uptime: 1.7,
                ..perfect()
            })
            .uptime,
            1.0
        );
        assert_eq!(
            reward(PeriodStats {
                avg_latency_ms: f64::NAN,
                ..perfect()
            })
            .quality,
            0.0
        );
        assert_eq!(
            reward(PeriodStats {
                error_rate: f64::NAN,
                ..perfect()
            })
            .quality,
            0.0
        );
        assert_eq!(
            reward(PeriodStats {
                avg_latency_ms: -5.0,
                ..perfect()
            })
            .quality,
            1.0
        );
        assert_eq!(
            reward(PeriodStats {
                avg_cpu: f64::NAN,
                avg_memory: f64::NAN,
                ..perfect()
            })
            .utilisation,
            0.25
        );
        assert_eq!(
            reward(PeriodStats {
                hours: f64::INFINITY,
                ..perfect()
            })
            .amount,
            0.0
        );
        assert_eq!(
            reward(PeriodStats {
                hours: -5.0,
                ..perfect()
            })
            .amount,
            0.0
        );
    }

    #[test]
    fn broken_policies_fall_back_without_panicking() {
        let broken = RewardPolicy {
            base_rate_per_hour: f64::NAN,
            quality_weight: f64::INFINITY,
            utilisation_weight: f64::NAN,
            satisfaction_weight: -1.0,
            good_latency_ms: f64::NAN,
            max_latency_ms: f64::NAN,
            healthy_utilisation_min: f64::NAN,
            healthy_utilisation_max: -50.0,
            idle_utilisation_score: 7.0,
            overload_utilisation_score: f64::NAN,
            unrated_satisfaction: f64::NAN,
            contribution_per_doubling: f64::NAN,
            contribution_min: 3.0,
            contribution_max: 0.1,
            ..RewardPolicy::default()
        };
        for stats in [
            perfect(),
            PeriodStats {
                avg_cpu: 0.0,
                avg_memory: 100.0,
                feedback_score: None,
                ..perfect()
            },
        ] {
            let breakdown = accrued_reward(&stats, &broken);
            assert!(breakdown.amount.is_finite());
            assert!(breakdown.multiplier.is_finite());
            assert!((0.0..=1.0).contains(&breakdown.utilisation));
        }
        // NaN base rate falls back to the default 1.0/hour.
        assert_eq!(
            accrued_reward(&perfect(), &broken).amount,
            24.0 * accrued_reward(&perfect(), &broken).multiplier
        );
    }

    #[test]
    fn negative_contribution_bounds_cannot_make_debts() {
        let policy = RewardPolicy {
            contribution_min: -5.0,
            contribution_max: -1.0,
            ..RewardPolicy::default()
        };
        let breakdown = accrued_reward(&perfect(), &policy);
        assert_eq!(breakdown.contribution, 0.0);
        assert_eq!(breakdown.amount, 0.0);
    }

    #[test]
    fn zero_weights_weigh_factors_equally() {
        let policy = RewardPolicy {
            quality_weight: 0.0,
            utilisation_weight: 0.0,
            satisfaction_weight: 0.0,
            ..RewardPolicy::default()
        };
        let stats = PeriodStats {
            feedback_score: Some(1.0),
            ..perfect()
        };
        let breakdown = accrued_reward(&stats, &policy);
        assert!(close(breakdown.multiplier, 2.0 / 3.0));
    }

    #[test]
    fn zero_width_policy_bands_do_not_divide_by_zero() {
        let policy = RewardPolicy {
            good_latency_ms: 100.0,
            max_latency_ms: 100.0,
            healthy_utilisation_min: 0.0,
            healthy_utilisation_max: 100.0,
            contribution_per_doubling: 0.0,
            ..RewardPolicy::default()
        };
        let slow = PeriodStats {
            avg_latency_ms: 101.0,
            avg_cpu: 0.0,
            avg_memory: 100.0,
            data_transferred_gb: 0.0,
            ..perfect()
        };
        let breakdown = accrued_reward(&slow, &policy);
        assert_eq!(breakdown.quality, 0.0);
        assert_eq!(breakdown.utilisation, 1.0);
        assert_eq!(breakdown.contribution, 1.0);
        let narrow = RewardPolicy {
            healthy_utilisation_min: 50.0,
            healthy_utilisation_max: 50.0,
            ..RewardPolicy::default()
        };
        let at_edge = accrued_reward(
            &PeriodStats {
                avg_cpu: 50.0,
                avg_memory: 50.0,
                ..perfect()
            },
            &narrow,
        );
        assert_eq!(at_edge.utilisation, 1.0);
    }

    #[test]
    fn breakdown_serializes_in_camel_case() {
        let json = serde_json::to_value(reward(perfect())).unwrap();
        assert_eq!(json["amount"], 24.0);
        assert_eq!(json["multiplier"], 1.0);
        let stats_json = serde_json::to_value(perfect()).unwrap();
        assert_eq!(stats_json["avgLatencyMs"], 20.0);
        assert_eq!(stats_json["networkAvgDataGb"], 100.0);
        let back: PeriodStats = serde_json::from_value(stats_json).unwrap();
        assert_eq!(back, perfect());
    }

    // --- check_claim ---

    fn tok(text: &str) -> Tokens {
        text.parse().unwrap()
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 15, 12, 0, 0).unwrap()
    }

    fn claimable() -> ClaimContext {
        ClaimContext {
            accrued: tok("25.0"),
            last_claim_at: Some(now() - Duration::hours(48)),
            now: now(),
            uptime: 0.97,
            feedback_score: Some(4.2),
            enabled_protocols: 2,
            invalid_protocol_configs: 0,
        }
    }

    fn check(ctx: ClaimContext) -> Result<(), ClaimRefusal> {
        check_claim(&ctx, &RewardPolicy::default())
    }

    #[test]
    fn good_claim_passes() {
        assert_eq!(check(claimable()), Ok(()));
        assert_eq!(
            check(ClaimContext {
                last_claim_at: None,
                ..claimable()
            }),
            Ok(())
        );
        assert_eq!(
            check(ClaimContext {
                feedback_score: None,
                ..claimable()
            }),
            Ok(())
        );
        assert!(claim_refusals(&claimable(), &RewardPolicy::default()).is_empty());
    }

    #[test]
    fn boundaries_are_inclusive_for_the_operator() {
        let at_limits = ClaimContext {
            accrued: tok("10.0"),
            last_claim_at: Some(now() - Duration::hours(24)),
            uptime: 0.90,
            feedback_score: Some(3.0),
            enabled_protocols: 1,
            ..claimable()
        };
        assert_eq!(check(at_limits), Ok(()));
    }

    #[test]
    fn cooldown_refusal_gives_retry_time() {
        let last = now() - Duration::hours(3);
        let err = check(ClaimContext {
            last_claim_at: Some(last),
            ..claimable()
        })
        .unwrap_err();
        assert_eq!(
            err,
            ClaimRefusal::Cooldown {
                retry_at: last + Duration::hours(24)
            }
        );
        assert_eq!(err.rule(), "cooldown");
        assert!(
            err.to_string()
                .ends_with("try again at 2026-11-16T09:00:00Z"),
            "{err}"
        );
    }

    #[test]
    fn cooldown_with_clock_skew_and_extremes() {
        let future = now() + Duration::hours(1);
        assert_eq!(
            check(ClaimContext {
                last_claim_at: Some(future),
                ..claimable()
            }),
            Err(ClaimRefusal::Cooldown {
                retry_at: future + Duration::hours(24)
            })
        );
        let at_end = ClaimContext {
            last_claim_at: Some(DateTime::<Utc>::MAX_UTC),
            ..claimable()
        };
        assert_eq!(
            check(at_end),
            Err(ClaimRefusal::Cooldown {
                retry_at: DateTime::<Utc>::MAX_UTC
            })
        );
        let no_cooldown = RewardPolicy {
            cooldown: Duration::hours(-5),
            ..RewardPolicy::default()
        };
        let just_claimed = ClaimContext {
            last_claim_at: Some(now()),
            ..claimable()
        };
        assert_eq!(check_claim(&just_claimed, &no_cooldown), Ok(()));
    }

    #[test]
    fn threshold_refusal() {
        let err = check(ClaimContext {
            accrued: tok("4.2"),
            ..claimable()
        })
        .unwrap_err();
        assert_eq!(
            err,
            ClaimRefusal::BelowThreshold {
                accrued: tok("4.2"),
                minimum: tok("10.0"),
            }
        );
        assert_eq!(err.rule(), "threshold");
        assert!(err.to_string().starts_with(
            "the accrued reward of 4.2 tokens is below the minimum claim of 10 tokens"
        ));
        for garbage in [tok("-3"), tok("-0.000001")] {
            let err = check(ClaimContext {
                accrued: garbage,
                ..claimable()
            })
            .unwrap_err();
            assert_eq!(err.rule(), "threshold", "{garbage}");
        }
        // Nothing to claim is refused even with no minimum.
        let no_minimum = RewardPolicy {
            minimum_claim: 0.0,
            ..RewardPolicy::default()
        };
        let empty = ClaimContext {
            accrued: tok("0.0"),
            ..claimable()
        };
        assert_eq!(
            check_claim(&empty, &no_minimum).unwrap_err().rule(),
            "threshold"
        );
        let tiny = ClaimContext {
            accrued: tok("0.001"),
            ..claimable()
        };
        assert_eq!(check_claim(&tiny, &no_minimum), Ok(()));
    }

    #[test]
    fn performance_refusal() {
        let err = check(ClaimContext {
            uptime: 0.85,
            ..claimable()
        })
        .unwrap_err();
        assert_eq!(
            err,
            ClaimRefusal::Performance {
                uptime: 0.85,
                required: 0.90
            }
        );
        assert_eq!(err.rule(), "performance");
        assert!(
            err.to_string()
                .starts_with("uptime of 85.0% is below the required 90.0%"),
            "{err}"
        );
        let nan = check(ClaimContext {
            uptime: f64::NAN,
            ..claimable()
        })
        .unwrap_err();
        assert_eq!(
            nan,
            ClaimRefusal::Performance {
                uptime: 0.0,
                required: 0.90
            }
        );
    }

    #[test]
    fn protocol_refusals() {
        let none = check(ClaimContext {
            enabled_protocols: 0,
            ..claimable()
        })
        .unwrap_err();
        assert_eq!(none.rule(), "protocol");
        assert!(
            none.to_string()
                .contains("no protocol is enabled: expected at least 1 of VLESS"),
            "{none}"
        );
        let invalid = check(ClaimContext {
            invalid_protocol_configs: 1,
            ..claimable()
        })
        .unwrap_err();
        assert!(
            invalid
                .to_string()
                .contains("1 enabled protocol has an invalid config"),
            "{invalid}"
        );
        let invalid_two = check(ClaimContext {
            invalid_protocol_configs: 2,
            ..claimable()
        })
        .unwrap_err();
        assert!(
            invalid_two
                .to_string()
                .contains("2 enabled protocols have invalid configs")
        );
        let strict = RewardPolicy {
            min_enabled_protocols: 3,
            ..RewardPolicy::default()
        };
        let err = check_claim(&claimable(), &strict).unwrap_err();
        assert!(
            err.to_string()
                .contains("only 2 protocols are enabled: expected at least 3"),
            "{err}"
        );
        let one = ClaimContext {
            enabled_protocols: 1,
            ..claimable()
        };
        assert!(
            check_claim(&one, &strict)
                .unwrap_err()
                .to_string()
                .contains("only 1 protocol is enabled")
        );
        // A policy of zero still needs one protocol: a server serving nothing earns nothing.
        let lax = RewardPolicy {
            min_enabled_protocols: 0,
            ..RewardPolicy::default()
        };
        let zero = ClaimContext {
            enabled_protocols: 0,
            ..claimable()
        };
        assert_eq!(check_claim(&zero, &lax).unwrap_err().rule(), "protocol");
    }

    #[test]
    fn feedback_refusal() {
        let err = check(ClaimContext {
            feedback_score: Some(2.5),
            ..claimable()
        })
        .unwrap_err();
        assert_eq!(
            err,
            ClaimRefusal::FeedbackScore {
                score: 2.5,
                required: 3.0
            }
        );
        assert_eq!(err.rule(), "feedback");
        assert_eq!(
            err.to_string(),
            "the average user feedback score of 2.50 is below the required 3.00 (out of 5)"
        );
        assert_eq!(
            check(ClaimContext {
                feedback_score: Some(f64::NAN),
                ..claimable()
            }),
            Ok(())
        );
    }

    #[test]
    fn rules_are_checked_in_documented_order() {
        let everything_wrong = ClaimContext {
            accrued: tok("1.0"),
            last_claim_at: Some(now() - Duration::hours(1)),
            now: now(),
            uptime: 0.5,
            feedback_score: Some(1.0),
            enabled_protocols: 0,
            invalid_protocol_configs: 0,
        };
        let policy = RewardPolicy::default();
        let rules: Vec<&str> = claim_refusals(&everything_wrong, &policy)
            .iter()
            .map(ClaimRefusal::rule)
            .collect();
        assert_eq!(
            rules,
            [
                "cooldown",
                "threshold",
                "performance",
                "protocol",
                "feedback"
            ]
        );
        assert_eq!(
            check_claim(&everything_wrong, &policy).unwrap_err().rule(),
            "cooldown"
        );

        let mut ctx = everything_wrong;
        ctx.last_claim_at = None;
        assert_eq!(check_claim(&ctx, &policy).unwrap_err().rule(), "threshold");
        ctx.accrued = tok("50.0");
        assert_eq!(
            check_claim(&ctx, &policy).unwrap_err().rule(),
            "performance"
        );
        ctx.uptime = 1.0;
        assert_eq!(check_claim(&ctx, &policy).unwrap_err().rule(), "protocol");
        ctx.enabled_protocols = 4;
        assert_eq!(check_claim(&ctx, &policy).unwrap_err().rule(), "feedback");
        ctx.feedback_score = Some(4.0);
        assert_eq!(check_claim(&ctx, &policy), Ok(()));
    }

    #[test]
    fn broken_claim_policy_falls_back_to_defaults() {
        let broken = RewardPolicy {
            minimum_claim: f64::NAN,
            min_uptime: f64::INFINITY,
            min_feedback_score: f64::NAN,
            ..RewardPolicy::default()
        };
        assert_eq!(check_claim(&claimable(), &broken), Ok(()));
        let low = ClaimContext {
            accrued: tok("5.0"),
            ..claimable()
        };
        assert_eq!(
            check_claim(&low, &broken),
            Err(ClaimRefusal::BelowThreshold {
                accrued: tok("5.0"),
                minimum: tok("10.0"),
            })
        );
    }

    #[test]
    fn default_policy_values() {
        let policy = RewardPolicy::default();
        assert_eq!(policy.base_rate_per_hour, 1.0);
        assert_eq!(policy.minimum_claim, 10.0);
        assert_eq!(policy.cooldown, Duration::hours(24));
        assert_eq!(policy.min_uptime, 0.90);
        assert_eq!(policy.min_feedback_score, 3.0);
        assert!(close(
            policy.quality_weight + policy.utilisation_weight + policy.satisfaction_weight,
            1.0
        ));
    }
}
