//! Alert rules and their evaluation, as pure rules: what a rule may watch, when its condition
//! holds, when an alert fires and when it resolves, and how its message reads.
//!
//! An alert fires once its condition has held for the rule's duration. It resolves only once
//! the value is back past the threshold by a hysteresis band ([`HYSTERESIS`] of the threshold)
//! and has stayed there for the same duration: a value that wobbles around the threshold
//! neither fires nor resolves it again and again.

use std::fmt;
use std::str::FromStr;

/// The share of the threshold a value must move back past before an alert resolves.
pub const HYSTERESIS: f64 = 0.05;

/// The longest a rule may ask a condition to hold: a week.
pub const MAX_DURATION_SECS: i64 = 7 * 24 * 3600;

/// The longest message template.
pub const MAX_MESSAGE_LEN: usize = 1000;

/// What a rule watches. Per-server metrics are the heartbeat's figures (in its units:
/// percent, Mbit/s, milliseconds, an error rate from 0 to 1), how long a server has sent no
/// heartbeat, and custom metrics by name; `Network*` metrics are the network's totals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Metric {
    Cpu,
    Memory,
    NetworkIn,
    NetworkOut,
    Connections,
    Latency,
    ErrorRate,
    /// Seconds since the server's last heartbeat.
    OfflineFor,
    /// A custom heartbeat metric, named by the rule.
    Custom,
    NetworkConnections,
    NetworkBandwidth,
    NetworkLatency,
    NetworkActiveUsers,
    NetworkTokenRate,
    /// Servers in service that have sent no heartbeat within the heartbeat timeout.
    NetworkOfflineServers,
}

impl Metric {
    pub const ALL: [Metric; 15] = [
        Self::Cpu,
        Self::Memory,
        Self::NetworkIn,
        Self::NetworkOut,
        Self::Connections,
        Self::Latency,
        Self::ErrorRate,
        Self::OfflineFor,
        Self::Custom,
        Self::NetworkConnections,
        Self::NetworkBandwidth,
        Self::NetworkLatency,
        Self::NetworkActiveUsers,
        Self::NetworkTokenRate,
        Self::NetworkOfflineServers,
    ];

    /// The name stored in the database and used by the GraphQL enum.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Cpu => "CPU",
            Self::Memory => "MEMORY",
            Self::NetworkIn => "NETWORK_IN",
            Self::NetworkOut => "NETWORK_OUT",
            Self::Connections => "CONNECTIONS",
            Self::Latency => "LATENCY",
            Self::ErrorRate => "ERROR_RATE",
            Self::OfflineFor => "OFFLINE_FOR",
            Self::Custom => "CUSTOM",
            Self::NetworkConnections => "NETWORK_CONNECTIONS",
            Self::NetworkBandwidth => "NETWORK_BANDWIDTH",
            Self::NetworkLatency => "NETWORK_LATENCY",
            Self::NetworkActiveUsers => "NETWORK_ACTIVE_USERS",
            Self::NetworkTokenRate => "NETWORK_TOKEN_RATE",
            Self::NetworkOfflineServers => "NETWORK_OFFLINE_SERVERS",
        }
    }

    /// The unit its values are in, for messages and tables.
    pub fn unit(self) -> &'static str {
        match self {
            Self::Cpu | Self::Memory => "%",
            Self::NetworkIn | Self::NetworkOut | Self::NetworkBandwidth => "Mbit/s",
            Self::Latency | Self::NetworkLatency => "ms",
            Self::OfflineFor => "s",
            Self::NetworkTokenRate => "tokens/h",
            Self::Connections
            | Self::ErrorRate
            | Self::Custom
            | Self::NetworkConnections
            | Self::NetworkActiveUsers
            | Self::NetworkOfflineServers => "",
        }
    }

    /// True for the network's totals: one value for the whole network, not one per server.
    pub fn is_network(self) -> bool {
        matches!(
            self,
            Self::NetworkConnections
                | Self::NetworkBandwidth
                | Self::NetworkLatency
                | Self::NetworkActiveUsers
                | Self::NetworkTokenRate
                | Self::NetworkOfflineServers
        )
    }

    /// The values a metric can take, when it is bounded: a threshold outside can never be met.
    pub fn range(self) -> Option<(f64, f64)> {
        match self {
            Self::Cpu | Self::Memory => Some((0.0, 100.0)),
            Self::ErrorRate => Some((0.0, 1.0)),
            Self::Custom => None,
            _ => Some((0.0, f64::MAX)),
        }
    }
}

