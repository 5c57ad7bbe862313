//! `servers by-protocol | list --mining-only | metrics | enable | protocol set | configure`
//! end to end against a bundled server: every output mode of the lists, and bad input with its
//! exit code.

use std::io::Write;
use std::process::Stdio;

use serde_json::{Value, json};

use crate::common::{Env, Run, TestServer, UNREACHABLE};

fn csv_rows(run: &Run) -> (Vec<String>, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_reader(run.ok().as_bytes());
    let headers = reader.headers().unwrap().iter().map(String::from).collect();
    (headers, reader.records().map(Result::unwrap).collect())
}

fn ids(items: &[Value]) -> Vec<&str> {
    items.iter().map(|s| s["id"].as_str().unwrap()).collect()
}

fn offers(server: &Value, protocol: &str) -> bool {
    server["protocols"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["type"] == protocol && p["enabled"] == true)
}

#[test]
fn by_protocol_in_every_format() {
    let server = TestServer::start(&[]);
    let json = server
        .run(&[
            "servers",
            "by-protocol",
            "reality",
            "--sort",
            "connections",
            "-o",
            "json",
        ])
        .json();
    let items = json.as_array().unwrap();
    assert!(items.len() > 20, "an unpaginated list: {}", items.len());
    assert!(items.iter().all(|s| offers(s, "REALITY")));
    let conns: Vec<i64> = items
        .iter()
        .map(|s| s["activeConnections"].as_i64().unwrap())
        .collect();
    assert!(conns.windows(2).all(|w| w[0] >= w[1]), "{conns:?}");
    let some_off = items.iter().any(|s| s["miningEnabled"] == false);
    assert!(some_off, "servers that do not mine are listed too");

    let by_location = server
        .run(&["servers", "by-protocol", "reality", "-o", "json"])
        .json();
    let locations: Vec<&str> = by_location
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["location"].as_str().unwrap())
        .collect();
    assert!(
        locations.windows(2).all(|w| w[0] <= w[1]),
        "location is the default order"
    );

    let table = server.run(&["servers", "by-protocol", "reality", "--sort", "connections"]);
    let lines: Vec<&str> = table.ok().lines().collect();
    assert!(lines[0].starts_with("ID") && lines[0].contains("PROTOCOLS"));
    let table_ids: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(table_ids, ids(items));

    let csv = server.run(&[
        "servers",
        "by-protocol",
        "wg",
        "--sort",
        "performance",
        "-o",
        "csv",
    ]);
    let (headers, rows) = csv_rows(&csv);
    assert_eq!(headers[0], "ID");
    let protocols = headers.iter().position(|h| h == "PROTOCOLS").unwrap();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r[protocols].contains("WIREGUARD:")));

    server
        .run(&["servers", "by-protocol", "pptp"])
        .fails(2, "pptp");
    server
        .run(&["servers", "by-protocol", "vless", "--sort", "speed"])
        .fails(2, "speed");
}

#[test]
fn list_mining_only_is_the_plain_list_of_mining_servers() {
    let server = TestServer::start(&[]);
    let json = server
        .run(&[
            "servers",
            "list",
            "--protocol",
            "wireguard",
            "--mining-only",
            "-o",
            "json",
        ])
        .json();
    let items = json.as_array().unwrap();
    assert!(items.len() > 20, "not paginated: {}", items.len());
    for s in items {
        assert_eq!(s["miningEnabled"], true, "{s}");
        assert!(offers(s, "WIREGUARD"), "{s}");
    }
    let hosts: Vec<&str> = items
        .iter()
        .map(|s| s["hostName"].as_str().unwrap())
        .collect();
    assert!(hosts.windows(2).all(|w| w[0] <= w[1]), "by host name");

    // The paginated query with the same filters finds the same servers.
    let paged = server
        .run(&[
            "servers",
            "list",
            "--protocol",
            "wireguard",
            "--mining-enabled",
            "true",
            "--all",
            "--size",
            "500",
            "-o",
            "json",
        ])
        .json();
    assert_eq!(ids(paged.as_array().unwrap()), ids(items));

    let csv = server.run(&[
        "servers",
        "list",
        "--protocol",
        "wireguard",
        "--mining-only",
        "-o",
        "csv",
    ]);
    let (_, rows) = csv_rows(&csv);
    assert_eq!(rows.iter().map(|r| &r[0]).collect::<Vec<_>>(), ids(items));
    let table = server.run(&[
        "servers",
        "list",
        "--protocol",
        "wireguard",
        "--mining-only",
    ]);
    assert_eq!(table.ok().lines().count(), items.len() + 1);

    let env = Env::new();
    env.run(&["servers", "list", "--mining-only"])
        .fails(2, "--protocol");
    env.run(&[
        "servers",
        "list",
        "--protocol",
        "vless",
        "--mining-only",
        "--location",
        "eu-west",
    ])
    .fails(2, "--location");
}

