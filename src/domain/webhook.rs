//! Webhook channels of alerts (issue #14): which URLs, names and secrets a channel accepts,
//! the body it receives (Prometheus Alertmanager's webhook format, version 4, so existing
//! receivers work unchanged) and the signature that proves the body came from this platform.
//!
//! The signature header is `X-Vpnmine-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>` over
//! `"<t>.<body>"` with the channel's secret. The timestamp is signed too, so a receiver that
//! checks it (see [`verify_signature`]) refuses a body replayed later.

use hmac::{Hmac, KeyInit, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use url::Url;

/// The header that carries the signature.
pub const SIGNATURE_HEADER: &str = "X-Vpnmine-Signature";
/// The header that carries the delivery's id, the same on every attempt, so that a receiver
/// can drop a body it already has (deliveries are at least once).
pub const DELIVERY_HEADER: &str = "X-Vpnmine-Delivery";
/// Longest webhook URL accepted.
pub const MAX_URL_CHARS: usize = 2048;
/// Shortest and longest channel secret, in characters.
pub const SECRET_CHARS: (usize, usize) = (16, 256);
/// Longest channel name.
pub const MAX_NAME_CHARS: usize = 64;
/// How far a signature's timestamp may be from the receiver's clock by default.
pub const DEFAULT_TOLERANCE_SECS: i64 = 300;
/// Alertmanager's `endsAt` of an alert still firing (Go's zero time).
pub const STILL_FIRING: &str = "0001-01-01T00:00:00Z";

type HmacSha256 = Hmac<Sha256>;

/// `localhost`, 127.0.0.0/8 or ::1: plain http there never leaves the machine.
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// A webhook URL: http or https, a host, no credentials in it (they would be stored and
/// listed in clear; the secret is what authenticates), at most [`MAX_URL_CHARS`]. Plain http
/// to a host other than loopback only with `allow_insecure`: alert bodies name servers and
/// their state, and anyone on the path could read or change them.
pub fn check_url(input: &str, allow_insecure: bool) -> Result<Url, String> {
    let input = input.trim();
    if input.is_empty() {
        return Err("url must not be empty".into());
    }
    if input.chars().count() > MAX_URL_CHARS {
        return Err(format!("url must be at most {MAX_URL_CHARS} characters"));
    }
    let url = Url::parse(input).map_err(|e| format!("url '{input}' is not a URL: {e}"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "url must be http or https, not {}: (webhooks are HTTP POSTs)",
            url.scheme()
        ));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err("url must name a host".into());
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(
            "url must not carry a user or password (user:password@); the channel's secret \
             signs every body instead"
                .into(),
        );
    }
    if url.scheme() == "http" && !allow_insecure && !is_loopback(&url) {
        return Err(format!(
            "url uses plain http to {}, which is not this machine; use https, or set \
             allowInsecure (--allow-insecure) if the network is trusted",
            url.host_str().unwrap_or_default()
        ));
    }
    Ok(url)
}

/// A channel's name: 1-64 of `A-Z a-z 0-9 _ . -`, as rule names.
pub fn check_name(name: &str) -> Result<(), String> {
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
        return Err(format!("name must be 1-{MAX_NAME_CHARS} characters"));
    }
    if let Some(bad) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')))
    {
        return Err(format!(
            "name may contain only letters, digits, '_', '.' and '-', not {bad:?}"
        ));
    }
    Ok(())
}

/// A channel's secret: 16-256 printable ASCII characters without spaces, so that it can be
/// passed on a command line or in an environment variable as it is.
pub fn check_secret(secret: &str) -> Result<(), String> {
    let (min, max) = SECRET_CHARS;
    let len = secret.chars().count();
    if !(min..=max).contains(&len) {
        return Err(format!(
            "secret must be {min}-{max} characters, got {len} (omit it to have one generated)"
        ));
    }
    if !secret.chars().all(|c| c.is_ascii_graphic()) {
        return Err("secret must be printable ASCII characters without spaces".into());
    }
    Ok(())
}

