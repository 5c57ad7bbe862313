//! The client's configuration: `config.toml` in the config directory, with named profiles.
//!
//! ```toml
//! default_profile = "staging"
//! credential_store = "auto"      # auto | keyring | file
//!
//! [profiles.staging]
//! endpoint = "https://staging.example.com/graphql"
//! allow_insecure_http = false
//! ```
//!
//! The endpoint in force is, in this order: `--endpoint`, `VPNMINE_ENDPOINT`, the selected
//! profile's `endpoint`, `local`. The profile is `--profile` / `VPNMINE_PROFILE`, else
//! `default_profile`, else `default`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::endpoint::{Endpoint, LOCAL};
use crate::error::{CliError, ErrorKind};
use crate::paths;

/// The profile used when none is named anywhere.
pub const DEFAULT_PROFILE: &str = "default";

/// The keys `vpnmine config get/set` knows.
pub const KEYS: &[&str] = &[
    "endpoint",
    "allow_insecure_http",
    "default_profile",
    "credential_store",
];

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The profile used when neither `--profile` nor `VPNMINE_PROFILE` names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_profile: Option<String>,
    /// Where credentials are kept: `auto` (keyring, else file), `keyring` or `file`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential_store: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_insecure_http: Option<bool>,
}

/// Checks a profile name: 1-64 letters, digits, `-`, `_` or `.` (it names a TOML table and a
/// keyring entry).
pub fn validate_profile_name(name: &str) -> Result<(), String> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(())
    } else {
        Err(format!(
            "invalid profile name '{name}': use 1-64 letters, digits, '-', '_' or '.'"
        ))
    }
}

/// Where credentials are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreChoice {
    /// The OS keyring when one answers, else the 0600 file (with a warning).
    Auto,
    Keyring,
    File,
}

impl StoreChoice {
    pub fn parse(input: &str) -> Option<Self> {
        match input.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(Self::Auto),
            "keyring" => Some(Self::Keyring),
            "file" => Some(Self::File),
            _ => None,
        }
    }
}

impl Config {
    /// Reads the config file; a missing file is an empty configuration.
    pub fn load() -> Result<Self, CliError> {
        Self::load_from(&paths::config_file()?)
    }

