//! The audit trail: every executed mutation, whichever transport carried it (HTTP or a
//! WebSocket) and whichever resolver ran it, is recorded in one place, here: who made it,
//! which root field, the ids it targeted, the request id, the outcome and when.
//!
//! Decisions:
//! - Only arguments whose schema type is `ID` (at any depth of input objects) are kept, as the
//!   target ids. Everything else (passwords, tokens, private keys, configuration blobs, free
//!   text) never reaches the trail, whatever a future mutation's arguments are called; JSON
//!   scalars are not looked into, so ids inside a configuration blob (VLESS client ids, which
//!   are credentials) stay out too.
//! - `reportMetrics` (agents' heartbeats, every few seconds per server) is not a change anyone
//!   made and would drown the trail; `authenticate` is anonymous by nature and already recorded
//!   with its outcome in `auth_events` (part of the AUDIT_LOG export). Other anonymous
//!   mutations (`refreshToken`, `revokeToken` with a token in hand) are recorded with no
//!   account.
//! - Every text is capped, so that an attacker cannot grow a row: ids to 64 characters (and
//!   control characters replaced), at most 20 of them, error codes to 16.
//! - The row is written after the mutation ran. A failure to write it is logged, not returned:
//!   the change has happened, and answering an error would invite a retry of it.

use std::sync::{Arc, Mutex};

use async_graphql::parser::types::Field;
use async_graphql::registry::{MetaType, MetaTypeName, Registry};
use async_graphql::{Context, ID, Object, ServerError, ServerResult, Value, Variables};

use super::auth::require_admin;
use super::servers::MAX_PAGE_SIZE;
use super::types::{AuditEntry, AuditLogFilter, AuditLogPage, PageInfo, PaginationInput};
use super::{ApiError, ApiResult, Viewer};
use crate::server::request_id::RequestId;
use crate::server::store::Store;
use crate::server::store::audit::{AuditFilter, AuditRow, NewAuditEntry};

/// Root mutation fields that are not audited (see the module's decisions).
pub const NOT_AUDITED: [&str; 2] = ["reportMetrics", "authenticate"];
/// The result of a mutation that succeeded.
pub const OK: &str = "OK";
/// Most target ids kept per row.
pub const MAX_TARGETS: usize = 20;
/// Longest target id kept, in characters; longer ones are cut and end in '…'.
pub const MAX_ID_CHARS: usize = 64;
const MAX_CODE_CHARS: usize = 16;
/// The name of the root mutation type.
const MUTATION: &str = "Mutation";

/// Ids a mutation made (a new withdrawal's), which no argument can name: the resolver adds
/// them with [`add_created_id`] and the trail records them after the argument ids. Every
/// request has its own (see `execution`); mutations of one request run one after another, so
/// each row takes what its own mutation added.
#[derive(Default)]
pub struct CreatedIds(Mutex<Vec<String>>);

/// Records `id` as a target of the root mutation being resolved.
pub fn add_created_id(ctx: &Context<'_>, id: &str) {
    if let Some(created) = ctx.data_opt::<Arc<CreatedIds>>()
        && let Ok(mut ids) = created.0.lock()
    {
        ids.push(cap(id, MAX_ID_CHARS));
    }
}

/// Runs `resolve`, the resolver of the root mutation field `ctx` is at, and records it in the
/// trail with its outcome, unless it is one of [`NOT_AUDITED`].
pub async fn audited(
    ctx: &Context<'_>,
    resolve: impl Future<Output = ServerResult<Option<Value>>>,
) -> ServerResult<Option<Value>> {
    let field = &ctx.item.node;
    let operation = field.name.node.as_str();
    if NOT_AUDITED.contains(&operation) {
        return resolve.await;
    }
    let mut targets = target_ids(&ctx.schema_env.registry, field, &ctx.query_env.variables);
    let result = resolve.await;
    if let Some(created) = ctx.data_opt::<Arc<CreatedIds>>()
        && let Ok(mut created) = created.0.lock()
    {
        let room = MAX_TARGETS.saturating_sub(targets.len());
        targets.extend(created.drain(..).take(room));
    }
    record(ctx, operation, &targets, &result).await;
    result
}

/// The values of the root mutation field's `ID` arguments, in argument order.
fn target_ids(registry: &Registry, field: &Field, variables: &Variables) -> Vec<String> {
    let Some(declared) = registry
        .types
        .get(MUTATION)
        .and_then(|ty| ty.field_by_name(field.name.node.as_str()))
    else {
        return Vec::new();
    };
    let mut ids = Vec::new();
    for (name, value) in &field.arguments {
        let Some(argument) = declared.args.get(name.node.as_str()) else {
            continue;
        };
        // An unknown variable is a validation error reported elsewhere; it has no id.
        let Ok(value) = value
            .node
            .clone()
            .into_const_with(|var| variables.get(&var).cloned().ok_or(()))
        else {
            continue;
        };
        collect_ids(registry, &argument.ty, &value, &mut ids);
    }
    ids
}

