//! Credentials per profile: where the access token, refresh token, expiry and user name live.
//!
//! Order: `VPNMINE_TOKEN` (read-only, overrides everything) > the OS keyring > a 0600 file
//! `credentials.toml` in the config directory, used only when no keyring answers (headless
//! boxes) and said so with a warning. `VPNMINE_CREDENTIAL_STORE=file|keyring|auto` (or
//! `credential_store` in config.toml) picks the store explicitly.
//!
//! The keyring is the `keyring` crate (v3): Keychain on macOS, Credential Manager on Windows,
//! the Secret Service (GNOME Keyring, KWallet) over D-Bus on Linux, spoken by zbus in pure
//! Rust so that building needs no system library. Every keyring call runs on its own thread
//! with a timeout, so a D-Bus that never answers cannot hang a command.
//!
//! Tokens never appear in `Debug` output, logs or error messages.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::config::{Config, StoreChoice};
use crate::error::CliError;
use crate::paths;

/// The keyring service name; the entry's user is the profile name.
const KEYRING_SERVICE: &str = "vpnmine";
/// How long a keyring call may take before the keyring counts as unreachable.
const KEYRING_TIMEOUT: Duration = Duration::from_secs(3);
/// The environment variable whose token overrides any stored credentials.
pub const TOKEN_ENV: &str = "VPNMINE_TOKEN";

/// What a login leaves behind for one profile.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct Credentials {
    /// The endpoint the tokens were issued by; they are never sent anywhere else.
    pub endpoint: String,
    pub access_token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// When the access token expires, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("endpoint", &self.endpoint)
            .field("access_token", &"<redacted>")
            .field(
                "refresh_token",
                &self.refresh_token.as_ref().map(|_| "<redacted>"),
            )
            .field("expires_at", &self.expires_at)
            .field("username", &self.username)
            .finish()
    }
}

impl Credentials {
    /// Whether the access token's known expiry has passed.
    pub fn is_expired(&self, now: DateTime<Utc>) -> bool {
        self.expires_at.is_some_and(|at| at <= now)
    }
}

/// Where a token came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// `VPNMINE_TOKEN`.
    Env,
    Keyring,
    File(PathBuf),
    /// The embedded backend's one-time token (`--endpoint local`).
    Embedded,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Env => write!(f, "environment ({TOKEN_ENV})"),
            Self::Keyring => write!(f, "OS keyring"),
            Self::File(path) => write!(f, "file {}", path.display()),
            Self::Embedded => write!(f, "embedded backend (no login needed)"),
        }
    }
}

/// `VPNMINE_TOKEN`, when set and not empty.
pub fn env_token() -> Option<String> {
    std::env::var(TOKEN_ENV)
        .ok()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
}

/// The credentials file: one table per profile.
#[derive(Debug, Default, Serialize, Deserialize)]
struct CredentialsFile {
    #[serde(default)]
    profiles: std::collections::BTreeMap<String, Credentials>,
}

/// Reads and writes credentials in the store in force.
#[derive(Debug, Clone)]
pub struct CredentialStore {
    choice: StoreChoice,
    file: PathBuf,
    timeout: Duration,
}

/// Why the keyring did not do what was asked.
enum KeyringError {
    /// No keyring answered (no D-Bus session, no Secret Service, timed out).
    Unreachable(String),
    /// The keyring answered with an error.
    Failed(String),
}

impl CredentialStore {
    /// The store `VPNMINE_CREDENTIAL_STORE` or the config selects, with the default file.
    pub fn from_config(config: &Config) -> Result<Self, CliError> {
        Ok(Self::new(
            config.store_choice()?,
            paths::credentials_file()?,
        ))
    }

    pub fn new(choice: StoreChoice, file: PathBuf) -> Self {
        Self {
            choice,
            file,
            timeout: KEYRING_TIMEOUT,
        }
    }

    pub fn file(&self) -> &Path {
        &self.file
    }