fn mac(secret: &str, timestamp: i64, body: &[u8]) -> HmacSha256 {
    let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).expect("HMAC takes any key");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    mac
}

/// The value of [`SIGNATURE_HEADER`] for `body` sent at `timestamp` (unix seconds).
pub fn sign(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let digest = mac(secret, timestamp, body).finalize().into_bytes();
    format!("t={timestamp},v1={}", hex::encode(digest))
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("the signature header is not t=<unix seconds>,v1=<hex>")]
    Malformed,
    #[error("the signature's time is {0} s from now, more than the tolerance")]
    Stale(i64),
    #[error("the signature does not match the body")]
    Mismatch,
}

/// Checks a [`SIGNATURE_HEADER`] value: well formed, its time within `tolerance_secs` of `now`,
/// and some `v1` matching the HMAC of `"<t>.<body>"` under `secret` (compared in constant
/// time). Several `v1` entries are accepted, so that a sender may sign with an old and a new
/// secret while they rotate.
pub fn verify_signature(
    header: &str,
    secret: &str,
    body: &[u8],
    now: i64,
    tolerance_secs: i64,
) -> Result<(), SignatureError> {
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", t)) => {
                timestamp = Some(t.parse::<i64>().map_err(|_| SignatureError::Malformed)?)
            }
            Some(("v1", v)) => {
                signatures.push(hex::decode(v).map_err(|_| SignatureError::Malformed)?);
            }
            // Unknown schemes are skipped, so that a later v2 does not break v1 receivers.
            Some(_) => {}
            None => return Err(SignatureError::Malformed),
        }
    }
    let Some(timestamp) = timestamp else {
        return Err(SignatureError::Malformed);
    };
    if signatures.is_empty() {
        return Err(SignatureError::Malformed);
    }
    let skew = now.saturating_sub(timestamp);
    if skew.saturating_abs() > tolerance_secs {
        return Err(SignatureError::Stale(skew));
    }
    let expected = mac(secret, timestamp, body);
    if signatures
        .iter()
        .any(|s| expected.clone().verify_slice(s).is_ok())
    {
        Ok(())
    } else {
        Err(SignatureError::Mismatch)
    }
}

/// What a notification says, gathered from the alert, rule, server and channel rows.
#[derive(Debug, Clone)]
pub struct Notice {
    /// The channel's name (Alertmanager's receiver).
    pub receiver: String,
    /// True for a RESOLVED event.
    pub resolved: bool,
    pub alert_id: String,
    pub rule_id: String,
    pub rule_name: String,
    /// Upper case, as stored (`WARNING`); the body has it in lower case.
    pub severity: String,
    /// Upper case, as stored (`CPU`).
    pub metric: String,
    pub server_id: Option<String>,
    pub server_name: Option<String>,
    pub summary: String,
    pub description: String,
    /// Unix seconds.
    pub started_at: i64,
    pub resolved_at: Option<i64>,
    /// The platform's base URL, for `externalURL` and `generatorURL`.
    pub external_url: String,
}

/// Prometheus Alertmanager's webhook body (version 4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WebhookBody {
    pub version: String,
    pub group_key: String,
    pub truncated_alerts: u32,
    pub status: String,
    pub receiver: String,
    pub group_labels: std::collections::BTreeMap<String, String>,
    pub common_labels: std::collections::BTreeMap<String, String>,
    pub common_annotations: std::collections::BTreeMap<String, String>,
    #[serde(rename = "externalURL")]
    pub external_url: String,
    pub alerts: Vec<WebhookAlert>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WebhookAlert {
    pub status: String,
    pub labels: std::collections::BTreeMap<String, String>,
    pub annotations: std::collections::BTreeMap<String, String>,
    pub starts_at: String,
    pub ends_at: String,
    #[serde(rename = "generatorURL")]
    pub generator_url: String,
    pub fingerprint: String,
}

