//! The retention pass (issue #15): raw metric samples older than the retention rolled up to
//! one row per server and hour (see migrations/0016_metric_rollups.sql for what the rows
//! then mean), old login attempts, audit rows and finished webhook deliveries deleted; and
//! what an admin sees of it: table sizes and what the next pass would do.
//!
//! Every write is a short transaction over a bounded batch, so that heartbeats and requests
//! wait at most one batch for the write lock, however much the pass has to do.

use super::rows::row_struct;
use super::{Engine, Store, StoreError};
use crate::domain::retention::{PassCutoffs, rollup_scan_from};

const HOUR_SECS: i64 = 3_600;
const DAY_SECS: i64 = 86_400;

/// Server-hours rolled up per transaction: at a sample a minute, some 12,000 rows read and
/// deleted, a few tens of milliseconds of write lock.
pub const ROLLUP_BATCH_HOURS: usize = 200;
/// Rows deleted per transaction by the other retentions.
pub const PRUNE_BATCH_ROWS: i64 = 5_000;

/// What one pass did, or (from [`Store::maintenance_preview`]) would do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PassCounts {
    /// Server-hours rolled up (each now one row).
    pub hours_rolled_up: i64,
    /// Metric rows those hours held before: `hours_rolled_up` of them remain.
    pub samples_rolled_up: i64,
    pub auth_events_pruned: i64,
    pub audit_rows_pruned: i64,
    pub deliveries_pruned: i64,
    pub dead_deliveries_pruned: i64,
}

impl PassCounts {
    /// Rows the pass removes in all: the roll-up's as well as the deletes'.
    pub fn rows_removed(&self) -> i64 {
        self.samples_rolled_up - self.hours_rolled_up
            + self.auth_events_pruned
            + self.audit_rows_pruned
            + self.deliveries_pruned
            + self.dead_deliveries_pruned
    }
}

row_struct! {
    /// A table of the database, with its indexes' size in `bytes`.
    #[derive(Debug, Clone, PartialEq)]
    pub struct TableSize {
        pub name: String,
        pub rows: i64,
        pub bytes: i64,
    }
}

/// The database as a whole.
#[derive(Debug, Clone, PartialEq)]
pub struct DatabaseSize {
    pub tables: Vec<TableSize>,
    /// Bytes of the file's pages, free ones included.
    pub file_bytes: i64,
    /// Bytes of pages on the free list (what a VACUUM would give back).
    pub free_bytes: i64,
    /// True when table sizes were measured page by page (dbstat); false when estimated from
    /// row counts (a SQLite built without dbstat).
    pub measured: bool,
}

