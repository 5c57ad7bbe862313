//! The first admin of an empty platform (`vpnmine server init`), and the check that keeps
//! `vpnmine server` from serving a database nobody can log in to.

use crate::domain::password::{PasswordPolicy, validate_username};
use crate::server::secrets::hash_password;
use crate::server::store::accounts::{AccountRow, NewAccount};
use crate::server::store::{Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum InitError {
    /// An active admin exists already: init is for an empty platform only.
    #[error(
        "the database already has an active admin ({0}): log in as an admin and create accounts with `vpnmine users create`"
    )]
    AdminExists(String),
    /// The name or the password broke a rule.
    #[error("{0}")]
    Invalid(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Creates the first admin, `username` with `password` (checked against `policy`), unless an
/// active admin exists. An existing admin that is disabled or deleted does not count, so that
/// init is also the way back into a platform whose admins were all locked out.
pub async fn init_admin(
    store: &Store,
    username: &str,
    password: &str,
    policy: &PasswordPolicy,
    now: i64,
) -> Result<AccountRow, InitError> {
    validate_username(username).map_err(InitError::Invalid)?;
    policy
        .check(username, password)
        .map_err(|e| InitError::Invalid(e.to_string()))?;
    if let Some(admin) = first_active_admin(store).await? {
        return Err(InitError::AdminExists(admin));
    }
    let password = password.to_string();
    // argon2 is deliberately slow: keep it off the async workers.
    let hash = tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| InitError::Invalid(format!("cannot hash the password: {e}")))?;
    let account = NewAccount {
        username: username.to_string(),
        password_hash: hash,
        role: "ADMIN".into(),
        user_type: "ADMIN".into(),
    };
    match store.create_accounts(&[account], now).await? {
        Ok(mut created) => created
            .pop()
            .ok_or_else(|| InitError::Invalid("no account was created".into())),
        Err(taken) => Err(InitError::Invalid(format!(
            "the username '{}' is taken (deleted accounts keep theirs): choose another",
            taken.0
        ))),
    }
}

/// The username of an active admin, if there is one.
pub async fn first_active_admin(store: &Store) -> Result<Option<String>, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT username FROM users WHERE role = 'ADMIN' \
         AND disabled_at IS NULL AND deleted_at IS NULL ORDER BY created_at, id LIMIT 1",
    )
    .fetch_optional(store.pool())
    .await?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::store::IN_MEMORY;

    #[tokio::test]
    async fn init_creates_one_admin_and_refuses_a_second() {
        let store = Store::open(IN_MEMORY).await.unwrap();
        let policy = PasswordPolicy::default();
        assert!(first_active_admin(&store).await.unwrap().is_none());
        for (name, password, needle) in [
            ("root", "short", "at least 12"),
            ("root", "root-is-my-password", "username"),
            ("bad name", "a fine long passphrase", "letters"),
        ] {
            let e = init_admin(&store, name, password, &policy, 1)
                .await
                .unwrap_err();
            assert!(e.to_string().contains(needle), "{e}");
        }
        assert!(first_active_admin(&store).await.unwrap().is_none());
        let admin = init_admin(&store, "root", "a fine long passphrase", &policy, 1)
            .await
            .unwrap();
        assert_eq!(
            (admin.role.as_str(), admin.user_type.as_str()),
            ("ADMIN", "ADMIN")
        );
        let e = init_admin(&store, "other", "a fine long passphrase", &policy, 2)
            .await
            .unwrap_err();
        assert!(
            matches!(e, InitError::AdminExists(ref name) if name == "root"),
            "{e}"
        );
        assert_eq!(store.active_admins().await.unwrap(), 1);
    }
}
