//! The rows of `exportDetailedStats`, streamed from the database into an export file.
//!
//! Every kind is read with `fetch` (a stream of rows, at most a few dozen in flight) inside one
//! read transaction, so the kinds of one file come from one snapshot and memory stays flat
//! whatever the number of rows. Windows are half-open, `[from, to)`, on the row's own time:
//! a metric sample's `ts`, a session's `started_at`, a ledger entry's or auth event's
//! `created_at`. Scoped to an operator, only rows of the operator's servers are read.

use futures_util::TryStreamExt as _;
use futures_util::stream::BoxStream;
use sqlx::FromRow;

use super::Store;
use crate::domain::money::Tokens;
use crate::server::export_files::{Col, ExportError, ExportWriter, Field};

/// What can be exported. The label is the row's `kind` (the API's `ExportKind` name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dataset {
    /// Metric samples.
    ServerStatistics,
    /// Sessions started in the window.
    UserActivity,
    /// One row per protocol endpoint with its sessions started in the window.
    ProtocolPerformance,
    /// Ledger entries.
    TokenTransactions,
    /// Login attempts (`auth_events`) and the audit trail of mutations (`audit_log`), in time
    /// order; not scoped to servers, so admins only.
    AuditLog,
}

impl Dataset {
    pub fn label(self) -> &'static str {
        match self {
            Self::ServerStatistics => "SERVER_STATISTICS",
            Self::UserActivity => "USER_ACTIVITY",
            Self::ProtocolPerformance => "PROTOCOL_PERFORMANCE",
            Self::TokenTransactions => "TOKEN_TRANSACTIONS",
            Self::AuditLog => "AUDIT_LOG",
        }
    }
}

/// Whose rows: everything, or the servers of one operator.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    All,
    Owner(&'a str),
}

impl Scope<'_> {
    fn owner(self) -> Option<String> {
        match self {
            Scope::All => None,
            Scope::Owner(id) => Some(id.to_string()),
        }
    }
}

/// A row type of one dataset: how it is written.
trait Record: for<'r> FromRow<'r, sqlx::sqlite::SqliteRow> + Send + Unpin {
    fn write(&self, kind: &str, out: &mut ExportWriter) -> std::io::Result<()>;
}

#[derive(Debug, FromRow)]
struct MetricRecord {
    server_id: String,
    host_name: String,
    ts: i64,
    cpu: f64,
    memory: f64,
    network_in: f64,
    network_out: f64,
    connections: i64,
    latency_ms: f64,
    error_rate: f64,
}

const METRICS_SQL: &str = "SELECT m.server_id, s.host_name, m.ts, m.cpu, m.memory, m.network_in, \
    m.network_out, m.connections, m.latency_ms, m.error_rate \
    FROM metrics m JOIN servers s ON s.id = m.server_id \
    WHERE m.ts >= ?1 AND m.ts < ?2 AND (?3 IS NULL OR s.owner_id = ?3) \
    ORDER BY m.ts, m.server_id";

impl Record for MetricRecord {
    fn write(&self, kind: &str, out: &mut ExportWriter) -> std::io::Result<()> {
        out.row(
            kind,
            &[
                (Col::ServerId, Field::Str(&self.server_id)),
                (Col::HostName, Field::Str(&self.host_name)),
                (Col::Ts, Field::Time(self.ts)),
                (Col::Cpu, Field::Float(self.cpu)),
                (Col::Memory, Field::Float(self.memory)),
                (Col::NetworkIn, Field::Float(self.network_in)),
                (Col::NetworkOut, Field::Float(self.network_out)),
                (Col::Connections, Field::Int(self.connections)),
                (Col::LatencyMs, Field::Float(self.latency_ms)),
                (Col::ErrorRate, Field::Float(self.error_rate)),
            ],
        )
    }
}

#[derive(Debug, FromRow)]
struct SessionRecord {
    id: String,
    user_id: String,
    server_id: String,
    protocol: String,
    started_at: i64,
    ended_at: Option<i64>,
    data_gb: f64,
    upload_mbps: f64,
    download_mbps: f64,
    latency_ms: f64,
    rating: Option<i64>,
}

