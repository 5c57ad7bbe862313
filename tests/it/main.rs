//! One integration-test binary (one link instead of one per file).

mod admin;
mod analytics;
mod auth;
mod bad_input;
mod cli_api;
mod cli_auth;
mod cli_live;
mod cli_mining;
mod cli_servers;
mod cli_stats;
mod cli_uuids;
mod cli_views;
mod common;
mod contract;
mod cost;
mod export;
mod http;
mod introspection;
mod manage;
mod mining;
mod permissions;
mod realtime;
mod servers;
mod users;
mod uuids;
