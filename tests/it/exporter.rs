//! `vpnmine exporter`: run against the bundled server on port 0, scraped and parsed with a
//! Prometheus text-format parser, and compared with what the API says through the CLI.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use prometheus_parse::{Sample, Scrape, Value};

use crate::common::{Env, TestServer, UNREACHABLE, http, tokens};

/// A running `vpnmine exporter`, killed on drop.
struct Exporter {
    child: Child,
    /// `http://127.0.0.1:PORT/metrics`, from the line the exporter prints on stderr.
    url: String,
    _env: Env,
}

impl Drop for Exporter {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `vpnmine --endpoint ENDPOINT exporter --listen 127.0.0.1:0 --interval 1s`, with
/// `VPNMINE_TOKEN` set when `token` is given. Its own HOME, so that the platform can be
/// stopped (and its HOME removed) while the exporter runs on.
fn start(endpoint: &str, token: Option<&str>) -> Exporter {
    let env = Env::new();
    let mut cmd = env.command();
    if let Some(token) = token {
        cmd.env("VPNMINE_TOKEN", token);
    }
    let mut child = cmd
        .args(["--endpoint", endpoint, "exporter"])
        .args(["--listen", "127.0.0.1:0", "--interval", "1s"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn the exporter");
    let mut stderr = BufReader::new(child.stderr.take().expect("stderr"));
    let mut line = String::new();
    stderr
        .read_line(&mut line)
        .expect("read the exporter's address");
    let url = line
        .trim()
        .rsplit(' ')
        .next()
        .filter(|u| u.starts_with("http://127.0.0.1:") && u.ends_with("/metrics"))
        .unwrap_or_else(|| panic!("no address on stderr: {line:?}"))
        .to_string();
    // Keep reading stderr, so that the exporter's warnings never fill the pipe and block it.
    std::thread::spawn(move || {
        let mut sink = String::new();
        while stderr.read_line(&mut sink).is_ok_and(|n| n > 0) {
            sink.clear();
        }
    });
    Exporter {
        child,
        url,
        _env: env,
    }
}

/// One scrape: the Content-Type, the text and the text as Prometheus reads it.
fn scrape(url: &str) -> (String, String, Scrape) {
    let response = http()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
        .get(url)
        .send()
        .expect("GET /metrics");
    assert_eq!(response.status().as_u16(), 200);
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let text = response.text().expect("a body");
    let lines = text.lines().map(|l| Ok(l.to_string()));
    let parsed = Scrape::parse(lines).expect("Prometheus text format");
    (content_type, text, parsed)
}

/// Scrapes until `ready` holds (the exporter polls every second), at most 30 s.
fn scrape_until(
    url: &str,
    what: &str,
    ready: impl Fn(&Scrape) -> bool,
) -> (String, String, Scrape) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let scraped = scrape(url);
        if ready(&scraped.2) {
            return scraped;
        }
        assert!(Instant::now() < deadline, "never {what}:\n{}", scraped.1);
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The samples of the family `name`.
fn samples<'a>(scrape: &'a Scrape, name: &str) -> Vec<&'a Sample> {
    scrape.samples.iter().filter(|s| s.metric == name).collect()
}

/// The value of the one sample of `name` whose labels include `labels`; the sample must be a
/// gauge.
fn gauge(scrape: &Scrape, name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    let matching: Vec<_> = samples(scrape, name)
        .into_iter()
        .filter(|s| labels.iter().all(|(k, v)| s.labels.get(k) == Some(*v)))
        .collect();
    assert!(matching.len() <= 1, "{name} {labels:?}: {matching:?}");
    matching.first().map(|s| match s.value {
        Value::Gauge(v) => v,
        ref other => panic!("{name} is not a gauge: {other:?}"),
    })
}

fn counter(scrape: &Scrape, name: &str) -> f64 {
    match samples(scrape, name).first().map(|s| &s.value) {
        Some(Value::Counter(v)) => *v,
        other => panic!("{name} is not a counter: {other:?}"),
    }
}

fn up(scrape: &Scrape) -> Option<f64> {
    gauge(scrape, "vpnmine_up", &[])
}

fn source_up(scrape: &Scrape, source: &str) -> Option<f64> {
    gauge(scrape, "vpnmine_exporter_source_up", &[("source", source)])
}

#[test]
fn the_exporter_serves_every_server_and_the_economy_as_the_api_says() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let exporter = start(&server.url, Some(&admin));
    let (content_type, text, metrics) = scrape_until(&exporter.url, "all sources up", |m| {
        ["servers", "network", "economy"]
            .iter()
            .all(|s| source_up(m, s) == Some(1.0))
    });
    assert!(
        content_type.starts_with("text/plain; version=0.0.4"),
        "{content_type}"
    );
    assert_eq!(up(&metrics), Some(1.0));
    assert!(gauge(&metrics, "vpnmine_last_success_timestamp_seconds", &[]).unwrap() > 1.7e9);
    assert!(gauge(&metrics, "vpnmine_scrape_duration_seconds", &[]).unwrap() > 0.0);
    assert!(counter(&metrics, "vpnmine_exporter_polls_total") >= 1.0);

