//! VPN connections recorded by servers' agents (start, end) and rated by their users.
//!
//! They are rows of `sessions`, the table the seed fills: the derived totals (migrations 0005,
//! 0006) follow them by their triggers, and everything that reads sessions reads them alike.

use super::Conn;

use super::rows::row_struct;
use super::users::{SESSION_COLUMNS, SessionRow};
use super::{Store, StoreError};

row_struct! {
    /// The account a VPN client id (`users.vpn_uuid`) belongs to. Deleted accounts have none.
    #[derive(Debug, Clone)]
    pub struct VpnUser {
        pub id: String,
        pub disabled: bool,
    }
}

/// A connection about to be recorded.
#[derive(Debug, Clone)]
pub struct NewConnection<'a> {
    pub id: &'a str,
    pub server_id: &'a str,
    pub user_id: &'a str,
    pub protocol: &'a str,
    pub started_at: i64,
    pub event_id: Option<&'a str>,
}

row_struct! {
    /// What is known of a session to decide about its end or its rating.
    #[derive(Debug, Clone)]
    pub struct SessionFacts {
        pub id: String,
        pub user_id: String,
        pub server_id: String,
        pub protocol: String,
        pub started_at: i64,
        pub ended_at: Option<i64>,
        pub bytes_in: Option<i64>,
        pub bytes_out: Option<i64>,
        pub rating: Option<i64>,
    }
}

/// The end of a connection, with the figures derived from its byte counts.
#[derive(Debug, Clone)]
pub struct ConnectionEnd {
    pub ended_at: i64,
    pub bytes_in: i64,
    pub bytes_out: i64,
    pub data_gb: f64,
    pub upload_mbps: f64,
    pub download_mbps: f64,
    pub latency_ms: f64,
}

/// What a start event did.
#[derive(Debug, Clone)]
pub enum Started {
    /// A new session row.
    New(String),
    /// The server already recorded this event id: the session it made then.
    Existing(SessionFacts),
    /// The server was decommissioned (meanwhile, if the caller checked): nothing was written.
    Retired,
}

const FACT_COLUMNS: &str = "id, user_id, server_id, protocol, started_at, ended_at, bytes_in, \
    bytes_out, rating";

async fn facts_by_event(
    conn: &mut Conn,
    server_id: &str,
    event_id: &str,
) -> Result<Option<SessionFacts>, StoreError> {
    let sql = format!("SELECT {FACT_COLUMNS} FROM sessions WHERE server_id = ? AND event_id = ?");
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(server_id)
        .bind(event_id)
        .fetch_optional(&mut *conn)
        .await?)
}

