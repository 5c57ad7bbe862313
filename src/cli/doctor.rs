//! `vpnmine doctor`: why commands would fail against this platform, before they do. Checks, in
//! order: the endpoint answers, TLS, the clock, the token, the rate limit, and the schema against
//! every operation compiled into this binary. The verdicts that need no network are in
//! `domain::health` and `client::schema_check`.

use std::time::{Duration, Instant};

use clap::Args;
use serde_json::{Map, Value, json};

use super::GlobalArgs;
use crate::client::operations::{DOCUMENTS, SCHEMA};
use crate::client::schema_check::{self, INTROSPECTION_QUERY};
use crate::client::{Client, Endpoint, Probe};
use crate::domain::health::{self, RateLimit, Status};
use crate::error::{CliError, ErrorKind};
use crate::operation_table::OPERATIONS;
use crate::output::{Column, Format, Output, Section};

#[derive(Debug, Args)]
#[command(
    after_help = "Each check prints one line: ok, warn or fail, and what it found. The exit
code is that of the first failure (6 unreachable, 4 token refused, 5 rate limited, 1 otherwise).

Examples:
  vpnmine doctor
  vpnmine --endpoint https://vpn.example.com/graphql doctor -o json | jq '.[] | select(.status != \"ok\")'"
)]
pub struct DoctorArgs {}

/// The smallest query every GraphQL server answers.
const PING: &str = "{ __typename }";
/// Tokens that expire sooner than this, and cannot be refreshed, get a warning.
const EXPIRY_WARN: chrono::Duration = chrono::Duration::minutes(10);

/// One check's line.
#[derive(Debug, Clone)]
struct Check {
    name: &'static str,
    status: Status,
    detail: String,
    /// The exit kind when the check fails.
    kind: ErrorKind,
    /// More for `-o json` (measures, the schema's broken operations...).
    extra: Map<String, Value>,
}

impl Check {
    fn new(name: &'static str, status: Status, detail: impl Into<String>) -> Self {
        Self {
            name,
            status,
            detail: detail.into(),
            kind: ErrorKind::Failed,
            extra: Map::new(),
        }
    }

    fn ok(name: &'static str, detail: impl Into<String>) -> Self {
        Self::new(name, Status::Ok, detail)
    }

    fn fail(name: &'static str, kind: ErrorKind, detail: impl Into<String>) -> Self {
        Self {
            kind,
            ..Self::new(name, Status::Fail, detail)
        }
    }

    fn with(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.extra.insert(key.to_string(), value.into());
        self
    }

    fn to_json(&self) -> Value {
        let mut item = Map::new();
        item.insert("name".into(), json!(self.name));
        item.insert("status".into(), json!(self.status));
        item.insert("detail".into(), json!(self.detail));
        item.extend(self.extra.clone());
        Value::Object(item)
    }
}

pub async fn run(_args: DoctorArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let checks = checks(global).await?;
    outcome(&checks, render(&checks, global.output))
}

/// The output, or, when a check failed, an error of the first failure's kind (its exit code)
/// that carries the output, so that every line is still printed.
fn outcome(checks: &[Check], output: Output) -> Result<Output, CliError> {
    let failed: Vec<&Check> = checks.iter().filter(|c| c.status == Status::Fail).collect();
    let Some(first) = failed.first() else {
        return Ok(output);
    };
    let names: Vec<&str> = failed.iter().map(|c| c.name).collect();
    Err(CliError::new(
        first.kind,
        format!("{} check(s) failed: {}", failed.len(), names.join(", ")),
    )
    .with_output(output))
}

/// An error's message and hint on one line, for a check's detail.
fn one_line(error: &CliError) -> String {
    match &error.hint {
        Some(hint) => format!("{} ({hint})", error.message),
        None => error.message.clone(),
    }
}

fn millis(duration: Duration) -> f64 {
    (duration.as_secs_f64() * 10_000.0).round() / 10.0
}