/// Appends the ids in `value`, a value of schema type `ty`: `ID`s themselves, and the `ID`
/// fields of input objects, in lists at any depth. Stops at [`MAX_TARGETS`].
fn collect_ids(registry: &Registry, ty: &str, value: &Value, out: &mut Vec<String>) {
    if out.len() >= MAX_TARGETS {
        return;
    }
    let concrete = MetaTypeName::concrete_typename(ty);
    match value {
        Value::List(items) => {
            for item in items {
                collect_ids(registry, ty, item, out);
            }
        }
        Value::String(id) if concrete == "ID" => out.push(cap(id, MAX_ID_CHARS)),
        Value::Number(id) if concrete == "ID" => out.push(id.to_string()),
        Value::Object(fields) => {
            if let Some(MetaType::InputObject { input_fields, .. }) = registry.types.get(concrete) {
                for (name, field_value) in fields {
                    if let Some(field) = input_fields.get(name.as_str()) {
                        collect_ids(registry, &field.ty, field_value, out);
                    }
                }
            }
        }
        _ => {}
    }
}

/// At most `max` characters of `text`, control characters replaced: safe to show in a table.
fn cap(text: &str, max: usize) -> String {
    let clean = text
        .chars()
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c });
    if text.chars().count() <= max {
        clean.collect()
    } else {
        clean.take(max - 1).chain(['…']).collect()
    }
}

/// The code a mutation failed with (`extensions.code`), or [`OK`].
fn outcome(result: &ServerResult<Option<Value>>) -> String {
    let Err(error) = result else {
        return OK.to_string();
    };
    match error_code(error) {
        Some(code) => cap(code, MAX_CODE_CHARS),
        None => "ERROR".to_string(),
    }
}

fn error_code(error: &ServerError) -> Option<&str> {
    match error.extensions.as_ref()?.get("code")? {
        Value::String(code) => Some(code),
        _ => None,
    }
}

async fn record(
    ctx: &Context<'_>,
    operation: &str,
    targets: &[String],
    result: &ServerResult<Option<Value>>,
) {
    let Some(store) = ctx.data_opt::<Store>() else {
        return;
    };
    // An agent acts for its server's owner, under its own token: the row names both, so a
    // leaked token can be traced and revoked.
    let (account_id, username) = match ctx.data_opt::<Viewer>() {
        Some(Viewer::User(account)) => (Some(account.id.clone()), Some(account.username.clone())),
        Some(Viewer::Agent(agent)) => (
            Some(agent.owner_id.clone()),
            Some(format!("agent:{}", agent.token_id)),
        ),
        Some(Viewer::Anonymous) | None => (None, None),
    };
    let target_ids = serde_json::to_string(targets).unwrap_or_else(|_| "[]".into());
    let result = outcome(result);
    let entry = NewAuditEntry {
        created_at: chrono::Utc::now().timestamp(),
        account_id: account_id.as_deref(),
        username: username.as_deref(),
        operation,
        target_ids: &target_ids,
        request_id: ctx.data_opt::<RequestId>().map(RequestId::as_str),
        result: &result,
    };
    if let Err(error) = store.record_audit(&entry).await {
        tracing::error!(%error, operation, "could not write the audit row of a mutation");
    }
}

/// Longest `user` or `operation` filter accepted, in characters.
const MAX_FILTER_CHARS: usize = 64;

#[derive(Default)]
pub struct AuditQuery;