impl Store {
    /// The hour boundary before which every hour has been rolled up, if a pass ran.
    pub async fn rolled_up_before(&self) -> Result<Option<i64>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT rolled_before FROM metrics_rollup_state WHERE id = 1")
                .fetch_optional(self.pool())
                .await?,
        )
    }

    /// Where a roll-up up to `before` starts reading: a day before the last pass's boundary,
    /// or the first sample when no pass has run.
    async fn rollup_start(&self, before: i64) -> Result<Option<i64>, StoreError> {
        let from = match rollup_scan_from(self.rolled_up_before().await?) {
            Some(from) => Some(from),
            None => {
                sqlx::query_scalar("SELECT MIN(ts) FROM metrics")
                    .fetch_one(self.pool())
                    .await?
            }
        };
        Ok(from.filter(|&from| from < before))
    }

    /// Server-hours in `[from, to)` holding more than one row, with their row counts.
    async fn hours_to_roll(
        &self,
        from: i64,
        to: i64,
    ) -> Result<Vec<(String, i64, i64)>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT server_id, ts / 3600 AS hour, COUNT(*) AS n FROM metrics \
             WHERE ts >= ? AND ts < ? GROUP BY server_id, hour HAVING COUNT(*) > 1 \
             ORDER BY hour, server_id",
        )
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?)
    }

    /// Rolls up every server-hour before `before` (an hour boundary) that holds more than one
    /// row into one row at the hour's start holding the sums and the count of its samples.
    /// Returns (server-hours rolled up, rows they held). The derived totals are paused while
    /// a batch runs and not rebuilt: a roll-up keeps every hour's count and sums, so the
    /// running totals stay what they were; only a server's first and last sample times may
    /// move to an hour's start, and those are read again.
    pub async fn roll_up_metrics(&self, before: i64) -> Result<(i64, i64), StoreError> {
        let Some(start) = self.rollup_start(before).await? else {
            return Ok((0, 0));
        };
        let (mut hours, mut rows) = (0, 0);
        // A day of history read at a time, so that the list of hours stays small.
        let mut day = start.div_euclid(HOUR_SECS) * HOUR_SECS;
        while day < before {
            let end = (day + DAY_SECS).min(before);
            let found = self.hours_to_roll(day, end).await?;
            for batch in found.chunks(ROLLUP_BATCH_HOURS) {
                let (h, r) = self.roll_up_batch(batch).await?;
                hours += h;
                rows += r;
            }
            day = end;
        }
        sqlx::query(
            "INSERT INTO metrics_rollup_state (id, rolled_before) VALUES (1, ?) \
             ON CONFLICT (id) DO UPDATE SET \
             rolled_before = CASE WHEN excluded.rolled_before > metrics_rollup_state.rolled_before \
               THEN excluded.rolled_before ELSE metrics_rollup_state.rolled_before END",
        )
        .bind(before)
        .execute(self.pool())
        .await?;
        if hours > 0 {
            self.note_change().await;
        }
        Ok((hours, rows))
    }

    /// One transaction: the server-hours of `batch` (server, hour, rows seen) rolled up. An
    /// hour that changed since it was listed is rolled up as it is now.
    async fn roll_up_batch(&self, batch: &[(String, i64, i64)]) -> Result<(i64, i64), StoreError> {
        let groups = serde_json::Value::Array(
            batch
                .iter()
                .map(|(server, hour, _)| serde_json::json!([server, hour]))
                .collect(),
        )
        .to_string();
        let engine = self.pool().engine();
        let mut tx = self.pool().begin_write().await?;
        sqlx::query("INSERT INTO derived_totals_paused (paused) VALUES (1)")
            .execute(&mut *tx)
            .await?;
        // A temporary table is the session's own; unqualified, its name finds it first on
        // both engines. The (server, hour) list arrives as one JSON array of pairs.
        let (without_rowid, pairs) = match engine {
            Engine::Sqlite => (" WITHOUT ROWID", "json_each(?)"),
            Engine::Postgres => ("", "json_array_elements(CAST(? AS json)) AS e (value)"),
        };
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
            "CREATE TEMP TABLE IF NOT EXISTS rollup_sums ( \
               server_id TEXT NOT NULL, ts BIGINT NOT NULL, samples BIGINT NOT NULL, \
               rows BIGINT NOT NULL, cpu DOUBLE PRECISION NOT NULL, \
               memory DOUBLE PRECISION NOT NULL, network_in DOUBLE PRECISION NOT NULL, \
               network_out DOUBLE PRECISION NOT NULL, connections BIGINT NOT NULL, \
               latency_ms DOUBLE PRECISION NOT NULL, error_rate DOUBLE PRECISION NOT NULL, \
               PRIMARY KEY (server_id, ts)){without_rowid}; \
             DELETE FROM rollup_sums;"
        )))
        .execute(&mut *tx)
        .await?;
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO rollup_sums \
             SELECT m.server_id, g.hour * 3600, SUM(m.samples), COUNT(*), SUM(m.cpu), \
               SUM(m.memory), SUM(m.network_in), SUM(m.network_out), SUM(m.connections), \
               SUM(m.latency_ms), SUM(m.error_rate) \
             FROM (SELECT DISTINCT value ->> 0 AS server_id, \
                     CAST(value ->> 1 AS BIGINT) AS hour FROM {pairs}) g \
             JOIN metrics m ON m.server_id = g.server_id \
               AND m.ts >= g.hour * 3600 AND m.ts < g.hour * 3600 + 3600 \
             GROUP BY m.server_id, g.hour HAVING COUNT(*) > 1"
        )))
        .bind(groups)
        .execute(&mut *tx)
        .await?;
        let (hours, rows): (i64, i64) =
            sqlx::query_as("SELECT COUNT(*), COALESCE(SUM(rows), 0) FROM rollup_sums")
                .fetch_one(&mut *tx)
                .await?;
        let address = engine.row_address();
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
            "DELETE FROM metrics WHERE {address} IN ( \
               SELECT m.{address} FROM rollup_sums r JOIN metrics m \
               ON m.server_id = r.server_id AND m.ts >= r.ts AND m.ts < r.ts + 3600); \
             INSERT INTO metrics (server_id, ts, samples, cpu, memory, network_in, network_out, \
               connections, latency_ms, error_rate) \
             SELECT server_id, ts, samples, cpu, memory, network_in, network_out, connections, \
               latency_ms, error_rate FROM rollup_sums; \
             UPDATE metrics_server_totals SET \
               first_ts = (SELECT MIN(ts) FROM metrics m \
                 WHERE m.server_id = metrics_server_totals.server_id), \
               last_ts = (SELECT MAX(ts) FROM metrics m \
                 WHERE m.server_id = metrics_server_totals.server_id) \
             WHERE server_id IN (SELECT server_id FROM rollup_sums); \
             DELETE FROM rollup_sums; \
             DELETE FROM derived_totals_paused;"
        )))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok((hours, rows))
    }

    /// Deletes, a batch per transaction, the rows of `table` that `condition` (binding one
    /// cutoff) selects; returns how many went.
    async fn prune(&self, table: &str, condition: &str, cutoff: i64) -> Result<i64, StoreError> {
        // Table and condition are constants of this module.
        let address = self.pool().engine().row_address();
        let sql = format!(
            "DELETE FROM {table} WHERE {address} IN \
             (SELECT {address} FROM {table} WHERE {condition} LIMIT {PRUNE_BATCH_ROWS})"
        );
        let mut total = 0;
        loop {
            let deleted = sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
                .bind(cutoff)
                .execute(self.pool())
                .await?
                .rows_affected() as i64;
            total += deleted;
            if deleted < PRUNE_BATCH_ROWS {
                break;
            }
        }
        if total > 0 {
            self.note_change().await;
        }
        Ok(total)
    }

    /// Counts what [`Store::prune`] would delete.
    async fn count_where(
        &self,
        table: &str,
        condition: &str,
        cutoff: i64,
    ) -> Result<i64, StoreError> {
        let sql = format!("SELECT COUNT(*) FROM {table} WHERE {condition}");
        Ok(sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .bind(cutoff)
            .fetch_one(self.pool())
            .await?)
    }

    /// Runs a whole pass: the roll-up, then every retention, each in batches. One pass at a
    /// time: a pass started while another runs (the hourly one and an admin's) waits for it,
    /// then does what is left. Two at once would both list the same hours, share the work
    /// batch by batch, and each report only its share.
    pub async fn run_maintenance(&self, cutoffs: &PassCutoffs) -> Result<PassCounts, StoreError> {
        let _turn = self.maintenance_turn().await?;
        let mut counts = PassCounts::default();
        if let Some(before) = cutoffs.rollup_before {
            (counts.hours_rolled_up, counts.samples_rolled_up) =
                self.roll_up_metrics(before).await?;
        }
        for (target, (table, condition), cutoff) in Self::prunes(cutoffs, &mut counts) {
            if let Some(cutoff) = cutoff {
                *target = self.prune(table, condition, cutoff).await?;
            }
        }
        Ok(counts)
    }

    /// What [`Store::run_maintenance`] would do now, counted without writing.
    pub async fn maintenance_preview(
        &self,
        cutoffs: &PassCutoffs,
    ) -> Result<PassCounts, StoreError> {
        let mut counts = PassCounts::default();
        if let Some(before) = cutoffs.rollup_before
            && let Some(start) = self.rollup_start(before).await?
        {
            let (hours, rows): (i64, i64) = sqlx::query_as(
                "SELECT COUNT(*), COALESCE(SUM(n), 0) FROM (SELECT COUNT(*) AS n FROM metrics \
                 WHERE ts >= ? AND ts < ? GROUP BY server_id, ts / 3600 HAVING COUNT(*) > 1) AS h",
            )
            .bind(start)
            .bind(before)
            .fetch_one(self.pool())
            .await?;
            (counts.hours_rolled_up, counts.samples_rolled_up) = (hours, rows);
        }
        for (target, (table, condition), cutoff) in Self::prunes(cutoffs, &mut counts) {
            if let Some(cutoff) = cutoff {
                *target = self.count_where(table, condition, cutoff).await?;
            }
        }
        Ok(counts)
    }

    /// The deleting retentions: where each count goes, which rows, and the cutoff.
    #[allow(clippy::type_complexity)]
    fn prunes<'a>(
        cutoffs: &PassCutoffs,
        counts: &'a mut PassCounts,
    ) -> [(&'a mut i64, (&'static str, &'static str), Option<i64>); 4] {
        [
            (
                &mut counts.auth_events_pruned,
                ("auth_events", "created_at < ?"),
                cutoffs.auth_events_before,
            ),
            (
                &mut counts.audit_rows_pruned,
                ("audit_log", "created_at < ?"),
                cutoffs.audit_before,
            ),
            // Attempts go with their delivery (ON DELETE CASCADE).
            (
                &mut counts.deliveries_pruned,
                (
                    "alert_deliveries",
                    "status = 'DELIVERED' AND finished_at < ?",
                ),
                cutoffs.delivered_before,
            ),
            (
                &mut counts.dead_deliveries_pruned,
                ("alert_deliveries", "status = 'DEAD' AND finished_at < ?"),
                cutoffs.dead_before,
            ),
        ]
    }

    /// Every table with its rows and bytes (its indexes included), largest first. Bytes come
    /// from SQLite's dbstat table when it was built in, else from the table's share of the
    /// used pages by rows (an estimate).
    pub async fn database_size(&self) -> Result<DatabaseSize, StoreError> {
        if self.pool().engine() == Engine::Postgres {
            return self.postgres_size().await;
        }
        let pool = self.pool();
        let names: Vec<String> = sqlx::query_scalar(
            "SELECT name FROM sqlite_schema WHERE type = 'table' \
             AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .fetch_all(pool)
        .await?;
        let (page_size, pages, free_pages): (i64, i64, i64) = sqlx::query_as(
            "SELECT (SELECT page_size FROM pragma_page_size), \
                    (SELECT page_count FROM pragma_page_count), \
                    (SELECT freelist_count FROM pragma_freelist_count)",
        )
        .fetch_one(pool)
        .await?;
        let measured: Result<Vec<(String, i64)>, sqlx::Error> = sqlx::query_as(
            "SELECT s.tbl_name, SUM(d.pgsize) FROM dbstat('main', 1) d \
             JOIN sqlite_schema s ON s.name = d.name GROUP BY s.tbl_name",
        )
        .fetch_all(pool)
        .await;
        let mut tables = Vec::with_capacity(names.len());
        for name in &names {
            // Names read from the schema, quoted.
            let sql = format!("SELECT COUNT(*) FROM \"{}\"", name.replace('"', "\"\""));
            let rows: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
                .fetch_one(pool)
                .await?;
            tables.push(TableSize {
                name: name.clone(),
                rows,
                bytes: 0,
            });
        }
        let is_measured = measured.is_ok();
        match measured {
            Ok(sizes) => {
                for table in &mut tables {
                    table.bytes = sizes
                        .iter()
                        .find(|(name, _)| *name == table.name)
                        .map_or(0, |(_, bytes)| *bytes);
                }
            }
            Err(_) => {
                let used = (pages - free_pages) * page_size;
                let all_rows: i64 = tables.iter().map(|t| t.rows).sum::<i64>().max(1);
                for table in &mut tables {
                    table.bytes = used * table.rows / all_rows;
                }
            }
        }
        tables.sort_by(|a, b| b.bytes.cmp(&a.bytes).then_with(|| a.name.cmp(&b.name)));
        Ok(DatabaseSize {
            tables,
            file_bytes: pages * page_size,
            free_bytes: free_pages * page_size,
            measured: is_measured,
        })
    }

    /// [`Store::database_size`] on PostgreSQL: each table of the store's schema with its
    /// indexes and TOAST (`pg_total_relation_size`), and the whole database. PostgreSQL keeps
    /// no free list to report; VACUUM reuses dead rows' space in place.
    async fn postgres_size(&self) -> Result<DatabaseSize, StoreError> {
        let pool = self.pool();
        let mut tables: Vec<TableSize> = sqlx::query_as(
            "SELECT CAST(c.relname AS TEXT) AS name, 0 AS rows, \
               pg_total_relation_size(c.oid) AS bytes \
             FROM pg_class c WHERE c.relkind IN ('r', 'p') \
               AND c.relnamespace = CAST(current_schema() AS regnamespace) ORDER BY 1",
        )
        .fetch_all(pool)
        .await?;
        for table in &mut tables {
            // Names read from the catalog, quoted.
            let sql = format!(
                "SELECT COUNT(*) FROM \"{}\"",
                table.name.replace('"', "\"\"")
            );
            table.rows = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
                .fetch_one(pool)
                .await?;
        }
        tables.sort_by(|a, b| b.bytes.cmp(&a.bytes).then_with(|| a.name.cmp(&b.name)));
        let file_bytes: i64 = sqlx::query_scalar("SELECT pg_database_size(current_database())")
            .fetch_one(pool)
            .await?;
        Ok(DatabaseSize {
            tables,
            file_bytes,
            free_bytes: 0,
            measured: true,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::store::metrics::tests::{
        HOUR, T0, assert_overview_matches_rows, busy_store, derived_both_ways, store,
    };

    const SAMPLE: &str = "INSERT INTO metrics (server_id, ts, cpu, memory, network_in, \
        network_out, connections, latency_ms, error_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /// Per server and hour: samples, and the sums, rounded as the derived-totals tests round.
    async fn hourly_sums(store: &Store) -> Vec<(String, i64, i64, i64, String)> {
        sqlx::query_as(
            "SELECT server_id, ts / 3600, SUM(samples), SUM(connections), \
             printf('%.6f %.6f %.6f %.6f %.6f %.6f', SUM(cpu), SUM(memory), SUM(network_in), \
               SUM(network_out), SUM(latency_ms), SUM(error_rate)) \
             FROM metrics GROUP BY server_id, ts / 3600 ORDER BY 1, 2",
        )
        .fetch_all(store.pool())
        .await
        .unwrap()
    }

    async fn rows(store: &Store) -> i64 {
        sqlx::query_scalar("SELECT COUNT(*) FROM metrics")
            .fetch_one(store.pool())
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn a_rollup_keeps_every_hours_count_and_sums_and_the_derived_totals() {
        let store = busy_store().await;
        let sums_before = hourly_sums(&store).await;
        let (kept_before, _) = derived_both_ways(&store).await;
        let rows_before = rows(&store).await;
        let before = T0 + 2 * HOUR;
        let preview = store.maintenance_preview(&cutoffs(before)).await.unwrap();
        let (hours, samples) = store.roll_up_metrics(before).await.unwrap();
        assert_eq!(
            (preview.hours_rolled_up, preview.samples_rolled_up),
            (hours, samples)
        );
        // b and c: hours T0-2h..T0+2h (4 each, 6 samples per hour, c's and b's fixture
        // samples joining theirs), a: T0's two samples.
        assert_eq!(hours, 9, "{samples}");
        assert_eq!(rows(&store).await, rows_before - samples + hours);
        assert_eq!(hourly_sums(&store).await, sums_before);
        // The derived totals are untouched, and a recomputation from the rolled-up table
        // agrees with them.
        let (kept, fresh) = derived_both_ways(&store).await;
        assert_eq!(kept, fresh);
        // ...but for the first sample time of b and c, now their first hour's start.
        let first = format!(" {} ", T0 - 2 * HOUR + 7);
        let moved = format!(" {} ", T0 - 2 * HOUR);
        let kept_before: Vec<String> = kept_before
            .into_iter()
            .map(|row| row.replace(&first, &moved))
            .collect();
        assert_eq!(kept, kept_before);
        // Windows on whole hours and across the rolled-up boundary read the same figures as
        // a recomputation from the rows.
        for (from, to) in [
            (T0 - 2 * HOUR, T0 + 4 * HOUR),
            (T0 - HOUR, T0 + HOUR),
            (T0 + HOUR, T0 + 3 * HOUR + 30),
            (T0 - 3 * HOUR, T0 + 30 * HOUR),
        ] {
            assert_overview_matches_rows(&store, from, to).await;
        }
        // Hours after the boundary stay raw.
        let raw_after: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM metrics WHERE ts >= ? AND samples = 1 AND ts % 3600 <> 0",
        )
        .bind(before)
        .fetch_one(store.pool())
        .await
        .unwrap();
        assert!(raw_after >= 12, "{raw_after}");
    }

    fn cutoffs(rollup_before: i64) -> PassCutoffs {
        PassCutoffs {
            rollup_before: Some(rollup_before),
            auth_events_before: None,
            audit_before: None,
            delivered_before: None,
            dead_before: None,
        }
    }

    #[tokio::test]
    async fn a_second_pass_changes_nothing() {
        let store = busy_store().await;
        let before = T0 + 3 * HOUR;
        store.roll_up_metrics(before).await.unwrap();
        let snapshot: Vec<(String, i64, i64, f64)> =
            sqlx::query_as("SELECT server_id, ts, samples, cpu FROM metrics ORDER BY 1, 2")
                .fetch_all(store.pool())
                .await
                .unwrap();
        let (kept, _) = derived_both_ways(&store).await;
        assert_eq!(store.roll_up_metrics(before).await.unwrap(), (0, 0));
        let preview = store.maintenance_preview(&cutoffs(before)).await.unwrap();
        assert_eq!(preview, PassCounts::default());
        let again: Vec<(String, i64, i64, f64)> =
            sqlx::query_as("SELECT server_id, ts, samples, cpu FROM metrics ORDER BY 1, 2")
                .fetch_all(store.pool())
                .await
                .unwrap();
        assert_eq!(again, snapshot);
        assert_eq!(derived_both_ways(&store).await.0, kept);
        assert_eq!(store.rolled_up_before().await.unwrap(), Some(before));
    }

    #[tokio::test]
    async fn a_late_sample_counts_at_once_and_joins_its_hour_at_the_next_pass() {
        let store = busy_store().await;
        let before = T0 + 2 * HOUR;
        store.roll_up_metrics(before).await.unwrap();
        let hour = T0 - HOUR;
        let buckets = |store: Store| async move {
            store
                .server_metric_buckets("b", T0 - 2 * HOUR, T0 + 2 * HOUR, HOUR)
                .await
                .unwrap()
        };
        let rolled = buckets(store.clone()).await;
        // A late sample inside the rolled-up hour, and a heartbeat on its very start (the
        // rolled-up row's time): both count at once, with the triggers keeping the totals.
        sqlx::query(SAMPLE)
            .bind("b")
            .bind(hour + 1_234)
            .bind(1.0)
            .bind(2.0)
            .bind(3.0)
            .bind(4.0)
            .bind(5)
            .bind(6.0)
            .bind(0.0)
            .execute(store.pool())
            .await
            .unwrap();
        store
            .record_heartbeats(&[crate::server::store::heartbeats::HeartbeatRow {
                server_id: "b".into(),
                ts: hour,
                cpu: 7.0,
                memory: 8.0,
                network_in: 9.0,
                network_out: 10.0,
                connections: 11,
                latency_ms: 12.0,
                error_rate: 0.5,
                performance_score: 0.0,
                mining_rate: 0.0,
            }])
            .await
            .unwrap();
        let late = buckets(store.clone()).await;
        let at = |b: &[crate::server::store::metrics::MetricBucket]| {
            b.iter().find(|b| b.bucket == hour).cloned().unwrap()
        };
        assert_eq!(at(&late).samples, at(&rolled).samples + 2);
        let want_cpu =
            (at(&rolled).cpu * at(&rolled).samples as f64 + 8.0) / (at(&rolled).samples + 2) as f64;
        assert!((at(&late).cpu - want_cpu).abs() < 1e-9, "{late:?}");
        let (kept, fresh) = derived_both_ways(&store).await;
        assert_eq!(kept, fresh);
        let sums = hourly_sums(&store).await;
        // The next pass folds the late sample into its hour (it looks a day behind its
        // boundary), and changes no figure.
        assert_eq!(store.roll_up_metrics(before).await.unwrap(), (1, 2));
        assert_eq!(hourly_sums(&store).await, sums);
        assert_eq!(buckets(store.clone()).await, late);
        let (kept, fresh) = derived_both_ways(&store).await;
        assert_eq!(kept, fresh);
    }

    #[tokio::test]
    async fn a_pass_waits_for_the_one_running() {
        let store = busy_store().await;
        let cutoffs = cutoffs(T0 + 2 * HOUR);
        let preview = store.maintenance_preview(&cutoffs).await.unwrap();
        assert!(preview.hours_rolled_up > 0);
        let rows_before = rows(&store).await;
        // A pass is running (its turn held here): an admin's pass waits, changing nothing...
        let running = store.maintenance_turn().await.unwrap();
        let waiting = tokio::spawn({
            let store = store.clone();
            async move { store.run_maintenance(&cutoffs).await }
        });
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        assert!(!waiting.is_finished());
        assert_eq!(rows(&store).await, rows_before);
        // ...then does the whole pass once the other is over.
        drop(running);
        assert_eq!(waiting.await.unwrap().unwrap(), preview);
        assert_eq!(
            store.run_maintenance(&cutoffs).await.unwrap(),
            PassCounts::default()
        );
    }

    #[tokio::test]
    async fn the_other_retentions_delete_only_what_is_older() {
        let store = store().await;
        let pool = store.pool();
        for (user, at) in [("x", 100), ("y", 200), ("z", 300)] {
            sqlx::query("INSERT INTO auth_events (username, success, created_at) VALUES (?, 0, ?)")
                .bind(user)
                .bind(at)
                .execute(pool)
                .await
                .unwrap();
            sqlx::query(
                "INSERT INTO audit_log (created_at, operation, result) VALUES (?, 'op', 'OK')",
            )
            .bind(at)
            .execute(pool)
            .await
            .unwrap();
        }
        let cutoffs = PassCutoffs {
            rollup_before: None,
            auth_events_before: Some(250),
            audit_before: Some(150),
            delivered_before: Some(1_000),
            dead_before: Some(1_000),
        };
        let preview = store.maintenance_preview(&cutoffs).await.unwrap();
        let done = store.run_maintenance(&cutoffs).await.unwrap();
        assert_eq!(preview, done);
        assert_eq!((done.auth_events_pruned, done.audit_rows_pruned), (2, 1));
        assert_eq!(done.rows_removed(), 3);
        let left: (i64, i64) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM auth_events), (SELECT COUNT(*) FROM audit_log)",
        )
        .fetch_one(pool)
        .await
        .unwrap();
        assert_eq!(left, (1, 2));
        let size = store.database_size().await.unwrap();
        let metrics = size.tables.iter().find(|t| t.name == "metrics").unwrap();
        assert_eq!(metrics.rows, 9);
        assert!(size.file_bytes > 0);
    }
}
