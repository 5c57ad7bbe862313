//! Server directory: listing, filtering, sorting and the per-server views.

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use serde_json::Value;

use super::types::*;
use super::{ApiError, ApiResult, Viewer};
use crate::domain::client_config::{ClientConfigError, Endpoint, client_config};
use crate::domain::validate::{
    validate_capacity, validate_host_name, validate_location, validate_public_ip, validate_uuid,
};
use crate::server::store::Store;
use crate::server::store::servers::{
    DEGRADED_LOAD_PERCENT, HEARTBEAT_TIMEOUT_SECS, NewServer, ProtocolRow, ServerChanges,
    ServerQuery, ServerRow, SortField, StatusFilter,
};

/// Largest page `miningServers` (and every paginated list) serves.
pub const MAX_PAGE_SIZE: i32 = crate::domain::LARGEST_PAGE;

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

    /// A server's protocol endpoints, whatever its status (decommissioned ones too). Secrets
    /// (private keys, pre-shared keys, passwords, anything named secret) are redacted unless
    /// `reveal` is true, which only the server's owner and admins may ask (AUTH_001 for others).
    async fn server_protocols(
        &self,
        ctx: &Context<'_>,
        server_id: ID,
        #[graphql(default = false)] reveal: bool,
    ) -> ApiResult<Vec<MiningServerProtocolView>> {
        let store = ctx.data_unchecked::<Store>();
        let row = store
            .server(&server_id)
            .await?
            .ok_or_else(|| ApiError::not_found("server", &server_id))?;
        let viewer = ctx.data_opt::<Viewer>().cloned().unwrap_or_default();
        if reveal && !viewer.owns(&row.owner_id) {
            return Err(ApiError::Auth(format!(
                "reveal: only the owner of {} and admins may see its secrets",
                row.id
            )));
        }
        store
            .protocols_of(&[row.id.as_str()])
            .await?
            .into_iter()
            .map(|p| protocol_view(p, reveal))
            .collect()
    }

    /// A user's client configuration for one endpoint of a server: the `vless://` share link
    /// for VLESS and REALITY (with the REALITY public key, short id, SNI, fingerprint and
    /// flow), a wg-quick config for WireGuard. Built with the user's VPN UUID and the server's
    /// host name. Users fetch their own; the server's owner and admins fetch anyone's. The
    /// endpoint must be enabled and the server in service; OPENCONNECT has none (VAL_001).
    async fn client_config(
        &self,
        ctx: &Context<'_>,
        server_id: ID,
        #[graphql(name = "type")] protocol_type: ProtocolType,
        user_id: ID,
    ) -> ApiResult<ClientConfigView> {
        let account = super::auth::require_account(ctx)?;
        let store = ctx.data_unchecked::<Store>();
        let row = store
            .server(&server_id)
            .await?
            .ok_or_else(|| ApiError::not_found("server", &server_id))?;
        let viewer = ctx.data_opt::<Viewer>().cloned().unwrap_or_default();
        if account.id != user_id.0 && !viewer.owns(&row.owner_id) {
            return Err(ApiError::Auth(format!(
                "{} may fetch only their own client config: the owner of {} and admins fetch anyone's",
                account.username, row.id
            )));
        }
        in_service(&row)?;
        let (uuid, active) = store
            .vpn_uuid_of(&user_id)
            .await?
            .ok_or_else(|| ApiError::not_found("user", &user_id))?;
        if !active {
            return Err(ApiError::Invalid(format!(
                "userId: account {} is disabled or deleted",
                user_id.0
            )));
        }
        let uuid = validate_uuid(&uuid)
            .map_err(|_| ApiError::Internal(format!("user {} has no valid VPN UUID", user_id.0)))?;
        let protocol = protocol_name(protocol_type);
        let endpoint = store
            .protocols_of(&[row.id.as_str()])
            .await?
            .into_iter()
            .find(|p| p.protocol == protocol)
            .ok_or_else(|| {
                ApiError::NotFound(format!("server {} has no {protocol} endpoint", row.id))
            })?;
        if !endpoint.enabled {
            return Err(ApiError::Invalid(format!(
                "the {protocol} endpoint of {} is disabled",
                row.id
            )));
        }
        let port = u16::try_from(endpoint.port)
            .map_err(|_| ApiError::Internal(format!("bad port stored for {}", row.id)))?;
        let config: Value = serde_json::from_str(&endpoint.config).unwrap_or(Value::Null);
        let name = format!("{} {protocol}", row.host_name);
        let built = client_config(
            protocol_type.into(),
            &config,
            &uuid,
            &Endpoint {
                host: &row.host_name,
                port,
                name: &name,
            },
        )
        .map_err(|e| match e {
            ClientConfigError::Unsupported(_) => invalid(e, "type"),
            other => ApiError::Invalid(other.to_string()),
        })?;
        Ok(ClientConfigView {
            server_id: ID(row.id),
            user_id,
            protocol_type,
            format: match protocol_type {
                ProtocolType::Wireguard => ClientConfigFormat::WireguardConfig,
                _ => ClientConfigFormat::ShareLink,
            },
            content: built.content,
            client_listed: built.client_listed,
        })
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
            ServerStatus::Decommissioned => StatusFilter::Decommissioned,
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

/// [`managed_server`] for a change: the server must also be in service ([`in_service`]).
pub async fn managed_server_in_service(ctx: &Context<'_>, id: &str) -> ApiResult<ServerRow> {
    let row = managed_server(ctx, id).await?;
    in_service(&row)?;
    Ok(row)
}

/// Refuses (VAL_001) changes to a decommissioned server: it keeps its history and takes
/// nothing new.
pub fn in_service(row: &ServerRow) -> ApiResult<()> {
    match row.decommissioned_at.and_then(timestamp) {
        Some(at) => Err(ApiError::Invalid(format!(
            "server {} was decommissioned on {}: it takes no heartbeats, claims, mining or changes",
            row.id,
            at.format("%Y-%m-%d %H:%M UTC")
        ))),
        None => Ok(()),
    }
}

/// The status a server's stored facts mean at `now`. The store's status filter encodes the
/// same rule in SQL.
pub fn server_status(row: &ServerRow, now: DateTime<Utc>) -> ServerStatus {
    let fresh = row
        .last_heartbeat
        .is_some_and(|t| t >= now.timestamp() - HEARTBEAT_TIMEOUT_SECS);
    let overloaded = row.cpu_usage.unwrap_or(0.0) > DEGRADED_LOAD_PERCENT
        || row.memory_usage.unwrap_or(0.0) > DEGRADED_LOAD_PERCENT;
    if row.decommissioned_at.is_some() {
        return ServerStatus::Decommissioned;
    }
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
            Tokens::from_rate(row.mining_rate * ((now.timestamp() - start).max(0) as f64 / 3600.0))
                .unwrap_or_default()
        }
        _ => Tokens::ZERO,
    };
    MiningServerView {
        capacity: i32::try_from(row.capacity).unwrap_or(i32::MAX),
        decommissioned_at: row.decommissioned_at.and_then(timestamp),
        id: ID(row.id),
        host_name: row.host_name,
        public_ip: row.public_ip,
        location: row.location,
        status,
        owner_id: ID(row.owner_id),
        protocols,
        metrics,
        active_connections: row.active_connections as i32,
        token_balance_exact: row.token_balance,
        mining_enabled: row.mining_enabled,
        mining_rate: row.mining_rate,
        performance_score: row.performance_score,
        mining: MiningInfo {
            enabled: row.mining_enabled,
            rate: row.mining_rate,
            rewards_exact: rewards,
            last_claim_at: row.last_claim_at.and_then(timestamp),
        },
    }
}

