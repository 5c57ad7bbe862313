//! Accounts, managed by admins: create (one, or many from an import), list, show, change role
//! and user type, disable, enable, delete, reset a password; and every account's own password
//! change.
//!
//! Decisions:
//! - Deleting is soft: the row stays (`deleted_at`), so the ledger, sessions and audit trail
//!   that name it stay whole. Its username stays reserved: the audit trail, login events and
//!   lockouts are kept by username, and a new account under an old name would inherit that
//!   history. Deleted accounts are hidden from `users` unless `filter.status` is DELETED, and
//!   cannot be changed any more.
//! - Disabling, deleting and resetting a password revoke every token of the account in the same
//!   transaction; the token lookup refuses disabled and deleted accounts on its own as well, so
//!   an open WebSocket loses them at its next token check.
//! - No change may leave the platform without an active admin (VAL_001).
//! - userType ADMIN (the admins' rate-limit class) is for the admin role only.
//! - `importUsers` takes role and userType as text, so that a spreadsheet's typo is one row's
//!   error in the report rather than a refused request. A row without a password gets a random
//!   one, returned once in the report (`generatedPassword`) and stored only as a hash.

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};

use super::auth::{RequestToken, locked_out, require_account, require_admin};
use super::servers::MAX_PAGE_SIZE;
use super::types::{PageInfo, PaginationInput, Role, Timestamp, UserType};
use super::{ApiError, ApiResult};
use crate::domain::password::{PasswordPolicy, validate_username};
use crate::server::lockout::LockoutPolicy;
use crate::server::secrets::{hash_password, verify_password};
use crate::server::store::Store;
use crate::server::store::accounts::{
    AccountChange, AccountFilter, AccountRow, AccountState, ChangeOutcome, NewAccount,
};
use crate::server::store::auth::{LoginOutcome, TokenKind};

/// Most rows one `importUsers` call takes (the CLI sends batches of this size).
pub const MAX_IMPORT_ROWS: usize = 100;
/// Longest id argument accepted, in characters.
const MAX_ID_CHARS: usize = 128;
/// Longest `filter.search`, in characters.
const MAX_SEARCH_CHARS: usize = 64;
/// Longest role or userType text of an import row, in characters.
const MAX_ENUM_CHARS: usize = 16;
/// Characters of a generated password: 64 symbols, so that a random byte maps without bias.
const GENERATED_ALPHABET: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const GENERATED_CHARS: usize = 20;

#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
pub enum AccountStatus {
    /// Can log in.
    Active,
    /// Disabled by an admin: cannot log in, its tokens were revoked; can be enabled again.
    Disabled,
    /// Deleted by an admin: kept for the ledger and history, its username stays reserved.
    Deleted,
}

/// An account as admins manage it.
#[derive(SimpleObject, Clone, Debug)]
pub struct UserAccount {
    pub id: ID,
    pub username: String,
    pub role: Role,
    pub user_type: UserType,
    /// The account's VLESS/REALITY client id.
    pub vpn_uuid: String,
    pub status: AccountStatus,
    pub created_at: Timestamp,
    pub disabled_at: Option<Timestamp>,
    pub deleted_at: Option<Timestamp>,
}

/// A page of accounts, oldest first.
#[derive(SimpleObject, Clone, Debug)]
pub struct UserAccountPage {
    pub items: Vec<UserAccount>,
    pub page_info: PageInfo,
}

/// Which accounts `users` lists; all given filters must match.
#[derive(InputObject, Clone, Debug, Default)]
pub struct UserFilter {
    pub role: Option<Role>,
    pub user_type: Option<UserType>,
    /// Omitted: active and disabled accounts (deleted ones only when asked for).
    pub status: Option<AccountStatus>,
    /// A part of the username (any case) or an exact id, up to 64 characters.
    pub search: Option<String>,
}

