//! Input validators shared by the CLI (before a request is sent) and the
//! server (before anything is stored), so both sides refuse the same inputs
//! with the same words.
//!
//! Single values fail fast with a [`ValidationError`]. Protocol configs are
//! checked as a whole by [`validate_protocol_config`], which collects every
//! problem into [`ConfigErrors`] so an operator can fix them in one pass.
//!
//! Key material is never echoed back in messages: errors end up in logs and
//! terminals, and a private key that is merely mistyped is still a secret.

use std::collections::HashMap;
use std::fmt;
use std::net::{IpAddr, Ipv4Addr};

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde_json::{Map, Value};
use uuid::Uuid;

use super::protocol::ProtocolType;

/// Why a single value was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValidationError {
    #[error(
        "\"{input}\" is not a valid UUID ({reason}): expected the hyphenated form \
         xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (e.g. from `xray uuid` or `uuidgen`)"
    )]
    InvalidUuid { input: String, reason: String },

    #[error(
        "the nil UUID 00000000-0000-0000-0000-000000000000 is not allowed: \
         expected a randomly generated UUID (e.g. from `xray uuid` or `uuidgen`)"
    )]
    NilUuid,

    #[error("port {port} is out of range: expected 1-65535")]
    PortOutOfRange { port: i64 },

    #[error(
        "invalid REALITY x25519 key ({reason}): expected 43 characters of unpadded base64url \
         (A-Z a-z 0-9 - _) encoding 32 bytes, as printed by `xray x25519`"
    )]
    InvalidX25519Key { reason: String },

    #[error(
        "invalid WireGuard key ({reason}): expected 44 characters of standard base64 \
         (A-Z a-z 0-9 + /) ending in '=' and encoding 32 bytes, as printed by `wg genkey`"
    )]
    InvalidWireguardKey { reason: String },

    #[error(
        "invalid REALITY shortId \"{input}\" ({reason}): expected an even number \
         (0 to 16) of hex digits, e.g. \"6ba85179e30d4fc2\""
    )]
    InvalidShortId { input: String, reason: String },

    #[error(
        "invalid server name \"{input}\" ({reason}): expected a DNS name such as \
         \"www.example.com\" (labels of 1-63 letters, digits or '-', at most 253 characters)"
    )]
    InvalidServerName { input: String, reason: String },

    #[error(
        "invalid network \"{input}\" ({reason}): expected an address with a prefix length, \
         e.g. \"10.8.0.0/24\" or \"fd00::/64\""
    )]
    InvalidCidr { input: String, reason: String },

    #[error(
        "port {port} is assigned to both {first} and {second}: expected every protocol on its own port"
    )]
    PortClash {
        port: u16,
        first: ProtocolType,
        second: ProtocolType,
    },

    #[error("{protocol} is listed twice on port {port}: expected each protocol once")]
    DuplicateProtocol { protocol: ProtocolType, port: u16 },

    #[error("'{input}' is not an IP address: expected e.g. 203.0.113.7 or 2001:db8::7")]
    InvalidIp { input: String },

    #[error("invalid location ({reason}): expected a region name of 1-64 characters, e.g. eu-west")]
    InvalidLocation { reason: String },

    #[error(
        "capacity {capacity} is out of range: expected 1-{MAX_CAPACITY} concurrent connections"
    )]
    CapacityOutOfRange { capacity: i64 },
}

/// The most concurrent connections a server may declare: far above any one machine, low enough
/// that a typo (an extra digit or two) is caught.
pub const MAX_CAPACITY: i64 = 1_000_000;

/// Longest location (region) name.
pub const MAX_LOCATION: usize = 64;

/// Longest input echoed back in a message: an oversized value is named by its length instead.
const MAX_ECHO: usize = 64;

fn echo(input: &str) -> String {
    if input.chars().count() > MAX_ECHO {
        format!(
            "{}... ({} characters)",
            input.chars().take(MAX_ECHO).collect::<String>(),
            input.chars().count()
        )
    } else {
        input.to_string()
    }
}

/// A server's public address, IPv4 or IPv6, in its canonical text form.
pub fn validate_public_ip(input: &str) -> Result<IpAddr, ValidationError> {
    input
        .trim()
        .parse()
        .map_err(|_| ValidationError::InvalidIp { input: echo(input) })
}

/// A server's region, stored trimmed and lowercase so that filters match whatever the case.
pub fn validate_location(input: &str) -> Result<String, ValidationError> {
    let location = input.trim().to_lowercase();
    let invalid = |reason: String| ValidationError::InvalidLocation { reason };
    if location.is_empty() {
        return Err(invalid("it is empty".into()));
    }
    let length = location.chars().count();
    if length > MAX_LOCATION {
        return Err(invalid(format!("it is {length} characters long")));
    }
    if location.chars().any(char::is_control) {
        return Err(invalid("it contains a control character".into()));
    }
    Ok(location)
}

/// A server's capacity: the most concurrent connections it takes, 1 to [`MAX_CAPACITY`].
pub fn validate_capacity(capacity: i64) -> Result<u32, ValidationError> {
    if (1..=MAX_CAPACITY).contains(&capacity) {
        Ok(capacity as u32)
    } else {
        Err(ValidationError::CapacityOutOfRange { capacity })
    }
}

/// A server's own host name (as registered): a DNS name, stored lowercase. Oversized input is
/// refused by its length, not echoed.
pub fn validate_host_name(input: &str) -> Result<String, ValidationError> {
    let host = input.trim().to_lowercase();
    if host.len() > 253 {
        return Err(ValidationError::InvalidServerName {
            input: echo(&host),
            reason: format!("it is {} characters long", host.len()),
        });
    }
    validate_server_name(&host)?;
    Ok(host)
}

/// One problem found in a protocol config, located by a JSON-ish path such as
/// `config.shortIds[2]`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FieldError {
    pub path: String,
    pub message: String,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Every problem found in a protocol config, in document order.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct ConfigErrors {
    pub errors: Vec<FieldError>,
}

impl ConfigErrors {
    pub fn len(&self) -> usize {
        self.errors.len()
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, FieldError> {
        self.errors.iter()
    }

    /// Whether any error is reported at exactly this path.
    pub fn has_path(&self, path: &str) -> bool {
        self.errors.iter().any(|e| e.path == path)
    }
}

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, error) in self.errors.iter().enumerate() {
            if index > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigErrors {}

impl<'a> IntoIterator for &'a ConfigErrors {
    type Item = &'a FieldError;
    type IntoIter = std::slice::Iter<'a, FieldError>;

    fn into_iter(self) -> Self::IntoIter {
        self.errors.iter()
    }
}

impl IntoIterator for ConfigErrors {
    type Item = FieldError;
    type IntoIter = std::vec::IntoIter<FieldError>;

    fn into_iter(self) -> Self::IntoIter {
        self.errors.into_iter()
    }
}

/// An IP network in CIDR notation. The address keeps its host bits, because
/// an interface address such as `10.8.0.1/24` is both "my address" and "my
/// network" and both halves matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cidr {
    pub addr: IpAddr,
    pub prefix: u8,
}

impl Cidr {
    pub fn is_ipv4(&self) -> bool {
        self.addr.is_ipv4()
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.addr, self.prefix)
    }
}

const UUID_HYPHEN_POSITIONS: [usize; 4] = [8, 13, 18, 23];

