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
        value.and_then(Self::parse).unwrap_or_else(Self::generate)
    }

    /// The caller's id when it is sane, else `None`.
    pub fn parse(value: &str) -> Option<Self> {
        let id = value.trim();
        is_sane(id).then(|| Self(id.into()))
    }

    /// `<self>.<n>`: the id of the `n`th operation of a WebSocket connection whose upgrade
    /// request had this id, so that one prefix finds a connection's every operation. The prefix
    /// is shortened when the whole would be longer than [`MAX_LEN`].
    pub fn derived(&self, n: u64) -> Self {
        let suffix = format!(".{n}");
        // Sane ids are ASCII, so any byte index is a character boundary.
        let keep = self.0.len().min(MAX_LEN.saturating_sub(suffix.len()));
        Self(format!("{}{suffix}", &self.0[..keep]).into())
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
    fn derived_ids_keep_the_prefix_and_stay_sane() {
        let parent = RequestId::from_incoming(Some("conn-7"));
        assert_eq!(parent.derived(3).as_str(), "conn-7.3");
        let long = RequestId::from_incoming(Some(&"b".repeat(MAX_LEN)));
        let child = long.derived(12);
        assert_eq!(child.as_str().len(), MAX_LEN);
        assert!(child.as_str().ends_with("b.12"));
        assert_eq!(RequestId::parse(child.as_str()), Some(child));
    }

    #[test]
    fn generated_ids_differ() {
        assert_ne!(RequestId::generate(), RequestId::generate());
    }
}