#[derive(InputObject, Clone, Debug)]
pub struct CreateUserInput {
    /// 1-64 ASCII letters, digits and `._-@`, starting with a letter or digit; unique without
    /// regard to case.
    pub username: String,
    /// Checked against the server's password policy.
    pub password: String,
    #[graphql(default_with = "Role::User")]
    pub role: Role,
    /// Omitted: ADMIN for the admin role, FREE otherwise.
    pub user_type: Option<UserType>,
}

/// Give at least one of `role` and `userType`.
#[derive(InputObject, Clone, Debug)]
pub struct UpdateUserInput {
    pub user_id: ID,
    pub role: Option<Role>,
    pub user_type: Option<UserType>,
}

/// An account after a change that may have revoked its tokens.
#[derive(SimpleObject, Clone, Debug)]
pub struct AccountChangeResult {
    pub user: UserAccount,
    /// Tokens (access and refresh) revoked by the change.
    pub revoked_tokens: i32,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct PasswordChangeResult {
    pub success: bool,
    pub message: String,
    /// Tokens of the account's other sessions, revoked by the change.
    pub revoked_tokens: i32,
}

/// One account to import. `role` and `userType` are the enum names in any case (USER,
/// OPERATOR, ADMIN; FREE, PREMIUM, ADMIN).
#[derive(InputObject, Clone, Debug)]
pub struct ImportUserRow {
    /// The row's number in the caller's file, echoed in the report.
    pub row: i32,
    pub username: String,
    pub role: String,
    /// Omitted or empty: ADMIN for the admin role, FREE otherwise.
    pub user_type: Option<String>,
    /// Omitted or empty: a random password is generated and reported once.
    pub password: Option<String>,
}

#[derive(Enum, Copy, Clone, Debug, Eq, PartialEq)]
pub enum ImportAction {
    /// The account was created.
    Created,
    /// An account with this username, role and user type exists: nothing to do.
    Unchanged,
    /// Would be created: a dry run, or another row of the batch failed so nothing was written.
    WouldCreate,
    /// The row is invalid or conflicts with an existing account; see `message`.
    Error,
}

#[derive(SimpleObject, Clone, Debug)]
pub struct ImportRowReport {
    pub row: i32,
    pub username: String,
    pub action: ImportAction,
    pub message: Option<String>,
    /// The account's id (created or existing).
    pub user_id: Option<ID>,
    /// The password generated for a created row that had none; shown this once.
    pub generated_password: Option<String>,
}

/// What `importUsers` did with a batch: all rows were written, or none.
#[derive(SimpleObject, Clone, Debug)]
pub struct ImportUsersResult {
    pub dry_run: bool,
    pub created: i32,
    pub unchanged: i32,
    pub failed: i32,
    /// One report per row, in the order given.
    pub rows: Vec<ImportRowReport>,
}

fn timestamp(seconds: i64) -> Timestamp {
    DateTime::from_timestamp(seconds, 0).unwrap_or_default()
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::User => "USER",
        Role::Operator => "OPERATOR",
        Role::Admin => "ADMIN",
    }
}

fn type_name(user_type: UserType) -> &'static str {
    match user_type {
        UserType::Free => "FREE",
        UserType::Premium => "PREMIUM",
        UserType::Admin => "ADMIN",
    }
}

fn parse_role(text: &str) -> Option<Role> {
    [Role::User, Role::Operator, Role::Admin]
        .into_iter()
        .find(|r| role_name(*r).eq_ignore_ascii_case(text.trim()))
}

fn parse_type(text: &str) -> Option<UserType> {
    [UserType::Free, UserType::Premium, UserType::Admin]
        .into_iter()
        .find(|t| type_name(*t).eq_ignore_ascii_case(text.trim()))
}

fn default_type(role: Role) -> UserType {
    if role == Role::Admin {
        UserType::Admin
    } else {
        UserType::Free
    }
}