#[Object]
impl AuditQuery {
    /// The audit log of mutations: every mutation made on the platform except agents'
    /// heartbeats (`reportMetrics`) and logins (`authenticate`, counted by `securityMetrics`
    /// and exported with AUDIT_LOG), newest first. Admins only. `pagination.sort` is ignored.
    async fn audit_log(
        &self,
        ctx: &Context<'_>,
        filter: Option<AuditLogFilter>,
        pagination: Option<PaginationInput>,
    ) -> ApiResult<AuditLogPage> {
        require_admin(ctx)?;
        let filter = filter.unwrap_or_default();
        let (page, size) = pagination.map_or((1, 20), |p| (p.page, p.size));
        if page < 1 || !(1..=MAX_PAGE_SIZE).contains(&size) {
            return Err(ApiError::Invalid(format!(
                "pagination needs page >= 1 and size 1-{MAX_PAGE_SIZE}, got page {page} size {size}"
            )));
        }
        if let (Some(from), Some(to)) = (filter.from, filter.to)
            && from > to
        {
            return Err(ApiError::Invalid(format!(
                "from ({}) must not be after to ({})",
                from.to_rfc3339(),
                to.to_rfc3339()
            )));
        }
        for (name, value) in [("user", &filter.user), ("operation", &filter.operation)] {
            if value
                .as_ref()
                .is_some_and(|v| v.chars().count() > MAX_FILTER_CHARS)
            {
                return Err(ApiError::Invalid(format!(
                    "filter.{name} must be at most {MAX_FILTER_CHARS} characters"
                )));
            }
        }
        let query = AuditFilter {
            from: filter.from.map(|t| t.timestamp()),
            to: filter.to.map(|t| t.timestamp()),
            user: filter.user.as_deref().map(str::trim),
            operation: filter.operation.as_deref().map(str::trim),
        };
        let (size64, offset) = (i64::from(size), (i64::from(page) - 1) * i64::from(size));
        let store = ctx.data_unchecked::<Store>();
        let (rows, total) = store.audit_log(&query, size64, offset).await?;
        let total_pages = ((total + size64 - 1) / size64) as i32;
        Ok(AuditLogPage {
            items: rows.into_iter().map(audit_entry).collect(),
            page_info: PageInfo {
                total_items: i32::try_from(total).unwrap_or(i32::MAX),
                total_pages,
                current_page: page,
                page_size: size,
                has_next: page < total_pages,
                has_previous: page > 1,
            },
        })
    }
}

fn audit_entry(row: AuditRow) -> AuditEntry {
    AuditEntry {
        id: ID(row.id.to_string()),
        timestamp: chrono::DateTime::from_timestamp(row.created_at, 0).unwrap_or_default(),
        user_id: row.account_id.map(ID),
        username: row.username,
        operation: row.operation,
        target_ids: serde_json::from_str(&row.target_ids).unwrap_or_default(),
        request_id: row.request_id,
        result: row.result,
    }
}

#[cfg(test)]
mod tests {
    use async_graphql::Request;
    use serde_json::json;

    use super::*;
    use crate::server::api::types::{Role, UserType};
    use crate::server::api::{Account, ApiSchema, build_schema};
    use crate::server::store::IN_MEMORY;

    const PRIVATE_KEY: &str = "aGVsbG8tdGhpcy1pcy1hLXNlY3JldC1rZXktMzJieXRlcw";
    const CLIENT_UUID: &str = "6ba85179-e30d-4fc2-9a1b-0123456789ab";
    const TOKEN: &str = "vpm_at_0123456789abcdef0123456789abcdef";