/// Parses a UUID in the hyphenated form only (either case), refusing the nil
/// UUID, which some tools emit as a placeholder and which every client would
/// share.
pub fn validate_uuid(input: &str) -> Result<Uuid, ValidationError> {
    let invalid = |reason: &str| ValidationError::InvalidUuid {
        input: input.to_string(),
        reason: reason.to_string(),
    };
    // `Uuid::try_parse` also accepts braced, URN and unhyphenated forms; Xray
    // and the database store the hyphenated one, so only that is let through.
    if input.chars().any(char::is_whitespace) {
        return Err(invalid("it contains whitespace"));
    }
    if input.len() != 36 {
        return Err(invalid(&format!(
            "it has {} characters instead of 36",
            input.chars().count()
        )));
    }
    for (index, byte) in input.bytes().enumerate() {
        let should_be_hyphen = UUID_HYPHEN_POSITIONS.contains(&index);
        if should_be_hyphen && byte != b'-' {
            return Err(invalid(&format!("expected '-' at position {}", index + 1)));
        }
        if !should_be_hyphen && !byte.is_ascii_hexdigit() {
            return Err(invalid(&format!(
                "character {} is not a hex digit",
                index + 1
            )));
        }
    }
    let uuid = Uuid::try_parse(input).map_err(|e| invalid(&e.to_string()))?;
    if uuid.is_nil() {
        return Err(ValidationError::NilUuid);
    }
    Ok(uuid)
}

/// Accepts a TCP/UDP port. Takes `i64` because values arrive from JSON and
/// GraphQL `Int`, where negative and oversized numbers are representable.
pub fn validate_port(port: i64) -> Result<u16, ValidationError> {
    match u16::try_from(port) {
        Ok(valid) if valid != 0 => Ok(valid),
        _ => Err(ValidationError::PortOutOfRange { port }),
    }
}

/// Validates a REALITY (x25519) private or public key: exactly 43 characters
/// of unpadded base64url decoding to 32 bytes. All-zero keys are refused,
/// since they are placeholders, not keys.
pub fn validate_x25519_key(input: &str) -> Result<[u8; 32], ValidationError> {
    let invalid = |reason: String| ValidationError::InvalidX25519Key { reason };
    if input.is_empty() {
        return Err(invalid("the key is empty".to_string()));
    }
    if input.chars().any(char::is_whitespace) {
        return Err(invalid("it contains whitespace".to_string()));
    }
    if input.contains('=') {
        return Err(invalid(
            "it contains '=' padding, which REALITY keys never have".to_string(),
        ));
    }
    if input.contains(['+', '/']) {
        return Err(invalid(
            "it contains '+' or '/', which belong to standard base64 \
             as used by WireGuard keys"
                .to_string(),
        ));
    }
    if let Some(bad) = input
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        return Err(invalid(format!("it contains the character {bad:?}")));
    }
    if input.len() != 43 {
        return Err(invalid(format!(
            "it has {} characters instead of 43",
            input.len()
        )));
    }
    decode_32_bytes(&URL_SAFE_NO_PAD, input).map_err(invalid)
}

/// Validates a WireGuard private, public or preshared key: exactly 44
/// characters of padded standard base64 decoding to 32 bytes. All-zero keys
/// are refused, since they are placeholders, not keys.
pub fn validate_wireguard_key(input: &str) -> Result<[u8; 32], ValidationError> {
    let invalid = |reason: String| ValidationError::InvalidWireguardKey { reason };
    if input.is_empty() {
        return Err(invalid("the key is empty".to_string()));
    }
    if input.chars().any(char::is_whitespace) {
        return Err(invalid("it contains whitespace".to_string()));
    }
    if input.contains(['-', '_']) {
        return Err(invalid(
            "it contains '-' or '_', which belong to base64url \
             as used by REALITY keys"
                .to_string(),
        ));
    }
    if let Some(bad) = input
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=')))
    {
        return Err(invalid(format!("it contains the character {bad:?}")));
    }
    if input.len() != 44 {
        return Err(invalid(format!(
            "it has {} characters instead of 44",
            input.len()
        )));
    }
    if !input.ends_with('=') || input[..43].contains('=') {
        return Err(invalid(
            "it must end with exactly one '=' and have none elsewhere".to_string(),
        ));
    }
    decode_32_bytes(&STANDARD, input).map_err(invalid)
}

fn decode_32_bytes(engine: &impl base64::Engine, input: &str) -> Result<[u8; 32], String> {
    let mut key = [0u8; 32];
    // The length was checked by the caller, so the only failure left is a
    // final character whose unused low bits are set: the key was mistyped.
    match engine.decode_slice(input, &mut key) {
        Ok(32) => {}
        Ok(n) => return Err(format!("it decodes to {n} bytes instead of 32")),
        Err(base64::DecodeSliceError::DecodeError(base64::DecodeError::InvalidLastSymbol {
            ..
        })) => {
            return Err("its last character is not one a 32-byte key can end with, \
                 so the key was probably mistyped or truncated"
                .to_string());
        }
        Err(e) => return Err(format!("base64 decoding failed with \"{e}\"")),
    }
    if key == [0u8; 32] {
        return Err("it is all zeros, a placeholder rather than a real key".to_string());
    }
    Ok(key)
}

/// Validates a REALITY shortId: up to 16 hex digits, an even number of them.
/// The empty string is valid: Xray uses it to let clients omit the shortId.
pub fn validate_short_id(input: &str) -> Result<(), ValidationError> {
    let invalid = |reason: String| ValidationError::InvalidShortId {
        input: input.to_string(),
        reason,
    };
    if let Some(bad) = input.chars().find(|c| !c.is_ascii_hexdigit()) {
        return Err(invalid(format!("{bad:?} is not a hex digit")));
    }
    if input.len() > 16 {
        return Err(invalid(format!("it has {} digits", input.len())));
    }
    if !input.len().is_multiple_of(2) {
        // Xray decodes the shortId as bytes, so an odd digit is a half byte.
        return Err(invalid(format!(
            "it has an odd number of digits ({})",
            input.len()
        )));
    }
    Ok(())
}

/// Validates a host name as sent in TLS SNI (REALITY `serverNames`, the host
/// part of `dest`). IP literals are refused because SNI cannot carry them,
/// and a trailing dot is refused because SNI never has one.
pub fn validate_server_name(input: &str) -> Result<(), ValidationError> {
    let invalid = |reason: String| ValidationError::InvalidServerName {
        input: input.to_string(),
        reason,
    };
    if input.is_empty() {
        return Err(invalid("it is empty".to_string()));
    }
    if input.chars().any(char::is_whitespace) {
        return Err(invalid("it contains whitespace".to_string()));
    }
    if input.parse::<IpAddr>().is_ok() {
        return Err(invalid(
            "it is an IP address, which TLS SNI cannot carry".to_string(),
        ));
    }
    if input.len() > 253 {
        return Err(invalid(format!("it is {} characters long", input.len())));
    }
    if input.ends_with('.') {
        return Err(invalid("it ends with '.'".to_string()));
    }
    for label in input.split('.') {
        if label.is_empty() {
            return Err(invalid(
                "it has an empty label, from \"..\" or a leading '.'".to_string(),
            ));
        }
        if label.len() > 63 {
            return Err(invalid(format!(
                "the label \"{label}\" is {} characters long",
                label.len()
            )));
        }
        if let Some(bad) = label
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == '-'))
        {
            return Err(invalid(format!("it contains the character {bad:?}")));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(invalid(format!(
                "the label \"{label}\" starts or ends with '-'"
            )));
        }
    }
    Ok(())
}

/// Parses `address/prefix` for IPv4 (prefix 0-32) or IPv6 (prefix 0-128).
pub fn validate_cidr(input: &str) -> Result<Cidr, ValidationError> {
    let invalid = |reason: String| ValidationError::InvalidCidr {
        input: input.to_string(),
        reason,
    };
    let Some((address, prefix)) = input.split_once('/') else {
        return Err(invalid("the \"/prefix\" part is missing".to_string()));
    };
    let addr: IpAddr = address
        .parse()
        .map_err(|_| invalid(format!("\"{address}\" is not an IP address")))?;
    // `u8::from_str` would accept "+24"; only plain digits are a prefix.
    if prefix.is_empty() || prefix.len() > 3 || !prefix.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid(format!(
            "the prefix \"{prefix}\" is not a prefix length"
        )));
    }
    let max_prefix: u8 = if addr.is_ipv4() { 32 } else { 128 };
    match prefix.parse::<u8>() {
        Ok(prefix) if prefix <= max_prefix => Ok(Cidr { addr, prefix }),
        _ => Err(invalid(format!(
            "the prefix /{prefix} is too long for an IPv{} address (at most /{max_prefix})",
            if addr.is_ipv4() { 4 } else { 6 }
        ))),
    }
}

