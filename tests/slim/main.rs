//! The slim build's tests (`cargo test --no-default-features --test slim`): the CLI and the
//! agent without the bundled server. They talk to a full build's `vpnmine server`, named by
//! VPNMINE_SERVER_BIN, through the same helpers as the integration suite; some of its files
//! run here unchanged. A full build compiles this binary empty: tests/it covers it.

#![cfg(not(feature = "server"))]

#[path = "../it/cli_servers.rs"]
mod cli_servers;
#[path = "../it/common/mod.rs"]
mod common;
#[path = "../it/exporter.rs"]
mod exporter;
mod without_server;