async fn checks(global: &GlobalArgs) -> Result<Vec<Check>, CliError> {
    let selection = global.selection()?;
    let timeout = Duration::from_secs(global.timeout);
    let mut checks = Vec::new();
    let local = selection.endpoint == Endpoint::Local;

    // 1. The endpoint resolves and answers.
    let resolved = match &selection.endpoint {
        Endpoint::Local => None,
        Endpoint::Remote(url) => match resolve(url, timeout).await {
            Ok(resolved) => resolved,
            Err(check) => {
                checks.push(check);
                return Ok(checks);
            }
        },
    };
    let (client, _, location) = match global.connect().await {
        Ok(connected) => connected,
        Err(error) => {
            checks.push(Check::fail("endpoint", error.kind, one_line(&error)));
            return Ok(checks);
        }
    };
    let ping = match client.probe(PING, false).await {
        // A platform that answers no one anonymously: ask again as the token in force.
        Ok(probe) if matches!(probe.status, 401 | 403) && location.is_some() => {
            client.probe(PING, true).await
        }
        other => other,
    };
    let ping = match ping {
        Ok(probe) => probe,
        Err(failure) => {
            let detail = match &resolved {
                Some(text) => format!("{text}; {}", failure.error.message),
                None => failure.error.message.clone(),
            };
            checks.push(Check::fail("endpoint", failure.error.kind, detail));
            if let Some(tls) = failure.tls {
                checks.push(Check::fail(
                    "tls",
                    ErrorKind::Failed,
                    format!("the certificate was refused: {tls}"),
                ));
            }
            return Ok(checks);
        }
    };
    let answered = ping
        .body
        .as_ref()
        .and_then(|b| b.pointer("/data/__typename"))
        .is_some();
    let rtt = millis(ping.elapsed);
    let endpoint = match (&ping.error, answered) {
        (None, true) => {
            let what = if local {
                "embedded backend".to_string()
            } else {
                client.url().to_string()
            };
            let mut detail = format!("{what} answered in {rtt} ms");
            if let Some(text) = &resolved {
                detail.push_str(&format!(" ({text})"));
            }
            Check::ok("endpoint", detail)
        }
        (Some(error), _) => Check::fail("endpoint", error.kind, one_line(error)),
        (None, false) => Check::fail(
            "endpoint",
            ErrorKind::Failed,
            format!(
                "{} answered HTTP {} but not GraphQL",
                client.url(),
                ping.status
            ),
        ),
    };
    let endpoint = endpoint
        .with("rttMs", rtt)
        .with("url", client.url().as_str());
    let reachable = endpoint.status != Status::Fail;
    checks.push(endpoint);
    // 2. TLS.
    checks.push(tls(&selection.endpoint));
    if !reachable {
        return Ok(checks);
    }
    // 3. The clock.
    checks.push(clock(local, &ping));
    // 4. The token.
    let token = token(&client, global, location).await;
    let token_valid = token.status != Status::Fail && token.extra.contains_key("role");
    checks.push(token);
    // 5. The rate limit, as the token in force sees it.
    let limited = if token_valid {
        client.probe(PING, true).await.unwrap_or(ping)
    } else {
        ping
    };
    checks.push(rate_limit(&limited));
    // 6. The schema, as the token in force sees it (some platforms introspect only for
    // accounts); anonymously when the token was refused, which the token check already says.
    checks.push(schema(&client, token_valid).await);
    Ok(checks)
}

/// Resolves the endpoint's host: `Ok(Some(text))` says what it resolved to, `Ok(None)` that
/// there was nothing to resolve (an IP address).
async fn resolve(url: &url::Url, timeout: Duration) -> Result<Option<String>, Check> {
    let host = url.host_str().unwrap_or_default().to_string();
    if !matches!(url.host(), Some(url::Host::Domain(_))) {
        return Ok(None);
    }
    let port = url.port_or_known_default().unwrap_or(443);
    let started = Instant::now();
    let lookup = tokio::net::lookup_host((host.as_str(), port));
    let unreachable = |why: String| {
        Check::fail(
            "endpoint",
            ErrorKind::Unreachable,
            format!("cannot resolve {host}: {why}"),
        )
    };
    match tokio::time::timeout(timeout, lookup).await {
        Err(_) => Err(unreachable(format!(
            "no answer within {}s",
            timeout.as_secs()
        ))),
        Ok(Err(e)) => Err(unreachable(e.to_string())),
        Ok(Ok(addresses)) => {
            let mut addresses: Vec<String> = addresses.map(|a| a.ip().to_string()).collect();
            addresses.dedup();
            if addresses.is_empty() {
                return Err(unreachable("no addresses".into()));
            }
            let more = match addresses.len() {
                1 => String::new(),
                n => format!(" and {} more", n - 1),
            };
            Ok(Some(format!(
                "{host} is {}{more}, resolved in {} ms",
                addresses[0],
                millis(started.elapsed())
            )))
        }
    }
}