    /// The stored credentials of `profile` and where they were found.
    pub async fn load(&self, profile: &str) -> Result<Option<(Credentials, Location)>, CliError> {
        if self.choice != StoreChoice::File {
            let user = profile.to_string();
            match self
                .keyring(move |e| e.get_password().map(Some), user)
                .await
            {
                Ok(Some(secret)) => {
                    return match serde_json::from_str::<Credentials>(&secret) {
                        Ok(credentials) => Ok(Some((credentials, Location::Keyring))),
                        Err(_) => Err(CliError::failed(format!(
                            "the OS keyring's vpnmine entry for profile '{profile}' is unreadable"
                        ))
                        .with_hint("log in again: vpnmine auth login")),
                    };
                }
                Ok(None) => {}
                Err(KeyringError::Unreachable(why)) if self.choice == StoreChoice::Auto => {
                    tracing::debug!("no OS keyring: {why}");
                }
                Err(KeyringError::Unreachable(why) | KeyringError::Failed(why)) => {
                    return Err(keyring_failure(&why));
                }
            }
            if self.choice == StoreChoice::Keyring {
                return Ok(None);
            }
        }
        let file = self.read_file()?;
        Ok(file
            .profiles
            .get(profile)
            .cloned()
            .map(|c| (c, Location::File(self.file.clone()))))
    }

    /// Stores the credentials of `profile`: in the keyring, or in the file when the file is
    /// chosen or no keyring answers (then with a one-line warning on stderr if `warn`).
    pub async fn save(
        &self,
        profile: &str,
        credentials: &Credentials,
        warn: bool,
    ) -> Result<Location, CliError> {
        if self.choice != StoreChoice::File {
            let secret = serde_json::to_string(credentials)
                .map_err(|e| CliError::failed(format!("cannot encode credentials: {e}")))?;
            let user = profile.to_string();
            match self
                .keyring(move |e| e.set_password(&secret).map(Some), user)
                .await
            {
                Ok(_) => {
                    // An older copy in the file must not outlive this one.
                    self.remove_from_file(profile)?;
                    return Ok(Location::Keyring);
                }
                Err(KeyringError::Unreachable(why)) if self.choice == StoreChoice::Auto => {
                    if warn {
                        eprintln!(
                            "warning: no OS keyring reachable ({why}); storing credentials in {} (mode 0600)",
                            self.file.display()
                        );
                    }
                }
                Err(KeyringError::Unreachable(why) | KeyringError::Failed(why)) => {
                    return Err(keyring_failure(&why));
                }
            }
        }
        let mut file = self.read_file()?;
        file.profiles
            .insert(profile.to_string(), credentials.clone());
        self.write_file(&file)?;
        Ok(Location::File(self.file.clone()))
    }

    /// Deletes the credentials of `profile` from every store; whether any were there.
    pub async fn delete(&self, profile: &str) -> Result<bool, CliError> {
        let mut deleted = false;
        if self.choice != StoreChoice::File {
            let user = profile.to_string();
            match self
                .keyring(move |e| e.delete_credential().map(Some), user)
                .await
            {
                Ok(Some(())) => deleted = true,
                Ok(None) => {}
                Err(KeyringError::Unreachable(_)) if self.choice == StoreChoice::Auto => {}
                Err(KeyringError::Unreachable(why) | KeyringError::Failed(why)) => {
                    return Err(keyring_failure(&why));
                }
            }
        }
        Ok(self.remove_from_file(profile)? || deleted)
    }

    fn remove_from_file(&self, profile: &str) -> Result<bool, CliError> {
        if !self.file.exists() {
            return Ok(false);
        }
        let mut file = self.read_file()?;
        if file.profiles.remove(profile).is_none() {
            return Ok(false);
        }
        if file.profiles.is_empty() {
            std::fs::remove_file(&self.file).map_err(|e| {
                CliError::failed(format!("cannot remove {}: {e}", self.file.display()))
            })?;
        } else {
            self.write_file(&file)?;
        }
        Ok(true)
    }

