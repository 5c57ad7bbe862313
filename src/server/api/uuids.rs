//! UUIDs: validation and migration of users' VLESS/REALITY client ids (admins only).

use std::collections::{BTreeMap, HashMap};

use async_graphql::{Context, ID, Object};
use chrono::Utc;

use super::auth::require_admin;
use super::types::*;
use super::{ApiError, ApiResult};
use crate::domain::validate::validate_uuid;
use crate::server::store::Store;
use crate::server::store::uuids::{
    Checked, MAX_BATCH_SIZE, MigrationReport, MigrationRequest, NewUuids, Outcome, ProblemKind,
    Restore, Restores, UuidReport,
};

/// Most users one `restoreUserUuids` call takes (a request body holds about 9,000).
pub const MAX_RESTORES: usize = 10_000;

fn batch_size(requested: i32) -> ApiResult<usize> {
    usize::try_from(requested)
        .ok()
        .filter(|n| (1..=MAX_BATCH_SIZE).contains(n))
        .ok_or_else(|| {
            ApiError::Invalid(format!(
                "input.batchSize must be between 1 and {MAX_BATCH_SIZE}, got {requested}"
            ))
        })
}

/// The API's answer for a migration's (or a restore's) report.
fn migration_result(report: MigrationReport, dry_run: bool) -> UuidMigrationResult {
    let mut errors = Vec::new();
    let mut details = Vec::with_capacity(report.users.len());
    let mut migrated = 0;
    for user in report.users {
        if user.outcome == Outcome::Migrated {
            migrated += 1;
        }
        if let Some(reason) = user.reason {
            errors.push(MigrationError {
                user_id: ID(user.user_id.clone()),
                reason,
            });
        }
        details.push(MigrationDetail {
            user_id: ID(user.user_id),
            old_uuid: user.old_uuid,
            new_uuid: user.new_uuid,
            status: match user.outcome {
                Outcome::Planned => MigrationStatus::Planned,
                Outcome::Migrated => MigrationStatus::Migrated,
                Outcome::Failed => MigrationStatus::Failed,
                Outcome::RolledBack => MigrationStatus::RolledBack,
                Outcome::Unchanged => MigrationStatus::Unchanged,
            },
        });
    }
    UuidMigrationResult {
        success: errors.is_empty(),
        dry_run,
        migrated_count: migrated,
        errors,
        details,
    }
}

/// How many ids a recommendation's command lists before "and N more".
const LISTED_IDS: usize = 5;

/// The ids of an optional list argument; an empty list is VAL_001 (omit it to mean everyone).
fn requested_ids(name: &str, ids: Option<Vec<ID>>) -> ApiResult<Option<Vec<String>>> {
    match ids {
        Some(ids) if ids.is_empty() => Err(ApiError::Invalid(format!(
            "{name} must not be empty; omit it to mean every user"
        ))),
        Some(ids) => Ok(Some(
            ids.into_iter().map(|id| id.0.trim().to_string()).collect(),
        )),
        None => Ok(None),
    }
}

fn unknown_users(ids: Vec<String>) -> ApiError {
    let shown: Vec<String> = ids.iter().take(LISTED_IDS).cloned().collect();
    let more = ids.len().saturating_sub(LISTED_IDS);
    ApiError::NotFound(format!(
        "user{} not found: {}{}",
        if ids.len() == 1 { "" } else { "s" },
        shown.join(", "),
        if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        }
    ))
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `vpnmine uuids migrate --user A --user B ...` for (up to [`LISTED_IDS`] of) `ids`.
fn migrate_command(ids: &[&str]) -> String {
    let mut command = String::from("vpnmine uuids migrate");
    for id in ids.iter().take(LISTED_IDS) {
        command.push_str(" --user ");
        command.push_str(id);
    }
    if ids.len() > LISTED_IDS {
        command.push_str(&format!(" ... ({} more)", ids.len() - LISTED_IDS));
    }
    command
}

