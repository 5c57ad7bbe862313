//! The rows of `exportDetailedStats`, streamed from the database into an export file.
//!
//! Every kind is read with `fetch` (a stream of rows, at most a few dozen in flight) inside one
//! read transaction, so the kinds of one file come from one snapshot and memory stays flat
//! whatever the number of rows. Windows are half-open, `[from, to)`, on the row's own time:
//! a metric sample's `ts`, a session's `started_at`, a ledger entry's, withdrawal's or auth
//! event's `created_at`. Scoped to an operator, only rows of the operator's servers are read,
//! except for LEDGER and WITHDRAWALS, which are an account's own: the operator's account.

use futures_util::TryStreamExt as _;
use futures_util::stream::BoxStream;
use sqlx::FromRow;

use super::Store;
use super::rows::row_struct;
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
    /// Ledger entries of servers: claims and what else names a server.
    TokenTransactions,
    /// Every ledger entry of the accounts in scope, with the account's running balance.
    Ledger,
    /// Withdrawal requests, whatever their state.
    Withdrawals,
    /// Login attempts (`auth_events`) and the audit trail of mutations (`audit_log`), in time
    /// order; not scoped to servers, so admins only.
    AuditLog,
    /// Alerts firing at some time in the window (started before its end, not resolved before
    /// its start): the alert history. Scoped to an operator: its servers' alerts and its own
    /// rules'.
    Alerts,
}