    /// An operator owning srv-1, and a schema over the store.
    async fn schema() -> (ApiSchema, Store) {
        let store = Store::open(IN_MEMORY).await.unwrap();
        for sql in [
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) \
             VALUES ('usr-op', 'olga', '!', 'OPERATOR', 'FREE', 'u', 0)",
            "INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) \
             VALUES ('srv-1', 'usr-op', 'one.example.net', '192.0.2.1', 'eu-west', 0)",
        ] {
            sqlx::query(sql).execute(store.pool()).await.unwrap();
        }
        (build_schema(store.clone()), store)
    }

    fn operator() -> Viewer {
        Viewer::User(Account {
            id: "usr-op".into(),
            username: "olga".into(),
            role: Role::Operator,
            user_type: UserType::Free,
        })
    }

    async fn run(schema: &ApiSchema, viewer: Viewer, query: &str, variables: serde_json::Value) {
        let request = Request::new(query)
            .variables(Variables::from_json(variables))
            .data(viewer)
            .data(RequestId::from_incoming(Some("req-42")));
        schema.execute(request).await;
    }

    async fn rows(store: &Store) -> Vec<AuditRow> {
        let (rows, _) = store
            .audit_log(&AuditFilter::default(), 100, 0)
            .await
            .unwrap();
        rows.into_iter().rev().collect()
    }

    #[tokio::test]
    async fn every_mutation_is_recorded_once_with_its_ids_and_request_id_and_no_secret() {
        let (schema, store) = schema().await;
        let protocol = "mutation($input: MiningServerProtocolInput!) { \
            updateMiningServerProtocol(input: $input) { id } }";
        let config = json!({
            "privateKey": PRIVATE_KEY,
            "shortIds": ["ab"],
            "serverNames": ["example.com"],
            "clients": [{ "id": CLIENT_UUID }],
        });
        run(
            &schema,
            operator(),
            protocol,
            json!({ "input": {
                "serverId": "srv-1", "type": "REALITY", "port": 443, "enabled": true,
                "config": config,
            }}),
        )
        .await;
        // Two root fields, one of them failing: two rows, each with its own outcome.
        run(
            &schema,
            operator(),
            "mutation { a: enableMiningServer(serverId: \"srv-1\") { id } \
             b: enableMiningServer(serverId: \"srv-nope\") { id } }",
            json!({}),
        )
        .await;
        run(
            &schema,
            operator(),
            "mutation($t: String) { revokeToken(token: $t) { success } }",
            json!({ "t": TOKEN }),
        )
        .await;
        run(
            &schema,
            Viewer::Anonymous,
            "mutation { revokeToken(token: \"vpm_rt_whatever\") { success } }",
            json!({}),
        )
        .await;
        // Not audited: logins (auth_events has them), heartbeats and queries.
        run(
            &schema,
            Viewer::Anonymous,
            "mutation { authenticate(username: \"olga\", password: \"hunter2-secret\") { accessToken } }",
            json!({}),
        )
        .await;
        run(
            &schema,
            operator(),
            "mutation { reportMetrics(input: {serverId: \"srv-1\", cpuUsage: 1, memoryUsage: 1, \
             networkIn: 1, networkOut: 1, activeConnections: 1, latencyMs: 1}) { serverId } }",
            json!({}),
        )
        .await;
        run(&schema, operator(), "{ me { id } }", json!({})).await;

        let rows = rows(&store).await;
        let summary: Vec<(Option<&str>, &str, &str, &str)> = rows
            .iter()
            .map(|r| {
                (
                    r.username.as_deref(),
                    r.operation.as_str(),
                    r.target_ids.as_str(),
                    r.result.as_str(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                // Refused (not an x25519 key): its arguments stay out all the same.
                (
                    Some("olga"),
                    "updateMiningServerProtocol",
                    "[\"srv-1\"]",
                    "VAL_001"
                ),
                (Some("olga"), "enableMiningServer", "[\"srv-1\"]", "OK"),
                (
                    Some("olga"),
                    "enableMiningServer",
                    "[\"srv-nope\"]",
                    "RSC_001"
                ),
                (Some("olga"), "revokeToken", "[]", "RSC_001"),
                (None, "revokeToken", "[]", "RSC_001"),
            ]
        );
        for row in &rows {
            assert_eq!(row.request_id.as_deref(), Some("req-42"));
            let text = format!("{row:?}");
            for secret in [
                PRIVATE_KEY,
                CLIENT_UUID,
                TOKEN,
                "vpm_rt_whatever",
                "hunter2",
            ] {
                assert!(!text.contains(secret), "{secret} in {text}");
            }
        }
        assert_eq!(rows[0].account_id.as_deref(), Some("usr-op"));
        assert_eq!(rows[4].account_id, None);
    }

    #[tokio::test]
    async fn attacker_sized_ids_are_capped() {
        let (schema, store) = schema().await;
        let long = "s".repeat(100_000);
        let many: Vec<String> = (0..1_000).map(|i| format!("usr-{i}")).collect();
        run(
            &schema,
            operator(),
            "mutation($id: ID!) { enableMiningServer(serverId: $id) { id } }",
            json!({ "id": long }),
        )
        .await;
        run(
            &schema,
            operator(),
            "mutation($ids: [ID!]) { validateUserUuids(userIds: $ids) { success } }",
            json!({ "ids": many }),
        )
        .await;
        let rows = rows(&store).await;
        assert_eq!(rows.len(), 2);
        let ids: Vec<Vec<String>> = rows
            .iter()
            .map(|r| serde_json::from_str(&r.target_ids).unwrap())
            .collect();
        assert_eq!(ids[0].len(), 1);
        assert_eq!(ids[0][0].chars().count(), MAX_ID_CHARS);
        assert_eq!(ids[1].len(), MAX_TARGETS);
        assert_eq!(ids[1][0], "usr-0");
    }

    #[test]
    fn long_and_unprintable_ids_are_capped() {
        assert_eq!(cap("srv-1", MAX_ID_CHARS), "srv-1");
        let long = "x".repeat(10_000);
        let capped = cap(&long, MAX_ID_CHARS);
        assert_eq!(capped.chars().count(), MAX_ID_CHARS);
        assert!(capped.ends_with('…'));
        assert_eq!(cap("a\nb\u{1b}[2J", 64), "a\u{FFFD}b\u{FFFD}[2J");
    }
}