impl fmt::Display for Metric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Metric {
    type Err = String;

    /// Reads the stored name, case-insensitively and with `-` for `_` (`cpu`, `error-rate`).
    fn from_str(text: &str) -> Result<Self, String> {
        let wanted = text.trim().to_ascii_uppercase().replace('-', "_");
        Self::ALL
            .into_iter()
            .find(|m| m.as_str() == wanted)
            .ok_or_else(|| {
                let known: Vec<_> = Self::ALL
                    .iter()
                    .map(|m| m.as_str().to_ascii_lowercase().replace('_', "-"))
                    .collect();
                format!(
                    "unknown metric {text:?}; known: {} (custom:NAME for a custom metric)",
                    known.join(", ")
                )
            })
    }
}

/// How a value is compared with the threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Comparator {
    Gt,
    Lt,
    Eq,
}

impl Comparator {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Gt => "GT",
            Self::Lt => "LT",
            Self::Eq => "EQ",
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Self::Gt => ">",
            Self::Lt => "<",
            Self::Eq => "=",
        }
    }
}

impl FromStr for Comparator {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        match text.trim().to_ascii_uppercase().as_str() {
            "GT" | ">" => Ok(Self::Gt),
            "LT" | "<" => Ok(Self::Lt),
            "EQ" | "=" | "==" => Ok(Self::Eq),
            _ => Err(format!("unknown operator {text:?}; use gt, lt or eq")),
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum AlertSeverity {
    Info,
    Warning,
    Critical,
}

impl AlertSeverity {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Info => "INFO",
            Self::Warning => "WARNING",
            Self::Critical => "CRITICAL",
        }
    }
}

impl FromStr for AlertSeverity {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        match text.trim().to_ascii_uppercase().as_str() {
            "INFO" => Ok(Self::Info),
            "WARNING" => Ok(Self::Warning),
            "CRITICAL" => Ok(Self::Critical),
            _ => Err(format!(
                "unknown severity {text:?}; use info, warning or critical"
            )),
        }
    }
}

/// Which servers a rule watches.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RuleScope {
    /// One server, by id.
    Server(String),
    /// Every server of one operator, by account id.
    Operator(String),
    /// Every server, or the network's totals for a network metric.
    Network,
}

impl RuleScope {
    /// The stored `(scope, scope_id)` pair.
    pub fn parts(&self) -> (&'static str, Option<&str>) {
        match self {
            Self::Server(id) => ("SERVER", Some(id)),
            Self::Operator(id) => ("OPERATOR", Some(id)),
            Self::Network => ("NETWORK", None),
        }
    }

    pub fn from_parts(scope: &str, id: Option<String>) -> Result<Self, String> {
        match (scope, id) {
            ("SERVER", Some(id)) => Ok(Self::Server(id)),
            ("OPERATOR", Some(id)) => Ok(Self::Operator(id)),
            ("NETWORK", None) => Ok(Self::Network),
            (scope, id) => Err(format!("scope {scope} with id {id:?} is not a scope")),
        }
    }
}

/// A rule as the engine evaluates it.
#[derive(Debug, Clone, PartialEq)]
pub struct AlertRule {
    pub id: String,
    /// `None`: a built-in rule.
    pub owner_id: Option<String>,
    pub name: String,
    pub metric: Metric,
    /// The custom metric's name when `metric` is [`Metric::Custom`].
    pub custom_metric: Option<String>,
    pub comparator: Comparator,
    pub threshold: f64,
    pub duration_secs: i64,
    pub severity: AlertSeverity,
    pub scope: RuleScope,
    pub message: String,
    pub enabled: bool,
    pub builtin: bool,
    pub channel_ids: Vec<String>,
}

