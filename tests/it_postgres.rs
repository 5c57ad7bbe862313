//! The integration suite (`tests/it`) built a second time, with its servers on PostgreSQL:
//! `common::on_postgres` is true in this binary.

include!("it/main.rs");