/// userType ADMIN is the admins' rate-limit class.
fn check_role_and_type(role: Role, user_type: UserType) -> Result<(), String> {
    if user_type == UserType::Admin && role != Role::Admin {
        return Err(format!(
            "userType ADMIN is for the admin role only; give {} the userType FREE or PREMIUM",
            role_name(role)
        ));
    }
    Ok(())
}

pub fn account_view(row: AccountRow) -> ApiResult<UserAccount> {
    let status = if row.deleted_at.is_some() {
        AccountStatus::Deleted
    } else if row.disabled_at.is_some() {
        AccountStatus::Disabled
    } else {
        AccountStatus::Active
    };
    Ok(UserAccount {
        role: super::auth::role(&row.role)?,
        user_type: super::auth::user_type(&row.user_type)?,
        id: ID(row.id),
        username: row.username,
        vpn_uuid: row.vpn_uuid,
        status,
        created_at: timestamp(row.created_at),
        disabled_at: row.disabled_at.map(timestamp),
        deleted_at: row.deleted_at.map(timestamp),
    })
}

/// VAL_001 for an id no account can have (empty, oversized).
fn check_id(name: &str, id: &str) -> ApiResult<()> {
    if id.trim().is_empty() {
        return Err(ApiError::Invalid(format!("{name} must not be empty")));
    }
    if id.chars().count() > MAX_ID_CHARS {
        return Err(ApiError::Invalid(format!(
            "{name} must be at most {MAX_ID_CHARS} characters"
        )));
    }
    Ok(())
}

fn policy(ctx: &Context<'_>) -> PasswordPolicy {
    ctx.data_opt::<PasswordPolicy>()
        .copied()
        .unwrap_or_default()
}

async fn hash(password: String) -> ApiResult<String> {
    // argon2 is deliberately slow: keep it off the async workers.
    tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| ApiError::Internal(format!("password hashing failed: {e}")))
}

fn generate_password(username: &str, policy: &PasswordPolicy) -> String {
    use rand::RngExt as _;
    loop {
        let bytes: [u8; GENERATED_CHARS] = rand::rng().random();
        let password: String = bytes
            .iter()
            .map(|b| char::from(GENERATED_ALPHABET[usize::from(b & 63)]))
            .collect();
        // 120 random bits pass any policy but, once in a blue moon, the username rule.
        if policy.check(username, &password).is_ok() {
            return password;
        }
    }
}

/// The answer to a change: the account, or why nothing was changed.
fn changed(outcome: ChangeOutcome, id: &str) -> ApiResult<AccountChangeResult> {
    match outcome {
        ChangeOutcome::Done { account, revoked } => Ok(AccountChangeResult {
            user: account_view(account)?,
            revoked_tokens: i32::try_from(revoked).unwrap_or(i32::MAX),
        }),
        ChangeOutcome::NotFound => Err(ApiError::not_found("user", id)),
        ChangeOutcome::LastAdmin => Err(ApiError::Invalid(format!(
            "'{id}' is the last active admin: the platform would have no admin left; \
             make another account an active admin first"
        ))),
        ChangeOutcome::OwnsServers(servers) => Err(ApiError::Invalid(format!(
            "'{id}' runs {servers} server(s) in service, and users own none: decommission them \
             first"
        ))),
    }
}

async fn change(
    ctx: &Context<'_>,
    user_id: &ID,
    change: AccountChange<'_>,
) -> ApiResult<AccountChangeResult> {
    require_admin(ctx)?;
    check_id("userId", user_id)?;
    let store = ctx.data_unchecked::<Store>();
    let outcome = store
        .change_account(user_id, change, Utc::now().timestamp())
        .await?;
    changed(outcome, user_id)
}

#[derive(Default)]
pub struct AccountsQuery;

