//! Server directory: listing, filtering, sorting and the per-server views.

use async_graphql::{Context, ID, Object};
use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use chrono::{DateTime, Utc};
use serde_json::Value;

use super::types::*;
use super::{ApiError, ApiResult, Viewer};
use crate::server::store::Store;
use crate::server::store::servers::{
    DEGRADED_LOAD_PERCENT, HEARTBEAT_TIMEOUT_SECS, ProtocolRow, ServerChanges, ServerQuery,
    ServerRow, SortField, StatusFilter,
};

/// Largest page `miningServers` serves.
pub const MAX_PAGE_SIZE: i32 = 500;

#[derive(Default)]
pub struct ServersQuery;

#[Object]
impl ServersQuery {
    /// Mining servers, filtered and paginated. Anyone may list servers (users pick servers
    /// from it); protocol secrets are shown only to owners and admins.
    async fn mining_servers(
        &self,
        ctx: &Context<'_>,
        filters: Option<ServerFilters>,
        pagination: Option<PaginationInput>,
    ) -> ApiResult<MiningServerPage> {
        let pagination = pagination.unwrap_or(PaginationInput {
            page: 1,
            size: 20,
            sort: None,
        });
        if pagination.page < 1 {
            return Err(ApiError::Invalid(format!(
                "pagination.page must be 1 or more, got {}",
                pagination.page
            )));
        }
        if !(1..=MAX_PAGE_SIZE).contains(&pagination.size) {
            return Err(ApiError::Invalid(format!(
                "pagination.size must be between 1 and {MAX_PAGE_SIZE}, got {}",
                pagination.size
            )));
        }
        let now = Utc::now();
        let mut query = server_query(filters.unwrap_or_default(), now)?;
        query.sort = pagination
            .sort
            .map(|s| (sort_field(s.field), s.direction == SortDirection::Desc));
        let size = i64::from(pagination.size);
        let offset = (i64::from(pagination.page) - 1) * size;
        let store = ctx.data_unchecked::<Store>();
        let (rows, total) = store.list_servers(&query, size, offset).await?;
        let items = server_views(ctx, rows, now).await?;
        let total_pages = ((total + size - 1) / size) as i32;
        Ok(MiningServerPage {
            items,
            page_info: PageInfo {
                total_items: total as i32,
                total_pages,
                current_page: pagination.page,
                page_size: pagination.size,
                has_next: pagination.page < total_pages,
                has_previous: pagination.page > 1,
            },
        })
    }

    /// Mining-enabled servers offering `protocol` (enabled), ordered by host name. A plain,
    /// unpaginated list kept from the spec; `miningServers(filters: {protocol, miningEnabled: true})`
    /// is the paginated equivalent.
    async fn mining_servers_by_protocol(
        &self,
        ctx: &Context<'_>,
        protocol: ProtocolType,
    ) -> ApiResult<Vec<MiningServerView>> {
        let now = Utc::now();
        let query = ServerQuery {
            protocol: Some(protocol_name(protocol).to_string()),
            mining_enabled: Some(true),
            now: now.timestamp(),
            ..ServerQuery::default()
        };
        let rows = ctx.data_unchecked::<Store>().all_servers(&query).await?;
        server_views(ctx, rows, now).await
    }

    /// Servers offering `protocol` (enabled), whether mining or not, in the order asked for
    /// (LOCATION when omitted).
    async fn servers_by_protocol(
        &self,
        ctx: &Context<'_>,
        protocol: ProtocolType,
        sort_by: Option<SortType>,
    ) -> ApiResult<Vec<MiningServerView>> {
        let now = Utc::now();
        let sort = match sort_by.unwrap_or(SortType::Location) {
            SortType::Location => (SortField::Location, false),
            SortType::Connections => (SortField::Connections, true),
            SortType::Performance => (SortField::Performance, true),
        };
        let query = ServerQuery {
            protocol: Some(protocol_name(protocol).to_string()),
            sort: Some(sort),
            now: now.timestamp(),
            ..ServerQuery::default()
        };
        let rows = ctx.data_unchecked::<Store>().all_servers(&query).await?;
        server_views(ctx, rows, now).await
    }
}

