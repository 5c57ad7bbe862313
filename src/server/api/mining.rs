//! Mining: starting activities, claiming rewards through the ledger, and mining settings.
//!
//! Rewards accrue from a server's stored heartbeats and sessions by the formula in
//! `crate::domain::reward`; this module only gathers its inputs and applies its rules.

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};

use super::analytics::{PeriodFacts, period_stats};
use super::auth::require_account;
use super::servers::{in_service, managed_server_in_service, server_status, server_views};
use super::types::*;
use super::{ApiError, ApiResult};
use crate::domain::reward::{
    ClaimContext, ClaimRefusal, PeriodStats, RewardPolicy, accrued_reward, check_claim,
};
use crate::domain::validate::validate_protocol_config;
use crate::server::store::Store;
use crate::server::store::mining::{AccrualState, AccrualWindow, ClaimDecision, NewClaim};
use crate::server::store::servers::ServerRow;

use crate::domain::emission::{EmissionPolicy, OverBudget};
use crate::domain::money::Tokens;
use crate::domain::reward::{MAX_IDEMPOTENCY_KEY, RATE_RANGE};

/// The formula's inputs for an unpaid window of `seconds`, from what the store measured in it.
/// The window starts when mining (or the last paid period) started, so all of it accrues;
/// each clock hour with a heartbeat counts as one expected sample received. Missing averages
/// (no samples) are NaN, which the formula scores as the worst case.
pub fn window_stats(window: &AccrualWindow, seconds: i64) -> PeriodStats {
    period_stats(&PeriodFacts {
        seconds,
        mining_seconds: seconds,
        samples: window.hours_reported,
        avg_cpu: window.avg_cpu.unwrap_or(f64::NAN),
        avg_memory: window.avg_memory.unwrap_or(f64::NAN),
        avg_latency_ms: window.avg_latency_ms.unwrap_or(f64::NAN),
        avg_error_rate: window.avg_error_rate.unwrap_or(f64::NAN),
        data_gb: window.data_gb,
        network_avg_data_gb: window.network_avg_data_gb,
        feedback_score: window.rating,
    })
}

/// The platform's reward policy, as the server was started with.
pub fn platform_policy(ctx: &Context<'_>) -> RewardPolicy {
    ctx.data_opt::<RewardPolicy>().copied().unwrap_or_default()
}

/// The platform's daily emission budget, as the server was started with.
pub fn emission_policy(ctx: &Context<'_>) -> EmissionPolicy {
    ctx.data_opt::<EmissionPolicy>()
        .copied()
        .unwrap_or_default()
}

/// The policy for one server: the platform's, with the operator's higher minimum claim.
fn policy_for(platform: &RewardPolicy, server: &ServerRow) -> RewardPolicy {
    let mut policy = *platform;
    if let Some(minimum) = server.minimum_claim {
        policy.minimum_claim = policy.minimum_claim.max(minimum);
    }
    policy
}

/// What a server has accrued and not been paid, as of some instant.
#[derive(Debug, Clone, Copy, Default)]
pub struct Accrued {
    /// Tokens, after the operator's rate multiplier, rounded once to the micro-token.
    pub amount: Tokens,
    pub uptime: f64,
    pub feedback_score: Option<f64>,
    /// The formula's multiplier over the window (0 when nothing accrues).
    pub multiplier: f64,
}

fn accrued(
    server: &ServerRow,
    state: &AccrualState,
    window: Option<&AccrualWindow>,
    now: i64,
    policy: &RewardPolicy,
) -> Accrued {
    match (state.window_start(), window) {
        (Some(from), Some(window)) if from < now => {
            let stats = window_stats(window, now - from);
            let breakdown = accrued_reward(&stats, policy);
            Accrued {
                // Where the rate becomes money: the one rounding of an amount.
                amount: Tokens::from_rate(breakdown.amount * server.rate_multiplier)
                    .unwrap_or_default(),
                uptime: stats.uptime,
                feedback_score: stats.feedback_score,
                multiplier: breakdown.multiplier,
            }
        }
        _ => Accrued::default(),
    }
}

/// A server's unpaid rewards as of `now`.
pub async fn unpaid_rewards(
    store: &Store,
    platform: &RewardPolicy,
    server: &ServerRow,
    now: i64,
) -> ApiResult<Accrued> {
    let (state, window) = store.accrual(&server.id, now).await?;
    Ok(accrued(
        server,
        &state,
        window.as_ref(),
        now,
        &policy_for(platform, server),
    ))
}

fn timestamp(seconds: i64) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp(seconds, 0)
}

