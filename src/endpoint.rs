//! Where the platform is: the embedded backend (`local`) or a GraphQL URL. Its own module so
//! that both the config file and the client can use it without importing each other.

use url::Url;

use crate::error::CliError;

/// The endpoint name that means "the embedded backend on the default local database".
pub const LOCAL: &str = "local";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Endpoint {
    Local,
    Remote(Url),
}

impl Endpoint {
    pub fn parse(input: &str) -> Result<Self, CliError> {
        let input = input.trim();
        if input.eq_ignore_ascii_case(LOCAL) {
            return Ok(Self::Local);
        }
        let malformed = |why: String| {
            CliError::usage(format!("malformed endpoint URL '{input}': {why}")).with_hint(
                "give an http(s) URL such as http://127.0.0.1:8080/graphql, or `local` for the embedded backend",
            )
        };
        let url = Url::parse(input).map_err(|e| malformed(e.to_string()))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(malformed(format!("unsupported scheme '{}'", url.scheme())));
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err(malformed("no host".into()));
        }
        Ok(Self::Remote(url))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn endpoints_parse_or_explain() {
        assert_eq!(Endpoint::parse("local").unwrap(), Endpoint::Local);
        assert!(matches!(
            Endpoint::parse("http://127.0.0.1:8080/graphql"),
            Ok(Endpoint::Remote(_))
        ));
        for bad in [
            "not a url",
            "ftp://example.com/graphql",
            "http://",
            "127.0.0.1:8080",
        ] {
            let e = Endpoint::parse(bad).unwrap_err();
            assert_eq!(e.kind, ErrorKind::Usage, "{bad}");
            assert!(e.message.contains("malformed endpoint URL"), "{bad}: {e}");
        }
    }
}
