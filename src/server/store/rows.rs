//! Reading rows into structs without sqlx's proc macros.
//!
//! `#[derive(sqlx::FromRow)]` and `sqlx::migrate!` need sqlx's `macros` feature, and with SQLite
//! that feature builds sqlx and the whole SQLite library a second time, for the compiler (the
//! proc macro links it to check queries, which we never ask it to). [`row_struct!`] and
//! [`migrator`] do the two things we used them for in plain Rust (issue #17, the first build).

use std::borrow::Cow;
use std::sync::LazyLock;

use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::sqlite::{Sqlite, SqliteTypeInfo, SqliteValueRef};
use sqlx::{Decode, SqlSafeStr as _, Type};

use crate::domain::money::Tokens;

/// Declares a struct and reads it from a row column by column, each field from the column of
/// its own name, as `#[derive(sqlx::FromRow)]` did. A column named otherwise is renamed in
/// the SQL (`type AS protocol`).
macro_rules! row_struct {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident {
            $( $(#[$field_meta:meta])* $field_vis:vis $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis struct $name {
            $( $(#[$field_meta])* $field_vis $field: $ty, )*
        }

        impl<'r> sqlx::FromRow<'r, sqlx::sqlite::SqliteRow> for $name {
            fn from_row(row: &'r sqlx::sqlite::SqliteRow) -> Result<Self, sqlx::Error> {
                use sqlx::Row as _;
                Ok(Self {
                    $( $field: row.try_get(stringify!($field))?, )*
                })
            }
        }
    };
}
pub(crate) use row_struct;

/// Amounts are stored as integer micro-tokens.
impl Type<Sqlite> for Tokens {
    fn type_info() -> SqliteTypeInfo {
        <i64 as Type<Sqlite>>::type_info()
    }

    fn compatible(ty: &SqliteTypeInfo) -> bool {
        <i64 as Type<Sqlite>>::compatible(ty)
    }
}

impl<'r> Decode<'r, Sqlite> for Tokens {
    fn decode(value: SqliteValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        <i64 as Decode<Sqlite>>::decode(value).map(Tokens::from)
    }
}

/// Every file of `migrations/`, in order. A test checks this list against the folder, so a
/// migration that is not listed here fails the suite instead of being skipped.
macro_rules! migration_files {
    ($($file:literal),* $(,)?) => {
        [$( ($file, include_str!(concat!("../../../migrations/", $file))) ),*]
    };
}

const MIGRATIONS: &[(&str, &str)] = &migration_files![
    "0001_init.sql",
    "0002_analytics_indexes.sql",
    "0003_uuid_migrations.sql",
    "0004_uuid_migrations_no_uuid_index.sql",
    "0005_running_totals.sql",
    "0006_window_totals.sql",
    "0007_auth_hardening.sql",
    "0008_account_state.sql",
    "0009_accounts.sql",
    "0010_sessions_agent_tokens.sql",
    "0011_server_lifecycle.sql",
    "0012_connections.sql",
    "0013_demo_network.sql",
    "0014_exact_money.sql",
    "0015_alerts.sql",
    "0016_metric_rollups.sql",
    "0017_read_paths.sql",
    "0018_server_page_indexes.sql",
    "0019_uuid_backup_index.sql",
];

/// The migrations this binary applies, as `sqlx::migrate!("./migrations")` gave them: version and
/// description from the file name (`0007_auth_hardening.sql` is 7, "auth hardening"), and the
/// checksum of the file's text, which databases migrated earlier have recorded. Built (and
/// hashed) once per process.
pub fn migrator() -> &'static Migrator {
    static MIGRATOR: LazyLock<Migrator> = LazyLock::new(build_migrator);
    &MIGRATOR
}

fn build_migrator() -> Migrator {
    let migrations = MIGRATIONS
        .iter()
        .map(|(file, sql)| {
            let (version, rest) = file.split_once('_').expect("NNNN_description.sql");
            let version = version.parse().expect("a numeric version prefix");
            let description = rest.trim_end_matches(".sql").replace('_', " ");
            Migration::new(
                version,
                Cow::Owned(description),
                MigrationType::Simple,
                sql.into_sql_str(),
                sql.starts_with("-- no-transaction"),
            )
        })
        .collect();
    Migrator::with_migrations(migrations)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_listed_migrations_are_the_folder_as_sqlx_reads_it() {
        let folder = Migrator::new(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/migrations"
        )))
        .await
        .unwrap();
        let listed = migrator();
        let summary = |m: &Migrator| -> Vec<_> {
            m.iter()
                .map(|m| {
                    (
                        m.version,
                        m.description.to_string(),
                        m.migration_type,
                        m.checksum.to_vec(),
                        m.no_tx,
                        m.sql.as_str().to_string(),
                    )
                })
                .collect()
        };
        assert_eq!(summary(listed), summary(&folder));
        assert!(folder.iter().count() > 0, "no migrations found");
    }
}