/// Enabled endpoints of a server and how many of them fail validation.
async fn protocol_compliance(store: &Store, server_id: &str) -> ApiResult<(usize, usize)> {
    let endpoints = store.protocols_of(&[server_id]).await?;
    let enabled: Vec<_> = endpoints.iter().filter(|p| p.enabled).collect();
    let invalid = enabled
        .iter()
        .filter(|p| {
            let config = serde_json::from_str(&p.config).unwrap_or(serde_json::Value::Null);
            let protocol = p.protocol.parse().ok();
            protocol
                .is_none_or(|protocol| validate_protocol_config(protocol, p.port, &config).is_err())
        })
        .count();
    Ok((enabled.len(), invalid))
}

fn refusal_rule(refusal: &ClaimRefusal) -> ClaimRule {
    match refusal {
        ClaimRefusal::BelowThreshold { .. } => ClaimRule::Threshold,
        ClaimRefusal::Cooldown { .. } => ClaimRule::Cooldown,
        ClaimRefusal::Performance { .. } => ClaimRule::Performance,
        ClaimRefusal::ProtocolCompliance { .. } => ClaimRule::Protocol,
        ClaimRefusal::FeedbackScore { .. } => ClaimRule::Feedback,
    }
}

/// Why a claim is not paid: one of the claim rules, or the platform's daily budget.
enum Refused {
    Rule(ClaimRefusal),
    Budget(OverBudget),
}

fn validate_key(key: Option<String>) -> ApiResult<Option<String>> {
    match key.map(|k| k.trim().to_string()) {
        Some(k) if k.is_empty() || k.len() > MAX_IDEMPOTENCY_KEY => Err(ApiError::Invalid(
            format!("idempotencyKey must be 1-{MAX_IDEMPOTENCY_KEY} characters"),
        )),
        other => Ok(other),
    }
}

fn new_id(prefix: &str) -> String {
    format!("{prefix}-{}", uuid::Uuid::new_v4().simple())
}

#[derive(Default)]
pub struct MiningMutation;

#[Object]
impl MiningMutation {
    /// Opens a mining activity on a server the caller owns (admins: any). The server must be
    /// enabled for mining, reporting (not offline or in maintenance) and offer at least one
    /// enabled protocol whose configuration validates. Starting a mining server returns its
    /// open activity.
    async fn start_mining(
        &self,
        ctx: &Context<'_>,
        server_id: ID,
    ) -> ApiResult<MiningActivityView> {
        let server = managed_server_in_service(ctx, &server_id).await?;
        let store = ctx.data_unchecked::<Store>();
        let now = Utc::now();
        if !server.mining_enabled {
            return Err(ApiError::Invalid(format!(
                "mining is disabled on {}; enable it first (enableMiningServer)",
                server.id
            )));
        }
        match server_status(&server, now) {
            ServerStatus::Offline => {
                return Err(ApiError::Invalid(format!(
                    "{} is offline (no heartbeat for more than 5 minutes); mining needs a reporting server",
                    server.id
                )));
            }
            ServerStatus::Maintenance => {
                return Err(ApiError::Invalid(format!(
                    "{} is in maintenance; return it to service first",
                    server.id
                )));
            }
            ServerStatus::Decommissioned => in_service(&server)?,
            ServerStatus::Online | ServerStatus::Degraded => {}
        }
        let (enabled, invalid) = protocol_compliance(store, &server.id).await?;
        if enabled == 0 || invalid == enabled {
            return Err(ApiError::Invalid(format!(
                "{} offers no enabled protocol with a valid configuration",
                server.id
            )));
        }
        let (activity, _) = store
            .start_activity(&server.id, &new_id("act"), now.timestamp())
            .await?;
        let current_reward = unpaid_rewards(store, &platform_policy(ctx), &server, now.timestamp())
            .await?
            .amount;
        let refreshed = store
            .server(&server.id)
            .await?
            .ok_or_else(|| ApiError::not_found("server", &server.id))?;
        let view = server_views(ctx, vec![refreshed], now)
            .await?
            .pop()
            .ok_or_else(|| ApiError::Internal("server vanished while loading".into()))?;
        Ok(MiningActivityView {
            id: ID(activity.id),
            server: view,
            start_time: timestamp(activity.started_at).unwrap_or(now),
            end_time: activity.stopped_at.and_then(timestamp),
            is_active: activity.stopped_at.is_none(),
            current_reward_exact: current_reward,
        })
    }