#[test]
fn metrics_of_an_owned_server_in_every_format() {
    let server = TestServer::start(&[]);
    let (token, me) = server.operator();
    let id = server.owned(&me, &["--status", "online"])[0]["id"]
        .as_str()
        .unwrap()
        .to_string();

    let json = server
        .run_as(
            &token,
            &[
                "servers",
                "metrics",
                &id,
                "--from",
                "-2d",
                "--interval",
                "1h",
                "-o",
                "json",
            ],
        )
        .json();
    let points = json.as_array().unwrap();
    assert!(
        (40..=49).contains(&points.len()),
        "about 48 hourly points over two days: {}",
        points.len()
    );
    let times: Vec<chrono::DateTime<chrono::Utc>> = points
        .iter()
        .map(|p| p["timestamp"].as_str().unwrap().parse().unwrap())
        .collect();
    assert!(
        times
            .windows(2)
            .all(|w| w[1] - w[0] >= chrono::Duration::hours(1))
    );
    for p in points {
        let cpu = p["metrics"]["cpu"]["usage"].as_f64().unwrap();
        assert!((0.0..=100.0).contains(&cpu), "{p}");
        assert!(p["metrics"]["network"]["connections"].is_number());
        assert!(p["metrics"]["mining"]["hashrate"].is_number());
    }

    let args = [
        "servers",
        "metrics",
        &id,
        "--from",
        "-2d",
        "--interval",
        "1h",
    ];
    let table = server.run_as(&token, &args);
    let lines: Vec<&str> = table.ok().lines().collect();
    let header: Vec<&str> = lines[0].split_whitespace().collect();
    assert_eq!(
        header,
        [
            "TIME", "CPU%", "MEM%", "IN", "OUT", "CONNS", "LATENCY", "MS", "RATE/H"
        ]
    );
    assert_eq!(lines.len(), points.len() + 1);

    let mut csv_args = args.to_vec();
    csv_args.extend(["-o", "csv"]);
    let (headers, rows) = csv_rows(&server.run_as(&token, &csv_args));
    assert_eq!(
        headers,
        [
            "TIME",
            "CPU%",
            "MEM%",
            "IN",
            "OUT",
            "CONNS",
            "LATENCY MS",
            "RATE/H"
        ]
    );
    assert_eq!(rows.len(), points.len());
    for (row, point) in rows.iter().zip(points) {
        assert_eq!(&row[0], point["timestamp"].as_str().unwrap());
        let cpu: f64 = row[1].parse().unwrap();
        assert_eq!(cpu, point["metrics"]["cpu"]["usage"].as_f64().unwrap());
        assert_eq!(
            &row[5],
            point["metrics"]["network"]["connections"].to_string()
        );
        assert_eq!(&row[6], point["latencyMs"].to_string());
    }

    // Bad windows are refused before any request.
    let env = Env::new();
    env.run(&[
        "--endpoint",
        UNREACHABLE,
        "servers",
        "metrics",
        &id,
        "--from",
        "now",
        "--to",
        "-1d",
    ])
    .fails(2, "--from must precede --to");
    env.run(&[
        "--endpoint",
        UNREACHABLE,
        "servers",
        "metrics",
        &id,
        "--from",
        "last tuesday",
    ])
    .fails(2, "--from");
    env.run(&["servers", "metrics", &id, "--interval", "2h"])
        .fails(2, "2h");

    let other = server.foreign(&me);
    server
        .run_as(&token, &["servers", "metrics", &other])
        .fails(4, "AUTH_001");
    server
        .run_as(&token, &["servers", "metrics", "srv-missing"])
        .fails(3, "RSC_001");
    server
        .run(&["servers", "metrics", &id])
        .fails(4, "AUTH_001");
}