const SESSIONS_SQL: &str = "SELECT se.id, se.user_id, se.server_id, se.protocol, se.started_at, \
    se.ended_at, se.data_gb, se.upload_mbps, se.download_mbps, se.latency_ms, se.rating \
    FROM sessions se JOIN servers s ON s.id = se.server_id \
    WHERE se.started_at >= ?1 AND se.started_at < ?2 AND (?3 IS NULL OR s.owner_id = ?3) \
    ORDER BY se.started_at, se.id";

impl Record for SessionRecord {
    fn write(&self, kind: &str, out: &mut ExportWriter) -> std::io::Result<()> {
        out.row(
            kind,
            &[
                (Col::Id, Field::Str(&self.id)),
                (Col::UserId, Field::Str(&self.user_id)),
                (Col::ServerId, Field::Str(&self.server_id)),
                (Col::Protocol, Field::Str(&self.protocol)),
                (Col::StartedAt, Field::Time(self.started_at)),
                (Col::EndedAt, Field::opt_time(self.ended_at)),
                (Col::DataGb, Field::Float(self.data_gb)),
                (Col::UploadMbps, Field::Float(self.upload_mbps)),
                (Col::DownloadMbps, Field::Float(self.download_mbps)),
                (Col::LatencyMs, Field::Float(self.latency_ms)),
                (Col::Rating, Field::opt_int(self.rating)),
            ],
        )
    }
}

#[derive(Debug, FromRow)]
struct ProtocolRecord {
    server_id: String,
    host_name: String,
    protocol: String,
    port: i64,
    enabled: bool,
    connections: i64,
    sessions: i64,
    data_gb: f64,
    avg_latency_ms: Option<f64>,
}

/// Sessions count for an endpoint when they used its protocol on its server.
const PROTOCOLS_SQL: &str = "SELECT p.server_id, s.host_name, p.type AS protocol, p.port, \
    p.enabled, p.connections, COUNT(se.id) AS sessions, \
    COALESCE(SUM(se.data_gb), 0.0) AS data_gb, AVG(se.latency_ms) AS avg_latency_ms \
    FROM server_protocols p JOIN servers s ON s.id = p.server_id \
    LEFT JOIN sessions se ON se.server_id = p.server_id AND se.protocol = p.type \
      AND se.started_at >= ?1 AND se.started_at < ?2 \
    WHERE (?3 IS NULL OR s.owner_id = ?3) \
    GROUP BY p.id ORDER BY p.server_id, p.type";

impl Record for ProtocolRecord {
    fn write(&self, kind: &str, out: &mut ExportWriter) -> std::io::Result<()> {
        out.row(
            kind,
            &[
                (Col::ServerId, Field::Str(&self.server_id)),
                (Col::HostName, Field::Str(&self.host_name)),
                (Col::Protocol, Field::Str(&self.protocol)),
                (Col::Port, Field::Int(self.port)),
                (Col::Enabled, Field::Bool(self.enabled)),
                (Col::Connections, Field::Int(self.connections)),
                (Col::Sessions, Field::Int(self.sessions)),
                (Col::DataGb, Field::Float(self.data_gb)),
                (Col::AvgLatencyMs, Field::opt_float(self.avg_latency_ms)),
            ],
        )
    }
}

#[derive(Debug, FromRow)]
struct LedgerRecord {
    id: String,
    account_id: String,
    server_id: Option<String>,
    entry_type: String,
    #[sqlx(try_from = "i64")]
    amount: Tokens,
    period_end: Option<i64>,
    created_at: i64,
}

/// Scoped to an operator: the entries of the operator's servers.
const LEDGER_SQL: &str = "SELECT l.id, l.account_id, l.server_id, l.kind AS entry_type, l.amount, \
    l.period_end, l.created_at FROM ledger l \
    WHERE l.created_at >= ?1 AND l.created_at < ?2 \
      AND (?3 IS NULL OR l.server_id IN (SELECT id FROM servers WHERE owner_id = ?3)) \
    ORDER BY l.created_at, l.seq";