/// Where a value stands against a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// The condition holds.
    Breach,
    /// Back past the threshold by the hysteresis band: an alert may resolve.
    Clear,
    /// Neither: between the threshold and the band.
    Between,
}

impl AlertRule {
    /// The value past which a firing alert counts as clear.
    pub fn clear_threshold(&self) -> f64 {
        let band = self.threshold.abs() * HYSTERESIS;
        match self.comparator {
            Comparator::Gt => self.threshold - band,
            Comparator::Lt => self.threshold + band,
            Comparator::Eq => self.threshold,
        }
    }

    pub fn read(&self, value: f64) -> Reading {
        let clear = self.clear_threshold();
        let (breach, cleared) = match self.comparator {
            Comparator::Gt => (value > self.threshold, value <= clear),
            Comparator::Lt => (value < self.threshold, value >= clear),
            Comparator::Eq => (value == self.threshold, value != self.threshold),
        };
        if breach {
            Reading::Breach
        } else if cleared {
            Reading::Clear
        } else {
            Reading::Between
        }
    }

    /// Whether the rule watches this server (`owner_id` is the server's owner).
    pub fn watches(&self, server_id: &str, owner_id: &str) -> bool {
        !self.metric.is_network()
            && match &self.scope {
                RuleScope::Server(id) => id == server_id,
                RuleScope::Operator(id) => id == owner_id,
                RuleScope::Network => true,
            }
    }
}

/// A change of an alert's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Transition {
    Fire,
    Resolve,
}

/// The state of one rule on one server (or on the network) between readings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Track {
    /// Since when the condition has held without a break (while not firing).
    pub breach_since: Option<i64>,
    /// Since when the value has been clear without a break (while firing).
    pub clear_since: Option<i64>,
    pub firing: bool,
}

impl Track {
    /// A track of an alert that is firing (restored from the database).
    pub fn firing() -> Self {
        Self {
            firing: true,
            ..Self::default()
        }
    }

    /// Takes a reading at `now` (unix seconds); fires or resolves once the reading has held
    /// for `hold_secs`. Calling it again with the same reading later is how time alone fires
    /// an alert whose condition has held long enough.
    pub fn observe(&mut self, reading: Reading, now: i64, hold_secs: i64) -> Option<Transition> {
        if self.firing {
            self.breach_since = None;
            if reading != Reading::Clear {
                self.clear_since = None;
                return None;
            }
            let since = *self.clear_since.get_or_insert(now);
            if now - since >= hold_secs {
                *self = Self::default();
                return Some(Transition::Resolve);
            }
        } else {
            self.clear_since = None;
            if reading != Reading::Breach {
                self.breach_since = None;
                return None;
            }
            let since = *self.breach_since.get_or_insert(now);
            if now - since >= hold_secs {
                *self = Self::firing();
                return Some(Transition::Fire);
            }
        }
        None
    }

    /// True when the track holds nothing worth keeping: the engine may forget it.
    pub fn is_idle(&self) -> bool {
        *self == Self::default()
    }
}

/// The placeholders a message template may use.
pub const PLACEHOLDERS: [&str; 9] = [
    "rule",
    "server",
    "metric",
    "value",
    "threshold",
    "operator",
    "severity",
    "duration",
    "unit",
];

/// What a message template is filled with.
#[derive(Debug, Clone, Copy)]
pub struct MessageFields<'a> {
    pub rule: &'a AlertRule,
    /// The server's name or id; the network for a network metric.
    pub server: &'a str,
    pub value: f64,
}

/// Checks a message template: not empty, not too long, braces balanced, only known
/// placeholders (`{server}`, ...; see [`PLACEHOLDERS`]), no control characters.
pub fn validate_message(template: &str) -> Result<(), String> {
    if template.trim().is_empty() {
        return Err("the message is empty".into());
    }
    if template.chars().count() > MAX_MESSAGE_LEN {
        return Err(format!(
            "the message is longer than {MAX_MESSAGE_LEN} characters"
        ));
    }
    if template.chars().any(char::is_control) {
        return Err("the message contains control characters".into());
    }
    let mut rest = template;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err("the message has a '}' without its '{'".into());
        }
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or("the message has a '{' without its '}'")?;
        let name = &after[..close];
        if !PLACEHOLDERS.contains(&name) {
            return Err(format!(
                "the message names {{{name}}}; known placeholders: {}",
                PLACEHOLDERS.map(|p| format!("{{{p}}}")).join(", ")
            ));
        }
        rest = &after[close + 1..];
    }
    Ok(())
}

