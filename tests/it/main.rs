//! One integration-test binary (one link instead of one per file).

mod admin;
mod analytics;
mod auth;
mod bad_input;
mod common;
mod contract;
mod http;
mod manage;
mod mining;
mod servers;
mod users;