impl Record for LedgerRecord {
    fn write(&self, kind: &str, out: &mut ExportWriter) -> std::io::Result<()> {
        out.row(
            kind,
            &[
                (Col::Id, Field::Str(&self.id)),
                (Col::AccountId, Field::Str(&self.account_id)),
                (Col::ServerId, Field::opt_str(self.server_id.as_deref())),
                (Col::EntryType, Field::Str(&self.entry_type)),
                (Col::Amount, Field::Tokens(self.amount)),
                (Col::PeriodEnd, Field::opt_time(self.period_end)),
                (Col::CreatedAt, Field::Time(self.created_at)),
            ],
        )
    }
}

#[derive(Debug, FromRow)]
struct AuditRecord {
    id: String,
    account_id: Option<String>,
    username: Option<String>,
    operation: String,
    target_ids: Option<String>,
    request_id: Option<String>,
    result: String,
    success: bool,
    created_at: i64,
}

/// Login attempts (operation `authenticate`, ids `login-N`) and audited mutations (ids
/// `mutation-N`) as one trail in time order. Neither belongs to a server: an operator's scope
/// has none (`?3` set selects nothing).
const AUDIT_SQL: &str = "SELECT id, account_id, username, operation, target_ids, request_id, \
    result, success, created_at FROM ( \
      SELECT 'login-' || id AS id, id AS seq, 0 AS source, NULL AS account_id, username, \
        'authenticate' AS operation, NULL AS target_ids, NULL AS request_id, \
        CASE WHEN success = 1 THEN 'OK' ELSE 'AUTH_001' END AS result, success, created_at \
      FROM auth_events WHERE created_at >= ?1 AND created_at < ?2 AND ?3 IS NULL \
      UNION ALL \
      SELECT 'mutation-' || id, id, 1, account_id, username, operation, target_ids, request_id, \
        result, result = 'OK', created_at \
      FROM audit_log WHERE created_at >= ?1 AND created_at < ?2 AND ?3 IS NULL) \
    ORDER BY created_at, source, seq";

impl Record for AuditRecord {
    fn write(&self, kind: &str, out: &mut ExportWriter) -> std::io::Result<()> {
        out.row(
            kind,
            &[
                (Col::Id, Field::Str(&self.id)),
                (Col::AccountId, Field::opt_str(self.account_id.as_deref())),
                (Col::Username, Field::opt_str(self.username.as_deref())),
                (Col::Operation, Field::Str(&self.operation)),
                (Col::TargetIds, Field::opt_str(self.target_ids.as_deref())),
                (Col::RequestId, Field::opt_str(self.request_id.as_deref())),
                (Col::Result, Field::Str(&self.result)),
                (Col::Success, Field::Bool(self.success)),
                (Col::CreatedAt, Field::Time(self.created_at)),
            ],
        )
    }
}

/// Writes each row of a stream as it arrives.
async fn copy<R: Record>(
    mut rows: BoxStream<'_, Result<R, sqlx::Error>>,
    kind: &str,
    out: &mut ExportWriter,
) -> Result<(), ExportError> {
    while let Some(row) = rows.try_next().await? {
        row.write(kind, out)?;
        out.drain().await?;
    }
    Ok(())
}

