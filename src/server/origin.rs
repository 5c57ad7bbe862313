//! Where the links the server hands out (export downloads) point.
//!
//! Decisions:
//! - `--public-url https://host[:port][/prefix]` wins whenever it is given: it is the
//!   operator's own statement of how clients reach the server. A prefix is kept
//!   (`https://example.net/vpnmine/exports/...`) for a proxy that mounts the server under a
//!   path.
//! - Without it, with `--trust-proxy`, the scheme and host are those the proxy in front
//!   reports: RFC 7239 `Forwarded` (its last element, the one written by the proxy next to
//!   us: earlier ones may come from the client), else `X-Forwarded-Proto` / `X-Forwarded-Host`
//!   (their last values), else the `Host` header the proxy passed on. Only `http` and `https`
//!   count as schemes; a host must be a plain `host[:port]`. Anything else is ignored.
//! - Otherwise links name the address the server is bound to. Request headers, `Host`
//!   included, do not steer them: a client could otherwise get links to any host it names.

use std::fmt;
use std::str::FromStr;

use axum::http::uri::Authority;
use axum::http::{HeaderMap, header};

/// The `--public-url` of the server: `http(s)://host[:port][/path]`, no trailing slash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicUrl(String);

impl PublicUrl {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PublicUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for PublicUrl {
    type Err = String;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let url = url::Url::parse(input.trim()).map_err(|e| format!("not a URL: {e}"))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(format!(
                "the scheme must be http or https, not {}",
                url.scheme()
            ));
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err("the URL needs a host".into());
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err("the URL must not carry a user name or password".into());
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err("the URL must not have a query or fragment".into());
        }
        Ok(Self(url.as_str().trim_end_matches('/').to_string()))
    }
}

/// A scheme a link may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Http,
    Https,
}

impl Scheme {
    fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("http") {
            Some(Self::Http)
        } else if text.eq_ignore_ascii_case("https") {
            Some(Self::Https)
        } else {
            None
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            Self::Http => "http",
            Self::Https => "https",
        }
    }
}

/// The scheme and host a request says the client used (its forwarded headers, else `Host`).
/// Honoured only when the server trusts its proxy; see [`LinkPolicy::base_for`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestOrigin {
    pub scheme: Scheme,
    /// `host[:port]`.
    pub authority: String,
}

impl RequestOrigin {
    pub fn from_headers(headers: &HeaderMap) -> Option<Self> {
        let forwarded = last_forwarded_element(headers);
        let forwarded_value = |name: &str| {
            forwarded
                .iter()
                .find(|(key, _)| key.eq_ignore_ascii_case(name))
                .map(|(_, value)| value.clone())
        };
        let scheme = forwarded_value("proto")
            .and_then(|p| Scheme::parse(&p))
            .or_else(|| last_listed(headers, "x-forwarded-proto").and_then(|p| Scheme::parse(&p)))
            .unwrap_or(Scheme::Http);
        let authority = forwarded_value("host")
            .and_then(|h| plain_authority(&h))
            .or_else(|| last_listed(headers, "x-forwarded-host").and_then(|h| plain_authority(&h)))
            .or_else(|| {
                let host = headers.get(header::HOST)?.to_str().ok()?;
                plain_authority(host)
            })?;
        Some(Self { scheme, authority })
    }
}

/// `host[:port]` and nothing else (no user info, path or spaces).
fn plain_authority(text: &str) -> Option<String> {
    let authority: Authority = text.trim().parse().ok()?;
    let plain = !authority.as_str().contains('@') && !authority.host().is_empty();
    plain.then(|| authority.as_str().to_string())
}

/// The last value of a comma-separated header (over all its lines): the one the nearest proxy
/// wrote.
fn last_listed(headers: &HeaderMap, name: &str) -> Option<String> {
    let line = headers.get_all(name).iter().next_back()?.to_str().ok()?;
    let last = line.rsplit(',').next()?.trim();
    (!last.is_empty()).then(|| last.to_string())
}

/// The `name=value` pairs of the last element of the `Forwarded` headers (RFC 7239: elements
/// separated by commas, pairs by semicolons, values tokens or quoted strings).
fn last_forwarded_element(headers: &HeaderMap) -> Vec<(String, String)> {
    let Some(line) = headers
        .get_all(header::FORWARDED)
        .iter()
        .next_back()
        .and_then(|v| v.to_str().ok())
    else {
        return Vec::new();
    };
    let elements = split_outside_quotes(line, ',');
    let Some(last) = elements.last() else {
        return Vec::new();
    };
    split_outside_quotes(last, ';')
        .iter()
        .filter_map(|pair| {
            let (key, value) = pair.split_once('=')?;
            Some((key.trim().to_string(), unquote(value.trim())))
        })
        .collect()
}

/// Splits on `separator` where it is not inside a quoted string.
fn split_outside_quotes(text: &str, separator: char) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut quoted = false;
    let mut escaped = false;
    for c in text.chars() {
        let current = parts.last_mut().expect("never empty");
        if escaped {
            escaped = false;
        } else if quoted && c == '\\' {
            escaped = true;
        } else if c == '"' {
            quoted = !quoted;
        } else if c == separator && !quoted {
            parts.push(String::new());
            continue;
        }
        current.push(c);
    }
    parts
}

