//! Users' own connections, one user's dashboard, and the admin dashboard.

use async_graphql::{Context, ID, Json, Object};
use chrono::{DateTime, Duration, Utc};

use super::auth::{account, require_account, require_admin, user_view};
use super::mining::unpaid_rewards;
use super::types::*;
use super::{ApiError, ApiResult};
use crate::server::store::Store;
use crate::server::store::servers::HEARTBEAT_TIMEOUT_SECS;
use crate::server::store::users::SessionRow;

/// Default window of `myConnectionStats`.
const DEFAULT_STATS_DAYS: i64 = 30;
/// Longest window `myConnectionStats` accepts.
const MAX_STATS_DAYS: i64 = 366;
/// Sessions in `recentConnections`.
pub const RECENT: i64 = 10;
/// Entries of the admin dashboard's top lists.
pub const TOP: i64 = 10;
/// Days of `tokenMetrics.recentActivity`.
pub const ACTIVITY_DAYS: i64 = 14;
/// Link capacity `averageNetworkUtilization` is measured against, in Mbit/s.
const LINK_CAPACITY_MBPS: f64 = 1000.0;

fn timestamp(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(seconds, 0).unwrap_or_default()
}

fn protocol(name: &str) -> ProtocolType {
    name.parse::<crate::domain::protocol::ProtocolType>()
        .map(ProtocolType::from)
        .unwrap_or(ProtocolType::Vless)
}

pub(super) fn session_view(row: SessionRow) -> ConnectionSession {
    ConnectionSession {
        id: ID(row.id),
        server_id: ID(row.server_id),
        server_name: row.host_name,
        protocol: protocol(&row.protocol),
        connection_start: timestamp(row.started_at),
        connection_end: row.ended_at.map(timestamp),
        data_transferred: row.data_gb,
        network_speed: row.upload_mbps + row.download_mbps,
        average_latency: row.latency_ms,
        bytes_in: row.bytes_in.map(|b| Bytes(b.max(0) as u64)),
        bytes_out: row.bytes_out.map(|b| Bytes(b.max(0) as u64)),
        rating: row.rating.map(|r| r as i32),
        rating_comment: row.rating_comment,
    }
}

/// Validates an optional window, defaulting to the `default_days` before now.
fn window(
    from: Option<DateTime<Utc>>,
    to: Option<DateTime<Utc>>,
    default_days: i64,
    max_days: i64,
) -> ApiResult<(DateTime<Utc>, DateTime<Utc>)> {
    let to = to.unwrap_or_else(Utc::now);
    let from = from.unwrap_or(to - Duration::days(default_days));
    if from >= to {
        return Err(ApiError::Invalid(format!(
            "from ({from}) must be before to ({to})"
        )));
    }
    if to - from > Duration::days(max_days) {
        return Err(ApiError::Invalid(format!(
            "the window may span at most {max_days} days"
        )));
    }
    Ok((from, to))
}

#[derive(Default)]
pub struct UsersQuery;

#[Object]
impl UsersQuery {
    /// The caller's sessions started in a window (default: the last 30 days, at most 366),
    /// newest first.
    async fn my_connection_stats(
        &self,
        ctx: &Context<'_>,
        from: Option<Timestamp>,
        to: Option<Timestamp>,
        pagination: Option<PaginationInput>,
    ) -> ApiResult<ConnectionStatsPage> {
        let account = require_account(ctx)?;
        let (from, to) = window(from, to, DEFAULT_STATS_DAYS, MAX_STATS_DAYS)?;
        let (page, size) = pagination.map_or((1, 20), |p| (p.page, p.size));
        if page < 1 || !(1..=super::servers::MAX_PAGE_SIZE).contains(&size) {
            return Err(ApiError::Invalid(format!(
                "pagination needs page >= 1 and size 1-{}, got page {page} size {size}",
                super::servers::MAX_PAGE_SIZE
            )));
        }
        let store = ctx.data_unchecked::<Store>();
        let (size64, offset) = (i64::from(size), (i64::from(page) - 1) * i64::from(size));
        let (rows, total) = store
            .user_sessions(
                &account.id,
                from.timestamp(),
                to.timestamp(),
                size64,
                offset,
            )
            .await?;
        let totals = store
            .session_totals(&account.id, from.timestamp(), to.timestamp())
            .await?;
        let total_pages = ((total + size64 - 1) / size64) as i32;
        Ok(ConnectionStatsPage {
            items: rows.into_iter().map(session_view).collect(),
            page_info: PageInfo {
                total_items: total as i32,
                total_pages,
                current_page: page,
                page_size: size,
                has_next: page < total_pages,
                has_previous: page > 1,
            },
            total_data_transferred: totals.data_gb,
            average_session_duration: totals.avg_duration.unwrap_or(0.0),
        })
    }

