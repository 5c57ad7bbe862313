//! `--endpoint local` in a build without the `server` feature: the same names as
//! `embedded.rs`, so callers need no gates, and a clear refusal instead of a backend.

use url::Url;

use crate::error::CliError;

/// Nothing to simulate without the bundled backend.
pub fn simulate_agents(_every: std::time::Duration) {}

pub struct Embedded {
    pub url: Url,
    pub token: String,
}

impl Embedded {
    pub async fn start() -> Result<Self, CliError> {
        Err(CliError::needs_server_feature("--endpoint local"))
    }
}