/// Refuses two protocols listening on the same port. Ports are compared as
/// numbers, regardless of TCP/UDP, to keep the rule easy to explain.
pub fn validate_ports_unique(ports: &[(ProtocolType, u16)]) -> Result<(), ValidationError> {
    let mut seen: HashMap<u16, ProtocolType> = HashMap::new();
    for &(protocol, port) in ports {
        if let Some(&first) = seen.get(&port) {
            return Err(if first == protocol {
                ValidationError::DuplicateProtocol { protocol, port }
            } else {
                ValidationError::PortClash {
                    port,
                    first,
                    second: protocol,
                }
            });
        }
        seen.insert(port, protocol);
    }
    Ok(())
}

/// Checks a protocol's port and JSON config, reporting every problem found.
/// Unknown keys are allowed so newer clients can send settings an older
/// server does not know yet; `null` counts as absent.
pub fn validate_protocol_config(
    protocol: ProtocolType,
    port: i64,
    config: &Value,
) -> Result<(), ConfigErrors> {
    let mut check = Checker::default();
    if let Err(e) = validate_port(port) {
        check.push("port", e.to_string());
    }
    match config {
        Value::Object(object) => match protocol {
            ProtocolType::Vless => check_vless(&mut check, object),
            ProtocolType::Reality => check_reality(&mut check, object),
            ProtocolType::Wireguard => check_wireguard(&mut check, object),
            ProtocolType::Openconnect => check_openconnect(&mut check, object),
        },
        other => check.push(
            ROOT,
            format!(
                "expected a JSON object with the {protocol} settings, found {}",
                describe(other)
            ),
        ),
    }
    if check.errors.is_empty() {
        Ok(())
    } else {
        Err(ConfigErrors {
            errors: check.errors,
        })
    }
}

const ROOT: &str = "config";

fn check_vless(check: &mut Checker, config: &Map<String, Value>) {
    check_clients(check, config, "clients");
    if let Some(value) = optional(config, "encryption") {
        let path = field_path(ROOT, "encryption");
        match value.as_str() {
            Some("none") => {}
            _ => check.push(
                path,
                format!(
                    "expected \"none\" (VLESS has no other encryption), found {}",
                    describe(value)
                ),
            ),
        }
    }
    if let Some(value) = optional(config, "fallback") {
        let path = field_path(ROOT, "fallback");
        match value {
            Value::Object(fallback) => {
                if let Some(port) = check.required(fallback, &path, "port", "a port 1-65535") {
                    check.port(&field_path(&path, "port"), port);
                }
                if let Some(server) =
                    check.required(fallback, &path, "server", "a host name or address")
                {
                    check.non_empty_string(&field_path(&path, "server"), server);
                }
            }
            other => check.push(
                path,
                format!(
                    "expected an object {{ \"port\", \"server\" }}, found {}",
                    describe(other)
                ),
            ),
        }
    }
}

fn check_reality(check: &mut Checker, config: &Map<String, Value>) {
    if let Some(items) = check.required_array(config, ROOT, "serverNames", "server names") {
        let path = field_path(ROOT, "serverNames");
        if items.is_empty() {
            check.push(path.clone(), "expected at least one server name");
        }
        for (index, item) in items.iter().enumerate() {
            let item_path = index_path(&path, index);
            if let Some(name) = check.string(&item_path, item)
                && let Err(e) = validate_server_name(name)
            {
                check.push(item_path, e.to_string());
            }
        }
    }

    let private_key = check
        .required(config, ROOT, "privateKey", "an x25519 private key")
        .and_then(|value| check.key(&field_path(ROOT, "privateKey"), value, validate_x25519_key));
    if let Some(value) = optional(config, "publicKey") {
        let path = field_path(ROOT, "publicKey");
        let public_key = check.key(&path, value, validate_x25519_key);
        if public_key.is_some() && public_key == private_key {
            check.push(
                path,
                "it equals privateKey: expected the public key derived from it \
                 (`xray x25519` prints both)",
            );
        }
    }

    if let Some(items) = check.required_array(config, ROOT, "shortIds", "shortIds") {
        let path = field_path(ROOT, "shortIds");
        if items.is_empty() {
            check.push(
                path.clone(),
                "expected at least one shortId (use \"\" to allow clients without one)",
            );
        }
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (index, item) in items.iter().enumerate() {
            let item_path = index_path(&path, index);
            let Some(short_id) = check.string(&item_path, item) else {
                continue;
            };
            if let Err(e) = validate_short_id(short_id) {
                check.push(item_path, e.to_string());
                continue;
            }
            // Hex is case-insensitive, so "AB" and "ab" are the same shortId.
            let normalized = short_id.to_ascii_lowercase();
            if let Some(&first) = seen.get(&normalized) {
                check.push(
                    item_path,
                    format!(
                        "duplicate shortId \"{short_id}\": already listed at {}",
                        index_path(&path, first)
                    ),
                );
            } else {
                seen.insert(normalized, index);
            }
        }
    }

    if let Some(value) = check.required(config, ROOT, "dest", "\"host:port\"") {
        let path = field_path(ROOT, "dest");
        if let Some(dest) = check.string(&path, value)
            && let Err(reason) = check_host_port(dest)
        {
            check.push(
                path,
                format!(
                    "\"{dest}\" {reason}: expected \"host:port\", e.g. \"www.example.com:443\""
                ),
            );
        }
    }

    check_clients(check, config, "clients");
}

fn check_wireguard(check: &mut Checker, config: &Map<String, Value>) {
    let private_key = check
        .required(config, ROOT, "privateKey", "a WireGuard private key")
        .and_then(|value| {
            check.key(
                &field_path(ROOT, "privateKey"),
                value,
                validate_wireguard_key,
            )
        });
    let mut public_key = None;
    if let Some(value) = optional(config, "publicKey") {
        let path = field_path(ROOT, "publicKey");
        public_key = check.key(&path, value, validate_wireguard_key);
        if public_key.is_some() && public_key == private_key {
            check.push(
                path,
                "it equals privateKey: expected the public key derived from it (`wg pubkey`)",
            );
        }
    }

    if let Some(value) = check.required(config, ROOT, "address", "a CIDR such as \"10.8.0.1/24\"") {
        check.cidr(&field_path(ROOT, "address"), value);
    }

    let Some(peers) = check.required_array(config, ROOT, "peers", "peers") else {
        return;
    };
    let peers_path = field_path(ROOT, "peers");
    let mut seen: HashMap<[u8; 32], usize> = HashMap::new();
    for (index, peer) in peers.iter().enumerate() {
        let peer_path = index_path(&peers_path, index);
        let Value::Object(peer) = peer else {
            check.push(
                peer_path,
                format!(
                    "expected an object {{ \"publicKey\", \"allowedIps\" }}, found {}",
                    describe(peer)
                ),
            );
            continue;
        };
        if let Some(value) = check.required(
            peer,
            &peer_path,
            "publicKey",
            "the peer's WireGuard public key",
        ) {
            let key_path = field_path(&peer_path, "publicKey");
            if let Some(key) = check.key(&key_path, value, validate_wireguard_key) {
                if Some(key) == public_key {
                    check.push(
                        key_path,
                        "it is the server's own public key: expected the peer's key",
                    );
                } else if let Some(&first) = seen.get(&key) {
                    check.push(
                        key_path,
                        format!(
                            "duplicate peer public key: already used by {}",
                            index_path(&peers_path, first)
                        ),
                    );
                } else {
                    seen.insert(key, index);
                }
            }
        }
        if let Some(allowed) = check.required_array(peer, &peer_path, "allowedIps", "CIDRs") {
            let allowed_path = field_path(&peer_path, "allowedIps");
            for (ip_index, item) in allowed.iter().enumerate() {
                check.cidr(&index_path(&allowed_path, ip_index), item);
            }
        }
    }
}

