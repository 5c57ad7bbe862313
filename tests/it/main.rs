//! One integration-test binary (one link instead of one per file).

mod auth;
mod bad_input;
mod common;
mod contract;
mod servers;
