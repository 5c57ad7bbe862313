//! The verdicts of `vpnmine doctor` that need no network: how far the platform's clock is from
//! ours, and how much of a rate limit is left, from the answer's headers.

use chrono::{DateTime, Utc};
use serde::Serialize;

/// A check's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Warn,
    Fail,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::Warn => "warn",
            Self::Fail => "fail",
        }
    }
}

/// Up to this far apart, clocks are fine: `Date` has whole seconds, and a second or two of
/// network time is normal.
pub const SKEW_WARN_SECS: i64 = 30;
/// Beyond this, tokens look expired (or not yet valid) on one side while fresh on the other.
pub const SKEW_FAIL_SECS: i64 = 300;

/// The platform's clock minus ours, in whole seconds: `date` is the answer's `Date` header
/// (RFC 7231 IMF-fixdate), compared with the midpoint of the request, which is when the server
/// most likely wrote it.
pub fn clock_skew(
    date: &str,
    sent_at: DateTime<Utc>,
    received_at: DateTime<Utc>,
) -> Result<i64, String> {
    let server = DateTime::parse_from_rfc2822(date.trim())
        .map_err(|e| format!("the Date header {date:?} is not an HTTP date: {e}"))?
        .with_timezone(&Utc);
    let midpoint = sent_at + (received_at - sent_at) / 2;
    // `Date` drops the fraction of its second: the server's time was anywhere in the second
    // after it, so compare with the middle of that second, and round, so that in-sync clocks
    // read 0 rather than -1.
    let server = server + chrono::Duration::milliseconds(500);
    let skew = (server - midpoint).num_milliseconds() as f64 / 1000.0;
    Ok(skew.round() as i64)
}

pub fn skew_status(skew_secs: i64) -> Status {
    match skew_secs.unsigned_abs() {
        s if s > SKEW_FAIL_SECS.unsigned_abs() => Status::Fail,
        s if s > SKEW_WARN_SECS.unsigned_abs() => Status::Warn,
        _ => Status::Ok,
    }
}

/// `+42s`, `-3m 05s`: the skew as a person reads it.
pub fn describe_skew(skew_secs: i64) -> String {
    let sign = if skew_secs < 0 { "-" } else { "+" };
    let s = skew_secs.unsigned_abs();
    if s < 60 {
        format!("{sign}{s}s")
    } else if s < 3600 {
        format!("{sign}{}m {:02}s", s / 60, s % 60)
    } else {
        format!("{sign}{}h {:02}m", s / 3600, (s % 3600) / 60)
    }
}

/// What an answer's rate-limit headers say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RateLimit {
    /// Requests allowed per window.
    pub limit: Option<u64>,
    pub remaining: u64,
    /// Seconds until the quota is full again (or the window resets).
    pub reset_secs: Option<u64>,
}

/// Headroom below this share of the limit is a warning: a script would soon be refused.
const LOW_HEADROOM_PERCENT: u64 = 10;

impl RateLimit {
    /// Reads the usual headers: `RateLimit-Limit` / `-Remaining` / `-Reset` (IETF draft, as
    /// most gateways send them), their `X-RateLimit-*` forms (GitHub, nginx, Kong), and the
    /// newer structured `RateLimit: "policy";r=REMAINING;t=RESET` with `RateLimit-Policy:
    /// "policy";q=LIMIT`. `None` when the answer has none of them. Names are lower case.
    pub fn from_headers(headers: &[(String, String)]) -> Option<Self> {
        let get = |name: &str| {
            headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.trim())
        };
        let number = |value: Option<&str>| {
            // `RateLimit-Limit: 100, 100;w=60` (draft 03) lists the policy after the number.
            value.and_then(|v| v.split([',', ';']).next()?.trim().parse::<u64>().ok())
        };
        for prefix in ["ratelimit-", "x-ratelimit-"] {
            if let Some(remaining) = number(get(&format!("{prefix}remaining"))) {
                return Some(Self {
                    limit: number(get(&format!("{prefix}limit"))),
                    remaining,
                    reset_secs: number(get(&format!("{prefix}reset"))),
                });
            }
        }
        let structured = get("ratelimit")?;
        let remaining = parameter(structured, "r")?;
        let limit = get("ratelimit-policy").and_then(|p| parameter(p, "q"));
        Some(Self {
            limit,
            remaining,
            reset_secs: parameter(structured, "t"),
        })
    }

    /// Out of requests: fail; under a tenth of the limit left: warn.
    pub fn status(&self) -> Status {
        match self.limit {
            _ if self.remaining == 0 => Status::Fail,
            Some(limit) if self.remaining * 100 < limit * LOW_HEADROOM_PERCENT => Status::Warn,
            _ => Status::Ok,
        }
    }

    pub fn describe(&self) -> String {
        let mut text = match self.limit {
            Some(limit) => format!("{} of {limit} requests left", self.remaining),
            None => format!("{} requests left", self.remaining),
        };
        if let Some(reset) = self.reset_secs {
            text.push_str(&format!(", full again in {reset}s"));
        }
        text
    }
}