    /// The caller's open session, recent sessions, and averages over the last 30 days.
    /// `averageResponseTime` is the heartbeat latency of the servers the caller used;
    /// `averageLatency` what the sessions measured.
    async fn my_connection_dashboard(&self, ctx: &Context<'_>) -> ApiResult<ConnectionDashboard> {
        let account = require_account(ctx)?;
        let store = ctx.data_unchecked::<Store>();
        let now = Utc::now();
        let recent = store.recent_sessions(&account.id, RECENT).await?;
        let totals = store
            .session_totals(
                &account.id,
                (now - Duration::days(DEFAULT_STATS_DAYS)).timestamp(),
                now.timestamp() + 1,
            )
            .await?;
        let current = recent
            .iter()
            .find(|s| s.ended_at.is_none())
            .cloned()
            .map(session_view);
        let (upload, download) = (
            totals.avg_upload.unwrap_or(0.0),
            totals.avg_download.unwrap_or(0.0),
        );
        Ok(ConnectionDashboard {
            current_connection: current,
            recent_connections: recent.into_iter().map(session_view).collect(),
            total_data_transferred: totals.data_gb,
            average_metrics: AverageConnectionMetrics {
                average_upload_speed: upload,
                average_download_speed: download,
                average_network_speed: upload + download,
                average_response_time: totals.avg_server_latency.unwrap_or(0.0),
                average_latency: totals.avg_latency.unwrap_or(0.0),
            },
        })
    }

    /// One user's dashboard. Users may read their own; admins anyone's. Statistics cover all
    /// time; mining covers the servers the user operates (zeros for plain users).
    async fn user_dashboard(&self, ctx: &Context<'_>, user_id: ID) -> ApiResult<UserDashboard> {
        let caller = require_account(ctx)?;
        if caller.id != user_id.as_str() && caller.role != Role::Admin {
            return Err(ApiError::Auth(format!(
                "{} may read only their own dashboard; other users' need the admin role",
                caller.username
            )));
        }
        let store = ctx.data_unchecked::<Store>();
        let user = store
            .user_by_id(&user_id)
            .await?
            .ok_or_else(|| ApiError::not_found("user", &user_id))?;
        let user = account(&user)?;
        let now = Utc::now().timestamp();
        let recent = store.recent_sessions(&user.id, 1).await?;
        let current_session =
            recent
                .into_iter()
                .find(|s| s.ended_at.is_none())
                .map(|s| UserSession {
                    id: ID(s.id),
                    server: s.host_name,
                    protocol: protocol(&s.protocol),
                    start_time: timestamp(s.started_at),
                    data_transferred: s.data_gb,
                });
        let totals = store.session_totals(&user.id, 0, now + 1).await?;

        let mut mining = UserMiningSummary {
            active_servers: 0,
            total_rewards_exact: store.account_claimed(&user.id).await?,
            pending_rewards_exact: Tokens::ZERO,
            mining_efficiency: 0.0,
        };
        let mut multipliers = Vec::new();
        let platform = super::mining::platform_policy(ctx);
        for id in store.owned_server_ids(&user.id).await? {
            let Some(server) = store.server(&id).await? else {
                continue;
            };
            if server.mining_since.is_some() {
                mining.active_servers += 1;
                let accrued = unpaid_rewards(store, &platform, &server, now).await?;
                mining.pending_rewards_exact = mining
                    .pending_rewards_exact
                    .checked_add(accrued.amount)
                    .ok_or_else(|| ApiError::Internal("pending rewards overflow".into()))?;
                multipliers.push(accrued.multiplier);
            }
        }
        if !multipliers.is_empty() {
            mining.mining_efficiency = multipliers.iter().sum::<f64>() / multipliers.len() as f64;
        }
        Ok(UserDashboard {
            user: user_view(&user),
            current_session,
            statistics: UserStatistics {
                total_sessions: totals.sessions as i32,
                total_data_transferred: totals.data_gb,
                average_session_duration: totals.avg_duration.unwrap_or(0.0),
                preferred_servers: store.preferred_servers(&user.id, 3).await?,
            },
            mining,
        })
    }