fn rfc3339(secs: i64) -> String {
    chrono::DateTime::from_timestamp(secs, 0)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The body of one notification: one alert, grouped by its rule (`alertname`), so the common
/// labels and annotations are the alert's own.
pub fn alertmanager_body(notice: &Notice) -> WebhookBody {
    let status = if notice.resolved {
        "resolved"
    } else {
        "firing"
    };
    let mut labels = std::collections::BTreeMap::new();
    labels.insert("alertname".to_string(), notice.rule_name.clone());
    labels.insert("severity".into(), notice.severity.to_ascii_lowercase());
    labels.insert("metric".into(), notice.metric.to_ascii_lowercase());
    labels.insert("rule_id".into(), notice.rule_id.clone());
    if let Some(id) = &notice.server_id {
        labels.insert("server_id".into(), id.clone());
    }
    if let Some(name) = &notice.server_name {
        labels.insert("server".into(), name.clone());
    }
    let mut annotations = std::collections::BTreeMap::new();
    annotations.insert("summary".to_string(), notice.summary.clone());
    annotations.insert("description".into(), notice.description.clone());
    // Alertmanager's fingerprint is a hash of the labels: the same alert keeps it from firing
    // to resolved. The alert's id is unique, so its hash is as stable and as distinct.
    let fingerprint =
        hex::encode(&<Sha256 as sha2::Digest>::digest(notice.alert_id.as_bytes())[..8]);
    let base = notice.external_url.trim_end_matches('/');
    let alert = WebhookAlert {
        status: status.into(),
        labels: labels.clone(),
        annotations: annotations.clone(),
        starts_at: rfc3339(notice.started_at),
        ends_at: match (notice.resolved, notice.resolved_at) {
            (true, Some(at)) => rfc3339(at),
            _ => STILL_FIRING.into(),
        },
        generator_url: format!("{base}/#alert={}", notice.alert_id),
        fingerprint,
    };
    let mut group_labels = std::collections::BTreeMap::new();
    group_labels.insert("alertname".to_string(), notice.rule_name.clone());
    WebhookBody {
        version: "4".into(),
        group_key: format!("{{}}:{{alertname=\"{}\"}}", notice.rule_name),
        truncated_alerts: 0,
        status: status.into(),
        receiver: notice.receiver.clone(),
        group_labels,
        common_labels: labels,
        common_annotations: annotations,
        external_url: base.to_string(),
        alerts: vec![alert],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_http_or_https_with_a_host_and_no_credentials() {
        assert!(check_url("https://hooks.example.com/x?y=1", false).is_ok());
        assert!(check_url("http://127.0.0.1:9000/hook", false).is_ok());
        assert!(check_url("http://127.8.9.10/hook", false).is_ok());
        assert!(check_url("http://[::1]:8080/", false).is_ok());
        assert!(check_url("http://LOCALHOST/", false).is_ok());
        for bad in [
            "",
            "not a url",
            "ftp://example.com/x",
            "file:///etc/passwd",
            "https://user:pass@example.com/",
            "https://user@example.com/",
            "mailto:ops@example.com",
        ] {
            assert!(check_url(bad, true).is_err(), "{bad} was accepted");
        }
        let long = format!("https://example.com/{}", "a".repeat(MAX_URL_CHARS));
        assert!(check_url(&long, false).unwrap_err().contains("2048"));
    }

    #[test]
    fn plain_http_elsewhere_needs_allow_insecure() {
        let refused = check_url("http://hooks.example.com/x", false).unwrap_err();
        assert!(refused.contains("allowInsecure"), "{refused}");
        assert!(check_url("http://10.0.0.5/x", false).is_err());
        assert!(check_url("http://hooks.example.com/x", true).is_ok());
    }

    #[test]
    fn names_and_secrets_follow_their_rules() {
        assert!(check_name("ops-pager_1.b").is_ok());
        assert!(check_name("").is_err());
        assert!(check_name("has space").is_err());
        assert!(check_name(&"a".repeat(65)).is_err());
        assert!(check_name(&"a".repeat(64)).is_ok());
        assert!(check_secret("0123456789abcdef").is_ok());
        assert!(check_secret("0123456789abcde").is_err());
        assert!(check_secret(&"s".repeat(257)).is_err());
        assert!(check_secret("0123456789 abcdef").is_err());
        assert!(check_secret("0123456789abcdé0").is_err());
    }

    #[test]
    fn a_signature_verifies_and_nothing_altered_does() {
        let body = br#"{"status":"firing"}"#;
        let header = sign("topsecret-topsecret", 1_700_000_000, body);
        assert!(header.starts_with("t=1700000000,v1="));
        let now = 1_700_000_010;
        assert_eq!(
            verify_signature(&header, "topsecret-topsecret", body, now, 300),
            Ok(())
        );
        assert_eq!(
            verify_signature(&header, "another-secret-xx", body, now, 300),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify_signature(
                &header,
                "topsecret-topsecret",
                br#"{"status":"resolved"}"#,
                now,
                300
            ),
            Err(SignatureError::Mismatch)
        );
        // The time is signed: moving it breaks the signature.
        let moved = header.replace("t=1700000000", "t=1700000005");
        assert_eq!(
            verify_signature(&moved, "topsecret-topsecret", body, now, 300),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify_signature(&header, "topsecret-topsecret", body, now + 1000, 300),
            Err(SignatureError::Stale(1010))
        );
        for bad in [
            "",
            "t=abc,v1=00",
            "v1=00",
            "t=1700000000",
            "t=1700000000,v1=zz",
        ] {
            assert_eq!(
                verify_signature(bad, "topsecret-topsecret", body, now, 300),
                Err(SignatureError::Malformed),
                "{bad}"
            );
        }
    }

    #[test]
    fn the_signature_is_what_openssl_computes() {
        // printf '%s' '1.{}' | openssl dgst -sha256 -hmac key
        assert_eq!(
            sign("key", 1, b"{}"),
            "t=1,v1=1ba6b8171186efc613e8bcc0cbdab2748f24984d7c5a84faa2637afa0e40d224"
        );
    }

    fn notice(resolved: bool) -> Notice {
        Notice {
            receiver: "ops".into(),
            resolved,
            alert_id: "alr-1".into(),
            rule_id: "rule-cpu".into(),
            rule_name: "cpu-high".into(),
            severity: "WARNING".into(),
            metric: "CPU".into(),
            server_id: Some("srv-a".into()),
            server_name: Some("a.example.net".into()),
            summary: "CPU at 95% on a.example.net".into(),
            description: "rule cpu-high: CPU GT 90".into(),
            started_at: 1_700_000_000,
            resolved_at: resolved.then_some(1_700_000_600),
            external_url: "http://127.0.0.1:8080/".into(),
        }
    }

    #[test]
    fn the_body_is_alertmanagers_version_4() {
        let body = alertmanager_body(&notice(false));
        let json = serde_json::to_value(&body).unwrap();
        assert_eq!(json["version"], "4");
        assert_eq!(json["status"], "firing");
        assert_eq!(json["receiver"], "ops");
        assert_eq!(json["truncatedAlerts"], 0);
        assert_eq!(json["externalURL"], "http://127.0.0.1:8080");
        assert_eq!(json["groupLabels"]["alertname"], "cpu-high");
        let alert = &json["alerts"][0];
        assert_eq!(alert["labels"]["alertname"], "cpu-high");
        assert_eq!(alert["labels"]["severity"], "warning");
        assert_eq!(alert["labels"]["server"], "a.example.net");
        assert_eq!(alert["labels"]["server_id"], "srv-a");
        assert_eq!(alert["labels"]["metric"], "cpu");
        assert_eq!(alert["labels"]["rule_id"], "rule-cpu");
        assert_eq!(alert["startsAt"], "2023-11-14T22:13:20Z");
        assert_eq!(alert["endsAt"], STILL_FIRING);
        assert!(alert["generatorURL"].as_str().unwrap().ends_with("alr-1"));
        let resolved = alertmanager_body(&notice(true));
        assert_eq!(resolved.status, "resolved");
        assert_eq!(resolved.alerts[0].ends_at, "2023-11-14T22:23:20Z");
        assert_eq!(resolved.alerts[0].fingerprint, body.alerts[0].fingerprint);
    }
}
