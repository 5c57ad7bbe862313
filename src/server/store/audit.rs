//! The audit trail of mutations (`audit_log`): written by the API's audit extension, read by
//! `auditLog` and the AUDIT_LOG export. Rows are only ever inserted.

use super::rows::row_struct;
use super::{Store, StoreError};

/// One audited mutation, as the API hands it over; the API caps every text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAuditEntry<'a> {
    pub created_at: i64,
    /// `None` for an anonymous caller.
    pub account_id: Option<&'a str>,
    pub username: Option<&'a str>,
    pub operation: &'a str,
    /// A JSON array of strings.
    pub target_ids: &'a str,
    pub request_id: Option<&'a str>,
    /// "OK" or an error code.
    pub result: &'a str,
}

row_struct! {
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct AuditRow {
        pub id: i64,
        pub created_at: i64,
        pub account_id: Option<String>,
        pub username: Option<String>,
        pub operation: String,
        pub target_ids: String,
        pub request_id: Option<String>,
        pub result: String,
    }
}

/// Which rows `audit_log` reads; `None` matches everything. Times are unix seconds, inclusive.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter<'a> {
    pub from: Option<i64>,
    pub to: Option<i64>,
    /// An account id or a username.
    pub user: Option<&'a str>,
    pub operation: Option<&'a str>,
}

const FILTER_SQL: &str = "WHERE (?1 IS NULL OR created_at >= ?1) AND (?2 IS NULL OR created_at <= ?2) \
    AND (?3 IS NULL OR account_id = ?3 OR username = ?3) AND (?4 IS NULL OR operation = ?4)";

impl Store {
    pub async fn record_audit(&self, entry: &NewAuditEntry<'_>) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO audit_log \
             (created_at, account_id, username, operation, target_ids, request_id, result) \
             VALUES (?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(entry.created_at)
        .bind(entry.account_id)
        .bind(entry.username)
        .bind(entry.operation)
        .bind(entry.target_ids)
        .bind(entry.request_id)
        .bind(entry.result)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// A page of the rows `filter` matches, newest first, and how many match in all.
    pub async fn audit_log(
        &self,
        filter: &AuditFilter<'_>,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<AuditRow>, i64), StoreError> {
        let mut tx = self.pool().begin_read().await?;
        let total: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM audit_log {FILTER_SQL}"
        )))
        .bind(filter.from)
        .bind(filter.to)
        .bind(filter.user)
        .bind(filter.operation)
        .fetch_one(&mut *tx)
        .await?;
        // Made of constants only; the filter is bound.
        let rows = sqlx::query_as::<_, AuditRow>(sqlx::AssertSqlSafe(format!(
            "SELECT id, created_at, account_id, username, operation, target_ids, request_id, result \
             FROM audit_log {FILTER_SQL} ORDER BY created_at DESC, id DESC LIMIT ?5 OFFSET ?6"
        )))
        .bind(filter.from)
        .bind(filter.to)
        .bind(filter.user)
        .bind(filter.operation)
        .bind(limit)
        .bind(offset)
        .fetch_all(&mut *tx)
        .await?;
        tx.rollback().await?;
        Ok((rows, total))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::store::IN_MEMORY;

    fn entry<'a>(at: i64, user: Option<&'a str>, operation: &'a str) -> NewAuditEntry<'a> {
        NewAuditEntry {
            created_at: at,
            account_id: user.map(|_| "usr-1"),
            username: user,
            operation,
            target_ids: "[\"srv-1\"]",
            request_id: Some("req-1"),
            result: "OK",
        }
    }

    #[tokio::test]
    async fn filters_select_rows_newest_first_and_count_them_all() {
        let store = Store::open(IN_MEMORY).await.unwrap();
        for e in [
            entry(100, Some("alice"), "startMining"),
            entry(200, Some("alice"), "claimMiningRewards"),
            entry(300, None, "revokeToken"),
            entry(400, Some("alice"), "claimMiningRewards"),
        ] {
            store.record_audit(&e).await.unwrap();
        }
        let all = AuditFilter::default();
        let (rows, total) = store.audit_log(&all, 2, 0).await.unwrap();
        assert_eq!(total, 4);
        let times: Vec<i64> = rows.iter().map(|r| r.created_at).collect();
        assert_eq!(times, [400, 300], "newest first, one page");
        assert_eq!(rows[1].account_id, None);

        let claims = AuditFilter {
            operation: Some("claimMiningRewards"),
            to: Some(399),
            ..AuditFilter::default()
        };
        let (rows, total) = store.audit_log(&claims, 10, 0).await.unwrap();
        assert_eq!((rows.len(), total), (1, 1));
        assert_eq!(rows[0].created_at, 200);
        assert_eq!(rows[0].target_ids, "[\"srv-1\"]");
        assert_eq!(rows[0].request_id.as_deref(), Some("req-1"));

        for user in ["alice", "usr-1"] {
            let by_user = AuditFilter {
                user: Some(user),
                from: Some(200),
                ..AuditFilter::default()
            };
            let (_, total) = store.audit_log(&by_user, 10, 0).await.unwrap();
            assert_eq!(total, 2, "by username or id: {user}");
        }
    }
}