fn server_query(filters: ServerFilters, now: DateTime<Utc>) -> ApiResult<ServerQuery> {
    let non_empty = |name: &str, value: Option<String>| -> ApiResult<Option<String>> {
        match value.map(|v| v.trim().to_string()) {
            Some(v) if v.is_empty() => Err(ApiError::Invalid(format!(
                "filters.{name} must not be empty"
            ))),
            other => Ok(other),
        }
    };
    Ok(ServerQuery {
        protocol: filters.protocol.map(|p| protocol_name(p).to_string()),
        location: non_empty("location", filters.location)?,
        status: filters.status.map(|s| match s {
            ServerStatus::Online => StatusFilter::Online,
            ServerStatus::Degraded => StatusFilter::Degraded,
            ServerStatus::Offline => StatusFilter::Offline,
            ServerStatus::Maintenance => StatusFilter::Maintenance,
        }),
        mining_enabled: filters.mining_enabled,
        search: non_empty("search", filters.search)?,
        owner_id: filters.owner_id.map(|id| id.to_string()),
        sort: None,
        now: now.timestamp(),
    })
}

fn sort_field(field: ServerSortField) -> SortField {
    match field {
        ServerSortField::HostName => SortField::HostName,
        ServerSortField::Location => SortField::Location,
        ServerSortField::Connections => SortField::Connections,
        ServerSortField::Performance => SortField::Performance,
        ServerSortField::TokenBalance => SortField::TokenBalance,
        ServerSortField::MiningRate => SortField::MiningRate,
    }
}

pub fn protocol_name(protocol: ProtocolType) -> &'static str {
    crate::domain::protocol::ProtocolType::from(protocol).as_str()
}

fn protocol_type(name: &str) -> ApiResult<ProtocolType> {
    name.parse::<crate::domain::protocol::ProtocolType>()
        .map(ProtocolType::from)
        .map_err(|_| ApiError::Internal(format!("unknown protocol '{name}' in the database")))
}

/// The status a server's stored facts mean at `now`. The store's status filter encodes the
/// same rule in SQL.
pub fn server_status(row: &ServerRow, now: DateTime<Utc>) -> ServerStatus {
    let fresh = row
        .last_heartbeat
        .is_some_and(|t| t >= now.timestamp() - HEARTBEAT_TIMEOUT_SECS);
    let overloaded = row.cpu_usage.unwrap_or(0.0) > DEGRADED_LOAD_PERCENT
        || row.memory_usage.unwrap_or(0.0) > DEGRADED_LOAD_PERCENT;
    match (row.maintenance, fresh, overloaded) {
        (true, _, _) => ServerStatus::Maintenance,
        (false, false, _) => ServerStatus::Offline,
        (false, true, true) => ServerStatus::Degraded,
        (false, true, false) => ServerStatus::Online,
    }
}

fn timestamp(seconds: i64) -> Option<Timestamp> {
    DateTime::from_timestamp(seconds, 0)
}

/// Loads the protocols of `rows` in one query and builds the views the viewer may see.
pub async fn server_views(
    ctx: &Context<'_>,
    rows: Vec<ServerRow>,
    now: DateTime<Utc>,
) -> ApiResult<Vec<MiningServerView>> {
    let viewer = ctx.data_opt::<Viewer>().cloned().unwrap_or_default();
    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    let mut protocols = ctx
        .data_unchecked::<Store>()
        .protocols_of(&ids)
        .await?
        .into_iter()
        .peekable();
    let mut views = Vec::with_capacity(rows.len());
    // Both lists are in server-id order only for the protocols; collect per server by id.
    let mut by_server: std::collections::HashMap<String, Vec<ProtocolRow>> = Default::default();
    for p in protocols.by_ref() {
        by_server.entry(p.server_id.clone()).or_default().push(p);
    }
    for row in rows {
        let endpoints = by_server.remove(&row.id).unwrap_or_default();
        let show_secrets = viewer.owns(&row.owner_id);
        let protocols = endpoints
            .into_iter()
            .map(|p| protocol_view(p, show_secrets))
            .collect::<ApiResult<Vec<_>>>()?;
        views.push(server_view(row, protocols, now));
    }
    Ok(views)
}

