//! The VPN protocols an operator can enable on a server.
//!
//! The wire names ("VLESS", "REALITY", ...) are shared by the GraphQL schema,
//! the database and the CLI, so they live here once.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A VPN protocol supported by the platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ProtocolType {
    Vless,
    Reality,
    Wireguard,
    Openconnect,
}

impl ProtocolType {
    /// Every protocol, in the order used for listings and error messages.
    pub const ALL: [ProtocolType; 4] = [
        ProtocolType::Vless,
        ProtocolType::Reality,
        ProtocolType::Wireguard,
        ProtocolType::Openconnect,
    ];

    /// The canonical wire name, identical to the serde representation.
    pub const fn as_str(self) -> &'static str {
        match self {
            ProtocolType::Vless => "VLESS",
            ProtocolType::Reality => "REALITY",
            ProtocolType::Wireguard => "WIREGUARD",
            ProtocolType::Openconnect => "OPENCONNECT",
        }
    }
}

impl fmt::Display for ProtocolType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Returned when a string names no known protocol.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown protocol \"{input}\": expected one of VLESS, REALITY, WIREGUARD, OPENCONNECT \
     (case-insensitive; \"wg\", \"ocserv\" and \"open-connect\" are accepted too)"
)]
pub struct ParseProtocolError {
    pub input: String,
}

impl FromStr for ProtocolType {
    type Err = ParseProtocolError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        // Operators type these on the command line, where case and the
        // daemon names they know ("wg", "ocserv") come naturally.
        let normalized = input.trim().to_ascii_lowercase();
        match normalized.as_str() {
            "vless" => Ok(ProtocolType::Vless),
            "reality" => Ok(ProtocolType::Reality),
            "wireguard" | "wg" => Ok(ProtocolType::Wireguard),
            "openconnect" | "ocserv" | "open-connect" => Ok(ProtocolType::Openconnect),
            _ => Err(ParseProtocolError {
                input: input.to_string(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_str_and_display_give_the_wire_names() {
        let names: Vec<String> = ProtocolType::ALL.iter().map(|p| p.to_string()).collect();
        assert_eq!(names, ["VLESS", "REALITY", "WIREGUARD", "OPENCONNECT"]);
        for protocol in ProtocolType::ALL {
            assert_eq!(protocol.as_str(), protocol.to_string());
        }
    }

    #[test]
    fn all_lists_each_variant_once_in_order() {
        let mut sorted = ProtocolType::ALL;
        sorted.sort();
        assert_eq!(sorted, ProtocolType::ALL);
        let unique: std::collections::HashSet<_> = ProtocolType::ALL.iter().collect();
        assert_eq!(unique.len(), 4);
    }

    #[test]
    fn parses_canonical_names_case_insensitively() {
        for protocol in ProtocolType::ALL {
            assert_eq!(protocol.as_str().parse::<ProtocolType>(), Ok(protocol));
            assert_eq!(
                protocol.as_str().to_lowercase().parse::<ProtocolType>(),
                Ok(protocol)
            );
        }
        assert_eq!("Reality".parse(), Ok(ProtocolType::Reality));
        assert_eq!("WireGuard".parse(), Ok(ProtocolType::Wireguard));
    }

    #[test]
    fn parses_aliases() {
        assert_eq!("wg".parse(), Ok(ProtocolType::Wireguard));
        assert_eq!("WG".parse(), Ok(ProtocolType::Wireguard));
        assert_eq!("ocserv".parse(), Ok(ProtocolType::Openconnect));
        assert_eq!("open-connect".parse(), Ok(ProtocolType::Openconnect));
        assert_eq!("Open-Connect".parse(), Ok(ProtocolType::Openconnect));
    }

    #[test]
    fn trims_surrounding_whitespace() {
        assert_eq!(" vless\n".parse(), Ok(ProtocolType::Vless));
    }

    #[test]
    fn rejects_unknown_names_listing_valid_values() {
        for bad in ["", "vmess", "v less", "open_connect", "wireguard2", "ÿ"] {
            let err = bad.parse::<ProtocolType>().unwrap_err();
            assert_eq!(err.input, bad);
            let message = err.to_string();
            assert!(message.contains(&format!("\"{bad}\"")), "{message}");
            for protocol in ProtocolType::ALL {
                assert!(message.contains(protocol.as_str()), "{message}");
            }
        }
    }

    #[test]
    fn serde_uses_screaming_snake_case() {
        assert_eq!(
            serde_json::to_string(&ProtocolType::Openconnect).unwrap(),
            "\"OPENCONNECT\""
        );
        assert_eq!(
            serde_json::from_str::<ProtocolType>("\"WIREGUARD\"").unwrap(),
            ProtocolType::Wireguard
        );
        for protocol in ProtocolType::ALL {
            let json = serde_json::to_string(&protocol).unwrap();
            assert_eq!(json, format!("\"{}\"", protocol.as_str()));
        }
        assert!(serde_json::from_str::<ProtocolType>("\"wireguard\"").is_err());
    }
}
