//! Accounts as admins manage them: create (one, or a batch all or nothing), list, change role
//! and type, disable, enable, soft-delete, set a password. Every change that takes an account's
//! access away revokes its tokens in the same transaction, and no change may leave the platform
//! without an active admin.

use rand::RngExt as _;

use super::rows::row_struct;
use super::{Store, StoreError};

row_struct! {
    /// An account with its state, as `users` and `user` show it.
    #[derive(Debug, Clone)]
    pub struct AccountRow {
        pub id: String,
        pub username: String,
        pub role: String,
        pub user_type: String,
        pub vpn_uuid: String,
        pub created_at: i64,
        pub disabled_at: Option<i64>,
        pub deleted_at: Option<i64>,
    }
}

const ACCOUNT_COLUMNS: &str =
    "id, username, role, user_type, vpn_uuid, created_at, disabled_at, deleted_at";

/// "Active": neither disabled nor deleted.
const ACTIVE: &str = "disabled_at IS NULL AND deleted_at IS NULL";

/// A new account; its id and VLESS client id are made here.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub username: String,
    pub password_hash: String,
    pub role: String,
    pub user_type: String,
}

/// Which accounts `users` lists; all given filters must match.
#[derive(Debug, Clone, Copy, Default)]
pub struct AccountFilter<'a> {
    pub role: Option<&'a str>,
    pub user_type: Option<&'a str>,
    pub status: Option<AccountState>,
    /// A part of the username (any case), or an exact id.
    pub search: Option<&'a str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountState {
    Active,
    Disabled,
    Deleted,
}

/// A change to one account.
#[derive(Debug, Clone, Copy)]
pub enum AccountChange<'a> {
    Update {
        role: Option<&'a str>,
        user_type: Option<&'a str>,
    },
    Disable,
    Enable,
    Delete,
    /// A new password hash; tokens are revoked except those of `keep_family` (the session
    /// that changed its own password stays logged in).
    Password {
        hash: &'a str,
        keep_family: Option<&'a str>,
    },
}

/// How a change ended.
#[derive(Debug, Clone)]
pub enum ChangeOutcome {
    /// Done: the account as it is now, and how many tokens were revoked.
    Done { account: AccountRow, revoked: u64 },
    /// No such account, or it was deleted (deleted accounts cannot be changed).
    NotFound,
    /// The change would leave no active admin; nothing was changed.
    LastAdmin,
    /// A demotion to USER of an account that still runs this many servers (users own none);
    /// nothing was changed.
    OwnsServers(i64),
}

/// A batch that could not be written because a username was taken meanwhile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsernameTaken(pub String);