fn tls(endpoint: &Endpoint) -> Check {
    let url = match endpoint {
        Endpoint::Local => return Check::ok("tls", "embedded backend: no TLS to check"),
        Endpoint::Remote(url) => url,
    };
    let host = url.host_str().unwrap_or_default();
    if url.scheme() == "https" {
        return Check::ok(
            "tls",
            format!("the certificate of {host} is valid (verified by rustls)"),
        );
    }
    if crate::domain::webhook::is_loopback(url) {
        return Check::ok("tls", "plain http to this machine: nothing to encrypt");
    }
    Check::new(
        "tls",
        Status::Warn,
        format!("plain http to {host}: tokens and data cross the network unencrypted; use https"),
    )
}

fn clock(local: bool, probe: &Probe) -> Check {
    if local {
        return Check::ok("clock", "embedded backend: the same clock as this machine");
    }
    let Some(date) = probe.header("date") else {
        return Check::new(
            "clock",
            Status::Warn,
            "the platform sent no Date header: its clock cannot be compared",
        );
    };
    match health::clock_skew(date, probe.sent_at, probe.received_at) {
        Err(why) => Check::new("clock", Status::Warn, why),
        Ok(skew) => {
            let status = health::skew_status(skew);
            let described = health::describe_skew(skew);
            let detail = match status {
                Status::Ok => format!("the platform's clock is {described} from this machine's"),
                _ => format!(
                    "the platform's clock is {described} from this machine's: tokens may look \
                     expired (or not yet valid); sync the clocks (NTP)"
                ),
            };
            Check::new("clock", status, detail).with("skewSeconds", skew)
        }
    }
}

async fn token(
    client: &Client,
    global: &GlobalArgs,
    location: Option<crate::client::credentials::Location>,
) -> Check {
    let selection = match global.selection() {
        Ok(selection) => selection,
        Err(e) => return Check::fail("token", e.kind, e.message),
    };
    let Some(location) = location else {
        return Check::new(
            "token",
            Status::Warn,
            format!(
                "not logged in (profile '{}'): only what anonymous callers may read will work; \
                 run `vpnmine auth login`",
                selection.profile
            ),
        );
    };
    let session = match super::auth::session_status(client, &selection, location).await {
        Ok(session) => session,
        Err(e) => {
            let detail = match e.kind {
                ErrorKind::Auth => format!(
                    "the platform refused the token: {}; run `vpnmine auth login`",
                    e.message
                ),
                _ => format!("cannot check the token: {}", e.message),
            };
            return Check::fail("token", e.kind, detail);
        }
    };
    let text = |key: &str| session[key].as_str().unwrap_or_default().to_string();
    let (username, role, source) = (text("username"), text("role"), text("tokenSource"));
    let refreshable = session["refreshable"].as_bool().unwrap_or(false);
    let expires_at = session["expiresAt"]
        .as_str()
        .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
        .map(|t| t.with_timezone(&chrono::Utc));
    let mut status = Status::Ok;
    let expiry = match expires_at {
        None if selection.endpoint == Endpoint::Local => "valid while this command runs".into(),
        None => "expiry not known".to_string(),
        Some(at) => {
            let left = at - chrono::Utc::now();
            let when = format!(
                "expires at {} (in {})",
                at.format("%Y-%m-%d %H:%M UTC"),
                minutes(left)
            );
            if refreshable {
                format!("{when}, refreshed automatically")
            } else {
                if left < EXPIRY_WARN {
                    status = Status::Warn;
                }
                format!("{when}, cannot be refreshed")
            }
        }
    };
    Check::new(
        "token",
        status,
        format!("{username} ({role}), {expiry}; from {source}"),
    )
    .with("username", username)
    .with("role", role)
    .with("expiresAt", session["expiresAt"].clone())
    .with("refreshable", refreshable)
    .with("tokenSource", source)
}