impl Dataset {
    pub fn label(self) -> &'static str {
        match self {
            Self::ServerStatistics => "SERVER_STATISTICS",
            Self::UserActivity => "USER_ACTIVITY",
            Self::ProtocolPerformance => "PROTOCOL_PERFORMANCE",
            Self::TokenTransactions => "TOKEN_TRANSACTIONS",
            Self::Ledger => "LEDGER",
            Self::Withdrawals => "WITHDRAWALS",
            Self::AuditLog => "AUDIT_LOG",
            Self::Alerts => "ALERTS",
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
trait Record: for<'r> FromRow<'r, sqlx::any::AnyRow> + Send + Unpin {
    fn write(&self, kind: &str, out: &mut ExportWriter) -> std::io::Result<()>;
}

row_struct! {
    /// A metric sample, or an hour of them rolled up by the retention pass (migration 0016): its
    /// figures are then the hour's averages, stamped at the hour's start, and `samples` says how
    /// many samples they stand for, so that a reader's totals (average times samples) are those
    /// of the raw samples. Connections of such a row are an average too, so not always whole.
    #[derive(Debug)]
    struct MetricRecord {
        server_id: String,
        host_name: String,
        ts: i64,
        samples: i64,
        cpu: f64,
        memory: f64,
        network_in: f64,
        network_out: f64,
        connections: i64,
        latency_ms: f64,
        error_rate: f64,
    }
}

const METRICS_SQL: &str = "SELECT m.server_id, s.host_name, m.ts, m.samples, m.cpu, m.memory, \
    m.network_in, m.network_out, m.connections, m.latency_ms, m.error_rate \
    FROM metrics m JOIN servers s ON s.id = m.server_id \
    WHERE m.ts >= ?1 AND m.ts < ?2 AND (?3 IS NULL OR s.owner_id = ?3) \
    ORDER BY m.ts, m.server_id";

impl Record for MetricRecord {
    fn write(&self, kind: &str, out: &mut ExportWriter) -> std::io::Result<()> {
        let weight = self.samples.max(1);
        let average = |sum: f64| sum / weight as f64;
        let connections = if weight == 1 {
            Field::Int(self.connections)
        } else {
            Field::Float(self.connections as f64 / weight as f64)
        };
        out.row(
            kind,
            &[
                (Col::ServerId, Field::Str(&self.server_id)),
                (Col::HostName, Field::Str(&self.host_name)),
                (Col::Ts, Field::Time(self.ts)),
                (Col::Cpu, Field::Float(average(self.cpu))),
                (Col::Memory, Field::Float(average(self.memory))),
                (Col::NetworkIn, Field::Float(average(self.network_in))),
                (Col::NetworkOut, Field::Float(average(self.network_out))),
                (Col::Connections, connections),
                (Col::LatencyMs, Field::Float(average(self.latency_ms))),
                (Col::ErrorRate, Field::Float(average(self.error_rate))),
                (Col::Samples, Field::Int(self.samples)),
            ],
        )
    }
}

row_struct! {
    #[derive(Debug)]
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

row_struct! {
    #[derive(Debug)]
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
}

/// Sessions count for an endpoint when they used its protocol on its server.
const PROTOCOLS_SQL: &str = "SELECT p.server_id, s.host_name, p.type AS protocol, p.port, \
    p.enabled, p.connections, COUNT(se.id) AS sessions, \
    COALESCE(SUM(se.data_gb), 0.0) AS data_gb, AVG(se.latency_ms) AS avg_latency_ms \
    FROM server_protocols p JOIN servers s ON s.id = p.server_id \
    LEFT JOIN sessions se ON se.server_id = p.server_id AND se.protocol = p.type \
      AND se.started_at >= ?1 AND se.started_at < ?2 \
    WHERE (?3 IS NULL OR s.owner_id = ?3) \
    GROUP BY p.id, s.host_name ORDER BY p.server_id, p.type";

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

row_struct! {
    #[derive(Debug)]
    struct LedgerRecord {
        id: String,
        account_id: String,
        server_id: Option<String>,
        entry_type: String,
        amount: Tokens,
        period_end: Option<i64>,
        created_at: i64,
    }
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

row_struct! {
    #[derive(Debug)]
    struct AccountEntryRecord {
        seq: i64,
        id: String,
        account_id: String,
        server_id: Option<String>,
        withdrawal_id: Option<String>,
        entry_type: String,
        amount: Tokens,
        balance: Tokens,
        held: Tokens,
        created_at: i64,
    }
}

/// Every entry with its account's balance and held amount just after it, as
/// `account_balances` keeps them (balance: all but holds and releases; held: minus holds and
/// releases). The running sums go over the account's whole history, not just the window, so
/// they are the real figures of the day. Entries run in time order (`created_at`, then `seq`
/// within a second), the order the earnings statement dates balances in.
const ACCOUNT_LEDGER_SQL: &str = "SELECT seq, id, account_id, server_id, withdrawal_id, \
    entry_type, amount, balance, held, created_at FROM ( \
    SELECT seq, id, account_id, server_id, withdrawal_id, kind AS entry_type, amount, \
    created_at, \
    SUM(CASE WHEN kind IN ('hold', 'release') THEN 0 ELSE amount END) \
    OVER running AS balance, \
    -SUM(CASE WHEN kind IN ('hold', 'release') THEN amount ELSE 0 END) \
    OVER running AS held \
    FROM ledger WHERE ?3 IS NULL OR account_id = ?3 \
    WINDOW running AS (PARTITION BY account_id ORDER BY created_at, seq ROWS UNBOUNDED PRECEDING)) AS entries \
    WHERE created_at >= ?1 AND created_at < ?2 \
    ORDER BY created_at, seq";

impl Record for AccountEntryRecord {
    fn write(&self, kind: &str, out: &mut ExportWriter) -> std::io::Result<()> {
        out.row(
            kind,
            &[
                (Col::Seq, Field::Int(self.seq)),
                (Col::Id, Field::Str(&self.id)),
                (Col::AccountId, Field::Str(&self.account_id)),
                (Col::ServerId, Field::opt_str(self.server_id.as_deref())),
                (
                    Col::WithdrawalId,
                    Field::opt_str(self.withdrawal_id.as_deref()),
                ),
                (Col::EntryType, Field::Str(&self.entry_type)),
                (Col::Amount, Field::Tokens(self.amount)),
                (Col::Balance, Field::Tokens(self.balance)),
                (Col::Held, Field::Tokens(self.held)),
                (Col::CreatedAt, Field::Time(self.created_at)),
            ],
        )
    }
}

row_struct! {
    #[derive(Debug)]
    struct WithdrawalRecord {
        id: String,
        account_id: String,
        amount: Tokens,
        fee: Tokens,
        destination: String,
        status: String,
        payout_reference: Option<String>,
        reason: Option<String>,
        decided_by: Option<String>,
        created_at: i64,
        updated_at: i64,
    }
}

/// Requests made in the window, whatever their state now. `net` (what the destination
/// receives) is computed here from the two exact amounts rather than stored.
const WITHDRAWALS_SQL: &str = "SELECT id, account_id, amount, fee, destination, status, \
    payout_reference, reason, decided_by, created_at, updated_at FROM withdrawals \
    WHERE created_at >= ?1 AND created_at < ?2 AND (?3 IS NULL OR account_id = ?3) \
    ORDER BY created_at, id";

impl Record for WithdrawalRecord {
    fn write(&self, kind: &str, out: &mut ExportWriter) -> std::io::Result<()> {
        // The table's CHECK keeps fee < amount, so this never overflows; a row that broke it
        // would be written without a net rather than with a wrong one.
        let net = self.amount.checked_sub(self.fee);
        out.row(
            kind,
            &[
                (Col::Id, Field::Str(&self.id)),
                (Col::AccountId, Field::Str(&self.account_id)),
                (Col::Amount, Field::Tokens(self.amount)),
                (Col::Fee, Field::Tokens(self.fee)),
                (Col::Net, net.map_or(Field::Null, Field::Tokens)),
                (Col::Destination, Field::Str(&self.destination)),
                (Col::Status, Field::Str(&self.status)),
                (
                    Col::PayoutReference,
                    Field::opt_str(self.payout_reference.as_deref()),
                ),
                (Col::Reason, Field::opt_str(self.reason.as_deref())),
                (Col::DecidedBy, Field::opt_str(self.decided_by.as_deref())),
                (Col::CreatedAt, Field::Time(self.created_at)),
                (Col::UpdatedAt, Field::Time(self.updated_at)),
            ],
        )
    }
}

row_struct! {
    #[derive(Debug)]
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
        result, CASE WHEN result = 'OK' THEN 1 ELSE 0 END, created_at \
      FROM audit_log WHERE created_at >= ?1 AND created_at < ?2 AND ?3 IS NULL) AS events \
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

row_struct! {
    #[derive(Debug)]
    struct AlertRecord {
        id: String,
        rule_id: String,
        rule_name: String,
        metric: String,
        server_id: Option<String>,
        host_name: Option<String>,
        severity: String,
        state: String,
        value: f64,
        last_value: f64,
        threshold: f64,
        summary: String,
        started_at: i64,
        resolved_at: Option<i64>,
        silenced: bool,
        acked_by: Option<String>,
        acked_at: Option<i64>,
        ack_comment: Option<String>,
    }
}

/// The same window and scope as `Store::alerts` (store::alert_events): what was firing in
/// `[from, to)`, an operator's servers' alerts and its own rules'.
const ALERTS_SQL: &str = "SELECT a.id, a.rule_id, r.name AS rule_name, r.metric, a.server_id, \
    s.host_name, a.severity, a.state, a.value, a.last_value, a.threshold, a.summary, \
    a.started_at, a.resolved_at, a.silenced, a.acked_by, a.acked_at, a.ack_comment \
    FROM alerts a JOIN alert_rules r ON r.id = a.rule_id LEFT JOIN servers s ON s.id = a.server_id \
    WHERE a.started_at < ?2 AND (a.resolved_at IS NULL OR a.resolved_at >= ?1) \
      AND (?3 IS NULL OR s.owner_id = ?3 OR r.owner_id = ?3) \
    ORDER BY a.started_at, a.rowid";

impl Record for AlertRecord {
    fn write(&self, kind: &str, out: &mut ExportWriter) -> std::io::Result<()> {
        out.row(
            kind,
            &[
                (Col::Id, Field::Str(&self.id)),
                (Col::RuleId, Field::Str(&self.rule_id)),
                (Col::RuleName, Field::Str(&self.rule_name)),
                (Col::Metric, Field::Str(&self.metric)),
                (Col::ServerId, Field::opt_str(self.server_id.as_deref())),
                (Col::HostName, Field::opt_str(self.host_name.as_deref())),
                (Col::Severity, Field::Str(&self.severity)),
                (Col::State, Field::Str(&self.state)),
                (Col::Value, Field::Float(self.value)),
                (Col::LastValue, Field::Float(self.last_value)),
                (Col::Threshold, Field::Float(self.threshold)),
                (Col::Summary, Field::Str(&self.summary)),
                (Col::StartedAt, Field::Time(self.started_at)),
                (Col::ResolvedAt, Field::opt_time(self.resolved_at)),
                (Col::Silenced, Field::Bool(self.silenced)),
                (Col::AckedBy, Field::opt_str(self.acked_by.as_deref())),
                (Col::AckedAt, Field::opt_time(self.acked_at)),
                (Col::AckComment, Field::opt_str(self.ack_comment.as_deref())),
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
        let mut tx = self.pool().begin_read().await?;
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
                Dataset::Ledger => {
                    copy(stream!(AccountEntryRecord, ACCOUNT_LEDGER_SQL), kind, out).await?
                }
                Dataset::Withdrawals => {
                    copy(stream!(WithdrawalRecord, WITHDRAWALS_SQL), kind, out).await?
                }
                Dataset::AuditLog => copy(stream!(AuditRecord, AUDIT_SQL), kind, out).await?,
                Dataset::Alerts => copy(stream!(AlertRecord, ALERTS_SQL), kind, out).await?,
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

    const ALL: [Dataset; 7] = [
        Dataset::ServerStatistics,
        Dataset::UserActivity,
        Dataset::ProtocolPerformance,
        Dataset::TokenTransactions,
        Dataset::Ledger,
        Dataset::Withdrawals,
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

        // The same two entries in LEDGER, each with its account's balance after it.
        let entries = of_kind(&rows, "LEDGER");
        let ids: Vec<(&str, &str)> = entries
            .iter()
            .map(|l| (l["id"].as_str(), l["balance"].as_str()))
            .collect();
        assert_eq!(ids, [("l1", "12.25"), ("l2", "-1.5")]);

        assert_eq!(rows.len(), 4 + 3 + 3 + 2 + 2 + 4);
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

    /// An operator's claims and spending, before and in the window, and three withdrawals:
    /// one paid (hold, then release, fee to the platform and payout), one pending (hold), one
    /// rejected (hold, release). Destinations and reasons are user text that would be
    /// formulas in a spreadsheet.
    async fn money_store() -> Store {
        let store = Store::open(crate::server::store::IN_MEMORY).await.unwrap();
        let sql = [
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) VALUES \
             ('op-a', 'alice', '!', 'OPERATOR', 'PREMIUM', 'u1', 0), \
             ('op-b', 'bob', '!', 'OPERATOR', 'FREE', 'u2', 0)",
            "INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) VALUES \
             ('srv-a', 'op-a', 'a.example.net', '192.0.2.1', 'eu-west', 0), \
             ('srv-b', 'op-b', 'b.example.net', '192.0.2.2', 'us-east', 0)",
            "INSERT INTO withdrawals (id, account_id, amount, fee, destination, status, \
               idempotency_key, requested_by, payout_reference, reason, decided_by, created_at, updated_at) VALUES \
             ('w1', 'op-a', 5000000, 100000, '=HYPERLINK(\"http://x\")', 'PAID', 'k1', 'op-a', 'tx-1', NULL, 'admin', 13000, 14000), \
             ('w2', 'op-a', 2500000, 50000, '0x52908400098527886E0F7030069857D2E4169EE7', 'PENDING', 'k2', 'op-a', NULL, NULL, NULL, 15000, 15000), \
             ('w3', 'op-a', 1000000, 0, '0xde709f2102306220921060314715629080e2fb77', 'REJECTED', 'k3', 'op-a', NULL, '-2+3 looks wrong', 'admin', 16000, 16500), \
             ('w4', 'op-b', 1000000, 0, '0xde709f2102306220921060314715629080e2fb77', 'PENDING', 'k4', 'op-b', NULL, NULL, NULL, 17000, 17000)",
            "INSERT INTO ledger (id, account_id, server_id, withdrawal_id, kind, amount, period_end, created_at) VALUES \
             ('c0', 'op-a', 'srv-a', NULL, 'claim', 1000000, 5000, 5000), \
             ('c1', 'op-a', 'srv-a', NULL, 'claim', 12250000, 11000, 11000), \
             ('c2', 'op-a', 'srv-a', NULL, 'claim', 1, 11500, 11500), \
             ('s1', 'op-a', NULL, NULL, 'spend', -1500000, NULL, 12000), \
             ('h1', 'op-a', NULL, 'w1', 'hold', -5000000, NULL, 13000), \
             ('r1', 'op-a', NULL, 'w1', 'release', 5000000, NULL, 14000), \
             ('f1', 'op-a', NULL, 'w1', 'fee', -100000, NULL, 14000), \
             ('f1p', 'platform', NULL, 'w1', 'fee', 100000, NULL, 14000), \
             ('p1', 'op-a', NULL, 'w1', 'payout', -4900000, NULL, 14000), \
             ('h2', 'op-a', NULL, 'w2', 'hold', -2500000, NULL, 15000), \
             ('h3', 'op-a', NULL, 'w3', 'hold', -1000000, NULL, 16000), \
             ('r3', 'op-a', NULL, 'w3', 'release', 1000000, NULL, 16500), \
             ('c3', 'op-b', 'srv-b', NULL, 'claim', 3000000, 16900, 16900), \
             ('h4', 'op-b', NULL, 'w4', 'hold', -1000000, NULL, 17000)",
        ];
        for statement in sql {
            sqlx::query(statement).execute(store.pool()).await.unwrap();
        }
        store
    }

    /// The rows of one export of `datasets` in `[from, to)`, as text by column, read back from
    /// the file in either format (JSON strings as they are, other JSON values as JSON text).
    async fn export_money(
        store: &Store,
        scope: Scope<'_>,
        datasets: &[Dataset],
        format: FileFormat,
        (from, to): (i64, i64),
    ) -> Vec<HashMap<String, String>> {
        let dir = tempfile::tempdir().unwrap();
        let exports = Exports::new(dir.path().to_path_buf(), "http://127.0.0.1:1".into());
        let mut out = exports.create(format).await.unwrap();
        store
            .write_export(datasets, scope, from, to, &mut out)
            .await
            .unwrap();
        let file = out.finish().await.unwrap();
        let bytes = std::fs::read(dir.path().join(&file.id)).unwrap();
        let rows: Vec<HashMap<String, String>> = match format {
            FileFormat::Csv => {
                let mut reader = csv::Reader::from_reader(bytes.as_slice());
                let headers = reader.headers().unwrap().clone();
                reader
                    .records()
                    .map(|r| {
                        let r = r.unwrap();
                        headers
                            .iter()
                            .zip(r.iter())
                            .filter(|(_, v)| !v.is_empty())
                            .map(|(h, v)| (h.to_string(), v.to_string()))
                            .collect()
                    })
                    .collect()
            }
            FileFormat::Json => {
                let rows: Vec<serde_json::Map<String, serde_json::Value>> =
                    serde_json::from_slice(&bytes).unwrap();
                rows.into_iter()
                    .map(|row| {
                        row.into_iter()
                            .filter(|(_, v)| !v.is_null())
                            .map(|(k, v)| match v {
                                serde_json::Value::String(s) => (k, s),
                                other => (k, other.to_string()),
                            })
                            .collect()
                    })
                    .collect()
            }
        };
        assert_eq!(file.rows as usize, rows.len());
        rows
    }

    async fn balances(store: &Store, account: &str) -> (Tokens, Tokens) {
        let (balance, held): (i64, i64) =
            sqlx::query_as("SELECT balance, held FROM account_balances WHERE account_id = ?")
                .bind(account)
                .fetch_one(store.pool())
                .await
                .unwrap();
        (Tokens::from_micro(balance), Tokens::from_micro(held))
    }

    #[tokio::test]
    async fn ledger_export_carries_exact_amounts_and_the_running_balance() {
        let store = money_store().await;
        let everything = (0, 30_000);
        for format in [FileFormat::Csv, FileFormat::Json] {
            let rows =
                export_money(&store, Scope::All, &[Dataset::Ledger], format, everything).await;
            let entries: Vec<(&str, &str, &str, &str, &str)> = rows
                .iter()
                .map(|r| {
                    assert_eq!(r["kind"], "LEDGER");
                    (
                        r["id"].as_str(),
                        r["entry_type"].as_str(),
                        r["amount"].as_str(),
                        r["balance"].as_str(),
                        r["held"].as_str(),
                    )
                })
                .collect();
            assert_eq!(
                entries,
                [
                    ("c0", "claim", "1", "1", "0"),
                    ("c1", "claim", "12.25", "13.25", "0"),
                    ("c2", "claim", "0.000001", "13.250001", "0"),
                    ("s1", "spend", "-1.5", "11.750001", "0"),
                    ("h1", "hold", "-5", "11.750001", "5"),
                    ("r1", "release", "5", "11.750001", "0"),
                    ("f1", "fee", "-0.1", "11.650001", "0"),
                    ("f1p", "fee", "0.1", "0.1", "0"),
                    ("p1", "payout", "-4.9", "6.750001", "0"),
                    ("h2", "hold", "-2.5", "6.750001", "2.5"),
                    ("h3", "hold", "-1", "6.750001", "3.5"),
                    ("r3", "release", "1", "6.750001", "2.5"),
                    ("c3", "claim", "3", "3", "0"),
                    ("h4", "hold", "-1", "3", "1"),
                ],
                "{format:?}"
            );
            let seqs: Vec<i64> = rows.iter().map(|r| r["seq"].parse().unwrap()).collect();
            assert!(seqs.windows(2).all(|w| w[0] < w[1]), "{seqs:?}");
            assert_eq!(rows[4]["withdrawal_id"], "w1");
            assert_eq!(rows[1]["server_id"], "srv-a");
            assert!(!rows[3].contains_key("server_id"));
            assert_eq!(rows[0]["created_at"], rfc3339(5_000).unwrap());

            // Each account's last running figures are what account_balances keeps, and the
            // amounts sum to them exactly.
            for account in ["op-a", "op-b", "platform"] {
                let mine: Vec<&HashMap<String, String>> =
                    rows.iter().filter(|r| r["account_id"] == account).collect();
                let last = mine.last().unwrap();
                let tokens = |text: &str| text.parse::<Tokens>().unwrap();
                let (balance, held) = balances(&store, account).await;
                assert_eq!(
                    (tokens(&last["balance"]), tokens(&last["held"])),
                    (balance, held)
                );
                let available = Tokens::sum(mine.iter().map(|r| tokens(&r["amount"]))).unwrap();
                assert_eq!(available, balance.checked_sub(held).unwrap(), "{account}");
            }
        }

        // A window shows the running balance of the whole history, not of the window.
        let rows = export_money(
            &store,
            Scope::All,
            &[Dataset::Ledger],
            FileFormat::Csv,
            (11_500, 14_000),
        )
        .await;
        let ids: Vec<(&str, &str)> = rows
            .iter()
            .map(|r| (r["id"].as_str(), r["balance"].as_str()))
            .collect();
        assert_eq!(
            ids,
            [
                ("c2", "13.250001"),
                ("s1", "11.750001"),
                ("h1", "11.750001")
            ]
        );
    }

    #[tokio::test]
    async fn withdrawals_export_is_exact_and_safe_to_open() {
        let store = money_store().await;
        let everything = (0, 30_000);
        for format in [FileFormat::Csv, FileFormat::Json] {
            let rows = export_money(
                &store,
                Scope::All,
                &[Dataset::Withdrawals],
                format,
                everything,
            )
            .await;
            let figures: Vec<(&str, &str, &str, &str, &str)> = rows
                .iter()
                .map(|r| {
                    assert_eq!(r["kind"], "WITHDRAWALS");
                    (
                        r["id"].as_str(),
                        r["amount"].as_str(),
                        r["fee"].as_str(),
                        r["net"].as_str(),
                        r["status"].as_str(),
                    )
                })
                .collect();
            assert_eq!(
                figures,
                [
                    ("w1", "5", "0.1", "4.9", "PAID"),
                    ("w2", "2.5", "0.05", "2.45", "PENDING"),
                    ("w3", "1", "0", "1", "REJECTED"),
                    ("w4", "1", "0", "1", "PENDING"),
                ],
                "{format:?}"
            );
            let paid = &rows[0];
            assert_eq!(paid["payout_reference"], "tx-1");
            assert_eq!(paid["decided_by"], "admin");
            assert_eq!(paid["created_at"], rfc3339(13_000).unwrap());
            assert_eq!(paid["updated_at"], rfc3339(14_000).unwrap());
            assert!(!rows[1].contains_key("payout_reference"));
            assert!(!rows[1].contains_key("reason"));
            assert_eq!(
                rows[1]["destination"],
                "0x52908400098527886E0F7030069857D2E4169EE7"
            );
            // User text: a formula in a spreadsheet only if the CSV left it as it was.
            let (destination, reason) = match format {
                FileFormat::Csv => ("'=HYPERLINK(\"http://x\")", "'-2+3 looks wrong"),
                FileFormat::Json => ("=HYPERLINK(\"http://x\")", "-2+3 looks wrong"),
            };
            assert_eq!(paid["destination"], destination);
            assert_eq!(rows[2]["reason"], reason);
        }
        // The paid one's net is what left in the payout entry.
        let payout: i64 = sqlx::query_scalar(
            "SELECT -amount FROM ledger WHERE kind = 'payout' AND withdrawal_id = 'w1'",
        )
        .fetch_one(store.pool())
        .await
        .unwrap();
        assert_eq!(Tokens::from_micro(payout).to_string(), "4.9");
    }

    #[tokio::test]
    async fn an_operator_exports_only_its_own_accounts_money() {
        let store = money_store().await;
        let rows = export_money(
            &store,
            Scope::Owner("op-b"),
            &[Dataset::Ledger, Dataset::Withdrawals],
            FileFormat::Json,
            (0, 30_000),
        )
        .await;
        let ids: Vec<(&str, &str, &str)> = rows
            .iter()
            .map(|r| {
                (
                    r["kind"].as_str(),
                    r["id"].as_str(),
                    r["account_id"].as_str(),
                )
            })
            .collect();
        assert_eq!(
            ids,
            [
                ("LEDGER", "c3", "op-b"),
                ("LEDGER", "h4", "op-b"),
                ("WITHDRAWALS", "w4", "op-b"),
            ]
        );
        assert_eq!(rows[1]["held"], "1");
    }
}