#[Object]
impl AccountsQuery {
    /// Accounts, oldest first, filtered by role, user type, status (deleted accounts only when
    /// asked for) and a search text. Admins only. `pagination.sort` is ignored.
    async fn users(
        &self,
        ctx: &Context<'_>,
        filter: Option<UserFilter>,
        pagination: Option<PaginationInput>,
    ) -> ApiResult<UserAccountPage> {
        require_admin(ctx)?;
        let filter = filter.unwrap_or_default();
        let (page, size) = pagination.map_or((1, 20), |p| (p.page, p.size));
        if page < 1 || !(1..=MAX_PAGE_SIZE).contains(&size) {
            return Err(ApiError::Invalid(format!(
                "pagination needs page >= 1 and size 1-{MAX_PAGE_SIZE}, got page {page} size {size}"
            )));
        }
        let search = filter.search.as_deref().map(str::trim);
        if search.is_some_and(|s| s.chars().count() > MAX_SEARCH_CHARS) {
            return Err(ApiError::Invalid(format!(
                "filter.search must be at most {MAX_SEARCH_CHARS} characters"
            )));
        }
        let query = AccountFilter {
            role: filter.role.map(role_name),
            user_type: filter.user_type.map(type_name),
            status: filter.status.map(|s| match s {
                AccountStatus::Active => AccountState::Active,
                AccountStatus::Disabled => AccountState::Disabled,
                AccountStatus::Deleted => AccountState::Deleted,
            }),
            search: search.filter(|s| !s.is_empty()),
        };
        let (size64, offset) = (i64::from(size), (i64::from(page) - 1) * i64::from(size));
        let store = ctx.data_unchecked::<Store>();
        let (rows, total) = store.accounts(&query, size64, offset).await?;
        let total_pages = ((total + size64 - 1) / size64) as i32;
        Ok(UserAccountPage {
            items: rows
                .into_iter()
                .map(account_view)
                .collect::<ApiResult<_>>()?,
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

    /// One account, deleted ones included. Admins only.
    async fn user(&self, ctx: &Context<'_>, id: ID) -> ApiResult<UserAccount> {
        require_admin(ctx)?;
        check_id("id", &id)?;
        let store = ctx.data_unchecked::<Store>();
        let row = store
            .account(&id)
            .await?
            .ok_or_else(|| ApiError::not_found("user", &id))?;
        account_view(row)
    }
}

#[derive(Default)]
pub struct AccountsMutation;

#[Object]
impl AccountsMutation {
    /// Creates an account with a fresh VLESS client id. Admins only. The password must pass
    /// the server's policy; a username taken by any account (deleted ones too, in any case) is
    /// VAL_001.
    async fn create_user(
        &self,
        ctx: &Context<'_>,
        input: CreateUserInput,
    ) -> ApiResult<UserAccount> {
        require_admin(ctx)?;
        let username = input.username.trim().to_string();
        validate_username(&username).map_err(ApiError::Invalid)?;
        let user_type = input.user_type.unwrap_or(default_type(input.role));
        check_role_and_type(input.role, user_type).map_err(ApiError::Invalid)?;
        policy(ctx)
            .check(&username, &input.password)
            .map_err(|e| ApiError::Invalid(e.to_string()))?;
        let store = ctx.data_unchecked::<Store>();
        let account = NewAccount {
            username,
            password_hash: hash(input.password).await?,
            role: role_name(input.role).into(),
            user_type: type_name(user_type).into(),
        };
        match store
            .create_accounts(&[account], Utc::now().timestamp())
            .await?
        {
            Ok(mut created) => account_view(
                created
                    .pop()
                    .ok_or_else(|| ApiError::Internal("no account was created".into()))?,
            ),
            Err(taken) => Err(ApiError::Invalid(format!(
                "the username '{}' is taken (deleted accounts keep theirs): choose another",
                taken.0
            ))),
        }
    }

    /// Changes an account's role and/or user type. Admins only; the last active admin cannot
    /// be demoted (VAL_001).
    async fn update_user(
        &self,
        ctx: &Context<'_>,
        input: UpdateUserInput,
    ) -> ApiResult<UserAccount> {
        require_admin(ctx)?;
        check_id("userId", &input.user_id)?;
        if input.role.is_none() && input.user_type.is_none() {
            return Err(ApiError::Invalid(
                "nothing to change: give role and/or userType".into(),
            ));
        }
        let store = ctx.data_unchecked::<Store>();
        let current = store
            .account(&input.user_id)
            .await?
            .filter(|a| a.deleted_at.is_none())
            .ok_or_else(|| ApiError::not_found("user", &input.user_id))?;
        let current = account_view(current)?;
        check_role_and_type(
            input.role.unwrap_or(current.role),
            input.user_type.unwrap_or(current.user_type),
        )
        .map_err(ApiError::Invalid)?;
        let update = AccountChange::Update {
            role: input.role.map(role_name),
            user_type: input.user_type.map(type_name),
        };
        Ok(change(ctx, &input.user_id, update).await?.user)
    }

    /// Disables an account: it cannot log in, and every token it holds is revoked at once.
    /// Admins only; the last active admin cannot be disabled (VAL_001).
    async fn disable_user(&self, ctx: &Context<'_>, user_id: ID) -> ApiResult<AccountChangeResult> {
        change(ctx, &user_id, AccountChange::Disable).await
    }

    /// Enables a disabled account again (it logs in anew). Admins only.
    async fn enable_user(&self, ctx: &Context<'_>, user_id: ID) -> ApiResult<UserAccount> {
        Ok(change(ctx, &user_id, AccountChange::Enable).await?.user)
    }

    /// Deletes an account: its tokens are revoked, it cannot log in, its username stays
    /// reserved, and its ledger, sessions and audit rows are kept. Admins only; the last active
    /// admin cannot be deleted (VAL_001); a deleted account is RSC_001 to every other change.
    async fn delete_user(&self, ctx: &Context<'_>, user_id: ID) -> ApiResult<AccountChangeResult> {
        change(ctx, &user_id, AccountChange::Delete).await
    }

    /// Sets a new password for an account (checked against the policy) and revokes its
    /// tokens, except the caller's own session when admins reset their own. Admins only.
    async fn reset_user_password(
        &self,
        ctx: &Context<'_>,
        user_id: ID,
        new_password: String,
    ) -> ApiResult<AccountChangeResult> {
        let admin = require_admin(ctx)?;
        check_id("userId", &user_id)?;
        let store = ctx.data_unchecked::<Store>();
        let target = store
            .account(&user_id)
            .await?
            .filter(|a| a.deleted_at.is_none())
            .ok_or_else(|| ApiError::not_found("user", &user_id))?;
        policy(ctx)
            .check(&target.username, &new_password)
            .map_err(|e| ApiError::Invalid(e.to_string()))?;
        let keep = if admin.id == target.id {
            current_family(ctx).await?
        } else {
            None
        };
        let hash = hash(new_password).await?;
        let change_to = AccountChange::Password {
            hash: &hash,
            keep_family: keep.as_deref(),
        };
        change(ctx, &user_id, change_to).await
    }

    /// Changes the caller's own password: the current one is required (a wrong one counts
    /// towards the login lockout and is AUTH_001), the new one must pass the policy and differ.
    /// The caller's other sessions are logged out; this one stays.
    async fn change_password(
        &self,
        ctx: &Context<'_>,
        current_password: String,
        new_password: String,
    ) -> ApiResult<PasswordChangeResult> {
        let account = require_account(ctx)?.clone();
        if current_password.is_empty()
            || current_password.chars().count() > crate::domain::password::MAX_PASSWORD_CHARS
        {
            return Err(ApiError::Invalid(format!(
                "currentPassword must be 1-{} characters",
                crate::domain::password::MAX_PASSWORD_CHARS
            )));
        }
        policy(ctx)
            .check(&account.username, &new_password)
            .map_err(|e| ApiError::Invalid(e.to_string()))?;
        if new_password == current_password {
            return Err(ApiError::Invalid(
                "the new password must differ from the current one".into(),
            ));
        }
        let store = ctx.data_unchecked::<Store>();
        let lockout = ctx.data_opt::<LockoutPolicy>().copied().unwrap_or_default();
        let now = Utc::now().timestamp();
        if lockout.is_on()
            && let Some(until) = store.locked_until(&account.username, now).await?
        {
            store
                .record_auth_attempt(&account.username, LoginOutcome::Locked, now)
                .await?;
            return Err(locked_out(until - now));
        }
        let stored = store
            .user_by_id(&account.id)
            .await?
            .map(|u| u.password_hash)
            .unwrap_or_default();
        let matches =
            tokio::task::spawn_blocking(move || verify_password(&current_password, &stored))
                .await
                .map_err(|e| ApiError::Internal(format!("password check failed: {e}")))?;
        if !matches {
            // A stolen session must not become a way round the login lockout.
            let locked = store
                .record_failed_login(&account.username, now, lockout.rule(now))
                .await?;
            return Err(match locked {
                Some(until) => locked_out(until - now),
                None => ApiError::Auth("the current password is wrong".into()),
            });
        }
        let keep = current_family(ctx).await?;
        let hash = hash(new_password).await?;
        let change_to = AccountChange::Password {
            hash: &hash,
            keep_family: keep.as_deref(),
        };
        match store.change_account(&account.id, change_to, now).await? {
            ChangeOutcome::Done { revoked, .. } => Ok(PasswordChangeResult {
                success: true,
                message: "password changed; your other sessions were logged out".into(),
                revoked_tokens: i32::try_from(revoked).unwrap_or(i32::MAX),
            }),
            ChangeOutcome::NotFound => Err(ApiError::Auth(
                "this account no longer exists; log in again".into(),
            )),
            ChangeOutcome::LastAdmin | ChangeOutcome::OwnsServers(_) => Err(ApiError::Internal(
                "a password change was refused as a change of role".into(),
            )),
        }
    }

    /// Creates many accounts: every row is validated, and the batch is written all or nothing
    /// (at most 100 rows). Rows whose username exists with the same role and user type are
    /// UNCHANGED, so a rerun is safe; any other existing username is an ERROR. With `dryRun`,
    /// nothing is written and creatable rows are WOULD_CREATE. Admins only.
    async fn import_users(
        &self,
        ctx: &Context<'_>,
        rows: Vec<ImportUserRow>,
        #[graphql(default = false)] dry_run: bool,
    ) -> ApiResult<ImportUsersResult> {
        require_admin(ctx)?;
        if rows.is_empty() {
            return Err(ApiError::Invalid("rows must not be empty".into()));
        }
        if rows.len() > MAX_IMPORT_ROWS {
            return Err(ApiError::Invalid(format!(
                "at most {MAX_IMPORT_ROWS} rows per call, got {}: send them in batches",
                rows.len()
            )));
        }
        let policy = policy(ctx);
        let store = ctx.data_unchecked::<Store>();
        let plan = plan_import(&rows, &policy);
        let names: Vec<String> = plan
            .iter()
            .filter_map(|p| p.valid.as_ref().map(|v| v.username.clone()))
            .collect();
        let existing = store.accounts_by_usernames(&names).await?;
        let mut reports = Vec::with_capacity(rows.len());
        let mut to_create = Vec::new();
        for (row, planned) in rows.iter().zip(plan) {
            let mut report = ImportRowReport {
                row: row.row,
                username: planned.username.clone(),
                action: ImportAction::Error,
                message: planned.error.clone(),
                user_id: None,
                generated_password: None,
            };
            if let Some(valid) = planned.valid {
                let found = existing
                    .iter()
                    .find(|a| a.username.eq_ignore_ascii_case(&valid.username));
                match found {
                    Some(a) if a.deleted_at.is_some() => {
                        report.message = Some(format!(
                            "the username '{}' belonged to a deleted account and stays reserved",
                            a.username
                        ));
                    }
                    Some(a)
                        if a.role == role_name(valid.role)
                            && a.user_type == type_name(valid.user_type) =>
                    {
                        report.action = ImportAction::Unchanged;
                        report.message = None;
                        report.user_id = Some(ID(a.id.clone()));
                    }
                    Some(a) => {
                        report.message = Some(format!(
                            "'{}' exists with role {} and userType {}: change it with updateUser",
                            a.username, a.role, a.user_type
                        ));
                    }
                    None => {
                        report.action = ImportAction::WouldCreate;
                        report.message = None;
                        to_create.push((reports.len(), valid));
                    }
                }
            }
            reports.push(report);
        }
        let failed = reports
            .iter()
            .filter(|r| r.action == ImportAction::Error)
            .count();
        if failed > 0 && !dry_run {
            for (index, _) in &to_create {
                reports[*index].message = Some(format!(
                    "not created: {failed} row(s) of this batch failed, so none was written"
                ));
            }
        }
        if failed == 0 && !dry_run && !to_create.is_empty() {
            let mut accounts = Vec::with_capacity(to_create.len());
            for (index, valid) in &to_create {
                let password = match &valid.password {
                    Some(p) => p.clone(),
                    None => {
                        let generated = generate_password(&valid.username, &policy);
                        reports[*index].generated_password = Some(generated.clone());
                        generated
                    }
                };
                accounts.push(NewAccount {
                    username: valid.username.clone(),
                    password_hash: hash(password).await?,
                    role: role_name(valid.role).into(),
                    user_type: type_name(valid.user_type).into(),
                });
            }
            match store
                .create_accounts(&accounts, Utc::now().timestamp())
                .await?
            {
                Ok(created) => {
                    for ((index, _), account) in to_create.iter().zip(created) {
                        reports[*index].action = ImportAction::Created;
                        reports[*index].user_id = Some(ID(account.id));
                    }
                }
                Err(taken) => {
                    return Err(ApiError::Invalid(format!(
                        "the username '{}' was taken while this batch was checked; nothing was written: run the import again",
                        taken.0
                    )));
                }
            }
        }
        let count = |action| reports.iter().filter(|r| r.action == action).count() as i32;
        Ok(ImportUsersResult {
            dry_run,
            created: count(ImportAction::Created),
            unchanged: count(ImportAction::Unchanged),
            failed: count(ImportAction::Error),
            rows: reports,
        })
    }
}

/// The session (token family) the request was made with, if it came with a token.
async fn current_family(ctx: &Context<'_>) -> ApiResult<Option<String>> {
    let Some(token) = ctx.data_opt::<RequestToken>() else {
        return Ok(None);
    };
    let store = ctx.data_unchecked::<Store>();
    Ok(store
        .token(&token.0, TokenKind::Access)
        .await?
        .map(|t| t.family))
}

/// An import row that passed every check that needs no database.
#[derive(Debug, Clone)]
struct ValidRow {
    username: String,
    role: Role,
    user_type: UserType,
    password: Option<String>,
}

/// One row's plan: valid, or why not.
#[derive(Debug, Clone)]
struct PlannedRow {
    /// The username as given (trimmed, capped for the report).
    username: String,
    valid: Option<ValidRow>,
    error: Option<String>,
}

/// Checks every row on its own and against the others (a username twice in one batch, in any
/// case, fails both rows: which one was meant is not ours to guess).
fn plan_import(rows: &[ImportUserRow], policy: &PasswordPolicy) -> Vec<PlannedRow> {
    let mut plan: Vec<PlannedRow> = rows.iter().map(|row| plan_row(row, policy)).collect();
    let lower: Vec<String> = plan.iter().map(|p| p.username.to_lowercase()).collect();
    for i in 0..plan.len() {
        let twins: Vec<i32> = (0..plan.len())
            .filter(|&j| j != i && !lower[i].is_empty() && lower[j] == lower[i])
            .map(|j| rows[j].row)
            .collect();
        if !twins.is_empty() && plan[i].valid.is_some() {
            plan[i].valid = None;
            plan[i].error = Some(format!(
                "the username appears again in row(s) {}",
                twins
                    .iter()
                    .map(i32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    plan
}

fn plan_row(row: &ImportUserRow, policy: &PasswordPolicy) -> PlannedRow {
    let username = row.username.trim().to_string();
    let shown: String = username.chars().take(64).collect();
    let fail = |message: String| PlannedRow {
        username: shown.clone(),
        valid: None,
        error: Some(message),
    };
    if let Err(e) = validate_username(&username) {
        return fail(e);
    }
    let shown_enum = |text: &str| -> String {
        text.chars()
            .take(MAX_ENUM_CHARS)
            .collect::<String>()
            .escape_debug()
            .to_string()
    };
    let Some(role) = parse_role(&row.role) else {
        return fail(format!(
            "unknown role '{}': expected USER, OPERATOR or ADMIN",
            shown_enum(&row.role)
        ));
    };
    let user_type = match row.user_type.as_deref().map(str::trim) {
        None | Some("") => default_type(role),
        Some(text) => match parse_type(text) {
            Some(t) => t,
            None => {
                return fail(format!(
                    "unknown userType '{}': expected FREE, PREMIUM or ADMIN",
                    shown_enum(text)
                ));
            }
        },
    };
    if let Err(e) = check_role_and_type(role, user_type) {
        return fail(e);
    }
    let password = row.password.clone().filter(|p| !p.is_empty());
    if let Some(password) = &password
        && let Err(e) = policy.check(&username, password)
    {
        return fail(e.to_string());
    }
    PlannedRow {
        username: shown,
        valid: Some(ValidRow {
            username,
            role,
            user_type,
            password,
        }),
        error: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(n: i32, username: &str, role: &str, password: Option<&str>) -> ImportUserRow {
        ImportUserRow {
            row: n,
            username: username.into(),
            role: role.into(),
            user_type: None,
            password: password.map(String::from),
        }
    }

    #[test]
    fn import_rows_are_checked_alone_and_against_each_other() {
        let rows = [
            row(2, "alice", "user", Some("a fine long passphrase")),
            row(3, "bob", "superuser", None),
            row(4, "ALICE", "OPERATOR", None),
            row(5, "carol", "admin", Some("short")),
            row(6, "dave", "Operator", None),
            row(7, "=cmd()", "USER", None),
            ImportUserRow {
                user_type: Some("ADMIN".into()),
                ..row(8, "erin", "USER", None)
            },
        ];
        let plan = plan_import(&rows, &PasswordPolicy::default());
        let errors: Vec<Option<&str>> = plan.iter().map(|p| p.error.as_deref()).collect();
        assert!(errors[0].unwrap().contains("row(s) 4"), "{errors:?}");
        assert!(errors[1].unwrap().contains("unknown role 'superuser'"));
        assert!(errors[2].unwrap().contains("row(s) 2"));
        assert!(errors[3].unwrap().contains("at least 12"));
        assert_eq!(errors[4], None);
        let dave = plan[4].valid.as_ref().unwrap();
        assert_eq!(
            (dave.role, dave.user_type),
            (Role::Operator, UserType::Free)
        );
        assert!(errors[5].unwrap().contains("letters"));
        assert!(errors[6].unwrap().contains("admin role only"));
    }

    #[test]
    fn generated_passwords_pass_the_policy_and_differ() {
        let policy = PasswordPolicy::default();
        let a = generate_password("alice", &policy);
        let b = generate_password("alice", &policy);
        assert_eq!(a.chars().count(), GENERATED_CHARS);
        assert_ne!(a, b);
        assert_eq!(policy.check("alice", &a), Ok(()));
    }
}