    /// The network at a glance. Admins only. Top servers are the reporting servers with the most
    /// active connections; top users those who moved the most data in the last 30 days;
    /// utilisation is measured against a 1 Gbit/s link per server.
    async fn admin_dashboard(&self, ctx: &Context<'_>) -> ApiResult<AdminDashboard> {
        require_admin(ctx)?;
        let store = ctx.data_unchecked::<Store>();
        let now = Utc::now().timestamp();
        let fresh = now - HEARTBEAT_TIMEOUT_SECS;
        let network = store.network_now(fresh).await?;
        let regions: serde_json::Map<String, serde_json::Value> = store
            .connections_by_region(fresh)
            .await?
            .into_iter()
            .map(|(region, connections)| (region, connections.into()))
            .collect();
        let top_servers = store
            .top_servers_by_connections(fresh, TOP)
            .await?
            .into_iter()
            .map(|s| TopServer {
                server_id: ID(s.server_id),
                server_name: s.host_name,
                location: s.location,
                active_connections: s.active_connections as i32,
                cpu_usage: s.cpu_usage.unwrap_or(0.0),
                memory_usage: s.memory_usage.unwrap_or(0.0),
                network_utilization: s.network_speed.unwrap_or(0.0) / LINK_CAPACITY_MBPS * 100.0,
                token_earnings_exact: s.earnings,
            })
            .collect();
        let top_users = store
            .top_users_by_data(now - 30 * 86_400, TOP)
            .await?
            .into_iter()
            .map(|u| TopUser {
                user_id: ID(u.user_id),
                username: u.username,
                active_connections: u.open_sessions as i32,
                data_transferred: u.data_gb,
                tokens_spent_exact: u.spent,
                last_active: u.last_active.map(timestamp),
            })
            .collect();
        let (earned, spent) = store.token_totals().await?;
        let economy = super::economy::token_economy(
            store,
            &super::mining::emission_policy(ctx),
            DateTime::from_timestamp(now, 0).unwrap_or_else(Utc::now),
        )
        .await?;
        let today = now - now % 86_400;
        let since = today - (ACTIVITY_DAYS - 1) * 86_400;
        let days = store.daily_token_activity(since).await?;
        // Every day of the window appears, with zeros on days without entries.
        let recent_activity: Vec<TokenActivity> = (0..ACTIVITY_DAYS)
            .map(|d| {
                let day = since + d * 86_400;
                let found = days.iter().find(|a| a.day == day);
                TokenActivity {
                    timestamp: timestamp(day),
                    earned_exact: found.map_or(Tokens::ZERO, |a| a.earned),
                    spent_exact: found.map_or(Tokens::ZERO, |a| a.spent),
                }
            })
            .collect();
        let overflow = || ApiError::Internal("token totals overflow".into());
        let volume = Tokens::sum(
            recent_activity
                .iter()
                .flat_map(|a| [a.earned_exact, a.spent_exact]),
        )
        .ok_or_else(overflow)?;
        Ok(AdminDashboard {
            network_overview: NetworkOverview {
                total_active_connections: network.active_connections as i32,
                total_servers: network.servers as i32,
                active_servers: network.active_servers as i32,
                total_data_transferred: network.data_gb,
                average_network_utilization: network.avg_network_speed.unwrap_or(0.0)
                    / LINK_CAPACITY_MBPS
                    * 100.0,
                connections_by_region: Json(serde_json::Value::Object(regions)),
            },
            top_servers,
            top_users,
            token_metrics: TokenMetrics {
                total_tokens_in_circulation_exact: economy.circulating,
                total_tokens_earned_exact: earned,
                total_tokens_spent_exact: spent,
                average_daily_volume_exact: volume.divided(ACTIVITY_DAYS).ok_or_else(overflow)?,
                recent_activity,
                token_economy: economy,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_default_and_refuse_bad_ranges() {
        let to = Utc::now();
        let (from, end) = window(None, Some(to), 30, 366).unwrap();
        assert_eq!(end, to);
        assert_eq!(to - from, Duration::days(30));
        assert!(window(Some(to), Some(to), 30, 366).is_err());
        assert!(window(Some(to - Duration::days(400)), Some(to), 30, 366).is_err());
    }
}