/// A token as it is, or a quoted string without its quotes and escapes.
fn unquote(value: &str) -> String {
    let Some(inner) = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) else {
        return value.to_string();
    };
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(next) = chars.next() {
                out.push(next);
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// How the base of a link (`scheme://host[:port][/prefix]`) is chosen.
#[derive(Debug, Clone)]
pub struct LinkPolicy {
    /// `--public-url`.
    pub public_url: Option<PublicUrl>,
    /// `--trust-proxy`: honour the request's forwarded headers.
    pub trust_proxy: bool,
    /// `http://<bound address>`.
    pub bound: String,
}

impl LinkPolicy {
    /// Links to the bound address, whatever requests say.
    pub fn bound(bound: String) -> Self {
        Self {
            public_url: None,
            trust_proxy: false,
            bound,
        }
    }

    /// The base of a link answered to a request that came with `origin`.
    pub fn base_for(&self, origin: Option<&RequestOrigin>) -> String {
        if let Some(public) = &self.public_url {
            return public.to_string();
        }
        match origin {
            Some(origin) if self.trust_proxy => {
                format!("{}://{}", origin.scheme.as_str(), origin.authority)
            }
            _ => self.bound.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_static(value));
        }
        map
    }

    fn origin(pairs: &[(&'static str, &'static str)]) -> Option<(Scheme, String)> {
        RequestOrigin::from_headers(&headers(pairs)).map(|o| (o.scheme, o.authority))
    }

    #[test]
    fn public_urls_are_validated_and_normalised() {
        for (input, want) in [
            ("https://vpn.example.net", "https://vpn.example.net"),
            (
                "https://VPN.example.net:8443/",
                "https://vpn.example.net:8443",
            ),
            ("http://example.invalid:1", "http://example.invalid:1"),
            (
                "https://example.net/vpnmine/",
                "https://example.net/vpnmine",
            ),
        ] {
            assert_eq!(
                input.parse::<PublicUrl>().unwrap().as_str(),
                want,
                "{input}"
            );
        }
        for bad in [
            "example.net",
            "ftp://example.net",
            "https://user:pw@example.net",
            "https://example.net/?a=1",
            "https://example.net/#x",
            "file:///tmp/x",
            "",
        ] {
            assert!(bad.parse::<PublicUrl>().is_err(), "{bad}");
        }
    }

    #[test]
    fn origins_come_from_forwarded_then_x_forwarded_then_host() {
        use Scheme::*;
        assert_eq!(origin(&[]), None);
        assert_eq!(
            origin(&[("host", "example.net:8080")]),
            Some((Http, "example.net:8080".into()))
        );
        // RFC 7239: the last element is the one the proxy next to us wrote.
        assert_eq!(
            origin(&[
                ("host", "internal:8080"),
                (
                    "forwarded",
                    "for=192.0.2.1;host=evil.example;proto=http, for=\"[2001:db8::1]\";proto=HTTPS;host=\"vpn.example.net:8443\""
                ),
            ]),
            Some((Https, "vpn.example.net:8443".into()))
        );
        // Several header lines count as one list.
        assert_eq!(
            origin(&[
                ("forwarded", "host=evil.example;proto=http"),
                ("forwarded", "proto=https;host=vpn.example.net"),
            ]),
            Some((Https, "vpn.example.net".into()))
        );
        assert_eq!(
            origin(&[
                ("host", "internal:8080"),
                ("x-forwarded-proto", "http, https"),
                ("x-forwarded-host", "evil.example, vpn.example.net"),
            ]),
            Some((Https, "vpn.example.net".into()))
        );
        // Forwarded without a host: the host comes from the next source.
        assert_eq!(
            origin(&[
                ("forwarded", "for=192.0.2.1;proto=https"),
                ("host", "vpn.example.net"),
            ]),
            Some((Https, "vpn.example.net".into()))
        );
        // Unknown schemes and hosts with user info or paths are ignored.
        assert_eq!(
            origin(&[
                ("x-forwarded-proto", "javascript"),
                ("x-forwarded-host", "user@evil.example"),
                ("host", "vpn.example.net"),
            ]),
            Some((Http, "vpn.example.net".into()))
        );
        assert_eq!(origin(&[("forwarded", "host=\"a/b\"")]), None);
        assert_eq!(origin(&[("host", "a b")]), None);
    }

    #[test]
    fn links_follow_public_url_then_trusted_proxy_then_bound_address() {
        let spoofed = RequestOrigin {
            scheme: Scheme::Https,
            authority: "evil.example".into(),
        };
        let bound = LinkPolicy::bound("http://127.0.0.1:8080".into());
        // Untrusted: neither Host nor forwarded headers steer the link.
        assert_eq!(bound.base_for(Some(&spoofed)), "http://127.0.0.1:8080");
        assert_eq!(bound.base_for(None), "http://127.0.0.1:8080");

        let proxied = LinkPolicy {
            trust_proxy: true,
            ..bound.clone()
        };
        assert_eq!(proxied.base_for(Some(&spoofed)), "https://evil.example");
        assert_eq!(proxied.base_for(None), "http://127.0.0.1:8080");

        let public = LinkPolicy {
            public_url: Some("https://vpn.example.net/".parse().unwrap()),
            ..proxied
        };
        assert_eq!(public.base_for(Some(&spoofed)), "https://vpn.example.net");
        assert_eq!(public.base_for(None), "https://vpn.example.net");
    }
}