fn minutes(duration: chrono::Duration) -> String {
    let minutes = duration.num_minutes();
    if minutes >= 120 {
        format!("{} h", minutes / 60)
    } else {
        format!("{} min", minutes.max(0))
    }
}

fn rate_limit(probe: &Probe) -> Check {
    if probe.status == 429 {
        let retry = probe
            .header("retry-after")
            .map(|s| format!("; retry after {s}s"))
            .unwrap_or_default();
        return Check::fail(
            "rate-limit",
            ErrorKind::Refused,
            format!("the platform is refusing requests now (HTTP 429){retry}"),
        );
    }
    match RateLimit::from_headers(&probe.headers) {
        None => Check::ok(
            "rate-limit",
            "the platform sends no rate-limit headers: the headroom cannot be measured",
        ),
        Some(limit) => {
            let status = limit.status();
            let check = Check::new("rate-limit", status, limit.describe())
                .with("remaining", limit.remaining)
                .with("limit", limit.limit)
                .with("resetSeconds", limit.reset_secs);
            match status {
                Status::Fail => Check {
                    kind: ErrorKind::Refused,
                    ..check
                },
                _ => check,
            }
        }
    }
}

async fn schema(client: &Client, authenticated: bool) -> Check {
    let total = count_operations();
    let variables = Value::Object(Map::new());
    let answer = if authenticated {
        client.run_raw(INTROSPECTION_QUERY, &variables).await
    } else {
        client
            .run_raw_anonymous(INTROSPECTION_QUERY, &variables)
            .await
    };
    let data = match answer {
        Ok(data) => data,
        Err(e) => {
            return Check::fail(
                "schema",
                e.kind,
                format!("cannot introspect the schema: {}", e.message),
            );
        }
    };
    let report = schema_check::schema_from_introspection(&data)
        .and_then(|live| schema_check::check(&live, SCHEMA, DOCUMENTS));
    let report = match report {
        Ok(report) => report,
        Err(why) => return Check::fail("schema", ErrorKind::Failed, why),
    };
    let broken: Vec<Value> = report
        .broken
        .iter()
        .map(|b| {
            json!({
                "operation": b.operation,
                "document": b.document,
                "commands": commands_of(&b.operation),
                "reasons": b.reasons,
            })
        })
        .collect();
    let check = if report.broken.is_empty() {
        Check::ok(
            "schema",
            format!(
                "all {} operations of this client validate against the live schema",
                report.checked
            ),
        )
    } else {
        let mut commands: Vec<&str> = report
            .broken
            .iter()
            .flat_map(|b| commands_of(&b.operation))
            .collect();
        commands.sort_unstable();
        commands.dedup();
        Check::fail(
            "schema",
            ErrorKind::Failed,
            format!(
                "{} of {} operations will not work; commands affected: {}",
                report.broken.len(),
                report.checked,
                commands.join(", ")
            ),
        )
    };
    check
        .with("operations", total)
        .with("validated", report.checked)
        .with("broken", broken)
}

/// The commands that run `operation` (the operation table), or its name when none does.
fn commands_of(operation: &str) -> Vec<&'static str> {
    let mut commands: Vec<&'static str> = OPERATIONS
        .iter()
        .filter(|op| op.operation == operation)
        .map(|op| op.command)
        .collect();
    commands.dedup();
    commands
}

/// Operations compiled into this binary.
fn count_operations() -> usize {
    crate::client::operations::COMPILED.len()
}

fn columns() -> Vec<Column> {
    vec![
        Column::new("CHECK", "name"),
        Column::new("STATUS", "status"),
        Column::new("DETAIL", "detail"),
    ]
}