#[test]
fn enable_turns_mining_on_for_owners_only() {
    let server = TestServer::start(&[]);
    let (token, me) = server.operator();
    let servers = server.owned(&me, &[]);
    let target = servers
        .iter()
        .find(|s| s["miningEnabled"] == false)
        .unwrap_or(&servers[0]);
    let id = target["id"].as_str().unwrap();
    let record = server
        .run_as(&token, &["servers", "enable", id, "-o", "json"])
        .json();
    assert_eq!(record["id"], id);
    assert_eq!(record["miningEnabled"], true);
    assert_eq!(record["mining"]["enabled"], true);
    let listed = server.owned(&me, &["--mining-enabled", "true"]);
    assert!(listed.iter().any(|s| s["id"] == id));

    let table = server.run_as(&token, &["servers", "enable", id]);
    assert!(
        table
            .ok()
            .lines()
            .any(|l| l.starts_with("miningEnabled") && l.ends_with("true")),
        "{}",
        table.stdout
    );

    let other = server.foreign(&me);
    server
        .run_as(&token, &["servers", "enable", &other])
        .fails(4, "AUTH_001");
    server
        .run_as(&token, &["servers", "enable", "srv-missing"])
        .fails(3, "RSC_001");
    Env::new()
        .run(&["servers", "enable", " "])
        .fails(2, "server id");
}

