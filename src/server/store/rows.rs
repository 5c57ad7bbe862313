//! Reading rows into structs without sqlx's proc macros.
//!
//! `#[derive(sqlx::FromRow)]` and `sqlx::migrate!` need sqlx's `macros` feature, and with SQLite
//! that feature builds sqlx and the whole SQLite library a second time, for the compiler (the
//! proc macro links it to check queries, which we never ask it to). [`row_struct!`] and
//! [`migrator`] do the two things we used them for in plain Rust (issue #17, the first build).

use std::borrow::Cow;
use std::sync::LazyLock;

use sqlx::any::{Any, AnyRow, AnyTypeInfo, AnyTypeInfoKind, AnyValueRef};
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::{Decode, Row as _, SqlSafeStr as _, Type};

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

        impl<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> for $name {
            fn from_row(row: &'r sqlx::any::AnyRow) -> Result<Self, sqlx::Error> {
                use $crate::server::store::rows::Column as _;
                Ok(Self {
                    $( $field: <$ty>::read(row, stringify!($field))?, )*
                })
            }
        }
    };
}
pub(crate) use row_struct;

/// A type a [`row_struct!`] field may have, read from the column of the field's name.
pub(crate) trait Column: Sized {
    fn read(row: &AnyRow, name: &str) -> Result<Self, sqlx::Error>;
}

macro_rules! columns_read_as_they_are {
    ($($ty:ty),*) => {$(
        impl Column for $ty {
            fn read(row: &AnyRow, name: &str) -> Result<Self, sqlx::Error> {
                row.try_get(name)
            }
        }
    )*};
}
columns_read_as_they_are!(String, Option<String>, i64, Option<i64>, Tokens);

impl Column for bool {
    fn read(row: &AnyRow, name: &str) -> Result<Self, sqlx::Error> {
        row.try_get(name).map(|Flag(on)| on)
    }
}

/// A float column may hold an integer where an expression gives one (`COALESCE(AVG(x), 0)` of
/// no rows): SQLite's own driver read it as a float, and so does the store.
impl Column for f64 {
    fn read(row: &AnyRow, name: &str) -> Result<Self, sqlx::Error> {
        row.try_get(name).or_else(|e| {
            row.try_get::<i64, _>(name)
                .map(|whole| whole as f64)
                .map_err(|_| e)
        })
    }
}

impl Column for Option<f64> {
    fn read(row: &AnyRow, name: &str) -> Result<Self, sqlx::Error> {
        row.try_get(name).or_else(|e| {
            row.try_get::<Option<i64>, _>(name)
                .map(|whole| whole.map(|whole| whole as f64))
                .map_err(|_| e)
        })
    }
}

/// A yes/no value: a flag column, which both engines store as 0 or 1, or a condition
/// (`EXISTS`, a comparison), which PostgreSQL answers with a boolean. sqlx's engine-neutral
/// driver reads neither integer as a `bool`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flag(pub bool);

impl Type<Any> for Flag {
    fn type_info() -> AnyTypeInfo {
        <i64 as Type<Any>>::type_info()
    }

    fn compatible(ty: &AnyTypeInfo) -> bool {
        ty.kind().is_integer() || ty.kind() == AnyTypeInfoKind::Bool
    }
}

impl<'r> Decode<'r, Any> for Flag {
    fn decode(value: AnyValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        match <i64 as Decode<Any>>::decode(value.clone()) {
            Ok(number) => Ok(Flag(number != 0)),
            Err(_) => <bool as Decode<Any>>::decode(value).map(Flag),
        }
    }
}

/// Amounts are stored as integer micro-tokens.
impl Type<Any> for Tokens {
    fn type_info() -> AnyTypeInfo {
        <i64 as Type<Any>>::type_info()
    }

    fn compatible(ty: &AnyTypeInfo) -> bool {
        <i64 as Type<Any>>::compatible(ty)
    }
}

impl<'r> Decode<'r, Any> for Tokens {
    fn decode(value: AnyValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        <i64 as Decode<Any>>::decode(value).map(Tokens::from)
    }
}

/// Every file of a migrations folder, in order. A test checks each list against its folder, so a
/// migration that is not listed fails the suite instead of being skipped.
macro_rules! migration_files {
    ($folder:literal: $($file:literal),* $(,)?) => {
        [$( ($file, include_str!(concat!("../../../", $folder, $file))) ),*]
    };
}

/// SQLite's migrations (`migrations/`).
const MIGRATIONS: &[(&str, &str)] = &migration_files!["migrations/":
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
    "0020_sqlite_parity.sql",
    "0021_replicas.sql",
];

/// PostgreSQL's migrations (`migrations/postgres/`, issue #18). A PostgreSQL database starts
/// empty, so its first migration is the whole schema at SQLite's version 19; every later
/// migration takes the same version on both engines.
const PG_MIGRATIONS: &[(&str, &str)] = &migration_files!["migrations/postgres/":
    "0019_schema.sql",
    "0020_sqlite_parity.sql",
    "0021_replicas.sql",
];

/// The migrations this binary applies, as `sqlx::migrate!("./migrations")` gave them: version and
/// description from the file name (`0007_auth_hardening.sql` is 7, "auth hardening"), and the
/// checksum of the file's text, which databases migrated earlier have recorded. Built (and
/// hashed) once per process.
pub fn migrator() -> &'static Migrator {
    static MIGRATOR: LazyLock<Migrator> = LazyLock::new(|| build_migrator(MIGRATIONS));
    &MIGRATOR
}

/// The PostgreSQL schema's migrations, as [`migrator`] gives SQLite's.
pub fn pg_migrator() -> &'static Migrator {
    static MIGRATOR: LazyLock<Migrator> = LazyLock::new(|| build_migrator(PG_MIGRATIONS));
    &MIGRATOR
}

fn build_migrator(files: &'static [(&'static str, &'static str)]) -> Migrator {
    let migrations = files
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
        for (folder, listed) in [
            ("migrations", migrator()),
            ("migrations/postgres", pg_migrator()),
        ] {
            assert_listed_as_in(folder, listed).await;
        }
    }

    #[test]
    fn both_engines_migrate_to_the_same_version() {
        let latest = |m: &Migrator| m.iter().map(|m| m.version).max();
        assert_eq!(latest(migrator()), latest(pg_migrator()));
    }

    async fn assert_listed_as_in(folder: &str, listed: &Migrator) {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
        let folder = Migrator::new(path.as_path()).await.unwrap();
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