/// The checks as a list; on a table, the schema's broken commands follow, one reason a line.
fn render(checks: &[Check], format: Format) -> Output {
    let items: Vec<Value> = checks.iter().map(Check::to_json).collect();
    let reasons: Vec<Value> = checks
        .iter()
        .filter_map(|c| c.extra.get("broken")?.as_array())
        .flatten()
        .flat_map(|b| {
            let commands = b["commands"]
                .as_array()
                .map(|c| {
                    c.iter()
                        .filter_map(Value::as_str)
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default();
            let operation = b["operation"].clone();
            b["reasons"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(move |reason| {
                    json!({ "command": commands, "operation": operation, "reason": reason })
                })
        })
        .collect();
    let list = Output::list(columns(), items);
    if format != Format::Table || reasons.is_empty() {
        return list;
    }
    Output::Sections(vec![
        Section::new("checks", "Checks", list),
        Section::new(
            "broken",
            "Commands that will not work on this platform",
            Output::list(
                vec![
                    Column::new("COMMAND", "command"),
                    Column::new("OPERATION", "operation"),
                    Column::new("WHY", "reason"),
                ],
                reasons,
            ),
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn probe(status: u16, headers: &[(&str, &str)]) -> Probe {
        let now = chrono::Utc::now();
        Probe {
            status,
            elapsed: Duration::from_millis(3),
            sent_at: now,
            received_at: now,
            headers: headers
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
            body: None,
            error: None,
        }
    }

    #[test]
    fn plain_http_is_a_warning_only_off_this_machine() {
        let remote = |url: &str| Endpoint::Remote(url::Url::parse(url).unwrap());
        assert_eq!(
            tls(&remote("https://vpn.example.com/graphql")).status,
            Status::Ok
        );
        assert_eq!(
            tls(&remote("http://127.0.0.1:8080/graphql")).status,
            Status::Ok
        );
        let warned = tls(&remote("http://vpn.example.com/graphql"));
        assert_eq!(warned.status, Status::Warn);
        assert!(warned.detail.contains("unencrypted"), "{}", warned.detail);
        assert!(tls(&Endpoint::Local).detail.contains("embedded backend"));
    }

    #[test]
    fn the_clock_check_reads_the_date_header() {
        let date = |offset: i64| {
            (chrono::Utc::now() + chrono::Duration::seconds(offset))
                .format("%a, %d %b %Y %H:%M:%S GMT")
                .to_string()
        };
        let verdict = |offset| clock(false, &probe(200, &[("date", &date(offset))])).status;
        assert_eq!(verdict(0), Status::Ok);
        assert_eq!(verdict(-90), Status::Warn);
        assert_eq!(verdict(600), Status::Fail);
        assert_eq!(
            clock(false, &probe(200, &[])).status,
            Status::Warn,
            "no Date"
        );
        assert_eq!(clock(true, &probe(200, &[])).status, Status::Ok, "embedded");
    }

    #[test]
    fn the_rate_limit_check_fails_on_429_and_on_an_empty_quota() {
        let refused = rate_limit(&probe(429, &[("retry-after", "7")]));
        assert_eq!(
            (refused.status, refused.kind),
            (Status::Fail, ErrorKind::Refused)
        );
        assert!(
            refused.detail.contains("retry after 7s"),
            "{}",
            refused.detail
        );
        let spent = rate_limit(&probe(
            200,
            &[("ratelimit-limit", "60"), ("ratelimit-remaining", "0")],
        ));
        assert_eq!(
            (spent.status, spent.kind),
            (Status::Fail, ErrorKind::Refused)
        );
        let low = rate_limit(&probe(
            200,
            &[("x-ratelimit-limit", "100"), ("x-ratelimit-remaining", "5")],
        ));
        assert_eq!(low.status, Status::Warn);
        assert_eq!(rate_limit(&probe(200, &[])).status, Status::Ok);
    }

    #[test]
    fn failures_exit_with_the_first_failed_kind_and_keep_the_output() {
        let mut checks = vec![
            Check::ok("endpoint", "fine"),
            Check::new("tls", Status::Warn, "plain http"),
        ];
        let output = render(&checks, Format::Json);
        assert!(outcome(&checks, output).is_ok(), "warnings alone pass");
        checks.push(Check::fail("token", ErrorKind::Auth, "refused"));
        checks.push(Check::fail("schema", ErrorKind::Failed, "broken"));
        let error = outcome(&checks, render(&checks, Format::Json)).unwrap_err();
        assert_eq!(error.exit_code(), 4);
        assert_eq!(error.message, "2 check(s) failed: token, schema");
        let Some(Output::List { items, .. }) = error.output.as_deref() else {
            panic!("no list kept: {:?}", error.output);
        };
        assert_eq!(items.len(), 4);
        assert_eq!(items[2]["status"], "fail");
        assert_eq!(commands_of("MySessions"), ["auth sessions list"]);
        assert_eq!(commands_of("NoSuchOperation"), Vec::<&str>::new());
    }
}