    pub fn load_from(path: &Path) -> Result<Self, CliError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(e) => {
                return Err(CliError::failed(format!(
                    "cannot read {}: {e}",
                    path.display()
                )));
            }
        };
        let config: Self = toml::from_str(&text).map_err(|e| {
            CliError::usage(format!(
                "{} is not a valid vpnmine configuration: {}",
                path.display(),
                e.message()
            ))
            .with_hint("fix or delete the file; `vpnmine config set KEY VALUE` writes it")
        })?;
        for name in config.profiles.keys() {
            validate_profile_name(name).map_err(|e| {
                CliError::usage(format!("{}: {e}", path.display()))
                    .with_hint("rename the [profiles.NAME] table")
            })?;
        }
        Ok(config)
    }

    /// Writes the config file atomically (temporary file + rename).
    pub fn save(&self) -> Result<PathBuf, CliError> {
        let path = paths::config_file()?;
        self.save_to(&path)?;
        Ok(path)
    }

    pub fn save_to(&self, path: &Path) -> Result<(), CliError> {
        let text = toml::to_string_pretty(self)
            .map_err(|e| CliError::failed(format!("cannot write the configuration: {e}")))?;
        paths::write_atomically(path, text.as_bytes(), 0o644)
    }

    /// The profile in force: the one named (flag or env), else `default_profile`, else
    /// `default`.
    pub fn profile_name(&self, named: Option<&str>) -> String {
        named
            .map(str::to_string)
            .or_else(|| self.default_profile.clone())
            .unwrap_or_else(|| DEFAULT_PROFILE.to_string())
    }

    /// The credential store in force: `VPNMINE_CREDENTIAL_STORE`, else `credential_store`,
    /// else auto.
    pub fn store_choice(&self) -> Result<StoreChoice, CliError> {
        let (value, from) = match std::env::var("VPNMINE_CREDENTIAL_STORE") {
            Ok(v) if !v.trim().is_empty() => (v, "VPNMINE_CREDENTIAL_STORE"),
            _ => match &self.credential_store {
                Some(v) => (v.clone(), "credential_store in config.toml"),
                None => return Ok(StoreChoice::Auto),
            },
        };
        StoreChoice::parse(&value).ok_or_else(|| {
            CliError::usage(format!(
                "invalid {from} '{value}': expected auto, keyring or file"
            ))
        })
    }

    /// The value of `key` for `profile`, as text; `None` when it is not set.
    pub fn get(&self, profile: &str, key: &str) -> Result<Option<String>, CliError> {
        let profile = self.profiles.get(profile);
        Ok(match key {
            "endpoint" => profile.and_then(|p| p.endpoint.clone()),
            "allow_insecure_http" => profile
                .and_then(|p| p.allow_insecure_http)
                .map(|b| b.to_string()),
            "default_profile" => self.default_profile.clone(),
            "credential_store" => self.credential_store.clone(),
            _ => return Err(unknown_key(key)),
        })
    }

    /// Sets `key` (validated) for `profile`; returns the value as stored.
    pub fn set(&mut self, profile: &str, key: &str, value: &str) -> Result<String, CliError> {
        let value = value.trim();
        match key {
            "endpoint" => {
                let canonical = match Endpoint::parse(value)? {
                    Endpoint::Local => LOCAL.to_string(),
                    Endpoint::Remote(url) => url.to_string(),
                };
                self.profiles.entry(profile.into()).or_default().endpoint = Some(canonical.clone());
                Ok(canonical)
            }
            "allow_insecure_http" => {
                let flag = match value.to_ascii_lowercase().as_str() {
                    "true" | "yes" | "on" | "1" => true,
                    "false" | "no" | "off" | "0" => false,
                    _ => {
                        return Err(CliError::usage(format!(
                            "invalid value '{value}' for allow_insecure_http: expected true or false"
                        )));
                    }
                };
                self.profiles
                    .entry(profile.into())
                    .or_default()
                    .allow_insecure_http = Some(flag);
                Ok(flag.to_string())
            }
            "default_profile" => {
                validate_profile_name(value).map_err(CliError::usage)?;
                self.default_profile = Some(value.to_string());
                Ok(value.to_string())
            }
            "credential_store" => {
                let choice = StoreChoice::parse(value).ok_or_else(|| {
                    CliError::usage(format!(
                        "invalid value '{value}' for credential_store: expected auto, keyring or file"
                    ))
                })?;
                let text = match choice {
                    StoreChoice::Auto => "auto",
                    StoreChoice::Keyring => "keyring",
                    StoreChoice::File => "file",
                };
                self.credential_store = Some(text.to_string());
                Ok(text.to_string())
            }
            _ => Err(unknown_key(key)),
        }
    }

    /// Every key that is set: (profile or `None` for top-level keys, key, value).
    pub fn entries(&self) -> Vec<(Option<String>, &'static str, String)> {
        let mut entries = Vec::new();
        if let Some(v) = &self.default_profile {
            entries.push((None, "default_profile", v.clone()));
        }
        if let Some(v) = &self.credential_store {
            entries.push((None, "credential_store", v.clone()));
        }
        for (name, profile) in &self.profiles {
            if let Some(v) = &profile.endpoint {
                entries.push((Some(name.clone()), "endpoint", v.clone()));
            }
            if let Some(v) = profile.allow_insecure_http {
                entries.push((Some(name.clone()), "allow_insecure_http", v.to_string()));
            }
        }
        entries
    }
}

/// Whether a key belongs to a profile (as opposed to the top level of the file).
pub fn is_profile_key(key: &str) -> bool {
    matches!(key, "endpoint" | "allow_insecure_http")
}

fn unknown_key(key: &str) -> CliError {
    CliError::new(
        ErrorKind::Usage,
        format!("unknown configuration key '{key}'"),
    )
    .with_hint(format!("keys: {}", KEYS.join(", ")))
}

/// The platform the global options, the environment and the config file select.
#[derive(Debug, Clone)]
pub struct Selection {
    /// The profile in force.
    pub profile: String,
    pub endpoint: Endpoint,
    /// Plain http with a token to a non-loopback host is allowed (flag or the profile's
    /// setting for its own endpoint).
    pub allow_insecure_http: bool,
    pub config: Config,
}