#[test]
fn protocol_set_validates_the_config_before_any_request() {
    let env = Env::new();
    let dir = env.home.path();
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        r#"{"authMethod": "pw", "ipv4Network": "fd00::/64", "dns": ["1.1.1.1", "dns.google"]}"#,
    )
    .unwrap();
    let good = dir.join("good.json");
    std::fs::write(
        &good,
        r#"{"authMethod": "password", "ipv4Network": "10.10.0.0/24"}"#,
    )
    .unwrap();
    let run = |args: &[&str]| {
        let mut all = vec![
            "--endpoint",
            UNREACHABLE,
            "servers",
            "protocol",
            "set",
            "srv-1",
        ];
        all.extend_from_slice(args);
        env.run(&all)
    };

    let refused = run(&[
        "--type",
        "openconnect",
        "--port",
        "4443",
        "--config",
        bad.to_str().unwrap(),
    ]);
    refused.fails(2, "3 problems");
    for path in ["config.authMethod", "config.ipv4Network", "config.dns[1]"] {
        assert!(refused.stderr.contains(path), "{path}: {}", refused.stderr);
    }
    // A REALITY config is checked against REALITY's rules.
    run(&[
        "--type",
        "reality",
        "--port",
        "443",
        "--config",
        good.to_str().unwrap(),
    ])
    .fails(2, "config.privateKey");
    for port in ["0", "65536", "-1", "https"] {
        run(&[
            "--type",
            "openconnect",
            "--port",
            port,
            "--config",
            good.to_str().unwrap(),
        ])
        .fails(2, "--port");
    }
    run(&[
        "--type",
        "openconnect",
        "--port",
        "4443",
        "--config",
        "/nonexistent/x.json",
    ])
    .fails(2, "--config: cannot read");
    std::fs::write(dir.join("text.json"), "not json").unwrap();
    run(&[
        "--type",
        "openconnect",
        "--port",
        "4443",
        "--config",
        dir.join("text.json").to_str().unwrap(),
    ])
    .fails(2, "not valid JSON");
    run(&["--type", "pptp", "--port", "4443"]).fails(2, "pptp");
    run(&["--type", "vless", "--port", "443", "--enable", "--disable"]).fails(2, "--disable");
    // A valid config gets as far as the network.
    run(&[
        "--type",
        "openconnect",
        "--port",
        "4443",
        "--config",
        good.to_str().unwrap(),
    ])
    .fails(6, UNREACHABLE);

    let server = TestServer::start(&[]);
    let (token, me) = server.operator();
    let id = server.owned(&me, &[])[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let record = server
        .run_as(
            &token,
            &[
                "servers",
                "protocol",
                "set",
                &id,
                "--type",
                "openconnect",
                "--port",
                "18443",
                "--config",
                good.to_str().unwrap(),
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(record["type"], "OPENCONNECT");
    assert_eq!(record["port"], 18443);
    assert_eq!(record["enabled"], true);
    let stored: Value = serde_json::from_str(record["configString"].as_str().unwrap()).unwrap();
    assert_eq!(stored["ipv4Network"], "10.10.0.0/24");

    // The stored config is kept without --config; the config can come from stdin.
    let disabled = server
        .run_as(
            &token,
            &[
                "servers",
                "protocol",
                "set",
                &id,
                "--type",
                "ocserv",
                "--port",
                "18443",
                "--disable",
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(disabled["enabled"], false);
    assert_eq!(disabled["configString"], record["configString"]);
    let mut child = server
        .env
        .command()
        .env("VPNMINE_TOKEN", &token)
        .args([
            "--endpoint",
            &server.url,
            "-o",
            "json",
            "servers",
            "protocol",
            "set",
            &id,
        ])
        .args(["--type", "openconnect", "--port", "18443", "--config", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(br#"{"authMethod": "certificate", "ipv4Network": "10.20.0.0/24"}"#)
        .unwrap();
    let from_stdin = Run::from(child.wait_with_output().unwrap()).json();
    assert_eq!(from_stdin["enabled"], true);
    assert!(
        from_stdin["configString"]
            .as_str()
            .unwrap()
            .contains("10.20.0.0/24")
    );

    let other = server.foreign(&me);
    let set = |who: &str| {
        server.run_as(
            &token,
            &[
                "servers",
                "protocol",
                "set",
                who,
                "--type",
                "openconnect",
                "--port",
                "18443",
                "--config",
                good.to_str().unwrap(),
            ],
        )
    };
    set(&other).fails(4, "AUTH_001");
    set("srv-missing").fails(3, "RSC_001");
}

#[test]
fn configure_merges_settings_and_switches_maintenance() {
    let server = TestServer::start(&[]);
    let (token, me) = server.operator();
    let id = server.owned(&me, &["--status", "online"])[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let file = server.env.home.path().join("settings.json");
    std::fs::write(
        &file,
        r#"{"motd": "from file", "maxUsers": 10, "region": "x"}"#,
    )
    .unwrap();

    let result = server
        .run_as(
            &token,
            &[
                "servers",
                "configure",
                &id,
                "--file",
                file.to_str().unwrap(),
                "--set",
                "maxUsers=250",
                "--set",
                "strict=true",
                "--set",
                "greeting=hello world",
                "--set",
                "limits={\"daily\": 5}",
                "--maintenance",
                "on",
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(result["success"], true);
    let view = &result["server"];
    assert_eq!(view["id"], id.as_str());
    assert_eq!(view["status"], "MAINTENANCE");
    let security = &view["configuration"]["security"];
    assert_eq!(security["motd"], "from file");
    assert_eq!(security["maxUsers"], 250, "--set wins over --file");
    assert_eq!(security["strict"], true);
    assert_eq!(security["greeting"], "hello world");
    assert_eq!(security["limits"], json!({"daily": 5}));

    let table = server.run_as(
        &token,
        &[
            "servers",
            "configure",
            &id,
            "--set",
            "region=null",
            "--maintenance",
            "off",
        ],
    );
    let text = table.ok();
    assert!(
        text.contains("server.configuration.security.motd"),
        "{text}"
    );
    assert!(!text.contains("security.region"), "null removes: {text}");
    assert!(!text.contains("MAINTENANCE"), "{text}");

    let renamed = server
        .run_as(
            &token,
            &[
                "servers",
                "configure",
                &id,
                "--host-name",
                "Renamed-1.VPN.example.net",
                "--public-ip",
                "203.0.113.9",
                "--location",
                "EU-West",
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(renamed["success"], true);
    let listed = server.owned(&me, &["--search", "renamed-1"]);
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["hostName"], "renamed-1.vpn.example.net");
    assert_eq!(listed[0]["publicIp"], "203.0.113.9");
    assert_eq!(listed[0]["location"], "eu-west");

    // Bad input: refused before any request.
    let env = Env::new();
    let offline = |args: &[&str]| {
        let mut all = vec!["--endpoint", UNREACHABLE, "servers", "configure", "srv-1"];
        all.extend_from_slice(args);
        env.run(&all)
    };
    offline(&[]).fails(2, "--set");
    offline(&["--set", "novalue"]).fails(2, "KEY=VALUE");
    offline(&["--set", "=1"]).fails(2, "no key");
    offline(&["--public-ip", "10.0.0.300"]).fails(2, "--public-ip");
    offline(&["--host-name", "bad host"]).fails(2, "--host-name");
    offline(&["--location", "  "]).fails(2, "--location");
    offline(&["--maintenance", "maybe"]).fails(2, "maybe");
    let array = env.home.path().join("array.json");
    std::fs::write(&array, "[1, 2]").unwrap();
    offline(&["--file", array.to_str().unwrap()]).fails(2, "JSON object");
    offline(&["--set", "a=1"]).fails(6, UNREACHABLE);

    let other = server.foreign(&me);
    server
        .run_as(&token, &["servers", "configure", &other, "--set", "a=1"])
        .fails(4, "AUTH_001");
    server
        .run_as(
            &token,
            &["servers", "configure", "srv-missing", "--set", "a=1"],
        )
        .fails(3, "RSC_001");
}

/// Issue #11 point 3: enum values in the platform's own spelling (upper case) are accepted and
/// mean the same as lower case; help shows the lower-case spelling only.
#[test]
fn enum_values_are_accepted_in_any_case() {
    let server = TestServer::start(&[]);
    for (upper, lower) in [
        (
            &[
                "servers",
                "by-protocol",
                "REALITY",
                "--sort",
                "CONNECTIONS",
                "-o",
                "json",
            ][..],
            &[
                "servers",
                "by-protocol",
                "reality",
                "--sort",
                "connections",
                "-o",
                "json",
            ][..],
        ),
        (
            &[
                "servers",
                "list",
                "--protocol",
                "VLESS",
                "--status",
                "ONLINE",
                "-o",
                "json",
            ][..],
            &[
                "servers",
                "list",
                "--protocol",
                "vless",
                "--status",
                "online",
                "-o",
                "json",
            ][..],
        ),
    ] {
        // The same servers (ties in the order may fall either way between two runs).
        let sorted_ids = |args: &[&str]| {
            let items = server.run(args).json();
            let mut ids: Vec<String> = ids(items.as_array().unwrap())
                .into_iter()
                .map(String::from)
                .collect();
            ids.sort();
            ids
        };
        let upper_ids = sorted_ids(upper);
        assert!(!upper_ids.is_empty(), "{upper:?}");
        assert!(upper_ids == sorted_ids(lower), "{upper:?}: other servers");
    }
    let help = Env::new().run(&["servers", "list", "--help"]);
    // Help wraps lines: compare with whitespace collapsed.
    let help = help.ok().split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        help.contains("[possible values: vless, reality, wireguard, openconnect]"),
        "{help}"
    );
    assert!(!help.contains("VLESS,"), "{help}");
}