impl Store {
    /// Streams the rows of `datasets` in `[from, to)` (unix seconds) visible in `scope` into
    /// `out`, one dataset after the other, from one snapshot of the database.
    pub async fn write_export(
        &self,
        datasets: &[Dataset],
        scope: Scope<'_>,
        from: i64,
        to: i64,
        out: &mut ExportWriter,
    ) -> Result<(), ExportError> {
        let owner = scope.owner();
        let mut tx = self.pool().begin().await?;
        for &dataset in datasets {
            let kind = dataset.label();
            macro_rules! stream {
                ($record:ty, $sql:expr) => {
                    sqlx::query_as::<_, $record>($sql)
                        .bind(from)
                        .bind(to)
                        .bind(owner.clone())
                        .fetch(&mut *tx)
                };
            }
            match dataset {
                Dataset::ServerStatistics => {
                    copy(stream!(MetricRecord, METRICS_SQL), kind, out).await?
                }
                Dataset::UserActivity => {
                    copy(stream!(SessionRecord, SESSIONS_SQL), kind, out).await?
                }
                Dataset::ProtocolPerformance => {
                    copy(stream!(ProtocolRecord, PROTOCOLS_SQL), kind, out).await?
                }
                Dataset::TokenTransactions => {
                    copy(stream!(LedgerRecord, LEDGER_SQL), kind, out).await?
                }
                Dataset::AuditLog => copy(stream!(AuditRecord, AUDIT_SQL), kind, out).await?,
            }
        }
        // Read only: nothing to commit.
        tx.rollback().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::server::export_files::{Exports, FileFormat, rfc3339};

    const ALL: [Dataset; 5] = [
        Dataset::ServerStatistics,
        Dataset::UserActivity,
        Dataset::ProtocolPerformance,
        Dataset::TokenTransactions,
        Dataset::AuditLog,
    ];

    /// Two operators with one server each, a user, and history around the window
    /// [10_000, 20_000): rows at both edges and outside it.
    async fn hand_made_store() -> Store {
        let store = Store::open(crate::server::store::IN_MEMORY).await.unwrap();
        let sql = [
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) VALUES \
             ('op-a', 'alice', '!', 'OPERATOR', 'PREMIUM', 'u1', 0), \
             ('op-b', 'bob', '!', 'OPERATOR', 'FREE', 'u2', 0), \
             ('usr-c', 'carol', '!', 'USER', 'FREE', 'u3', 0)",
            "INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) VALUES \
             ('srv-a', 'op-a', 'a.example.net', '192.0.2.1', 'eu-west', 0), \
             ('srv-b', 'op-b', 'b, \"the\" second.example.net', '192.0.2.2', 'us-east', 0)",
            "INSERT INTO server_protocols (id, server_id, type, port, enabled, connections) VALUES \
             ('p1', 'srv-a', 'VLESS', 443, 1, 7), ('p2', 'srv-a', 'WIREGUARD', 51820, 0, 0), \
             ('p3', 'srv-b', 'VLESS', 443, 1, 3)",
            "INSERT INTO metrics (server_id, ts, cpu, memory, network_in, network_out, connections, latency_ms, error_rate) VALUES \
             ('srv-a', 9999, 1, 1, 1, 1, 1, 1, 0), \
             ('srv-a', 10000, 12.5, 40.25, 3.5, 4.5, 17, 21.75, 0.01), \
             ('srv-a', 15000, 13, 41, 3, 4, 18, 22, 0), \
             ('srv-b', 15000, 90.125, 80, 1, 2, 300, 150.5, 0.5), \
             ('srv-b', 19999, 91, 81, 1, 2, 301, 151, 0.5), \
             ('srv-b', 20000, 1, 1, 1, 1, 1, 1, 0)",
            "INSERT INTO sessions (id, user_id, server_id, protocol, started_at, ended_at, data_gb, upload_mbps, download_mbps, latency_ms, rating) VALUES \
             ('s0', 'usr-c', 'srv-a', 'VLESS', 5000, 6000, 9, 1, 1, 1, NULL), \
             ('s1', 'usr-c', 'srv-a', 'VLESS', 10000, 11000, 1.5, 2, 20, 30, 4), \
             ('s2', 'usr-c', 'srv-a', 'VLESS', 12000, NULL, 0.5, 1, 10, 50, NULL), \
             ('s3', 'usr-c', 'srv-b', 'VLESS', 19000, 19500, 2, 3, 30, 10, 5)",
            "INSERT INTO ledger (id, account_id, server_id, kind, amount, period_end, created_at) VALUES \
             ('l1', 'op-a', 'srv-a', 'claim', 12250000, 14000, 14000), \
             ('l2', 'usr-c', NULL, 'spend', -1500000, NULL, 16000), \
             ('l3', 'op-b', 'srv-b', 'claim', 3000000, 25000, 25000)",
            "INSERT INTO auth_events (username, success, created_at) VALUES \
             ('alice', 1, 10000), ('mallory', 0, 19999), ('alice', 1, 20000)",
            "INSERT INTO audit_log (created_at, account_id, username, operation, target_ids, request_id, result) VALUES \
             (9999, 'op-a', 'alice', 'startMining', '[\"srv-a\"]', NULL, 'OK'), \
             (15000, 'op-a', 'alice', 'claimMiningRewards', '[\"srv-a\"]', 'req-7', 'OK'), \
             (16000, 'op-b', 'bob', 'enableMiningServer', '[\"srv-a\"]', 'req-8', 'AUTH_001')",
        ];
        for statement in sql {
            sqlx::query(statement).execute(store.pool()).await.unwrap();
        }
        store
    }