fn check_openconnect(check: &mut Checker, config: &Map<String, Value>) {
    if let Some(value) = check.required(
        config,
        ROOT,
        "authMethod",
        "\"password\" or \"certificate\"",
    ) && !matches!(value.as_str(), Some("password" | "certificate"))
    {
        check.push(
            field_path(ROOT, "authMethod"),
            format!(
                "expected \"password\" or \"certificate\", found {}",
                describe(value)
            ),
        );
    }

    if let Some(value) = check.required(
        config,
        ROOT,
        "ipv4Network",
        "an IPv4 CIDR such as \"10.10.0.0/24\"",
    ) {
        let path = field_path(ROOT, "ipv4Network");
        if let Some(cidr) = check.cidr(&path, value) {
            if !cidr.is_ipv4() {
                check.push(
                    path,
                    format!(
                        "\"{cidr}\" is IPv6: expected an IPv4 network such as \"10.10.0.0/24\""
                    ),
                );
            } else if cidr.prefix > 30 {
                // /31 and /32 leave no address for ocserv to hand to clients.
                check.push(
                    path,
                    format!(
                        "/{} leaves no addresses for clients: expected a prefix of /30 or shorter",
                        cidr.prefix
                    ),
                );
            }
        }
    }

    if let Some(value) = optional(config, "dns") {
        let path = field_path(ROOT, "dns");
        if let Some(servers) = check.array(&path, value) {
            for (index, item) in servers.iter().enumerate() {
                let item_path = index_path(&path, index);
                if let Some(text) = check.string(&item_path, item)
                    && text.parse::<IpAddr>().is_err()
                {
                    check.push(
                        item_path,
                        format!("\"{text}\" is not an IP address: expected e.g. \"1.1.1.1\""),
                    );
                }
            }
        }
    }

    if let Some(value) = optional(config, "maxClients") {
        match value.as_u64() {
            Some(n) if n >= 1 => {}
            _ => check.push(
                field_path(ROOT, "maxClients"),
                format!(
                    "expected a positive whole number, found {}",
                    describe(value)
                ),
            ),
        }
    }
}

/// VLESS and REALITY share Xray's client list rules: every id a UUID, ids
/// unique, and emails (Xray's per-user stats key) unique ignoring case,
/// because Xray refuses to load an inbound with a repeated email.
fn check_clients(check: &mut Checker, config: &Map<String, Value>, key: &str) {
    let Some(clients) = check.required_array(config, ROOT, key, "clients (may be empty)") else {
        return;
    };
    let path = field_path(ROOT, key);
    let mut ids: HashMap<Uuid, usize> = HashMap::new();
    let mut emails: HashMap<String, usize> = HashMap::new();
    for (index, client) in clients.iter().enumerate() {
        let client_path = index_path(&path, index);
        let Value::Object(client) = client else {
            check.push(
                client_path,
                format!(
                    "expected an object {{ \"id\": \"<uuid>\" }}, found {}",
                    describe(client)
                ),
            );
            continue;
        };
        if let Some(value) = check.required(client, &client_path, "id", "a UUID") {
            let id_path = field_path(&client_path, "id");
            if let Some(text) = check.string(&id_path, value) {
                match validate_uuid(text) {
                    Err(e) => check.push(id_path, e.to_string()),
                    Ok(id) => {
                        if let Some(&first) = ids.get(&id) {
                            check.push(
                                id_path,
                                format!(
                                    "duplicate client id {id}: already used by {}",
                                    index_path(&path, first)
                                ),
                            );
                        } else {
                            ids.insert(id, index);
                        }
                    }
                }
            }
        }
        if let Some(value) = optional(client, "email") {
            let email_path = field_path(&client_path, "email");
            if let Some(email) = check.string(&email_path, value) {
                let normalized = email.to_lowercase();
                if normalized.is_empty() {
                    continue;
                }
                if let Some(&first) = emails.get(&normalized) {
                    check.push(
                        email_path,
                        format!(
                            "duplicate email \"{email}\": already used by {} \
                             (Xray needs emails unique, ignoring case)",
                            index_path(&path, first)
                        ),
                    );
                } else {
                    emails.insert(normalized, index);
                }
            }
        }
    }
}

/// Splits `host:port`, accepting `[v6]:port`, a DNS name or an IPv4 address.
/// Returns the reason in words on failure.
fn check_host_port(input: &str) -> Result<(), String> {
    let Some((host, port)) = input.rsplit_once(':') else {
        return Err("has no \":port\"".to_string());
    };
    if port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("has \"{port}\" where the port should be"));
    }
    let port_number = port.parse::<i64>().unwrap_or(i64::MAX);
    if validate_port(port_number).is_err() {
        return Err(format!("has port {port}, out of range 1-65535"));
    }
    if host.is_empty() {
        return Err("has no host".to_string());
    }
    if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return match inner.parse::<std::net::Ipv6Addr>() {
            Ok(_) => Ok(()),
            Err(_) => Err(format!(
                "has \"{inner}\" in brackets, which is not an IPv6 address"
            )),
        };
    }
    if host.contains(':') {
        return Err("has an IPv6 address without brackets (write \"[::1]:443\")".to_string());
    }
    if host.parse::<Ipv4Addr>().is_ok() {
        return Ok(());
    }
    validate_server_name(host)
        .map_err(|_| format!("has \"{host}\", which is not a valid host name"))
}

fn optional<'a>(object: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    object.get(key).filter(|value| !value.is_null())
}

fn field_path(parent: &str, key: &str) -> String {
    format!("{parent}.{key}")
}

fn index_path(parent: &str, index: usize) -> String {
    format!("{parent}[{index}]")
}

/// Names a JSON value the way an error message should show what was found.
fn describe(value: &Value) -> String {
    const MAX_SHOWN: usize = 40;
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => format!("the boolean {b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) if s.chars().count() > MAX_SHOWN => {
            let shown: String = s.chars().take(MAX_SHOWN).collect();
            format!("the string \"{shown}...\"")
        }
        Value::String(s) => format!("the string \"{s}\""),
        Value::Array(_) => "an array".to_string(),
        Value::Object(_) => "an object".to_string(),
    }
}

/// Accumulates field errors; each helper reports its own problem and
/// returns `None` so callers can skip checks that depend on the value.
#[derive(Default)]
struct Checker {
    errors: Vec<FieldError>,
}

