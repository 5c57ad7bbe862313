//! What a client gets from a server's protocol endpoint: its configuration with the secrets
//! hidden, the public key, and the client share link (VLESS, REALITY) or WireGuard config.
//!
//! Share links follow the Xray/V2RayN "VMessAEAD/VLESS share link" convention that 3x-ui and
//! Marzban emit: `vless://UUID@HOST:PORT?encryption=none&security=...&type=tcp#NAME`, with the
//! REALITY parameters `pbk` (public key), `sid` (short id), `sni`, `fp` (uTLS fingerprint) and
//! `flow`. Everything here is pure: the server passes the stored configuration in.

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde_json::Value;
use url::Url;
use uuid::Uuid;

use super::protocol::ProtocolType;

/// What a hidden secret reads as.
pub const REDACTED: &str = "<redacted>";

/// The uTLS fingerprint a REALITY link names when the endpoint configures none: the one Xray's
/// own examples and most panels default to.
pub const DEFAULT_FINGERPRINT: &str = "chrome";

/// The flow REALITY links carry when the user's client entry names none: XTLS Vision, the
/// flow REALITY is deployed with.
pub const DEFAULT_REALITY_FLOW: &str = "xtls-rprx-vision";

/// Placeholder of the client's private key in a WireGuard config: the server never knows it.
pub const WIREGUARD_KEY_PLACEHOLDER: &str = "<client-private-key>";

/// Placeholder of the client's tunnel address in a WireGuard config: the peer's allowed IP the
/// operator assigns.
pub const WIREGUARD_ADDRESS_PLACEHOLDER: &str = "<client-address, e.g. 10.8.0.2/32>";

/// A configuration key that holds a secret: a private key, a pre-shared key, a password or
/// anything named secret, whatever the case (`privateKey`, `private_key`, `preSharedKey`,
/// `adminPassword`, `secretToken`).
pub fn is_secret_key(name: &str) -> bool {
    let name = name.to_ascii_lowercase().replace(['_', '-'], "");
    ["private", "secret", "password", "presharedkey", "psk"]
        .iter()
        .any(|word| name.contains(word))
}

/// Replaces every secret value (by its key, at any depth) with [`REDACTED`].
pub fn redact(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if is_secret_key(key) {
                    *v = Value::String(REDACTED.into());
                } else {
                    redact(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact),
        _ => {}
    }
}

/// The public key of a REALITY or WireGuard endpoint: the configured one, else derived from
/// the private key (REALITY: unpadded base64url; WireGuard: padded base64).
pub fn public_key(protocol: ProtocolType, config: &Value) -> Option<String> {
    let engine = match protocol {
        ProtocolType::Reality => URL_SAFE_NO_PAD,
        ProtocolType::Wireguard => STANDARD,
        _ => return None,
    };
    if let Some(key) = config.get("publicKey").and_then(Value::as_str) {
        return Some(key.to_string());
    }
    let private = config.get("privateKey").and_then(Value::as_str)?;
    let bytes: [u8; 32] = engine.decode(private).ok()?.try_into().ok()?;
    Some(engine.encode(x25519_public_key(bytes)))
}

/// The x25519 public key of a private key (REALITY and WireGuard alike); the encoding is the
/// caller's.
pub fn x25519_public_key(private_key: [u8; 32]) -> [u8; 32] {
    x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(private_key)).to_bytes()
}

/// Where a client connects, and the name its app shows for the link.
#[derive(Debug, Clone)]
pub struct Endpoint<'a> {
    pub host: &'a str,
    pub port: u16,
    /// Shown by client apps (the link's fragment).
    pub name: &'a str,
}

/// Why no client config can be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClientConfigError {
    #[error("{0} has no client share link or config (clients connect with their own profile)")]
    Unsupported(ProtocolType),
    #[error(
        "the {protocol} endpoint's configuration has no {field}: fix it with `servers protocol set`"
    )]
    Missing {
        protocol: ProtocolType,
        field: &'static str,
    },
    #[error("'{0}' cannot be the host of a link")]
    BadHost(String),
}