/// One recommendation per kind of problem found, and one for unprovisioned users.
fn recommendations(report: &UuidReport) -> Vec<UuidRecommendation> {
    let mut by_kind: BTreeMap<ProblemKind, Vec<&crate::server::store::uuids::InvalidEntry>> =
        BTreeMap::new();
    for entry in &report.invalid {
        by_kind.entry(entry.kind).or_default().push(entry);
    }
    let mut out = Vec::new();
    for (kind, entries) in by_kind {
        let n = entries.len();
        let users: Vec<&str> = entries
            .iter()
            .filter_map(|e| e.user_id.as_deref())
            .collect();
        let mut servers: Vec<&str> = entries
            .iter()
            .filter_map(|e| e.server_id.as_deref())
            .collect();
        servers.sort_unstable();
        servers.dedup();
        let shown_servers = servers
            .iter()
            .take(LISTED_IDS)
            .copied()
            .collect::<Vec<_>>()
            .join(", ")
            + &if servers.len() > LISTED_IDS {
                format!(" and {} more", servers.len() - LISTED_IDS)
            } else {
                String::new()
            };
        let action = match kind {
            ProblemKind::MalformedUserUuid => format!(
                "Give the {} new ones: {}",
                plural(
                    n,
                    "user with a malformed UUID",
                    "users with malformed UUIDs"
                ),
                migrate_command(&users)
            ),
            ProblemKind::DuplicateUserUuid => format!(
                "Migrate the {}: {}",
                plural(
                    n,
                    "user with a duplicate UUID",
                    "users with duplicate UUIDs"
                ),
                migrate_command(&users)
            ),
            ProblemKind::DanglingClient => format!(
                "Remove the {} from the configurations of servers {shown_servers}, or restore \
                 their users (updateMiningServerProtocol, `vpnmine servers protocol set`)",
                plural(
                    n,
                    "client entry that references no user",
                    "client entries that reference no user"
                ),
            ),
            ProblemKind::MalformedClient => format!(
                "Fix or remove the {} in the configurations of servers {shown_servers} \
                 (updateMiningServerProtocol, `vpnmine servers protocol set`)",
                plural(
                    n,
                    "client entry without a valid UUID",
                    "client entries without a valid UUID"
                ),
            ),
        };
        out.push(UuidRecommendation {
            action,
            affected: n as i32,
        });
    }
    if report.unprovisioned > 0 {
        out.push(UuidRecommendation {
            action: format!(
                "Not an error: {} in no VLESS/REALITY configuration and cannot connect \
                 with those protocols until an operator provisions them on a server",
                plural(report.unprovisioned, "user appears", "users appear")
            ),
            affected: report.unprovisioned as i32,
        });
    }
    out
}

#[derive(Default)]
pub struct UuidsMutation;

#[Object]
impl UuidsMutation {
    /// Checks users' VLESS/REALITY UUIDs: well-formed (hyphenated, not nil), held by one user
    /// only, and configuration client entries (`clients[].id` of VLESS and REALITY endpoints)
    /// that are malformed or reference no user (entries with `userId` null and `serverId` set).
    /// A user that no configuration references is not an error (most users are not provisioned
    /// on every server, or on any yet); a recommendation counts them. Admins only.
    /// Decision: optional `userIds` limits the check to those users (their format, and
    /// duplicates against every user; unknown ids are RSC_001), and then configuration entries
    /// are not checked, since they belong to no particular user. One recommendation per kind of
    /// problem found says what to do.
    async fn validate_user_uuids(
        &self,
        ctx: &Context<'_>,
        user_ids: Option<Vec<ID>>,
    ) -> ApiResult<UuidValidationResult> {
        require_admin(ctx)?;
        let ids = requested_ids("userIds", user_ids)?;
        let report = match ctx
            .data_unchecked::<Store>()
            .validate_uuids(ids.as_deref())
            .await?
        {
            Checked::Done(report) => report,
            Checked::UnknownUsers(unknown) => return Err(unknown_users(unknown)),
        };
        let recommendations = recommendations(&report);
        Ok(UuidValidationResult {
            success: report.invalid.is_empty(),
            validated_count: report.validated as i32,
            invalid_entries: report
                .invalid
                .into_iter()
                .map(|e| InvalidUuidEntry {
                    user_id: e.user_id.map(ID),
                    uuid: e.uuid,
                    reason: e.reason,
                    server_id: e.server_id.map(ID),
                })
                .collect(),
            recommendations,
        })
    }