impl Store {
    /// The live account whose VPN client id is `uuid` (compared without case). A scan of
    /// users: 0004 dropped the index on vpn_uuid because UUID migrations paid more for it.
    pub async fn vpn_user(&self, uuid: &str) -> Result<Option<VpnUser>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT id, disabled_at IS NOT NULL AS disabled FROM users \
             WHERE lower(vpn_uuid) = lower(?) AND deleted_at IS NULL LIMIT 1",
        )
        .bind(uuid)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Records a connection's start, or finds the session an earlier send of the same event
    /// made. One immediate transaction, so that two sends of one event racing each other
    /// make one row.
    pub async fn start_connection(&self, new: &NewConnection<'_>) -> Result<Started, StoreError> {
        let mut tx = self.pool().begin_write().await?;
        if let Some(event_id) = new.event_id
            && let Some(existing) = facts_by_event(&mut tx, new.server_id, event_id).await?
        {
            return Ok(Started::Existing(existing));
        }
        // Guarded here as heartbeats are, so that a start racing `decommissionServer` cannot
        // open a session on a retired server.
        let inserted = sqlx::query(
            "INSERT INTO sessions (id, user_id, server_id, protocol, started_at, event_id) \
             SELECT ?, ?, id, ?, ?, ? FROM servers WHERE id = ? AND decommissioned_at IS NULL",
        )
        .bind(new.id)
        .bind(new.user_id)
        .bind(new.protocol)
        .bind(new.started_at)
        .bind(new.event_id)
        .bind(new.server_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if inserted == 0 {
            tx.rollback().await?;
            return Ok(Started::Retired);
        }
        tx.commit().await?;
        Ok(Started::New(new.id.to_string()))
    }

    pub async fn session_facts(&self, id: &str) -> Result<Option<SessionFacts>, StoreError> {
        let sql = format!("SELECT {FACT_COLUMNS} FROM sessions WHERE id = ?");
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    pub async fn session_facts_by_event(
        &self,
        server_id: &str,
        event_id: &str,
    ) -> Result<Option<SessionFacts>, StoreError> {
        let mut conn = self.pool().acquire().await?;
        facts_by_event(&mut conn, server_id, event_id).await
    }

    /// One session with its server's host name, as the user views list it.
    pub async fn session(&self, id: &str) -> Result<Option<SessionRow>, StoreError> {
        let sql = format!(
            "SELECT {SESSION_COLUMNS} FROM sessions se JOIN servers s ON s.id = se.server_id \
             WHERE se.id = ?"
        );
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    /// Ends an open session. False when it had ended already (another send won the race):
    /// an ended session is never changed.
    pub async fn end_connection(&self, id: &str, end: &ConnectionEnd) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE sessions SET ended_at = ?, bytes_in = ?, bytes_out = ?, data_gb = ?, \
             upload_mbps = ?, download_mbps = ?, latency_ms = ? \
             WHERE id = ? AND ended_at IS NULL",
        )
        .bind(end.ended_at)
        .bind(end.bytes_in)
        .bind(end.bytes_out)
        .bind(end.data_gb)
        .bind(end.upload_mbps)
        .bind(end.download_mbps)
        .bind(end.latency_ms)
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Rates a session not rated yet. False when it was rated already: a rating is given once.
    pub async fn rate_connection(
        &self,
        id: &str,
        stars: i64,
        comment: Option<&str>,
        now: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE sessions SET rating = ?, rating_comment = ?, rated_at = ? \
             WHERE id = ? AND rating IS NULL",
        )
        .bind(stars)
        .bind(comment)
        .bind(now)
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::connection::session_figures;
    use crate::domain::reward::{RewardPolicy, accrued_reward};
    use crate::server::api::mining::window_stats;
    use crate::server::store::metrics::tests::{
        HOUR, T0, assert_overview_matches_rows, derived_both_ways, store,
    };

    fn end_of(started_at: i64, ended_at: i64, bytes_in: i64, bytes_out: i64) -> ConnectionEnd {
        let f = session_figures(bytes_in as u64, bytes_out as u64, ended_at - started_at);
        ConnectionEnd {
            ended_at,
            bytes_in,
            bytes_out,
            data_gb: f.data_gb,
            upload_mbps: f.upload_mbps,
            download_mbps: f.download_mbps,
            latency_ms: 20.0,
        }
    }

    async fn assert_totals_match(store: &Store, after: &str) {
        let (kept, fresh) = derived_both_ways(store).await;
        assert_eq!(kept, fresh, "after {after}");
        for (from, to) in [
            (T0 - 6 * HOUR, T0 + 30 * HOUR),
            (T0 + 10, T0 + 2 * HOUR + 1),
            (T0 + HOUR + 30, T0 + 5 * HOUR),
        ] {
            assert_overview_matches_rows(store, from, to).await;
        }
    }

    /// A start that reaches the store after the server was decommissioned writes nothing,
    /// whatever the API checked before.
    #[tokio::test]
    async fn a_retired_server_takes_no_start_even_in_a_race() {
        let store = store().await;
        assert!(store.decommission_server("a", T0).await.unwrap());
        let late = NewConnection {
            id: "late",
            server_id: "a",
            user_id: "u1",
            protocol: "VLESS",
            started_at: T0 + 10,
            event_id: Some("late"),
        };
        assert!(matches!(
            store.start_connection(&late).await.unwrap(),
            Started::Retired
        ));
        assert!(store.session_facts("late").await.unwrap().is_none());
    }

    /// Recorded connections are sessions rows like the seed's: every derived total the
    /// triggers keep (user spans, hourly data, ...) equals a recomputation after each start,
    /// end and rating, and the network overview read from them equals one read from the rows.
    #[tokio::test]
    async fn derived_totals_follow_recorded_connections() {
        let store = store().await;
        assert_totals_match(&store, "the fixture").await;
        let starts = [
            ("r1", "u1", "a", T0 + 300, Some("e1")),
            // A user whose only session is open, in an hour nobody else started one.
            ("r2", "op", "b", T0 + 3 * HOUR + 5, Some("e2")),
            ("r3", "u3", "c", T0 + HOUR + 7, None),
        ];
        for (id, user, server, started_at, event_id) in starts {
            let new = NewConnection {
                id,
                server_id: server,
                user_id: user,
                protocol: "VLESS",
                started_at,
                event_id,
            };
            assert!(matches!(
                store.start_connection(&new).await.unwrap(),
                Started::New(_)
            ));
            assert_totals_match(&store, &format!("start {id}")).await;
        }
        // A start sent again finds the first row and adds none.
        let again = NewConnection {
            id: "r9",
            server_id: "a",
            user_id: "u1",
            protocol: "VLESS",
            started_at: T0 + 300,
            event_id: Some("e1"),
        };
        match store.start_connection(&again).await.unwrap() {
            Started::Existing(facts) => assert_eq!(facts.id, "r1"),
            other => panic!("not the first row: {other:?}"),
        }
        assert!(store.session_facts("r9").await.unwrap().is_none());
        // The same event id on another server is another connection.
        let elsewhere = NewConnection {
            id: "r4",
            server_id: "b",
            event_id: Some("e1"),
            ..again
        };
        assert!(matches!(
            store.start_connection(&elsewhere).await.unwrap(),
            Started::New(_)
        ));
        assert_totals_match(&store, "start r4").await;

        let ends = [
            ("r1", T0 + 300, T0 + 2 * HOUR, 3_000_000_000, 9_000_000_000),
            ("r2", T0 + 3 * HOUR + 5, T0 + 3 * HOUR + 5, 0, 0),
            ("r4", T0 + 300, T0 + 900, 1, 2),
        ];
        for (id, started_at, ended_at, bytes_in, bytes_out) in ends {
            let end = end_of(started_at, ended_at, bytes_in, bytes_out);
            assert!(store.end_connection(id, &end).await.unwrap());
            assert_totals_match(&store, &format!("end {id}")).await;
            // An ended connection is never changed again.
            assert!(!store.end_connection(id, &end).await.unwrap());
        }
        let r1 = store.session("r1").await.unwrap().unwrap();
        assert_eq!(
            (r1.bytes_in, r1.bytes_out),
            (Some(3_000_000_000), Some(9_000_000_000))
        );
        assert_eq!(r1.data_gb, 12.0);

        assert!(
            store
                .rate_connection("r1", 2, Some("slow"), T0)
                .await
                .unwrap()
        );
        assert!(!store.rate_connection("r1", 5, None, T0).await.unwrap());
        assert_totals_match(&store, "rating r1").await;
        let r1 = store.session("r1").await.unwrap().unwrap();
        assert_eq!(
            (r1.rating, r1.rating_comment.as_deref()),
            (Some(2), Some("slow"))
        );
    }

    /// The reward factors read recorded connections: a rating sets the satisfaction factor and
    /// the bytes raise the server's contribution, over the window a claim would pay for.
    #[tokio::test]
    async fn recorded_connections_and_ratings_change_a_claims_factors() {
        let store = store().await;
        // Server d mines from T1, a day after everything in the fixture.
        let t1 = T0 + 24 * HOUR;
        sqlx::query(
            "INSERT INTO mining_activities (id, server_id, started_at) VALUES ('m', 'd', ?)",
        )
        .bind(t1)
        .execute(store.pool())
        .await
        .unwrap();
        // Heartbeats in both hours, so that the server was up and the multiplier is not zero.
        for ts in [t1 + 10, t1 + HOUR + 10] {
            sqlx::query(
                "INSERT INTO metrics (server_id, ts, cpu, memory, network_in, network_out, \
                 connections, latency_ms) VALUES ('d', ?, 30, 40, 5, 5, 2, 25)",
            )
            .bind(ts)
            .execute(store.pool())
            .await
            .unwrap();
        }
        let now = t1 + 2 * HOUR;
        let factors = async || {
            let (_, window) = store.accrual("d", now).await.unwrap();
            let window = window.expect("d accrues");
            let stats = window_stats(&window, now - t1);
            (window, accrued_reward(&stats, &RewardPolicy::default()))
        };
        let (before, reward_before) = factors().await;
        assert_eq!((before.data_gb, before.rating), (0.0, None));
        // No ratings: the default satisfaction.
        assert_eq!(reward_before.satisfaction, 0.5);

        for (id, user, at, bytes, stars) in [
            ("k1", "u1", t1 + 60, 20_000_000_000i64, 5),
            ("k2", "u2", t1 + 120, 4_000_000_000, 2),
        ] {
            let new = NewConnection {
                id,
                server_id: "d",
                user_id: user,
                protocol: "WIREGUARD",
                started_at: at,
                event_id: Some(id),
            };
            store.start_connection(&new).await.unwrap();
            store
                .end_connection(id, &end_of(at, at + 600, bytes / 4, bytes - bytes / 4))
                .await
                .unwrap();
            store
                .rate_connection(id, stars, None, at + 700)
                .await
                .unwrap();
        }
        let (after, reward_after) = factors().await;
        assert_eq!(after.data_gb, 24.0);
        assert_eq!(after.rating, Some(3.5));
        // (3.5 - 1) / 4
        assert_eq!(reward_after.satisfaction, 0.625);
        // 24 GB against a network average of 24 / 4 servers.
        assert_eq!(after.network_avg_data_gb, 6.0);
        assert!(
            reward_after.contribution > reward_before.contribution,
            "{reward_before:?} {reward_after:?}"
        );
        assert!(reward_before.multiplier > 0.0, "{reward_before:?}");
        assert!(
            reward_after.multiplier > reward_before.multiplier,
            "{reward_before:?} {reward_after:?}"
        );
    }
}