/// The integer parameter `key` of the first item of a structured field (`"p";r=5;t=30`).
fn parameter(field: &str, key: &str) -> Option<u64> {
    let first = field.split(',').next()?;
    first.split(';').skip(1).find_map(|part| {
        let (k, v) = part.split_once('=')?;
        (k.trim() == key).then(|| v.trim().parse().ok())?
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn skew_is_measured_from_the_middle_of_the_request() {
        let sent = at("2026-12-01T10:00:00.000Z");
        let received = at("2026-12-01T10:00:00.400Z");
        let date = "Tue, 01 Dec 2026 10:00:00 GMT";
        assert_eq!(clock_skew(date, sent, received), Ok(0));
        let ahead = "Tue, 01 Dec 2026 10:00:45 GMT";
        assert_eq!(clock_skew(ahead, sent, received), Ok(45));
        let behind = "Tue, 01 Dec 2026 09:55:00 GMT";
        assert_eq!(clock_skew(behind, sent, received), Ok(-300));
        // Late in its second, the same clock still reads 0, not -1.
        let late = (
            at("2026-12-01T10:00:00.800Z"),
            at("2026-12-01T10:00:01.000Z"),
        );
        assert_eq!(clock_skew(date, late.0, late.1), Ok(0));
        assert!(clock_skew("yesterday", sent, received).is_err());
    }

    #[test]
    fn skew_thresholds() {
        assert_eq!(skew_status(0), Status::Ok);
        assert_eq!(skew_status(-30), Status::Ok);
        assert_eq!(skew_status(31), Status::Warn);
        assert_eq!(skew_status(-300), Status::Warn);
        assert_eq!(skew_status(301), Status::Fail);
        assert_eq!(describe_skew(-5), "-5s");
        assert_eq!(describe_skew(185), "+3m 05s");
        assert_eq!(describe_skew(-7260), "-2h 01m");
    }

    fn headers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn rate_limit_headers_in_their_usual_forms() {
        let draft = headers(&[
            ("ratelimit-limit", "100, 100;w=60"),
            ("ratelimit-remaining", "95"),
            ("ratelimit-reset", "12"),
        ]);
        let expected = RateLimit {
            limit: Some(100),
            remaining: 95,
            reset_secs: Some(12),
        };
        assert_eq!(RateLimit::from_headers(&draft), Some(expected));
        let github = headers(&[
            ("X-RateLimit-Limit", "5000"),
            ("X-RateLimit-Remaining", "4999"),
        ]);
        assert_eq!(
            RateLimit::from_headers(&github),
            Some(RateLimit {
                limit: Some(5000),
                remaining: 4999,
                reset_secs: None
            })
        );
        let structured = headers(&[
            ("ratelimit", "\"default\";r=3;t=40"),
            ("ratelimit-policy", "\"default\";q=300;w=60"),
        ]);
        assert_eq!(
            RateLimit::from_headers(&structured),
            Some(RateLimit {
                limit: Some(300),
                remaining: 3,
                reset_secs: Some(40)
            })
        );
        assert_eq!(RateLimit::from_headers(&headers(&[("date", "x")])), None);
    }

    #[test]
    fn headroom_verdicts() {
        let limit = |limit, remaining| RateLimit {
            limit,
            remaining,
            reset_secs: Some(5),
        };
        assert_eq!(limit(Some(300), 300).status(), Status::Ok);
        assert_eq!(limit(Some(300), 30).status(), Status::Ok);
        assert_eq!(limit(Some(300), 29).status(), Status::Warn);
        assert_eq!(limit(Some(300), 0).status(), Status::Fail);
        assert_eq!(limit(None, 1).status(), Status::Ok);
        assert_eq!(
            limit(Some(300), 29).describe(),
            "29 of 300 requests left, full again in 5s"
        );
    }
}