    /// Stops a server's mining (owner or admin): the inverse of `startMining`. Closes the open
    /// activity and returns it; mining stays enabled, so `startMining` opens a new one. Stopping
    /// a stopped server returns its latest activity unchanged; one that never mined is VAL_001.
    /// `currentReward` is what was unpaid at the stop. Decision: accrual follows the open
    /// activity, so claim before stopping; what was not claimed no longer accrues.
    async fn stop_mining(&self, ctx: &Context<'_>, server_id: ID) -> ApiResult<MiningActivityView> {
        let server = managed_server_in_service(ctx, &server_id).await?;
        let store = ctx.data_unchecked::<Store>();
        let now = Utc::now();
        // What accrued up to now, before the activity closes.
        let current_reward = unpaid_rewards(store, &platform_policy(ctx), &server, now.timestamp())
            .await?
            .amount;
        let activity = store
            .stop_activity(&server.id, now.timestamp())
            .await?
            .ok_or_else(|| {
                ApiError::Invalid(format!(
                    "{} never mined: there is nothing to stop (startMining starts it)",
                    server.id
                ))
            })?;
        let refreshed = store
            .server(&server.id)
            .await?
            .ok_or_else(|| ApiError::not_found("server", &server.id))?;
        let view = server_views(ctx, vec![refreshed], now)
            .await?
            .pop()
            .ok_or_else(|| ApiError::Internal("server vanished while loading".into()))?;
        let stopped_now = activity.stopped_at == Some(now.timestamp());
        Ok(MiningActivityView {
            id: ID(activity.id),
            server: view,
            start_time: timestamp(activity.started_at).unwrap_or(now),
            end_time: activity.stopped_at.and_then(timestamp),
            is_active: activity.stopped_at.is_none(),
            current_reward_exact: if stopped_now {
                current_reward
            } else {
                Tokens::ZERO
            },
        })
    }

    /// Claims a server's accrued rewards for its owner (the caller must own it; admins claim on
    /// the owner's behalf). Decision: `idempotencyKey` (1-128 chars, e.g. a UUID per attempt)
    /// makes retries safe: the same key returns the first result and never pays twice. Keys
    /// belong to the caller's account: another account's use of the same key neither blocks
    /// this claim nor reveals that one. The platform's daily emission budget caps what all
    /// claims of a UTC day mint together: a claim that does not fit in what is left is refused
    /// whole (`refusedBy: BUDGET`, `retryAt` the next UTC midnight), and keeps accruing.
    async fn claim_mining_rewards(
        &self,
        ctx: &Context<'_>,
        server_id: ID,
        idempotency_key: Option<String>,
    ) -> ApiResult<MiningRewardResult> {
        let caller = require_account(ctx)?;
        let key = validate_key(idempotency_key)?;
        let server = managed_server_in_service(ctx, &server_id).await?;
        let store = ctx.data_unchecked::<Store>();
        let (enabled_protocols, invalid_protocol_configs) =
            protocol_compliance(store, &server.id).await?;
        let policy = policy_for(&platform_policy(ctx), &server);
        let emission = emission_policy(ctx);
        let now = Utc::now();
        let claim_id = new_id("clm");
        let claim = NewClaim {
            id: &claim_id,
            account_id: &server.owner_id,
            server_id: &server.id,
            period_end: now.timestamp(),
            idempotency_key: key.as_deref(),
            requested_by: &caller.id,
            now: now.timestamp(),
        };
        let outcome = store
            .claim(claim, |state, window, claimed_today| {
                let Accrued {
                    amount,
                    uptime,
                    feedback_score,
                    ..
                } = accrued(&server, state, window, now.timestamp(), &policy);
                if state.window_start().is_none() {
                    return ClaimDecision::Refuse(MiningRewardResult {
                        success: false,
                        amount_exact: Tokens::ZERO,
                        new_balance_exact: state.total_claimed,
                        message: format!(
                            "{} is not mining: nothing accrues until mining is started",
                            server.id
                        ),
                        refused_by: Some(ClaimRule::Threshold),
                        retry_at: None,
                        claim_id: None,
                    });
                }
                let context = ClaimContext {
                    accrued: amount,
                    last_claim_at: state.last_claim_at.and_then(timestamp),
                    now,
                    uptime,
                    feedback_score,
                    enabled_protocols,
                    invalid_protocol_configs,
                };
                // The day's budget is checked last: a claim another rule refuses says so,
                // and one refused for the budget alone is paid after the reset.
                let checked = check_claim(&context, &policy)
                    .map_err(Refused::Rule)
                    .and_then(|()| {
                        emission
                            .check(claimed_today, amount, now.timestamp())
                            .map_err(Refused::Budget)
                    });
                match checked {
                    // A sum past a trillion tokens is no claim to pay.
                    Ok(()) if state.total_claimed.checked_add(amount).is_none() => {
                        ClaimDecision::Refuse(MiningRewardResult {
                            success: false,
                            amount_exact: Tokens::ZERO,
                            new_balance_exact: state.total_claimed,
                            message: "the server's claimed total would overflow".into(),
                            refused_by: Some(ClaimRule::Threshold),
                            retry_at: None,
                            claim_id: None,
                        })
                    }
                    Ok(()) => ClaimDecision::Pay {
                        amount,
                        result: MiningRewardResult {
                            success: true,
                            amount_exact: amount,
                            new_balance_exact: state
                                .total_claimed
                                .checked_add(amount)
                                .unwrap_or(state.total_claimed),
                            message: format!("claimed {amount} tokens for {}", server.id),
                            refused_by: None,
                            retry_at: None,
                            claim_id: Some(ID(claim_id.clone())),
                        },
                    },
                    Err(Refused::Budget(over)) => ClaimDecision::Refuse(MiningRewardResult {
                        success: false,
                        amount_exact: Tokens::ZERO,
                        new_balance_exact: state.total_claimed,
                        message: over.to_string(),
                        refused_by: Some(ClaimRule::Budget),
                        retry_at: Some(over.retry_at),
                        claim_id: None,
                    }),
                    Err(Refused::Rule(refusal)) => ClaimDecision::Refuse(MiningRewardResult {
                        success: false,
                        amount_exact: Tokens::ZERO,
                        new_balance_exact: state.total_claimed,
                        message: refusal.to_string(),
                        refused_by: Some(refusal_rule(&refusal)),
                        retry_at: match refusal {
                            ClaimRefusal::Cooldown { retry_at } => Some(retry_at),
                            _ => None,
                        },
                        claim_id: None,
                    }),
                }
            })
            .await?;
        match outcome {
            Ok(result) => Ok(result),
            // The key was used before: answer what that claim paid, pay nothing more.
            Err(existing) => {
                if existing.server_id.as_deref() != Some(server.id.as_str()) {
                    return Err(ApiError::Invalid(
                        "idempotencyKey was already used for another server's claim".into(),
                    ));
                }
                let balance = store.server_claimed(&server.id).await?;
                Ok(MiningRewardResult {
                    success: true,
                    amount_exact: existing.amount,
                    new_balance_exact: balance,
                    message: format!(
                        "already claimed {} tokens with this idempotency key",
                        existing.amount
                    ),
                    refused_by: None,
                    retry_at: None,
                    claim_id: Some(ID(existing.id)),
                })
            }
        }
    }

