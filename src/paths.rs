//! Where vpnmine keeps its files: the data directory (the local database) and the config
//! directory (config.toml, credentials.toml), XDG on Linux.

use std::path::{Path, PathBuf};

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

/// vpnmine's configuration directory (`$XDG_CONFIG_HOME/vpnmine` on Linux).
pub fn config_dir() -> Result<PathBuf, CliError> {
    dirs::config_dir().map(|d| d.join(APP)).ok_or_else(|| {
        CliError::failed("cannot find a configuration directory for this user")
            .with_hint("set XDG_CONFIG_HOME (or HOME)")
    })
}

/// The configuration file: profiles and defaults.
pub fn config_file() -> Result<PathBuf, CliError> {
    Ok(config_dir()?.join("config.toml"))
}

/// The credentials file (mode 0600), used only when no OS keyring is reachable or when
/// `VPNMINE_CREDENTIAL_STORE=file` asks for it.
pub fn credentials_file() -> Result<PathBuf, CliError> {
    Ok(config_dir()?.join("credentials.toml"))
}

/// Writes `contents` to `path` atomically: a temporary file in the same directory (created with
/// `mode` on Unix), flushed to disk, then renamed over `path`. Creates the directory if needed.
pub fn write_atomically(path: &Path, contents: &[u8], mode: u32) -> Result<(), CliError> {
    use std::io::Write as _;
    let fail = |what: &str, e: std::io::Error| {
        CliError::failed(format!("cannot {what} {}: {e}", path.display()))
    };
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    create_private_dir(dir).map_err(|e| fail("create the directory of", e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    let result = (|| {
        let mut file = options.open(&temp)?;
        // The mode of an existing temporary file is not changed by `open`.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            file.set_permissions(std::fs::Permissions::from_mode(mode))?;
        }
        file.write_all(contents)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&temp);
        return Err(fail("write", e));
    }
    Ok(())
}

/// Creates a directory (and its parents); a directory vpnmine creates is private to the user.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        builder.mode(0o700);
    }
    builder.create(dir)
}