pub fn server_view(
    row: ServerRow,
    protocols: Vec<MiningServerProtocolView>,
    now: DateTime<Utc>,
) -> MiningServerView {
    let status = server_status(&row, now);
    let metrics = row
        .last_heartbeat
        .and_then(timestamp)
        .map(|heartbeat| ServerMetrics {
            cpu_usage: row.cpu_usage.unwrap_or(0.0),
            memory_usage: row.memory_usage.unwrap_or(0.0),
            network_speed: row.network_speed.unwrap_or(0.0),
            active_connections: row.active_connections as i32,
            latency_ms: row.latency_ms.unwrap_or(0.0),
            last_heartbeat: heartbeat,
        });
    let accrual_start = match (row.mining_since, row.last_claim_at) {
        (Some(since), Some(claim)) => Some(since.max(claim)),
        (since, _) => since,
    };
    let rewards = match accrual_start {
        Some(start) if row.mining_enabled => {
            row.mining_rate * ((now.timestamp() - start).max(0) as f64 / 3600.0)
        }
        _ => 0.0,
    };
    MiningServerView {
        id: ID(row.id),
        host_name: row.host_name,
        public_ip: row.public_ip,
        location: row.location,
        status,
        owner_id: ID(row.owner_id),
        protocols,
        metrics,
        active_connections: row.active_connections as i32,
        token_balance: row.token_balance,
        mining_enabled: row.mining_enabled,
        mining_rate: row.mining_rate,
        performance_score: row.performance_score,
        mining: MiningInfo {
            enabled: row.mining_enabled,
            rate: row.mining_rate,
            rewards,
            last_claim_at: row.last_claim_at.and_then(timestamp),
        },
    }
}

const SECRET_KEYS: [&str; 1] = ["privateKey"];
const REDACTED: &str = "<redacted>";

fn redact(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if SECRET_KEYS.contains(&key.as_str()) {
                    *v = Value::String(REDACTED.into());
                } else {
                    redact(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact),
        _ => {}
    }
}

/// The public key of a REALITY or WireGuard endpoint: the configured one, else derived from
/// the private key.
fn public_key(protocol: ProtocolType, config: &Value) -> Option<String> {
    let engine = match protocol {
        ProtocolType::Reality => URL_SAFE_NO_PAD,
        ProtocolType::Wireguard => STANDARD,
        _ => return None,
    };
    if let Some(key) = config.get("publicKey").and_then(Value::as_str) {
        return Some(key.to_string());
    }
    let private = config.get("privateKey").and_then(Value::as_str)?;
    let bytes: [u8; 32] = engine.decode(private).ok()?.try_into().ok()?;
    let public = x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(bytes));
    Some(engine.encode(public.as_bytes()))
}