/// Fills a template checked by [`validate_message`]; an unknown placeholder stays as written.
pub fn render_message(template: &str, fields: &MessageFields<'_>) -> String {
    let rule = fields.rule;
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = &after[..close];
        match name {
            "rule" => out.push_str(&rule.name),
            "server" => out.push_str(fields.server),
            "metric" => match &rule.custom_metric {
                Some(custom) => out.push_str(custom),
                None => out.push_str(&rule.metric.as_str().to_ascii_lowercase()),
            },
            "value" => out.push_str(&format_value(fields.value)),
            "threshold" => out.push_str(&format_value(rule.threshold)),
            "operator" => out.push_str(rule.comparator.symbol()),
            "severity" => out.push_str(rule.severity.as_str()),
            "duration" => out.push_str(&format_duration(rule.duration_secs)),
            "unit" => out.push_str(rule.metric.unit()),
            _ => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// A measurement as people read it: at most two decimals, no trailing zeros.
pub fn format_value(value: f64) -> String {
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".into()
    } else {
        text.into()
    }
}

/// `90s`, `5m`, `1h30m`; `0s` for a rule that fires at once.
pub fn format_duration(secs: i64) -> String {
    if secs <= 0 {
        return "0s".into();
    }
    let (d, h, m, s) = (
        secs / 86_400,
        secs % 86_400 / 3600,
        secs % 3600 / 60,
        secs % 60,
    );
    let mut out = String::new();
    for (n, unit) in [(d, "d"), (h, "h"), (m, "m"), (s, "s")] {
        if n > 0 {
            out.push_str(&format!("{n}{unit}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(comparator: Comparator, threshold: f64, duration_secs: i64) -> AlertRule {
        AlertRule {
            id: "r".into(),
            owner_id: None,
            name: "cpu-high".into(),
            metric: Metric::Cpu,
            custom_metric: None,
            comparator,
            threshold,
            duration_secs,
            severity: AlertSeverity::Warning,
            scope: RuleScope::Network,
            message: "CPU at {value}% on {server}".into(),
            enabled: true,
            builtin: false,
            channel_ids: Vec::new(),
        }
    }

    #[test]
    fn readings_have_a_hysteresis_band() {
        let gt = rule(Comparator::Gt, 90.0, 0);
        assert_eq!(gt.read(90.5), Reading::Breach);
        assert_eq!(gt.read(90.0), Reading::Between, "not above: no breach");
        assert_eq!(gt.read(86.0), Reading::Between);
        assert_eq!(gt.read(85.5), Reading::Clear, "5% of 90 below it");
        let lt = rule(Comparator::Lt, 100.0, 0);
        assert_eq!(lt.read(99.0), Reading::Breach);
        assert_eq!(lt.read(104.0), Reading::Between);
        assert_eq!(lt.read(105.0), Reading::Clear);
        let eq = rule(Comparator::Eq, 0.0, 0);
        assert_eq!(eq.read(0.0), Reading::Breach);
        assert_eq!(eq.read(1.0), Reading::Clear);
    }

    #[test]
    fn an_alert_fires_after_the_duration_and_resolves_after_as_long_clear() {
        let mut track = Track::default();
        assert_eq!(track.observe(Reading::Breach, 100, 60), None);
        assert_eq!(track.observe(Reading::Breach, 130, 60), None);
        assert_eq!(
            track.observe(Reading::Breach, 160, 60),
            Some(Transition::Fire)
        );
        assert_eq!(track.observe(Reading::Breach, 170, 60), None, "fires once");
        assert_eq!(track.observe(Reading::Clear, 200, 60), None);
        assert_eq!(
            track.observe(Reading::Clear, 260, 60),
            Some(Transition::Resolve)
        );
        assert!(track.is_idle());
    }

    #[test]
    fn a_break_in_the_condition_starts_the_duration_again() {
        let mut track = Track::default();
        track.observe(Reading::Breach, 0, 60);
        track.observe(Reading::Between, 50, 60);
        assert_eq!(track.observe(Reading::Breach, 70, 60), None);
        assert_eq!(track.observe(Reading::Breach, 120, 60), None);
        assert_eq!(
            track.observe(Reading::Breach, 130, 60),
            Some(Transition::Fire)
        );
    }

    #[test]
    fn flapping_input_fires_once_and_never_resolves_inside_the_band() {
        let r = rule(Comparator::Gt, 90.0, 0);
        let mut track = Track::default();
        let mut transitions = Vec::new();
        for (t, value) in [95.0, 88.0, 96.0, 87.0, 91.0, 86.0, 99.0, 89.0]
            .into_iter()
            .enumerate()
        {
            transitions.extend(track.observe(r.read(value), t as i64, r.duration_secs));
        }
        assert_eq!(transitions, [Transition::Fire]);
        transitions.extend(track.observe(r.read(80.0), 100, 0));
        assert_eq!(transitions, [Transition::Fire, Transition::Resolve]);
    }

    #[test]
    fn a_rule_with_no_duration_fires_on_the_first_breach() {
        let mut track = Track::default();
        assert_eq!(track.observe(Reading::Breach, 5, 0), Some(Transition::Fire));
        assert_eq!(
            track.observe(Reading::Clear, 6, 0),
            Some(Transition::Resolve)
        );
    }

    #[test]
    fn metrics_parse_from_what_people_type() {
        assert_eq!("cpu".parse::<Metric>(), Ok(Metric::Cpu));
        assert_eq!("error-rate".parse::<Metric>(), Ok(Metric::ErrorRate));
        assert_eq!(
            "NETWORK_OFFLINE_SERVERS".parse::<Metric>(),
            Ok(Metric::NetworkOfflineServers)
        );
        let err = "disk".parse::<Metric>().unwrap_err();
        assert!(err.contains("unknown metric \"disk\"") && err.contains("offline-for"));
        assert!(Metric::NetworkLatency.is_network() && !Metric::Latency.is_network());
    }

    #[test]
    fn scopes_decide_which_servers_a_rule_watches() {
        let mut r = rule(Comparator::Gt, 1.0, 0);
        assert!(r.watches("s1", "op1"));
        r.scope = RuleScope::Operator("op1".into());
        assert!(r.watches("s1", "op1") && !r.watches("s2", "op2"));
        r.scope = RuleScope::Server("s2".into());
        assert!(r.watches("s2", "op2") && !r.watches("s1", "op1"));
        r.metric = Metric::NetworkLatency;
        r.scope = RuleScope::Network;
        assert!(!r.watches("s1", "op1"), "network totals are not per server");
    }

    #[test]
    fn messages_fill_placeholders_and_refuse_unknown_ones() {
        let r = rule(Comparator::Gt, 90.0, 90);
        let text = render_message(
            "{rule}: {metric} {operator} {threshold}{unit} for {duration} on {server}: {value}",
            &MessageFields {
                rule: &r,
                server: "edge-1",
                value: 97.256,
            },
        );
        assert_eq!(text, "cpu-high: cpu > 90% for 1m30s on edge-1: 97.26");
        assert!(validate_message("CPU {value} on {server}").is_ok());
        assert!(validate_message("{host}").unwrap_err().contains("{host}"));
        assert!(validate_message("open { brace").is_err());
        assert!(validate_message("close } brace").is_err());
        assert!(validate_message("   ").is_err());
        assert!(validate_message("a\u{7}bell").is_err());
        assert!(validate_message(&"x".repeat(MAX_MESSAGE_LEN + 1)).is_err());
    }

    #[test]
    fn values_and_durations_read_as_people_write_them() {
        assert_eq!(format_value(90.0), "90");
        assert_eq!(format_value(0.051), "0.05");
        assert_eq!(format_value(-0.001), "0");
        assert_eq!(format_duration(0), "0s");
        assert_eq!(format_duration(300), "5m");
        assert_eq!(format_duration(93_784), "1d2h3m4s");
    }
}