impl Checker {
    fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.errors.push(FieldError {
            path: path.into(),
            message: message.into(),
        });
    }

    fn required<'a>(
        &mut self,
        object: &'a Map<String, Value>,
        parent: &str,
        key: &str,
        expected: &str,
    ) -> Option<&'a Value> {
        let value = optional(object, key);
        if value.is_none() {
            self.push(
                field_path(parent, key),
                format!("is required: expected {expected}"),
            );
        }
        value
    }

    fn required_array<'a>(
        &mut self,
        object: &'a Map<String, Value>,
        parent: &str,
        key: &str,
        expected: &str,
    ) -> Option<&'a Vec<Value>> {
        let value = self.required(object, parent, key, &format!("an array of {expected}"))?;
        self.array(&field_path(parent, key), value)
    }

    fn array<'a>(&mut self, path: &str, value: &'a Value) -> Option<&'a Vec<Value>> {
        match value {
            Value::Array(items) => Some(items),
            other => {
                self.push(
                    path,
                    format!("expected an array, found {}", describe(other)),
                );
                None
            }
        }
    }

    fn string<'a>(&mut self, path: &str, value: &'a Value) -> Option<&'a str> {
        match value {
            Value::String(text) => Some(text),
            other => {
                self.push(
                    path,
                    format!("expected a string, found {}", describe(other)),
                );
                None
            }
        }
    }

    fn non_empty_string<'a>(&mut self, path: &str, value: &'a Value) -> Option<&'a str> {
        let text = self.string(path, value)?;
        if text.trim().is_empty() {
            self.push(path, "expected a non-empty string");
            return None;
        }
        Some(text)
    }

    fn port(&mut self, path: &str, value: &Value) -> Option<u16> {
        let Some(number) = value.as_i64() else {
            self.push(
                path,
                format!("expected a whole number 1-65535, found {}", describe(value)),
            );
            return None;
        };
        match validate_port(number) {
            Ok(port) => Some(port),
            Err(e) => {
                self.push(path, e.to_string());
                None
            }
        }
    }

    fn key(
        &mut self,
        path: &str,
        value: &Value,
        validate: fn(&str) -> Result<[u8; 32], ValidationError>,
    ) -> Option<[u8; 32]> {
        let text = self.string(path, value)?;
        match validate(text) {
            Ok(key) => Some(key),
            Err(e) => {
                self.push(path, e.to_string());
                None
            }
        }
    }

    fn cidr(&mut self, path: &str, value: &Value) -> Option<Cidr> {
        let text = self.string(path, value)?;
        match validate_cidr(text) {
            Ok(cidr) => Some(cidr),
            Err(e) => {
                self.push(path, e.to_string());
                None
            }
        }
    }
}

#[cfg(test)]
mod server_identity_tests {
    use super::*;

    #[test]
    fn host_names_are_lowercased_and_oversized_ones_are_not_echoed() {
        assert_eq!(
            validate_host_name(" Eu-West-1.VPN.example.net ").unwrap(),
            "eu-west-1.vpn.example.net"
        );
        for bad in ["", "a..b", "-a.example", "192.0.2.1", "a b.example"] {
            assert!(validate_host_name(bad).is_err(), "{bad:?}");
        }
        let long = "a".repeat(5000);
        let message = validate_host_name(&long).unwrap_err().to_string();
        assert!(message.contains("5000 characters long"), "{message}");
        assert!(message.len() < 400, "{message}");
    }

