//! vpnmine: the operator and admin toolkit for the VPN Mining Platform.
//!
//! - `cli`: the command line, one module per noun; commands return [`output::Output`].
//! - `client`: the only place that talks GraphQL (typed operations, transport, embedded backend).
//! - `config`: the client's config file (profiles) and which endpoint and profile are in force.
//! - `output`: the only place that renders (table, JSON, CSV).
//! - `domain`: pure rules shared by client and server (validators, dates, reward formula).
//! - `server`: the bundled backend (transport, resolvers, store).
//! - `operation_table`: the operation → command table.
//! - `endpoint`: where the platform is (`local` or a URL), shared by `config` and `client`.
//! - `terminal`: which standard streams are terminals, decided once for the whole run.

pub mod cli;
pub mod client;
pub mod config;
pub mod domain;
pub mod endpoint;
pub mod error;
pub mod operation_table;
pub mod output;
pub mod paths;
pub mod server;
pub mod terminal;