    // Every family is documented (HELP) and typed (TYPE).
    let gauges = [
        "vpnmine_up",
        "vpnmine_scrape_duration_seconds",
        "vpnmine_last_success_timestamp_seconds",
        "vpnmine_exporter_source_up",
        "vpnmine_server_info",
        "vpnmine_server_status",
        "vpnmine_server_cpu_usage_percent",
        "vpnmine_server_memory_usage_percent",
        "vpnmine_server_network_speed_mbps",
        "vpnmine_server_latency_seconds",
        "vpnmine_server_last_heartbeat_timestamp_seconds",
        "vpnmine_server_active_connections",
        "vpnmine_server_capacity_connections",
        "vpnmine_server_performance_score",
        "vpnmine_server_mining_enabled",
        "vpnmine_server_mining_rate_tokens_per_hour",
        "vpnmine_server_token_balance_tokens",
        "vpnmine_server_token_balance_micro",
        "vpnmine_server_unclaimed_rewards_tokens",
        "vpnmine_server_unclaimed_rewards_micro",
        "vpnmine_server_protocol_enabled",
        "vpnmine_server_protocol_connections",
        "vpnmine_servers",
        "vpnmine_network_active_connections",
        "vpnmine_network_users",
        "vpnmine_network_reporting_servers",
        "vpnmine_network_data_transferred_gigabytes",
        "vpnmine_economy_supply_tokens",
        "vpnmine_economy_supply_micro",
        "vpnmine_economy_circulating_micro",
        "vpnmine_economy_held_micro",
        "vpnmine_economy_withdrawals",
        "vpnmine_economy_withdrawals_amount_micro",
    ];
    for name in gauges {
        assert!(metrics.docs.contains_key(name), "no HELP for {name}");
        assert!(
            text.contains(&format!("# TYPE {name} gauge\n")),
            "no TYPE for {name}"
        );
        assert!(!samples(&metrics, name).is_empty(), "no sample of {name}");
    }
    assert!(text.contains("# TYPE vpnmine_exporter_polls_total counter\n"));
    let help = &metrics.docs["vpnmine_server_token_balance_tokens"];
    assert!(help.contains("in tokens"), "{help}");

    // One series per server, with its labels and the values the API gives.
    let listed = server
        .run_as(&admin, &["servers", "list", "--all", "-o", "json"])
        .json();
    let listed = listed.as_array().expect("a list");
    assert!(listed.len() > 20, "the demo network has many servers");
    let exported: HashSet<&str> = samples(&metrics, "vpnmine_server_active_connections")
        .iter()
        .map(|s| s.labels.get("server_id").expect("server_id"))
        .collect();
    assert_eq!(exported.len(), listed.len(), "one series per server");
    let mut by_status: HashMap<String, f64> = HashMap::new();
    for s in listed {
        let id = s["id"].as_str().unwrap();
        let labels = [("server_id", id)];
        let value =
            |name: &str| gauge(&metrics, name, &labels).unwrap_or_else(|| panic!("{name} of {id}"));
        let status = s["status"].as_str().unwrap();
        *by_status.entry(status.to_string()).or_default() += 1.0;
        let mut with_status = labels.to_vec();
        with_status.push(("status", status));
        assert_eq!(
            gauge(&metrics, "vpnmine_server_status", &with_status),
            Some(1.0),
            "{id} is {status}"
        );
        let statuses = samples(&metrics, "vpnmine_server_status");
        let set: Vec<_> = statuses
            .iter()
            .filter(|x| x.labels.get("server_id") == Some(id) && x.value == Value::Gauge(1.0))
            .collect();
        assert_eq!(set.len(), 1, "{id}: one status at a time");
        assert_eq!(
            value("vpnmine_server_active_connections"),
            s["activeConnections"].as_f64().unwrap()
        );
        assert_eq!(
            value("vpnmine_server_capacity_connections"),
            s["capacity"].as_f64().unwrap()
        );
        let balance = tokens(&s["tokenBalance"]);
        assert_eq!(
            value("vpnmine_server_token_balance_micro"),
            balance.micro() as f64
        );
        assert_eq!(
            value("vpnmine_server_token_balance_tokens"),
            balance.to_f64()
        );
        // Rewards accrue by the second: the exporter read them before the list did.
        let rewards = tokens(&s["mining"]["rewards"]);
        let exported = value("vpnmine_server_unclaimed_rewards_micro");
        assert!(
            (0.0..=rewards.micro() as f64).contains(&exported),
            "{id}: {exported} then {rewards}"
        );
        assert_eq!(
            value("vpnmine_server_unclaimed_rewards_tokens"),
            vpnmine::domain::money::Tokens::from_micro(exported as i64).to_f64()
        );
        let metrics_of = &s["metrics"];
        if metrics_of.is_null() {
            assert_eq!(
                gauge(&metrics, "vpnmine_server_cpu_usage_percent", &labels),
                None,
                "{id} never reported"
            );
        } else {
            assert_eq!(
                value("vpnmine_server_cpu_usage_percent"),
                metrics_of["cpuUsage"].as_f64().unwrap()
            );
            assert_eq!(
                value("vpnmine_server_memory_usage_percent"),
                metrics_of["memoryUsage"].as_f64().unwrap()
            );
            assert_eq!(
                value("vpnmine_server_latency_seconds"),
                metrics_of["latencyMs"].as_f64().unwrap() / 1000.0
            );
        }
        for protocol in s["protocols"].as_array().unwrap() {
            let port = protocol["port"].to_string();
            let mut with_protocol = labels.to_vec();
            with_protocol.push(("protocol", protocol["type"].as_str().unwrap()));
            with_protocol.push(("port", &port));
            assert_eq!(
                gauge(
                    &metrics,
                    "vpnmine_server_protocol_connections",
                    &with_protocol
                ),
                protocol["connections"].as_f64(),
                "{id} {with_protocol:?}"
            );
        }
    }
    for (status, count) in &by_status {
        assert_eq!(
            gauge(&metrics, "vpnmine_servers", &[("status", status)]),
            Some(*count),
            "{status}"
        );
    }