    #[test]
    fn ips_locations_and_capacities_have_bounds() {
        assert_eq!(
            validate_public_ip(" 203.0.113.7 ").unwrap().to_string(),
            "203.0.113.7"
        );
        assert_eq!(
            validate_public_ip("2001:DB8::7").unwrap().to_string(),
            "2001:db8::7"
        );
        for bad in ["", "999.1.1.1", "example.net", "203.0.113.7:80"] {
            assert!(validate_public_ip(bad).is_err(), "{bad:?}");
        }
        assert_eq!(validate_location(" EU-West ").unwrap(), "eu-west");
        assert!(validate_location("  ").is_err());
        assert!(validate_location(&"x".repeat(65)).is_err());
        assert!(validate_location("eu\u{7}west").is_err());
        assert_eq!(validate_capacity(1), Ok(1));
        assert_eq!(validate_capacity(MAX_CAPACITY), Ok(1_000_000));
        for bad in [0, -5, MAX_CAPACITY + 1, i64::MAX] {
            assert_eq!(
                validate_capacity(bad),
                Err(ValidationError::CapacityOutOfRange { capacity: bad })
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine as _;
    use serde_json::json;

    // Generated with `xray x25519` / `wg genkey`-style encodings of fixed bytes.
    fn x25519(fill: u8) -> String {
        URL_SAFE_NO_PAD.encode([fill; 32])
    }

    fn wg(fill: u8) -> String {
        STANDARD.encode([fill; 32])
    }

    const ID_A: &str = "5783a3e7-e373-51cd-8642-c83782b807c5";
    const ID_B: &str = "b831381d-6324-4d53-ad4f-8cda48b30811";

    fn errors_of(protocol: ProtocolType, config: Value) -> ConfigErrors {
        validate_protocol_config(protocol, 443, &config).unwrap_err()
    }

    fn paths(errors: &ConfigErrors) -> Vec<&str> {
        errors.iter().map(|e| e.path.as_str()).collect()
    }

    // --- uuid ---

    #[test]
    fn uuid_accepts_hyphenated_in_either_case() {
        let lower = validate_uuid(ID_A).unwrap();
        let upper = validate_uuid(&ID_A.to_uppercase()).unwrap();
        assert_eq!(lower, upper);
        assert_eq!(lower.to_string(), ID_A);
    }

    #[test]
    fn uuid_rejects_other_forms() {
        let simple = ID_A.replace('-', "");
        let braced = format!("{{{ID_A}}}");
        let urn = format!("urn:uuid:{ID_A}");
        let padded = format!(" {ID_A}");
        for bad in [simple.as_str(), &braced, &urn, &padded, "", "not-a-uuid"] {
            let err = validate_uuid(bad).unwrap_err();
            assert!(matches!(err, ValidationError::InvalidUuid { .. }), "{bad}");
            assert!(err.to_string().contains("xxxxxxxx-xxxx"), "{err}");
        }
        let misplaced = "5783a3e7e-373-51cd-8642-c83782b807c5";
        assert!(
            validate_uuid(misplaced)
                .unwrap_err()
                .to_string()
                .contains("'-' at position 9")
        );
        let non_hex = "5783a3e7-e373-51cd-8642-c83782b807cg";
        assert!(
            validate_uuid(non_hex)
                .unwrap_err()
                .to_string()
                .contains("not a hex digit")
        );
        assert!(
            validate_uuid(padded.as_str())
                .unwrap_err()
                .to_string()
                .contains("whitespace")
        );
    }

    #[test]
    fn uuid_rejects_nil_and_non_ascii_without_panicking() {
        assert_eq!(
            validate_uuid("00000000-0000-0000-0000-000000000000"),
            Err(ValidationError::NilUuid)
        );
        // 36 bytes but multi-byte characters: must not slice mid-character.
        let tricky = "ééééééééééééééééé-a";
        assert!(validate_uuid(tricky).is_err());
        assert!(validate_uuid("5783a3e7-e373-51cd-8642-c83782b807é").is_err());
    }

    // --- port ---

    #[test]
    fn port_range() {
        assert_eq!(validate_port(1), Ok(1));
        assert_eq!(validate_port(443), Ok(443));
        assert_eq!(validate_port(65535), Ok(65535));
        for bad in [0, -1, 65536, 70000, i64::MIN, i64::MAX] {
            assert_eq!(
                validate_port(bad),
                Err(ValidationError::PortOutOfRange { port: bad })
            );
        }
        assert_eq!(
            validate_port(70000).unwrap_err().to_string(),
            "port 70000 is out of range: expected 1-65535"
        );
    }

    // --- keys ---

    #[test]
    fn x25519_accepts_real_looking_keys() {
        let key = "SMFrJcpeHu9bI-XUA2vSCqTCj6kPwkhbIOWl2y3TRHg";
        let bytes = validate_x25519_key(key).unwrap();
        assert_eq!(URL_SAFE_NO_PAD.encode(bytes), key);
        assert_eq!(validate_x25519_key(&x25519(7)).unwrap(), [7; 32]);
        // Both URL-safe symbols decode.
        assert_eq!(validate_x25519_key(&x25519(0xfb)).unwrap(), [0xfb; 32]);
        assert!(x25519(0xfb).contains(['-', '_']));
    }

    #[test]
    fn x25519_rejections_explain_the_problem() {
        let cases = [
            (String::new(), "empty"),
            (format!("{}=", x25519(7)), "padding"),
            (wg(0xfb), "'='"),
            (
                x25519(0xfb).replace('-', "+").replace('_', "/"),
                "WireGuard",
            ),
            (x25519(7)[..42].to_string(), "42 characters"),
            (format!("{}A", x25519(7)), "44 characters"),
            (format!("{} ", &x25519(7)[..42]), "whitespace"),
            (format!("{}!", &x25519(7)[..42]), "'!'"),
            ("A".repeat(43), "all zeros"),
        ];
        for (input, needle) in cases {
            let message = validate_x25519_key(&input).unwrap_err().to_string();
            assert!(message.contains(needle), "{input:?}: {message}");
            assert!(
                message.contains("43 characters of unpadded base64url"),
                "{message}"
            );
        }
    }

    #[test]
    fn x25519_rejects_non_canonical_last_character() {
        // 43 chars encode 258 bits; the last char may only use its top 2 bits
        // beyond the 256, so 'B' (000001) sets a bit that does not exist.
        let key = format!("{}B", &x25519(7)[..42]);
        let message = validate_x25519_key(&key).unwrap_err().to_string();
        assert!(message.contains("last character"), "{message}");
    }

    #[test]
    fn x25519_never_echoes_the_key() {
        let secret = format!("{}!", &x25519(9)[..42]);
        let message = validate_x25519_key(&secret).unwrap_err().to_string();
        assert!(!message.contains(&secret[..20]), "{message}");
    }

    #[test]
    fn x25519_handles_multibyte_input() {
        let input = "é".repeat(43);
        assert!(validate_x25519_key(&input).is_err());
    }

    #[test]
    fn wireguard_accepts_real_looking_keys() {
        let key = "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=";
        let bytes = validate_wireguard_key(key).unwrap();
        assert_eq!(STANDARD.encode(bytes), key);
        assert_eq!(validate_wireguard_key(&wg(0xfb)).unwrap(), [0xfb; 32]);
    }

    #[test]
    fn wireguard_rejections_explain_the_problem() {
        let cases = [
            (String::new(), "empty"),
            (x25519(0xfb), "REALITY"),
            (x25519(7), "43 characters"),
            (format!("{}=", wg(7)), "45 characters"),
            (format!("{}A", &wg(7)[..43]), "exactly one '='"),
            (format!("{}==", &wg(7)[..42]), "exactly one '='"),
            (format!("{}\n", &wg(7)[..43]), "whitespace"),
            (format!("{}*=", &wg(7)[..42]), "'*'"),
            (format!("{}=", "A".repeat(43)), "all zeros"),
            (format!("{}B=", &wg(7)[..42]), "last character"),
        ];
        for (input, needle) in cases {
            let message = validate_wireguard_key(&input).unwrap_err().to_string();
            assert!(message.contains(needle), "{input:?}: {message}");
            assert!(
                message.contains("44 characters of standard base64"),
                "{message}"
            );
        }
    }

    // --- shortId ---

    #[test]
    fn short_id_accepts_empty_and_even_hex_up_to_16() {
        for ok in ["", "ab", "0123456789abcdef", "ABCD", "6ba85179e30d4fc2"] {
            assert_eq!(validate_short_id(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn short_id_rejections() {
        let cases = [
            ("abc", "odd number"),
            ("0123456789abcdef01", "18 digits"),
            ("zz", "'z' is not a hex digit"),
            ("ab cd", "' '"),
            ("0x12", "'x'"),
            ("éé", "'é'"),
        ];
        for (input, needle) in cases {
            let message = validate_short_id(input).unwrap_err().to_string();
            assert!(message.contains(needle), "{input}: {message}");
            assert!(message.contains(&format!("\"{input}\"")), "{message}");
        }
    }

    // --- server name ---

    #[test]
    fn server_name_accepts_plausible_dns_names() {
        let longest_label = "a".repeat(63);
        let long_name = [longest_label.as_str(); 3].join(".") + "." + &"b".repeat(61);
        assert_eq!(long_name.len(), 253);
        for ok in [
            "www.microsoft.com",
            "localhost",
            "xn--80ak6aa92e.com",
            "a-b.c-d.example",
            "123.example.com",
            longest_label.as_str(),
            long_name.as_str(),
        ] {
            assert_eq!(validate_server_name(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn server_name_rejections() {
        let too_long = vec!["a".repeat(63); 4].join(".");
        let label_64 = format!("{}.com", "a".repeat(64));
        let cases = [
            ("", "empty"),
            ("www.example.com ", "whitespace"),
            ("www example.com", "whitespace"),
            ("1.2.3.4", "IP address"),
            ("::1", "IP address"),
            ("example.com.", "ends with '.'"),
            ("a..b", "empty label"),
            (".example.com", "empty label"),
            ("-bad.com", "starts or ends with '-'"),
            ("bad-.com", "starts or ends with '-'"),
            ("under_score.com", "'_'"),
            ("*.example.com", "'*'"),
            ("bücher.de", "'ü'"),
            (too_long.as_str(), "255 characters"),
            (label_64.as_str(), "64 characters"),
        ];
        for (input, needle) in cases {
            let message = validate_server_name(input).unwrap_err().to_string();
            assert!(message.contains(needle), "{input}: {message}");
        }
    }

    // --- cidr ---

    #[test]
    fn cidr_parses_v4_and_v6_keeping_host_bits() {
        let cidr = validate_cidr("10.8.0.1/24").unwrap();
        assert_eq!(cidr.addr, "10.8.0.1".parse::<IpAddr>().unwrap());
        assert_eq!(cidr.prefix, 24);
        assert!(cidr.is_ipv4());
        assert_eq!(cidr.to_string(), "10.8.0.1/24");
        assert_eq!(validate_cidr("0.0.0.0/0").unwrap().prefix, 0);
        assert_eq!(validate_cidr("1.2.3.4/32").unwrap().prefix, 32);
        let v6 = validate_cidr("fd00::1/128").unwrap();
        assert!(!v6.is_ipv4());
        assert_eq!(v6.prefix, 128);
        assert_eq!(validate_cidr("::/0").unwrap().prefix, 0);
    }

    #[test]
    fn cidr_rejections() {
        let cases = [
            ("10.0.0.0", "missing"),
            ("10.0.0.0/33", "at most /32"),
            ("fd00::/129", "at most /128"),
            ("10.0.0.0/+8", "not a prefix length"),
            ("10.0.0.0/", "not a prefix length"),
            ("10.0.0.0/8/8", "not a prefix length"),
            ("10.0.0.0/0008", "not a prefix length"),
            ("10.0.0.0/999", "at most /32"),
            ("10.0.0/8", "not an IP address"),
            ("010.0.0.0/8", "not an IP address"),
            ("host.example/8", "not an IP address"),
            ("/8", "not an IP address"),
        ];
        for (input, needle) in cases {
            let message = validate_cidr(input).unwrap_err().to_string();
            assert!(message.contains(needle), "{input}: {message}");
        }
    }

    // --- ports unique ---

    #[test]
    fn ports_unique_accepts_distinct_and_empty() {
        assert_eq!(validate_ports_unique(&[]), Ok(()));
        assert_eq!(
            validate_ports_unique(&[
                (ProtocolType::Vless, 443),
                (ProtocolType::Reality, 8443),
                (ProtocolType::Wireguard, 51820),
                (ProtocolType::Openconnect, 4443),
            ]),
            Ok(())
        );
    }

    #[test]
    fn ports_unique_names_the_clash() {
        let err = validate_ports_unique(&[
            (ProtocolType::Vless, 443),
            (ProtocolType::Wireguard, 51820),
            (ProtocolType::Reality, 443),
        ])
        .unwrap_err();
        assert_eq!(
            err,
            ValidationError::PortClash {
                port: 443,
                first: ProtocolType::Vless,
                second: ProtocolType::Reality
            }
        );
        assert_eq!(
            err.to_string(),
            "port 443 is assigned to both VLESS and REALITY: expected every protocol on its own port"
        );
        let twice =
            validate_ports_unique(&[(ProtocolType::Vless, 443), (ProtocolType::Vless, 443)])
                .unwrap_err();
        assert_eq!(
            twice.to_string(),
            "VLESS is listed twice on port 443: expected each protocol once"
        );
    }

    // --- protocol configs ---

    #[test]
    fn config_must_be_an_object() {
        for (config, found) in [
            (json!([]), "an array"),
            (json!(null), "null"),
            (json!("x"), "the string \"x\""),
            (json!(5), "the number 5"),
        ] {
            let errors = errors_of(ProtocolType::Wireguard, config);
            assert_eq!(errors.len(), 1);
            assert_eq!(errors.errors[0].path, "config");
            assert_eq!(
                errors.errors[0].message,
                format!("expected a JSON object with the WIREGUARD settings, found {found}")
            );
        }
    }

    #[test]
    fn port_is_checked_alongside_the_config() {
        let errors =
            validate_protocol_config(ProtocolType::Vless, 70000, &json!({ "clients": [] }))
                .unwrap_err();
        assert_eq!(
            errors.to_string(),
            "port: port 70000 is out of range: expected 1-65535"
        );
        let both = validate_protocol_config(ProtocolType::Vless, 0, &json!(1)).unwrap_err();
        assert_eq!(paths(&both), ["port", "config"]);
    }

    #[test]
    fn vless_minimal_and_full_configs_pass() {
        let minimal = json!({ "clients": [] });
        assert_eq!(
            validate_protocol_config(ProtocolType::Vless, 443, &minimal),
            Ok(())
        );
        let full = json!({
            "clients": [
                { "id": ID_A, "email": "alice@example.com", "flow": "xtls-rprx-vision" },
                { "id": ID_B }
            ],
            "encryption": "none",
            "fallback": { "port": 8080, "server": "127.0.0.1" },
            "somethingNew": true,
            "email": null
        });
        assert_eq!(
            validate_protocol_config(ProtocolType::Vless, 443, &full),
            Ok(())
        );
    }

    #[test]
    fn vless_reports_every_problem() {
        let errors = errors_of(
            ProtocolType::Vless,
            json!({
                "clients": [
                    { "id": ID_A, "email": "a@x" },
                    { "id": "nope" },
                    { "id": ID_A.to_uppercase() },
                    { "email": "A@X" },
                    "just-a-string",
                    { "id": 5 }
                ],
                "encryption": "aes-128-gcm",
                "fallback": { "port": 0, "server": "" }
            }),
        );
        assert_eq!(
            paths(&errors),
            [
                "config.clients[1].id",
                "config.clients[2].id",
                "config.clients[3].id",
                "config.clients[3].email",
                "config.clients[4]",
                "config.clients[5].id",
                "config.encryption",
                "config.fallback.port",
                "config.fallback.server",
            ]
        );
        let text = errors.to_string();
        assert!(text.contains("config.clients[2].id: duplicate client id 5783a3e7-e373-51cd-8642-c83782b807c5: already used by config.clients[0]"), "{text}");
        assert!(
            text.contains("config.clients[3].id: is required: expected a UUID"),
            "{text}"
        );
        assert!(text.contains("duplicate email \"A@X\""), "{text}");
        assert!(text.contains("expected \"none\" (VLESS has no other encryption), found the string \"aes-128-gcm\""), "{text}");
        assert!(
            text.contains("config.fallback.port: port 0 is out of range"),
            "{text}"
        );
        assert!(
            text.contains("config.fallback.server: expected a non-empty string"),
            "{text}"
        );
        assert_eq!(text.matches("; ").count(), errors.len() - 1);
    }

    #[test]
    fn vless_requires_clients_array() {
        let missing = errors_of(ProtocolType::Vless, json!({}));
        assert_eq!(missing.errors[0].path, "config.clients");
        assert!(missing.errors[0].message.starts_with("is required"));
        let null = errors_of(ProtocolType::Vless, json!({ "clients": null }));
        assert_eq!(null.errors, missing.errors);
        let wrong = errors_of(ProtocolType::Vless, json!({ "clients": {} }));
        assert_eq!(
            wrong.errors[0].message,
            "expected an array, found an object"
        );
    }

    #[test]
    fn vless_fallback_shape_errors() {
        let not_object = errors_of(
            ProtocolType::Vless,
            json!({ "clients": [], "fallback": 80 }),
        );
        assert_eq!(paths(&not_object), ["config.fallback"]);
        let incomplete = errors_of(
            ProtocolType::Vless,
            json!({ "clients": [], "fallback": {} }),
        );
        assert_eq!(
            paths(&incomplete),
            ["config.fallback.port", "config.fallback.server"]
        );
        let fractional = errors_of(
            ProtocolType::Vless,
            json!({ "clients": [], "fallback": { "port": 80.5, "server": "x" } }),
        );
        assert_eq!(
            fractional.errors[0].message,
            "expected a whole number 1-65535, found the number 80.5"
        );
        let string_port = errors_of(
            ProtocolType::Vless,
            json!({ "clients": [], "fallback": { "port": "80", "server": "x" } }),
        );
        assert!(
            string_port.errors[0]
                .message
                .contains("found the string \"80\"")
        );
    }

    fn good_reality() -> Value {
        json!({
            "serverNames": ["www.microsoft.com", "microsoft.com"],
            "privateKey": x25519(1),
            "publicKey": x25519(2),
            "shortIds": ["", "6ba85179e30d4fc2"],
            "dest": "www.microsoft.com:443",
            "clients": [{ "id": ID_A, "flow": "xtls-rprx-vision" }]
        })
    }

    #[test]
    fn reality_good_config_passes() {
        assert_eq!(
            validate_protocol_config(ProtocolType::Reality, 443, &good_reality()),
            Ok(())
        );
        let mut without_public = good_reality();
        without_public.as_object_mut().unwrap().remove("publicKey");
        assert_eq!(
            validate_protocol_config(ProtocolType::Reality, 443, &without_public),
            Ok(())
        );
    }

    #[test]
    fn reality_dest_forms() {
        for ok in [
            "example.com:443",
            "1.2.3.4:8443",
            "[2001:db8::1]:443",
            "localhost:1",
        ] {
            let mut config = good_reality();
            config["dest"] = json!(ok);
            assert_eq!(
                validate_protocol_config(ProtocolType::Reality, 443, &config),
                Ok(()),
                "{ok}"
            );
        }
        let cases = [
            ("example.com", "no \":port\""),
            ("example.com:", "where the port should be"),
            ("example.com:https", "where the port should be"),
            ("example.com:70000", "out of range"),
            ("example.com:99999999999999999999999", "out of range"),
            (":443", "no host"),
            ("2001:db8::1:443", "without brackets"),
            ("[nope]:443", "not an IPv6 address"),
            ("bad_host:443", "not a valid host name"),
        ];
        for (dest, needle) in cases {
            let mut config = good_reality();
            config["dest"] = json!(dest);
            let errors = errors_of(ProtocolType::Reality, config);
            assert_eq!(paths(&errors), ["config.dest"], "{dest}");
            assert!(
                errors.errors[0].message.contains(needle),
                "{dest}: {errors}"
            );
            assert!(errors.errors[0].message.contains("expected \"host:port\""));
        }
    }

    #[test]
    fn reality_reports_every_problem() {
        let errors = errors_of(
            ProtocolType::Reality,
            json!({
                "serverNames": [],
                "privateKey": "short",
                "publicKey": 12,
                "shortIds": ["ab", "abc", "AB", 7],
                "clients": [{ "id": "00000000-0000-0000-0000-000000000000" }]
            }),
        );
        assert_eq!(
            paths(&errors),
            [
                "config.serverNames",
                "config.privateKey",
                "config.publicKey",
                "config.shortIds[1]",
                "config.shortIds[2]",
                "config.shortIds[3]",
                "config.dest",
                "config.clients[0].id",
            ]
        );
        assert!(
            errors.errors[4]
                .message
                .contains("duplicate shortId \"AB\": already listed at config.shortIds[0]")
        );
        assert!(errors.errors[6].message.starts_with("is required"));
        assert!(errors.errors[7].message.contains("nil UUID"));
    }

    #[test]
    fn reality_requires_non_empty_lists_and_valid_names() {
        let mut config = good_reality();
        config["shortIds"] = json!([]);
        config["serverNames"] = json!(["ok.example", "1.1.1.1", ""]);
        let errors = errors_of(ProtocolType::Reality, config);
        assert_eq!(
            paths(&errors),
            [
                "config.serverNames[1]",
                "config.serverNames[2]",
                "config.shortIds"
            ]
        );
        assert!(errors.errors[2].message.contains("at least one shortId"));
    }

    #[test]
    fn reality_public_key_must_differ_from_private_key() {
        let mut config = good_reality();
        config["publicKey"] = json!(x25519(1));
        let errors = errors_of(ProtocolType::Reality, config);
        assert_eq!(paths(&errors), ["config.publicKey"]);
        assert!(errors.errors[0].message.contains("equals privateKey"));
    }

    #[test]
    fn reality_key_errors_do_not_leak_the_key() {
        let secret = format!("{}=", &x25519(3)[..42]);
        let mut config = good_reality();
        config["privateKey"] = json!(secret);
        let errors = errors_of(ProtocolType::Reality, config);
        assert!(!errors.to_string().contains(&secret[..30]));
    }

    fn good_wireguard() -> Value {
        json!({
            "privateKey": wg(1),
            "publicKey": wg(2),
            "address": "10.8.0.1/24",
            "listenPort": 51820,
            "peers": [
                { "publicKey": wg(3), "allowedIps": ["10.8.0.2/32", "fd00::2/128"] },
                { "publicKey": wg(4), "allowedIps": [] }
            ]
        })
    }

    #[test]
    fn wireguard_good_config_passes() {
        assert_eq!(
            validate_protocol_config(ProtocolType::Wireguard, 51820, &good_wireguard()),
            Ok(())
        );
        let mut v6 = good_wireguard();
        v6["address"] = json!("fd00::1/64");
        v6["peers"] = json!([]);
        assert_eq!(
            validate_protocol_config(ProtocolType::Wireguard, 51820, &v6),
            Ok(())
        );
    }

    #[test]
    fn wireguard_reports_every_problem() {
        let errors = errors_of(
            ProtocolType::Wireguard,
            json!({
                "privateKey": x25519(0xfb),
                "publicKey": wg(2),
                "address": "10.8.0.1",
                "peers": [
                    { "publicKey": wg(3), "allowedIps": ["10.8.0.2/33", "nope", 1] },
                    { "publicKey": wg(3), "allowedIps": "10.8.0.3/32" },
                    { "publicKey": wg(2), "allowedIps": [] },
                    { },
                    []
                ]
            }),
        );
        assert_eq!(
            paths(&errors),
            [
                "config.privateKey",
                "config.address",
                "config.peers[0].allowedIps[0]",
                "config.peers[0].allowedIps[1]",
                "config.peers[0].allowedIps[2]",
                "config.peers[1].publicKey",
                "config.peers[1].allowedIps",
                "config.peers[2].publicKey",
                "config.peers[3].publicKey",
                "config.peers[3].allowedIps",
                "config.peers[4]",
            ]
        );
        let text = errors.to_string();
        assert!(text.contains("as used by REALITY keys"), "{text}");
        assert!(
            text.contains("duplicate peer public key: already used by config.peers[0]"),
            "{text}"
        );
        assert!(text.contains("the server's own public key"), "{text}");
    }

    #[test]
    fn wireguard_missing_everything() {
        let errors = errors_of(ProtocolType::Wireguard, json!({}));
        assert_eq!(
            paths(&errors),
            ["config.privateKey", "config.address", "config.peers"]
        );
        assert!(
            errors
                .iter()
                .all(|e| e.message.starts_with("is required: expected"))
        );
    }

    fn good_openconnect() -> Value {
        json!({
            "authMethod": "password",
            "ipv4Network": "10.10.0.0/24",
            "dns": ["1.1.1.1", "2606:4700:4700::1111"],
            "maxClients": 64
        })
    }

    #[test]
    fn openconnect_good_configs_pass() {
        assert_eq!(
            validate_protocol_config(ProtocolType::Openconnect, 443, &good_openconnect()),
            Ok(())
        );
        let minimal = json!({ "authMethod": "certificate", "ipv4Network": "192.168.100.0/30" });
        assert_eq!(
            validate_protocol_config(ProtocolType::Openconnect, 443, &minimal),
            Ok(())
        );
    }

    #[test]
    fn openconnect_reports_every_problem() {
        let errors = errors_of(
            ProtocolType::Openconnect,
            json!({
                "authMethod": "Password",
                "ipv4Network": "fd00::/64",
                "dns": ["1.1.1.1", "dns.google", null],
                "maxClients": 0
            }),
        );
        assert_eq!(
            paths(&errors),
            [
                "config.authMethod",
                "config.ipv4Network",
                "config.dns[1]",
                "config.dns[2]",
                "config.maxClients",
            ]
        );
        assert!(
            errors.errors[0]
                .message
                .contains("found the string \"Password\"")
        );
        assert!(errors.errors[1].message.contains("is IPv6"));
    }

    #[test]
    fn openconnect_edge_values() {
        for (key, value, needle) in [
            (
                "ipv4Network",
                json!("10.0.0.1/31"),
                "no addresses for clients",
            ),
            (
                "ipv4Network",
                json!("10.0.0.1/32"),
                "no addresses for clients",
            ),
            ("maxClients", json!(-3), "positive whole number"),
            ("maxClients", json!(2.5), "positive whole number"),
            ("maxClients", json!("10"), "positive whole number"),
            ("dns", json!("1.1.1.1"), "expected an array"),
        ] {
            let mut config = good_openconnect();
            config[key] = value;
            let errors = errors_of(ProtocolType::Openconnect, config);
            assert_eq!(errors.len(), 1, "{key}: {errors}");
            assert!(errors.errors[0].message.contains(needle), "{key}: {errors}");
        }
        let missing = errors_of(ProtocolType::Openconnect, json!({}));
        assert_eq!(paths(&missing), ["config.authMethod", "config.ipv4Network"]);
    }

    #[test]
    fn config_errors_helpers() {
        let errors = errors_of(ProtocolType::Openconnect, json!({}));
        assert!(!errors.is_empty());
        assert!(errors.has_path("config.authMethod"));
        assert!(!errors.has_path("config"));
        assert_eq!((&errors).into_iter().count(), 2);
        assert_eq!(errors.clone().into_iter().count(), 2);
        let json = serde_json::to_value(&errors).unwrap();
        assert_eq!(json["errors"][0]["path"], "config.authMethod");
        assert_eq!(ConfigErrors::default().to_string(), "");
    }

    #[test]
    fn long_strings_are_shortened_in_messages() {
        let long = "x".repeat(500);
        let errors = errors_of(
            ProtocolType::Openconnect,
            json!({ "authMethod": long, "ipv4Network": "10.0.0.0/24" }),
        );
        assert!(
            errors.errors[0].message.len() < 200,
            "{}",
            errors.errors[0].message
        );
        assert!(errors.errors[0].message.contains("...\""));
    }

    #[test]
    fn deeply_odd_inputs_do_not_panic() {
        let inputs = [
            json!({ "clients": [[[]]], "peers": [null], "serverNames": [null] }),
            json!({ "privateKey": {}, "publicKey": [], "address": true, "peers": {} }),
            json!({ "authMethod": null, "ipv4Network": 10, "dns": {}, "maxClients": u64::MAX }),
        ];
        for protocol in ProtocolType::ALL {
            for input in &inputs {
                let _ = validate_protocol_config(protocol, -5, input);
            }
        }
    }
}