    async fn export(
        store: &Store,
        dir: &std::path::Path,
        scope: Scope<'_>,
    ) -> (u64, Vec<HashMap<String, String>>) {
        let exports = Exports::new(dir.to_path_buf(), "http://127.0.0.1:1".into());
        let mut out = exports.create(FileFormat::Csv).await.unwrap();
        store
            .write_export(&ALL, scope, 10_000, 20_000, &mut out)
            .await
            .unwrap();
        let file = out.finish().await.unwrap();
        let mut reader = csv::Reader::from_path(dir.join(&file.id)).unwrap();
        let headers = reader.headers().unwrap().clone();
        let rows = reader
            .records()
            .map(|r| {
                let r = r.unwrap();
                headers
                    .iter()
                    .zip(r.iter())
                    .map(|(h, v)| (h.to_string(), v.to_string()))
                    .collect()
            })
            .collect();
        (file.rows, rows)
    }

    fn of_kind<'a>(
        rows: &'a [HashMap<String, String>],
        kind: &str,
    ) -> Vec<&'a HashMap<String, String>> {
        rows.iter().filter(|r| r["kind"] == kind).collect()
    }

    async fn count(store: &Store, sql: &str) -> usize {
        let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_string()))
            .fetch_one(store.pool())
            .await
            .unwrap();
        n as usize
    }

    #[tokio::test]
    async fn csv_of_a_window_is_the_rows_of_the_window() {
        let store = hand_made_store().await;
        let dir = tempfile::tempdir().unwrap();
        let (reported, rows) = export(&store, dir.path(), Scope::All).await;
        assert_eq!(reported as usize, rows.len());

        let metrics = of_kind(&rows, "SERVER_STATISTICS");
        let in_window = "WHERE ts >= 10000 AND ts < 20000";
        assert_eq!(
            metrics.len(),
            count(&store, &format!("SELECT COUNT(*) FROM metrics {in_window}")).await
        );
        assert_eq!(metrics.len(), 4);
        // Oldest first; the row at `from` is in, the one at `to` is out.
        let first = metrics[0];
        assert_eq!(first["server_id"], "srv-a");
        assert_eq!(first["host_name"], "a.example.net");
        assert_eq!(first["ts"], "1970-01-01T02:46:40Z");
        assert_eq!(first["ts"], rfc3339(10_000).unwrap());
        assert_eq!(first["cpu"], "12.5");
        assert_eq!(first["memory"], "40.25");
        assert_eq!(first["network_in"], "3.5");
        assert_eq!(first["network_out"], "4.5");
        assert_eq!(first["connections"], "17");
        assert_eq!(first["latency_ms"], "21.75");
        assert_eq!(first["error_rate"], "0.01");
        assert_eq!(first["id"], "", "not a column of metrics");
        assert_eq!(metrics[3]["host_name"], "b, \"the\" second.example.net");
        assert_eq!(metrics[3]["ts"], rfc3339(19_999).unwrap());

        let sessions = of_kind(&rows, "USER_ACTIVITY");
        assert_eq!(
            sessions.len(),
            count(
                &store,
                "SELECT COUNT(*) FROM sessions WHERE started_at >= 10000 AND started_at < 20000"
            )
            .await
        );
        let ids: Vec<&str> = sessions.iter().map(|s| s["id"].as_str()).collect();
        assert_eq!(ids, ["s1", "s2", "s3"]);
        assert_eq!(sessions[0]["ended_at"], rfc3339(11_000).unwrap());
        assert_eq!(sessions[0]["rating"], "4");
        assert_eq!(sessions[0]["data_gb"], "1.5");
        assert_eq!(sessions[1]["ended_at"], "", "still open");
        assert_eq!(sessions[1]["rating"], "");

        let protocols = of_kind(&rows, "PROTOCOL_PERFORMANCE");
        assert_eq!(
            protocols.len(),
            count(&store, "SELECT COUNT(*) FROM server_protocols").await
        );
        let vless_a = protocols
            .iter()
            .find(|p| p["server_id"] == "srv-a" && p["protocol"] == "VLESS")
            .unwrap();
        assert_eq!(vless_a["port"], "443");
        assert_eq!(vless_a["enabled"], "true");
        assert_eq!(vless_a["connections"], "7");
        assert_eq!(vless_a["sessions"], "2", "s0 started before the window");
        assert_eq!(vless_a["data_gb"], "2");
        assert_eq!(vless_a["avg_latency_ms"], "40");
        let wireguard_a = protocols
            .iter()
            .find(|p| p["protocol"] == "WIREGUARD")
            .unwrap();
        assert_eq!(wireguard_a["enabled"], "false");
        assert_eq!(wireguard_a["sessions"], "0");
        assert_eq!(wireguard_a["avg_latency_ms"], "");

        let ledger = of_kind(&rows, "TOKEN_TRANSACTIONS");
        let ids: Vec<&str> = ledger.iter().map(|l| l["id"].as_str()).collect();
        assert_eq!(ids, ["l1", "l2"]);
        assert_eq!(ledger[0]["entry_type"], "claim");
        assert_eq!(ledger[0]["amount"], "12.25");
        assert_eq!(ledger[0]["period_end"], rfc3339(14_000).unwrap());
        assert_eq!(ledger[1]["server_id"], "");

        // Logins and audited mutations, one trail in time order.
        let audit = of_kind(&rows, "AUDIT_LOG");
        let trail: Vec<(&str, &str, &str)> = audit
            .iter()
            .map(|a| {
                (
                    a["username"].as_str(),
                    a["operation"].as_str(),
                    a["result"].as_str(),
                )
            })
            .collect();
        assert_eq!(
            trail,
            [
                ("alice", "authenticate", "OK"),
                ("alice", "claimMiningRewards", "OK"),
                ("bob", "enableMiningServer", "AUTH_001"),
                ("mallory", "authenticate", "AUTH_001"),
            ]
        );
        let successes: Vec<&str> = audit.iter().map(|a| a["success"].as_str()).collect();
        assert_eq!(successes, ["true", "true", "false", "false"]);
        let claim = audit[1];
        assert_eq!(claim["account_id"], "op-a");
        assert_eq!(claim["target_ids"], "[\"srv-a\"]");
        assert_eq!(claim["request_id"], "req-7");
        assert_eq!(claim["created_at"], rfc3339(15_000).unwrap());
        assert!(claim["id"].starts_with("mutation-") && audit[0]["id"].starts_with("login-"));

        assert_eq!(rows.len(), 4 + 3 + 3 + 2 + 4);
    }

    #[tokio::test]
    async fn an_operator_exports_only_rows_of_its_servers() {
        let store = hand_made_store().await;
        let dir = tempfile::tempdir().unwrap();
        let (reported, rows) = export(&store, dir.path(), Scope::Owner("op-b")).await;
        assert_eq!(reported as usize, rows.len());
        let kinds: Vec<(&str, &str)> = rows
            .iter()
            .map(|r| (r["kind"].as_str(), r["server_id"].as_str()))
            .collect();
        assert_eq!(
            kinds,
            [
                ("SERVER_STATISTICS", "srv-b"),
                ("SERVER_STATISTICS", "srv-b"),
                ("USER_ACTIVITY", "srv-b"),
                ("PROTOCOL_PERFORMANCE", "srv-b"),
            ]
        );
    }

    /// Text cells starting with each formula trigger, one per kind of export; negative
    /// numbers beside them.
    const TRIGGERS: [&str; 6] = ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1"];

    async fn planted_store() -> Store {
        let store = Store::open(crate::server::store::IN_MEMORY).await.unwrap();
        let [eq, plus, minus, at, tab, cr] = TRIGGERS;
        let statements = [
            format!(
                "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) \
                 VALUES ('{minus}', 'op', '!', 'OPERATOR', 'FREE', 'u1', 0)"
            ),
            format!(
                "INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) \
                 VALUES ('{at}', '{minus}', '{eq}', '192.0.2.1', 'eu', 0)"
            ),
            format!(
                "INSERT INTO server_protocols (id, server_id, type, port, enabled, connections) \
                 VALUES ('p1', '{at}', 'VLESS', 443, 1, 0)"
            ),
            format!(
                "INSERT INTO metrics (server_id, ts, cpu, memory, network_in, network_out, \
                 connections, latency_ms, error_rate) \
                 VALUES ('{at}', 10000, -5, 1e-3, -0.5, 1, -2, 1, 0)"
            ),
            format!(
                "INSERT INTO sessions (id, user_id, server_id, protocol, started_at, ended_at, \
                 data_gb, upload_mbps, download_mbps, latency_ms, rating) \
                 VALUES ('{tab}', '{minus}', '{at}', 'VLESS', 10000, NULL, -1e-3, -1, 1, 1, 5)"
            ),
            format!(
                "INSERT INTO ledger (id, account_id, server_id, kind, amount, period_end, created_at) \
                 VALUES ('{cr}', '{minus}', '{at}', 'spend', -5000000, NULL, 10000)"
            ),
            format!(
                "INSERT INTO auth_events (username, success, created_at) VALUES ('{plus}', 0, 10000)"
            ),
        ];
        for statement in statements {
            sqlx::query(sqlx::AssertSqlSafe(statement))
                .execute(store.pool())
                .await
                .unwrap();
        }
        store
    }

    #[tokio::test]
    async fn every_kind_neutralises_formula_text_and_keeps_numbers() {
        let store = planted_store().await;
        let dir = tempfile::tempdir().unwrap();
        let (_, rows) = export(&store, dir.path(), Scope::All).await;
        let [eq, plus, minus, at, tab, cr] = TRIGGERS.map(|t| format!("'{t}"));
        let cell = |kind: &str, column: &str| -> String {
            let rows = of_kind(&rows, kind);
            assert_eq!(rows.len(), 1, "{kind}");
            rows[0][column].clone()
        };
        let expected = [
            ("SERVER_STATISTICS", "server_id", at.as_str()),
            ("SERVER_STATISTICS", "host_name", eq.as_str()),
            ("SERVER_STATISTICS", "cpu", "-5"),
            ("SERVER_STATISTICS", "memory", "0.001"),
            ("SERVER_STATISTICS", "network_in", "-0.5"),
            ("SERVER_STATISTICS", "connections", "-2"),
            ("USER_ACTIVITY", "id", tab.as_str()),
            ("USER_ACTIVITY", "user_id", minus.as_str()),
            ("USER_ACTIVITY", "server_id", at.as_str()),
            ("USER_ACTIVITY", "data_gb", "-0.001"),
            ("USER_ACTIVITY", "upload_mbps", "-1"),
            ("PROTOCOL_PERFORMANCE", "server_id", at.as_str()),
            ("PROTOCOL_PERFORMANCE", "host_name", eq.as_str()),
            ("TOKEN_TRANSACTIONS", "id", cr.as_str()),
            ("TOKEN_TRANSACTIONS", "account_id", minus.as_str()),
            ("TOKEN_TRANSACTIONS", "server_id", at.as_str()),
            ("TOKEN_TRANSACTIONS", "amount", "-5"),
            ("AUDIT_LOG", "username", plus.as_str()),
        ];
        for (kind, column, want) in expected {
            assert_eq!(cell(kind, column), want, "{kind} {column}");
        }
        // No text cell of any row starts a formula.
        for row in &rows {
            for (column, value) in row {
                let numeric = value.parse::<f64>().is_ok();
                assert!(
                    numeric || !value.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{column} = {value:?}"
                );
            }
        }
    }
}