    /// Gives users new UUIDs (random, v4) and rewrites every VLESS/REALITY configuration that
    /// references them, in batches of `batchSize` users (1-10000). Each batch is one transaction:
    /// back up the old UUIDs (the server's `uuid_migrations` table), set the new ones, rewrite
    /// the configurations, validate (new UUIDs well-formed and unique, no rewritten
    /// configuration gaining a problem), or roll back. A crash at any moment leaves each user
    /// either migrated everywhere or untouched. Admins only.
    /// Decision: a failed batch is rolled back (its users FAILED, or ROLLED_BACK when another
    /// user of the batch failed, with `errors`) and the migration goes on with the next batch;
    /// rerun those users with `userIds`. Each call is recorded as a migration; one interrupted
    /// before it answered (the server died) is resumed by the next call for the same users
    /// (every user, or the same `userIds`): users it already migrated are reported MIGRATED
    /// with the UUIDs they got and are not migrated again. A call after a completed migration
    /// gives everyone new UUIDs again. `dryRun` changes nothing and reports PLANNED with the
    /// would-be UUIDs (or the failures a real run would meet). `migratedCount` counts MIGRATED.
    /// When a configuration entry's UUID is also held by a user not being migrated, the entry
    /// stays and an entry with the new UUID is added.
    /// Migrations run one at a time: a second call waits for the first to finish.
    async fn migrate_user_uuids(
        &self,
        ctx: &Context<'_>,
        input: Option<MigrateUuidsInput>,
    ) -> ApiResult<UuidMigrationResult> {
        require_admin(ctx)?;
        let input = input.unwrap_or(MigrateUuidsInput {
            user_ids: None,
            dry_run: false,
            batch_size: 500,
        });
        let batch_size = batch_size(input.batch_size)?;
        let ids = requested_ids("input.userIds", input.user_ids)?;
        let request = MigrationRequest {
            user_ids: ids.as_deref(),
            dry_run: input.dry_run,
            batch_size,
            now: Utc::now().timestamp(),
        };
        let mut generate = || uuid::Uuid::new_v4().to_string();
        match ctx
            .data_unchecked::<Store>()
            .migrate_uuids(&request, NewUuids::Generated(&mut generate))
            .await?
        {
            Checked::Done(report) => Ok(migration_result(report, input.dry_run)),
            Checked::UnknownUsers(unknown) => Err(unknown_users(unknown)),
        }
    }

    /// Gives users back the UUIDs a migration took from them, from its report read backwards:
    /// each user moves from `currentUuid` to `restoreUuid`, and every VLESS/REALITY
    /// configuration referencing the current one is rewritten, in batches inside transactions
    /// exactly as `migrateUserUuids` does (backup rows, validation, all or nothing per batch,
    /// resumable). Admins only.
    /// Decisions: a user already holding `restoreUuid` is UNCHANGED, so a rerun after a
    /// failure finishes the job; a user holding neither is left alone (FAILED), because
    /// someone changed it after the report. At most 10000 users a call; larger reports are
    /// sent in several calls (`vpnmine uuids rollback` does).
    async fn restore_user_uuids(
        &self,
        ctx: &Context<'_>,
        input: RestoreUuidsInput,
    ) -> ApiResult<UuidMigrationResult> {
        require_admin(ctx)?;
        let batch_size = batch_size(input.batch_size)?;
        if input.users.is_empty() || input.users.len() > MAX_RESTORES {
            return Err(ApiError::Invalid(format!(
                "input.users must list 1-{MAX_RESTORES} users, got {}",
                input.users.len()
            )));
        }
        let mut ids = Vec::with_capacity(input.users.len());
        let mut restores = HashMap::with_capacity(input.users.len());
        for (i, user) in input.users.into_iter().enumerate() {
            let id = user.user_id.0.trim().to_string();
            // A malformed restoreUuid is refused per user (it may be why they were migrated).
            validate_uuid(&user.current_uuid).map_err(|e| {
                ApiError::Invalid(format!("input.users[{i}].currentUuid ({id}): {e}"))
            })?;
            let restore = Restore {
                current: user.current_uuid,
                uuid: user.restore_uuid,
            };
            if restores.insert(id.clone(), restore).is_some() {
                return Err(ApiError::Invalid(format!("input.users lists {id} twice")));
            }
            ids.push(id);
        }
        let restores = Restores::new(restores);
        let request = MigrationRequest {
            user_ids: Some(&ids),
            dry_run: input.dry_run,
            batch_size,
            now: Utc::now().timestamp(),
        };
        match ctx
            .data_unchecked::<Store>()
            .migrate_uuids(&request, NewUuids::Restored(&restores))
            .await?
        {
            Checked::Done(report) => Ok(migration_result(report, input.dry_run)),
            Checked::UnknownUsers(unknown) => Err(unknown_users(unknown)),
        }
    }
}
