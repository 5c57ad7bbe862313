//! One integration-test binary (one link instead of one per file).

mod bad_input;
mod common;
mod contract;
mod servers;
