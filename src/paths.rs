//! Where vpnmine keeps its files: the platform's data directory (XDG on Linux).

use std::path::PathBuf;

use crate::error::CliError;

const APP: &str = "vpnmine";

fn data_dir() -> Result<PathBuf, CliError> {
    dirs::data_dir().map(|d| d.join(APP)).ok_or_else(|| {
        CliError::failed("cannot find a data directory for this user")
            .with_hint("set XDG_DATA_HOME (or HOME)")
    })
}

/// The database of `--endpoint local`.
pub fn local_database() -> Result<PathBuf, CliError> {
    Ok(data_dir()?.join("local.db"))
}