    /// Changes a server's mining settings (owner or admin). Turning mining off closes the open
    /// activity; unclaimed rewards up to then stay claimable.
    async fn configure_mining_settings(
        &self,
        ctx: &Context<'_>,
        input: MiningConfigInput,
    ) -> ApiResult<MiningConfigResult> {
        let server = managed_server_in_service(ctx, &input.server_id).await?;
        let store = ctx.data_unchecked::<Store>();
        let platform = platform_policy(ctx);
        if let Some(rate) = input.rate
            && !RATE_RANGE.contains(&rate)
        {
            return Err(ApiError::Invalid(format!(
                "input.rate must be between {} and {}, got {rate}",
                RATE_RANGE.start(),
                RATE_RANGE.end()
            )));
        }
        if let Some(minimum) = input.minimum_claim
            && !(minimum.is_finite() && minimum >= platform.minimum_claim && minimum <= 1e6)
        {
            return Err(ApiError::Invalid(format!(
                "input.minimumClaim must be between the platform minimum {} and 1000000, got {minimum}",
                platform.minimum_claim
            )));
        }
        let changed = input.enabled.is_some_and(|e| e != server.mining_enabled)
            || input.rate.is_some_and(|r| r != server.rate_multiplier)
            || input
                .minimum_claim
                .is_some_and(|m| Some(m) != server.minimum_claim);
        store
            .configure_mining(&server.id, input.enabled, input.rate, input.minimum_claim)
            .await?;
        let server = store
            .server(&server.id)
            .await?
            .ok_or_else(|| ApiError::not_found("server", &server.id))?;
        let now = Utc::now();
        let (state, window) = store.accrual(&server.id, now.timestamp()).await?;
        let policy = policy_for(&platform_policy(ctx), &server);
        let accrued_now =
            accrued(&server, &state, window.as_ref(), now.timestamp(), &policy).amount;
        Ok(MiningConfigResult {
            success: true,
            settings: MiningSettings {
                enabled: server.mining_enabled,
                rate: server.rate_multiplier,
                thresholds: MiningThresholds {
                    minimum_claim: policy.minimum_claim,
                    cooldown_hours: policy.cooldown.num_minutes() as f64 / 60.0,
                    min_uptime: policy.min_uptime,
                    min_feedback_score: policy.min_feedback_score,
                },
                rewards: MiningRewards {
                    accrued_exact: accrued_now,
                    total_claimed_exact: state.total_claimed,
                    last_claim_at: state.last_claim_at.and_then(timestamp),
                },
            },
            activation: MiningActivation {
                status: if changed {
                    ActivationStatus::Applied
                } else {
                    ActivationStatus::Unchanged
                },
                timestamp: now,
                message: if changed {
                    "mining settings applied".into()
                } else {
                    "nothing to change".into()
                },
            },
        })
    }
}