    // The token economy, exact to the micro-token.
    let economy = server
        .run_as(&admin, &["admin", "economy", "-o", "json"])
        .json();
    for (field, name) in [
        ("supply", "vpnmine_economy_supply_micro"),
        ("circulating", "vpnmine_economy_circulating_micro"),
        ("held", "vpnmine_economy_held_micro"),
    ] {
        assert_eq!(
            gauge(&metrics, name, &[]),
            Some(tokens(&economy[field]).micro() as f64),
            "{field}"
        );
    }
    assert_eq!(
        gauge(
            &metrics,
            "vpnmine_economy_withdrawals",
            &[("queue", "pending")]
        ),
        economy["pendingWithdrawals"]["count"].as_f64()
    );

    // The platform goes away: the exporter stays, says so, and keeps the last figures.
    drop(server);
    let (_, _, down) = scrape_until(&exporter.url, "up=0", |m| up(m) == Some(0.0));
    assert_eq!(source_up(&down, "servers"), Some(0.0));
    assert!(counter(&down, "vpnmine_exporter_poll_failures_total") >= 1.0);
    assert_eq!(
        samples(&down, "vpnmine_server_active_connections").len(),
        listed.len(),
        "the last figures are still served"
    );
    // When the figures are from: the last poll that worked, not this one.
    let last_success = |m: &Scrape| gauge(m, "vpnmine_last_success_timestamp_seconds", &[]);
    assert!(last_success(&down) >= last_success(&metrics));
    let (_, _, later) = scrape_until(&exporter.url, "another failed poll", |m| {
        counter(m, "vpnmine_exporter_poll_failures_total")
            > counter(&down, "vpnmine_exporter_poll_failures_total")
    });
    assert_eq!(last_success(&later), last_success(&down));
}

#[test]
fn without_a_token_the_servers_are_served_and_the_economy_is_not() {
    let server = TestServer::start(&[]);
    let exporter = start(&server.url, None);
    let (_, _, metrics) = scrape_until(&exporter.url, "a poll", |m| {
        source_up(m, "servers") == Some(1.0)
    });
    // The server list needs no login; it is what `up` follows.
    assert_eq!(up(&metrics), Some(1.0));
    assert_eq!(source_up(&metrics, "network"), Some(0.0));
    assert_eq!(source_up(&metrics, "economy"), Some(0.0));
    assert!(!samples(&metrics, "vpnmine_server_active_connections").is_empty());
    assert!(samples(&metrics, "vpnmine_economy_supply_micro").is_empty());
}

#[test]
fn an_unreachable_platform_is_data_not_a_dead_exporter() {
    let exporter = start(UNREACHABLE, None);
    let (_, _, metrics) = scrape_until(&exporter.url, "a failed poll", |m| {
        counter(m, "vpnmine_exporter_poll_failures_total") >= 1.0
    });
    assert_eq!(up(&metrics), Some(0.0));
    assert_eq!(
        gauge(&metrics, "vpnmine_last_success_timestamp_seconds", &[]),
        Some(0.0)
    );
}

#[test]
fn a_bad_listen_address_is_a_usage_error() {
    let env = Env::new();
    let at = |listen: &str| env.run(&["--endpoint", UNREACHABLE, "exporter", "--listen", listen]);
    at("nonsense").fails(2, "--listen");
    at("127.0.0.1:99999").fails(2, "--listen");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = taken.local_addr().unwrap().to_string();
    at(&address).fails(2, "cannot listen on");
    env.run(&["exporter", "--interval", "0s"])
        .fails(2, "--interval");
}
