//! The only place that talks GraphQL to the platform: typed operations (graphql_client), the
//! HTTP transport, and the embedded backend behind `--endpoint local`.

pub mod embedded;
pub mod operations;

use std::time::Duration;

use graphql_client::GraphQLQuery;
use reqwest::StatusCode;
use serde::Serialize;
use serde_json::Value;
use url::Url;

use crate::error::{CliError, ErrorKind};

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

/// How to reach the platform.
#[derive(Debug, Clone)]
pub struct ConnectOptions {
    pub endpoint: Endpoint,
    pub token: Option<String>,
    pub timeout: Duration,
    /// Send a bearer token over plain http to a non-loopback host.
    pub allow_insecure_http: bool,
}

pub struct Client {
    http: reqwest::Client,
    url: Url,
    token: Option<String>,
    timeout: Duration,
    // Keeps the embedded backend running as long as the client lives.
    _embedded: Option<embedded::Embedded>,
}

#[derive(Serialize)]
struct RawRequest<'a> {
    query: &'a str,
    variables: &'a Value,
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

impl Client {
    pub async fn connect(options: ConnectOptions) -> Result<Self, CliError> {
        let (url, token, embedded) = match options.endpoint {
            Endpoint::Local => {
                let embedded = embedded::Embedded::start().await?;
                (
                    embedded.url.clone(),
                    Some(embedded.token.clone()),
                    Some(embedded),
                )
            }
            Endpoint::Remote(url) => (url, options.token, None),
        };
        if token.is_some()
            && url.scheme() == "http"
            && !is_loopback(&url)
            && !options.allow_insecure_http
        {
            return Err(CliError::usage(format!(
                "refusing to send a token over plain http to {}",
                url.host_str().unwrap_or_default()
            ))
            .with_hint("use https, or pass --allow-insecure-http if you trust the network"));
        }
        let http = reqwest::Client::builder()
            .timeout(options.timeout)
            .connect_timeout(options.timeout)
            .user_agent(concat!("vpnmine/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| CliError::failed(format!("cannot set up HTTP: {e}")))?;
        Ok(Self {
            http,
            url,
            token,
            timeout: options.timeout,
            _embedded: embedded,
        })
    }

    pub fn url(&self) -> &Url {
        &self.url
    }

    /// Runs a typed operation.
    pub async fn run<Q: GraphQLQuery>(
        &self,
        variables: Q::Variables,
    ) -> Result<Q::ResponseData, CliError> {
        let data = self.send(&Q::build_query(variables)).await?;
        serde_json::from_value(data).map_err(|e| {
            CliError::failed(format!(
                "the platform's answer does not match this client's schema: {e}"
            ))
            .with_hint(
                "the server may run another version of the schema; compare `vpnmine api schema`",
            )
        })
    }

    /// Runs a raw GraphQL document (the `api` passthrough); returns `data`.
    pub async fn run_raw(&self, query: &str, variables: &Value) -> Result<Value, CliError> {
        self.send(&RawRequest { query, variables }).await
    }

    async fn send(&self, body: &impl Serialize) -> Result<Value, CliError> {
        let mut request = self
            .http
            .post(self.url.clone())
            .header(
                reqwest::header::ACCEPT,
                "application/graphql-response+json, application/json",
            )
            .json(body);
        if let Some(token) = &self.token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.map_err(|e| self.transport_error(e))?;
        let status = response.status();
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let text = response.text().await.map_err(|e| self.transport_error(e))?;
        let parsed: Option<Value> = serde_json::from_str(&text).ok();
        if let Some(error) = parsed.as_ref().and_then(graphql_error) {
            return Err(error);
        }
        if !status.is_success() {
            return Err(self.status_error(status, retry_after.as_deref(), &text));
        }
        match parsed {
            Some(Value::Object(mut map)) => match map.remove("data") {
                Some(data) if !data.is_null() => Ok(data),
                _ => Err(CliError::failed("the platform answered without data")),
            },
            _ => Err(CliError::failed(format!(
                "the platform at {} did not answer GraphQL (HTTP {status})",
                self.url
            ))
            .with_hint("check that --endpoint points at the /graphql path")),
        }
    }

    fn transport_error(&self, e: reqwest::Error) -> CliError {
        let message = if e.is_timeout() {
            format!(
                "the platform at {} did not answer within {}s",
                self.url,
                self.timeout.as_secs_f64()
            )
        } else if e.is_connect() {
            format!("cannot reach the platform at {}", self.url)
        } else {
            format!("request to {} failed: {e}", self.url)
        };
        CliError::new(ErrorKind::Unreachable, message)
            .with_hint("check --endpoint and your network, or try `--endpoint local`")
    }

    fn status_error(&self, status: StatusCode, retry_after: Option<&str>, body: &str) -> CliError {
        let snippet: String = body.chars().take(200).collect();
        match status {
            StatusCode::TOO_MANY_REQUESTS => CliError::new(
                ErrorKind::Refused,
                format!(
                    "rate limited by the platform (HTTP 429){}",
                    match retry_after {
                        Some(s) => format!("; retry after {s}s"),
                        None => String::new(),
                    }
                ),
            ),
            StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => CliError::new(
                ErrorKind::Auth,
                format!("the platform refused the credentials (HTTP {status})"),
            )
            .with_hint("run `vpnmine auth login`"),
            StatusCode::BAD_GATEWAY
            | StatusCode::SERVICE_UNAVAILABLE
            | StatusCode::GATEWAY_TIMEOUT => CliError::new(
                ErrorKind::Unreachable,
                format!(
                    "the platform at {} is unavailable (HTTP {status})",
                    self.url
                ),
            ),
            StatusCode::NOT_FOUND => {
                CliError::failed(format!("no GraphQL endpoint at {} (HTTP 404)", self.url))
                    .with_hint("the endpoint usually ends in /graphql")
            }
            _ => CliError::failed(format!("the platform answered HTTP {status}: {snippet}")),
        }
    }
}

/// The first GraphQL error of a response, as a CLI error with the platform's code.
fn graphql_error(response: &Value) -> Option<CliError> {
    let errors = response.get("errors")?.as_array()?;
    let first = errors.first()?;
    let message = first
        .get("message")
        .and_then(Value::as_str)
        .unwrap_or("unknown error");
    let code = first
        .pointer("/extensions/code")
        .and_then(Value::as_str)
        .map(str::to_string);
    let kind = match &code {
        Some(code) => ErrorKind::from_api_code(code),
        // Errors without a code come from GraphQL validation of the document itself.
        None => ErrorKind::Usage,
    };
    let mut message = message.to_string();
    if errors.len() > 1 {
        message.push_str(&format!(" (and {} more errors)", errors.len() - 1));
    }
    let mut error = CliError::new(kind, message);
    error.code = code;
    if let Some(seconds) = first
        .pointer("/extensions/retryAfter")
        .and_then(Value::as_u64)
    {
        error = error.with_hint(format!("retry after {seconds}s"));
    }
    Some(error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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

    #[test]
    fn graphql_errors_carry_code_and_kind() {
        let e = graphql_error(&json!({"errors": [
            {"message": "no such server", "extensions": {"code": "RSC_001"}},
            {"message": "second"}
        ]}))
        .unwrap();
        assert_eq!(e.kind, ErrorKind::NotFound);
        assert_eq!(e.code.as_deref(), Some("RSC_001"));
        assert_eq!(e.message, "no such server (and 1 more errors)");
        assert!(graphql_error(&json!({"data": {}})).is_none());
        assert!(graphql_error(&json!({"errors": []})).is_none());
    }

    #[test]
    fn loopback_hosts_are_recognised() {
        for (url, loopback) in [
            ("http://127.0.0.1:1/graphql", true),
            ("http://localhost/graphql", true),
            ("http://[::1]:80/graphql", true),
            ("http://example.com/graphql", false),
            ("http://10.0.0.1/graphql", false),
        ] {
            assert_eq!(is_loopback(&Url::parse(url).unwrap()), loopback, "{url}");
        }
    }
}