impl Store {
    /// How many admins can log in.
    pub async fn active_admins(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM users WHERE role = 'ADMIN' AND {ACTIVE}"
        )))
        .fetch_one(self.pool())
        .await?)
    }

    pub async fn account(&self, id: &str) -> Result<Option<AccountRow>, StoreError> {
        Ok(sqlx::query_as::<_, AccountRow>(sqlx::AssertSqlSafe(format!(
            "SELECT {ACCOUNT_COLUMNS} FROM users WHERE id = ?"
        )))
        .bind(id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// The accounts, deleted ones included, whose usernames equal one of `usernames` without
    /// regard to case.
    pub async fn accounts_by_usernames(
        &self,
        usernames: &[String],
    ) -> Result<Vec<AccountRow>, StoreError> {
        if usernames.is_empty() {
            return Ok(Vec::new());
        }
        let engine = self.pool().engine();
        let mut qb = sqlx::QueryBuilder::new(format!(
            "SELECT {ACCOUNT_COLUMNS} FROM users WHERE {} IN (",
            engine.ignoring_case("username")
        ));
        let (before, after) = engine.ignoring_case_around_bind();
        let mut list = qb.separated(", ");
        for username in usernames {
            list.push(before);
            list.push_bind_unseparated(username.clone());
            list.push_unseparated(after);
        }
        qb.push(")");
        Ok(qb
            .build_query_as::<AccountRow>()
            .fetch_all(self.pool())
            .await?)
    }

    /// Creates accounts, all or none: in one transaction that first checks that no username is
    /// taken (in any case), so that a concurrent creation cannot slip in between the caller's
    /// validation and the write.
    pub async fn create_accounts(
        &self,
        accounts: &[NewAccount],
        now: i64,
    ) -> Result<Result<Vec<AccountRow>, UsernameTaken>, StoreError> {
        let engine = self.pool().engine();
        let mut tx = self.pool().begin_write().await?;
        let mut created = Vec::with_capacity(accounts.len());
        for account in accounts {
            let taken: Option<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                "SELECT username FROM users WHERE {username} = {value} LIMIT 1",
                username = engine.ignoring_case("username"),
                value = engine.ignoring_case("?"),
            )))
            .bind(&account.username)
            .fetch_optional(&mut *tx)
            .await?;
            if taken.is_some() {
                tx.rollback().await?;
                return Ok(Err(UsernameTaken(account.username.clone())));
            }
            let id = loop {
                // Ids look like the demo's (`usr-` and 8 hex digits); a collision draws again.
                let id = format!("usr-{:08x}", rand::rng().random::<u32>());
                let exists: Option<i64> = sqlx::query_scalar("SELECT 1 FROM users WHERE id = ?")
                    .bind(&id)
                    .fetch_optional(&mut *tx)
                    .await?;
                if exists.is_none() {
                    break id;
                }
            };
            let row = AccountRow {
                id,
                username: account.username.clone(),
                role: account.role.clone(),
                user_type: account.user_type.clone(),
                vpn_uuid: uuid::Uuid::new_v4().to_string(),
                created_at: now,
                disabled_at: None,
                deleted_at: None,
            };
            sqlx::query(
                "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) \
                 VALUES (?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(&row.id)
            .bind(&row.username)
            .bind(&account.password_hash)
            .bind(&row.role)
            .bind(&row.user_type)
            .bind(&row.vpn_uuid)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            created.push(row);
        }
        tx.commit().await?;
        Ok(Ok(created))
    }

    /// A page of accounts, oldest first, and how many match.
    pub async fn accounts(
        &self,
        filter: &AccountFilter<'_>,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<AccountRow>, i64), StoreError> {
        let state = match filter.status {
            // Deleted accounts are listed only when asked for.
            None => "deleted_at IS NULL",
            Some(AccountState::Active) => ACTIVE,
            Some(AccountState::Disabled) => "disabled_at IS NOT NULL AND deleted_at IS NULL",
            Some(AccountState::Deleted) => "deleted_at IS NOT NULL",
        };
        // Made of constants only; the filter is bound. Finding lower-cased text in the
        // lower-cased username matches a part of it without LIKE's wildcards.
        let position = self.pool().engine().position_of();
        let filter_sql = format!(
            "WHERE {state} AND (?1 IS NULL OR role = ?1) AND (?2 IS NULL OR user_type = ?2) \
             AND (?3 IS NULL OR id = ?3 OR {position}(lower(username), lower(?3)) > 0)"
        );
        let mut tx = self.pool().begin_read().await?;
        let total: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM users {filter_sql}"
        )))
        .bind(filter.role)
        .bind(filter.user_type)
        .bind(filter.search)
        .fetch_one(&mut *tx)
        .await?;
        let rows = sqlx::query_as::<_, AccountRow>(sqlx::AssertSqlSafe(format!(
            "SELECT {ACCOUNT_COLUMNS} FROM users {filter_sql} \
             ORDER BY created_at, id LIMIT ?4 OFFSET ?5"
        )))
        .bind(filter.role)
        .bind(filter.user_type)
        .bind(filter.search)
        .bind(limit)
        .bind(offset)
        .fetch_all(&mut *tx)
        .await?;
        tx.rollback().await?;
        Ok((rows, total))
    }

    /// Applies `change` to the account `id` in one serialised transaction: the change, the
    /// revocation of tokens it implies, and the check that an active admin remains.
    pub async fn change_account(
        &self,
        id: &str,
        change: AccountChange<'_>,
        now: i64,
    ) -> Result<ChangeOutcome, StoreError> {
        let mut tx = self.pool().begin_write().await?;
        let exists: Option<i64> =
            sqlx::query_scalar("SELECT 1 FROM users WHERE id = ? AND deleted_at IS NULL")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
        if exists.is_none() {
            tx.rollback().await?;
            return Ok(ChangeOutcome::NotFound);
        }
        let (revoke, keep_family) = match change {
            AccountChange::Update { role, user_type } => {
                if role == Some("USER") {
                    let servers: i64 = sqlx::query_scalar(
                        "SELECT COUNT(*) FROM servers \
                         WHERE owner_id = ? AND decommissioned_at IS NULL",
                    )
                    .bind(id)
                    .fetch_one(&mut *tx)
                    .await?;
                    if servers > 0 {
                        tx.rollback().await?;
                        return Ok(ChangeOutcome::OwnsServers(servers));
                    }
                }
                sqlx::query(
                    "UPDATE users SET role = COALESCE(?, role), user_type = COALESCE(?, user_type) \
                     WHERE id = ?",
                )
                .bind(role)
                .bind(user_type)
                .bind(id)
                .execute(&mut *tx)
                .await?;
                (false, None)
            }
            AccountChange::Disable => {
                // A second disable keeps the first time.
                sqlx::query("UPDATE users SET disabled_at = COALESCE(disabled_at, ?) WHERE id = ?")
                    .bind(now)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                (true, None)
            }
            AccountChange::Enable => {
                sqlx::query("UPDATE users SET disabled_at = NULL WHERE id = ?")
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                (false, None)
            }
            AccountChange::Delete => {
                sqlx::query("UPDATE users SET deleted_at = ? WHERE id = ?")
                    .bind(now)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                (true, None)
            }
            AccountChange::Password { hash, keep_family } => {
                sqlx::query("UPDATE users SET password_hash = ? WHERE id = ?")
                    .bind(hash)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                (true, keep_family)
            }
        };
        let admins: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM users WHERE role = 'ADMIN' AND {ACTIVE}"
        )))
        .fetch_one(&mut *tx)
        .await?;
        if admins == 0 {
            tx.rollback().await?;
            return Ok(ChangeOutcome::LastAdmin);
        }
        if matches!(change, AccountChange::Disable | AccountChange::Delete) {
            // Every token at once, agents' too: enabling the account again must not bring
            // back a token that may have leaked.
            sqlx::query(
                "UPDATE agent_tokens SET revoked_at = ? WHERE revoked_at IS NULL \
                 AND server_id IN (SELECT id FROM servers WHERE owner_id = ?)",
            )
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
        let revoked = if revoke {
            let revoked = sqlx::query(
                "UPDATE auth_tokens SET revoked_at = ? \
                 WHERE user_id = ? AND revoked_at IS NULL AND (? IS NULL OR family <> ?)",
            )
            .bind(now)
            .bind(id)
            .bind(keep_family)
            .bind(keep_family)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            // The sessions the tokens belonged to end with them, so that `auth sessions` does
            // not list logins that can no longer act.
            sqlx::query(
                "UPDATE auth_sessions SET revoked_at = ? \
                 WHERE user_id = ? AND revoked_at IS NULL AND (? IS NULL OR id NOT IN \
                   (SELECT session_id FROM auth_tokens WHERE family = ? AND session_id IS NOT NULL))",
            )
            .bind(now)
            .bind(id)
            .bind(keep_family)
            .bind(keep_family)
            .execute(&mut *tx)
            .await?;
            revoked
        } else {
            0
        };
        let account = sqlx::query_as::<_, AccountRow>(sqlx::AssertSqlSafe(format!(
            "SELECT {ACCOUNT_COLUMNS} FROM users WHERE id = ?"
        )))
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(ChangeOutcome::Done { account, revoked })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::store::IN_MEMORY;
    use crate::server::store::auth::{NewSession, NewTokens};

    fn new(username: &str, role: &str) -> NewAccount {
        NewAccount {
            username: username.into(),
            password_hash: "!".into(),
            role: role.into(),
            user_type: if role == "ADMIN" { "ADMIN" } else { "FREE" }.into(),
        }
    }

    async fn live_tokens(store: &Store, id: &str) -> i64 {
        sqlx::query_scalar(
            "SELECT COUNT(*) FROM auth_tokens WHERE user_id = ? AND revoked_at IS NULL",
        )
        .bind(id)
        .fetch_one(store.pool())
        .await
        .unwrap()
    }

    #[tokio::test]
    async fn a_batch_with_a_taken_username_writes_nothing() {
        let store = Store::open(IN_MEMORY).await.unwrap();
        let made = store
            .create_accounts(&[new("root", "ADMIN")], 10)
            .await
            .unwrap()
            .unwrap();
        assert!(made[0].id.starts_with("usr-") && made[0].id.len() == 12);
        assert!(uuid::Uuid::parse_str(&made[0].vpn_uuid).is_ok());
        let outcome = store
            .create_accounts(&[new("fresh", "USER"), new("ROOT", "USER")], 11)
            .await
            .unwrap();
        assert_eq!(outcome.unwrap_err(), UsernameTaken("ROOT".into()));
        let (rows, total) = store
            .accounts(&AccountFilter::default(), 10, 0)
            .await
            .unwrap();
        assert_eq!((rows.len(), total), (1, 1), "fresh was rolled back");
    }

    #[tokio::test]
    async fn disabling_revokes_tokens_and_the_last_admin_stays() {
        let store = Store::open(IN_MEMORY).await.unwrap();
        let made = store
            .create_accounts(&[new("root", "ADMIN"), new("olga", "OPERATOR")], 10)
            .await
            .unwrap()
            .unwrap();
        let (root, olga) = (&made[0].id, &made[1].id);
        for (user, family) in [(olga, "f1"), (olga, "f2"), (root, "f3")] {
            let tokens = NewTokens {
                user_id: user,
                session_id: &format!("ses-{family}"),
                family,
                access_hash: &format!("a{family}"),
                access_expires: 100,
                refresh_hash: &format!("r{family}"),
                refresh_expires: 200,
            };
            let login = NewSession { client_name: None };
            store.open_session(&login, &tokens, 10, None).await.unwrap();
        }
        let ChangeOutcome::Done { revoked, account } = store
            .change_account(olga, AccountChange::Disable, 20)
            .await
            .unwrap()
        else {
            panic!("not disabled")
        };
        assert_eq!((revoked, account.disabled_at), (4, Some(20)));
        assert_eq!(live_tokens(&store, olga).await, 0);
        assert_eq!(live_tokens(&store, root).await, 2, "others keep theirs");

        for change in [
            AccountChange::Disable,
            AccountChange::Delete,
            AccountChange::Update {
                role: Some("USER"),
                user_type: Some("FREE"),
            },
        ] {
            assert!(matches!(
                store.change_account(root, change, 30).await.unwrap(),
                ChangeOutcome::LastAdmin
            ));
        }
        assert_eq!(store.active_admins().await.unwrap(), 1);
        assert_eq!(live_tokens(&store, root).await, 2, "nothing changed");

        // A password change keeps the session that made it.
        let ChangeOutcome::Done { revoked, .. } = store
            .change_account(
                root,
                AccountChange::Password {
                    hash: "!",
                    keep_family: Some("f3"),
                },
                40,
            )
            .await
            .unwrap()
        else {
            panic!("not changed")
        };
        assert_eq!((revoked, live_tokens(&store, root).await), (0, 2));

        // Deleted accounts are hidden unless asked for, and cannot be changed.
        assert!(matches!(
            store
                .change_account(olga, AccountChange::Delete, 50)
                .await
                .unwrap(),
            ChangeOutcome::Done { .. }
        ));
        assert!(matches!(
            store
                .change_account(olga, AccountChange::Enable, 60)
                .await
                .unwrap(),
            ChangeOutcome::NotFound
        ));
        let (_, total) = store
            .accounts(&AccountFilter::default(), 10, 0)
            .await
            .unwrap();
        assert_eq!(total, 1);
        let deleted = AccountFilter {
            status: Some(AccountState::Deleted),
            ..AccountFilter::default()
        };
        let (rows, _) = store.accounts(&deleted, 10, 0).await.unwrap();
        assert_eq!(rows[0].username, "olga");
    }
}
