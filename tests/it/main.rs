//! One integration-test binary (one link instead of one per file).

mod admin;
mod analytics;
mod auth;
mod bad_input;
mod common;
mod contract;
mod export;
mod http;
mod manage;
mod mining;
mod realtime;
mod servers;
mod users;
mod uuids;