impl Selection {
    /// Resolves the endpoint: `endpoint` (flag or `VPNMINE_ENDPOINT`) > the profile's > local.
    pub fn resolve(
        config: Config,
        profile: Option<&str>,
        endpoint: Option<&str>,
        allow_insecure_http: bool,
    ) -> Result<Self, CliError> {
        if let Some(name) = profile {
            validate_profile_name(name).map_err(|e| CliError::usage(format!("--profile: {e}")))?;
            if !config.profiles.contains_key(name) && endpoint.is_none() {
                let known: Vec<&str> = config.profiles.keys().map(String::as_str).collect();
                return Err(CliError::usage(format!("no profile '{name}' in config.toml"))
                    .with_hint(if known.is_empty() {
                        format!("create it: vpnmine --profile {name} config set endpoint URL")
                    } else {
                        format!(
                            "profiles: {}; or create it: vpnmine --profile {name} config set endpoint URL",
                            known.join(", ")
                        )
                    }));
            }
        }
        let name = config.profile_name(profile);
        let settings = config.profiles.get(&name).cloned().unwrap_or_default();
        let profile_endpoint = settings
            .endpoint
            .as_deref()
            .map(|e| {
                Endpoint::parse(e).map_err(|e| {
                    CliError::usage(format!("profile '{name}' in config.toml: {}", e.message))
                        .with_hint(format!(
                            "fix it: vpnmine --profile {name} config set endpoint URL"
                        ))
                })
            })
            .transpose()?;
        let endpoint = match endpoint {
            Some(given) => Endpoint::parse(given)?,
            None => profile_endpoint.clone().unwrap_or(Endpoint::Local),
        };
        // The profile's permission covers the profile's own endpoint only.
        let profile_allows = settings.allow_insecure_http == Some(true)
            && profile_endpoint.as_ref() == Some(&endpoint);
        Ok(Self {
            profile: name,
            endpoint,
            allow_insecure_http: allow_insecure_http || profile_allows,
            config,
        })
    }

    /// The endpoint as text: `local` or the URL.
    pub fn endpoint_text(&self) -> String {
        endpoint_text(&self.endpoint)
    }
}

/// An endpoint as text: `local` or the normalised URL.
pub fn endpoint_text(endpoint: &Endpoint) -> String {
    match endpoint {
        Endpoint::Local => LOCAL.to_string(),
        Endpoint::Remote(url) => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(text: &str) -> Config {
        toml::from_str(text).unwrap()
    }

    #[test]
    fn endpoint_order_is_flag_then_profile_then_local() {
        let c = config(
            r#"
default_profile = "prod"
[profiles.prod]
endpoint = "https://prod.example.com/graphql"
[profiles.dev]
endpoint = "http://127.0.0.1:9/graphql"
allow_insecure_http = true
"#,
        );
        let s = Selection::resolve(c.clone(), None, None, false).unwrap();
        assert_eq!(s.profile, "prod");
        assert_eq!(s.endpoint_text(), "https://prod.example.com/graphql");
        let s = Selection::resolve(c.clone(), Some("dev"), None, false).unwrap();
        assert_eq!(s.endpoint_text(), "http://127.0.0.1:9/graphql");
        assert!(s.allow_insecure_http);
        let s = Selection::resolve(
            c.clone(),
            Some("dev"),
            Some("http://10.0.0.1/graphql"),
            false,
        )
        .unwrap();
        assert_eq!(s.endpoint_text(), "http://10.0.0.1/graphql");
        assert!(
            !s.allow_insecure_http,
            "the profile's permission is for its endpoint"
        );
        let s = Selection::resolve(Config::default(), None, None, false).unwrap();
        assert_eq!(
            (s.profile.as_str(), s.endpoint),
            ("default", Endpoint::Local)
        );
        let e = Selection::resolve(c, Some("nope"), None, false).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Usage);
        assert!(e.message.contains("no profile 'nope'"));
    }

    #[test]
    fn set_validates_and_round_trips() {
        let mut c = Config::default();
        assert_eq!(
            c.set("a", "endpoint", "http://127.0.0.1:8080/graphql")
                .unwrap(),
            "http://127.0.0.1:8080/graphql"
        );
        assert_eq!(c.set("a", "allow_insecure_http", "yes").unwrap(), "true");
        assert_eq!(c.set("a", "default_profile", "a").unwrap(), "a");
        assert_eq!(c.set("a", "endpoint", "LOCAL").unwrap(), "local");
        assert_eq!(
            c.set("a", "endpoint", "ftp://x").unwrap_err().kind,
            ErrorKind::Usage
        );
        assert_eq!(
            c.set("a", "allow_insecure_http", "maybe").unwrap_err().kind,
            ErrorKind::Usage
        );
        assert_eq!(
            c.set("a", "default_profile", "a b").unwrap_err().kind,
            ErrorKind::Usage
        );
        assert_eq!(
            c.set("a", "colour", "x").unwrap_err().kind,
            ErrorKind::Usage
        );
        let text = toml::to_string_pretty(&c).unwrap();
        assert_eq!(config(&text), c);
        assert_eq!(c.get("a", "endpoint").unwrap().as_deref(), Some("local"));
        assert_eq!(c.get("b", "endpoint").unwrap(), None);
        assert_eq!(c.entries().len(), 3);
    }

    #[test]
    fn profile_names_are_checked() {
        for good in ["default", "prod-eu", "a.b_c", "X1"] {
            assert!(validate_profile_name(good).is_ok(), "{good}");
        }
        for bad in ["", "a b", "a/b", "ä", &"x".repeat(65)] {
            assert!(validate_profile_name(bad).is_err(), "{bad}");
        }
    }
}
