//! Sessions (logins) of an account: listed, touched and revoked. Revoking a session revokes
//! its tokens in the same transaction, so that no request can use them once the answer is
//! given, and running subscriptions end within 2 s (`socket::TOKEN_RECHECK`).

use super::rows::row_struct;
use super::{Conn, Store, StoreError};

/// `last_used_at` is written at most this often per session. Every request would otherwise
/// cost a write (and SQLite has one writer): a minute is precise enough for "last used".
pub const TOUCH_EVERY_SECS: i64 = 60;

row_struct! {
    #[derive(Debug, Clone)]
    pub struct LoginSessionRow {
        pub id: String,
        pub user_id: String,
        pub client_name: Option<String>,
        pub created_at: i64,
        pub last_used_at: i64,
        pub expires_at: i64,
        pub revoked_at: Option<i64>,
    }
}

const COLUMNS: &str = "id, user_id, client_name, created_at, last_used_at, expires_at, revoked_at";

/// Revokes a session and its tokens inside `tx`; false when it was already revoked.
pub(super) async fn revoke_in(tx: &mut Conn, id: &str, now: i64) -> Result<bool, StoreError> {
    let revoked =
        sqlx::query("UPDATE auth_sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
    sqlx::query(
        "UPDATE auth_tokens SET revoked_at = ? WHERE session_id = ? AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    Ok(revoked > 0)
}

impl Store {
    pub async fn login_session(&self, id: &str) -> Result<Option<LoginSessionRow>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM auth_sessions WHERE id = ?");
        Ok(
            sqlx::query_as::<_, LoginSessionRow>(sqlx::AssertSqlSafe(sql))
                .bind(id)
                .fetch_optional(self.pool())
                .await?,
        )
    }

    /// The account's active sessions (not revoked, not expired), newest first, at most `limit`.
    pub async fn active_sessions(
        &self,
        user_id: &str,
        now: i64,
        limit: u32,
    ) -> Result<Vec<LoginSessionRow>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM auth_sessions \
             WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ? \
             ORDER BY created_at DESC, rowid DESC LIMIT ?"
        );
        Ok(
            sqlx::query_as::<_, LoginSessionRow>(sqlx::AssertSqlSafe(sql))
                .bind(user_id)
                .bind(now)
                .bind(i64::from(limit))
                .fetch_all(self.pool())
                .await?,
        )
    }

    /// Notes that a session was used at `now`, unless that was noted less than
    /// [`TOUCH_EVERY_SECS`] ago (the condition is in the UPDATE, so concurrent requests write
    /// it once).
    pub async fn touch_session(&self, id: &str, now: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE auth_sessions SET last_used_at = ? WHERE id = ? AND last_used_at <= ?")
            .bind(now)
            .bind(id)
            .bind(now - TOUCH_EVERY_SECS)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Revokes one session and its tokens; false when it was already revoked.
    pub async fn revoke_session(&self, id: &str, now: i64) -> Result<bool, StoreError> {
        let mut tx = self.pool().begin().await?;
        let revoked = revoke_in(&mut tx, id, now).await?;
        tx.commit().await?;
        Ok(revoked)
    }

    /// Revokes every active session of an account except `keep`; returns how many.
    pub async fn revoke_sessions_except(
        &self,
        user_id: &str,
        keep: Option<&str>,
        now: i64,
    ) -> Result<u64, StoreError> {
        let mut tx = self.pool().begin_write().await?;
        let ids: Vec<String> = sqlx::query_scalar(
            "SELECT id FROM auth_sessions \
             WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ? \
               AND id IS DISTINCT FROM COALESCE(?, '')",
        )
        .bind(user_id)
        .bind(now)
        .bind(keep)
        .fetch_all(&mut *tx)
        .await?;
        let mut count = 0;
        for id in &ids {
            if revoke_in(&mut tx, id, now).await? {
                count += 1;
            }
        }
        tx.commit().await?;
        Ok(count)
    }
}

#[cfg(test)]
mod tests {
    use crate::server::store::auth::{NewSession, NewTokens};
    use crate::server::store::{IN_MEMORY, Store};

    async fn store_with_session(now: i64) -> Store {
        let store = Store::open(IN_MEMORY).await.unwrap();
        sqlx::query(
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) \
             VALUES ('usr-a', 'a', '!', 'USER', 'FREE', '6ba85179-e30d-4fc2-9a1b-0123456789ab', 0)",
        )
        .execute(store.pool())
        .await
        .unwrap();
        let tokens = NewTokens {
            user_id: "usr-a",
            session_id: "ses-1",
            family: "f1",
            access_hash: "h-access",
            access_expires: now + 3600,
            refresh_hash: "h-refresh",
            refresh_expires: now + 86_400,
        };
        let session = NewSession {
            client_name: Some("test"),
        };
        store
            .open_session(&session, &tokens, now, None)
            .await
            .unwrap();
        store
    }

    /// A session's last use is written at most once a minute: requests within it cost no write.
    #[tokio::test]
    async fn last_use_is_written_at_most_once_a_minute() {
        let now = 1_800_000_000;
        let store = store_with_session(now).await;
        let last_used = |store: Store| async move {
            store
                .login_session("ses-1")
                .await
                .unwrap()
                .unwrap()
                .last_used_at
        };
        store.touch_session("ses-1", now + 30).await.unwrap();
        assert_eq!(last_used(store.clone()).await, now, "within the minute");
        store.touch_session("ses-1", now + 60).await.unwrap();
        assert_eq!(last_used(store.clone()).await, now + 60);
        store.touch_session("ses-1", now + 100).await.unwrap();
        assert_eq!(last_used(store.clone()).await, now + 60);
    }

    #[tokio::test]
    async fn revoking_a_session_revokes_its_tokens_in_the_same_step() {
        let now = 1_800_000_000;
        let store = store_with_session(now).await;
        assert!(store.revoke_session("ses-1", now + 5).await.unwrap());
        assert!(
            !store.revoke_session("ses-1", now + 6).await.unwrap(),
            "once"
        );
        let live: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM auth_tokens WHERE revoked_at IS NULL")
                .fetch_one(store.pool())
                .await
                .unwrap();
        assert_eq!(live, 0);
        assert!(
            store
                .active_sessions("usr-a", now, 10)
                .await
                .unwrap()
                .is_empty()
        );
    }
}