    fn read_file(&self) -> Result<CredentialsFile, CliError> {
        let text = match std::fs::read_to_string(&self.file) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(CredentialsFile::default());
            }
            Err(e) => {
                return Err(CliError::failed(format!(
                    "cannot read {}: {e}",
                    self.file.display()
                )));
            }
        };
        // The parser's message could quote a token: name the file only.
        toml::from_str(&text).map_err(|_| {
            CliError::failed(format!(
                "{} is not a valid credentials file",
                self.file.display()
            ))
            .with_hint("delete it and log in again: vpnmine auth login")
        })
    }

    fn write_file(&self, file: &CredentialsFile) -> Result<(), CliError> {
        let mut text = String::from(
            "# vpnmine credentials: access and refresh tokens per profile. Keep this file private.\n",
        );
        text.push_str(
            &toml::to_string_pretty(file)
                .map_err(|e| CliError::failed(format!("cannot encode credentials: {e}")))?,
        );
        paths::write_atomically(&self.file, text.as_bytes(), 0o600)
    }

    /// Runs a keyring call on its own thread with a timeout. `Ok(None)` means "no entry".
    async fn keyring<T: Send + 'static>(
        &self,
        call: impl FnOnce(&keyring::Entry) -> keyring::Result<Option<T>> + Send + 'static,
        user: String,
    ) -> Result<Option<T>, KeyringError> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        std::thread::Builder::new()
            .name("vpnmine-keyring".into())
            .spawn(move || {
                let result = keyring::Entry::new(KEYRING_SERVICE, &user).and_then(|e| call(&e));
                let _ = tx.send(result);
            })
            .map_err(|e| KeyringError::Unreachable(format!("cannot start a thread: {e}")))?;
        match tokio::time::timeout(self.timeout, rx).await {
            Err(_) => Err(KeyringError::Unreachable(format!(
                "it did not answer within {}s",
                self.timeout.as_secs()
            ))),
            Ok(Err(_)) => Err(KeyringError::Unreachable("the keyring call failed".into())),
            Ok(Ok(Ok(value))) => Ok(value),
            Ok(Ok(Err(error))) => match error {
                keyring::Error::NoEntry => Ok(None),
                keyring::Error::NoStorageAccess(e) | keyring::Error::PlatformFailure(e) => {
                    Err(KeyringError::Unreachable(first_line(&e.to_string())))
                }
                // These variants may carry secret bytes: describe them without their data.
                keyring::Error::BadEncoding(_) => Err(KeyringError::Failed(
                    "the stored entry is not valid UTF-8".into(),
                )),
                keyring::Error::Ambiguous(_) => Err(KeyringError::Failed(
                    "several entries match this profile".into(),
                )),
                other => Err(KeyringError::Failed(first_line(&other.to_string()))),
            },
        }
    }
}

fn first_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default();
    line.chars().take(160).collect()
}

fn keyring_failure(why: &str) -> CliError {
    CliError::failed(format!("the OS keyring failed: {why}")).with_hint(
        "set VPNMINE_CREDENTIAL_STORE=file (or `vpnmine config set credential_store file`) to use a 0600 file instead",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Credentials {
        Credentials {
            endpoint: "http://127.0.0.1:1/graphql".into(),
            access_token: "vpm_at_secret".into(),
            refresh_token: Some("vpm_rt_secret".into()),
            expires_at: Some(Utc::now()),
            username: Some("operator".into()),
        }
    }

    #[test]
    fn debug_output_hides_tokens() {
        let text = format!("{:?}", sample());
        assert!(!text.contains("secret"), "{text}");
        assert!(text.contains("operator"));
    }

    #[tokio::test]
    async fn the_file_store_round_trips_with_mode_0600() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("credentials.toml");
        let store = CredentialStore::new(StoreChoice::File, path.clone());
        assert!(store.load("default").await.unwrap().is_none());
        let location = store.save("default", &sample(), true).await.unwrap();
        assert_eq!(location, Location::File(path.clone()));
        store.save("other", &sample(), true).await.unwrap();
        let (loaded, _) = store.load("default").await.unwrap().unwrap();
        assert_eq!(loaded, sample_with(loaded.expires_at));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(store.delete("default").await.unwrap());
        assert!(!store.delete("default").await.unwrap());
        assert!(store.load("other").await.unwrap().is_some());
        assert!(store.delete("other").await.unwrap());
        assert!(!path.exists(), "an empty credentials file is removed");
    }

    fn sample_with(expires_at: Option<DateTime<Utc>>) -> Credentials {
        Credentials {
            expires_at,
            ..sample()
        }
    }

    #[test]
    fn expiry_is_checked_against_now() {
        let now = Utc::now();
        let mut c = sample();
        c.expires_at = Some(now - chrono::Duration::seconds(1));
        assert!(c.is_expired(now));
        c.expires_at = Some(now + chrono::Duration::seconds(60));
        assert!(!c.is_expired(now));
        c.expires_at = None;
        assert!(!c.is_expired(now));
    }
}
