//! Request ids: every HTTP request and every WebSocket operation carries one, so that an
//! operator can quote it and the platform team can find every log line and audit row of it.
//! The transport puts a [`RequestId`] into the request's data; resolvers and extensions read it
//! from there.

use std::fmt;
use std::sync::Arc;

/// Longest incoming `X-Request-Id` honoured; longer ones are replaced by a fresh id.
pub const MAX_LEN: usize = 128;
/// The header a request id travels in, both ways.
pub const HEADER: &str = "x-request-id";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestId(Arc<str>);

impl RequestId {
    /// A fresh random id.
    pub fn generate() -> Self {
        Self(uuid::Uuid::new_v4().simple().to_string().into())
    }

    /// The caller's id when it is sane (1 to [`MAX_LEN`] characters of letters, digits and
    /// `-_.:`), so that it is safe to echo in headers and to write in logs; else a fresh one.
    pub fn from_incoming(value: Option<&str>) -> Self {
        match value.map(str::trim) {
            Some(id) if is_sane(id) => Self(id.into()),
            _ => Self::generate(),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RequestId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn is_sane(id: &str) -> bool {
    (1..=MAX_LEN).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sane_ids_are_honoured_and_others_replaced() {
        assert_eq!(
            RequestId::from_incoming(Some("abc-123_x.y:z")).as_str(),
            "abc-123_x.y:z"
        );
        for bad in [
            None,
            Some(""),
            Some("has space"),
            Some("new\nline"),
            Some("<script>"),
        ] {
            let id = RequestId::from_incoming(bad);
            assert_eq!(id.as_str().len(), 32, "{bad:?}");
            assert!(id.as_str().bytes().all(|b| b.is_ascii_hexdigit()));
        }
        let long = "a".repeat(MAX_LEN + 1);
        assert_ne!(RequestId::from_incoming(Some(&long)).as_str(), long);
        let longest = "a".repeat(MAX_LEN);
        assert_eq!(RequestId::from_incoming(Some(&longest)).as_str(), longest);
    }

    #[test]
    fn generated_ids_differ() {
        assert_ne!(RequestId::generate(), RequestId::generate());
    }
}