/// A client's config for an endpoint: the share link or config text, and whether the user's
/// UUID is among the endpoint's clients (`None` when the protocol has no client list).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientConfig {
    pub content: String,
    pub client_listed: Option<bool>,
}

/// The client entry of `uuid` in a VLESS/REALITY `clients` list.
fn client_entry<'a>(config: &'a Value, uuid: &Uuid) -> Option<&'a Value> {
    config.get("clients")?.as_array()?.iter().find(|c| {
        c.get("id")
            .and_then(Value::as_str)
            .and_then(|id| Uuid::try_parse(id).ok())
            .is_some_and(|id| &id == uuid)
    })
}

fn first_string<'a>(config: &'a Value, key: &str) -> Option<&'a str> {
    config.get(key)?.as_array()?.iter().find_map(Value::as_str)
}

fn vless_url(
    uuid: &Uuid,
    endpoint: &Endpoint<'_>,
    params: &[(&str, &str)],
) -> Result<String, ClientConfigError> {
    let bad_host = || ClientConfigError::BadHost(endpoint.host.to_string());
    // Through the url crate, so that the host, query and fragment are escaped as a parser
    // expects; IPv6 hosts get their brackets.
    let host = match endpoint.host.parse::<std::net::Ipv6Addr>() {
        Ok(v6) => format!("[{v6}]"),
        Err(_) => endpoint.host.to_string(),
    };
    let mut url =
        Url::parse(&format!("vless://{uuid}@{host}:{}", endpoint.port)).map_err(|_| bad_host())?;
    {
        let mut query = url.query_pairs_mut();
        for (key, value) in params {
            query.append_pair(key, value);
        }
    }
    url.set_fragment(Some(endpoint.name));
    Ok(url.to_string())
}

/// The client config of `uuid` for an endpoint of `protocol` with this stored configuration.
pub fn client_config(
    protocol: ProtocolType,
    config: &Value,
    uuid: &Uuid,
    endpoint: &Endpoint<'_>,
) -> Result<ClientConfig, ClientConfigError> {
    let missing = |field| ClientConfigError::Missing { protocol, field };
    match protocol {
        ProtocolType::Vless => {
            let entry = client_entry(config, uuid);
            let flow = entry.and_then(|c| c.get("flow")).and_then(Value::as_str);
            let mut params = vec![
                ("encryption", "none"),
                ("security", "none"),
                ("type", "tcp"),
            ];
            if let Some(flow) = flow.filter(|f| !f.is_empty()) {
                params.push(("flow", flow));
            }
            Ok(ClientConfig {
                content: vless_url(uuid, endpoint, &params)?,
                client_listed: Some(entry.is_some()),
            })
        }
        ProtocolType::Reality => {
            let entry = client_entry(config, uuid);
            let public_key = public_key(protocol, config).ok_or(missing("publicKey"))?;
            let sni = first_string(config, "serverNames").ok_or(missing("serverNames"))?;
            // An empty shortId is allowed by REALITY (clients without one); prefer a real one.
            let short_id = config
                .get("shortIds")
                .and_then(Value::as_array)
                .and_then(|ids| {
                    ids.iter()
                        .filter_map(Value::as_str)
                        .find(|id| !id.is_empty())
                })
                .unwrap_or("");
            let fingerprint = config
                .get("fingerprint")
                .and_then(Value::as_str)
                .filter(|f| !f.is_empty())
                .unwrap_or(DEFAULT_FINGERPRINT);
            let flow = entry
                .and_then(|c| c.get("flow"))
                .and_then(Value::as_str)
                .filter(|f| !f.is_empty())
                .unwrap_or(DEFAULT_REALITY_FLOW);
            let params = [
                ("encryption", "none"),
                ("security", "reality"),
                ("pbk", public_key.as_str()),
                ("sid", short_id),
                ("sni", sni),
                ("fp", fingerprint),
                ("flow", flow),
                ("type", "tcp"),
            ];
            Ok(ClientConfig {
                content: vless_url(uuid, endpoint, &params)?,
                client_listed: Some(entry.is_some()),
            })
        }
        ProtocolType::Wireguard => {
            let server_key = public_key(protocol, config).ok_or(missing("publicKey"))?;
            let host = match endpoint.host.parse::<std::net::Ipv6Addr>() {
                Ok(v6) => format!("[{v6}]"),
                Err(_) => endpoint.host.to_string(),
            };
            let content = format!(
                "# {name}\n\
                 [Interface]\n\
                 PrivateKey = {WIREGUARD_KEY_PLACEHOLDER}\n\
                 Address = {WIREGUARD_ADDRESS_PLACEHOLDER}\n\
                 DNS = 1.1.1.1\n\
                 \n\
                 [Peer]\n\
                 PublicKey = {server_key}\n\
                 Endpoint = {host}:{port}\n\
                 AllowedIPs = 0.0.0.0/0, ::/0\n\
                 PersistentKeepalive = 25\n",
                name = endpoint.name,
                port = endpoint.port,
            );
            Ok(ClientConfig {
                content,
                client_listed: None,
            })
        }
        ProtocolType::Openconnect => Err(ClientConfigError::Unsupported(protocol)),
    }
}