fn protocol_view(row: ProtocolRow, show_secrets: bool) -> ApiResult<MiningServerProtocolView> {
    let protocol = protocol_type(&row.protocol)?;
    let mut config: Value = serde_json::from_str(&row.config).unwrap_or(Value::Null);
    let valid =
        crate::domain::validate::validate_protocol_config(protocol.into(), row.port, &config)
            .is_ok();
    let public_key = public_key(protocol, &config);
    if !show_secrets {
        redact(&mut config);
    }
    Ok(MiningServerProtocolView {
        id: ID(row.id),
        protocol_type: protocol,
        port: row.port as i32,
        enabled: row.enabled,
        status: match (row.enabled, valid) {
            (false, _) => ProtocolStatus::Disabled,
            (true, true) => ProtocolStatus::Active,
            (true, false) => ProtocolStatus::Error,
        },
        connections: row.connections as i32,
        config_string: config.to_string(),
        public_key,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn private_keys_are_redacted_at_any_depth() {
        let mut config =
            json!({"privateKey": "abc", "peers": [{"privateKey": "x", "publicKey": "y"}]});
        redact(&mut config);
        assert_eq!(
            config,
            json!({"privateKey": REDACTED, "peers": [{"privateKey": REDACTED, "publicKey": "y"}]})
        );
    }

    #[test]
    fn public_key_is_derived_when_not_configured() {
        let secret = [7u8; 32];
        let expected = x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(secret));
        let config = json!({"privateKey": STANDARD.encode(secret)});
        assert_eq!(
            public_key(ProtocolType::Wireguard, &config),
            Some(STANDARD.encode(expected.as_bytes()))
        );
        assert_eq!(public_key(ProtocolType::Vless, &config), None);
    }
}

/// The server `id` if the caller may manage it: RSC_001 when it does not exist, AUTH_001 when
/// the caller is anonymous or neither its owner nor an admin.
pub async fn managed_server(ctx: &Context<'_>, id: &str) -> ApiResult<ServerRow> {
    let account = super::auth::require_account(ctx)?;
    let row = ctx
        .data_unchecked::<Store>()
        .server(id)
        .await?
        .ok_or_else(|| ApiError::not_found("server", id))?;
    if !ctx
        .data_opt::<Viewer>()
        .is_some_and(|v| v.owns(&row.owner_id))
    {
        return Err(ApiError::Auth(format!(
            "{} may not manage server {id}: only its owner and admins may",
            account.username
        )));
    }
    Ok(row)
}

/// The server `id` if the caller may report for it (heartbeats, connection events): its owner,
/// an admin, or an agent token issued for exactly this server. An agent token naming another
/// server is AUTH_001 before anything is looked up, so it learns nothing about other servers;
/// otherwise RSC_001 when the server does not exist, AUTH_001 when the caller may not.
pub async fn reported_server(ctx: &Context<'_>, id: &str) -> ApiResult<ServerRow> {
    let viewer = ctx.data_opt::<Viewer>().cloned().unwrap_or_default();
    match &viewer {
        Viewer::Anonymous => {
            return Err(ApiError::Auth(
                "authentication required: log in first".into(),
            ));
        }
        Viewer::Agent(agent) if agent.server_id != id => {
            return Err(ApiError::Auth(format!(
                "this agent token reports for server {} only",
                agent.server_id
            )));
        }
        Viewer::Agent(_) | Viewer::User(_) => {}
    }
    let row = ctx
        .data_unchecked::<Store>()
        .server(id)
        .await?
        .ok_or_else(|| ApiError::not_found("server", id))?;
    if !viewer.may_report_for(&row.id, &row.owner_id) {
        let who = viewer
            .account()
            .map_or("this caller", |a| a.username.as_str());
        return Err(ApiError::Auth(format!(
            "{who} may not report for server {id}: only its owner, admins and its agent tokens may"
        )));
    }
    Ok(row)
}

/// Reloads one server and renders it for the caller.
async fn reload_view(ctx: &Context<'_>, id: &str) -> ApiResult<MiningServerView> {
    let store = ctx.data_unchecked::<Store>();
    let row = store
        .server(id)
        .await?
        .ok_or_else(|| ApiError::not_found("server", id))?;
    let mut views = server_views(ctx, vec![row], Utc::now()).await?;
    views
        .pop()
        .ok_or_else(|| ApiError::Internal("server vanished while loading".into()))
}

/// Merges a settings patch into stored settings: keys with null values are removed.
fn merge_settings(stored: &str, patch: &Value) -> ApiResult<Value> {
    let Value::Object(patch) = patch else {
        return Err(ApiError::Invalid(
            "input.settings must be a JSON object".into(),
        ));
    };
    let mut merged = match serde_json::from_str::<Value>(stored) {
        Ok(Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    for (key, value) in patch {
        if value.is_null() {
            merged.remove(key);
        } else {
            merged.insert(key.clone(), value.clone());
        }
    }
    Ok(Value::Object(merged))
}

fn invalid(e: impl std::fmt::Display, field: &str) -> ApiError {
    ApiError::Invalid(format!("{field}: {e}"))
}

#[derive(Default)]
pub struct ServersMutation;

#[Object]
impl ServersMutation {
    /// Turns mining on for a server the caller owns (admins: any).
    async fn enable_mining_server(
        &self,
        ctx: &Context<'_>,
        server_id: ID,
    ) -> ApiResult<MiningServerView> {
        let row = managed_server(ctx, &server_id).await?;
        ctx.data_unchecked::<Store>()
            .set_mining_enabled(&row.id, true)
            .await?;
        reload_view(ctx, &row.id).await
    }

    /// Creates or replaces one protocol endpoint of a server, validated per protocol: VLESS
    /// client ids are UUIDs; REALITY keys are x25519 keys in unpadded base64url (43 chars),
    /// shortIds even-length hex of at most 16 chars, serverNames valid host names; WireGuard
    /// keys are 44-char padded base64; ports are 1-65535 and unique per server.
    async fn update_mining_server_protocol(
        &self,
        ctx: &Context<'_>,
        input: MiningServerProtocolInput,
    ) -> ApiResult<MiningServerProtocolView> {
        let row = managed_server(ctx, &input.server_id).await?;
        let store = ctx.data_unchecked::<Store>();
        let protocol = protocol_name(input.protocol_type);
        let port = crate::domain::validate::validate_port(i64::from(input.port))
            .map_err(|e| invalid(e, "input.port"))?;
        let endpoints = store.protocols_of(&[row.id.as_str()]).await?;
        if let Some(clash) = endpoints
            .iter()
            .find(|p| p.protocol != protocol && p.port == i64::from(port))
        {
            return Err(ApiError::Invalid(format!(
                "input.port: port {port} is already used by {} on this server",
                clash.protocol
            )));
        }
        let config = match (
            input.config,
            endpoints.iter().find(|p| p.protocol == protocol),
        ) {
            (Some(config), _) => config.0,
            (None, Some(existing)) => serde_json::from_str(&existing.config).unwrap_or(Value::Null),
            (None, None) => {
                return Err(ApiError::Invalid(format!(
                    "input.config is required: the server has no {protocol} endpoint yet"
                )));
            }
        };
        crate::domain::validate::validate_protocol_config(
            input.protocol_type.into(),
            i64::from(port),
            &config,
        )
        .map_err(|e| invalid(e, "input.config"))?;
        let new_id = format!("prt-{}", &uuid::Uuid::new_v4().simple().to_string()[..8]);
        let stored = store
            .upsert_protocol(
                &row.id,
                protocol,
                i64::from(port),
                input.enabled,
                &config.to_string(),
                &new_id,
            )
            .await?;
        protocol_view(stored, true)
    }

    /// Changes a server's identity, maintenance state or free-form settings.
    async fn update_server_configuration(
        &self,
        ctx: &Context<'_>,
        input: ServerConfigInput,
    ) -> ApiResult<ServerConfigResult> {
        let row = managed_server(ctx, &input.server_id).await?;
        let store = ctx.data_unchecked::<Store>();
        let mut changes = ServerChanges {
            maintenance: input.maintenance,
            ..ServerChanges::default()
        };
        if let Some(host) = input.host_name.map(|h| h.trim().to_lowercase()) {
            crate::domain::validate::validate_server_name(&host)
                .map_err(|e| invalid(e, "input.hostName"))?;
            if store.host_name_taken(&host, &row.id).await? {
                return Err(ApiError::Invalid(format!(
                    "input.hostName: {host} is already used by another server"
                )));
            }
            changes.host_name = Some(host);
        }
        if let Some(ip) = input.public_ip {
            let parsed: std::net::IpAddr = ip.trim().parse().map_err(|_| {
                ApiError::Invalid(format!("input.publicIp: '{ip}' is not an IP address"))
            })?;
            changes.public_ip = Some(parsed.to_string());
        }
        if let Some(location) = input.location.map(|l| l.trim().to_lowercase()) {
            if location.is_empty() || location.len() > 64 {
                return Err(ApiError::Invalid(
                    "input.location must be 1-64 characters".into(),
                ));
            }
            changes.location = Some(location);
        }
        let stored_settings = store.server_settings(&row.id).await?.unwrap_or_default();
        let settings = match &input.settings {
            Some(patch) => merge_settings(&stored_settings, &patch.0)?,
            None => {
                serde_json::from_str(&stored_settings).unwrap_or_else(|_| serde_json::json!({}))
            }
        };
        changes.settings = Some(settings.to_string());
        store.update_server(&row.id, &changes).await?;

        let view = reload_view(ctx, &row.id).await?;
        let protocols: serde_json::Map<String, Value> = view
            .protocols
            .iter()
            .filter(|p| p.enabled)
            .map(|p| {
                (
                    protocol_name(p.protocol_type).to_string(),
                    Value::from(p.port),
                )
            })
            .collect();
        let message = match view.status {
            ServerStatus::Maintenance => "configuration saved; the server is in maintenance",
            _ => "configuration saved",
        };
        Ok(ServerConfigResult {
            success: true,
            server: ServerConfigView {
                id: view.id.clone(),
                configuration: ServerConfiguration {
                    protocols: async_graphql::Json(Value::Object(protocols)),
                    mining: async_graphql::Json(serde_json::json!({
                        "enabled": view.mining_enabled,
                        "rate": view.mining_rate,
                        "rateMultiplier": row.rate_multiplier,
                    })),
                    security: async_graphql::Json(settings),
                },
                status: view.status,
                message: message.into(),
            },
        })
    }
}