fn protocol_view(row: ProtocolRow, show_secrets: bool) -> ApiResult<MiningServerProtocolView> {
    Ok(MiningServerProtocolView::new(
        ID(row.id),
        protocol_type(&row.protocol)?,
        row.port as i32,
        row.enabled,
        row.connections as i32,
        row.config,
        show_secrets,
    ))
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

/// A host name for `server` (`None`: a new one) that no other server uses, or VAL_001.
async fn free_host_name(store: &Store, input: &str, server: Option<&str>) -> ApiResult<String> {
    let host = validate_host_name(input).map_err(|e| invalid(e, "input.hostName"))?;
    if store.host_name_taken(&host, server.unwrap_or("")).await? {
        return Err(ApiError::Invalid(format!(
            "input.hostName: {host} is already used by another server (decommissioned servers keep theirs)"
        )));
    }
    Ok(host)
}

/// Stores `changes`; a host name taken by a concurrent request between the check and the
/// write is the same VAL_001 as one taken before.
async fn store_changes(store: &Store, server: &str, changes: &ServerChanges) -> ApiResult<()> {
    match store.update_server(server, changes).await {
        Err(e) if e.is_unique_violation() => Err(ApiError::Invalid(format!(
            "input.hostName: {} is already used by another server",
            changes.host_name.as_deref().unwrap_or_default()
        ))),
        other => Ok(other?),
    }
}

/// The identity changes of `updateServer` and `updateServerConfiguration`, validated.
async fn identity_changes(
    store: &Store,
    server: &str,
    host_name: Option<String>,
    public_ip: Option<String>,
    location: Option<String>,
) -> ApiResult<ServerChanges> {
    let mut changes = ServerChanges::default();
    if let Some(host) = host_name {
        changes.host_name = Some(free_host_name(store, &host, Some(server)).await?);
    }
    if let Some(ip) = public_ip {
        let ip = validate_public_ip(&ip).map_err(|e| invalid(e, "input.publicIp"))?;
        changes.public_ip = Some(ip.to_string());
    }
    if let Some(location) = location {
        changes.location =
            Some(validate_location(&location).map_err(|e| invalid(e, "input.location"))?);
    }
    Ok(changes)
}

fn capacity(value: i32, field: &str) -> ApiResult<i64> {
    validate_capacity(i64::from(value))
        .map(i64::from)
        .map_err(|e| invalid(e, field))
}

/// The owner of a server being registered: the caller, or (admins only) the account named.
/// It must be an active OPERATOR or ADMIN: USER accounts own no servers.
async fn new_server_owner(ctx: &Context<'_>, owner_id: Option<ID>) -> ApiResult<String> {
    let account = super::auth::require_account(ctx)?;
    if account.role == Role::User {
        return Err(ApiError::Auth(format!(
            "{} may not register servers: only operators and admins may",
            account.username
        )));
    }
    let owner = match owner_id.map(|id| id.0.trim().to_string()) {
        None => return Ok(account.id.clone()),
        Some(id) if id == account.id => return Ok(id),
        Some(id) if id.is_empty() || id.len() > 128 => {
            return Err(ApiError::Invalid(
                "input.ownerId must be an account id of 1-128 characters".into(),
            ));
        }
        Some(id) => id,
    };
    if account.role != Role::Admin {
        return Err(ApiError::Auth(format!(
            "{} may register servers only for themselves: only admins may name another owner",
            account.username
        )));
    }
    let candidate = ctx
        .data_unchecked::<Store>()
        .owner_candidate(&owner)
        .await?
        .ok_or_else(|| ApiError::not_found("account", &owner))?;
    if !candidate.active {
        return Err(ApiError::Invalid(format!(
            "input.ownerId: account {owner} is disabled or deleted and cannot own servers"
        )));
    }
    if !matches!(candidate.role.as_str(), "OPERATOR" | "ADMIN") {
        return Err(ApiError::Invalid(format!(
            "input.ownerId: account {owner} has the role {}: only OPERATOR and ADMIN accounts own servers",
            candidate.role
        )));
    }
    Ok(owner)
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
        let row = managed_server_in_service(ctx, &server_id).await?;
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
        let row = managed_server_in_service(ctx, &input.server_id).await?;
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

    /// Registers a server. Operators register their own; admins register for any active
    /// OPERATOR or ADMIN account (`ownerId`). The host name must be free: a taken one is VAL_001
    /// and nothing is written. The server starts with no protocols, mining off, and OFFLINE
    /// until its agent's first heartbeat.
    async fn register_server(
        &self,
        ctx: &Context<'_>,
        input: RegisterServerInput,
    ) -> ApiResult<MiningServerView> {
        let owner = new_server_owner(ctx, input.owner_id).await?;
        let store = ctx.data_unchecked::<Store>();
        let host =
            validate_host_name(&input.host_name).map_err(|e| invalid(e, "input.hostName"))?;
        let ip = validate_public_ip(&input.public_ip).map_err(|e| invalid(e, "input.publicIp"))?;
        let location =
            validate_location(&input.location).map_err(|e| invalid(e, "input.location"))?;
        let capacity = capacity(input.capacity, "input.capacity")?;
        let id = format!("srv-{}", &uuid::Uuid::new_v4().simple().to_string()[..12]);
        let inserted = store
            .insert_server(&NewServer {
                id: &id,
                owner_id: &owner,
                host_name: &host,
                public_ip: &ip.to_string(),
                location: &location,
                capacity,
                now: Utc::now().timestamp(),
            })
            .await?;
        if !inserted {
            return Err(ApiError::Invalid(format!(
                "input.hostName: {host} is already used by another server (decommissioned servers keep theirs)"
            )));
        }
        reload_view(ctx, &id).await
    }

    /// Changes a server's host name, public IP, location or capacity (owner or admin). Omitted
    /// fields are unchanged; at least one is needed. A decommissioned server cannot change.
    async fn update_server(
        &self,
        ctx: &Context<'_>,
        input: UpdateServerInput,
    ) -> ApiResult<MiningServerView> {
        let row = managed_server_in_service(ctx, &input.server_id).await?;
        if input.host_name.is_none()
            && input.public_ip.is_none()
            && input.location.is_none()
            && input.capacity.is_none()
        {
            return Err(ApiError::Invalid(
                "nothing to change: give hostName, publicIp, location or capacity".into(),
            ));
        }
        let store = ctx.data_unchecked::<Store>();
        let capacity = input
            .capacity
            .map(|c| capacity(c, "input.capacity"))
            .transpose()?;
        let mut changes = identity_changes(
            store,
            &row.id,
            input.host_name,
            input.public_ip,
            input.location,
        )
        .await?;
        changes.capacity = capacity;
        store_changes(store, &row.id, &changes).await?;
        reload_view(ctx, &row.id).await
    }

    /// Retires a server (owner or admin): it stays with its metrics, sessions and ledger, shows
    /// as DECOMMISSIONED (listings hide it unless filtered by that status), its open mining
    /// activity is closed and mining turned off. Afterwards it refuses heartbeats (agents too),
    /// claims, mining and changes. Claim before: what was not claimed no longer accrues.
    /// Decommissioning twice is VAL_001.
    async fn decommission_server(
        &self,
        ctx: &Context<'_>,
        server_id: ID,
    ) -> ApiResult<MiningServerView> {
        let row = managed_server_in_service(ctx, &server_id).await?;
        let store = ctx.data_unchecked::<Store>();
        if !store
            .decommission_server(&row.id, Utc::now().timestamp())
            .await?
        {
            // Another request decommissioned it meanwhile.
            let latest = store
                .server(&row.id)
                .await?
                .ok_or_else(|| ApiError::not_found("server", &row.id))?;
            in_service(&latest)?;
        }
        reload_view(ctx, &row.id).await
    }

    /// Removes one protocol endpoint of a server (owner or admin). RSC_001 when the server has
    /// no endpoint of that type. Returns the server as it is afterwards.
    async fn remove_mining_server_protocol(
        &self,
        ctx: &Context<'_>,
        server_id: ID,
        #[graphql(name = "type")] protocol_type: ProtocolType,
    ) -> ApiResult<MiningServerView> {
        let row = managed_server_in_service(ctx, &server_id).await?;
        let store = ctx.data_unchecked::<Store>();
        let protocol = protocol_name(protocol_type);
        if !store.remove_protocol(&row.id, protocol).await? {
            return Err(ApiError::NotFound(format!(
                "server {} has no {protocol} endpoint",
                row.id
            )));
        }
        reload_view(ctx, &row.id).await
    }

    /// Changes a server's identity, maintenance state or free-form settings.
    async fn update_server_configuration(
        &self,
        ctx: &Context<'_>,
        input: ServerConfigInput,
    ) -> ApiResult<ServerConfigResult> {
        let row = managed_server_in_service(ctx, &input.server_id).await?;
        let store = ctx.data_unchecked::<Store>();
        let mut changes = identity_changes(
            store,
            &row.id,
            input.host_name,
            input.public_ip,
            input.location,
        )
        .await?;
        changes.maintenance = input.maintenance;
        let stored_settings = store.server_settings(&row.id).await?.unwrap_or_default();
        let settings = match &input.settings {
            Some(patch) => merge_settings(&stored_settings, &patch.0)?,
            None => {
                serde_json::from_str(&stored_settings).unwrap_or_else(|_| serde_json::json!({}))
            }
        };
        changes.settings = Some(settings.to_string());
        store_changes(store, &row.id, &changes).await?;

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