/// Fills a WireGuard config's key placeholder with `private_key` (padded base64); returns the
/// config and the matching public key, which the operator adds as the peer.
pub fn with_wireguard_key(config: &str, private_key: [u8; 32]) -> (String, String) {
    (
        config.replace(WIREGUARD_KEY_PLACEHOLDER, &STANDARD.encode(private_key)),
        STANDARD.encode(x25519_public_key(private_key)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const UUID: &str = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d";

    fn endpoint() -> Endpoint<'static> {
        Endpoint {
            host: "eu-west-0001.vpn.example.net",
            port: 8443,
            name: "eu-west-0001 REALITY",
        }
    }

    fn query(link: &str) -> std::collections::HashMap<String, String> {
        Url::parse(link)
            .unwrap()
            .query_pairs()
            .into_owned()
            .collect()
    }

    #[test]
    fn secrets_are_found_by_name_whatever_the_spelling() {
        for secret in [
            "privateKey",
            "private_key",
            "PrivateKey",
            "preSharedKey",
            "psk",
            "adminPassword",
            "client-secret",
        ] {
            assert!(is_secret_key(secret), "{secret}");
        }
        for public in ["publicKey", "shortIds", "serverNames", "port", "id", "dest"] {
            assert!(!is_secret_key(public), "{public}");
        }
    }

    #[test]
    fn redaction_reaches_every_depth() {
        let mut config = json!({
            "privateKey": "abc",
            "peers": [{"presharedKey": "x", "publicKey": "y"}],
            "auth": {"password": "hunter2", "user": "ops"}
        });
        redact(&mut config);
        assert_eq!(
            config,
            json!({
                "privateKey": REDACTED,
                "peers": [{"presharedKey": REDACTED, "publicKey": "y"}],
                "auth": {"password": REDACTED, "user": "ops"}
            })
        );
    }

    #[test]
    fn public_key_is_derived_when_not_configured() {
        let secret = [7u8; 32];
        let expected = x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(secret));
        let config = json!({"privateKey": STANDARD.encode(secret)});
        assert_eq!(
            public_key(ProtocolType::Wireguard, &config),
            Some(STANDARD.encode(expected.as_bytes()))
        );
        assert_eq!(public_key(ProtocolType::Vless, &config), None);
    }

    #[test]
    fn reality_links_carry_every_parameter() {
        let uuid = Uuid::parse_str(UUID).unwrap();
        let config = json!({
            "serverNames": ["www.microsoft.com"], "publicKey": "PUBKEY_43",
            "shortIds": ["", "6ba85179e30d4fc2"], "dest": "www.microsoft.com:443",
            "clients": [{"id": UUID}]
        });
        let got = client_config(ProtocolType::Reality, &config, &uuid, &endpoint()).unwrap();
        assert_eq!(got.client_listed, Some(true));
        let url = Url::parse(&got.content).unwrap();
        assert_eq!(url.scheme(), "vless");
        assert_eq!(url.username(), UUID);
        assert_eq!(url.host_str(), Some("eu-west-0001.vpn.example.net"));
        assert_eq!(url.port(), Some(8443));
        assert_eq!(url.fragment(), Some("eu-west-0001%20REALITY"));
        let q = query(&got.content);
        for (key, value) in [
            ("encryption", "none"),
            ("security", "reality"),
            ("pbk", "PUBKEY_43"),
            ("sid", "6ba85179e30d4fc2"),
            ("sni", "www.microsoft.com"),
            ("fp", DEFAULT_FINGERPRINT),
            ("flow", DEFAULT_REALITY_FLOW),
            ("type", "tcp"),
        ] {
            assert_eq!(q.get(key).map(String::as_str), Some(value), "{key}");
        }
    }

    #[test]
    fn plain_vless_links_have_no_reality_parameters() {
        let uuid = Uuid::parse_str(UUID).unwrap();
        let config = json!({"clients": [], "encryption": "none"});
        let got = client_config(ProtocolType::Vless, &config, &uuid, &endpoint()).unwrap();
        assert_eq!(
            got.client_listed,
            Some(false),
            "the user is not a client yet"
        );
        let q = query(&got.content);
        assert_eq!(q.get("security").map(String::as_str), Some("none"));
        for absent in ["pbk", "sid", "sni", "fp", "flow"] {
            assert!(!q.contains_key(absent), "{absent} in {}", got.content);
        }
    }

    #[test]
    fn reality_without_its_parameters_names_the_missing_field() {
        let uuid = Uuid::parse_str(UUID).unwrap();
        let err = client_config(
            ProtocolType::Reality,
            &json!({"publicKey": "k"}),
            &uuid,
            &endpoint(),
        )
        .unwrap_err();
        assert_eq!(
            err,
            ClientConfigError::Missing {
                protocol: ProtocolType::Reality,
                field: "serverNames"
            }
        );
        assert!(matches!(
            client_config(ProtocolType::Openconnect, &json!({}), &uuid, &endpoint()),
            Err(ClientConfigError::Unsupported(_))
        ));
    }

    #[test]
    fn ipv6_hosts_are_bracketed() {
        let uuid = Uuid::parse_str(UUID).unwrap();
        let endpoint = Endpoint {
            host: "2001:db8::7",
            port: 443,
            name: "v6",
        };
        let got = client_config(
            ProtocolType::Vless,
            &json!({"clients": []}),
            &uuid,
            &endpoint,
        )
        .unwrap();
        assert!(
            got.content
                .starts_with(&format!("vless://{UUID}@[2001:db8::7]:443?")),
            "{}",
            got.content
        );
    }

    #[test]
    fn wireguard_configs_name_the_server_and_take_a_client_key() {
        let uuid = Uuid::parse_str(UUID).unwrap();
        let server_key = STANDARD.encode([9u8; 32]);
        let config = json!({"privateKey": server_key, "address": "10.8.0.1/24", "peers": []});
        let endpoint = Endpoint {
            host: "wg.example.net",
            port: 51820,
            name: "wg",
        };
        let got = client_config(ProtocolType::Wireguard, &config, &uuid, &endpoint).unwrap();
        let server_public = public_key(ProtocolType::Wireguard, &config).unwrap();
        assert!(got.content.contains("[Interface]\n"), "{}", got.content);
        assert!(
            got.content
                .contains(&format!("PublicKey = {server_public}\n"))
        );
        assert!(got.content.contains("Endpoint = wg.example.net:51820\n"));
        assert!(got.content.contains("AllowedIPs = 0.0.0.0/0, ::/0\n"));
        assert!(!got.content.contains(&server_key), "no server secret");
        let (filled, client_public) = with_wireguard_key(&got.content, [3u8; 32]);
        assert!(!filled.contains(WIREGUARD_KEY_PLACEHOLDER));
        let private_line = filled
            .lines()
            .find(|l| l.starts_with("PrivateKey = "))
            .unwrap();
        let private = private_line.trim_start_matches("PrivateKey = ");
        assert!(crate::domain::validate_wireguard_key(private).is_ok());
        assert!(crate::domain::validate_wireguard_key(&client_public).is_ok());
        assert_ne!(private, client_public);
    }
}
